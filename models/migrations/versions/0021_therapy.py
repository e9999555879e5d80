"""the therapy centre (issue 11): being written (the module's helper fills in the tables, their frozen security and guard)

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-29 12:00:00.000000
"""

from __future__ import annotations

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
