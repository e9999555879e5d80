"""Two coordinators editing one protocol: the second save gets ConflictError and nothing of it is saved (the
protocol's version, a transaction and the unique case of a protocol, not luck) — one after the other, and at
the same moment."""

from __future__ import annotations

import contextlib
import threading
from datetime import date, time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

import models.committees.service as committee_service
from models.committees.dto import CaseInput, DecisionInput, MeetingInput, ProtocolInput, ProtocolTaskInput
from models.committees.entities import CommitteeDecision, CommitteeProtocol, CommitteeTask
from models.errors import ConflictError
from models.service import file_viewers_clause
from tests.support import World

TODAY = date.today()


def a_case(w: World) -> int:
    committees = w.services("coordinator").committees
    m = committees.create_meeting(MeetingInput(TODAY + timedelta(days=20), time(10, 0), "חדר הישיבות", "regular",
                                               w.users["manager"].id))
    return committees.add_case(m.id, CaseInput(w.files["cohen"], w.persons["cohen_child"], "review", "דנה")).id


def protocol(w: World, words: str) -> ProtocolInput:
    return ProtocolInput(discussion=words, decisions=(DecisionInput("community_plan", words),),
                         tasks=(ProtocolTaskInput(words, w.users["north_worker"].id),), votes_for=3)


def rows(w: World) -> tuple[int, int, int, list[str]]:
    with w.admin_db.session() as s:
        return (int(s.scalar(select(func.count()).select_from(CommitteeProtocol)) or 0),
                int(s.scalar(select(func.count()).select_from(CommitteeDecision)) or 0),
                int(s.scalar(select(func.count()).select_from(CommitteeTask)) or 0),
                list(s.scalars(select(CommitteeProtocol.discussion))))


def test_second_save_of_a_stale_protocol_is_refused_and_nothing_saved(world: World) -> None:
    case_id = a_case(world)
    coordinator, manager = world.services("coordinator").committees, world.services("manager").committees
    draft = coordinator.save_protocol(case_id, None, protocol(world, "טיוטה"))
    mine = coordinator.save_protocol(case_id, draft.version, protocol(world, "נוסח הרכזת"))
    with pytest.raises(ConflictError):
        manager.save_protocol(case_id, draft.version, protocol(world, "נוסח המנהל"))
    assert rows(world) == (1, 1, 1, ["נוסח הרכזת"])
    again = coordinator.protocol(case_id)
    assert again is not None and again.version == mine.version and again.decisions[0].text == "נוסח הרכזת"
    with pytest.raises(ConflictError):  # a "first" draft when one exists
        manager.save_protocol(case_id, None, protocol(world, "עוד טיוטה"))
    assert rows(world) == (1, 1, 1, ["נוסח הרכזת"])


@pytest.mark.parametrize("first_draft", [False, True])
def test_two_coordinators_save_one_protocol_at_once(world: World, monkeypatch: pytest.MonkeyPatch,
                                                    first_draft: bool) -> None:
    case_id = a_case(world)
    version = None if first_draft else world.services("coordinator").committees.save_protocol(
        case_id, None, protocol(world, "טיוטה")).version
    real = file_viewers_clause
    together = threading.Barrier(2)

    def check_together(*args: Any, **kwargs: Any) -> Any:
        # Both transactions have read the protocol and checked its version here. On PostgreSQL both get this
        # far; the version-checked UPDATE (or the unique case of a first draft) decides. On SQLite the write
        # transactions take turns (BEGIN IMMEDIATE): the barrier breaks, the first goes on alone, and the
        # second then reads the new version.
        with contextlib.suppress(threading.BrokenBarrierError):
            together.wait(timeout=3)
        return real(*args, **kwargs)

    monkeypatch.setattr(committee_service, "file_viewers_clause", check_together)
    results: dict[str, Any] = {}
    start = threading.Barrier(2)

    def save(short: str) -> None:
        svc = world.services(short).committees
        start.wait(timeout=10)
        try:
            results[short] = svc.save_protocol(case_id, version, protocol(world, short))
        except Exception as exc:
            results[short] = exc

    threads = [threading.Thread(target=save, args=(who,)) for who in ("coordinator", "manager")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    saved = {k: v for k, v in results.items() if not isinstance(v, Exception)}
    refused = [v for v in results.values() if isinstance(v, Exception)]
    assert len(saved) == 1 and len(refused) == 1, results
    assert isinstance(refused[0], ConflictError), repr(refused[0])
    (winner,) = saved
    assert rows(world) == (1, 1, 1, [winner])
