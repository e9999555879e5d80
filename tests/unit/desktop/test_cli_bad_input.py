"""Issue 6, "bad input that got a traceback", on the command line: one clear line, exit code 1, nothing
written."""

from __future__ import annotations

import pytest

from desktop.cli import main as cli
from models.db import make_engine, schema_revision
from tests.support import RUN_TAG, create_pg_database, drop_pg_database, pg_admin_url


@pytest.fixture
def empty_pg():
    if not pg_admin_url():
        pytest.skip("PostgreSQL not configured (set MAANE_TEST_DATABASE_URL; CI does)")
    name = f"{RUN_TAG}_empty_cli"
    url = create_pg_database(name)
    yield url
    drop_pg_database(name)


@pytest.mark.postgres_only
def test_an_empty_postgres_database_is_reported_as_empty_not_as_unreachable(empty_pg, capsys):
    assert cli(["self-test", "--database", empty_pg]) == 1
    err = capsys.readouterr().err
    assert err.startswith("maane: The database holds no Maane data structure") and "maane db upgrade" in err
    assert "cannot be reached" not in err and "Traceback" not in err
    assert cli(["db", "current", "--database", empty_pg]) == 0
    assert capsys.readouterr().out.strip() == "(empty)"
    engine = make_engine(empty_pg)
    try:
        assert schema_revision(engine) is None
    finally:
        engine.dispose()
