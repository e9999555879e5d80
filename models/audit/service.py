"""Reading the audit: "who opened file X", "what did user U open"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, not_, or_, select

from models.audit.dto import AuditEntryDTO
from models.audit.entities import AuditEvent
from models.roles import Action, Role
from models.security import ADMIN_AUDIT_ACTIONS, ADMIN_AUDIT_ENTITIES
from models.service import ServiceBase

AUDIT_RETENTION_MONTHS = 24  # Privacy Protection (Data Security) Regulations 2017, reg. 10


def _dto(e: AuditEvent) -> AuditEntryDTO:
    return AuditEntryDTO(e.at, e.user_name, e.action, e.entity, e.entity_id, e.file_id, e.allowed, e.detail)


def admin_readable_clause() -> ColumnElement[bool]:
    """The audit rows the administrator reads: no case content (the audit_events policy of revision 0006
    says the same on PostgreSQL): not the row images of case tables; of any row not about staff, only
    those without a detail (who did what to which id, when)."""
    e = AuditEvent
    row_image = and_(e.action.like("db\\_%", escape="\\"), e.entity.not_in(("users", "teams")))
    return and_(not_(row_image),
                or_(e.detail == "", e.entity.in_(ADMIN_AUDIT_ENTITIES), e.action.in_(ADMIN_AUDIT_ACTIONS)))


class AuditService(ServiceBase):
    def _readable(self, stmt: Select[AuditEvent]) -> Select[AuditEvent]:
        """What the acting user may read of the log: the administrator no case content."""
        if Role(self.user.role) is Role.ADMIN:
            return stmt.where(or_(AuditEvent.user_name == self.user.username, admin_readable_clause()))
        return stmt

    def by_user(self, username: str, since: datetime | None = None, limit: int = 1000) -> list[AuditEntryDTO]:
        """What one user did (manager, admin)."""
        self._require(Action.VIEW_ALL_AUDIT, entity="audit")
        with self._tx() as s:
            stmt = self._readable(select(AuditEvent).where(AuditEvent.user_name == username))
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
                self._readable(select(AuditEvent).where(AuditEvent.file_id == file_id))
                .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
            ).all()
            self._audit(s, "view_audit", entity="family_file", entity_id=file_id, file_id=file_id)
            return [_dto(e) for e in rows]
