"""The department settings: one row (id 1) of letterhead fields and the defaults of printed forms."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned
from models.security import TableSecurity, secured

# Printed on every form: every role reads it; only the administrator changes it (no INSERT or DELETE: the
# one row is made by revision 0011). The generic audit trigger records every change, raw SQL included.
_SETTINGS = TableSecurity.reference(grants={"all": ["SELECT"], "admin": ["UPDATE"]})

MUNICIPALITY_MAX = 120
DEPARTMENT_MAX = 120
ADDRESS_MAX = 200
PHONE_MAX = 40
EMAIL_MAX = 120


class DepartmentSetting(Versioned, Base):
    __tablename__ = "department_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        CheckConstraint("logo_mime IN ('', 'image/png', 'image/jpeg')", name="logo_mime_known"),
        CheckConstraint("summary_notes BETWEEN 0 AND 50", name="summary_notes_range"),
        {"info": secured(_SETTINGS)},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    municipality: Mapped[str] = mapped_column(String(MUNICIPALITY_MAX), nullable=False, default="")
    department: Mapped[str] = mapped_column(String(DEPARTMENT_MAX), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(ADDRESS_MAX), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(PHONE_MAX), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), nullable=False, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    logo_mime: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    summary_notes: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    # the letterhead in Arabic, for forms printed in Arabic (revision 0013); "" prints the Hebrew
    municipality_ar: Mapped[str] = mapped_column(String(MUNICIPALITY_MAX), nullable=False, default="",
                                                  server_default="")
    department_ar: Mapped[str] = mapped_column(String(DEPARTMENT_MAX), nullable=False, default="",
                                                server_default="")
    address_ar: Mapped[str] = mapped_column(String(ADDRESS_MAX), nullable=False, default="",
                                             server_default="")
