"""Screenshots of day-care's screens under the toddlers-at-risk law, in Hebrew and Arabic (``make screenshots``,
tests/screens.py; ``python -m tests.screens docs/screenshots he ar --only=daycare`` for these alone), on the demo
department, day-care's clock on 20 January 2027 (registration opens on 1 February: the page says so):

- daycare_page: the Day-care page (the manager ``avi``): the banner, the cases with their status and share;
- daycare_income_table: the income-level table's tab: the version in force, used by cases (read-only, and why);
- daycare_income_overlap: a new version from a date, refused for an overlapping level (the level named);
- daycare_case_dialog: the day-care dialog (the family worker ``dana``, from the file): a toddler's age on 1
  September, the household and the parents' share computed step by step;
- daycare_refused_37_months: the same dialog for a toddler 37 months old on 1 September of the coming year;
- daycare_file_tab: the family file's Day-care tab (the cases, the selected one's share step by step);
- forms/daycare_approval: the approval letter of the placed case (rendered at 80 dpi as tools/pdf-look does).

The cases and the income table are the demo's (seeds/demo_continuum.py); what it lacks is made here through the
services (``ensure_demo``). ``shoot_daycare(out, lang, db_file)`` is for tests/screens.py to call on its own demo
database."""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.screens import HEIGHT, WIDTH, save, wait_until
from tests.screens_admin import _qm_dir

MANAGER, WORKER, HEAD = "avi", "dana", "rina"
TODAY = date(2027, 1, 20)  # registration opens on 1 February 2027
TABLE_FROM = date(2026, 1, 1)
OLDER, YOUNGER = date(2024, 7, 20), date(2025, 5, 5)  # 37 and 27 months on 1 September 2027
LEVELS = ((0, 150_000, 0), (150_000, 250_000, 40_000), (250_000, 350_000, 85_000), (350_000, 500_000, 130_000),
          (500_000, None, 180_000))


@dataclass(frozen=True)
class Demo:
    file_id: int  # the file of the placed case and of the dialog's shots
    older: int  # a toddler 37 months old on 1 September 2027 (25 on 1 September 2026): the placed case's
    younger: int  # a toddler with no case yet: the dialog's calculation
    placed_id: int


def _toddler(services, file_id: int, first: str, last: str, born: date) -> int:
    from models.people.dto import PersonInput
    from tests.support import valid_id

    number = valid_id(77_000_000 + born.toordinal() % 1_000_000)  # invented, unique per birth date
    f = services.families.add_new_member(file_id, PersonInput(first_name=first, last_name=last, birth_date=born,
                                                              id_number=number), "child", allow_same_name=True)
    return next(m.person.id for m in f.members if m.person.first_name == first and m.person.birth_date == born)


def _input(file_id: int, child_id: int, year: int, ground: str, size: int, income: int, **kw):
    from models.daycare.dto import DaycareInput

    base = dict(file_id=file_id, child_id=child_id, school_year=year, ground=ground, ground_detail="",
                medical_info=False, medical_source="", specialist_kind="", specialist_name="", specialist_on=None,
                committee="toddlers_at_risk", protocol_id=None, committee_on=date(2026, 10, 12),
                committee_reference="פב/2026/14", household_size=size, monthly_income=income)
    return DaycareInput(**{**base, **kw})


def ensure_demo(manager, worker, head) -> Demo:
    """The day-care data the screens show: the demo's (seeds/demo_continuum.py) where it has it; what it lacks
    made here through the services, once per database: the income table, a placed case, and in a file of
    dana's two toddlers for the dialog (one 37 months old on 1 September 2027, one with no case yet)."""
    from models.daycare.dto import LevelInput

    if not manager.daycare.income_tables():
        manager.daycare.create_table(TABLE_FROM, "טבלת דרגות הכנסה 2026", tuple(
            LevelInput(i + 1, a, b, c) for i, (a, b, c) in enumerate(LEVELS)))
    theirs = worker.daycare.cases()
    if theirs:
        file_id = theirs[0].file_id
    else:
        file_id = next(fid for fid in worker.families.search(mine=True)
                       if (f := worker.families.get(fid).file).status == "open"
                       and any(m.relation == "parent" for m in f.members))
    f = worker.families.get(file_id).file
    last = next((m.person.last_name for m in f.members if m.relation == "parent"), "כהן")
    born = {m.person.birth_date: m.person.id for m in f.members}
    older = born.get(OLDER) or _toddler(worker, file_id, "נועה", last, OLDER)
    younger = born.get(YOUNGER) or _toddler(worker, file_id, "איתי", last, YOUNGER)
    # a placed toddler of some months (the demo's may have been placed as a newborn)
    placed = next((r for r in manager.daycare.cases() if r.status == "placed" and r.age_months >= 6), None)
    if placed is None:
        d = worker.daycare
        case = d.create(_input(file_id, older, 2026, "parent_unable", 4, 1_240_000,
                               ground_detail="האם במשבר נפשי ואינה מתפקדת בשעות היום; אין עורף משפחתי."))
        case = head.daycare.approve(case.id, case.version)
        case = d.place(case.id, case.version, "מעון ויצו הדקל, עין הבשור", date(2026, 11, 15))
        return Demo(file_id, older, younger, case.id)
    return Demo(file_id, older, younger, placed.id)


