"""The ``maane`` command: each sub-command, through the same services and sentences as the client."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main as cli
from models.address import DatabaseAddress
from models.db import connect
from models.settings import SCHEMA_REVISION
from models.users.auth import AuthService
from models.users.service import user_count
from tests.support import RUN_TAG


def _stdin(monkeypatch, line: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))


def test_db_upgrade_current_and_self_test(tmp_path, capsys):
    path = tmp_path / "new" / "cli.sqlite"
    url = f"sqlite:///{path}"
    assert cli(["--database", url, "self-test"]) == 1
    err = capsys.readouterr().err
    assert "maane db upgrade" in err and "Traceback" not in err
    assert not path.exists() and not path.parent.exists()  # self-test looks; it creates nothing
    assert cli(["db", "upgrade", "--database", url]) == 0
    assert f"database at revision {SCHEMA_REVISION}" in capsys.readouterr().out
    assert cli(["db", "current", "--database", str(path)]) == 0  # a plain file path works too
    assert capsys.readouterr().out.strip() == SCHEMA_REVISION
    assert cli(["self-test", "--database", url]) == 0
    assert "schema current, 0 users" in capsys.readouterr().out


def test_an_address_that_is_no_database_gets_one_clear_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("MAANE_CONFIG_DIR", str(tmp_path / "cfg"))
    assert cli(["--database", "notaurl", "self-test"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("maane: This is not a database address: notaurl.") and "Traceback" not in err
    monkeypatch.setenv("MAANE_DATABASE_URL", "mysql://u@h/maane")
    assert cli(["db", "current"]) == 1
    assert capsys.readouterr().err == "maane: This kind of database is not supported.\n"
    monkeypatch.setenv("MAANE_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/maane")
    assert cli(["self-test"]) == 1
    assert "The server refused the connection" in capsys.readouterr().err


def test_no_sub_command_starts_the_client_with_the_flag_parsed(monkeypatch):
    started: list = []
    monkeypatch.setattr("desktop.app.main", lambda address: started.append(address) or 0)
    assert cli(["--database", "/data/maane.sqlite"]) == 0
    assert cli([]) == 0
    assert started == [DatabaseAddress.sqlite("/data/maane.sqlite"), None]  # None: the client resolves it
    assert cli(["--database", "notaurl"]) == 1 and len(started) == 2


def test_seed_demo_and_synthetic(tmp_path, monkeypatch, capsys):
    """(Loading the whole demo is tested in test_seeds; here: the command's answers on a database in use.)"""
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    _stdin(monkeypatch, "a-long-password")
    assert cli(["user", "add", "dana", "--role", "manager", "--password-stdin", "--database", url]) == 0
    capsys.readouterr()
    assert cli(["seed", "demo", "--if-empty", "--database", url]) == 0
    assert "nothing seeded" in capsys.readouterr().out
    assert cli(["seed", "demo", "--database", url]) == 1
    assert capsys.readouterr().err == "maane: The database already has data.\n"
    assert cli(["seed", "synthetic", "--families", "3", "--database", url]) == 0
    assert "synthetic data" in capsys.readouterr().out


def _name(backend: str, short: str) -> str:
    return f"{RUN_TAG}_{short}" if backend == "postgresql" else short


def test_user_add_applies_one_password_policy_on_both_backends(db_url, backend, monkeypatch, capsys):
    dana = _name(backend, "dana")
    db = connect(db_url)
    try:
        before = user_count(db)
        for password, says in (("1", "The password is too short (at least 8 characters)."),
                               (f"my-{dana}-pw", "The password may not contain the user name."),
                               ("Password123", "This password is one of the most common ones; please choose another.")):
            _stdin(monkeypatch, password)
            assert cli(["user", "add", dana, "--role", "family_worker", "--password-stdin", "--database", db_url]) == 1
            assert capsys.readouterr().err == f"maane: {says}\n"
        assert user_count(db) == before  # nothing written
        if backend == "postgresql":
            with db.session() as s:
                assert s.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": dana}).scalar() == 0
        _stdin(monkeypatch, "a-long-password")
        assert cli(["user", "add", dana.upper(), "--role", "family_worker", "--team", "צוות צפון", "--full-name",
                    "דנה לוי", "--password-stdin", "--database", db_url]) == 0
        assert capsys.readouterr().out == f"user {dana} added (family_worker, צוות צפון)\n"
        _stdin(monkeypatch, "a-long-password")
        assert cli(["user", "add", dana, "--role", "family_worker", "--password-stdin", "--database", db_url]) == 1
        assert capsys.readouterr().err == "maane: A user with this name already exists.\n"
        _stdin(monkeypatch, "a-long-password")
        assert cli(["user", "add", _name(backend, "eve"), "--role", "wizard", "--password-stdin",
                    "--database", db_url]) == 1
        assert capsys.readouterr().err == "maane: Unknown role.\n"
        _stdin(monkeypatch, "a-long-password")
        assert cli(["user", "add", "Eve Smith", "--role", "family_worker", "--password-stdin",
                    "--database", db_url]) == 1
        assert "only lower-case Latin letters" in capsys.readouterr().err
        assert user_count(db) == before + 1
        if backend == "sqlite":
            assert AuthService(db).sign_in(dana, "a-long-password").team_name == "צוות צפון"
            assert cli(["user", "add", "ron", "--role", "manager", "--no-password", "--database", db_url]) == 1
            assert capsys.readouterr().err == "maane: A password is required.\n"
    finally:
        db.dispose()


@pytest.mark.postgres_only
def test_user_add_on_postgres_creates_the_login(templates, capsys):
    from sqlalchemy.engine import make_url

    from tests.support import drop_pg_database, pg_admin_url

    if not pg_admin_url():
        pytest.skip("PostgreSQL not configured (set MAANE_TEST_DATABASE_URL; CI does)")
    name, url = templates.pg_copy()
    login = f"{RUN_TAG}_cli_user"
    try:
        assert cli(["user", "add", login, "--role", "team_head", "--team", "צוות דרום", "--no-password",
                    "--database", url]) == 0
        as_login = make_url(url).set(username=login).render_as_string(hide_password=False)
        db = connect(as_login)
        user = AuthService(db).connected_user()
        assert (user.username, user.role, user.team_name) == (login, "team_head", "צוות דרום")
        with db.session() as s:
            assert s.execute(text("SELECT pg_has_role(session_user, 'maane_team_head', 'MEMBER')")).scalar()
        db.dispose()
    finally:
        drop_pg_database(name)


def test_cli_messages_come_from_the_shared_catalogue():
    """One table of sentences: the CLI's English is the client's source text (translated there)."""
    source = (Path(__file__).resolve().parents[3] / "desktop" / "cli.py").read_text(encoding="utf-8")
    assert "def describe(" not in source and "exc.code ==" not in source
    assert "from desktop.catalogue import english" in source


def test_audit_purge_counts_first_refuses_a_recent_cutoff_and_records_itself(world, capsys):
    """``maane audit purge`` as the database's owner (the URL the tests' world was made with)."""
    from datetime import UTC, datetime, time

    from sqlalchemy import insert, select

    from models.audit.entities import AuditEvent
    from models.audit.retention import latest_cutoff, months_before

    w = world
    old = datetime.combine(months_before(datetime.now(UTC).date(), 30), time(9), tzinfo=UTC)
    with w.admin_db.session() as s:
        if w.backend == "postgresql":
            s.execute(text("ALTER TABLE audit_events DISABLE TRIGGER maane_audit_stamp"))
        s.execute(insert(AuditEvent).values(at=old, user_name="x", action="view", entity="family_file", allowed=True))
        if w.backend == "postgresql":
            s.execute(text("ALTER TABLE audit_events ENABLE TRIGGER maane_audit_stamp"))
    cutoff = latest_cutoff().isoformat()
    assert cli(["audit", "purge", "--database", w.url]) == 0  # without --yes: only counted
    out = capsys.readouterr().out
    assert out.startswith(f"1 access-log rows are older than {cutoff}") and "Nothing removed" in out
    assert cli(["audit", "purge", "--before", "2999-01-01", "--yes", "--database", w.url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("maane: The access log is kept at least 24 months") and "Traceback" not in err
    assert cli(["audit", "purge", "--before", "yesterday", "--database", w.url]) == 1
    assert "not a date" in capsys.readouterr().err
    assert cli(["audit", "purge", "--yes", "--database", w.url]) == 0
    assert capsys.readouterr().out.startswith(f"removed 1 access-log rows older than {cutoff}")
    with w.admin_db.session() as s:
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.at < old.replace(hour=10))) is None
        assert s.scalar(select(AuditEvent.detail).where(AuditEvent.action == "audit_purge")).endswith('"removed": 1}')
