"""Plain, frozen data of the users area: what its services take and return."""

from __future__ import annotations

from dataclasses import dataclass

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