def shoot_daycare(out: Path, lang: str, db_file: Path) -> None:
    from desktop.app import apply_language
    from desktop.daycare.case_dialog import DaycareCaseDialog
    from desktop.daycare.file_tab import DaycareTab
    from desktop.daycare.income_tables import COL_FROM, COL_TO, amount_text, parse_amount
    from desktop.daycare.page import TAB_INCOME, DaycarePage
    from desktop.main_window import MainWindow
    from desktop.ops import Ops
    from models.address import DatabaseAddress
    from models.daycare import rules
    from models.services import Services
    from models.users.auth import sign_in
    from reports.forms import daycare_approval
    from seeds.demo import DEMO_PASSWORD

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    real_today = rules.today
    rules.today = lambda: TODAY
    translators = apply_language(qapp, lang, _qm_dir())
    address = DatabaseAddress.sqlite(db_file)
    logins = {who: sign_in(address, who, DEMO_PASSWORD) for who in (MANAGER, WORKER, HEAD)}
    services = {who: Services(login.db, login.user) for who, login in logins.items()}
    try:
        demo = ensure_demo(services[MANAGER], services[WORKER], services[HEAD])

        # ---- the manager: the page with its banner, the income table -------------------------------------------
        ops = Ops()
        w = MainWindow(services[MANAGER], ops, "")
        w.resize(WIDTH, HEIGHT)
        w.show()
        page = w.show_page("daycare")
        assert isinstance(page, DaycarePage)
        wait_until(lambda: not ops.busy and page.table.rowCount() > 0)
        page.select(demo.placed_id)
        save(w, out, "daycare_page", lang)
        page.show_tab(TAB_INCOME)
        view = page.income_view()
        wait_until(lambda: not ops.busy and view.versions.rowCount() > 0)
        save(w, out, "daycare_income_table", lang)
        view.new_version()
        view.note.setText("עדכון לפי חוזר המשרד" if lang == "he" else "تحديث حسب تعميم الوزارة")
        level3 = view.levels.item(2, COL_TO)
        level3_to = parse_amount(level3.text() if level3 is not None else "") or 0
        view.set_cell(3, COL_FROM, amount_text(level3_to - 10_000))  # level 4 starts inside level 3
        view.save()
        wait_until(lambda: not ops.busy and view.error_label.isVisible())
        save(w, out, "daycare_income_overlap", lang)
        view.discard()
        ops.wait()
        w.close()

        # ---- the family worker: the file tab, the dialog -----------------------------------------------------
        ops = Ops()
        w = MainWindow(services[WORKER], ops, "")
        w.resize(WIDTH, HEIGHT)
        w.show()
        fv = w.open_file(demo.file_id, "daycare")
        wait_until(lambda: not ops.busy and fv is not None and fv.detail is not None)
        tab = fv.tab("daycare")
        assert isinstance(tab, DaycareTab)
        wait_until(lambda: not ops.busy and tab.loaded_once and not tab.loading)
        save(w, out, "daycare_file_tab", lang)

        dialog = tab.open_new(demo.younger)
        assert isinstance(dialog, DaycareCaseDialog)
        wait_until(lambda: not ops.busy and dialog.ready)
        dialog.school_year.setCurrentIndex(dialog.school_year.findData(2027))
        dialog.ground.setCurrentIndex(dialog.ground.findData("abuse_neglect"))
        dialog.ground_detail.setPlainText("חוות דעת: סימני הזנחה, היעדר השגחה בשעות היום." if lang == "he"
                                          else "رأي مهني: علامات إهمال، غياب الرقابة خلال النهار.")
        dialog.medical_info.setChecked(True)
        dialog.medical_source.setText("מרפאת הילדים, עין הבשור")
        dialog.committee.setCurrentIndex(dialog.committee.findData("toddlers_at_risk"))
        dialog.committee_on.setValue(date(2027, 1, 12))
        dialog.committee_reference.setText("פב/2027/05")
        dialog.household_size.setValue(5)
        dialog.monthly_income.set_agorot(1_240_000)
        dialog.preview()
        wait_until(lambda: not ops.busy and dialog.calc_table.rowCount() == 7)
        save(dialog, out, "daycare_case_dialog", lang)
        dialog.child.setCurrentIndex(dialog.child.findData(demo.older))  # 37 months on 1 September 2027
        wait_until(lambda: not ops.busy and not dialog.age_ok)
        save(dialog, out, "daycare_refused_37_months", lang)
        dialog.reject()
        ops.wait()
        w.close()

        # ---- the approval letter (as tools/pdf-look renders it: 80 dpi) ----------------------------------------
        letter = services[MANAGER].daycare.approval_letter(demo.placed_id, lang)
        if lang == "ar":  # in Arabic: an Arabic-speaking family's letter, in the family's own language
            for row in services[MANAGER].daycare.cases():
                if row.status in ("approved", "placed"):
                    theirs = services[MANAGER].daycare.approval_letter(row.id)
                    if theirs.language == "ar":
                        letter = theirs
                        break
        forms = out / "forms"
        forms.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "letter.pdf"
            pdf.write_bytes(daycare_approval.build(letter, lang))
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(pdf),
                            str(forms / f"daycare_approval_{lang}")], check=True)
        print("saved", forms / f"daycare_approval_{lang}.png")
    finally:
        rules.today = real_today
        for login in logins.values():
            login.db.dispose()
        for t in translators:
            qapp.removeTranslator(t)
