"""Staff accounts and teams (the admin's work; also used by the CLI and the seeds)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db import Database
from models.errors import DuplicateSuspected, ValidationError
from models.roles import ROLE_CODES, Action
from models.service import ServiceBase, write_audit
from models.text import clean_line
from models.users.auth import hash_password
from models.users.dto import TeamDTO, UserRef
from models.users.entities import Team, User

USERNAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
MIN_PASSWORD = 8
# Refused whatever their length: the most used passwords of 8 characters and more (public breach lists),
# and the names of this product and department. Compared case-insensitively.
COMMON_PASSWORDS = frozenset({
    "password", "password1", "password12", "password123", "passw0rd", "p@ssw0rd", "p@ssword", "12345678",
    "123456789", "1234567890", "0123456789", "87654321", "11111111", "00000000", "12341234", "11223344",
    "12121212", "123123123", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "q1w2e3r4", "a1b2c3d4", "abcd1234",
    "aa123456", "qwertyui", "qwertyuiop", "qwerty123", "qwerty12", "asdfghjk", "asdfasdf", "zxcvbnm1",
    "iloveyou", "sunshine", "princess", "football", "baseball", "superman", "trustno1", "letmein1",
    "welcome1", "welcome123", "admin123", "administrator", "changeme", "changeme1", "qazwsxedc",
    "shalom123", "israel123", "maane123", "maane1234", "rivacha123", "revaha123",
})


def check_password(username: str, password: str) -> None:
    """The password policy, the same on both backends (``maane user add``, the admin screens): at least
    MIN_PASSWORD characters, not containing the user name, not one of the most common passwords."""
    if not password or "\x00" in password:
        raise ValidationError("password_invalid", field="password")
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password_too_short", field="password", min=MIN_PASSWORD)
    low = password.lower()
    if username and username.strip().lower() in low:
        raise ValidationError("password_is_username", field="password")
    if low in COMMON_PASSWORDS:
        raise ValidationError("password_common", field="password")


def ensure_team(s: Session, name: str, who: str) -> Team:
    try:
        name = clean_line(name, "team", 120, required=True)
    except ValidationError as exc:
        raise ValidationError("team_name_invalid", field="team") from exc
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
    full_name = clean_line(full_name, "full_name", 120) or username
    if password is not None:
        check_password(username, password)
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


def _ref(u: User) -> UserRef:
    return UserRef(u.id, u.username, u.full_name, u.role, u.team_id, u.team.name if u.team else "", u.active)


def add_staff(db: Database, *, username: str, full_name: str, role: str, team: str | None,
              password: str | None, who: str) -> UserRef:
    """A staff member added by the database's administrator (``maane user add``), in one transaction.
    SQLite: a Maane account with an argon2 hash (a password is required). PostgreSQL: the login role in the
    group of ``role`` (with its password, or none when the server authenticates otherwise) and the Maane
    user row. The same validation and password policy on both."""
    username = username.strip().lower()
    if password is not None:
        check_password(username, password)
    elif not db.backend.staff_logins:
        raise ValidationError("password_required", field="password")
    with db.session() as s:
        if db.backend.staff_logins:
            from models.pg_admin import create_login

            if not USERNAME_RE.match(username):  # before the role is created: the same message on both
                raise ValidationError("username_invalid", field="username", username=username)
            if role not in ROLE_CODES:
                raise ValidationError("role_unknown", field="role", role=role)
            create_login(s.connection(), username, password, role)
        u = add_user_row(s, username=username, full_name=full_name, role=role, team=team,
                         password=None if db.backend.staff_logins else password, who=who)
        return _ref(u)


def user_count(db: Database) -> int:
    """How many staff accounts the database holds (``maane self-test``, ``seed demo --if-empty``)."""
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(User)) or 0)


class UserService(ServiceBase):
    def list_users(self) -> list[UserRef]:
        self._require(Action.MANAGE_USERS, entity="user")
        with self._tx() as s:
            return [_ref(u) for u in s.scalars(select(User).order_by(User.username))]

    def add_user(self, username: str, full_name: str, role: str, team: str | None,
                 password: str | None) -> UserRef:
        self._require(Action.MANAGE_USERS, entity="user")
        with self._tx() as s:
            u = add_user_row(s, username=username, full_name=full_name, role=role, team=team, password=password,
                             who=self.user.username)
            return _ref(u)

    def teams(self) -> list[TeamDTO]:
        with self._tx() as s:
            return [TeamDTO(t.id, t.name) for t in s.scalars(select(Team).order_by(Team.name))]
