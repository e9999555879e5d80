"""A version of the income-level table edited while a case's share is computed with it, at the same moment,
on PostgreSQL, through the services (as the logins). Not luck: the guard holds the version's row (FOR SHARE)
when a case is written with it, and locks it (an UPDATE, FOR UPDATE for its levels) when it is edited, so
one waits for the other, then checks again:

- the manager's edit first: the case's share, computed with the old levels, no longer matches them: the
  worker is told ConflictError and nothing of the case is saved;
- the case first: the edit finds the version in use: "table_in_use", the levels unchanged."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import text

from models.daycare.entities import DaycareCase
from models.daycare.service import DaycareService
from models.errors import ConflictError, ValidationError
from tests.support import World
from tests.unit.models.daycare.daycareworld import LEVELS, count, make_table, move_today, new_case, toddler


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    move_today(monkeypatch)


def _waiting_for_a_lock(w: World, short: str) -> bool:
    with w.admin_db.engine.connect() as owner:
        return bool(owner.execute(text("SELECT count(*) FROM pg_stat_activity WHERE usename = :u"
                                       " AND wait_event_type = 'Lock'"), {"u": w.name(short)}).scalar())


def _pause_in(monkeypatch: pytest.MonkeyPatch, name: str, when: Callable[..., bool]) -> tuple[threading.Event,
                                                                                              threading.Event]:
    """``DaycareService.<name>`` (when ``when(*args)``) signals ``reached`` after it ran, then waits for
    ``go``: the transaction is paused there, holding what it wrote."""
    real = getattr(DaycareService, name)
    reached, go = threading.Event(), threading.Event()

    def paused(self: DaycareService, *args: Any, **kwargs: Any) -> Any:
        out = real(self, *args, **kwargs)
        if when(*args, **kwargs):
            reached.set()
            assert go.wait(timeout=30)
        return out

    monkeypatch.setattr(DaycareService, name, paused)
    return reached, go


def _in_thread(results: dict[str, Any], key: str, call: Callable[[], Any]) -> threading.Thread:
    def run() -> None:
        try:
            results[key] = call()
        except Exception as exc:  # the refusal is the result
            results[key] = exc

    t = threading.Thread(target=run)
    t.start()
    return t


def _wait(w: World, short: str, thread: threading.Thread) -> None:
    deadline = time.monotonic() + 20
    while not _waiting_for_a_lock(w, short):
        assert thread.is_alive() and time.monotonic() < deadline
        time.sleep(0.05)


def test_a_case_computed_with_levels_changed_meanwhile_is_refused(pg_world: World,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    w = pg_world
    t = make_table(w)
    f, child = toddler(w)
    dearer = tuple(replace(lv, parent_share=lv.parent_share + 20_000) for lv in LEVELS)
    results: dict[str, Any] = {}
    written, go = _pause_in(monkeypatch, "_write_levels", lambda *_a, **_k: True)
    editor = _in_thread(results, "manager", lambda: w.services("manager").daycare.update_table(
        t.id, t.version, t.valid_from, "", dearer))
    assert written.wait(timeout=30)  # the manager's new levels are written, not committed
    worker = _in_thread(results, "worker", lambda: new_case(w, f, child))  # computed with the old levels
    _wait(w, "north_worker", worker)  # the guard holds the version: it waits for the manager
    go.set()
    editor.join(timeout=30)
    worker.join(timeout=30)
    assert not editor.is_alive() and not worker.is_alive()
    assert results["manager"].levels == dearer
    assert isinstance(results["worker"], ConflictError), repr(results["worker"])
    assert count(w, DaycareCase) == 0
    # read again, the share is the new one
    assert new_case(w, f, child).calculation.parent_share == 65_000


def test_a_version_a_case_took_meanwhile_is_not_edited(pg_world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    w = pg_world
    t = make_table(w)
    f, child = toddler(w)
    results: dict[str, Any] = {}
    written, go = _pause_in(monkeypatch, "_audit", lambda _s, action, **kw: kw.get("entity") == "daycare_case")
    worker = _in_thread(results, "worker", lambda: new_case(w, f, child))
    assert written.wait(timeout=30)  # the case is written (the version held), not committed
    editor = _in_thread(results, "manager", lambda: w.services("manager").daycare.update_table(
        t.id, t.version, t.valid_from, "", tuple(replace(lv, parent_share=0) for lv in LEVELS)))
    _wait(w, "manager", editor)  # the version's row is held by the case: the edit waits
    go.set()
    worker.join(timeout=30)
    editor.join(timeout=30)
    assert not editor.is_alive() and not worker.is_alive()
    assert results["worker"].calculation.parent_share == 45_000
    refused = results["manager"]
    assert isinstance(refused, ValidationError) and refused.code == "table_in_use", repr(refused)
    again = w.services("manager").daycare.income_tables()[0]
    assert again.levels == LEVELS and again.in_use and again.version == t.version
