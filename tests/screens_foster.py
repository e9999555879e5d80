"""Screenshots of the foster-care screens, in Hebrew and Arabic (``make screenshots``, tests/screens.py;
``python -m tests.screens docs/screenshots he ar --only=foster`` for these alone), on the demo department:

- foster_page: the referrals page as the team head ``rina`` (referrals at every step, an emergency referral
  flagged "committee decision missing", the counts per status, the committee decisions awaiting a referral);
- foster_referral: a placed referral's window (the pipeline as steps with their dates and who moved them, a
  move back with its reason in the history, the placement and its annual review);
- foster_move_dialog: Move to… "placed" (the foster family's code and locality asked);
- foster_move_back_dialog: a move back along the pipeline (its reason required);
- foster_new_referral: a new referral by the youth-law worker ``orit``: "Emergency, committee to follow" and
  the day the committee must decide by;
- foster_file_tab: the family file's Foster care tab;
- foster_print: the printed referral (the form, the committee's protocol, the documents: one PDF).

The referrals are the demo's (seeds/demo_continuum.py); on a demo without them the first run makes them
through the services (a committee meeting held 60 days ago with three foster-family decisions, referrals moved
along the pipeline with the foster clock, models.foster.rules.today, moved back to each step's day; an
emergency referral), found again for the second language, so both languages show the same records. The placed
referral gets an assessment attached when it has no document (the documents tab, the printed package).
``shoot_foster(out, lang, db_file)`` is for tests/screens.py to call on its own demo database."""

from __future__ import annotations

import os
import time as _time
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.screens import HEIGHT, WIDTH, save, wait_until
from tests.screens_admin import _qm_dir

if TYPE_CHECKING:
    from models.foster.dto import FosterReferralDTO
    from models.services import Services

PLACE = "חדר הישיבות, אגף הרווחה (אומנה)"  # marks the screenshots' meeting (found again for the second language)
SERVICE = "שירות האומנה \"מתן\" - מחוז דרום"


def settle_for(seconds: float) -> None:
    end = _time.monotonic() + seconds
    while _time.monotonic() < end:
        QCoreApplication.processEvents()
        _time.sleep(0.02)


def _children(services: Services, file_id: int) -> list[int]:
    return [m.person.id for m in services.families.get(file_id).file.members if m.relation == "child"]


