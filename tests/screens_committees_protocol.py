"""Screenshots of the committee's protocol screens, in Hebrew and Arabic (``make screenshots``,
tests/screens.py): the protocol dialog of a draft (the coordinator ``michal``), a finalising refused (the
chair ``avi``: a draft with no decision), a final protocol with an addendum, the follow-up page (overdue
committee tasks, reviews due) and the committee tab of a family file.

The demo has no hearings of its own: the first run makes one meeting through the services (two cases of
two families, 15 days ahead, then held: the committee's clock, models.committees.rules.today, is moved to
the meeting's day while the protocols are recorded and to 40 days after it for the follow-up page; it is
put back at the end). The second language reuses it, so both languages show the same records.
``shoot_committees_protocol(out, lang, db_file)`` is for tests/screens.py to call on its own demo database."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.screens import HEIGHT, WIDTH, save, wait_until
from tests.screens_admin import _qm_dir

if TYPE_CHECKING:
    from models.committees.dto import CaseDTO, MeetingDTO, ProtocolInput
    from models.services import Services

PLACE = "חדר הישיבות הקטן, קומה 3"  # marks the screenshots' meeting (found again for the second language)


def _children(services: Services, file_id: int) -> list[int]:
    return [m.person.id for m in services.families.get(file_id).file.members if m.relation == "child"]


def protocol_demo(coordinator: Services, chair: Services, set_today: Callable[[date], None]) -> MeetingDTO:
    """The screenshots' meeting, made once and found again: three cases; the first one's protocol final
    (finalised by the chair) with an addendum, the second one's a draft with no decision yet, the third
    one's a full draft."""
    from models.committees import rules
    from models.committees.dto import CaseInput, MeetingInput, ParticipantInput, ProtocolInput

    committees = coordinator.committees
    for row in committees.meetings(from_date=date(2000, 1, 1)):
        if row.place == PLACE:
            m = committees.meeting(row.id)
            set_today(m.held_on)
            return m
    held_on = rules.today() + timedelta(days=15)
    m = committees.create_meeting(MeetingInput(held_on, time(10, 0), PLACE, "regular", chair.user.id))
    picks: list[tuple[int, int]] = []
    for f in coordinator.families.rows(coordinator.families.search("", include_closed=False, limit=60)):
        children = _children(coordinator, f.id)
        if children and not f.restricted:
            picks.append((f.id, children[0]))
        if len(picks) == 3:
            break
    backgrounds = ("הילדה נעדרת מבית הספר כשלושה שבועות בחודש; האם מטפלת לבדה בארבעה ילדים (מאז 2024) "
                   "ומבקשת עזרה. בבית הספר מדווחים על ירידה בהישגים ועל בדידות.",
                   "הילד הגיע לבית הספר עם חבלה ביד (דיווח המחנכת, 03/2026); הוגשה פנייה לעו\"ס לחוק הנוער.",
                   "הילד אינו מגיע לגן באופן סדיר; האב עובד במשמרות והאם בטיפול רפואי ממושך.")
    cases = []
    for (file_id, child_id), background in zip(picks, backgrounds, strict=False):
        c = committees.add_case(m.id, CaseInput(file_id, child_id, "first_hearing", "דנה אלמוגי",
                                                "עובדת סוציאלית למשפחה", background))
        for suggestion in committees.suggested_participants(c.id):
            committees.add_participant(c.id, suggestion)
        committees.add_participant(c.id, ParticipantInput("homeroom_teacher", "רות אלמוג",
                                                          organisation="בית ספר הגפן", role_title="מחנכת כיתה ד'",
                                                          phone="08-6123456", method="phone"))
        cases.append(committees.meeting(m.id).cases[-1])
    set_today(held_on)
    first, second, third = cases
    draft = committees.save_protocol(first.id, None, _full(coordinator, first, held_on))
    chair.committees.finalise(first.id, draft.version)
    committees.add_addendum(first.id, "תיקון: בדיון השתתפה גם האחות של בית הספר (נוכחות חלקית, 20 דקות); "
                                      "אין שינוי בהחלטות.")
    committees.save_protocol(second.id, None, ProtocolInput(
        background=second.background, discussion="הדיון נדחה להשלמת חוות דעת של השירות הפסיכולוגי.",
        votes_for=4, district_right_stated=True, next_review_on=held_on + timedelta(days=30)))
    committees.save_protocol(third.id, None, _full(coordinator, third, held_on))
    return committees.meeting(m.id)


