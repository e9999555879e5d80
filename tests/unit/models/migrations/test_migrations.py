"""Migrations: a database at an older revision upgrades to the one this code expects, keeping its rows."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from models.db import make_engine
from models.migrate import head, is_current, upgrade
from models.settings import SCHEMA_REVISION
from tests.support import RUN_TAG, create_pg_database, drop_pg_database


@pytest.fixture
def empty_url(backend: str, tmp_path: Path):
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mig_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


def test_0002_adds_an_empty_description_to_existing_tasks(empty_url):
    assert head() == SCHEMA_REVISION
    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0001") == "0001"
        assert not is_current(engine)
        with engine.begin() as c:
            c.execute(text("INSERT INTO teams (name, version, created_by, updated_by) VALUES ('צוות', 1, 't', 't')"))
            c.execute(text("INSERT INTO users (username, full_name, role, team_id, active, failed_logins, version,"
                           " created_by, updated_by) VALUES ('w', 'עובדת', 'family_worker', 1, true, 0, 1, 't', 't')"))
            c.execute(text("INSERT INTO family_files (file_number, family_name, family_name_key, address, locality,"
                           " neighbourhood, status, opened_on, close_reason, worker_id, team_id, restricted,"
                           " version, created_by, updated_by) VALUES ('2025/0001', 'משפחה', 'משפחה', '', '', '',"
                           " 'open', '2025-01-01', '', 1, 1, false, 1, 't', 't')"))
            c.execute(text("INSERT INTO tasks (file_id, title, due_date, assignee_id, done, version, created_by,"
                           " updated_by) VALUES (1, 'ישנה', NULL, 1, false, 1, 't', 't')"))
        assert upgrade(engine, "0002") == "0002"
        with engine.connect() as c:
            assert c.execute(text("SELECT title, description FROM tasks")).one() == ("ישנה", "")
    finally:
        engine.dispose()


# The tables whose security revision 0005 set (later revisions change others: users, 0007).
TABLES_0005 = ("family_members", "case_notes", "tasks", "audit_events", "family_files", "persons")
ADDED_AFTER_0007 = ("person_name_words", "file_name_words")  # revision 0010


def _tables_at_0007(metadata) -> list[str]:
    return [t.name for t in metadata.sorted_tables if t.name not in ADDED_AFTER_0007]


def test_0005_closes_the_holes_on_a_database_made_before_it_and_downgrades(empty_url, monkeypatch):
    """A database at 0002 with notes and tasks upgrades to 0005 (the rows stay, the new policies and triggers
    are in place); on PostgreSQL the downgrade puts back exactly what 0001 had applied to the four tables."""
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import TableSecurity, security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0002") == "0002"
        with engine.begin() as c:
            c.execute(text("INSERT INTO teams (name, version, created_by, updated_by) VALUES ('צוות', 1, 't', 't')"))
            c.execute(text("INSERT INTO users (username, full_name, role, team_id, active, failed_logins, version,"
                           " created_by, updated_by) VALUES ('w', 'עובדת', 'family_worker', 1, true, 0, 1, 't', 't')"))
            c.execute(text("INSERT INTO family_files (file_number, family_name, family_name_key, address, locality,"
                           " neighbourhood, status, opened_on, close_reason, worker_id, team_id, restricted,"
                           " version, created_by, updated_by) VALUES ('2025/0001', 'משפחה', 'משפחה', '', '', '',"
                           " 'open', '2025-01-01', '', 1, 1, false, 1, 't', 't')"))
            c.execute(text("INSERT INTO case_notes (file_id, author_id, kind, note_date, text, signed_at, version,"
                           " created_by, updated_by) VALUES (1, 1, 'other', '2025-01-02', 'חתום', '2025-01-02', 1,"
                           " 't', 't'), (1, 1, 'other', '2025-01-03', 'טיוטה', NULL, 1, 't', 't')"))
        assert upgrade(engine, "0005") == "0005"
        with engine.connect() as c:
            assert c.execute(text("SELECT text FROM case_notes ORDER BY id")).scalars().all() == ["חתום", "טיוטה"]
        if engine.dialect.name != "postgresql":
            return
        # the audit log as 0005 left it: the administrator still read case details (until 0006)
        at_0005 = TableSecurity.audit_log(admin_reads_case_detail=True)
        monkeypatch.setitem(Base.metadata.tables["audit_events"].info, "security", at_0005)
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, TABLES_0005) == []
            with pytest.raises(DBAPIError, match="signed"):  # the signed note is final now
                c.execute(text("UPDATE case_notes SET text = 'x' WHERE id = 1"))
            c.rollback()
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0002")
        before = {
            "family_members": TableSecurity.file("file_id", delete=True),
            "case_notes": TableSecurity.file("file_id"),
            "tasks": TableSecurity.file("file_id"),
            "audit_events": TableSecurity.audit_log(
                ("at", "user_name", "action", "entity", "entity_id", "file_id", "allowed", "detail"),
                admin_reads_case_detail=True),
        }
        for table, declaration in before.items():
            monkeypatch.setitem(Base.metadata.tables[table].info, "security", declaration)
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, TABLES_0005) == []
            assert c.execute(text("SELECT count(*) FROM pg_proc WHERE proname IN ('maane_write_audit',"
                                  " 'maane_signed_final', 'maane_my_user_id')")).scalar_one() == 0
        monkeypatch.undo()
        assert upgrade(engine, "0005") == "0005"
        monkeypatch.setitem(Base.metadata.tables["audit_events"].info, "security", at_0005)
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, TABLES_0005) == []
    finally:
        engine.dispose()


def test_0007_keeps_the_staff_and_downgrades_to_what_0005_had(empty_url, monkeypatch):
    """A database at 0005 with a user upgrades to 0007 (the user stays; staff_changes exists; on PostgreSQL
    the guard is on users and the read auditor sees the case tables) and downgrades to exactly 0005's users."""
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import TableSecurity, security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0005") == "0005"
        with engine.begin() as c:
            c.execute(text("INSERT INTO users (username, full_name, role, active, failed_logins, version,"
                           " created_by, updated_by) VALUES ('w', 'עובדת', 'family_worker', true, 0, 1, 't', 't')"))
        assert upgrade(engine, "0007") == "0007"
        with engine.connect() as c:
            assert c.execute(text("SELECT full_name FROM users")).scalars().all() == ["עובדת"]
            assert c.execute(text("SELECT count(*) FROM staff_changes")).scalar_one() == 0
        if engine.dialect.name != "postgresql":
            return
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, _tables_at_0007(Base.metadata)) == []
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0005")
        monkeypatch.setitem(Base.metadata.tables["users"].info, "security",
                            TableSecurity.reference(grants={"all": ["SELECT"], "admin": ["INSERT", "UPDATE"]}))
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, ["users", "teams"]) == []
            assert c.execute(text("SELECT to_regclass('staff_changes') IS NULL")).scalar_one()
            assert c.execute(text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'maane\\_%staff%'"
                                  " OR proname = 'maane_users_guard'")).scalar_one() == 0
        monkeypatch.undo()
        assert upgrade(engine, "0007") == "0007"
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, _tables_at_0007(Base.metadata)) == []
    finally:
        engine.dispose()
