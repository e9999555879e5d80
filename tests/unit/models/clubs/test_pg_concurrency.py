"""Two workers taking the last seat of a club at the same moment, as two PostgreSQL logins with raw SQL: one
gets it, the other is told ``club_full`` (SQLSTATE 23514), and the club holds its capacity. Not luck: the
guard locks the club's row before it counts, so the second enrolment waits for the first to commit, then
counts it (revision 0017, maane_club_seat)."""

from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.support import World, as_login
from tests.unit.models.clubs.test_pg_security import RULE, TODAY, Clubs, clubs, enrol, message

__all__ = ["clubs"]  # the fixture


def _enrolled(w: World, club_id: int) -> int:
    with w.admin_db.engine.connect() as owner:
        return int(owner.execute(text("SELECT count(*) FROM club_enrolments WHERE club_id = :c"),
                                 {"c": club_id}).scalar_one())


def _waiting_for_a_lock(w: World, short: str) -> bool:
    with w.admin_db.engine.connect() as owner:
        return bool(owner.execute(text("SELECT count(*) FROM pg_stat_activity WHERE usename = :u"
                                       " AND wait_event_type = 'Lock'"), {"u": w.name(short)}).scalar())


def test_the_second_enrolment_waits_for_the_first_and_finds_the_club_full(pg_world: World, clubs: Clubs) -> None:
    """Club B has one place left. The club worker takes it and has not committed; the manager's enrolment of
    another child waits on the club's row, and when the first commits it is refused."""
    w = pg_world
    result: dict[str, Any] = {}

    def manager_enrols() -> None:
        with as_login(w, "manager") as conn:
            try:
                enrol(conn, w.files["cohen"], clubs.cohen_child2, clubs.b, w.users["manager"].id)
                conn.commit()
                result["manager"] = "enrolled"
            except DBAPIError as exc:
                result["manager"] = (getattr(exc.orig, "sqlstate", None), message(exc))

    with as_login(w, "club") as first:
        enrol(first, w.files["levi"], clubs.levi_child, clubs.b, w.users["club"].id)
        second = threading.Thread(target=manager_enrols)
        second.start()
        deadline = time.monotonic() + 20
        while not _waiting_for_a_lock(w, "manager"):
            assert second.is_alive() and time.monotonic() < deadline, result
            time.sleep(0.05)
        first.commit()
    second.join(timeout=30)
    assert not second.is_alive()
    assert result == {"manager": (RULE, "club_full")}
    assert _enrolled(w, clubs.b) == 2


def test_two_logins_take_the_last_seat_at_once_one_gets_it(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    children = {"club": (w.files["levi"], clubs.levi_child), "manager": (w.files["cohen"], clubs.cohen_child2)}
    together = threading.Barrier(2)
    results: dict[str, Any] = {}

    def take(short: str) -> None:
        file_id, child = children[short]
        with as_login(w, short) as conn:
            conn.execute(text("SELECT 1"))  # connected, then both insert at once
            together.wait(timeout=20)
            try:
                enrol(conn, file_id, child, clubs.b, w.users[short].id, TODAY)
                conn.commit()
                results[short] = "enrolled"
            except DBAPIError as exc:
                conn.rollback()
                results[short] = exc

    threads = [threading.Thread(target=take, args=(short,)) for short in children]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    won = [k for k, v in results.items() if v == "enrolled"]
    lost = [v for v in results.values() if isinstance(v, DBAPIError)]
    assert len(won) == 1 and len(lost) == 1, results
    assert message(lost[0]) == "club_full"
    assert getattr(lost[0].orig, "sqlstate", None) == RULE
    assert _enrolled(w, clubs.b) == 2
