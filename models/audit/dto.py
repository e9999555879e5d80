"""Plain, frozen data of the audit area: what its services take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
