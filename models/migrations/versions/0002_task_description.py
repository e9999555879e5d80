"""a task has a description (free text, empty by default)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 21:15:00.000000

A plain column: on PostgreSQL the table-level grants, the row-level-security policy and the audit trigger
of ``tasks`` (revision 0001) cover it without any change.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("tasks", sa.Column("description", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_column("description")
