"""Two workers on one day-care case, on both backends: the second save of what the first changed is refused
(ConflictError) and nothing of it is saved, one after the other and at the same moment; two cases for one
child and school year at the same moment: one is made, the other told "daycare_exists"."""

from __future__ import annotations

import contextlib
import inspect
import threading
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from models.daycare.entities import DaycareCase
from models.daycare.service import DaycareService
from models.errors import ConflictError, ValidationError
from tests.support import World
from tests.unit.models.daycare.daycareworld import (
    case_input,
    count,
    make_table,
    move_today,
    new_case,
    toddler,
)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    move_today(monkeypatch)


def _stored(w: World) -> list[tuple[int, int, str, int]]:
    with w.admin_db.session() as s:
        return [(c.monthly_income, c.parent_share, c.status, c.version) for c in s.scalars(select(DaycareCase))]


def test_the_second_save_of_a_stale_case_is_refused_and_nothing_saved(world: World) -> None:
    make_table(world)
    f, child = toddler(world)
    c = new_case(world, f, child)
    worker, head = world.services("north_worker").daycare, world.services("north_head").daycare
    mine = worker.update(c.id, c.version, case_input(f, child, monthly_income=600_000))
    with pytest.raises(ConflictError):
        head.update(c.id, c.version, case_input(f, child, monthly_income=2_400_000))
    with pytest.raises(ConflictError):
        head.approve(c.id, c.version)
    assert _stored(world) == [(600_000, 0, "draft", mine.version)]
    approved = head.approve(c.id, mine.version)
    with pytest.raises(ConflictError):
        worker.place(c.id, mine.version, "מעון הדקל", date(2027, 9, 1))
    with pytest.raises(ConflictError):
        worker.end(c.id, mine.version, date(2027, 3, 10), "לא נדרש")
    assert _stored(world) == [(600_000, 0, "approved", approved.version)]


def _race(w: World, calls: dict[str, Any]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    start = threading.Barrier(len(calls))

    def run(short: str) -> None:
        start.wait(timeout=10)
        try:
            results[short] = calls[short]()
        except Exception as exc:  # the refusal is the result
            results[short] = exc

    threads = [threading.Thread(target=run, args=(short,)) for short in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    return results


def _together(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Both transactions reach ``DaycareService.<name>`` before either goes on. On PostgreSQL both get this
    far and the database decides (the version-checked UPDATE, the unique case per child and year); on SQLite
    the write transactions take turns (BEGIN IMMEDIATE): the barrier breaks, the first goes on alone and the
    second then reads what it saved."""
    real = getattr(DaycareService, name)
    together = threading.Barrier(2)

    def wait_then(*args: Any, **kwargs: Any) -> Any:
        out = real(*args, **kwargs)
        with contextlib.suppress(threading.BrokenBarrierError):
            together.wait(timeout=3)
        return out

    static = isinstance(inspect.getattr_static(DaycareService, name), staticmethod)
    monkeypatch.setattr(DaycareService, name, staticmethod(wait_then) if static else wait_then)


def test_two_workers_save_one_case_at_once(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    make_table(world)
    f, child = toddler(world)
    c = new_case(world, f, child)
    _together(monkeypatch, "_check_version")
    incomes = {"north_worker": 600_000, "north_head": 2_400_000}
    results = _race(world, {
        short: (lambda short=short: world.services(short).daycare.update(
            c.id, c.version, case_input(f, child, monthly_income=incomes[short])))
        for short in incomes})
    saved = [k for k, v in results.items() if not isinstance(v, Exception)]
    refused = [v for v in results.values() if isinstance(v, Exception)]
    assert len(saved) == 1 and len(refused) == 1, results
    assert isinstance(refused[0], ConflictError), repr(refused[0])
    winner = results[saved[0]]
    share = {600_000: 0, 2_400_000: 160_000}[incomes[saved[0]]]
    assert _stored(world) == [(incomes[saved[0]], share, "draft", winner.version)]


def test_two_cases_for_one_toddler_at_once(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    make_table(world)
    f, child = toddler(world)
    _together(monkeypatch, "_exists")
    results = _race(world, {short: (lambda short=short: new_case(world, f, child, who=short))
                            for short in ("north_worker", "north_head")})
    refused = [v for v in results.values() if isinstance(v, Exception)]
    assert len(refused) == 1, results
    assert isinstance(refused[0], ValidationError) and refused[0].code == "daycare_exists", repr(refused[0])
    assert count(world, DaycareCase) == 1
