"""What every service shares: the session, the permission check, the audit writer, visibility."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, and_, exists, false, func, insert, not_, or_, select, true
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from models.audit.entities import AuditEventFile
from models.audit.images import AUDIT_USER
from models.backend import backend_of
from models.db import Database
from models.errors import ConflictError, DatabaseUnavailable, DomainError, NotFound, PermissionDenied
from models.families.entities import FamilyFile, FamilyMember, FileAccess
from models.notes.entities import NOTE_READERS, CaseNote
from models.people.entities import Person
from models.roles import CASE_ROLES, DEPARTMENT_WIDE, TEAM_SCOPED, Action, Role, allowed
from models.users.dto import CurrentUser, UserRef
from models.users.entities import User


def write_audit(
    s: Session | Connection,
    user_name: str,
    action: str,
    *,
    entity: str = "",
    entity_id: int | None = None,
    file_id: int | None = None,
    allowed: bool = True,
    detail: dict[str, Any] | None = None,
) -> None:
    # One statement, not the unit of work: every view and search writes one, so it must be cheap. SQLite: a
    # Core insert; PostgreSQL: the definer function maane_write_audit (models.backend).
    conn = s.connection() if isinstance(s, Session) else s
    backend = backend_of(conn)
    result = conn.execute(
        backend.audit_statement,
        {
            "user_name": user_name,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "file_id": file_id,
            "allowed": allowed,
            "detail": json.dumps(detail, ensure_ascii=False, default=str) if detail else "",
        },
    )
    files = detail.get("files") if detail else None
    if files and not backend.audit_writes_files:  # PostgreSQL: maane_write_audit writes them (revision 0009)
        key = result.inserted_primary_key
        assert key is not None
        audit_id = key[0]
        conn.execute(insert(AuditEventFile), [
            {"audit_id": audit_id, "file_id": f} for f in dict.fromkeys(files) if isinstance(f, int)])


def insert_numbered(s: Session, obj: Any, attribute: str, next_number: Callable[[], str]) -> None:
    """Insert ``obj`` with the next free number in ``attribute`` (a family file's, a referral's), in a
    savepoint, retrying on a clash: two workers numbering at the same moment are told apart by the unique
    constraint, not by luck."""
    for _attempt in range(20):
        setattr(obj, attribute, next_number())
        try:
            with s.begin_nested():
                s.add(obj)
                s.flush()
            return
        except IntegrityError as exc:
            if attribute not in str(exc.orig):
                raise
    raise ConflictError(entity=getattr(obj, "__tablename__", ""), reason=attribute)


def visible_files_clause(user: CurrentUser) -> ColumnElement[bool]:
    """The family files ``user`` may see (models.roles; the PostgreSQL policies say the same)."""
    role = Role(user.role)
    f = FamilyFile
    if role is Role.MANAGER:
        return true()
    if role not in CASE_ROLES:
        return false()
    named = exists(select(FileAccess.file_id).where(FileAccess.file_id == f.id, FileAccess.user_id == user.id))
    own = or_(f.worker_id == user.id, named)
    if role is Role.TEAM_HEAD:
        return or_(f.team_id == user.team_id, own)
    if role in DEPARTMENT_WIDE:
        return or_(not_(f.restricted), own)
    return or_(and_(f.team_id == user.team_id, not_(f.restricted)), own)


def file_viewers_clause(f: FamilyFile) -> ColumnElement[bool]:
    """The active users who may see the (loaded) file ``f``: the rule of ``visible_files_clause`` turned
    around, on the columns of ``users`` (tests/unit/models/tasks/test_assignees.py holds the two against each other
    for every user and file of the test world)."""
    u = User
    named = exists(select(FileAccess.file_id).where(FileAccess.file_id == f.id, FileAccess.user_id == u.id))
    rules: list[ColumnElement[bool]] = [
        u.role == Role.MANAGER.value,
        named,
        and_(u.role == Role.TEAM_HEAD.value, u.team_id == f.team_id),
    ]
    if f.worker_id is not None:
        rules.append(u.id == f.worker_id)
    if not f.restricted:
        rules.append(u.role.in_([r.value for r in DEPARTMENT_WIDE]))
        rules.append(and_(u.role.in_([r.value for r in TEAM_SCOPED]), u.team_id == f.team_id))
    return and_(u.active.is_(True), u.role.in_([r.value for r in CASE_ROLES]), or_(*rules))


def user_ref(u: User) -> UserRef:
    return UserRef(u.id, u.username, u.full_name, u.role, u.team_id, u.team.name if u.team else "", u.active)


def visible_persons_clause(user: CurrentUser) -> ColumnElement[bool]:
    """A person is visible when in a visible file, or in no file at all (to case roles)."""
    if Role(user.role) not in CASE_ROLES:
        return false()
    if Role(user.role) is Role.MANAGER:  # sees every file, so every person: skip two probes per row
        return true()
    in_visible = exists(
        select(FamilyMember.id)
        .join(FamilyFile, FamilyFile.id == FamilyMember.file_id)
        .where(FamilyMember.person_id == Person.id, visible_files_clause(user))
    )
    in_none = not_(exists(select(FamilyMember.id).where(FamilyMember.person_id == Person.id)))
    return or_(in_visible, in_none)


def visible_notes_clause(user: CurrentUser) -> ColumnElement[bool]:
    """The notes ``user`` may read on a file they see: signed notes; a draft only by its author and those who
    supervise the file's team (its team head, the manager); none at all for a role that is not among the
    notes' readers (NOTE_READERS, the roles that write notes: not the club worker). The case_notes policy
    says the same on PostgreSQL (models.security, signed_column, readers)."""
    role = Role(user.role)
    if role.value not in NOTE_READERS:
        return false()
    if role is Role.MANAGER:
        return true()
    signed_or_mine = or_(CaseNote.signed_at.is_not(None), CaseNote.author_id == user.id)
    if role is Role.TEAM_HEAD:
        f = aliased(FamilyFile)  # the query may join family_files itself
        own_team = select(f.id).where(f.id == CaseNote.file_id, f.team_id == user.team_id).correlate(CaseNote)
        return or_(signed_or_mine, exists(own_team))
    return signed_or_mine

_Row = TypeVar("_Row")


class _Denied(Exception):
    """Raised inside ``_tx``: the transaction is rolled back, the attempt recorded as denied, then
    ``error`` raised (PermissionDenied by default; NotFound where a denial must look like a missing row)."""

    def __init__(self, what: str, *, entity: str = "", entity_id: int | None = None,
                 file_id: int | None = None, error: DomainError | None = None) -> None:
        super().__init__(what)
        self.what, self.entity, self.entity_id, self.file_id = what, entity, entity_id, file_id
        self.error = error


class ServiceBase:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self.user = user

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        """One transaction; a stale version anywhere in it becomes a ConflictError; a denial raised
        inside it is recorded after it has been rolled back (SQLite allows one writer at a time)."""
        try:
            with self._db.session() as s:
                s.info[AUDIT_USER] = self.user.username  # SQLite: whose the row images are (models.audit.images)
                yield s
        except StaleDataError as exc:
            raise ConflictError() from exc
        except _Denied as d:
            self._deny(d.what, entity=d.entity, entity_id=d.entity_id, file_id=d.file_id, error=d.error)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A read-only transaction, for reads that are not themselves audited (e.g. the rows of a list page
        whose search was)."""
        with self._db.read() as s:
            yield s

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        """A read-only transaction (``_read``) in which a denial (a hidden file or row) is recorded after it
        has ended, as ``_tx`` does for writes."""
        try:
            with self._read() as s:
                yield s
        except _Denied as d:
            self._deny(d.what, entity=d.entity, entity_id=d.entity_id, file_id=d.file_id, error=d.error)

    def _can(self, action: Action) -> bool:
        return allowed(self.user.role, action)

    def _require_any(self, actions: Iterable[Action], *, entity: str = "", entity_id: int | None = None,
                     file_id: int | None = None) -> None:
        """Any one of ``actions`` will do; a denial is recorded under the first."""
        wanted = list(actions)
        if not any(self._can(a) for a in wanted):
            self._deny(wanted[0].value, entity=entity, entity_id=entity_id, file_id=file_id)

    def _require(self, action: Action, *, entity: str = "", entity_id: int | None = None,
                 file_id: int | None = None) -> None:
        if not self._can(action):
            self._deny(action.value, entity=entity, entity_id=entity_id, file_id=file_id)

    def _deny(self, what: str, *, entity: str = "", entity_id: int | None = None,
              file_id: int | None = None, error: DomainError | None = None) -> None:
        """Record a denied attempt in a transaction of its own (the caller's is rolled back), then raise
        ``error`` (default PermissionDenied)."""
        with self._db.session() as s:
            write_audit(s, self.user.username, what, entity=entity, entity_id=entity_id, file_id=file_id,
                        allowed=False)
        raise error if error is not None else PermissionDenied(action=what)

    def _audit(self, s: Session, action: str, **kw: Any) -> None:
        write_audit(s, self.user.username, action, **kw)

    def _audit_read(self, s: Session, action: str, **kw: Any) -> None:
        """The audit row of a read made in ``_read`` (session ``s``): in the read's own transaction where the
        database lets a read write (PostgreSQL); otherwise in a short transaction of its own (SQLite: the
        write lock is taken for this one insert, not for the read)."""
        if self._db.backend.audit_in_read:
            write_audit(s, self.user.username, action, **kw)
            return
        try:
            with self._db.engine.begin() as conn:
                write_audit(conn, self.user.username, action, **kw)
        except OperationalError as exc:
            raise DatabaseUnavailable.from_driver(str(exc.orig)) from exc

    def _visible_file(self, s: Session, file_id: int, *, action: str = "view_file") -> FamilyFile:
        """The file if the user may see it. A file that exists but is hidden is a denied attempt."""
        f = s.scalar(select(FamilyFile).where(FamilyFile.id == file_id, visible_files_clause(self.user)))
        if f is not None:
            return f
        # On PostgreSQL row-level security hides the file itself: a hidden file looks missing, and the
        # attempt is still recorded as denied.
        if not self._db.backend.hidden_looks_missing and s.get(FamilyFile, file_id) is None:
            raise NotFound(entity="family_file", id=file_id)
        raise _Denied(action, entity="family_file", entity_id=file_id, file_id=file_id)

    def _visible_person(self, s: Session, person_id: int, *, action: str, file_id: int | None = None) -> None:
        """The person must be visible to the user before a row may link them anywhere: linking must not
        widen what the user reads (issue 6, hole 1). A hidden person and a missing one are the same
        denied attempt, recorded, and the same NotFound: nothing tells them apart."""
        if s.scalar(select(Person.id).where(Person.id == person_id, visible_persons_clause(self.user))) is None:
            raise _Denied(action, entity="person", entity_id=person_id, file_id=file_id,
                          error=NotFound(entity="person", id=person_id))

    @staticmethod
    def _check_version(obj: Any, version: int) -> None:
        if obj.version != version:
            raise ConflictError(entity=type(obj).__tablename__, id=obj.id)

    @staticmethod
    def _check_stale(obj: Any, version: int | None) -> None:
        """As ``_check_version``, with the code "stale"; no version (None) is stale too."""
        if version is None or obj.version != version:
            raise ConflictError("stale", entity=type(obj).__tablename__, id=obj.id)

    def _files(self) -> ColumnElement[bool]:
        """The files the user sees, for a statement that joins family_files (PostgreSQL: the policies say it;
        not tested twice per row)."""
        return self._db.backend.files_filter(self.user)

    def _missing(self, s: Session, entity_cls: Any, entity: str, row_id: int, action: str) -> Exception:
        """A row that is not there for the user: missing, or hidden (a denied attempt, the same NotFound)."""
        error = NotFound(entity=entity, id=row_id)
        if not self._db.backend.hidden_looks_missing:
            hidden = s.get(entity_cls, row_id)
            if hidden is None:
                return error
            return _Denied(action, entity=entity, entity_id=row_id, file_id=hidden.file_id, error=error)
        return _Denied(action, entity=entity, entity_id=row_id, error=error)

    def _visible_row(self, s: Session, model: type[_Row], row_id: int, *, entity: str, action: str,
                     visible: ColumnElement[bool] | None = None, lock: bool = False) -> tuple[_Row, FamilyFile]:
        """The row (of ``model``, which has ``id`` and ``file_id``) and its file, if the user reads it:
        ``visible`` over the join with family_files (default ``_files()``). Missing or hidden: NotFound
        (hidden: a denied attempt too, ``_missing``). ``lock``: FOR UPDATE of the row."""
        m: Any = model
        stmt = (select(m, FamilyFile).join(FamilyFile, FamilyFile.id == m.file_id)
                .where(m.id == row_id, self._files() if visible is None else visible))
        if lock:
            stmt = stmt.with_for_update(of=m)
        row = s.execute(stmt).first()
        if row is None:
            raise self._missing(s, model, entity, row_id, action)
        return row[0], row[1]


def server_now(s: Session) -> datetime:
    """The database server's clock (PostgreSQL: the transaction's start; SQLite: the file's host, UTC)."""
    value = s.scalar(select(func.current_timestamp()))
    if isinstance(value, str):  # SQLite without a declared type: "YYYY-MM-DD HH:MM:SS" in UTC
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def touch(obj: Any, who: str) -> None:
    """Move a versioned row's version although none of its own columns changed (its children did)."""
    obj.updated_by = who
    flag_modified(obj, "updated_by")
