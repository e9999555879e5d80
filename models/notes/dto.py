"""Plain, frozen data of the notes area: what its services take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.changes import Changes


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
