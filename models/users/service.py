"""Staff accounts and teams (the admin's work; also used by the CLI and the seeds)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models.db import Database
from models.errors import ConflictError, DuplicateSuspected, NotFound, PermissionDenied, ValidationError
from models.roles import ROLE_CODES, Action
from models.service import ServiceBase, _Denied, write_audit
from models.text import clean_line
from models.users.auth import hash_password
from models.users.dto import StaffAccount, StaffChangeDTO, TeamDTO, UserRef
from models.users.entities import StaffChange, Team, User

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
    """Staff accounts (the accounts screen). The administrator adds accounts, deactivates them, resets
    passwords and unlocks them; a change of role or team, and making an account active, is asked by one staff
    officer (an administrator or the manager) and decided by another, never by the staff member concerned
    (issue 6, hole 2). On PostgreSQL the database holds the same rules (revision 0007: the guard trigger on
    users and the definer functions this service calls)."""

    def list_users(self) -> list[UserRef]:
        self._require(Action.MANAGE_USERS, entity="user")
        with self._tx() as s:
            return [_ref(u) for u in s.scalars(select(User).order_by(User.username))]

    def teams(self) -> list[TeamDTO]:
        with self._tx() as s:
            return [TeamDTO(t.id, t.name) for t in s.scalars(select(Team).order_by(Team.name))]

    # --- reading ---------------------------------------------------------------------------------------
    def staff(self) -> list[StaffAccount]:
        """Every account with its pending change, by full name (administrators and the manager)."""
        self._require_officer()
        with self._tx() as s:
            pending = {c.user_id: c for c in s.scalars(select(StaffChange).where(StaffChange.decided_at.is_(None)))}
            names = _names(s)
            teams = _team_names(s)
            users = s.scalars(select(User).order_by(User.full_name, User.username)).all()
            self._audit(s, "list_staff", entity="user", detail={"rows": len(users)})
            return [_account(u, pending.get(u.id), names, teams) for u in users]

    def staff_changes(self, *, pending_only: bool = False) -> list[StaffChangeDTO]:
        """The changes asked for, newest first (administrators and the manager)."""
        self._require_officer()
        with self._tx() as s:
            q = select(StaffChange).order_by(StaffChange.id.desc())
            if pending_only:
                q = q.where(StaffChange.decided_at.is_(None))
            names, teams = _names(s), _team_names(s)
            return [_change(c, names, teams) for c in s.scalars(q)]

    # --- the administrator's work -----------------------------------------------------------------------
    def add_user(self, username: str, full_name: str, role: str, team_id: int | None,
                 password: str) -> StaffAccount:
        """A new account, INACTIVE, with a pending change that activates it in ``role`` and ``team_id``:
        another officer approves it (nobody makes an account he can use, or give himself a second one).
        SQLite: the argon2 hash of ``password``; PostgreSQL: the login, with that password, by the definer
        function maane_create_staff_login. The same validation and password policy on both."""
        self._require(Action.MANAGE_USERS, entity="user")
        username = username.strip().lower()
        if not USERNAME_RE.match(username):
            raise ValidationError("username_invalid", field="username", username=username)
        if role not in ROLE_CODES:
            raise ValidationError("role_unknown", field="role", role=role)
        check_password(username, password)
        logins = self._db.backend.staff_logins
        with self._tx() as s:
            if s.scalar(select(func.count()).select_from(User).where(User.username == username)):
                raise DuplicateSuspected(field="username", username=username)
            team = self._team(s, team_id)
            full_name = full_name.strip() or username
            if len(full_name) > 120:
                raise ValidationError("too_long", field="full_name", max=120)
            if logins:
                from models.pg_admin import _scram_verifier, validate_username

                validate_username(username)
                s.execute(text("SELECT maane_create_staff_login(:u, :v, :r)"),
                          {"u": username, "v": _scram_verifier(s.connection(), username, password), "r": role})
            u = User(username=username, full_name=full_name, role=role, team_id=team.id if team else None,
                     active=False, password_hash=None if logins else hash_password(password),
                     created_by=self.user.username, updated_by=self.user.username)
            s.add(u)
            s.flush()
            self._audit(s, "staff_add", entity="user", entity_id=u.id,
                        detail={"username": username, "role": role, "team_id": u.team_id})
            change = self._request(s, u, role, u.team_id, activate=True)
            names, teams = _names(s), _team_names(s)
            return _account(u, change, names, teams)

    def deactivate(self, user_id: int, version: int) -> StaffAccount:
        """The account can no longer sign in (SQLite) nor see anything (PostgreSQL: the policies know only
        active users). Not one's own. Making it active again is a staff change another officer approves."""
        self._require(Action.MANAGE_USERS, entity="user", entity_id=user_id)
        with self._tx() as s:
            u = self._user(s, user_id)
            self._not_self(u, "deactivate")
            self._check_version(u, version)
            u.active = False
            u.updated_by = self.user.username
            s.flush()
            self._audit(s, "staff_deactivate", entity="user", entity_id=u.id)
            return self._fresh(s, u)

    def reset_password(self, user_id: int, password: str) -> StaffAccount:
        """A new password for another staff member (SQLite: Maane's hash, and the lock-out cleared;
        PostgreSQL: the login's password, by the definer function maane_set_staff_password). The password
        policy of ``check_password``. One's own password is changed by oneself, not here."""
        self._require(Action.MANAGE_USERS, entity="user", entity_id=user_id)
        with self._tx() as s:
            u = self._user(s, user_id)
            self._not_self(u, "reset_password")
            check_password(u.username, password)
            if self._db.backend.staff_logins:
                from models.pg_admin import _scram_verifier

                s.execute(text("SELECT maane_set_staff_password(:i, :v)"),
                          {"i": u.id, "v": _scram_verifier(s.connection(), u.username, password)})
            else:
                u.password_hash = hash_password(password)
            u.failed_logins = 0
            u.locked_until = None
            u.updated_by = self.user.username
            s.flush()
            self._audit(s, "staff_password", entity="user", entity_id=u.id)
            return self._fresh(s, u)

    def unlock(self, user_id: int) -> StaffAccount:
        """Clear the lock-out after repeated failed sign-ins (SQLite's; on PostgreSQL the server's own
        authentication has none of Maane's, and this only clears the counters)."""
        self._require(Action.MANAGE_USERS, entity="user", entity_id=user_id)
        with self._tx() as s:
            u = self._user(s, user_id)
            u.failed_logins = 0
            u.locked_until = None
            u.updated_by = self.user.username
            s.flush()
            self._audit(s, "staff_unlock", entity="user", entity_id=u.id)
            return self._fresh(s, u)

    # --- role and team: two people ----------------------------------------------------------------------
    def request_change(self, user_id: int, role: str, team_id: int | None, *,
                       activate: bool = False) -> StaffChangeDTO:
        """Ask for ``user_id``'s role and team to become ``role`` and ``team_id`` (``activate``: and the
        account active). Committed now; applied only when another officer approves it. Never for oneself;
        one pending change per user."""
        self._require_officer(entity_id=user_id)
        if role not in ROLE_CODES:
            raise ValidationError("role_unknown", field="role", role=role)
        with self._tx() as s:
            u = self._user(s, user_id)
            self._not_self(u, "request_staff_change")
            team = self._team(s, team_id)
            if (u.role, u.team_id) == (role, team.id if team else None) and (u.active or not activate):
                raise ValidationError("staff_change_empty", field="role")
            change = self._request(s, u, role, team.id if team else None, activate=activate)
            return _change(change, _names(s), _team_names(s))

    def decide_change(self, change_id: int, approve: bool) -> StaffChangeDTO:
        """Approve (apply to the account) or refuse a pending change. Not by who asked for it, not by the
        staff member concerned."""
        self._require_officer(entity="staff_change", entity_id=change_id)
        with self._tx() as s:
            c = s.get(StaffChange, change_id)
            if c is None:
                raise NotFound(entity="staff_change", id=change_id)
            if c.decided_at is not None:
                raise ConflictError("staff_change_decided", entity="staff_change", id=change_id)
            if c.requested_by == self.user.username:
                raise _Denied("decide_staff_change", entity="staff_change", entity_id=change_id,
                              error=PermissionDenied("staff_change_same_person"))
            if c.user_id == self.user.id:
                raise _Denied("decide_staff_change", entity="staff_change", entity_id=change_id,
                              error=PermissionDenied("staff_change_own_account"))
            u = self._user(s, c.user_id)
            if approve and (u.role, u.team_id) != (c.old_role, c.old_team_id):
                raise ConflictError("staff_change_stale", entity="user", id=u.id)
            if self._db.backend.staff_logins:
                s.execute(text("SELECT maane_decide_staff_change(:c, :a)"), {"c": c.id, "a": approve})
                s.expire_all()
                c = s.get(StaffChange, change_id)
                assert c is not None
            else:
                c.decided_by = self.user.username
                c.decided_at = datetime.now(UTC)
                c.approved = approve
                if approve:
                    u.role, u.team_id = c.new_role, c.new_team_id
                    u.active = u.active or c.activate
                    u.updated_by = self.user.username
                s.flush()
            self._audit(s, "staff_change_decide", entity="user", entity_id=c.user_id,
                        detail={"change": c.id, "approved": approve, "role": [c.old_role, c.new_role],
                                "team_id": [c.old_team_id, c.new_team_id], "activate": c.activate})
            return _change(c, _names(s), _team_names(s))

    # --- helpers ----------------------------------------------------------------------------------------
    def _require_officer(self, *, entity: str = "user", entity_id: int | None = None) -> None:
        self._require(Action.DECIDE_STAFF_CHANGES, entity=entity, entity_id=entity_id)

    def _not_self(self, u: User, what: str) -> None:
        if u.id == self.user.id:
            raise _Denied(what, entity="user", entity_id=u.id, error=PermissionDenied("staff_own_account"))

    @staticmethod
    def _user(s: Session, user_id: int) -> User:
        u = s.get(User, user_id)
        if u is None:
            raise NotFound(entity="user", id=user_id)
        return u

    @staticmethod
    def _team(s: Session, team_id: int | None) -> Team | None:
        if team_id is None:
            return None
        team = s.get(Team, team_id)
        if team is None:
            raise ValidationError("team_unknown", field="team", id=team_id)
        return team

    def _request(self, s: Session, u: User, role: str, team_id: int | None, *, activate: bool) -> StaffChange:
        if s.scalar(select(StaffChange.id).where(StaffChange.user_id == u.id, StaffChange.decided_at.is_(None))):
            raise ConflictError("staff_change_pending", entity="user", id=u.id)
        if self._db.backend.staff_logins:
            change_id = s.execute(text("SELECT maane_request_staff_change(:u, :r, :t, :a)"),
                                  {"u": u.id, "r": role, "t": team_id, "a": activate}).scalar_one()
            change = s.get(StaffChange, change_id)
            assert change is not None
        else:
            change = StaffChange(user_id=u.id, old_role=u.role, new_role=role, old_team_id=u.team_id,
                                 new_team_id=team_id, activate=activate, requested_by=self.user.username,
                                 requested_at=datetime.now(UTC))
            s.add(change)
            s.flush()
        self._audit(s, "staff_change_request", entity="user", entity_id=u.id,
                    detail={"change": change.id, "role": [u.role, role], "team_id": [u.team_id, team_id],
                            "activate": activate})
        return change

    def _fresh(self, s: Session, u: User) -> StaffAccount:
        pending = s.scalar(select(StaffChange).where(StaffChange.user_id == u.id, StaffChange.decided_at.is_(None)))
        return _account(u, pending, _names(s), _team_names(s))


