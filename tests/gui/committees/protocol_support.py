"""A meeting with one case for the protocol, finalising, follow-up and file-tab tests: scheduled through
the service by the coordinator 20 days ahead, the committee's clock (models.committees.rules.today) then
moved to the meeting's day so the hearing can be recorded and finalised."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtWidgets import QMessageBox

from models.committees.dto import (
    CaseDTO,
    CaseInput,
    DecisionInput,
    MeetingDTO,
    MeetingInput,
    ParticipantInput,
    ProtocolDTO,
    ProtocolInput,
    ProtocolTaskInput,
)
from tests.support import World

AHEAD = 20


def meeting_with_case(world: World, *, family: str = "cohen", child: str = "cohen_child", chair: str = "north_head",
                      background: str = "רקע: היעדרויות חוזרות מבית הספר (3 שבועות).") -> tuple[MeetingDTO, CaseDTO]:
    svc = world.services("coordinator").committees
    held_on = date.today() + timedelta(days=AHEAD)
    meeting = svc.create_meeting(MeetingInput(held_on, time(9, 30), "חדר הישיבות, קומה 2", "regular",
                                              world.users[chair].id))
    case = svc.add_case(meeting.id, CaseInput(world.files[family], world.persons[child], "first_hearing",
                                              "דנה צפונית", "עו\"ס משפחה", background))
    svc.add_participant(case.id, ParticipantInput("father", "משה כהן", phone="050-0000001", address="רחוב הדקל 1"))
    svc.add_participant(case.id, ParticipantInput("homeroom_teacher", "מורה לדוגמה", organisation="בית ספר הגפן",
                                                  phone="08-6000000"))
    meeting = svc.meeting(meeting.id)
    return meeting, next(c for c in meeting.cases if c.id == case.id)


def hold(monkeypatch, meeting: MeetingDTO, days_after: int = 0) -> date:
    """The committee's today becomes the meeting's day (plus ``days_after``)."""
    day = meeting.held_on + timedelta(days=days_after)
    monkeypatch.setattr("models.committees.rules.today", lambda: day)
    return day


def full_protocol(world: World, responsible: str = "north_worker", due_in: int = 14,
                  kind: str = "community_plan") -> ProtocolInput:
    return ProtocolInput(
        background="רקע", professionals_views="המחנכת: ירידה בהישגים.", parents_position="האב מסכים לתכנית.",
        child_position="הילדה רוצה להמשיך בבית הספר.", discussion="סוכם על תכנית בקהילה.",
        decisions=(DecisionInput(kind, "תכנית טיפול בקהילה", ("מועדונית טיפולית, 5 ימים",)),),
        votes_for=5, votes_against=0, votes_abstained=0, district_right_stated=True,
        tasks=(ProtocolTaskInput("לרשום את הילדה למועדונית", world.users[responsible].id,
                                 date.today() + timedelta(days=AHEAD + due_in)),),
        next_review_on=date.today() + timedelta(days=AHEAD + 180))


def finalised(world: World, monkeypatch, meeting: MeetingDTO, case: CaseDTO, chair: str = "north_head",
              **kw) -> ProtocolDTO:
    hold(monkeypatch, meeting)
    draft = world.services("coordinator").committees.save_protocol(case.id, None, full_protocol(world, **kw))
    return world.services(chair).committees.finalise(case.id, draft.version)


def accept(box: QMessageBox) -> None:
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    yes.click()
