"""department settings: the letterhead in Arabic, for forms printed in Arabic (issue 7)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29 01:45:00.000000

Both backends: ``department_settings`` gains ``municipality_ar``, ``department_ar`` and ``address_ar`` (NOT
NULL, default ''); the row id 1 gets the fictional town of the demo in Arabic when its Arabic fields are all
empty. PostgreSQL: the security declared by revision 0011 grants on the whole table (not per column) and the
audit trigger copies the whole row, so both stay as they are. The downgrade drops the three columns.
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
    for name, length in COLUMNS:
        op.add_column("department_settings",
                      sa.Column(name, sa.String(length=length), nullable=False, server_default=""))
    op.execute(
        sa.text("UPDATE department_settings SET municipality_ar = :municipality_ar,"
                " department_ar = :department_ar, address_ar = :address_ar, version = version + 1,"
                " updated_by = 'maane db upgrade'"
                " WHERE id = 1 AND municipality_ar = '' AND department_ar = '' AND address_ar = ''")
        .bindparams(**DEFAULT_ARABIC)
    )


def downgrade() -> None:
    with op.batch_alter_table("department_settings", schema=None) as batch_op:
        for name, _ in reversed(COLUMNS):
            batch_op.drop_column(name)
