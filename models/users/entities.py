from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Versioned
from models.roles import ROLE_CODES
from models.security import TableSecurity, secured

_ROLE_LIST = ", ".join(f"'{r}'" for r in ROLE_CODES)
# Staff and teams: every role reads them (names on screens, the policies' user context); the admin writes.
_STAFF_TABLES = TableSecurity.reference(grants={"all": ["SELECT"], "admin": ["INSERT", "UPDATE"]})


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
        {"info": secured(_STAFF_TABLES)},
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
