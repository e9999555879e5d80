"""What the day-care tests share: a fixed today (10 March 2027, in the registration window for school year
2027), toddlers in families of their own, the department's income-level table, final (and draft) committee
protocols written as the owner of the tables, a case's input, counting rows as the owner."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from models.committees.entities import CommitteeCase, CommitteeDecision, CommitteeMeeting, CommitteeProtocol
from models.daycare.dto import DaycareCaseDTO, DaycareInput, IncomeTableDTO, LevelInput
from models.families.dto import NewFamilyFile
from models.people.dto import PersonInput
from tests.support import World, valid_id

TODAY = date(2027, 3, 10)
YEAR = 2027  # the coming school year: 1 September 2027
# agorot per person per month: 0-2,000 / 2,000-3,500 / 3,500-5,000 / 5,000 and up; the parents' share
LEVELS = (
    LevelInput(1, 0, 200_000, 0),
    LevelInput(2, 200_000, 350_000, 45_000),
    LevelInput(3, 350_000, 500_000, 85_000),
    LevelInput(4, 500_000, None, 160_000),
)
# the same with higher shares, in force from 1 September 2027
LEVELS_2027 = tuple(replace(lv, parent_share=lv.parent_share + 10_000) for lv in LEVELS)
_ids = itertools.count(700)


def move_today(monkeypatch: pytest.MonkeyPatch, day: date = TODAY) -> None:
    monkeypatch.setattr("models.daycare.rules.today", lambda: day)


def count(w: World, entity: type, *where: Any) -> int:
    with w.admin_db.session() as s:
        return int(s.scalar(select(func.count()).select_from(entity).where(*where)) or 0)


def toddler(w: World, birth: date = date(2025, 6, 15), *, team: str = "צוות צפון",
            worker: str | None = "north_worker", restricted: bool = False, language: str = "he",
            first: str = "פעוט") -> tuple[int, int]:
    """A new family file of that team (worker) with a mother and a toddler: (file_id, child_id)."""
    manager = w.services("manager")
    teams = {t.name: t.id for t in manager.families.teams()}
    n = next(_ids)
    last = f"בדויה{n}"
    child = manager.people.create(PersonInput(first_name=first, last_name=last, birth_date=birth,
                                              id_number=valid_id(n * 2)))
    mother = manager.people.create(PersonInput(first_name="אם", last_name=last, birth_date=date(1995, 1, 1),
                                               id_number=valid_id(n * 2 + 1), sex="f", preferred_language=language,
                                               phones=(f"050-2{n:06d}",)))
    f = manager.families.open_file(
        NewFamilyFile(family_name=f"משפחת {last}", team_id=teams[team],
                      worker_id=w.users[worker].id if worker else None, address="רחוב הרימון 3",
                      locality="עין הבשור", opened_on=date(2025, 1, 15), restricted=restricted),
        [(mother.id, "parent"), (child.id, "child")])
    return f.id, child.id


def make_table(w: World, valid_from: date = date(2026, 1, 1), levels: tuple[LevelInput, ...] = LEVELS,
               who: str = "manager", note: str = "") -> IncomeTableDTO:
    return w.services(who).daycare.create_table(valid_from, note, levels)


def protocol(w: World, file_id: int, child_id: int, held_on: date = date(2027, 2, 1), *, final: bool = True,
             decision: str = "מעון יום טיפולי לפעוט") -> int:
    """A committee protocol of the child in the file (final, or a draft), written as the owner."""
    chair, coordinator = w.users["north_head"].id, w.users["coordinator"].id
    with w.admin_db.session() as s:
        m = CommitteeMeeting(held_on=held_on, starts_at=time(9, 0), place="חדר הישיבות", level="regular",
                             chair_id=chair, coordinator_id=coordinator, status="held", notes="", cancel_reason="",
                             created_by="test", updated_by="test")
        s.add(m)
        s.flush()
        c = CommitteeCase(meeting_id=m.id, position=1, file_id=file_id, child_id=child_id, reason="review",
                          requested_by_name="עובדת המשפחה", created_by="test", updated_by="test")
        s.add(c)
        s.flush()
        p = CommitteeProtocol(case_id=c.id, file_id=file_id, child_id=child_id, held_on=held_on,
                              discussion="דיון", votes_for=3, district_right_stated=True,
                              next_review_on=held_on + timedelta(days=180), created_by="test", updated_by="test")
        s.add(p)
        s.flush()
        s.add(CommitteeDecision(protocol_id=p.id, file_id=file_id, position=1, kind="community_plan", text=decision,
                                items=[]))
        s.flush()
        if final:
            p.finalised_at, p.finalised_by_id = datetime(2027, 2, 1, 12, 0, tzinfo=UTC), chair
            s.flush()
        return p.id


def case_input(file_id: int, child_id: int, **kw: Any) -> DaycareInput:
    """A case on the ground "a parent unable to function", decided by the toddlers-at-risk committee."""
    values: dict[str, Any] = dict(
        file_id=file_id, child_id=child_id, school_year=YEAR, ground="parent_unable",
        ground_detail="האם מתמודדת עם מחלה נפשית ואינה מתפקדת בשעות היום", medical_info=False, medical_source="",
        specialist_kind="", specialist_name="", specialist_on=None, committee="toddlers_at_risk",
        protocol_id=None, committee_on=date(2027, 2, 20), committee_reference="ו/2027/14", household_size=4,
        monthly_income=1_240_000)
    values.update(kw)
    return DaycareInput(**values)


def new_case(w: World, file_id: int, child_id: int, who: str = "north_worker", **kw: Any) -> DaycareCaseDTO:
    return w.services(who).daycare.create(case_input(file_id, child_id, **kw))
