from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, func, text
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
        # the review reads newest first (at, id), a page at a time; the denied attempts are few (revision 0009)
        Index("ix_audit_events_at", "at", "id"),
        Index("ix_audit_events_denied", "at", "id", sqlite_where=text("allowed = 0"),
              postgresql_where=text("NOT allowed")),
        # No role inserts (revision 0005): the triggers write the changes, the services call the definer
        # function maane_write_audit, which stamps the login and the server's clock.
        {"info": secured(TableSecurity.audit_log(team_head_reads_lists=True))},
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


class AuditEventFile(Base):
    """The family files one audit event showed when it has no ``file_id`` of its own: a page of the family
    list, My tasks (revision 0009). Written with the event (PostgreSQL: by maane_write_audit from the
    detail's ``files``), so "who looked at file X" finds the lists that showed it. Readable by those who
    review the log (the team head: the rows of the files she sees; the manager: all); nobody writes it
    but the audit writer, nobody changes it; the purge removes it with its event."""

    __tablename__ = "audit_event_files"
    __table_args__ = (
        Index("ix_audit_event_files_file", "file_id"),
        {"info": secured(TableSecurity.file(
            grants={"team_head": ["SELECT"], "manager": ["SELECT"]}, audit=False))},
    )

    # No foreign key: TRUNCATE of audit_events must meet its append-only trigger, not a constraint; the
    # purge removes an event's files itself.
    audit_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(Integer, primary_key=True)
