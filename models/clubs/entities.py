"""Requests for a place in a therapeutic club (revision 0014): a child of a family file, by one of the three
routes of DOMAIN.md; the clubs module (issue 10) decides them and adds their further statuses."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned
from models.codes import URGENCIES
from models.security import TableSecurity, secured

CLUB_ROUTES = ("family_worker", "intake", "school")
CLUB_REQUEST_STATUSES = ("waiting",)  # the clubs module (issue 10) adds the others


def _codes(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


class ClubRequest(Versioned, Base):
    __tablename__ = "club_requests"
    __table_args__ = (
        CheckConstraint(f"route IN ({_codes(CLUB_ROUTES)})", name="route_known"),
        CheckConstraint(f"urgency IN ({_codes(URGENCIES)})", name="urgency_known"),
        CheckConstraint(f"status IN ({_codes(CLUB_REQUEST_STATUSES)})", name="status_known"),
        Index("ix_club_requests_file", "file_id"),
        Index("ix_club_requests_status", "status", "requested_on"),
        # rows of the file; the child must be visible to whoever files the request (linking widens nothing)
        {"info": secured(TableSecurity.file("file_id", person_column="person_id"))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False, index=True)  # the child
    route: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    goals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    urgency: Mapped[str] = mapped_column(String(12), nullable=False, default="routine")
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    requested_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="waiting")
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), nullable=True, index=True)
