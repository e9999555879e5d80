"""Issue 6, "bad input that got a traceback", on the command line: one clear line, exit code 1, nothing
written."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.cli import main as cli
from models.db import make_engine, schema_revision
from tests.support import RUN_TAG, create_pg_database, drop_pg_database, pg_admin_connection, pg_admin_url


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


def test_db_upgrade_of_a_database_made_by_a_newer_maane_is_one_clear_line(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'newer.sqlite'}"
    assert cli(["db", "upgrade", "--database", url]) == 0
    engine = make_engine(url)
    try:
        with engine.begin() as c:
            c.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        capsys.readouterr()
        assert cli(["db", "upgrade", "--database", url]) == 1
        out, err = capsys.readouterr()
        assert out == "" and err == (
            "maane: The database is at revision 0099, which this version of Maane does not know (it was made by "
            "a newer version). Use that version, or a backup made with this one.\n")
        assert schema_revision(engine) == "0099"  # nothing changed
        # the other sub-commands send the administrator to the same place
        assert cli(["self-test", "--database", url]) == 1
        assert "revision 0099" in capsys.readouterr().err
    finally:
        engine.dispose()


@pytest.mark.postgres_only
@pytest.mark.parametrize(("encoding", "ctype"), [("SQL_ASCII", "C"), ("LATIN1", "C"), ("UTF8", "C")])
def test_db_upgrade_refuses_a_database_that_cannot_hold_hebrew(encoding, ctype, capsys):
    if not pg_admin_url():
        pytest.skip("PostgreSQL not configured (set MAANE_TEST_DATABASE_URL; CI does)")
    name = f"{RUN_TAG}_enc_{encoding.lower()}"
    with pg_admin_connection() as c:
        c.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING '{encoding}' "
                       f"LC_COLLATE '{ctype}' LC_CTYPE '{ctype}'"))
    url = make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)
    try:
        assert cli(["db", "upgrade", "--database", url]) == 1
        out, err = capsys.readouterr()
        assert out == "" and "Traceback" not in err
        assert err == (f"maane: The database {name} cannot hold Hebrew and Arabic: its encoding is {encoding} and "
                       f"its character type {ctype}. Create it with: CREATE DATABASE maane TEMPLATE template0 "
                       "ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'\n")
        engine = make_engine(url)
        try:
            assert schema_revision(engine) is None  # nothing written
        finally:
            engine.dispose()
    finally:
        drop_pg_database(name)
