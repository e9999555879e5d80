"""Revision 0022 (confidential tasks): a database at 0021 with tasks (an ordinary one, an emergency foster
referral's committee Task, a youth-law forum decision's Task) upgrades: ``tasks`` gains ``confidential``
exactly as the metadata declares it (Alembic's comparison finds no difference), the continuum's two Tasks
made before it are confidential and the ordinary one is not; on PostgreSQL the tasks' security is the declared
one (the confidential rows for the continuum's readers and the assignee, the assignee trigger of 0005 kept,
the guard); the downgrade drops the column and the guard and puts back revision 0021's security; and up
again, the continuum's Tasks confidential again."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from models.db import make_engine
from models.migrate import upgrade
from tests.support import RUN_TAG, create_pg_database, drop_pg_database

STAMPS = "1, 't', 't'"
TODAY = date.today()  # the foster guard dates an emergency by the server's clock
GUARD = "SELECT count(*) FROM pg_proc WHERE proname = 'maane_tasks_guard'"
TRIGGERS = ("SELECT t.tgname::text, p.proname::text, t.tgtype FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid"
            " WHERE t.tgrelid = 'tasks'::regclass AND NOT t.tgisinternal ORDER BY t.tgname")
# the tasks' triggers at 0021: the audit (AFTER ROW INSERT UPDATE DELETE: 29) and the assignee's (0005: BEFORE
# ROW INSERT UPDATE: 23)
TRIGGERS_0021 = [("maane_assignee_sees_file", "maane_assignee_sees_file", 23),
                 ("maane_audit", "maane_audit_row", 29)]


@pytest.fixture
def empty_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mig22_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


def _differences(conn: Connection) -> list[object]:
    """What Alembic's autogenerate would change in ``tasks`` to match the metadata."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import Table

    from models.base import Base

    context = MigrationContext.configure(conn, opts={"compare_type": True})
    out = []
    for diff in compare_metadata(context, Base.metadata):
        for change in diff if isinstance(diff, list) else [diff]:
            obj = change[1] if len(change) > 1 else None
            table = obj if isinstance(obj, Table) else getattr(obj, "table", None)
            name = table.name if isinstance(table, Table) else (change[2] if len(change) > 2 else "")
            if name == "tasks":
                out.append(change)
    return out


def _id(c: Connection, sql: str, **params: object) -> int:
    return int(c.execute(text(sql + " RETURNING id"), params).scalar_one())


def _rows_at_0021(c: Connection) -> dict[str, int]:
    """A family worker's file with a child; an ordinary task; an emergency foster referral with its committee
    Task (by the youth-law worker); a forum report decided at a meeting with its Task (for the worker)."""
    c.execute(text("INSERT INTO teams (name, version, created_by, updated_by) VALUES ('צוות', 1, 't', 't')"))
    users = {}
    for name, role in (("w", "family_worker"), ("y", "youth_law_worker"), ("h", "team_head")):
        users[name] = _id(c, "INSERT INTO users (username, full_name, role, team_id, active, failed_logins, version,"
                          f" created_by, updated_by) VALUES (:u, :u, :r, 1, true, 0, {STAMPS})", u=name, r=role)
    f = _id(c, "INSERT INTO family_files (file_number, family_name, family_name_key, address, locality,"
            " neighbourhood, status, opened_on, close_reason, worker_id, team_id, restricted, version, created_by,"
            f" updated_by) VALUES ('2026/0001', 'משפחה', 'משפחה', '', '', '', 'open', '2026-01-01', '', :w, 1, false,"
            f" {STAMPS})", w=users["w"])
    child = _id(c, "INSERT INTO persons (id_kind, id_number, first_name, last_name, first_name_ar, last_name_ar,"
                " first_name_lat, last_name_lat, birth_date, sex, preferred_language, first_name_key, last_name_key,"
                " search_key, version, created_by, updated_by) VALUES ('none', NULL, 'נועה', 'משפחה', '', '', '', '',"
                f" '2018-03-01', 'f', 'he', 'נועה', 'משפחה', 'נועה משפחה', {STAMPS})")
    c.execute(text("INSERT INTO family_members (file_id, person_id, relation) VALUES (:f, :p, 'child')"),
              {"f": f, "p": child})
    due = TODAY + timedelta(days=7)
    task = ("INSERT INTO tasks (file_id, title, description, due_date, assignee_id, done, version, created_by,"
            f" updated_by) VALUES (:f, :t, :d, :due, :a, false, {STAMPS})")
    ordinary = _id(c, task, f=f, t="לתאם ביקור", d="", due=due, a=users["w"])
    emergency = _id(c, task, f=f, t="Emergency foster placement: the committee to decide", d="סכנה מיידית",
                    due=due, a=users["y"])
    c.execute(text(
        "INSERT INTO foster_referrals (file_id, child_id, kind, decision_id, emergency_reason, committee_due_on,"
        " committee_task_id, service_name, reason, status, stage, age_order, status_on, status_reason, worker_id,"
        " created_by_id, sent_on, foster_family_code, foster_locality, placed_on, placement_id, contact_arrangements,"
        " annual_review_on, end_reason, reject_reason, ended_on, version, created_by, updated_by) VALUES (:f, :child,"
        " 'emergency', NULL, 'סכנה מיידית', :due, :t, 'שירות', 'סיבה', 'draft', 0, -20180301, :today,"
        f" '', :w, :y, NULL, '', '', NULL, NULL, '', NULL, '', '', NULL, {STAMPS})"),
        {"f": f, "child": child, "due": due, "t": emergency, "today": TODAY, "w": users["w"], "y": users["y"]})
    meeting = _id(c, "INSERT INTO forum_meetings (held_on, status, chair_id, attendees, notes, monthly_district,"
                  f" version, created_by, updated_by) VALUES (:held, 'held', :h, '', '', false, {STAMPS})",
                  held=TODAY - timedelta(days=2), h=users["h"])
    report = _id(c, "INSERT INTO risk_reports (file_id, child_id, reported_on, reporter_kind, reporter_name,"
                 " reporter_phone, kind, description, urgency, channel, referral_id, recorded_by_id, recorded_at,"
                 " decision_note, version, created_by, updated_by) VALUES (:f, :child, :on, 'school', 'יועצת',"
                 f" '', 'neglect', 'הילדה מגיעה רעבה', 'week', 'report', NULL, :w, CURRENT_TIMESTAMP, '', {STAMPS})",
                 f=f, child=child, on=TODAY - timedelta(days=4), w=users["w"])
    decided = _id(c, task, f=f, t="Youth-law forum: assessment visit", d="ביקור בית", due=due - timedelta(days=3),
                  a=users["w"])
    c.execute(text("UPDATE risk_reports SET meeting_id = :m, intervention = 'assessment_visit', responsible_id = :w,"
                   " due_on = :due, task_id = :t, decided_by_id = :y, decided_at = CURRENT_TIMESTAMP,"
                   " decision_note = 'ביקור בית' WHERE id = :r"),
              {"m": meeting, "w": users["w"], "due": due - timedelta(days=3), "t": decided, "y": users["y"],
               "r": report})
    return {"ordinary": ordinary, "emergency": emergency, "decided": decided}


