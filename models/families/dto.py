"""Plain, frozen data of the families area: what its services take and return."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from models.changes import Changes
from models.department.dto import Letterhead
from models.notes.dto import NoteDTO
from models.people.dto import PersonDTO, PersonInput
from models.tasks.dto import TaskDTO
from models.users.dto import UserRef


@dataclass(frozen=True)
class WorkerLoad:
    """A worker a file can be handed to, with the load the acting user can see: open family files assigned
    to them and their open tasks."""

    user: UserRef
    open_files: int
    open_tasks: int


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
class NewMember:
    """A person not yet known, to be created and added to a file in the same transaction. ``dismissed``: the
    candidates the duplicate check showed and the worker dismissed ("none of these: a new person"); None
    when no check was made (then only the exact ID number and same name and birth date refuse it)."""

    person: PersonInput
    relation: str
    dismissed: tuple[int, ...] | None = None


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


@dataclass(frozen=True)
class FamilySummary:
    """What the family file summary form prints: the file with its members, address and worker, the open
    tasks, and the signed notes the worker chose; the letterhead; who printed it and when (server clock)."""

    file: FamilyFileDTO
    open_tasks: tuple[TaskDTO, ...]
    notes: tuple[NoteDTO, ...]
    letterhead: Letterhead
    printed_by: str
    printed_at: datetime
