from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned
from models.security import TableSecurity, secured


class Task(Versioned, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_assignee_open", "assignee_id", "done", "due_date"),
        Index("ix_tasks_file", "file_id"),
        # the open tasks by due date, the most overdue first (revision 0016: the committee's follow-up page)
        Index("ix_tasks_open_due", "due_date", "id", sqlite_where=text("done = 0"), postgresql_where=text("NOT done")),
        # assigned (or moved) only to a user who may see the file: a trigger (revision 0005)
        {"info": secured(TableSecurity.file("file_id", assignee_column="assignee_id"))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