def _names(s: Session) -> dict[str | int, str]:
    """Full names by user name and by id (the screens show people, not logins)."""
    out: dict[str | int, str] = {}
    for i, n, f in s.execute(select(User.id, User.username, User.full_name)):
        out[n] = out[i] = f
    return out


def _team_names(s: Session) -> dict[int, str]:
    return {i: n for i, n in s.execute(select(Team.id, Team.name))}


def _change(c: StaffChange, names: dict[str | int, str], teams: dict[int, str]) -> StaffChangeDTO:
    return StaffChangeDTO(
        id=c.id, user_id=c.user_id, user_name=names.get(c.user_id, ""), old_role=c.old_role,
        new_role=c.new_role, old_team=teams.get(c.old_team_id, "") if c.old_team_id else "",
        new_team=teams.get(c.new_team_id, "") if c.new_team_id else "",
        activate=c.activate, requested_by=names.get(c.requested_by, c.requested_by),
        requested_at=c.requested_at, decided_by=names.get(c.decided_by or "", c.decided_by or ""),
        decided_at=c.decided_at, approved=c.approved, requested_login=c.requested_by,
    )


def _account(u: User, pending: StaffChange | None, names: dict[str | int, str],
             teams: dict[int, str]) -> StaffAccount:
    locked = u.locked_until
    if locked is not None and (locked if locked.tzinfo else locked.replace(tzinfo=UTC)) <= datetime.now(UTC):
        locked = None
    return StaffAccount(
        id=u.id, username=u.username, full_name=u.full_name, role=u.role, team_id=u.team_id,
        team_name=teams.get(u.team_id, "") if u.team_id else "", active=u.active, locked_until=locked,
        version=u.version, pending=_change(pending, names, teams) if pending else None,
    )
