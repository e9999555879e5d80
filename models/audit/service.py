"""Reading the audit: "who opened file X", "what did user U open"."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from models.audit.dto import AuditEntryDTO, AuditFilter, AuditPage, ReviewRow, StaffName
from models.audit.entities import AuditEvent, AuditEventFile
from models.audit.retention import RETENTION_MONTHS
from models.audit.review import actions_of, parse_detail, person_ids, row_changes, summary_of
from models.families.entities import FamilyFile, FamilyMember
from models.people.entities import Person
from models.roles import Action, Role
from models.security import ADMIN_AUDIT_ACTIONS, ADMIN_AUDIT_ENTITIES
from models.service import ServiceBase
from models.users.entities import Team, User

AUDIT_RETENTION_MONTHS = RETENTION_MONTHS  # Privacy Protection (Data Security) Regulations 2017, reg. 10
REVIEW_PAGE = 200
PERSON_ROW_TABLES = ("person_phones", "person_name_keys")  # a person's own rows, not in any file
EXPORT_LIMIT = 100_000  # rows in one CSV export; a longer period is exported in parts


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

    # ---- the access-log review (issue 6): manager the department, a team head her team's files ---------
    def _require_review(self, flt: AuditFilter) -> None:
        self._require(Action.REVIEW_ACCESS_LOG, entity="audit_review", file_id=flt.file_id)

    def review(self, flt: AuditFilter, *, offset: int = 0, limit: int = REVIEW_PAGE,
               upto_id: int | None = None) -> AuditPage:
        """The events matching ``flt`` that the reviewer may read, newest first, a page at a time: who (name
        and role), what, which file and person, allowed or denied, and for a change the old and new value of
        each field. The manager reads the whole department's log; a team head the events of the files she
        sees (her team's) and the lists that showed one of them; nobody else (the attempt is recorded).
        Reading the review is itself recorded. The next pages pass the first page's ``upto_id``: events
        written since (this review's own among them) do not shift the pages."""
        self._require_review(flt)
        limit = max(1, min(limit, 1000))
        with self._tx() as s:
            if upto_id is None:
                upto_id = s.scalar(select(func.max(AuditEvent.id))) or 0
            rows, more = _Review(self, s, flt, upto_id).rows(max(0, offset), limit)
            self._audit(s, "review_access_log", entity="audit_review", file_id=flt.file_id,
                        detail={"filter": flt.described(), "offset": offset, "rows": len(rows)})
            return AuditPage(tuple(rows), offset, more, upto_id, max(0, offset) + limit)

    def staff_names(self) -> list[StaffName]:
        """The staff for the reviewer's user picker, by name (the login is only the key)."""
        self._require(Action.REVIEW_ACCESS_LOG, entity="audit_review")
        with self._tx() as s:
            return [StaffName(u.username, u.full_name, u.role, u.active)
                    for u in s.scalars(select(User).order_by(User.full_name, User.username))]

    def export_csv(self, flt: AuditFilter, *, describe: Callable[[ReviewRow], str] | None = None,
                   headers: Sequence[str] = (), role_name: Callable[[str], str] | None = None,
                   field_name: Callable[[str], str] | None = None) -> bytes:
        """The events of ``flt`` (as ``review`` gives them, at most EXPORT_LIMIT) as CSV: UTF-8 with a byte
        order mark (Excel then reads Hebrew and Arabic), names and roles, the old -> new of each change.
        ``describe`` says an event in the reader's language (default: its action code), ``headers`` the
        column titles, ``role_name`` a role, ``field_name`` a changed field. Recorded as an export of the log."""
        self._require(Action.REVIEW_ACCESS_LOG, entity="audit_review", file_id=flt.file_id)
        say = describe or (lambda r: r.action)
        role = role_name or (lambda code: code)
        field = field_name or (lambda name: name)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(list(headers) or list(CSV_HEADERS))
        with self._tx() as s:
            rows, _more = _Review(self, s, flt).rows(0, EXPORT_LIMIT)
            for r in rows:
                at = r.at.astimezone()
                writer.writerow([at.strftime("%d/%m/%Y %H:%M:%S"), r.actor_name, role(r.actor_role) if r.actor_role else "",
                                 say(r), r.file_number, r.family_name, r.person_name,
                                 "✓" if r.allowed else "✗", r.summary, _csv_changes(r, field)])
            self._audit(s, "audit_export", entity="audit_review", file_id=flt.file_id,
                        detail={"filter": flt.described(), "rows": len(rows)})
        return out.getvalue().encode("utf-8-sig")


# ---- the access-log review ---------------------------------------------------------------------------------



def _local_midnight(day: date) -> datetime:
    """The start of ``day`` in the reviewer's local time, as an aware UTC time (what both databases compare)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)  # SQLite keeps UTC without its zone


class _Review:
    """One review query: the rows a reviewer may read that match a filter, newest first."""

    def __init__(self, svc: AuditService, s: Session, flt: AuditFilter, upto_id: int | None = None) -> None:
        self.svc, self.s, self.flt, self.upto_id = svc, s, flt, upto_id
        self.users = {u.id: u.full_name for u in s.scalars(select(User))}
        self.teams = {t.id: t.name for t in s.scalars(select(Team))}
        self.persons: dict[int, str] = {}

    def file_id(self) -> int | bool | None:
        """The file the filter names: its id, None when it names none, False when it names one that is not
        there (or not visible to the reviewer)."""
        flt, svc = self.flt, self.svc
        if flt.file_id is None and not flt.file_number.strip():
            return None
        stmt = select(FamilyFile.id)
        if flt.file_id is not None:
            stmt = stmt.where(FamilyFile.id == flt.file_id)
        else:
            stmt = stmt.where(FamilyFile.file_number == flt.file_number.strip())
        if not svc._can(Action.VIEW_ALL_AUDIT):  # a team head asks about a file she does not see: nothing
            stmt = stmt.where(svc._db.backend.files_filter(svc.user))
        found = self.s.scalar(stmt)
        if found is None and flt.file_id is not None and svc._can(Action.VIEW_ALL_AUDIT):
            return flt.file_id  # the manager: the log of a file since removed is still the log
        return found if found is not None else False

    def statement(self) -> Select[AuditEvent, str, str, str, str, str, str] | None:
        e, flt, svc = AuditEvent, self.flt, self.svc
        stmt = (select(e, User.full_name, User.role, FamilyFile.file_number, FamilyFile.family_name,
                       Person.first_name, Person.last_name)
                .outerjoin(User, User.username == e.user_name)
                .outerjoin(FamilyFile, FamilyFile.id == e.file_id)
                .outerjoin(Person, and_(e.entity.in_(("person", "persons")), Person.id == e.entity_id)))
        if not svc._can(Action.VIEW_ALL_AUDIT):  # a team head: her team's files, and the lists that showed one
            visible = select(FamilyFile.id).where(svc._db.backend.files_filter(svc.user))
            listed = exists(select(AuditEventFile.file_id).where(
                AuditEventFile.audit_id == e.id, AuditEventFile.file_id.in_(visible)))
            stmt = stmt.where(or_(e.file_id.in_(visible), and_(e.file_id.is_(None), listed)))
        file_id = self.file_id()
        if file_id is False:
            return None
        if isinstance(file_id, int):
            stmt = stmt.where(or_(e.file_id == file_id, e.id.in_(
                select(AuditEventFile.audit_id).where(AuditEventFile.file_id == file_id))))
        if flt.person_id is not None:
            files = select(FamilyMember.file_id).where(FamilyMember.person_id == flt.person_id)
            # the rows of the person's own tables name the person in their image (the text of the JSON both
            # databases write: "person_id": 7, or "person_id": 7})
            pid = int(flt.person_id)
            own_rows = and_(e.entity.in_(PERSON_ROW_TABLES), or_(
                e.detail.like(f'%"person_id": {pid},%'), e.detail.like(f'%"person_id": {pid}}}%')))
            stmt = stmt.where(or_(and_(e.entity.in_(("person", "persons")), e.entity_id == flt.person_id),
                                  e.file_id.in_(files), own_rows))
        if self.upto_id is not None:
            stmt = stmt.where(e.id <= self.upto_id)
        if flt.user_name:
            stmt = stmt.where(e.user_name == flt.user_name)
        if flt.kinds:
            stmt = stmt.where(e.action.in_(actions_of(flt.kinds)))
        if flt.allowed is not None:
            stmt = stmt.where(e.allowed if flt.allowed else not_(e.allowed))  # as the denied rows' index says
        if flt.date_from is not None:
            stmt = stmt.where(e.at >= _local_midnight(flt.date_from))
        if flt.date_to is not None:
            stmt = stmt.where(e.at < _local_midnight(flt.date_to + timedelta(days=1)))
        return stmt.order_by(e.at.desc(), e.id.desc())

    def rows(self, offset: int, limit: int) -> tuple[list[ReviewRow], bool]:
        stmt = self.statement()
        if stmt is None:
            return [], False
        found = self.s.execute(stmt.offset(offset).limit(limit + 1)).all()
        details = {r[0].id: parse_detail(r[0].detail) for r in found[:limit]}
        named = set().union(*(person_ids(d) for d in details.values())) if details else set()
        self.persons = {p.id: f"{p.first_name} {p.last_name}".strip() for p in self.s.execute(
            select(Person.id, Person.first_name, Person.last_name).where(
                Person.id.in_(named), self.svc._db.backend.persons_filter(self.svc.user)))} if named else {}
        rows = []
        for e, full_name, role, number, family, first, last in found[:limit]:
            row = self.row(e, full_name, role, number, family, first, last)
            if e.action.startswith("db_") and not row.changes:
                continue  # a save that changed only stamps and search keys (a version, updated_at)
            rows.append(row)
        return rows, len(found) > limit

    def row(self, e: AuditEvent, full_name: str | None, role: str | None, number: str | None,
            family: str | None, first: str | None, last: str | None) -> ReviewRow:
        detail = parse_detail(e.detail)
        files = detail.get("files")
        changes = row_changes(detail, self.users, self.teams, self.persons) if e.action.startswith("db_") else ()
        return ReviewRow(
            id=e.id, at=_aware(e.at), actor_name=full_name or e.user_name, actor_role=role or "",
            action=e.action, entity=e.entity, entity_id=e.entity_id, file_id=e.file_id,
            file_number=number or "", family_name=family or "",
            person_name=" ".join(p for p in (first, last) if p), allowed=e.allowed,
            summary="" if e.action.startswith("db_") else summary_of(detail),
            files_shown=len(files) if isinstance(files, list) else 0, changes=changes)


def _csv_changes(row: ReviewRow, field: Callable[[str], str]) -> str:
    return "; ".join(f"{field(c.field)}: {c.before} → {c.after}" for c in row.changes)


CSV_HEADERS = ("Time", "Who", "Role", "Action", "File number", "Family", "Person", "Allowed", "Details",
               "Changes (old → new)")
