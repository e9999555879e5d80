"""Plain, frozen data of the audit area: what its services take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class AuditEntryDTO:
    at: datetime
    user_name: str
    action: str
    entity: str
    entity_id: int | None
    file_id: int | None
    allowed: bool
    detail: str


# ---- the access-log review (issue 6, "Administration") ---------------------------------------------------

@dataclass(frozen=True)
class AuditFilter:
    """What the reviewer asks for; every field left empty means "any". ``kinds``: action kinds of
    ``models.audit.review.ACTION_KINDS`` ("view", "search", "change", ...). ``allowed``: True the allowed
    events, False the denied attempts, None both. ``date_from``/``date_to``: days in the reviewer's local
    time, both included. ``file_number`` is looked up when ``file_id`` is not given."""

    person_id: int | None = None
    file_id: int | None = None
    file_number: str = ""
    user_name: str = ""
    kinds: tuple[str, ...] = ()
    allowed: bool | None = None
    date_from: date | None = None
    date_to: date | None = None

    def described(self) -> dict[str, object]:
        """The filter as recorded in the review's own audit event (no empty fields)."""
        out: dict[str, object] = {}
        for key in ("person_id", "file_id", "file_number", "user_name", "kinds", "allowed", "date_from", "date_to"):
            value = getattr(self, key)
            if value not in (None, "", ()):
                out[key] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True)
class FieldChange:
    """One field of a changed row: its value before and after, as words the reader can check (a worker's
    or a team's name, not its id). ``before`` is empty for a new row, ``after`` for a removed one."""

    field: str
    before: str
    after: str


@dataclass(frozen=True)
class ReviewRow:
    """One event of the access log as the reviewer reads it: who by name and role (never a login name,
    unless the login matches no staff member, e.g. a failed sign-in with an unknown name), what, where."""

    id: int
    at: datetime  # timezone-aware
    actor_name: str
    actor_role: str  # a role code (models.roles.Role), "" when the login is no staff member
    action: str
    entity: str
    entity_id: int | None
    file_id: int | None
    file_number: str
    family_name: str
    person_name: str
    allowed: bool
    summary: str  # the search typed, a reason, a file's new worker...: only to readers who may see it
    files_shown: int  # a list: how many family files it showed
    changes: tuple[FieldChange, ...] = ()

    @property
    def is_change(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[ReviewRow, ...]
    offset: int
    has_more: bool
    upto_id: int  # the newest event the pages show: pass it on for the next pages
    next_offset: int  # where the next page starts (a page may show fewer rows than it read)


@dataclass(frozen=True)
class StaffName:
    """A staff member in the reviewer's user picker: the name and role, the login only as the key."""

    user_name: str
    full_name: str
    role: str
    active: bool


@dataclass(frozen=True)
class PurgeResult:
    before: date
    removed: int
    executed: bool  # False: only counted (no --yes)
