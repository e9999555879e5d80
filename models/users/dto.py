"""Plain, frozen data of the users area: what its services take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.changes import Changes


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    full_name: str
    role: str
    team_id: int | None
    team_name: str


@dataclass(frozen=True)
class UserRef:
    id: int
    username: str
    full_name: str
    role: str
    team_id: int | None
    team_name: str = ""
    active: bool = True

    def changes(self) -> Changes:
        return Changes.make(users=(self.id,))


@dataclass(frozen=True)
class TeamDTO:
    id: int
    name: str


@dataclass(frozen=True)
class StaffChangeDTO:
    """A change of a staff member's role and team (``activate``: and the account made active), asked by one
    person and decided by another. Names are full names (the screen shows people, not logins)."""

    id: int
    user_id: int
    user_name: str  # the staff member's full name
    old_role: str
    new_role: str
    old_team: str
    new_team: str
    activate: bool
    requested_by: str  # full name of who asked
    requested_at: datetime
    decided_by: str = ""
    decided_at: datetime | None = None
    approved: bool | None = None
    requested_login: str = ""  # who asked, as a login (the screen disables Approve for them; not shown)

    @property
    def pending(self) -> bool:
        return self.decided_at is None

    def changes(self) -> Changes:
        return Changes.make(users=(self.user_id,))


@dataclass(frozen=True)
class StaffAccount:
    """A staff account as the accounts screen lists it. ``locked_until``: SQLite's lock-out after repeated
    failures (None when not locked; PostgreSQL logins are locked out by the server, not by Maane)."""

    id: int
    username: str
    full_name: str
    role: str
    team_id: int | None
    team_name: str
    active: bool
    locked_until: datetime | None = None
    version: int = 1
    pending: StaffChangeDTO | None = None

    def changes(self) -> Changes:
        return Changes.make(users=(self.id,))
