"""Screenshots of the therapy centre's screens, in Hebrew and Arabic (``make screenshots``, tests/screens.py;
``python -m tests.screens docs/screenshots he ar --only=therapy`` for these alone), signed in as the demo
family worker ``dana``:

- therapy_waiting: the Therapy centre page, the waiting list by the age of the referral;
- therapy_in_treatment: the treatments under way (the therapist, since when, the sessions held);
- therapy_refer_dialog: referring the parents together from the family file (who, the kind, the reason);
- therapy_start_dialog, therapy_sessions_dialog, therapy_end_dialog: the steps of a referral's course;
- therapy_file_tab: a family file's Therapy tab (the family's referrals, the selected one's course).

Until the demo data set holds therapy referrals (seeds/demo_continuum.py), ``ensure_referrals`` makes them
here, through the service, in the worker's own files: children and parents referred over the last months,
two treatments under way, one ended.

``shoot_therapy(out, lang, db_file)`` is for tests/screens.py to call on its own demo database."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.screens import HEIGHT, WIDTH, save, wait_until
from tests.screens_admin import _qm_dir

if TYPE_CHECKING:
    from models.services import Services
    from models.therapy.dto import TherapyReferralDTO

WORKER = "dana"
REASONS = {
    "child": ("חרדה וקשיי שינה מאז המעבר לדירה החדשה", "התפרצויות זעם בבית הספר, קושי בוויסות רגשי",
              "נסיגה חברתית אחרי פטירת הסבא"),
    "parent": ("הדרכה בהצבת גבולות ובשגרת ערב", "תמיכה רגשית לאם אחרי הגירושין"),
}


def ensure_referrals(services: Services) -> None:
    """Referrals in the worker's own files, made through the service, when the demo has none yet."""
    from models.errors import DomainError
    from models.therapy import rules
    from models.therapy.dto import TherapyInput

    therapy, families = services.therapy, services.families
    if therapy.waiting_list(limit=1) or therapy.in_treatment(limit=1):
        return
    today = rules.today()
    made: list[TherapyReferralDTO] = []
    ages = iter((84, 61, 47, 33, 26, 19, 12, 5, 2))
    for file_id in families.search(mine=True, include_closed=False)[:6]:
        f = families.get(file_id).file
        children = [m.person for m in f.members if m.relation == "child"]
        # a parent not named as the child (the synthetic names repeat: "עדי" a mother and a son)
        parents = [m.person for m in f.members if m.relation == "parent"
                   and not (children and m.person.first_name == children[0].first_name)]
        plan = []
        if children:
            plan.append(("child", children[0].id, "emotional" if len(made) % 3 else "art"))
        if parents:
            plan.append(("parent", parents[0].id, "parent_guidance"))
        for subject, person_id, kind in plan:
            days = next(ages, 1)
            reason = REASONS[subject][len(made) % len(REASONS[subject])]
            try:
                made.append(therapy.refer(TherapyInput(file_id=file_id, subject=subject, person_id=person_id,
                                                       kind=kind, reason=reason,
                                                       referred_on=today - timedelta(days=days))))
            except DomainError:
                continue
    # the oldest two are in treatment, the third ended (the family moved before it began)
    therapists = ("ד\"ר נעמה ברק", "רותם שגיא")
    for r, therapist in zip(made[:2], therapists, strict=False):
        started = therapy.start(r.id, r.version, r.referred_on + timedelta(days=21), therapist)
        therapy.record_sessions(r.id, started.version, 6 if therapist == therapists[0] else 3)
    if len(made) > 2:
        therapy.end(made[2].id, made[2].version, today - timedelta(days=3), "moved")


def shoot_therapy(out: Path, lang: str, db_file: Path) -> None:
    from desktop.app import apply_language
    from desktop.main_window import MainWindow
    from desktop.ops import Ops
    from desktop.therapy.dialogs import ReferDialog
    from desktop.therapy.file_tab import TherapyTab
    from desktop.therapy.page import TAB_TREATMENT, TAB_WAITING, TherapyPage
    from models.address import DatabaseAddress
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translators = apply_language(qapp, lang, _qm_dir())
    login = sign_in(DatabaseAddress.sqlite(db_file), WORKER, DEMO_PASSWORD)
    services = Services(login.db, login.user)
    ensure_referrals(services)
    ops = Ops()
    w = MainWindow(services, ops, "")
    w.resize(WIDTH, HEIGHT)
    w.show()
    page = w.show_page("therapy")
    assert isinstance(page, TherapyPage)
    wait_until(lambda: not ops.busy and bool(page.waiting.rows))

    # the waiting list, a referral selected; starting its treatment; ending it
    page.show_tab(TAB_WAITING)
    page.waiting.table.setFocus()
    page.waiting.select(page.waiting.rows[0].id)
    wait_until(lambda: not ops.busy)
    save(w, out, "therapy_waiting", lang)
    start = page.start()
    if start is not None:
        start.therapist.setText("ד\"ר נעמה ברק")
        wait_until(lambda: not ops.busy)
        save(start, out, "therapy_start_dialog", lang)
        start.reject()
    end = page.end()
    if end is not None:
        end.reason.setCurrentIndex(max(0, end.reason.findData("referred_elsewhere")))
        end.note.setPlainText("הופנתה למרכז לבריאות הנפש של קופת החולים")
        wait_until(lambda: not ops.busy)
        save(end, out, "therapy_end_dialog", lang)
        end.reject()

    # the treatments under way; the sessions held
    treating = page.show_tab(TAB_TREATMENT)
    wait_until(lambda: not ops.busy and bool(treating.rows))
    treating.table.setFocus()
    treating.select(treating.rows[0].id)
    wait_until(lambda: not ops.busy)
    save(w, out, "therapy_in_treatment", lang)
    sessions = page.record_sessions()
    if sessions is not None:
        sessions.sessions.setValue(sessions.sessions.value() + 1)
        wait_until(lambda: not ops.busy)
        save(sessions, out, "therapy_sessions_dialog", lang)
        sessions.reject()

    # a family file's Therapy tab (the file of a treatment under way), and referring the parents together
    fv = w.open_file(treating.rows[0].file_id, "therapy")
    wait_until(lambda: not ops.busy and fv is not None and fv.detail is not None)
    tab = fv.tab("therapy")
    assert isinstance(tab, TherapyTab)
    wait_until(lambda: not ops.busy and tab.loaded_once and not tab.loading)
    tab.table.setFocus()
    save(w, out, "therapy_file_tab", lang)
    refer = tab.open_refer()
    if isinstance(refer, ReferDialog):
        wait_until(lambda: not ops.busy and refer.ready)
        refer.subject.setCurrentIndex(max(0, refer.subject.findData("family")))
        refer.kind.setCurrentIndex(max(0, refer.kind.findData("parent_guidance")))
        refer.reason.setPlainText("הדרכה להורים בהתמודדות עם החרדה של הילדה בלילות")
        wait_until(lambda: True)
        save(refer, out, "therapy_refer_dialog", lang)
        refer.reject()
    ops.wait()
    wait_until(lambda: not ops.busy)
    w.close()
    login.db.dispose()
    for t in translators:
        qapp.removeTranslator(t)
