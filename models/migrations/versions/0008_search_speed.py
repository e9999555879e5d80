"""family-file search with a limit on PostgreSQL (issue 6, "PostgreSQL speed with row-level security"): the
first page of the family list stops at its last row

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 22:30:00.000000

PostgreSQL only (SQLite searches with its own indexes: models.search). The frozen script
``sql/0008_search_speed.sql`` adds the six-argument maane_search_files(text[], text[], text, text, boolean,
integer), whose last argument limits the answer to the first files in list order: a name prefix that starts
the words of many persons ("א") is answered by walking the list order and probing each visible file's
members. The five-argument function of revision 0001 stays (the whole list, fetched in the background).
The downgrade drops the new function.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from alembic import op

from models.security import run_postgres_script

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen (its sha256 is held by tests/unit/test_security.py): never edit.
FUNCTIONS = Path(__file__).resolve().parent.parent / "sql" / "0008_search_speed.sql"
DROP_FUNCTIONS = "DROP FUNCTION IF EXISTS maane_search_files(text[], text[], text, text, boolean, integer);\n"


def upgrade() -> None:
    run_postgres_script(op, FUNCTIONS.read_text(encoding="utf-8"))


def downgrade() -> None:
    run_postgres_script(op, DROP_FUNCTIONS)
