from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.security import TableSecurity, secured


class AuditEvent(Base):
    """Append-only record of who viewed, searched, changed, printed or exported what, and denied
    attempts. ``at`` comes from the database server's clock. Kept at least 24 months."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_file", "file_id", "at"),
        Index("ix_audit_events_user", "user_name", "at"),
        # No role inserts (revision 0005): the triggers write the changes, the services call the definer
        # function maane_write_audit, which stamps the login and the server's clock.
        {"info": secured(TableSecurity.audit_log())},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.current_timestamp()
    )
    user_name: Mapped[str] = mapped_column(String(63), nullable=False)
    action: Mapped[str] = mapped_column(String(24), nullable=False)
    entity: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    file_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    allowed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")
