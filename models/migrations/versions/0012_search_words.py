"""people search of two words of a rare combination: the lead word's persons intersected with the other
words' before the visibility test (issue 6, "PostgreSQL speed with row-level security")

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29 01:00:00.000000

PostgreSQL only: replaces maane_search_persons (the frozen script ``sql/0012_search_words.sql``); the
downgrade puts back revision 0010's (``sql/0012_search_words_down.sql``, a frozen copy). SQLite: nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from alembic import op

from models.security import run_postgres_script

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen (their sha256 are held by tests/unit/models/test_security.py): never edit.
SQL = Path(__file__).resolve().parent.parent / "sql"
FUNCTIONS = SQL / "0012_search_words.sql"
FUNCTIONS_DOWN = SQL / "0012_search_words_down.sql"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_postgres_script(op, FUNCTIONS.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_postgres_script(op, FUNCTIONS_DOWN.read_text(encoding="utf-8"))
