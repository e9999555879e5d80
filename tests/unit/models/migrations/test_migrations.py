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
from tests.unit.models.migrations import secured_as_before_0017


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
        secured_as_before_0017(monkeypatch)
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
        secured_as_before_0017(monkeypatch)
        monkeypatch.setitem(Base.metadata.tables["audit_events"].info, "security", at_0005)
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, TABLES_0005) == []
    finally:
        engine.dispose()


def _existing(c) -> list[str]:
    """The tables of the metadata that the database has at its revision (later revisions add others)."""
    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base

    return [t.name for t in Base.metadata.sorted_tables
            if c.execute(text("SELECT to_regclass(:t)"), {"t": t.name}).scalar() is not None]


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
        # the tables as 0007 left them (_existing); audit_events' team-head list rows came with 0009
        secured_as_before_0017(monkeypatch)
        monkeypatch.setitem(Base.metadata.tables["audit_events"].info, "security", TableSecurity.audit_log())
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, _existing(c)) == []
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
        secured_as_before_0017(monkeypatch)
        monkeypatch.setitem(Base.metadata.tables["audit_events"].info, "security", TableSecurity.audit_log())
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, _existing(c)) == []
    finally:
        engine.dispose()


def test_0009_finds_the_lists_written_before_it_and_downgrades(empty_url, monkeypatch):
    """A database at 0008 with a page of the family list in its audit upgrades to 0009: the list's files are
    in audit_event_files (so "who looked at file X" finds it); on PostgreSQL the security is the
    declarations', and the downgrade removes the table and the purge function and puts back 0006's policy."""
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import TableSecurity, security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0008") == "0008"
        with engine.begin() as c:
            if engine.dialect.name == "postgresql":
                c.execute(text("SELECT maane_write_audit('list', 'family_file', NULL, NULL, true, :d)"),
                          {"d": '{"files": [7, 9, 7]}'})
            else:
                c.execute(text("INSERT INTO audit_events (user_name, action, entity, allowed, detail)"
                               " VALUES ('w', 'list', 'family_file', 1, :d)"), {"d": '{"files": [7, 9, 7]}'})
        assert upgrade(engine, "0009") == "0009"
        with engine.connect() as c:
            assert c.execute(text("SELECT file_id FROM audit_event_files ORDER BY file_id")).scalars().all() == [7, 9]
        if engine.dialect.name != "postgresql":
            return
        secured_as_before_0017(monkeypatch)
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, _existing(c)) == []
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0008")
        monkeypatch.setitem(Base.metadata.tables["audit_events"].info, "security", TableSecurity.audit_log())
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, ["audit_events"]) == []
            assert c.execute(text("SELECT to_regclass('audit_event_files') IS NULL")).scalar_one()
            assert c.execute(text("SELECT count(*) FROM pg_proc WHERE proname IN ('maane_purge_audit',"
                                  " 'maane_audit_shows_visible_file')")).scalar_one() == 0
        monkeypatch.undo()
        assert upgrade(engine, "0009") == "0009"
        secured_as_before_0017(monkeypatch)
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, _existing(c)) == []
    finally:
        engine.dispose()


def test_0011_adds_the_department_settings_row_and_downgrades(empty_url):
    """A database at 0008 gets the department settings with the demo town's letterhead (on PostgreSQL with
    the declared security: readable by all, the administrator updates); the downgrade removes the table."""
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0008") == "0008"
        assert upgrade(engine) == SCHEMA_REVISION
        with engine.connect() as c:
            row = c.execute(text("SELECT municipality, summary_notes, logo FROM department_settings")).one()
            assert row == ("עיריית עין הבשור", 3, None)
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, ["department_settings"]) == []
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0008")
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0008"
            with pytest.raises(DBAPIError):
                c.execute(text("SELECT 1 FROM department_settings"))
    finally:
        engine.dispose()


def test_0012_replaces_the_people_search_and_downgrades_to_0010s(empty_url):
    """0012 replaces maane_search_persons (PostgreSQL: the intersection of a two-word search); its downgrade
    puts back revision 0010's function, word for word; on SQLite both are no-ops."""
    from alembic import command

    from models.migrate import _config

    engine = make_engine(empty_url)
    source = "SELECT prosrc FROM pg_proc WHERE proname = 'maane_search_persons'"
    try:
        assert upgrade(engine, "0011") == "0011"
        pg = engine.dialect.name == "postgresql"
        if pg:
            with engine.connect() as c:
                before = c.execute(text(source)).scalar_one()
            assert "LIMIT 4 * $5" not in before
        assert upgrade(engine, "0012") == "0012"
        if pg:
            with engine.connect() as c:
                assert "LIMIT 4 * $5" in c.execute(text(source)).scalar_one()
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0011")
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0011"
            if pg:
                assert c.execute(text(source)).scalar_one() == before
    finally:
        engine.dispose()


def test_0013_adds_the_arabic_letterhead_and_downgrades(empty_url):
    """0013 gives the department settings row the demo town's letterhead in Arabic, keeping the Hebrew one
    the administrator set (on PostgreSQL the declared security and the audit trigger hold: the upgrade itself
    is no one's change, a later change of an Arabic field is audited); the downgrade drops the Arabic fields
    and keeps the row."""
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0012") == "0012"
        with engine.begin() as c:
            c.execute(text("UPDATE department_settings SET municipality = 'עיריית גבעת התמר' WHERE id = 1"))
        audited = "SELECT count(*) FROM audit_events WHERE entity = 'department_settings'"
        with engine.connect() as c:
            events = c.execute(text(audited)).scalar_one()
        assert upgrade(engine, "0013") == "0013"  # (later revisions have tests of their own)
        arabic = "SELECT municipality, municipality_ar, department_ar, address_ar FROM department_settings"
        with engine.connect() as c:
            assert c.execute(text(arabic)).one() == (
                "עיריית גבעת התמר", "بلدية عين هبسور", "قسم الخدمات الاجتماعية", "شارع الغيفن 1، عين هبسور")
            assert c.execute(text(audited)).scalar_one() == events
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, ["department_settings"]) == []
        # a row written without the Arabic fields gets '' in them, not the demo town's texts
        with engine.connect() as c:
            c.execute(text("DELETE FROM department_settings"))
            c.execute(text("INSERT INTO department_settings (id, municipality, department, address, phone, email,"
                           " logo_mime, summary_notes, version, created_by, updated_by)"
                           " VALUES (1, 'x', 'x', '', '', '', '', 3, 1, 't', 't')"))
            assert c.execute(text("SELECT municipality_ar, department_ar, address_ar FROM department_settings")
                             ).one() == ("", "", "")
            c.rollback()
        with engine.begin() as c:
            c.execute(text("UPDATE department_settings SET department_ar = 'قسم الرفاه' WHERE id = 1"))
            if c.dialect.name == "postgresql":
                detail = c.execute(text("SELECT detail FROM audit_events WHERE entity = 'department_settings'"
                                        " ORDER BY id DESC LIMIT 1")).scalar_one()
                assert "قسم الرفاه" in detail
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0012")
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0012"
            assert c.execute(text("SELECT municipality FROM department_settings")).scalar_one() == "עיריית גבעת התמר"
            with pytest.raises(DBAPIError):
                c.execute(text("SELECT municipality_ar FROM department_settings"))
    finally:
        engine.dispose()