def foster_demo(coordinator: Services, chair: Services, worker: Services, youth: Services,
                set_committee: Callable[[date], None], set_foster: Callable[[date], None]) -> list[int]:
    """The screenshots' referrals, made once and found again (the ids, the placed one first)."""
    from models.committees.dto import CaseInput, DecisionInput, MeetingInput, ParticipantInput, ProtocolInput
    from models.foster.dto import FosterMove, FosterReferralInput

    existing = worker.foster.referrals(status=None)
    if existing.rows:
        found = [r.id for r in existing.rows if r.status == "placed"]
        return found + [r.id for r in existing.rows if r.status != "placed"]
    today = date.today()
    held_on = today - timedelta(days=60)
    set_committee(held_on - timedelta(days=20))
    committees = coordinator.committees
    m = committees.create_meeting(MeetingInput(held_on, time(9, 0), PLACE, "regular", chair.user.id))
    picks: list[tuple[int, int]] = []
    for f in worker.families.rows(worker.families.search("", include_closed=False, limit=80)):
        out_of_home = {p.child.id for p in worker.committees.placements(f.id) if p.ended_on is None}
        children = [c for c in _children(worker, f.id) if c not in out_of_home]
        if children and not f.restricted and f.id not in {p[0] for p in picks}:
            picks.append((f.id, children[0]))
        if len(picks) == 5:
            break
    texts = ("השמה במשפחת אומנה לטווח ארוך; קשר שבועי עם ההורים בפיקוח.",
             "השמה במשפחת אומנה לתקופה של שנה, בהסכמת ההורים.",
             "השמה במשפחת אומנה של קרובים (הסבתא מצד האם).")
    cases = []
    for (file_id, child_id), text in zip(picks[:3], texts, strict=True):
        c = committees.add_case(m.id, CaseInput(file_id, child_id, "first_hearing", worker.user.full_name,
                                                "עובדת סוציאלית למשפחה",
                                                "הזנחה מתמשכת; ההורים אינם מצליחים לדאוג לצורכי הילד/ה."))
        committees.add_participant(c.id, ParticipantInput("mother", "האם", phone="050-7000001"))
        cases.append((c.id, file_id, child_id, text))
    set_committee(held_on)
    for case_id, _file, _child, text in cases:
        draft = committees.save_protocol(case_id, None, ProtocolInput(
            background="הזנחה מתמשכת.", discussion="הוועדה שמעה את ההורים ואת העובדת הסוציאלית.",
            decisions=(DecisionInput("foster_family", text),), votes_for=5, district_right_stated=True,
            next_review_on=held_on + timedelta(days=180)))
        chair.committees.finalise(case_id, draft.version)
    foster = worker.foster
    made: list[FosterReferralDTO] = []
    kinds = ("long_term", "short_term", "kinship")
    for (case_id, file_id, child_id, _text), kind in zip(cases, kinds, strict=True):
        option = next(o for o in foster.decision_options(file_id, child_id) if o.case_id == case_id)
        set_foster(held_on + timedelta(days=2))
        made.append(foster.create(FosterReferralInput(
            file_id=file_id, child_id=child_id, kind=kind, service_name=SERVICE,
            reason="הילד/ה זקוק/ה למסגרת משפחתית יציבה, למעקב רפואי ולליווי רגשי; קשר עם ההורים נשמר.",
            decision_id=option.decision_id, contact_arrangements="מפגש שבועי עם ההורים במרכז הקשר, ימי רביעי.")))
    steps = [
        # the placed one: two weeks along, one move back with its reason
        [("sent", 3, ""), ("assessment", 6, ""), ("proposed", 14, ""),
         ("assessment", 17, "המשפחה המוצעת חזרה בה (מעבר דירה)"), ("matched", 27, ""), ("placed", 34, "")],
        [("sent", 4, ""), ("assessment", 9, ""), ("matched", 40, "")],
        [("sent", 5, "")],
    ]
    done = []
    for r, moves in zip(made, steps, strict=True):
        for to, day, reason in moves:
            set_foster(held_on + timedelta(days=day))
            extra = {"foster_family_code": "FF-2291", "foster_locality": "עומר"} if to == "placed" else {}
            r = foster.move(r.id, r.version, FosterMove(to, held_on + timedelta(days=day), reason, **extra))
        done.append(r)
    set_foster(today - timedelta(days=5))
    first = done[0]
    foster.add_visit(first.id, today - timedelta(days=20), "parents_visit", "האם והאב", "מפגש חם במרכז הקשר, 90 דקות.")
    foster.add_visit(first.id, today - timedelta(days=8), "worker_visit", "משפחת האומנה", "הילד/ה משתלב/ת היטב בגן.")
    from reports.forms import foster_placement_summary

    foster.add_document(first.id, "assessment", "הערכה פסיכולוגית", "assessment.pdf",
                        foster_placement_summary.build(foster.placement_summary_form(first.id), "he"))
    # an emergency: the youth-law worker, before the committee
    set_foster(today - timedelta(days=2))
    file_id, child_id = picks[3]
    emergency = youth.foster.create(FosterReferralInput(
        file_id=file_id, child_id=child_id, kind="emergency", service_name=SERVICE,
        reason="אין מבוגר אחראי בבית; הילד/ה זקוק/ה למסגרת מיידית.",
        emergency_reason="האם אושפזה בלילה; אין קרובי משפחה זמינים.",
        contact_arrangements="שיחת טלפון יומית עם האם בבית החולים."))
    youth.foster.move(emergency.id, emergency.version, FosterMove("sent", today - timedelta(days=2)))
    set_foster(today)
    return [done[0].id, done[1].id, done[2].id, emergency.id]


