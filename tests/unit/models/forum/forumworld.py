"""What the forum's service tests share: a fixed today (not after the real one: the PostgreSQL guard dates by
the server's clock), children in families of their own, reports, a meeting, counting rows as the owner."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from models.families.dto import NewFamilyFile
from models.forum.dto import (
    ForumDecisionInput,
    ForumMeetingDTO,
    ForumMeetingInput,
    RiskReportDTO,
    RiskReportInput,
)
from models.people.dto import PersonInput
from tests.support import World, valid_id

TODAY = date(2026, 11, 25)  # a Wednesday; the forum meets on Sundays
SUNDAY = date(2026, 11, 22)
_ids = itertools.count(700)


def move_today(monkeypatch: pytest.MonkeyPatch, day: date = TODAY) -> None:
    monkeypatch.setattr("models.forum.rules.today", lambda: day)


def count(w: World, entity: type, *where: Any) -> int:
    with w.admin_db.session() as s:
        return int(s.scalar(select(func.count()).select_from(entity).where(*where)) or 0)


def new_child(w: World, first: str = "ילד", birth: date | None = date(2017, 3, 1), *, team: str = "צוות צפון",
              worker: str | None = "north_worker", restricted: bool = False) -> tuple[int, int]:
    """A new family file of that team (worker) with a parent and a child: (file_id, child_id)."""
    manager = w.services("manager")
    teams = {t.name: t.id for t in manager.families.teams()}
    n = next(_ids)
    last = f"בדוי{n}"
    child = manager.people.create(PersonInput(first_name=first, last_name=last, birth_date=birth,
                                              id_number=valid_id(n * 2)))
    parent = manager.people.create(PersonInput(first_name="הורה", last_name=last, birth_date=date(1985, 1, 1),
                                               id_number=valid_id(n * 2 + 1), sex="f"))
    f = manager.families.open_file(
        NewFamilyFile(family_name=f"משפחת {last}", team_id=teams[team],
                      worker_id=w.users[worker].id if worker else None, address="רחוב התמר 7",
                      locality="עין הבשור", opened_on=date(2025, 1, 15), restricted=restricted),
        [(parent.id, "parent"), (child.id, "child")])
    return f.id, child.id


def report_input(file_id: int, child_id: int, *, urgency: str = "week", reported_on: date = TODAY - timedelta(days=3),
                 description: str = "הילדה הגיעה לבית הספר עם סימנים בזרועות ומסרבת לחזור הביתה.",
                 **kw: Any) -> RiskReportInput:
    values: dict[str, Any] = {"reporter_kind": "school", "reporter_name": "יועצת בית הספר", "kind": "physical_abuse",
                              "reporter_phone": "08-1234567"}
    values.update(kw)
    return RiskReportInput(file_id=file_id, child_id=child_id, reported_on=reported_on, description=description,
                           urgency=urgency, **values)


def record(w: World, file_id: int, child_id: int, *, who: str = "north_worker", **kw: Any) -> RiskReportDTO:
    return w.services(who).forum.record_report(report_input(file_id, child_id, **kw))


def meeting(w: World, held_on: date = SUNDAY, *, who: str = "youth_law", chair: str = "north_head",
            **kw: Any) -> ForumMeetingDTO:
    return w.services(who).forum.create_meeting(ForumMeetingInput(
        held_on=held_on, chair_id=w.users[chair].id, attendees=("רונית ראש-צוות", "אורי חוק-הנוער"), **kw))


def decision(w: World, *, intervention: str = "assessment_visit", responsible: str | None = "north_worker",
             due_on: date | None = SUNDAY + timedelta(days=5), note: str = "ביקור בית בתוך שבוע") -> ForumDecisionInput:
    return ForumDecisionInput(intervention=intervention,
                              responsible_id=w.users[responsible].id if responsible else None, due_on=due_on,
                              note=note)
