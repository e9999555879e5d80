from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned
from models.roles import PERMISSIONS, Action
from models.security import TableSecurity, secured

# The roles that read a confidential task (revision 0022) of the files they see: the continuum's readers
# (Action.VIEW_FOSTER: the family and youth-law workers, team heads, the manager). A confidential task holds
# the continuum's case content (an emergency foster referral's reason, a youth-law forum's intervention and
# decision note); besides them only its assignee reads it, not the committee coordinator, the club and
# intake workers (who see every unrestricted file) nor the administrator.
CONFIDENTIAL_TASK_READERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items()
                                         if Action.VIEW_FOSTER in actions))
GUARD = "maane_tasks_guard"


class Task(Versioned, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_assignee_open", "assignee_id", "done", "due_date"),
        Index("ix_tasks_file", "file_id"),
        # the open tasks by due date, the most overdue first (revision 0016: the committee's follow-up page)
        Index("ix_tasks_open_due", "due_date", "id", sqlite_where=text("done = 0"), postgresql_where=text("NOT done")),
        # assigned (or moved) only to a user who may see the file: a trigger (revision 0005); a confidential
        # task read only by CONFIDENTIAL_TASK_READERS and its assignee, and never made ordinary again: the
        # guard maane_tasks_guard (revision 0022)
        {"info": secured(TableSecurity.file("file_id", assignee_column="assignee_id", guard=GUARD,
                                            readers=CONFIDENTIAL_TASK_READERS, recorder_column="assignee_id",
                                            confidential_column="confidential"))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # the continuum's (revision 0022): read only by CONFIDENTIAL_TASK_READERS among those who see the file,
    # and by its assignee; set when made (models.foster, models.forum), never cleared
    confidential: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())
