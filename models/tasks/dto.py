"""Plain, frozen data of the tasks area: what its services take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.changes import Changes


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
    # the continuum's (revision 0022): read only by its readers and the assignee (models.tasks.service)
    confidential: bool = False

    def changes(self) -> Changes:
        return Changes.make(files=(self.file_id,), tasks=(self.id,))