def _full(coordinator: Services, case: CaseDTO, held_on: date) -> ProtocolInput:
    from models.committees.dto import DecisionInput, ProtocolInput, ProtocolTaskInput

    staff = coordinator.tasks.assignable_users(case.file_id)
    worker = next((u for u in staff if u.role == "family_worker"), staff[0])
    head = next((u for u in staff if u.role == "team_head"), staff[-1])
    return ProtocolInput(
        background=case.background,
        professionals_views="המחנכת: הילד שקט ומבודד, הישגיו ירדו מאז תחילת השנה (מתמטיקה: 55). "
                            "היועצת ממליצה על מסגרת אחר-הצהריים.",
        parents_position="האם מסכימה לתכנית ומבקשת הסעה מבית הספר למועדונית.",
        child_position="הילד אומר שהוא רוצה חברים ושקשה לו בבוקר.",
        discussion="הוועדה דנה בחלופות: מועדונית טיפולית, הדרכת הורים וקשר שבועי עם היועצת. הוחלט על "
                   "תכנית בקהילה ובחינה מחדש בעוד חודשיים.",
        decisions=(DecisionInput("community_plan", "תכנית טיפול בקהילה",
                                 ("מועדונית טיפולית, 5 ימים בשבוע", "הדרכת הורים (12 מפגשים)",
                                  "פגישה שבועית עם היועצת")),),
        votes_for=6, votes_against=0, votes_abstained=1,
        parent_reservation="האם מסתייגת מהדרכת ההורים בשעות הבוקר.", district_right_stated=True,
        tasks=(ProtocolTaskInput("רישום למועדונית הטיפולית", worker.id, held_on + timedelta(days=14)),
               ProtocolTaskInput("תיאום הדרכת הורים", worker.id, held_on + timedelta(days=21)),
               ProtocolTaskInput("שיחה עם היועצת על ההתקדמות", head.id, held_on + timedelta(days=45))),
        next_review_on=held_on + timedelta(days=60),
        attended=tuple(p.id for p in case.participants))


def shoot_committees_protocol(out: Path, lang: str, db_file: Path) -> None:
    from desktop.app import apply_language
    from desktop.committees.follow_up import FollowUpView
    from desktop.committees.protocol import ProtocolDialog
    from desktop.families.file_view import FileView
    from desktop.ops import Ops
    from models.address import DatabaseAddress
    from models.committees import rules
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translators = apply_language(qapp, lang, _qm_dir())
    real_today = rules.today

    def set_today(day: date) -> None:
        rules.today = lambda: day  # type: ignore[assignment]  # the committee's clock, put back below

    try:
        michal = sign_in(DatabaseAddress.sqlite(db_file), "michal", DEMO_PASSWORD)
        avi = sign_in(DatabaseAddress.sqlite(db_file), "avi", DEMO_PASSWORD)
        coordinator, chair = Services(michal.db, michal.user), Services(avi.db, avi.user)
        m = protocol_demo(coordinator, chair, set_today)
        ops = Ops()

        def dialog(services: Services, case_index: int) -> ProtocolDialog:
            meeting = services.committees.meeting(m.id)
            d = ProtocolDialog(services, ops, meeting, meeting.cases[case_index])
            d.resize(1000, HEIGHT)
            d.show()
            wait_until(lambda: not ops.busy and d.ready)
            return d

        # a draft, as the coordinator sees it: the top, then its decisions
        d = dialog(coordinator, 2)
        save(d, out, "committee_protocol_draft", lang)
        bar = d.scroll_area.verticalScrollBar()
        d.scroll_area.ensureWidgetVisible(d.decisions, 0, 0)
        save(d, out, "committee_protocol_draft_decisions", lang)
        bar.setValue(bar.maximum())
        save(d, out, "committee_protocol_draft_tasks", lang)
        d.reject()

        # finalising refused: the chair tries the second case's draft, which has no decision yet
        d = dialog(chair, 1)
        d.finalise_button.click()
        box = d.confirm_box
        assert isinstance(box, QMessageBox)
        save(box, out, "committee_finalise_confirm", lang)
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        wait_until(lambda: not ops.busy and d.last_error is not None)
        save(d, out, "committee_finalise_refused", lang)
        d.reject()

        # the first protocol: final, with its addendum at the bottom
        d = dialog(coordinator, 0)
        save(d, out, "committee_protocol_final", lang)
        bar = d.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        save(d, out, "committee_protocol_final_addendum", lang)
        d.reject()
        first = m.cases[0]

        # the follow-up page, 40 days after the meeting: the first task overdue, the review due
        set_today(m.held_on + timedelta(days=40))
        view = FollowUpView(coordinator, ops)
        view.resize(WIDTH, HEIGHT)
        view.show()
        wait_until(lambda: not ops.busy and not view.loading)
        save(view, out, "committee_follow_up", lang)
        view.close()

        # the committee tab of the first family's file
        fv = FileView(coordinator, ops, first.file_id, tab="committees")
        fv.resize(WIDTH, HEIGHT)
        fv.show()
        wait_until(lambda: not ops.busy and fv.tab("committees") is not None)
        tab = fv.tab("committees")
        wait_until(lambda: not ops.busy and tab is not None and tab.data is not None)
        save(fv, out, "committee_file_tab", lang)
        fv.close()
        ops.wait()
        michal.db.dispose()
        avi.db.dispose()
    finally:
        rules.today = real_today  # type: ignore[assignment]
        for t in translators:
            qapp.removeTranslator(t)
