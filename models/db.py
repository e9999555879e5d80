"""Connecting to the database: where the URL comes from, engine set-up per backend, the schema check."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models.address import DatabaseAddress, parse
from models.backend import BACKENDS, Backend
from models.errors import DatabaseUnavailable, SchemaMismatch, ValidationError
from models.settings import (  # noqa: F401  (re-exported: the settings live beside the engine code)
    APP_NAME,
    SCHEMA_REVISION,
    config_dir,
    data_dir,
    default_sqlite_path,
    on_network_filesystem,
    read_settings,
    resolve_address,
    write_settings,
)

SQLITE_BUSY_TIMEOUT_S = 10
READ_ONLY_OPTION = "maane_read_only"


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _private_folders(folder: Path) -> None:
    """The folders of a SQLite database that do not exist yet, created readable by their owner only (0700);
    existing ones are left as they are."""
    missing: list[Path] = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for f in reversed(missing):
        f.mkdir(mode=0o700, exist_ok=True)


def _private_file(path: Path) -> None:
    """A new SQLite database file, created empty and readable by its owner only (0600): case data (issue 6,
    hole 4). SQLite gives the -wal and -shm files beside it the same mode. An existing file is left as is."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError:
        return  # a folder that cannot be written: the driver's own open says so (DatabaseUnavailable)
    os.close(fd)


def sqlalchemy_url(address: DatabaseAddress) -> URL:
    """The SQLAlchemy URL of an address, built from its parts (no second parse of a string)."""
    query = dict(address.options)
    if address.is_sqlite:
        return URL.create("sqlite", database=str(address.path) if address.path is not None else None, query=query)
    return URL.create("postgresql+psycopg", username=address.username or None, password=address.password,
                      host=address.host, port=address.port, database=address.database, query=query)


def make_engine(address: DatabaseAddress | str, *, create_dir: bool = True, **kwargs: Any) -> Engine:
    """An engine set up for the backend. SQLite: WAL, foreign keys, busy timeout, BEGIN IMMEDIATE for
    every transaction, refused on a network file system. PostgreSQL: pre-ping, idle-transaction limit."""
    address = parse(address)
    u = sqlalchemy_url(address)
    if address.is_sqlite:
        path = address.path
        if path is not None:
            if create_dir:
                _private_folders(path.parent)
            if on_network_filesystem(path):
                raise ValidationError("sqlite_on_network", path=str(path))
        engine = create_engine(u, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S}, **kwargs)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        if path is not None:
            file = path

            @event.listens_for(engine, "do_connect")
            def _create_privately(*_args: Any) -> None:
                _private_file(file)  # then the driver opens it as usual

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # Writers take the write lock up front (a read-then-write under plain BEGIN loses to
            # "database is locked"); pure reads (Database.read) begin deferred and never wait on a writer.
            read_only = conn.get_execution_options().get(READ_ONLY_OPTION, False)
            conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

        return engine
    if address.kind == "postgresql":
        options = "-c idle_in_transaction_session_timeout=60000 -c statement_timeout=120000"
        # UTF8 whatever the server's encoding (SQL_ASCII would hand back bytes before anything could say why)
        connect_args = {"application_name": "maane", "options": options, "connect_timeout": 5,
                        "client_encoding": "UTF8"}
        connect_args.update(kwargs.pop("connect_args", {}))
        return create_engine(u, pool_pre_ping=True, pool_size=3, max_overflow=5, connect_args=connect_args, **kwargs)
    raise ValidationError("unsupported_database", backend=address.kind)


def schema_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None when it holds no Maane schema. One query."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        if _is_missing_table(exc):
            return None
        raise DatabaseUnavailable.from_driver(str(exc.orig)) from exc
    except DBAPIError as exc:
        if _is_missing_table(exc):
            return None
        raise DatabaseUnavailable.from_driver(str(exc.orig)) from exc


def _is_missing_table(exc: DBAPIError) -> bool:
    """No alembic_version table: an empty database (PostgreSQL: undefined_table, 42P01), not a fault."""
    if getattr(exc.orig, "sqlstate", None) == "42P01":
        return True
    return "no such table" in str(exc.orig).lower()


def check_schema(engine: Engine) -> None:
    found = schema_revision(engine)
    if found != SCHEMA_REVISION:
        raise SchemaMismatch(found=found, expected=SCHEMA_REVISION)


@dataclass
class Database:
    """An engine and its session factory. ``session()`` is one transaction: commit on success."""

    engine: Engine

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._read_factory = sessionmaker(
            self.engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_postgres(self) -> bool:
        """For tooling (seeds, the command line, tests); use cases ask ``backend`` instead."""
        return self.dialect == "postgresql"

    @property
    def backend(self) -> Backend:
        """What differs between the databases (models/backend.py)."""
        return BACKENDS[self.dialect]

    @contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with self._factory.begin() as s:
                yield s
        except OperationalError as exc:
            raise DatabaseUnavailable.from_driver(str(exc.orig)) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A transaction that only reads (and writes no audit): on SQLite a deferred BEGIN."""
        try:
            with self._read_factory.begin() as s:
                yield s
        except OperationalError as exc:
            raise DatabaseUnavailable.from_driver(str(exc.orig)) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def connect(address: DatabaseAddress | str, *, check: bool = True) -> Database:
    """Open a database, probe it once, and (by default) refuse a schema of another revision."""
    engine = make_engine(address)
    try:
        if check:
            check_schema(engine)
        else:
            with engine.connect():
                pass
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseUnavailable.from_driver(str(exc.orig)) from exc
    except Exception:
        engine.dispose()
        raise
    return Database(engine)
