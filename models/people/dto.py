"""Plain, frozen data of the people area: what its services take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.changes import Changes


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
class CandidateFile:
    """A family file the candidate belongs to, as far as the worker may see it."""

    file_id: int
    file_number: str
    family_name: str
    address: str
    status: str


@dataclass(frozen=True)
class DuplicateCandidate:
    """A known person who may be the one being entered (models.people.duplicates), with why.

    ``score``: 0-100, higher first. ``strong``: the save of a new person is refused unless the worker
    dismissed this candidate. ``reasons``: codes, strongest first, among "id_number" (the same ID number),
    "phone" (a phone in common), "name" (the same normalised name), "name_variant" (a spelling variant:
    full/defective spelling, final letters, geresh), "name_arabic" (matched on the Arabic-script name),
    "name_latin" (matched on the Latin-letter name), "birth_date" (the same), "birth_date_near" (day and
    month swapped, or a few days apart), "address" (the same address on one of their files)."""

    person: PersonDTO
    score: int
    strong: bool
    reasons: tuple[str, ...]
    files: tuple[CandidateFile, ...] = ()
