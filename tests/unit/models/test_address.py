"""The database address: parsed once, round-trips, refuses garbage, needs no SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.address import DatabaseAddress, parse
from models.errors import ValidationError

ROOT = Path(__file__).resolve().parents[3]


def _id(value: object) -> str:
    """Test ids without the word the CI guard counts as a PostgreSQL run (these tests touch no database)."""
    return repr(value).replace("postgres", "pg")


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("sqlite:////var/lib/maane/maane.sqlite", "/var/lib/maane/maane.sqlite"),
        ("sqlite:///relative/maane.sqlite", "relative/maane.sqlite"),
        ("sqlite+pysqlite:///x.db", "x.db"),
        ("sqlite:///C:\\Users\\דנה\\maane.sqlite", "C:\\Users\\דנה\\maane.sqlite"),
        ("sqlite:///C:/Data/maane.sqlite", "C:/Data/maane.sqlite"),
        ("sqlite:///with%20space/x.sqlite", "with space/x.sqlite"),
        ("/abs/maane.sqlite", "/abs/maane.sqlite"),
        ("data/maane.sqlite", "data/maane.sqlite"),
        ("maane.sqlite", "maane.sqlite"),
        ("C:\\Maane\\maane.sqlite", "C:\\Maane\\maane.sqlite"),
        ("d:/maane/db.sqlite3", "d:/maane/db.sqlite3"),
        ("\\\\server\\share\\maane.sqlite", "\\\\server\\share\\maane.sqlite"),
        ("  /padded/x.sqlite \n", "/padded/x.sqlite"),
    ],
)
def test_sqlite_files(text, path):
    a = parse(text)
    assert a.kind == "sqlite" and a.is_sqlite
    assert str(a.path) == path
    assert parse(a.url()) == a  # the URL it gives back means the same file
    assert a.describe() == ("sqlite_file", {"path": path})


@pytest.mark.parametrize("text", ["sqlite://", "sqlite:///:memory:", "SQLite://"])
def test_sqlite_in_memory(text):
    a = parse(text)
    assert a.in_memory and a.path is None
    assert a.url() == "sqlite://"
    assert a.describe() == ("sqlite_memory", {})


def test_server_address_parts_and_defaults():
    a = parse("postgresql://db.example/maane")
    assert (a.kind, a.host, a.port, a.database, a.username, a.password) == (
        "postgresql", "db.example", 5432, "maane", "", None)
    b = parse("postgresql+psycopg://dana@10.0.0.5:5433/maane?sslmode=require&application_name=x")
    assert (b.host, b.port, b.username, b.options) == (
        "10.0.0.5", 5433, "dana", (("sslmode", "require"), ("application_name", "x")))
    assert parse(b.url()) == b
    assert parse("postgres://u@h/d").kind == "postgresql"
    assert b.describe() == ("postgresql_server", {"server": "10.0.0.5:5433", "host": "10.0.0.5", "port": "5433",
                                                  "database": "maane"})


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("postgresql://dana:p%40ss%25w0rd@h/maane", "p@ss%w0rd"),  # encoded @ and %
        ("postgresql://dana:p@ss@h/maane", "p@ss"),  # an unencoded @: the last one ends the credentials
        ("postgresql://dana:a:b%2Fc@h/maane", "a:b/c"),
        ("postgresql://dana:@h/maane", ""),
        ("postgresql://dana:%D7%A9%D7%9C%D7%95%D7%9D@h/maane", "שלום"),
    ],
    ids=_id,
)
def test_passwords_with_odd_characters_round_trip(text, password):
    a = parse(text)
    assert a.password == password and a.username == "dana" and a.host == "h"
    assert parse(a.url()) == a
    assert password not in repr(a) or not password  # never shown
    assert "dana" in str(a) and (not password or password not in str(a))


def test_ipv6_hosts():
    a = parse("postgresql://maane@[::1]:6543/cases")
    assert (a.host, a.port, a.database) == ("::1", 6543, "cases")
    assert a.url() == "postgresql+psycopg://maane@[::1]:6543/cases"
    assert parse(a.url()) == a
    assert a.describe()[1]["server"] == "[::1]:6543"
    b = parse("postgresql://[fe80::1%25eth0]/maane")
    assert b.host == "fe80::1%eth0" and b.port == 5432


def test_url_with_a_staff_members_credentials():
    a = parse("postgresql://postgres:secret@db/maane")
    assert a.url() == "postgresql+psycopg://postgres:secret@db:5432/maane"
    assert a.url(username="noa", password="x@y z") == "postgresql+psycopg://noa:x%40y%20z@db:5432/maane"
    assert a.url(username="noa") == "postgresql+psycopg://noa@db:5432/maane"  # not the admin's password
    assert a.without_password().password is None
    assert "secret" not in str(a) and "secret" not in repr(a)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "database_address_invalid"),
        ("   ", "database_address_invalid"),
        ("notaurl", "database_address_invalid"),
        ("sqlite:relative.db", "database_address_invalid"),
        ("sqlite:/x.db", "database_address_invalid"),
        ("sqlite://host/x.db", "database_address_invalid"),
        ("postgresql://", "database_address_invalid"),
        ("postgresql://host", "database_address_invalid"),
        ("postgresql://host/", "database_address_invalid"),
        ("postgresql://host:port/db", "database_address_invalid"),
        ("postgresql://host:99999/db", "database_address_invalid"),
        ("postgresql://host:0/db", "database_address_invalid"),
        ("postgresql://[::1/db", "database_address_invalid"),
        ("postgresql://bad host/db", "database_address_invalid"),
        ("postgresql://h/db?=&&", "database_address_invalid"),
        ("/tmp/x\x00.sqlite", "database_address_invalid"),
        ("postgresql://h/d\nb", "database_address_invalid"),
        ("mysql://u@h/db", "unsupported_database"),
        ("postgresql+psycopg2://u@h/db", "unsupported_database"),
        ("http://example.com/x.sqlite", "unsupported_database"),
    ],
    ids=_id,
)
def test_garbage_is_refused_with_a_code(text, code):
    with pytest.raises(ValidationError) as e:
        parse(text)
    assert e.value.code == code


def test_constructors_validate_what_the_connection_dialog_sends():
    assert DatabaseAddress.postgresql(" db1 ", "maane", port=5433, username="noa").url() == \
        "postgresql+psycopg://noa@db1:5433/maane"
    for host, db, port in (("", "maane", 5432), ("db1", "", 5432), ("db1", "a/b", 5432), ("db 1", "m", 5432),
                           ("db1", "m", 70000)):
        with pytest.raises(ValidationError):
            DatabaseAddress.postgresql(host, db, port=port)
    with pytest.raises(ValidationError):
        DatabaseAddress.sqlite("  ")


def test_parsing_loads_no_sqlalchemy():
    """The client reads the address and looks at a SQLite file before SQLAlchemy loads (a quick login)."""
    code = ("import sys; from models.settings import resolve_address, preflight_sqlite; "
            "from models.address import parse; parse('postgresql://u:p@h/d'); resolve_address('/tmp/x.sqlite'); "
            "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr
