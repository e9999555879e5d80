from pathlib import Path

import pytest
from sqlalchemy import text

from models.address import DatabaseAddress, parse
from models.db import SCHEMA_REVISION, connect, make_engine, on_network_filesystem, resolve_address
from models.errors import DatabaseUnavailable, SchemaMismatch, ValidationError


def test_url_comes_from_flag_then_environment_then_settings_then_default(monkeypatch, tmp_path):
    monkeypatch.setenv("MAANE_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.setenv("MAANE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MAANE_DATABASE_URL", raising=False)
    assert resolve_address() == DatabaseAddress.sqlite(tmp_path / "data" / "maane.sqlite")
    from models.db import write_settings

    write_settings({"database_url": "postgresql://server/maane"})
    assert resolve_address() == parse("postgresql://server/maane")
    monkeypatch.setenv("MAANE_DATABASE_URL", "sqlite:////env.sqlite")
    assert resolve_address().path == Path("/env.sqlite")
    assert resolve_address("sqlite:////flag.sqlite").path == Path("/flag.sqlite")
    assert resolve_address("/flag2.sqlite").path == Path("/flag2.sqlite")


def test_a_bad_address_says_where_it_came_from(monkeypatch, tmp_path):
    from models.settings import remember_address, write_settings

    monkeypatch.setenv("MAANE_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.delenv("MAANE_DATABASE_URL", raising=False)
    write_settings({"database_url": "notaurl"})
    with pytest.raises(ValidationError) as e:
        resolve_address()
    assert (e.value.code, e.value.params["source"]) == ("database_address_invalid", "settings")
    monkeypatch.setenv("MAANE_DATABASE_URL", "mysql://x/y")
    with pytest.raises(ValidationError) as e:
        resolve_address()
    assert (e.value.code, e.value.params["source"]) == ("unsupported_database", "environment")
    # what the connection dialog remembers never holds a password
    remember_address(parse("postgresql://noa:secret@db/maane"))
    from models.settings import read_settings

    assert read_settings()["database_url"] == "postgresql+psycopg://noa@db:5432/maane"


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