def shoot_foster(out: Path, lang: str, db_file: Path) -> None:
    from desktop.app import apply_language
    from desktop.families.file_view import FileView
    from desktop.foster.dialogs import EMERGENCY, FosterMoveDialog, FosterReferralDialog
    from desktop.foster.file_tab import FosterTab
    from desktop.foster.page import FosterReferralsPage
    from desktop.foster.referral_view import FosterReferralView
    from desktop.main_window import MainWindow
    from desktop.ops import Ops
    from models.address import DatabaseAddress
    from models.committees import rules as committee_rules
    from models.foster import rules as foster_rules
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translators = apply_language(qapp, lang, _qm_dir())
    real_committee, real_foster = committee_rules.today, foster_rules.today

    def set_committee(day: date) -> None:
        committee_rules.today = lambda: day  # put back below

    def set_foster(day: date) -> None:
        foster_rules.today = lambda: day  # put back below

    address = DatabaseAddress.sqlite(db_file)
    logins = {name: sign_in(address, name, DEMO_PASSWORD) for name in ("michal", "rina", "dana", "orit")}
    services = {name: Services(login.db, login.user) for name, login in logins.items()}
    try:
        foster_demo(services["michal"], services["rina"], services["dana"], services["orit"], set_committee,
                    set_foster)
    finally:
        committee_rules.today, foster_rules.today = real_committee, real_foster
    # what the screens show, as the team head sees it (the demo's referrals, or those made above)
    seen = [services["rina"].foster.referral(r.id) for r in services["rina"].foster.referrals(status=None).rows]
    placed_one = next(r for r in seen if r.status == "placed")
    if not placed_one.documents:  # an assessment attached, for the documents tab and the printed package
        from reports.forms import foster_placement_summary

        rina = services["rina"].foster
        placed_one = rina.add_document(placed_one.id, "assessment", "הערכה פסיכולוגית", "assessment.pdf",
                                       foster_placement_summary.build(rina.placement_summary_form(placed_one.id),
                                                                      "he"))
    movable = next((r for r in seen if r.open and r.status != "placed" and "placed" in r.next_statuses
                    and not r.committee_missing), None)
    emergency = next((r for r in seen if r.committee_missing), placed_one)
    ops = Ops()
    try:
        w = MainWindow(services["rina"], ops, "")
        w.resize(WIDTH, HEIGHT)
        w.show()
        page = w.show_page("foster")
        assert isinstance(page, FosterReferralsPage)
        wait_until(lambda: not ops.busy and not page.loading and page.page is not None)
        page.table.setFocus()
        save(w, out, "foster_page", lang)

        view = page.open_referral(placed_one.id)
        assert isinstance(view, FosterReferralView)
        view.resize(WIDTH, HEIGHT)
        wait_until(lambda: not ops.busy and view.referral is not None)
        save(view, out, "foster_referral", lang)
        view.tabs.setCurrentIndex(1)
        wait_until(lambda: not ops.busy)
        save(view, out, "foster_referral_documents", lang)
        view.tabs.setCurrentIndex(0)
        printed = view.print_referral()
        if printed is not None:
            printed.resize(WIDTH, HEIGHT)
            wait_until(lambda: not ops.busy and printed.printed is not None, timeout=30)
            settle_for(1.5)  # Pdfium draws the page on its own thread
            save(printed, out, "foster_print", lang)
            printed.close()
        view.close()

        assert movable is not None, [(r.status, r.committee_missing) for r in seen]
        matched = page.open_referral(movable.id)
        wait_until(lambda: not ops.busy and matched.referral is not None)
        move = matched.open_move("placed")
        assert isinstance(move, FosterMoveDialog)
        move.family_code.setText("FF-3105")
        move.locality.setText("אופקים")
        wait_until(lambda: not ops.busy)
        save(move, out, "foster_move_dialog", lang)
        back = next(code for code in reversed(("draft", "sent", "assessment", "proposed"))
                    if move.status.findData(code) >= 0)
        move.status.setCurrentIndex(move.status.findData(back))
        move.reason.setPlainText("המשפחה ביקשה לדחות את המפגש הראשון; השירות מציע משפחה נוספת.")
        wait_until(lambda: not ops.busy)
        save(move, out, "foster_move_back_dialog", lang)
        move.reject()
        matched.close()

        # the family file's Foster care tab (the placed referral's family)
        fv = w.open_file(placed_one.file_id, "foster")
        assert isinstance(fv, FileView)
        wait_until(lambda: not ops.busy and fv.detail is not None)
        tab = fv.tab("foster")
        assert isinstance(tab, FosterTab)
        wait_until(lambda: not ops.busy and tab.table.rowCount() > 0)
        save(w, out, "foster_file_tab", lang)
        w.close()

        # the youth-law worker's new referral: an emergency, the committee to follow
        ow = MainWindow(services["orit"], ops, "")
        ow.resize(WIDTH, HEIGHT)
        ow.show()
        others = [m.person.id for m in services["orit"].families.get(emergency.file_id).file.members
                  if m.relation == "child" and m.person.id != emergency.child.id]
        d = FosterReferralDialog(services["orit"], ops, emergency.file_id, ow, family_name=emergency.family_name)
        d.show()
        wait_until(lambda: not ops.busy and d.decision.count() > 0)
        if others:
            d.child.setCurrentIndex(d.child.findData(others[0]))
            wait_until(lambda: not ops.busy and d.decision.count() > 0)
        d.decision.setCurrentIndex(d.decision.findData(EMERGENCY))
        d.service.setText(SERVICE)
        d.reason.setPlainText("אין מבוגר אחראי בבית.")
        d.emergency_reason.setPlainText("האם אושפזה בלילה; אין קרובי משפחה זמינים.")
        wait_until(lambda: not ops.busy)
        save(d, out, "foster_new_referral", lang)
        d.reject()
        ow.close()
    finally:
        ops.wait()
        for login in logins.values():
            login.db.dispose()
        for t in translators:
            qapp.removeTranslator(t)
