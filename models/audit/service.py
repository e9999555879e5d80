"""Reading the audit: "who opened file X", "what did user U open"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from models.audit.dto import AuditEntryDTO
from models.audit.entities import AuditEvent
from models.roles import Action
from models.service import ServiceBase

AUDIT_RETENTION_MONTHS = 24  # Privacy Protection (Data Security) Regulations 2017, reg. 10


def _dto(e: AuditEvent) -> AuditEntryDTO:
    return AuditEntryDTO(e.at, e.user_name, e.action, e.entity, e.entity_id, e.file_id, e.allowed, e.detail)


class AuditService(ServiceBase):
    def by_user(self, username: str, since: datetime | None = None, limit: int = 1000) -> list[AuditEntryDTO]:
        """What one user did (manager, admin)."""
        self._require(Action.VIEW_ALL_AUDIT, entity="audit")
        with self._tx() as s:
            stmt = select(AuditEvent).where(AuditEvent.user_name == username)
            if since is not None:
                stmt = stmt.where(AuditEvent.at >= since)
            rows = s.scalars(stmt.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)).all()
            self._audit(s, "view_audit", entity="user_audit", detail={"user": username})
            return [_dto(e) for e in rows]

    def for_file(self, file_id: int, limit: int = 1000) -> list[AuditEntryDTO]:
        """Who viewed, searched into, changed or printed one file, across the whole department (manager,
        admin); a team head reads the same through FamilyService.audit_trail."""
        self._require(Action.VIEW_ALL_AUDIT, entity="audit", file_id=file_id)
        with self._tx() as s:
            rows = s.scalars(
                select(AuditEvent).where(AuditEvent.file_id == file_id)
                .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
            ).all()
            self._audit(s, "view_audit", entity="family_file", entity_id=file_id, file_id=file_id)
            return [_dto(e) for e in rows]
