"""Revision 0014 (intake): a database at 0013 with rows upgrades, keeping them, gets the three tables and the
response days (the defaults, without an audit event; on PostgreSQL with the declared security); the
downgrade removes them and keeps the rest."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from models.db import make_engine
from models.migrate import upgrade
from tests.support import RUN_TAG, create_pg_database, drop_pg_database
from tests.unit.models.migrations import secured_as_before_0017

TABLES = ("referrals", "referral_persons", "club_requests")


@pytest.fixture
def empty_url(backend: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mig14_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


def test_0014_adds_intake_and_downgrades(empty_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0013") == "0013"
        with engine.begin() as c:  # rows made before intake existed
            c.execute(text("INSERT INTO teams (name, version, created_by, updated_by) VALUES ('צוות', 1, '', '')"))
            c.execute(text("UPDATE department_settings SET summary_notes = 5 WHERE id = 1"))
        audited = "SELECT count(*) FROM audit_events WHERE entity = 'department_settings'"
        with engine.connect() as c:
            events = c.execute(text(audited)).scalar_one()
        assert upgrade(engine, "0014") == "0014"
        days = ("SELECT summary_notes, response_days_immediate, response_days_day, response_days_week,"
                " response_days_routine FROM department_settings")
        with engine.connect() as c:
            assert c.execute(text(days)).one() == (5, 0, 1, 7, 14)
            assert c.execute(text(audited)).scalar_one() == events  # the defaults are no one's change
            for table in TABLES:
                assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
            if c.dialect.name == "postgresql":
                secured_as_before_0017(monkeypatch)
                assert security_problems(c, Base.metadata, [*TABLES, "department_settings"]) == []
                guard = c.execute(text("SELECT count(*) FROM pg_proc WHERE proname = 'maane_referrals_guard'"))
                assert guard.scalar_one() == 1
        with engine.begin() as c, pytest.raises(DBAPIError):  # the order of the response days is a rule
            c.execute(text("UPDATE department_settings SET response_days_day = 30 WHERE id = 1"))
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0013")
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0013"
            assert c.execute(text("SELECT summary_notes FROM department_settings")).scalar_one() == 5
            assert c.execute(text("SELECT name FROM teams")).scalar_one() == "צוות"
            for table in TABLES:
                with pytest.raises(DBAPIError):
                    c.execute(text(f"SELECT 1 FROM {table}"))
                c.rollback()
            with pytest.raises(DBAPIError):
                c.execute(text("SELECT response_days_day FROM department_settings"))
            c.rollback()
            if c.dialect.name == "postgresql":
                guard = c.execute(text("SELECT count(*) FROM pg_proc WHERE proname = 'maane_referrals_guard'"))
                assert guard.scalar_one() == 0
        assert upgrade(engine, "0014") == "0014"  # and up again
    finally:
        engine.dispose()
