"""Plain, frozen data the services return and take. Never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

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
class WorkerLoad:
    """A worker a file can be handed to, with the load the acting user can see: open family files assigned
    to them and their open tasks."""

    user: UserRef
    open_files: int
    open_tasks: int


@dataclass(frozen=True)
class TeamDTO:
    id: int
    name: str


@dataclass(frozen=True)
class PersonInput:
    first_name: str
    last_name: str
    id_kind: str = "il"
    id_number: str | None = None
    first_name_ar: str = ""
    last_name_ar: str = ""
    first_name_lat: str = ""
    last_name_lat: str = ""
    birth_date: date | None = None
    sex: str = "x"
    preferred_language: str = "he"
    phones: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonDTO:
    id: int
    version: int
    id_kind: str
    id_number: str | None
    first_name: str
    last_name: str
    first_name_ar: str
    last_name_ar: str
    first_name_lat: str
    last_name_lat: str
    birth_date: date | None
    sex: str
    preferred_language: str
    phones: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def changes(self) -> Changes:
        return Changes.make(persons=(self.id,))


@dataclass(frozen=True)
class MemberDTO:
    person: PersonDTO
    relation: str


@dataclass(frozen=True)
class FileRow:
    """One row of the family-file list."""

    id: int
    file_number: str
    family_name: str
    address: str
    locality: str
    worker_name: str
    team_name: str
    status: str
    restricted: bool
    opened_on: date
    open_tasks: int = 0
    overdue_tasks: int = 0  # open tasks whose due date has passed
    # For a row of a search that matched a member (names, ID number or phone): that member's name, and
    # what matched: "name", "id_number" or "phone". Empty otherwise.
    matched: str = ""
    matched_on: str = ""


@dataclass(frozen=True)
class NewFamilyFile:
    family_name: str
    team_id: int
    worker_id: int | None = None
    address: str = ""
    locality: str = ""
    neighbourhood: str = ""
    opened_on: date | None = None
    file_number: str | None = None  # None: the next free number of the year
    restricted: bool = False


@dataclass(frozen=True)
class FileChanges:
    family_name: str
    address: str
    locality: str
    neighbourhood: str


@dataclass(frozen=True)
class FamilyFileDTO:
    id: int
    version: int
    file_number: str
    family_name: str
    address: str
    locality: str
    neighbourhood: str
    status: str
    opened_on: date
    closed_on: date | None
    close_reason: str
    worker: UserRef | None
    team_id: int
    team_name: str
    restricted: bool
    named_user_ids: tuple[int, ...]
    members: tuple[MemberDTO, ...]

    def changes(self) -> Changes:
        return Changes.make(files=(self.id,), persons=(m.person.id for m in self.members))


@dataclass(frozen=True)
class NoteDTO:
    id: int
    version: int
    file_id: int
    author_id: int
    author_name: str
    kind: str
    note_date: date
    text: str
    signed_at: datetime | None
    corrects_id: int | None
    corrected_by: tuple[int, ...] = ()

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    def changes(self) -> Changes:
        return Changes.make(files=(self.file_id,), notes=(self.id,))


@dataclass(frozen=True)
class TaskDTO:
    id: int
    version: int
    file_id: int
    file_number: str
    title: str
    due_date: date | None
    assignee_id: int
    assignee_name: str
    done: bool
    description: str = ""
    family_name: str = ""

    def changes(self) -> Changes:
        return Changes.make(files=(self.file_id,), tasks=(self.id,))


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


@dataclass(frozen=True)
class FileCapabilities:
    """What the acting user may do with one file (for the view to offer; the services check again)."""

    edit: bool = False
    close: bool = False
    reassign: bool = False
    write_note: bool = False
    manage_tasks: bool = False
    view_audit: bool = False


@dataclass(frozen=True)
class FileDetail:
    file: FamilyFileDTO
    notes: tuple[NoteDTO, ...]
    tasks: tuple[TaskDTO, ...]
    can: FileCapabilities = field(default_factory=FileCapabilities)
