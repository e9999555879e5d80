"""A committee decision for an out-of-home placement, made through the committee's services, for the foster
screens' tests: a meeting HELD_DAYS ago (the committee's clock moved back to schedule it, then to its day to
record and finalise the protocol: on PostgreSQL nothing is dated after the server's today), the Cohen child's
case, a final protocol deciding a foster family. Referrals are made through the foster service."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from models.committees.dto import CaseInput, DecisionInput, MeetingInput, ParticipantInput, ProtocolInput
from models.foster.dto import DecisionOption, FosterMove, FosterReferralDTO, FosterReferralInput
from tests.gui.helpers import settle
from tests.support import World

HELD_DAYS = 30
DECISION = "השמה במשפחת אומנה לטווח ארוך; קשר שבועי עם האב."
SERVICE = "שירות האומנה מחוז דרום"


def decide(world: World, monkeypatch: pytest.MonkeyPatch, *, family: str = "cohen", child: str = "cohen_child",
           kind: str = "foster_family", held_days: int = HELD_DAYS, text: str = DECISION) -> DecisionOption:
    """A final protocol deciding ``kind`` for ``child``, heard ``held_days`` ago; the committee's clock is
    back at the real today afterwards. Returns the decision as the foster service offers it."""
    held_on = date.today() - timedelta(days=held_days)
    monkeypatch.setattr("models.committees.rules.today", lambda: held_on - timedelta(days=20))
    svc = world.services("coordinator").committees
    meeting = svc.create_meeting(MeetingInput(held_on, time(9, 30), "חדר הישיבות", "regular",
                                              world.users["north_head" if family != "haddad" else "south_head"].id))
    case = svc.add_case(meeting.id, CaseInput(world.files[family], world.persons[child], "first_hearing",
                                              "דנה צפונית", "עו\"ס משפחה", "רקע: הזנחה מתמשכת."))
    svc.add_participant(case.id, ParticipantInput("father", "הורה לדוגמה", phone="050-0000001"))
    monkeypatch.setattr("models.committees.rules.today", lambda: held_on)
    draft = svc.save_protocol(case.id, None, ProtocolInput(
        background="רקע", discussion="דיון", decisions=(DecisionInput(kind, text),), votes_for=4,
        district_right_stated=True, next_review_on=held_on + timedelta(days=180)))
    chair = "north_head" if family != "haddad" else "south_head"
    world.services(chair).committees.finalise(case.id, draft.version)
    monkeypatch.setattr("models.committees.rules.today", date.today)
    options = world.services("north_worker" if family != "haddad" else "south_worker").foster.decision_options(
        world.files[family], world.persons[child])
    return next(o for o in options if o.case_id == case.id)


def referral(world: World, option: DecisionOption | None = None, *, who: str = "north_worker",
             family: str = "cohen", child: str = "cohen_child", kind: str = "long_term",
             emergency_reason: str = "") -> FosterReferralDTO:
    return world.services(who).foster.create(FosterReferralInput(
        file_id=world.files[family], child_id=world.persons[child], kind=kind, service_name=SERVICE,
        reason="הילדה זקוקה למסגרת משפחתית יציבה.", decision_id=option.decision_id if option else None,
        emergency_reason=emergency_reason, contact_arrangements="מפגש שבועי עם האב."))


def moved(world: World, r: FosterReferralDTO, *steps: str, who: str = "north_worker", **placed: str) -> FosterReferralDTO:
    """``r`` moved through ``steps`` today (``placed``: the foster family's code and locality)."""
    svc = world.services(who).foster
    for step in steps:
        extra = {"foster_family_code": placed.get("code", "FF-100"), "foster_locality": placed.get("locality", "עומר")} \
            if step == "placed" else {}
        r = svc.move(r.id, r.version, FosterMove(to_status=step, on=date.today(), **extra))
    return r


def wait_loaded(qtbot, ops, widget) -> None:
    qtbot.waitUntil(lambda: not widget.loading, timeout=10_000)
    settle(qtbot, ops)
