"""PostgreSQL administration for Maane: staff logins (``maane user add`` on PostgreSQL). The security itself
(group roles, grants, row-level security, audit triggers) is applied by the migrations: revision 0001's
frozen script, then models.security for each later table.

Each staff member is a PostgreSQL login, a member of the group role ``maane_<role>``; the policies look the
login up in ``users`` by name. No Qt here.
"""

from __future__ import annotations

import re
from typing import Any, cast

import psycopg
from psycopg import sql
from sqlalchemy import Connection, text

from models.errors import ValidationError
from models.roles import ROLE_CODES

USERNAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
GROUP_PREFIX = "maane_"
APP_GROUP = "maane_app"
# Names that are not staff: the Maane group roles, PostgreSQL's own, the usual superuser.
_RESERVED_PREFIXES = (GROUP_PREFIX, "pg_")
_RESERVED_NAMES = frozenset({"postgres", "public", "none", "current_user", "session_user", "current_role"})


def group_role(role: str) -> str:
    """The group role of a Maane role code (``maane_family_worker``)."""
    if role not in ROLE_CODES:
        raise ValidationError("role_unknown", role=role)
    return GROUP_PREFIX + role


def validate_username(username: str) -> str:
    if (
        not isinstance(username, str)
        or not USERNAME_RE.fullmatch(username)
        or username.startswith(_RESERVED_PREFIXES)
        or username in _RESERVED_NAMES
    ):
        raise ValidationError("username_invalid", username=username)
    return username


def _driver(conn: Connection) -> psycopg.Connection[Any]:
    """The psycopg connection under a SQLAlchemy connection (for composing and running DDL)."""
    # SQLAlchemy types the DBAPI connection as Any; on the postgresql+psycopg dialect it is psycopg's.
    return cast("psycopg.Connection[Any]", conn.connection.driver_connection)


def _run(conn: Connection, statement: sql.Composable) -> None:
    """Run one composed utility statement (identifiers and literals quoted by psycopg) in the caller's
    transaction. Utility statements take no bind parameters, hence the client-side composition."""
    conn.exec_driver_sql(statement.as_string(_driver(conn)))


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def _scram_verifier(conn: Connection, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, computed by libpq on the client: the clear password never
    reaches the server (nor its statement log)."""
    raw = _driver(conn)
    return raw.pgconn.encrypt_password(
        password.encode("utf-8"), username.encode("utf-8"), b"scram-sha-256"
    ).decode("ascii")


def create_login(conn: Connection, username: str, password: str | None, role: str) -> None:
    """Create the PostgreSQL login of a staff member in the group role of ``role``. If the login exists
    already, make it a member of that group and of no other Maane role group (its password is left alone).
    Runs in the caller's transaction; needs a superuser or CREATEROLE (see is_superuser_or_createrole)."""
    validate_username(username)
    group = group_role(role)
    if password is not None and (not password or "\x00" in password):
        raise ValidationError("password_invalid", field="password")
    if not _role_exists(conn, group):
        raise ValidationError("security_not_installed", role=group)
    if not _role_exists(conn, username):
        parts: list[sql.Composable] = [sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(username))]
        if password is not None:
            verifier = _scram_verifier(conn, username, password)
            parts.append(sql.SQL("PASSWORD {}").format(sql.Literal(verifier)))
        parts.append(sql.SQL("IN ROLE {}").format(sql.Identifier(group)))
        _run(conn, sql.SQL(" ").join(parts))
        return
    _run(conn, sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(username)))
    others = conn.execute(
        text(
            "SELECT g.rolname FROM pg_auth_members m"
            " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member"
            " WHERE u.rolname = :u AND g.rolname = ANY(:groups)"
        ),
        {"u": username, "groups": [GROUP_PREFIX + r for r in ROLE_CODES if GROUP_PREFIX + r != group]},
    ).scalars()
    for other in list(others):
        _run(conn, sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(username)))


def drop_login(conn: Connection, username: str) -> None:
    """Drop a staff member's login (no error if there is none). The users row stays: deactivate it."""
    validate_username(username)
    _run(conn, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(username)))


def is_superuser_or_createrole(conn: Connection) -> bool:
    """Whether the connected role may create logins. (On PostgreSQL 16 and later CREATEROLE also needs
    ADMIN OPTION on the maane_<role> groups to put logins into them.)"""
    row = conn.execute(
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).first()
    return bool(row and row[0])


def check_database_encoding(conn: Connection) -> None:
    """Refuse a database that cannot hold Hebrew and Arabic (before anything is written to it): the server
    encoding must be UTF8 (SQL_ASCII hands back bytes, LATIN1 cannot store the letters), and the character
    type not C or POSIX (there pg_trgm sees no letter outside ASCII, so no name search finds anything)."""
    encoding, ctype = conn.execute(text(
        "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database WHERE datname = current_database()"
    )).one()
    if encoding != "UTF8" or ctype.upper() in ("C", "POSIX"):
        raise ValidationError("database_encoding", encoding=encoding, ctype=ctype,
                              database=conn.execute(text("SELECT current_database()")).scalar_one())
