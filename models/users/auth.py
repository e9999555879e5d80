"""Signing in. SQLite: Maane's own user table with argon2 hashes and a lock-out. PostgreSQL: the server
authenticates the staff member's own login; Maane looks up the user of that login."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text

from models.address import DatabaseAddress
from models.db import Database, connect
from models.errors import AccountLocked, AuthenticationFailed, DatabaseUnavailable
from models.keyboard import keyboard_layout, latin_readings
from models.service import write_audit
from models.users.dto import CurrentUser
from models.users.entities import User

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
# Verified against when the name is unknown (or has no password), so that an unknown name takes as long as
# a wrong password: the time taken tells nothing about which names exist. Same parameters as
# PasswordHasher() (a test holds them together); the password behind it was thrown away.
DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$qicGkX6rURBZ7jXe58AnLw$+w39Uw2iY3sx0bAq4h0Nbo6LrPHZ9NGXW5Zj/NcCToE"


@dataclass(frozen=True)
class SignedIn:
    """A signed-in user and the database opened for them (``address``: where, without the password)."""

    db: Database
    user: CurrentUser
    address: DatabaseAddress


@dataclass(frozen=True)
class TypedName:
    """A user name as typed (lower-case), and the names to look up: itself, or when it arrived in Hebrew or
    Arabic letters the Latin keys that typed it (``מםש`` -> ``noa``; see models.keyboard)."""

    typed: str
    names: tuple[str, ...]
    layout: str | None = None

    @classmethod
    def of(cls, typed: str) -> TypedName:
        typed = typed.strip().lower()
        readings = latin_readings(typed)
        return cls(typed, readings or (typed,), keyboard_layout(typed))

    @property
    def name(self) -> str:
        return self.names[0]

    def hints(self, password: str) -> dict[str, Any]:
        """What a failure may say about the input (never about the account): the name was typed on another
        layout (``layout``, ``typed``, ``meant``: the likeliest reading), the password holds Hebrew or
        Arabic letters (``password_layout``)."""
        out: dict[str, Any] = {}
        if self.layout is not None:
            out.update(layout=self.layout, typed=self.typed, meant=self.name)
        password_layout = keyboard_layout(password)
        if password_layout is not None:
            out["password_layout"] = password_layout
        return out


def sign_in(address: DatabaseAddress, username: str, password: str, *, db: Database | None = None) -> SignedIn:
    """Sign in to the database at ``address``. SQLite: Maane's own accounts (``db``: the database if already
    open). PostgreSQL: connect as the staff member's own login, then find the Maane user of that login.
    A wrong password and an unknown name raise the same AuthenticationFailed."""
    who = TypedName.of(username)
    if address.is_sqlite:
        opened = db is None
        db = db or connect(address)
        try:
            return SignedIn(db, AuthService(db).sign_in(username, password), address.without_password())
        except BaseException:
            if opened:  # the next attempt opens it again (a few milliseconds): nothing left behind
                db.dispose()
            raise
    for name in who.names:  # one, or two readings of an Arabic lam-alef
        try:
            db = connect(dataclasses.replace(address, username=name, password=password or None))
            break
        except DatabaseUnavailable as exc:
            if exc.params.get("reason") != "auth":
                raise
    else:
        raise AuthenticationFailed(**who.hints(password))
    try:
        user = AuthService(db).connected_user()
    except BaseException:
        db.dispose()
        raise
    return SignedIn(db, user, address.without_password())


def _hasher() -> PasswordHasher:  # argon2 is imported only when someone signs in
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def _verify_hash(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


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
    def __init__(self, db: Database, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = db
        self._clock = clock

    def sign_in(self, username: str, password: str) -> CurrentUser:
        """SQLite sign-in. Wrong password or unknown user: the same AuthenticationFailed, after the same
        work (an unknown name is verified against a dummy hash); 5 failures in a row lock the account for
        15 minutes: AccountLocked(until=...). A name typed on the Hebrew layout is read as its Latin keys."""
        who = TypedName.of(username)
        now = self._clock()
        with self._db.session() as s:
            found = {u.username.lower(): u for u in s.scalars(select(User).where(func.lower(User.username).in_(who.names)))}
            user = next((found[n] for n in who.names if n in found), None)
            username = user.username if user is not None else who.name
            if user is None or not user.active or not user.password_hash:
                _verify_hash(DUMMY_HASH, password)
                write_audit(s, username or "?", "login", allowed=False, detail={"reason": "unknown"})
                failure: Exception = AuthenticationFailed(**who.hints(password))
            elif user.locked_until is not None and _aware(user.locked_until) > now:
                write_audit(s, user.username, "login", entity="user", entity_id=user.id, allowed=False,
                            detail={"reason": "locked"})
                failure = AccountLocked(until=_aware(user.locked_until), **who.hints(password))
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
                    failure = AccountLocked(until=user.locked_until, **who.hints(password))
                else:
                    failure = AuthenticationFailed(**who.hints(password))
                write_audit(s, user.username, "login", entity="user", entity_id=user.id, allowed=False,
                            detail={"reason": "password"})
        raise failure

    @staticmethod
    def _verify(user: User, password: str) -> bool:
        if not _verify_hash(user.password_hash or "", password):
            return False
        hasher = _hasher()
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
