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
RESPONSE_DAYS_MAX = 90
# urgency -> days (revision 0014 writes them as the columns' defaults)
DEFAULT_RESPONSE_DAYS = {"immediate": 0, "day": 1, "week": 7, "routine": 14}


class DepartmentSetting(Versioned, Base):
    __tablename__ = "department_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        CheckConstraint("logo_mime IN ('', 'image/png', 'image/jpeg')", name="logo_mime_known"),
        CheckConstraint("summary_notes BETWEEN 0 AND 50", name="summary_notes_range"),
        # revision 0014: the days within which a referral of each urgency gets an outcome (and the default
        # due date of the first-contact task), 0..90, never more for a more urgent one
        CheckConstraint(f"response_days_immediate BETWEEN 0 AND {RESPONSE_DAYS_MAX} "
                        f"AND response_days_routine BETWEEN 0 AND {RESPONSE_DAYS_MAX}",
                        name="response_days_range"),
        CheckConstraint("response_days_immediate <= response_days_day AND response_days_day <= response_days_week "
                        "AND response_days_week <= response_days_routine", name="response_days_order"),
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
    # the response days per urgency (revision 0014)
    response_days_immediate: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    response_days_day: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    response_days_week: Mapped[int] = mapped_column(Integer, nullable=False, default=7, server_default="7")
    response_days_routine: Mapped[int] = mapped_column(Integer, nullable=False, default=14, server_default="14")
