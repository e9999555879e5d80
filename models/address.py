"""Where the database is: parsed once from a URL or a file path into a value that the settings, the command
line, the connection dialog, the login and the engine share.

Standard library only (no SQLAlchemy): the client reads it before anything heavy loads, so the login window
appears quickly.

Accepted input::

    sqlite:///relative/maane.sqlite      sqlite:////abs/maane.sqlite      sqlite:///C:\\Data\\maane.sqlite
    sqlite://   sqlite:///:memory:       (an in-memory database)
    /abs/maane.sqlite   data\\maane.db   C:\\Data\\maane.sqlite   \\\\server\\share\\maane.sqlite   (a file path)
    postgresql://dana:p%40ss@db.example:5433/maane?sslmode=require   postgresql+psycopg://[::1]/maane

A plain path must name a file (have a suffix or a folder part), so that a mistyped word is not taken for a
new database file. User name and password are percent-decoded; an unencoded ``@`` inside the password is
accepted (the last ``@`` before the host ends the credentials).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, quote, unquote, urlencode

from models.errors import ValidationError

Kind = Literal["sqlite", "postgresql"]
DEFAULT_PG_PORT = 5432
_SQLITE_SCHEMES = frozenset({"sqlite", "sqlite+pysqlite"})
_PG_SCHEMES = frozenset({"postgresql", "postgres", "postgresql+psycopg"})
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
_DRIVE_RE = re.compile(r"^[A-Za-z]:[\\/]")
_HOST_RE = re.compile(r"^[A-Za-z0-9_.\-]+$")


@dataclass(frozen=True)
class DatabaseAddress:
    """A SQLite file (``path``; None: in memory) or a PostgreSQL database (``host``, ``port``,
    ``database``, ``username``). ``password`` is kept only when the URL carried one (an admin's
    ``--database``); it is never shown (not in ``repr`` nor ``describe``)."""

    kind: Kind
    path: Path | None = None
    host: str = ""
    port: int = DEFAULT_PG_PORT
    database: str = ""
    username: str = ""
    password: str | None = field(default=None, repr=False)
    options: tuple[tuple[str, str], ...] = ()  # the URL's query (sslmode=require, ...)

    # ---- constructors -------------------------------------------------------------------------------
    @classmethod
    def sqlite(cls, path: str | Path | None) -> DatabaseAddress:
        if path is not None and not str(path).strip():
            raise ValidationError("database_address_invalid", field="database", value=str(path))
        return cls("sqlite", path=Path(path) if path is not None else None)

    @classmethod
    def postgresql(cls, host: str, database: str, *, port: int = DEFAULT_PG_PORT, username: str = "",
                   password: str | None = None, options: tuple[tuple[str, str], ...] = ()) -> DatabaseAddress:
        host = host.strip()
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        if not host or not (_HOST_RE.match(host) or (":" in host and re.fullmatch(r"[0-9A-Fa-f:.%a-z]+", host))):
            raise ValidationError("database_address_invalid", field="host", value=host)
        if not 0 < port < 65536:
            raise ValidationError("database_address_invalid", field="port", value=str(port))
        database = database.strip()
        if not database or "/" in database or "\x00" in database:
            raise ValidationError("database_address_invalid", field="database", value=database)
        if "\x00" in username or (password is not None and "\x00" in password):
            raise ValidationError("database_address_invalid", field="username", value="")
        return cls("postgresql", host=host, port=port, database=database, username=username, password=password,
                   options=options)

    # ---- what it is -----------------------------------------------------------------------------------
    @property
    def is_sqlite(self) -> bool:
        return self.kind == "sqlite"

    @property
    def in_memory(self) -> bool:
        return self.is_sqlite and self.path is None

    def url(self, *, username: str | None = None, password: str | None = None) -> str:
        """The address as a URL for the engine. With ``username`` (a staff member signing in), those
        credentials replace the stored ones (``password`` None: no password)."""
        query = f"?{urlencode(self.options)}" if self.options else ""
        if self.is_sqlite:
            return f"sqlite:///{self.path}{query}" if self.path is not None else f"sqlite://{query}"
        if username is not None:
            user, secret = username, password
        else:
            user, secret = self.username, self.password if password is None else password
        auth = ""
        if user:
            auth = quote(user, safe="")
            if secret is not None:
                auth += ":" + quote(secret, safe="")
            auth += "@"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql+psycopg://{auth}{host}:{self.port}/{quote(self.database, safe='')}{query}"

    def without_password(self) -> DatabaseAddress:
        return DatabaseAddress(self.kind, self.path, self.host, self.port, self.database, self.username, None,
                               self.options)

    def describe(self) -> tuple[str, dict[str, str]]:
        """What to show the user (status bar, dialogs, CLI): a code and its parameters, no password.
        ``sqlite_file`` {path}, ``sqlite_memory`` {}, ``postgresql_server`` {server, host, port, database}."""
        if self.is_sqlite:
            if self.path is None:
                return "sqlite_memory", {}
            return "sqlite_file", {"path": str(self.path)}
        host = f"[{self.host}]" if ":" in self.host else self.host
        return "postgresql_server", {"server": f"{host}:{self.port}", "host": self.host, "port": str(self.port),
                                     "database": self.database}

    def __str__(self) -> str:  # logs: never the password
        return self.without_password().url()


def parse(text: str | DatabaseAddress) -> DatabaseAddress:
    """A URL or a file path -> DatabaseAddress; ValidationError("database_address_invalid" or
    "unsupported_database") for anything else."""
    if isinstance(text, DatabaseAddress):
        return text
    if not isinstance(text, str):
        raise ValidationError("database_address_invalid", field="database", value=repr(text))
    raw = text.strip()
    if not raw or "\x00" in raw or any(ord(c) < 32 for c in raw):
        raise ValidationError("database_address_invalid", field="database", value=raw.replace("\x00", "\\0"))
    m = _SCHEME_RE.match(raw)
    if m is None or _DRIVE_RE.match(raw):
        return _plain_path(raw)
    scheme = m.group(1).lower()
    rest = raw[m.end():]
    if scheme in _SQLITE_SCHEMES:
        return _sqlite(rest)
    if scheme in _PG_SCHEMES:
        return _postgresql(rest, raw)
    raise ValidationError("unsupported_database", field="database", backend=scheme.split("+", 1)[0])


def _options(query: str, raw: str) -> tuple[tuple[str, str], ...]:
    try:
        return tuple(parse_qsl(query, keep_blank_values=True, strict_parsing=True)) if query else ()
    except ValueError:
        raise ValidationError("database_address_invalid", field="database", value=raw) from None


def _plain_path(raw: str) -> DatabaseAddress:
    if raw.lower().startswith(("sqlite:", "postgres")) or re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:(?![\\/])", raw):
        raise ValidationError("database_address_invalid", field="database", value=raw)
    p = Path(raw)
    has_folder = any(sep in raw for sep in ("/", "\\"))
    if not has_folder and not p.suffix:
        raise ValidationError("database_address_invalid", field="database", value=raw)
    return DatabaseAddress.sqlite(raw)


def _sqlite(rest: str) -> DatabaseAddress:
    # sqlite:// (memory), sqlite:///relative, sqlite:////absolute, sqlite:///C:\..., sqlite:///:memory:
    path, _, query = rest.partition("?")
    options = _options(query, rest)
    if path == "" or path == "/:memory:" or path == "/":
        return DatabaseAddress("sqlite", path=None, options=options)
    if not path.startswith("/"):
        raise ValidationError("database_address_invalid", field="database", value="sqlite://" + rest)
    path = unquote(path[1:])
    if path == ":memory:":
        return DatabaseAddress("sqlite", path=None, options=options)
    return DatabaseAddress("sqlite", path=Path(path), options=options)


def _postgresql(rest: str, raw: str) -> DatabaseAddress:
    rest, _, query = rest.partition("?")
    rest = rest.split("#", 1)[0]
    authority, slash, database = rest.partition("/")
    # the credentials end at the last "@" of the authority; an unencoded "@" or "/" in a password is
    # handled for "@" only (a "/" must be written %2F)
    userinfo, at, hostport = authority.rpartition("@")
    if not at:
        userinfo, hostport = "", authority
    username, password = "", None
    if userinfo:
        user_raw, colon, pass_raw = userinfo.partition(":")
        username = unquote(user_raw)
        password = unquote(pass_raw) if colon else None
    if hostport.startswith("["):
        host, bracket, port_part = hostport[1:].partition("]")
        if not bracket or (port_part and not port_part.startswith(":")):
            raise ValidationError("database_address_invalid", field="host", value=raw)
        port_text = port_part[1:]
    else:
        host, _, port_text = hostport.partition(":")
    host = unquote(host) or "localhost"
    if port_text:
        if not port_text.isdigit():
            raise ValidationError("database_address_invalid", field="port", value=port_text)
        port = int(port_text)
    else:
        port = DEFAULT_PG_PORT
    if not slash or not database:
        raise ValidationError("database_address_invalid", field="database", value=raw)
    return DatabaseAddress.postgresql(host, unquote(database), port=port, username=username, password=password,
                                      options=_options(query, raw))
