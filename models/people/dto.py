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
