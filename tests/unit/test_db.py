from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main as cli
from models.db import SCHEMA_REVISION, connect, make_engine, on_network_filesystem, resolve_url
from models.errors import DatabaseUnavailable, SchemaMismatch, ValidationError


def test_url_comes_from_flag_then_environment_then_settings_then_default(monkeypatch, tmp_path):
    monkeypatch.setenv("MAANE_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.setenv("MAANE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAANE_DATABASE_URL", raising=False)
    assert resolve_url() == f"sqlite:///{tmp_path / 'data' / 'maane.sqlite'}"
    from models.db import write_settings

    write_settings({"database_url": "postgresql://server/maane"})
    assert resolve_url() == "postgresql://server/maane"
    monkeypatch.setenv("MAANE_DATABASE_URL", "sqlite:////env.sqlite")
    assert resolve_url() == "sqlite:////env.sqlite"
    assert resolve_url("sqlite:////flag.sqlite") == "sqlite:////flag.sqlite"


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    engine.dispose()


def test_sqlite_on_a_network_share_is_refused(monkeypatch, tmp_path):
    assert not on_network_filesystem(tmp_path / "x.sqlite")
    monkeypatch.setattr("models.settings._mount_fstype", lambda _p: "cifs")
    with pytest.raises(ValidationError) as e:
        make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert e.value.code == "sqlite_on_network"
    assert on_network_filesystem(Path("//server/share/maane.sqlite"))


def test_empty_or_other_revision_database_is_refused(tmp_path, db_url):
    with pytest.raises(SchemaMismatch) as e:
        connect(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    assert e.value.params["found"] is None
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    with pytest.raises(SchemaMismatch) as e:
        connect(db_url)
    assert e.value.params == {"found": "0999", "expected": SCHEMA_REVISION}


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(DatabaseUnavailable):
        connect("postgresql+psycopg://nobody@127.0.0.1:1/maane")


def test_cli_upgrade_then_self_test(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert cli(["--database", url, "self-test"]) == 1
    assert "maane db upgrade" in capsys.readouterr().err
    assert cli(["db", "upgrade", "--database", url]) == 0
    assert cli(["self-test", "--database", url]) == 0
    assert "schema current" in capsys.readouterr().out


def test_cli_user_add_then_sign_in(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'users.sqlite'}"
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("a-long-password\n"))
    assert cli(["user", "add", "dana", "--role", "family_worker", "--team", "צוות צפון", "--full-name",
                "דנה לוי", "--password-stdin", "--database", url]) == 0
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("a-long-password\n"))
    assert cli(["user", "add", "dana", "--role", "family_worker", "--password-stdin", "--database", url]) == 1
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("a-long-password\n"))
    assert cli(["user", "add", "eve", "--role", "wizard", "--password-stdin", "--database", url]) == 1
    assert "role_unknown" in capsys.readouterr().err
    from models.services.auth import AuthService

    db = connect(url)
    assert AuthService(db).sign_in("dana", "a-long-password").team_name == "צוות צפון"
    db.dispose()


@pytest.mark.postgres_only
def test_cli_user_add_on_postgres_creates_the_login(templates, capsys):
    from sqlalchemy.engine import make_url

    from models.services.auth import AuthService
    from tests.support import RUN_TAG, drop_pg_database, pg_admin_url

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
