"""What the foster tests share: a final committee decision for an out-of-home placement of a child (through
the committee's own services), the referral's input, the foster clock."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from models.committees.dto import CaseInput, DecisionInput, MeetingInput, ProtocolInput
from models.committees.rules import add_months
from models.foster.dto import FosterMove, FosterReferralInput
from tests.support import World

TODAY = date.today()
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def move_committee_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setattr("models.committees.rules.today", lambda: day)


def out_of_home_decision(w: World, monkeypatch: pytest.MonkeyPatch, family: str = "cohen",
                         kind: str = "foster_family", chair: str = "manager", days: int = 20,
                         final: bool = True, review_in_a_year: bool = False) -> tuple[int, date]:
    """A hearing of the family's child ``days`` ahead whose protocol decides ``kind`` (finalised by its chair
    on the meeting's day, the committee's clock moved there and back): the decision's id and the day. The next
    review half a year on (``review_in_a_year``: the latest a placed child's may be, a year on)."""
    coordinator = w.services("coordinator").committees
    m = coordinator.create_meeting(MeetingInput(held_on=TODAY + timedelta(days=days), starts_at=time(9, 30),
                                                place="אולם הישיבות", level="regular", chair_id=w.users[chair].id))
    case = coordinator.add_case(m.id, CaseInput(file_id=w.files[family], child_id=w.persons[f"{family}_child"],
                                                reason="first_hearing", requested_by_name="דנה צפונית"))
    draft = coordinator.save_protocol(case.id, None, ProtocolInput(
        background="רקע", discussion="דיון", decisions=(DecisionInput(kind, "השמה חוץ-ביתית במשפחת אומנה"),),
        votes_for=5, votes_against=0, district_right_stated=True, next_review_on=add_months(m.held_on, 12) if review_in_a_year else m.held_on + timedelta(days=180)))
    decision = draft.decisions[0].id
    if final:
        move_committee_today(monkeypatch, m.held_on)
        w.services(chair).committees.finalise(case.id, draft.version)
        move_committee_today(monkeypatch, TODAY)
    return decision, m.held_on


def referral_input(w: World, family: str = "cohen", decision_id: int | None = None, kind: str = "long_term",
                   **changes: object) -> FosterReferralInput:
    data: dict[str, object] = {
        "file_id": w.files[family], "child_id": w.persons[f"{family}_child"], "kind": kind,
        "service_name": "שירות אומנה דרום", "reason": "הילדה זקוקה למסגרת משפחתית יציבה",
        "decision_id": decision_id, "contact_arrangements": "מפגש שבועי עם האב",
    }
    data.update(changes)
    return FosterReferralInput(**data)  # type: ignore[arg-type]


def emergency_input(w: World, family: str = "cohen", **changes: object) -> FosterReferralInput:
    data: dict[str, object] = {"kind": "emergency", "emergency_reason": "סכנה מיידית: הוצאה בצו חירום", **changes}
    return referral_input(w, family, None, **data)  # type: ignore[arg-type]


def placed(on: date, code: str = "FF-1021", locality: str = "עין הבשור") -> FosterMove:
    return FosterMove("placed", on, foster_family_code=code, foster_locality=locality)
