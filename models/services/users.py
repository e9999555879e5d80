"""Staff accounts and teams (the admin's work; also used by the CLI and the seeds)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.dto import TeamDTO, UserRef
from models.entities import Team, User
from models.errors import DuplicateSuspected, ValidationError
from models.roles import ROLE_CODES, Action
from models.services.auth import hash_password
from models.services.base import ServiceBase, write_audit

USERNAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
MIN_PASSWORD = 8


def ensure_team(s: Session, name: str, who: str) -> Team:
    name = name.strip()
    if not name or len(name) > 120:
        raise ValidationError("team_name_invalid", field="team")
    team = s.scalar(select(Team).where(Team.name == name))
    if team is None:
        team = Team(name=name, created_by=who, updated_by=who)
        s.add(team)
        s.flush()
        write_audit(s, who, "create", entity="team", entity_id=team.id, detail={"name": name})
    return team


def add_user_row(
    s: Session,
    *,
    username: str,
    full_name: str,
    role: str,
    team: str | None,
    password: str | None,
    who: str,
) -> User:
    """Validate and insert a user (inside the caller's transaction). ``password`` None: no SQLite password
    (a PostgreSQL login, authenticated by the server)."""
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise ValidationError("username_invalid", field="username", username=username)
    if role not in ROLE_CODES:
        raise ValidationError("role_unknown", field="role", role=role)
    full_name = full_name.strip() or username
    if len(full_name) > 120:
        raise ValidationError("too_long", field="full_name", max=120)
    if password is not None and len(password) < MIN_PASSWORD:
        raise ValidationError("password_too_short", field="password", min=MIN_PASSWORD)
    if s.scalar(select(func.count()).select_from(User).where(User.username == username)):
        raise DuplicateSuspected(field="username", username=username)
    team_row = ensure_team(s, team, who) if team else None
    u = User(
        username=username,
        full_name=full_name,
        role=role,
        team_id=team_row.id if team_row else None,
        password_hash=hash_password(password) if password is not None else None,
        created_by=who,
        updated_by=who,
    )
    s.add(u)
    s.flush()
    write_audit(s, who, "create", entity="user", entity_id=u.id, detail={"username": username, "role": role})
    return u


class UserService(ServiceBase):
    def list_users(self) -> list[UserRef]:
        self._require(Action.MANAGE_USERS, entity="user")
        with self._tx() as s:
            return [
                UserRef(u.id, u.username, u.full_name, u.role, u.team_id, u.team.name if u.team else "", u.active)
                for u in s.scalars(select(User).order_by(User.username))
            ]

    def add_user(self, username: str, full_name: str, role: str, team: str | None,
                 password: str | None) -> UserRef:
        self._require(Action.MANAGE_USERS, entity="user")
        with self._tx() as s:
            u = add_user_row(s, username=username, full_name=full_name, role=role, team=team, password=password,
                             who=self.user.username)
            return UserRef(u.id, u.username, u.full_name, u.role, u.team_id, u.team.name if u.team else "", u.active)

    def teams(self) -> list[TeamDTO]:
        with self._tx() as s:
            return [TeamDTO(t.id, t.name) for t in s.scalars(select(Team).order_by(Team.name))]
