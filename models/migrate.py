"""Migrations (Alembic, imported only here). ``maane db upgrade`` calls ``upgrade``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from models.db import schema_revision
from models.errors import SchemaMismatch
from models.settings import SCHEMA_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Bring the database to ``revision``; returns the revision it is at afterwards. Refused, with nothing
    written: a PostgreSQL database that cannot hold Hebrew (ValidationError 'database_encoding'), and a
    database at a revision these migrations do not know (SchemaMismatch with ``unknown``: made by a newer
    Maane)."""
    from alembic import command
    from alembic.util import CommandError

    found = schema_revision(engine)
    if found is not None and not _known(found):
        raise SchemaMismatch(found=found, expected=SCHEMA_REVISION, unknown=True)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            from models.pg_admin import check_database_encoding

            check_database_encoding(conn)
        try:
            command.upgrade(_config(conn), revision)
        except CommandError as exc:  # e.g. a target revision that does not exist
            raise SchemaMismatch(found=found, expected=revision, unknown=True) from exc
    return schema_revision(engine)


def _known(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except CommandError:
        return False


def head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def is_current(engine: Engine) -> bool:
    return schema_revision(engine) == SCHEMA_REVISION
