"""department settings: the letterhead in Arabic, for forms printed in Arabic (issue 7)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29 01:45:00.000000

Both backends: ``department_settings`` gains ``municipality_ar``, ``department_ar`` and ``address_ar`` (NOT
NULL, default ''); the row id 1, whose Arabic fields are empty until now, gets the fictional town of the demo
in Arabic (without an audit event: see upgrade). PostgreSQL: the security declared by revision 0011 grants on
the whole table (not per column) and the audit trigger copies the whole row, so both stay as they are. The
downgrade drops the three columns.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("municipality_ar", 120), ("department_ar", 120), ("address_ar", 200))

# As models.department.service.DEFAULT_LETTERHEAD said when this was written (frozen here).
DEFAULT_ARABIC = {
    "municipality_ar": "بلدية عين هبسور",
    "department_ar": "قسم الخدمات الاجتماعية",
    "address_ar": "شارع الغيفن 1، عين هبسور",
}


def upgrade() -> None:
    # The row id 1 (the only one the table allows) gets the Arabic texts as the columns' default when they
    # are added (every row's Arabic fields are empty until then), then the default becomes ''. Filling them
    # so, not by an UPDATE, writes no audit event on PostgreSQL: the install of the defaults is no one's
    # change, as 0011's INSERT of the row was not.
    for name, length in COLUMNS:
        op.add_column("department_settings", sa.Column(name, sa.String(length=length), nullable=False,
                                                       server_default=DEFAULT_ARABIC[name]))
    with op.batch_alter_table("department_settings", schema=None) as batch_op:
        for name, length in COLUMNS:
            batch_op.alter_column(name, existing_type=sa.String(length=length), existing_nullable=False,
                                  server_default="")


def downgrade() -> None:
    with op.batch_alter_table("department_settings", schema=None) as batch_op:
        for name, _ in reversed(COLUMNS):
            batch_op.drop_column(name)
