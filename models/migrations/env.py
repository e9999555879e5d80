"""Alembic environment: always run through models.migrate, which hands in the connection."""

from __future__ import annotations

from alembic import context

import models.tables  # noqa: F401  (fills the metadata)
from models.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by models.migrate
    raise RuntimeError("run migrations through `maane db upgrade`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
