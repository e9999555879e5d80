"""Revision 0019 (the youth-law forum): a database at 0018 upgrades to the two forum tables exactly as the
metadata declares them (Alembic's comparison finds no difference) and, on PostgreSQL, their declared
security, the guard on both and the definer functions; a report recorded there keeps the rules (a decided one
is read-only, for the owner too); the downgrade removes the tables and the functions; and up again."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from models.db import make_engine
from models.migrate import upgrade
from tests.support import RUN_TAG, create_pg_database, drop_pg_database

TABLES = ("forum_meetings", "risk_reports")
FUNCTIONS = ("maane_forum_guard", "maane_forum_meeting_decided", "maane_forum_agenda")
STAMPS = "1, 't', 't'"


@pytest.fixture
def empty_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mig19_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


def _differences(conn: Connection) -> list[object]:
    """What Alembic's autogenerate would change in the forum's tables to match the metadata."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from models.base import Base

    context = MigrationContext.configure(conn, opts={"compare_type": True})
    out = []
    for diff in compare_metadata(context, Base.metadata):
        changes = diff if isinstance(diff, list) else [diff]
        out += [change for change in changes if any(f"'{name}'" in repr(change) for name in TABLES)]
    return out


def _functions(c: Connection) -> int:
    return int(c.execute(text("SELECT count(*) FROM pg_proc WHERE proname = ANY (:n)"),
                         {"n": list(FUNCTIONS)}).scalar_one())


def _a_decided_report(c: Connection) -> None:
    c.execute(text("INSERT INTO teams (name, version, created_by, updated_by) VALUES ('צוות', 1, 't', 't')"))
    c.execute(text("INSERT INTO users (username, full_name, role, team_id, active, failed_logins, version,"
                   f" created_by, updated_by) VALUES ('y', 'עובד חוק נוער', 'youth_law_worker', 1, true, 0, {STAMPS})"))
    c.execute(text("INSERT INTO family_files (file_number, family_name, family_name_key, address, locality,"
                   " neighbourhood, status, opened_on, close_reason, worker_id, team_id, restricted, version,"
                   " created_by, updated_by) VALUES ('2026/0001', 'משפחה', 'משפחה', '', '', '', 'open',"
                   f" '2026-01-01', '', 1, 1, false, {STAMPS})"))
    c.execute(text("INSERT INTO persons (id_kind, id_number, first_name, last_name, first_name_ar, last_name_ar,"
                   " first_name_lat, last_name_lat, sex, preferred_language, first_name_key, last_name_key,"
                   " search_key, version, created_by, updated_by) VALUES ('none', NULL, 'נועה', 'משפחה', '', '',"
                   f" '', '', 'f', 'he', 'נועה', 'משפחה', 'נועה משפחה', {STAMPS})"))
    c.execute(text("INSERT INTO family_members (file_id, person_id, relation) VALUES (1, 1, 'child')"))
    c.execute(text("INSERT INTO forum_meetings (held_on, status, chair_id, attendees, notes, monthly_district,"
                   f" version, created_by, updated_by) VALUES ('2026-11-22', 'held', 1, '', '', false, {STAMPS})"))
    c.execute(text("INSERT INTO risk_reports (file_id, child_id, reported_on, reporter_kind, reporter_name,"
                   " reporter_phone, kind, description, urgency, channel, referral_id, recorded_by_id, recorded_at,"
                   " meeting_id, intervention, decision_note, decided_by_id, decided_at, version, created_by,"
                   " updated_by) VALUES (1, 1, '2026-11-20', 'school', '', '', 'neglect', 'הזנחה', 'week',"
                   " 'report', NULL, 1, CURRENT_TIMESTAMP, 1, 'no_further_action', '', 1, CURRENT_TIMESTAMP,"
                   f" {STAMPS})"))


def test_0019_adds_the_forum_tables_and_downgrades(empty_url: str) -> None:
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0018") == "0018"
        assert upgrade(engine, "0019") == "0019"
        with engine.connect() as c:
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, list(TABLES)) == []
                assert _functions(c) == len(FUNCTIONS)
                triggers = c.execute(text(
                    "SELECT c.relname, t.tgtype FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    " WHERE t.tgname = 'maane_guard' AND c.relname = ANY (:t)"), {"t": list(TABLES)}).all()
                assert dict(triggers) == {t: 23 for t in TABLES}  # BEFORE (2) ROW (1) INSERT (4) UPDATE (16)
        with engine.begin() as c:
            _a_decided_report(c)
        if engine.dialect.name == "postgresql":  # decided: read-only, for the owner of the tables too
            with engine.begin() as c, pytest.raises(DBAPIError, match="read-only"):
                c.execute(text("UPDATE risk_reports SET description = 'תיקון'"))
        with engine.begin() as c, pytest.raises(DBAPIError):  # both backends: the decision's columns together
            c.execute(text("UPDATE risk_reports SET decided_at = NULL"))
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0018")
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0018"
            for table in TABLES:
                with pytest.raises(DBAPIError):
                    c.execute(text(f"SELECT 1 FROM {table}"))
                c.rollback()
            if c.dialect.name == "postgresql":
                assert _functions(c) == 0
            assert c.execute(text("SELECT count(*) FROM family_files")).scalar() == 1
        assert upgrade(engine, "0019") == "0019"  # and up again
        with engine.connect() as c:
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, list(TABLES)) == []
    finally:
        engine.dispose()
