"""Day-care under the toddlers-at-risk law, through the whole client and its UI (issue 11's "done when": a
toddler's co-payment is computed and printed in the approval letter), on SQLite and PostgreSQL.

Set-up through the services: a toddler in the Cohen file, under 36 months on 1 September of this school year;
the treatment-plan committee's meeting today (an urgent hearing: no 14 days' notice to wait), its protocol for
the toddler (day-care decided) finalised.

1. The administrator signs in and keeps the department's income-level table: a version from 1 January of
   this school year's first year, five levels typed into the editor; an overlapping level is refused first.
2. The family worker (דנה) signs in, opens the Cohen file on its Day-care tab, opens the day-care dialog for
   the toddler: the age in months on 1 September shows; the committee's protocol is offered; she enters the
   household (4 persons, 12,400.00 ₪ a month) and sees the share computed step by step (3,100.00 ₪ per
   person, level 3, 850.00 ₪); she saves.
3. She approves the case and places it (a day-care centre, a start date within the school year, not after
   today); the approval letter prints with the share and its steps in its PDF text; ``maane print
   daycare_approval --case N`` writes the same letter.

No row is dated after the real today (the PostgreSQL guards use the server's date)."""

from __future__ import annotations

import io
from datetime import date, time, timedelta

import shiboken6
from pypdf import PdfReader

from desktop.cli import main as cli
from desktop.daycare.case_dialog import DaycareCaseDialog, age_sentence
from desktop.daycare.common import bracket_text, fmt_money, status_label, step_label
from desktop.daycare.file_tab import DaycareTab
from desktop.daycare.income_tables import COL_FROM, COL_SHARE, COL_TO, IncomeTablesView
from desktop.daycare.printing import DaycarePreview
from models.committees.dto import CaseInput, DecisionInput, MeetingInput, ProtocolInput
from models.daycare import rules
from models.people.dto import PersonInput
from reports.forms.daycare_approval import WORDS
from tests.e2e.support import sign_in as _sign_in
from tests.support import PASSWORD, valid_id
from tests.unit.reports.test_club_forms import flat, has, logical

TODDLER = "נועה כהן"
LEVELS = [("0", "1,500", "0"), ("1,500", "2,500", "400"), ("2,500", "3,500", "850"), ("3,500", "5,000", "1,300"),
          ("5,000", "", "1,800")]




def _settle(qtbot, app) -> None:
    qtbot.waitUntil(lambda: not app.ops.busy, timeout=15_000)


def _gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _accept(box) -> None:
    from PySide6.QtWidgets import QMessageBox

    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def _set_up(world) -> tuple[int, int, int]:
    """The toddler (about two years old on 1 September), the committee's final protocol for her; the school
    year. Everything dated today or before."""
    today = date.today()
    year = rules.school_year_of(today)
    born = rules.september_first(year) - timedelta(days=730)  # 23-24 months on 1 September
    f = world.services("manager").families.add_new_member(
        world.files["cohen"], PersonInput(first_name="נועה", last_name="כהן", birth_date=born, id_number=valid_id(41)),
        "child")
    toddler = next(m.person.id for m in f.members if m.person.first_name == "נועה")
    committees = world.services("coordinator").committees
    meeting = committees.create_meeting(MeetingInput(today, time(9, 0), "חדר הישיבות", "regular",
                                                     world.users["north_head"].id))
    case = committees.add_case(meeting.id, CaseInput(world.files["cohen"], toddler, "urgent", "דנה צפונית",
                                                     "עו\"ס משפחה", "הזנחה, אם במשבר"))
    draft = committees.save_protocol(case.id, None, ProtocolInput(
        background="רקע", professionals_views="עו\"ס: פעוטה בסיכון", parents_position="האם מסכימה",
        discussion="מעון יום במסגרת חוק הפעוטות בסיכון",
        decisions=(DecisionInput("community_plan", "מעון יום לפעוטה בסיכון", ("מעון יום, 5 ימים",)),),
        votes_for=4, district_right_stated=True, next_review_on=today + timedelta(days=180)))
    protocol = world.services("north_head").committees.finalise(case.id, draft.version)
    return toddler, protocol.id, year


