"""Two workers at the same moment: the last free seat (one gets it, the other is told the club is full),
the same child in two clubs (one enrolment), the same day's attendance (one save, the other "stale"). On
SQLite the write transactions take turns (BEGIN IMMEDIATE), so the second sees the first's row; on
PostgreSQL the guard of revision 0017 (the club's row locked and the seats counted), the unique indexes and
the club's row lock of save_attendance decide."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

import models.clubs.rules as club_rules
from models.clubs.dto import AttendanceMark
from models.clubs.entities import ClubAttendance, ClubEnrolment
from models.db import Database, make_engine
from models.errors import ConflictError, ValidationError
from models.services import Services
from tests.support import World
from tests.unit.models.clubs.clubworld import (
    TODAY,
    count,
    enrol,
    enrol_input,
    make_club,
    move_today,
    new_child,
)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    move_today(monkeypatch, TODAY)


def services(w: World, short: str, dbs: list[Database]) -> Services:
    """A worker's services on a database connection of their own (PostgreSQL: their login)."""
    if w.backend == "postgresql":
        return w.services(short)
    db = Database(make_engine(w.url))
    dbs.append(db)
    return Services(db, w.users[short])


def together(monkeypatch: pytest.MonkeyPatch, target: Any, name: str) -> None:
    """Both transactions wait for each other at ``target.name`` (inside the transaction, after its reads).
    On SQLite the second is still waiting for the write lock: the barrier breaks and the first goes on."""
    real = getattr(target, name)
    barrier = threading.Barrier(2)

    def wait(*args: Any, **kwargs: Any) -> Any:
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=3)
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, wait)


def race(calls: dict[str, Callable[[], Any]]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    start = threading.Barrier(len(calls))

    def run(key: str) -> None:
        start.wait(timeout=10)
        try:
            results[key] = calls[key]()
        except Exception as exc:  # the refusal is the result
            results[key] = exc

    threads = [threading.Thread(target=run, args=(k,)) for k in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    return results


def test_two_workers_take_the_last_seat_at_once_one_gets_it(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    club = make_club(world, capacity=2)
    enrol(world, club, *new_child(world, "ראשון"))
    a, b = new_child(world, "שני"), new_child(world, "שלישי")
    dbs: list[Database] = []
    worker, manager = services(world, "club", dbs), services(world, "manager", dbs)
    together(monkeypatch, club_rules, "age_fits")
    try:
        results = race({"club": lambda: worker.clubs.enrol(enrol_input(club, *a)),
                        "manager": lambda: manager.clubs.enrol(enrol_input(club, *b))})
    finally:
        for db in dbs:
            db.dispose()
    refused = [v for v in results.values() if isinstance(v, Exception)]
    assert len(refused) == 1, results
    assert isinstance(refused[0], ValidationError) and refused[0].code == "club_full", repr(refused[0])
    assert refused[0].params["club_id"] == club.id  # the dialog offers this club's waiting list
    assert count(world, ClubEnrolment) == 2
    assert world.services("club").clubs.club(club.id).enrolled == 2


def test_the_same_child_enrolled_in_two_clubs_at_once_gets_one(world: World,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    gefen, shaked = make_club(world), make_club(world, "מועדונית השקד")
    child = new_child(world)
    dbs: list[Database] = []
    worker, manager = services(world, "club", dbs), services(world, "manager", dbs)
    together(monkeypatch, club_rules, "age_fits")
    try:
        results = race({"club": lambda: worker.clubs.enrol(enrol_input(gefen, *child)),
                        "manager": lambda: manager.clubs.enrol(enrol_input(shaked, *child))})
    finally:
        for db in dbs:
            db.dispose()
    refused = [v for v in results.values() if isinstance(v, Exception)]
    assert len(refused) == 1 and isinstance(refused[0], ValidationError), results
    assert refused[0].code == "already_enrolled"
    assert count(world, ClubEnrolment) == 1


def test_two_workers_save_the_same_day_one_is_stale(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child)
    day = date(2026, 11, 17)
    token = world.services("club").clubs.attendance_day(club.id, day).token
    dbs: list[Database] = []
    worker, manager = services(world, "club", dbs), services(world, "manager", dbs)
    together(monkeypatch, club_rules, "active_on")
    try:
        results = race({
            "club": lambda: worker.clubs.save_attendance(club.id, day, (AttendanceMark(e.id, True),), token),
            "manager": lambda: manager.clubs.save_attendance(club.id, day, (AttendanceMark(e.id, False, "sick"),),
                                                             token)})
    finally:
        for db in dbs:
            db.dispose()
    refused = [v for v in results.values() if isinstance(v, Exception)]
    saved = [k for k, v in results.items() if not isinstance(v, Exception)]
    assert len(refused) == 1 and isinstance(refused[0], ConflictError) and refused[0].code == "stale", results
    assert count(world, ClubAttendance) == 1
    row = world.services("club").clubs.attendance_day(club.id, day).rows[0]
    assert row.present is (saved == ["club"])


def test_two_workers_open_a_new_school_year_at_once_it_is_stored_once(world: World,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import models.clubs.calendar as club_calendar
    from models.clubs.entities import ClubCalendarDay

    dbs: list[Database] = []
    worker, manager = services(world, "club", dbs), services(world, "manager", dbs)
    together(monkeypatch, club_calendar, "default_year")
    try:
        results = race({"club": lambda: worker.clubs.calendar(2027), "manager": lambda: manager.clubs.calendar(2027)})
    finally:
        for db in dbs:
            db.dispose()
    assert all(not isinstance(v, Exception) for v in results.values()), results
    assert [len(v) for v in results.values()] == [366, 366]
    assert results["club"] == results["manager"]
    assert count(world, ClubCalendarDay) == 366
