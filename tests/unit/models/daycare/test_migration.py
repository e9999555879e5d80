"""Revision 0020 (day-care): a database at 0019 upgrades to the three day-care tables exactly as the metadata
declares them (Alembic's comparison finds no difference) and, on PostgreSQL, their declared security, the
guard and the definer functions; the downgrade removes them; and up again."""

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

TABLES = ("income_tables", "income_levels", "daycare_cases")
FUNCTIONS = ("maane_daycare_guard", "maane_income_tables_in_use", "maane_income_table_hold")


@pytest.fixture
def empty_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mig20_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


def _differences(conn: Connection) -> list[object]:
    """What Alembic's autogenerate would change in the day-care tables to match the metadata."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from models.base import Base

    context = MigrationContext.configure(conn, opts={"compare_type": True})
    out = []
    for diff in compare_metadata(context, Base.metadata):
        changes = diff if isinstance(diff, list) else [diff]
        for change in changes:
            if any(f"'{name}'" in repr(change) for name in TABLES):
                out.append(change)
    return out


def _functions(c: Connection) -> int:
    return int(c.execute(text("SELECT count(*) FROM pg_proc WHERE proname = ANY (:n)"),
                         {"n": list(FUNCTIONS)}).scalar_one())


def test_0020_adds_the_day_care_tables_and_downgrades(empty_url: str) -> None:
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0019") == "0019"
        with engine.connect() as c:
            for table in TABLES:
                with pytest.raises(DBAPIError):
                    c.execute(text(f"SELECT 1 FROM {table}"))
                c.rollback()
        assert upgrade(engine, "0020") == "0020"
        with engine.connect() as c:
            for table in TABLES:
                assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, list(TABLES)) == []
                assert _functions(c) == len(FUNCTIONS)
                triggers = c.execute(text(
                    "SELECT c.relname, t.tgtype FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    " WHERE t.tgname = 'maane_guard' AND c.relname = ANY (:t)"), {"t": list(TABLES)}).all()
                # BEFORE (2) ROW (1) INSERT (4) UPDATE (16), and DELETE (8) of a level
                assert dict(triggers) == {"income_tables": 23, "income_levels": 31, "daycare_cases": 23}
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0019")
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0019"
            for table in TABLES:
                with pytest.raises(DBAPIError):
                    c.execute(text(f"SELECT 1 FROM {table}"))
                c.rollback()
            if c.dialect.name == "postgresql":
                assert _functions(c) == 0
        assert upgrade(engine, "0020") == "0020"  # and up again
        with engine.connect() as c:
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, list(TABLES)) == []
    finally:
        engine.dispose()
