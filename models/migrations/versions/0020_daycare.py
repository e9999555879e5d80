"""day-care under the toddlers-at-risk law (issue 11): being written (the module's helper fills in the tables, their frozen security and guard)

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-29 12:00:00.000000
"""

from __future__ import annotations

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
