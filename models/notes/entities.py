from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned
from models.roles import PERMISSIONS, Action
from models.security import TableSecurity, secured

# The roles that read case notes at all (revision 0017): those who write them (Action.WRITE_NOTE), among
# those who see the file. Not the club worker (she reads a file's members, its club rows and tasks, not the
# family's notes) nor the administrator (who sees no file anyway).
NOTE_READERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items() if Action.WRITE_NOTE in actions))


class CaseNote(Versioned, Base):
    """A running note (רישום שוטף). Editable while a draft; read-only once signed. A correction is a new
    note whose ``corrects_id`` points back."""

    __tablename__ = "case_notes"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('home_visit', 'office_meeting', 'phone_call', 'service_contact', 'other')",
            name="kind_known",
        ),
        Index("ix_case_notes_file_date", "file_id", "note_date"),
        # Written in the login's own name only; a draft is read by its author and those who supervise the
        # file's team (its team head, the manager); a signed note is final, in the database too (0005); read
        # only by NOTE_READERS (0017).
        {"info": secured(TableSecurity.file("file_id", author_column="author_id", signed_column="signed_at",
                                            readers=NOTE_READERS))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    note_date: Mapped[date] = mapped_column(Date, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("case_notes.id"), nullable=True)
