"""What the club service tests share: a fixed today (a Wednesday of November 2026), clubs, children in
families of their own, enrolments, counting rows as the owner."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from models.clubs.dto import ClubDTO, ClubInput, EnrolInput, EnrolmentDTO, RouteInput
from models.families.dto import NewFamilyFile
from models.people.dto import PersonInput
from tests.support import World, valid_id

TODAY = date(2026, 11, 18)  # a Wednesday: a club day of school year 2026
MONTH = date(2026, 11, 1)
_ids = itertools.count(500)


def move_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setattr("models.clubs.rules.today", lambda: day)


def count(w: World, entity: type, *where: Any) -> int:
    with w.admin_db.session() as s:
        return int(s.scalar(select(func.count()).select_from(entity).where(*where)) or 0)


def make_club(w: World, name: str = "מועדונית הגפן", capacity: int = 15, *, who: str = "club",
              routes: tuple[str, ...] = ("קו צפון",), **kw: Any) -> ClubDTO:
    return w.services(who).clubs.save_club(None, ClubInput(
        name=name, address="רחוב הגפן 4", phone="08-0000000", capacity=capacity, hours="א׳-ה׳ 12:00-18:00",
        guide_name="מדריכה בדויה", house_mother_name="אם בית בדויה", supervisor_id=w.users["club"].id,
        routes=tuple(RouteInput(None, r, stops="בית ספר הדקל") for r in routes), **kw), None)


def new_child(w: World, first: str = "ילד", birth: date = date(2017, 3, 1), *, team: str = "צוות צפון",
              worker: str | None = "north_worker", restricted: bool = False,
              language: str = "he") -> tuple[int, int]:
    """A new family file of that team (worker) with a parent and a child: (file_id, child_id)."""
    manager = w.services("manager")
    teams = {t.name: t.id for t in manager.families.teams()}
    n = next(_ids)
    last = f"בדוי{n}"
    child = manager.people.create(PersonInput(first_name=first, last_name=last, birth_date=birth,
                                              id_number=valid_id(n * 2)))
    parent = manager.people.create(PersonInput(first_name="הורה", last_name=last, birth_date=date(1985, 1, 1),
                                               id_number=valid_id(n * 2 + 1), sex="f",
                                               preferred_language=language, phones=(f"050-1{n:06d}",)))
    f = manager.families.open_file(
        NewFamilyFile(family_name=f"משפחת {last}", team_id=teams[team],
                      worker_id=w.users[worker].id if worker else None, address="רחוב התמר 7",
                      locality="עין הבשור", opened_on=date(2025, 1, 15), restricted=restricted),
        [(parent.id, "parent"), (child.id, "child")])
    return f.id, child.id


def enrol_input(club: ClubDTO, file_id: int, person_id: int, starts_on: date = date(2026, 9, 1),
                **kw: Any) -> EnrolInput:
    return EnrolInput(club_id=club.id, file_id=file_id, person_id=person_id, starts_on=starts_on, **kw)


def enrol(w: World, club: ClubDTO, file_id: int, person_id: int, starts_on: date = date(2026, 9, 1),
          **kw: Any) -> EnrolmentDTO:
    return w.services("club").clubs.enrol(enrol_input(club, file_id, person_id, starts_on, **kw))


def club_days(first: date, n: int) -> list[date]:
    """The first ``n`` Sunday-Thursday days from ``first`` (no holiday in November 2026)."""
    out: list[date] = []
    d = first
    while len(out) < n:
        if d.weekday() in (6, 0, 1, 2, 3):
            out.append(d)
        d += timedelta(days=1)
    return out
