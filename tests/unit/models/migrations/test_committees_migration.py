"""Revision 0016 (committees): a database at 0015 with rows upgrades, keeping them, gets the eight committee
tables exactly as the metadata declares them (columns, constraints, indexes: Alembic's comparison finds no
difference) and, on PostgreSQL, their declared security and the guard; the downgrade removes them and keeps
the rest; and up again."""

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

TABLES = ("committee_meetings", "committee_cases", "committee_participants", "committee_protocols",
          "committee_decisions", "committee_tasks", "committee_addenda", "placements")
GUARD = "SELECT count(*) FROM pg_proc WHERE proname = 'maane_committee_guard'"


@pytest.fixture
def empty_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mig16_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


def _differences(conn: Connection) -> list[object]:
    """What Alembic's autogenerate would change in the committee tables to match the metadata."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from models.base import Base

    context = MigrationContext.configure(conn, opts={"compare_type": True})
    out = []
    for diff in compare_metadata(context, Base.metadata):
        changes = diff if isinstance(diff, list) else [diff]
        for change in changes:
            if _table_of(change) in TABLES:
                out.append(change)
    return out


def _table_of(change: tuple[object, ...]) -> str:
    """The table an autogenerate change is about (a later revision's table that merely points at a committee
    table, e.g. day-care's link to a protocol, is not the committee's)."""
    from sqlalchemy import Table

    obj = change[1] if len(change) > 1 else None
    if isinstance(obj, Table):
        return obj.name
    table = getattr(obj, "table", None)
    if isinstance(table, Table):
        return table.name
    if len(change) > 2 and isinstance(change[2], str):
        return change[2]
    return ""


def test_0016_adds_the_committee_tables_and_downgrades(empty_url: str) -> None:
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0015") == "0015"
        with engine.begin() as c:  # rows made before the committees existed
            c.execute(text("INSERT INTO teams (name, version, created_by, updated_by) VALUES ('צוות', 1, '', '')"))
        assert upgrade(engine, "0016") == "0016"
        with engine.connect() as c:
            assert c.execute(text("SELECT name FROM teams")).scalar_one() == "צוות"
            for table in TABLES:
                assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, list(TABLES)) == []
                assert c.execute(text(GUARD)).scalar_one() == 1
                triggers = c.execute(text(
                    "SELECT c.relname, t.tgtype FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE t.tgname = 'maane_guard' AND c.relname LIKE 'committee%'")).all()
                # BEFORE (2) ROW (1) INSERT (4) UPDATE (16), and DELETE (8) under the meetings
                assert dict(triggers) == {"committee_meetings": 23, **{t: 31 for t in TABLES[1:-1]}}
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0015")
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0015"
            assert c.execute(text("SELECT name FROM teams")).scalar_one() == "צוות"
            for table in TABLES:
                with pytest.raises(DBAPIError):
                    c.execute(text(f"SELECT 1 FROM {table}"))
                c.rollback()
            if c.dialect.name == "postgresql":
                assert c.execute(text(GUARD)).scalar_one() == 0
        assert upgrade(engine, "0016") == "0016"  # and up again
        with engine.connect() as c:
            assert _differences(c) == []
    finally:
        engine.dispose()