def test_daycare_journey_from_the_income_table_to_the_printed_approval_letter(qtbot, world, make_app, monkeypatch,
                                                                               tmp_path):
    toddler, protocol_id, year = _set_up(world)
    today = date.today()

    # ---- 1. the administrator keeps the income-level table ---------------------------------------------------
    admin = _sign_in(qtbot, make_app, world, "admin")
    assert "daycare" not in admin.main_window.feature_pages  # the administrator reads no day-care case
    view = admin.main_window.show_page("income_table")
    assert isinstance(view, IncomeTablesView)
    _settle(qtbot, admin)
    assert view.versions.rowCount() == 0 and view.versions.showing_empty_text()
    view.new_version()
    view.valid_from.setValue(date(year, 1, 1))
    view.note.setText("טבלת דרגות הכנסה")
    for _ in range(len(LEVELS) - 1):
        view.add_level()
    for row, (low, high, share) in enumerate(LEVELS):
        view.set_cell(row, COL_FROM, low)
        view.set_cell(row, COL_TO, high)
        view.set_cell(row, COL_SHARE, share)
    view.set_cell(3, COL_FROM, "3,400")  # level 4 starts inside level 3
    view.save()
    _settle(qtbot, admin)
    assert view.last_error is not None and view.last_error.code == "brackets_overlap"
    assert view.last_error.params["level"] == 4 and view.error_label.isVisible()
    view.set_cell(3, COL_FROM, "3,500")
    view.save()
    _settle(qtbot, admin)
    _settle(qtbot, admin)
    assert view.last_error is None and not view.dirty and view.versions.rowCount() == 1
    [table] = world.services("manager").daycare.income_tables()
    assert table.valid_from == date(year, 1, 1) and [lv.parent_share for lv in table.levels] == [
        0, 40_000, 85_000, 130_000, 180_000]

    # ---- 2. the family worker opens the day-care dialog from the file and sees the share ---------------------
    worker = _sign_in(qtbot, make_app, world, "north_worker")
    fv = worker.main_window.open_file(world.files["cohen"], "daycare")
    qtbot.waitUntil(lambda: fv.detail is not None, timeout=10_000)
    _settle(qtbot, worker)
    tab = fv.tab("daycare")
    assert isinstance(tab, DaycareTab) and fv.tabs.currentWidget() is tab
    d = tab.open_new(toddler)
    assert isinstance(d, DaycareCaseDialog)
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    _settle(qtbot, worker)
    assert d.child.currentData() == toddler
    d.school_year.setCurrentIndex(d.school_year.findData(year))
    months = rules.age_in_months(rules.september_first(year) - timedelta(days=730), rules.september_first(year))
    assert d.age_text() == age_sentence(months, year)[0] and f"01/09/{year}" in d.age_text() and d.ok_button.isEnabled()
    d.ground.setCurrentIndex(d.ground.findData("parent_unable"))
    d.ground_detail.setPlainText("האם במשבר נפשי, אינה מתפקדת בשעות היום")
    d.committee.setCurrentIndex(d.committee.findData("treatment_plan"))
    _settle(qtbot, worker)
    assert d.protocol.currentData() == protocol_id and "מעון יום לפעוטה בסיכון" in d.protocol.currentText()
    d.household_size.setValue(4)
    d.monthly_income.setFocus()
    d.monthly_income.selectAll()
    qtbot.keyClicks(d.monthly_income, "12400")
    qtbot.wait(350)
    _settle(qtbot, worker)
    assert d.calc_table.texts() == [
        (step_label("household_income"), "12,400.00 ₪"), (step_label("household_size"), "4"),
        (step_label("per_person"), "3,100.00 ₪"), (step_label("table"), f"01/01/{year}"),
        (step_label("bracket"), bracket_text(250_000, 350_000)), (step_label("level"), "3"),
        (step_label("share"), "850.00 ₪")]
    d.ok_button.click()
    _settle(qtbot, worker)
    assert _gone(d), d.last_error
    _settle(qtbot, worker)
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == TODDLER
    assert tab.table.item(0, 4).text() == status_label("draft") and tab.table.item(0, 7).text() == fmt_money(85_000)

    # ---- 3. approved, placed; the approval letter prints with the share step by step --------------------------
    a = tab.approve()
    assert a is not None
    a.ok_button.click()
    assert a.confirm_box is not None
    _accept(a.confirm_box)
    _settle(qtbot, worker)
    assert _gone(a), a.last_error
    _settle(qtbot, worker)
    assert tab.table.item(0, 4).text() == status_label("approved")
    p = tab.place()
    assert p is not None
    start = max(rules.september_first(year), today - timedelta(days=10))
    p.centre.setText("מעון ויצו הדקל, עין הבשור")
    p.start_on.setValue(start)
    p.ok_button.click()
    _settle(qtbot, worker)
    assert _gone(p), p.last_error
    _settle(qtbot, worker)
    assert tab.table.item(0, 4).text() == status_label("placed")
    case = world.services("north_worker").daycare.file_cases(world.files["cohen"])[0]
    assert (case.status, case.centre_name, case.start_on, case.calculation.parent_share) == (
        "placed", "מעון ויצו הדקל, עין הבשור", start, 85_000)

    preview = tab.print_letter()
    assert isinstance(preview, DaycarePreview)
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None, preview.error_label.text()
    text = flat(logical(" ".join(preview.document.getAllText(i).text() for i in range(preview.page_count))))
    he = WORDS["he"]
    assert has(text, TODDLER) and has(text, "מעון ויצו הדקל") and start.strftime("%d/%m/%Y") in text
    assert has(text, he["share_sentence"].format(amount="850.00 ₪"))
    for step, value in (("step_household_income", "12,400.00"), ("step_household_size", "4"),
                        ("step_per_person", "3,100.00"), ("step_table", f"01/01/{year}"),
                        ("step_bracket", "2,500.00"), ("step_level", "3"), ("step_share", "850.00")):
        assert has(text, he[step]) and value in text, step
    assert "האם במשבר נפשי" not in text  # the worker's opinion stays in the file
    assert preview.save_to(tmp_path / "approval.pdf")
    _settle(qtbot, worker)
    preview.close()

    # the same letter from the command line
    out = tmp_path / "approval-cli.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli(["print", "daycare_approval", "--case", str(case.id), "--out", str(out), "--user",
                world.name("north_worker"), "--password-stdin", "--database", world.url]) == 0
    assert out.read_bytes().startswith(b"%PDF") and len(PdfReader(str(out)).pages) == 1
    assert cli(["print", "daycare_approval", "--case", str(case.id), "--file", "2025/0001", "--out", str(out),
                "--user", world.name("north_worker"), "--database", world.url]) == 1
