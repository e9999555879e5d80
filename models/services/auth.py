"""Signing in. SQLite: Maane's own user table with argon2 hashes and a lock-out. PostgreSQL: the server
authenticates the staff member's own login; Maane looks up the user of that login."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, text

from models.db import Database
from models.dto import CurrentUser
from models.entities import User
from models.errors import AccountLocked, AuthenticationFailed
from models.services.base import write_audit

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


def _hasher():  # argon2 is imported only when someone signs in
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def to_current_user(u: User) -> CurrentUser:
    return CurrentUser(
        id=u.id,
        username=u.username,
        full_name=u.full_name,
        role=u.role,
        team_id=u.team_id,
        team_name=u.team.name if u.team else "",
    )


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class AuthService:
    def __init__(self, db: Database, *, clock=lambda: datetime.now(UTC)) -> None:
        self._db = db
        self._clock = clock

    def sign_in(self, username: str, password: str) -> CurrentUser:
        """SQLite sign-in. Wrong password or unknown user: AuthenticationFailed (the same for both);
        5 failures in a row lock the account for 15 minutes: AccountLocked(until=...)."""
        username = username.strip().lower()
        now = self._clock()
        with self._db.session() as s:
            user = s.scalar(select(User).where(func.lower(User.username) == username))
            if user is None or not user.active or not user.password_hash:
                write_audit(s, username or "?", "login", allowed=False, detail={"reason": "unknown"})
                failure: Exception = AuthenticationFailed()
            elif user.locked_until is not None and _aware(user.locked_until) > now:
                write_audit(s, user.username, "login", entity="user", entity_id=user.id, allowed=False,
                            detail={"reason": "locked"})
                failure = AccountLocked(until=_aware(user.locked_until))
            elif self._verify(user, password):
                user.failed_logins = 0
                user.locked_until = None
                user.updated_by = user.username
                write_audit(s, user.username, "login", entity="user", entity_id=user.id)
                return to_current_user(user)
            else:
                user.failed_logins += 1
                user.updated_by = user.username
                if user.failed_logins >= MAX_FAILURES:
                    user.locked_until = now + LOCKOUT
                    user.failed_logins = 0
                    failure = AccountLocked(until=user.locked_until)
                else:
                    failure = AuthenticationFailed(remaining=MAX_FAILURES - user.failed_logins)
                write_audit(s, user.username, "login", entity="user", entity_id=user.id, allowed=False,
                            detail={"reason": "password"})
        raise failure

    @staticmethod
    def _verify(user: User, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        hasher = _hasher()
        try:
            hasher.verify(user.password_hash or "", password)
        except (VerificationError, InvalidHashError):
            return False
        if hasher.check_needs_rehash(user.password_hash or ""):
            user.password_hash = hasher.hash(password)
        return True

    def connected_user(self) -> CurrentUser:
        """PostgreSQL: the Maane user of the login this connection was made with."""
        with self._db.session() as s:
            login = s.execute(text("SELECT session_user")).scalar_one()
            user = s.scalar(select(User).where(User.username == login, User.active.is_(True)))
            if user is None:
                write_audit(s, login, "login", allowed=False, detail={"reason": "no_maane_user"})
            else:
                write_audit(s, user.username, "login", entity="user", entity_id=user.id)
                return to_current_user(user)
        raise AuthenticationFailed(reason="no_maane_user", login=login)