def _confidential(c: Connection) -> dict[int, bool]:
    return {int(i): bool(v) for i, v in c.execute(text("SELECT id, confidential FROM tasks"))}


def test_0022_makes_the_continuum_s_tasks_confidential_and_downgrades(
    empty_url: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import SECURITY_KEY, TableSecurity, security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0021") == "0021"
        with engine.begin() as c:
            tasks = _rows_at_0021(c)
        expected = {tasks["ordinary"]: False, tasks["emergency"]: True, tasks["decided"]: True}
        assert upgrade(engine, "0022") == "0022"
        with engine.connect() as c:
            assert _confidential(c) == expected
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, ["tasks"]) == []
                assert c.execute(text(GUARD)).scalar_one() == 1
                # the assignee trigger of 0005 as it was, and the guard BEFORE ROW INSERT UPDATE (23)
                assert c.execute(text(TRIGGERS)).all() == [*TRIGGERS_0021, ("maane_guard", "maane_tasks_guard", 23)]
                policy = c.execute(text("SELECT qual FROM pg_policies WHERE tablename = 'tasks'")).scalar_one()
                assert "confidential" in policy and "youth_law_worker" in policy and "club_worker" not in policy
        if engine.dialect.name == "postgresql":  # the owner too: a confidential task stays so
            with engine.begin() as c, pytest.raises(DBAPIError) as exc:
                c.execute(text("UPDATE tasks SET confidential = false WHERE id = :t"), {"t": tasks["decided"]})
            assert getattr(exc.value.orig, "sqlstate", None) == "42501"
        with engine.begin() as c:  # a new task: ordinary unless said (the server's default)
            c.execute(text("INSERT INTO tasks (file_id, title, description, assignee_id, done, version, created_by,"
                           f" updated_by) VALUES (1, 'חדשה', '', 1, false, {STAMPS})"))
        with engine.connect() as c:
            assert c.execute(text("SELECT confidential FROM tasks WHERE title = 'חדשה'")).scalar_one() in (False, 0)
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0021")
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0021"
            assert c.execute(text("SELECT count(*) FROM tasks")).scalar_one() == 4
            with pytest.raises(DBAPIError):
                c.execute(text("SELECT confidential FROM tasks"))
            c.rollback()
            if c.dialect.name == "postgresql":
                assert c.execute(text(GUARD)).scalar_one() == 0
                assert c.execute(text(TRIGGERS)).all() == TRIGGERS_0021
                monkeypatch.setitem(Base.metadata.tables["tasks"].info, SECURITY_KEY,
                                    TableSecurity.file("file_id", assignee_column="assignee_id"))  # as at 0021
                assert security_problems(c, Base.metadata, ["tasks"]) == []
                monkeypatch.undo()
        with engine.begin() as c:  # the downgrade kept the open tasks' partial index (0016)
            c.execute(text("DELETE FROM tasks WHERE title = 'חדשה'"))
            if c.dialect.name == "sqlite":
                index = c.execute(text("SELECT sql FROM sqlite_master WHERE name = 'ix_tasks_open_due'")).scalar_one()
                assert "WHERE done = 0" in index
        assert upgrade(engine, "0022") == "0022"  # and up again
        with engine.connect() as c:
            assert _confidential(c) == expected
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, ["tasks"]) == []
    finally:
        engine.dispose()
