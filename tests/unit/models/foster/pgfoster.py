"""What the PostgreSQL foster tests share: a world with foster rows made through the services (as the logins),
the raw statements an attacker would type, and the refusal helper."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from models.foster.dto import FosterMove
from tests.support import World
from tests.unit.models.foster.fosterworld import (
    PDF,
    TODAY,
    emergency_input,
    out_of_home_decision,
    referral_input,
)

REFUSED = "42501"  # insufficient_privilege: a missing grant, a policy's WITH CHECK, the guard's sentences
RULE = "23514"  # check_violation: a CHECK constraint
UNIQUE = "23505"
TABLES = ("foster_referrals", "foster_referral_events", "foster_documents", "foster_visits")
STAMPS = "1, 'test', 'test'"

INSERT_REFERRAL = (
    "INSERT INTO foster_referrals (file_id, child_id, kind, decision_id, emergency_reason, committee_due_on,"
    " committee_task_id, service_name, reason, status, stage, age_order, status_on, status_reason, worker_id,"
    " created_by_id, sent_on, foster_family_code, foster_locality, placed_on, placement_id, contact_arrangements,"
    " annual_review_on, end_reason, reject_reason, ended_on, version, created_by, updated_by)"
    " VALUES (:f, :c, :kind, :d, :why, :due, NULL, 'שירות', 'סיבה', :status, :stage, 0, :on, '', :by, :by, NULL,"
    " :code, :loc, :placed, :pl, '', NULL, '', '', NULL, " + STAMPS + ")")
INSERT_EVENT = ("INSERT INTO foster_referral_events (referral_id, file_id, from_status, to_status, moved_on, reason,"
                " moved_by_id) VALUES (:r, :f, :a, :b, :on, '', :by)")
INSERT_DOCUMENT = ("INSERT INTO foster_documents (referral_id, file_id, kind, title, filename, content, added_by_id)"
                   " VALUES (:r, :f, 'other', 'מסמך', 'x.pdf', :content, :by)")
INSERT_VISIT = ("INSERT INTO foster_visits (referral_id, file_id, visited_on, kind, with_whom, note, recorded_by_id)"
                " VALUES (:r, :f, :on, 'phone_call', '', '', :by)")


def referral_params(w: World, family: str = "cohen", child: str | None = None, by: str = "north_worker",
                    **changes: Any) -> dict[str, Any]:
    params: dict[str, Any] = {
        "f": w.files[family], "c": w.persons[child or f"{family}_child"], "kind": "emergency", "d": None,
        "why": "חירום", "status": "draft", "stage": 0, "on": TODAY, "by": w.users[by].id, "code": "", "loc": "",
        "placed": None, "pl": None}
    params.update(changes)
    params.setdefault("due", None if params["d"] is not None else TODAY + timedelta(days=7))
    return params


@dataclass
class Foster:
    decision: int  # the Cohen child's final out-of-home decision
    cohen: int  # the Cohen referral (sent), by the north worker
    cohen_version: int
    haddad: int  # the Haddad emergency referral (draft), by the south team's head
    document: int  # the Cohen referral's document
    visit: int  # the Cohen referral's visit
    event: int  # the Cohen referral's first event
    task: int  # the Haddad referral's committee Task


@pytest.fixture
def foster(pg_world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[Foster]:
    w = pg_world
    decision, _ = out_of_home_decision(w, monkeypatch)
    north = w.services("north_worker").foster
    r = north.create(referral_input(w, decision_id=decision))
    r = north.move(r.id, r.version, FosterMove("sent", TODAY - timedelta(days=1)))
    r = north.add_document(r.id, "assessment", "הערכה", "a.pdf", PDF)
    r = north.add_visit(r.id, TODAY, "parents_visit", "האב", "")
    h = w.services("south_head").foster.create(emergency_input(w, family="haddad"))
    with w.admin_db.engine.connect() as owner:
        event = int(owner.execute(text("SELECT min(id) FROM foster_referral_events WHERE referral_id = :r"),
                                  {"r": r.id}).scalar_one())
    assert h.committee_task_id is not None
    yield Foster(decision, r.id, r.version, h.id, r.documents[0].id, r.visits[0].id, event, h.committee_task_id)


def sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str | None:
    return getattr(exc.value.orig, "sqlstate", None)


def refused(conn: Connection, sql: str, state: str = REFUSED, **params: Any) -> None:
    """The statement is refused with that SQLSTATE, and nothing of it stays."""
    with pytest.raises(DBAPIError) as exc:
        conn.execute(text(sql), params)
    assert sqlstate(exc) == state, exc.value
    conn.rollback()


def count(conn: Connection, table: str, file_id: int | None = None) -> int:
    where = "" if file_id is None else f" WHERE file_id = {int(file_id)}"
    return int(conn.execute(text(f"SELECT count(*) FROM {table}{where}")).scalar_one())


def files_of(conn: Connection, table: str) -> set[int]:
    return set(conn.execute(text(f"SELECT DISTINCT file_id FROM {table}")).scalars())
