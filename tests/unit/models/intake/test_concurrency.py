"""Two intake workers register the same new person (same ID number) at the same moment, each with a referral:
exactly one referral is saved, the other worker gets DuplicateSuspected pointing to the person just created,
and nothing of the second referral is left behind: a unique constraint and a transaction, not luck."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

import models.intake.service as intake_service
from models.errors import DuplicateSuspected
from models.intake.dto import NewPerson, ReferralInput, Referrer
from models.intake.entities import Referral, ReferralPerson
from models.people.dto import PersonInput
from models.people.entities import Person
from tests.support import World, valid_id


def test_same_new_person_registered_twice_at_once(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    real = intake_service.create_person
    barrier = threading.Barrier(2)
    broken: list[bool] = []

    def create_person_together(*args: Any, **kwargs: Any) -> Any:
        # Both transactions are open here. On PostgreSQL both reach this point before either inserts, so
        # both pass the duplicate check; the unique index then decides. On SQLite the write transactions take
        # turns (BEGIN IMMEDIATE): the second waits for the first to commit, so the barrier breaks and the
        # first goes on alone.
        try:
            barrier.wait(timeout=3)
        except threading.BrokenBarrierError:
            broken.append(True)
        return real(*args, **kwargs)

    monkeypatch.setattr(intake_service, "create_person", create_person_together)
    person = PersonInput(first_name="יונתן", last_name="אלמוג", id_number=valid_id(401), birth_date=date(2015, 5, 5))
    data = ReferralInput(received_on=date.today(), channel="phone", source="school", referrer=Referrer("מורה"),
                         problem="היעדרויות", urgency="week", new_persons=(NewPerson(person, "child"),))
    results: dict[str, Any] = {}
    start = threading.Barrier(2)

    def register(short: str) -> None:
        svc = world.services(short).intake
        start.wait(timeout=10)
        try:
            results[short] = svc.create(data)
        except Exception as exc:
            results[short] = exc

    threads = [threading.Thread(target=register, args=(who,)) for who in ("intake", "manager")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    saved = [r for r in results.values() if not isinstance(r, Exception)]
    refused = [r for r in results.values() if isinstance(r, Exception)]
    assert len(saved) == 1 and len(refused) == 1, results
    error = refused[0]
    assert isinstance(error, DuplicateSuspected), repr(error)
    created = saved[0].persons[0].person.id
    assert error.params.get("person_id") == created
    with world.admin_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Referral)) == 1
        assert s.scalar(select(func.count()).select_from(ReferralPerson)) == 1
        assert s.scalar(select(func.count()).select_from(Person).where(Person.id_number == valid_id(401))) == 1
    if world.backend == "postgresql":
        assert not broken  # both were inside their transactions at once: the index decided, not the check


def test_two_referrals_registered_at_once_get_two_numbers(world: World) -> None:
    """Two workers save different referrals at the same moment: both are saved, with consecutive numbers (the
    unique number and a retry in a savepoint, not luck)."""
    results: dict[str, Any] = {}
    start = threading.Barrier(2)

    def register(short: str, pid: int) -> None:
        svc = world.services(short).intake
        data = ReferralInput(received_on=date.today(), channel="phone", source="self", referrer=Referrer(),
                             problem="בקשה לסיוע", urgency="routine", existing=((pid, "parent"),))
        start.wait(timeout=10)
        try:
            results[short] = svc.create(data)
        except Exception as exc:
            results[short] = exc

    threads = [threading.Thread(target=register, args=(who, world.persons[p]))
               for who, p in (("intake", "levi_mother"), ("manager", "cohen_father"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(isinstance(r, Exception) for r in results.values()), results
    year = date.today().year
    assert sorted(r.number for r in results.values()) == [f"{year}/0001", f"{year}/0002"]
