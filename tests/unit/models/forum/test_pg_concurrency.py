"""Two members of the forum deciding one report at the same moment, through the service, as two PostgreSQL
logins: both read the report at the same version and pass every check; their UPDATEs meet at the row. One
decision is kept, the other member is told (ConflictError), and only the winner's Task stays: the loser's
transaction, its Task with it, is rolled back. Not luck: the owner holds the row until both wait on it."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from typing import Any

from sqlalchemy import text

from models.errors import ConflictError
from models.forum.dto import ForumDecisionInput, RiskReportDTO
from tests.support import World
from tests.unit.models.forum.test_pg_security import HELD, Forum, forum

__all__ = ["forum"]  # the fixture


def _waiting_for_a_lock(w: World, *shorts: str) -> bool:
    with w.admin_db.engine.connect() as owner:
        waiting = owner.execute(text("SELECT count(DISTINCT usename) FROM pg_stat_activity WHERE usename = ANY (:u)"
                                     " AND wait_event_type = 'Lock'"), {"u": [w.name(s) for s in shorts]}).scalar()
        return waiting == len(shorts)


def test_two_members_deciding_one_report_at_once_one_wins(pg_world: World, forum: Forum) -> None:
    w = pg_world
    report = forum.cohen_by_worker
    version = w.services("north_head").forum.report(report).version
    results: dict[str, Any] = {}
    members = ("north_head", "youth_law")

    def decide(short: str) -> None:
        data = ForumDecisionInput("assessment_visit" if short == "north_head" else "monitoring",
                                  w.users["north_worker"].id, HELD + timedelta(days=7), short)
        try:
            results[short] = w.services(short).forum.decide(report, version, forum.meeting, data)
        except ConflictError as exc:
            results[short] = exc

    with w.admin_db.engine.connect() as owner:
        owner.execute(text("SELECT id FROM risk_reports WHERE id = :r FOR UPDATE"), {"r": report})
        threads = [threading.Thread(target=decide, args=(short,)) for short in members]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 30
        while not _waiting_for_a_lock(w, *members):  # both read the report, made their Task, and wait
            assert all(t.is_alive() for t in threads) and time.monotonic() < deadline, results
            time.sleep(0.05)
        owner.rollback()
    for t in threads:
        t.join(timeout=30)
        assert not t.is_alive()
    won = [dto for dto in results.values() if isinstance(dto, RiskReportDTO)]
    lost = [exc for exc in results.values() if isinstance(exc, ConflictError)]
    assert len(won) == 1 and len(lost) == 1, results
    final = w.services("manager").forum.report(report)
    assert (final.intervention, final.task_id, final.decision_note) == (won[0].intervention, won[0].task_id,
                                                                        won[0].decision_note)
    with w.admin_db.engine.connect() as owner:  # the winner's Task alone
        tasks = owner.execute(text("SELECT id FROM tasks WHERE file_id = :f AND assignee_id = :a AND due_date = :d"),
                              {"f": w.files["cohen"], "a": w.users["north_worker"].id,
                               "d": HELD + timedelta(days=7)}).scalars().all()
        assert tasks == [won[0].task_id]
