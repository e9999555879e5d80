from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer, String, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Versioned
from models.roles import ROLE_CODES
from models.security import TableSecurity, secured

_ROLE_LIST = ", ".join(f"'{r}'" for r in ROLE_CODES)
# Staff and teams: every role reads them (names on screens, the policies' user context); the admin writes.
_STAFF_TABLES = TableSecurity.reference(grants={"all": ["SELECT"], "admin": ["INSERT", "UPDATE"]})
# users (revision 0007): the trigger maane_users_guard refuses, to every Maane login, a change of a user's id,
# name, role or team, an account made active and the activation of an inactive one: those take an approved
# staff change (maane_decide_staff_change). Issue 6, hole 2: the admin promoted himself with UPDATE.
_USERS = TableSecurity.reference(grants={"all": ["SELECT"], "admin": ["INSERT", "UPDATE"]},
                                 guard="maane_users_guard")
# Requests to change a user's role or team (or to activate an account) and their decisions: every role reads
# them; only the definer functions of revision 0007 write them (a request, then another person's decision).
_CHANGES = TableSecurity.reference(grants={"all": ["SELECT"]})


class Team(Versioned, Base):
    __tablename__ = "teams"
    __table_args__ = ({"info": secured(_STAFF_TABLES)},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)


class User(Versioned, Base):
    """A staff member. On PostgreSQL ``username`` is also the login role's name."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(f"role IN ({_ROLE_LIST})", name="role_known"),
        {"info": secured(_USERS)},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(63), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), nullable=True, index=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # SQLite only: argon2 hash and lock-out state. Empty on PostgreSQL (the server authenticates).
    password_hash: Mapped[str | None] = mapped_column(String(255), nullable=True)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    team: Mapped[Team | None] = relationship(lazy="joined")


class StaffChange(Base):
    """A change of a staff member's role and team (``activate``: and the account made active), asked by one
    person (``requested_by``) and decided by another (``decided_by``, ``approved``), never by the staff
    member concerned. Pending while ``decided_at`` is NULL; at most one pending change per user."""

    __tablename__ = "staff_changes"
    __table_args__ = (
        CheckConstraint(f"new_role IN ({_ROLE_LIST})", name="new_role_known"),
        Index("ix_staff_changes_pending", "user_id", unique=True,
              sqlite_where=text("decided_at IS NULL"), postgresql_where=text("decided_at IS NULL")),
        {"info": secured(_CHANGES)},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    old_role: Mapped[str] = mapped_column(String(32), nullable=False)
    new_role: Mapped[str] = mapped_column(String(32), nullable=False)
    old_team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), nullable=True)
    new_team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), nullable=True)
    activate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    requested_by: Mapped[str] = mapped_column(String(63), nullable=False)
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                   server_default=func.current_timestamp())
    decided_by: Mapped[str | None] = mapped_column(String(63), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    approved: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
