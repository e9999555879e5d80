"""A search is a read (models/service.py ``_audit_read``): it holds no writer back while it searches, and its
audit row is written after the read, in a short transaction of its own, before the result is returned.

On SQLite the search used to run under BEGIN IMMEDIATE because of its audit row, so a long search held the
one write lock and every other user's save waited for it. Here a second connection saves while a search is
inside its read (the backend's search step is wrapped to save right there): with the write lock held the save
would wait for the busy timeout (shortened to 0.5 s) and fail with "database is locked"."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, func, select

from models.audit.entities import AuditEvent
from models.db import Database, make_engine
from models.families.service import FamilyService
from models.people.dto import PersonInput
from models.services import Services
from tests.support import valid_id


def _writer(world) -> tuple[Database, bool]:
    """A connection of another user for the save; on SQLite a database handle of its own whose busy timeout
    is 0.5 s (the client's 10 s would only make a failure slow)."""
    if world.backend != "sqlite":
        return world.db_for("manager"), False
    db = Database(make_engine(world.url))

    @event.listens_for(db.engine, "connect")
    def _short_wait(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout = 500")

    return db, True


def _searches(world, who: str) -> int:
    with world.admin_db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.user_name == world.name(who), AuditEvent.action == "search")) or 0


def _save_during(world, monkeypatch, owner: type, method: str,
                 search: Callable[[Services], object]) -> tuple[object, list[float]]:
    """Run ``search`` as north_worker while the manager saves a new person from inside ``owner.method``, a
    step of the search that has read (its own read transaction is open there). Returns the search's result
    and how long the save took (seconds)."""
    db, own = _writer(world)
    saver = Services(db, world.users["manager"])
    original = getattr(owner, method)
    took: list[float] = []

    def during(self, *args: Any, **kwargs: Any) -> Any:
        result = original(self, *args, **kwargs)
        if not took:  # once: the save is the other user's, in the middle of this search
            t = time.perf_counter()
            saver.people.create(PersonInput(first_name="גלית", last_name="שמרלינג", id_number=valid_id(70 + len(took))))
            took.append(time.perf_counter() - t)
        return result

    monkeypatch.setattr(owner, method, during)
    try:
        result = search(world.services("north_worker"))
    finally:
        monkeypatch.undo()
        if own:
            db.dispose()
    return result, took


def test_a_person_search_holds_no_writer_back_and_is_audited_after_its_read(world, monkeypatch):
    before = _searches(world, "north_worker")
    # the step after which the search has read: PostgreSQL reads the page in one statement (person_page)
    step = "person_page" if world.backend == "postgresql" else "top_person_ids"
    found, took = _save_during(world, monkeypatch, type(world.admin_db.backend), step,
                               lambda svc: svc.people.search("כהן"))
    assert took and took[0] < 0.4, took  # saved at once, not after the busy timeout
    assert {p.id for p in found} == {world.persons["cohen_father"], world.persons["cohen_child"]}
    assert _searches(world, "north_worker") == before + 1  # the search is still recorded
    manager = world.services("manager")
    assert [p.last_name for p in manager.people.search("שמרלינג")] == ["שמרלינג"]  # and the save is in


def test_a_file_search_holds_no_writer_back_and_is_audited_after_its_read(world, monkeypatch):
    before = _searches(world, "north_worker")
    # SQLite searches files with the services' own query; PostgreSQL with its definer function
    owner, method = ((FamilyService, "_portable_search") if world.backend == "sqlite"
                     else (type(world.admin_db.backend), "search_file_ids"))
    found, took = _save_during(world, monkeypatch, owner, method, lambda svc: svc.families.search("כה", limit=101))
    assert took and took[0] < 0.4, took
    assert found == [world.files["cohen"]]
    assert _searches(world, "north_worker") == before + 1
