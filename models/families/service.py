"""Family files: search, list rows, view, open, update, close, reopen, reassign, restrict, audit trail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import TypeAlias

from sqlalchemy import ColumnElement, Date, Select, and_, bindparam, exists, func, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified

from models.audit.dto import AuditEntryDTO
from models.audit.entities import AuditEvent
from models.codes import CLOSE_REASONS, RELATIONS
from models.department.service import read_settings
from models.errors import NotFound, ValidationError
from models.families.dto import (
    FamilyFileDTO,
    FamilySummary,
    FileCapabilities,
    FileChanges,
    FileDetail,
    FileRow,
    MemberDTO,
    NewFamilyFile,
    NewMember,
    WorkerLoad,
)
from models.families.entities import FamilyFile, FamilyMember, FileAccess
from models.notes.entities import CaseNote
from models.notes.service import note_dtos, reads_notes
from models.people.dto import PersonInput
from models.people.entities import Person, PersonNameKey
from models.people.service import clean_person_input, create_person, person_dto
from models.roles import CASE_ROLES, TEAM_SCOPED, Action, Role
from models.search import (
    MemberMatchShape,
    ParsedQuery,
    file_page_by_letter,
    first_matching_member,
    member_match_params,
    member_match_shape,
    parse_query,
    person_name_match,
    persons_with_number,
    split_member_match,
)
from models.service import (
    ServiceBase,
    insert_numbered,
    server_now,
    user_ref,
    visible_files_clause,
    visible_notes_clause,
)
from models.tasks.entities import Task
from models.tasks.service import task_dto, visible_tasks_clause
from models.text import clean_line, normalize_file_number, search_key
from models.users.dto import CurrentUser, TeamDTO
from models.users.entities import Team, User

FAMILY_NAME_MAX = 120
ADDRESS_MAX = 200
PLACE_MAX = 80  # locality, neighbourhood
REASSIGN_REASON_MAX = 500
FAMILY_SUMMARY_FORM = "family_summary"
OUTPUT_KINDS = ("print", "save")  # record_output: to a printer, to a file

# A page of the family-file list (_rows_statement): id, file number, family name, address, locality, worker
# (None for a file without one: an outer join), team, status, restricted, opened on, the member who matched
# ("<how>:<name>", None when none did), open tasks, overdue tasks. (A string: Select takes several type
# arguments from SQLAlchemy 2.1 on.)
_RowsSelect: TypeAlias = "Select[int, str, str, str, str, str | None, str, str, bool, date, str | None, int, int]"


def _file_dto(s: Session, f: FamilyFile) -> FamilyFileDTO:
    worker = s.get(User, f.worker_id) if f.worker_id else None
    team = s.get(Team, f.team_id)
    named = s.scalars(select(FileAccess.user_id).where(FileAccess.file_id == f.id).order_by(FileAccess.user_id))
    members = tuple(MemberDTO(person_dto(m.person), m.relation) for m in f.members)
    return FamilyFileDTO(
        id=f.id,
        version=f.version,
        file_number=f.file_number,
        family_name=f.family_name,
        address=f.address,
        locality=f.locality,
        neighbourhood=f.neighbourhood,
        status=f.status,
        opened_on=f.opened_on,
        closed_on=f.closed_on,
        close_reason=f.close_reason,
        worker=user_ref(worker) if worker else None,
        team_id=f.team_id,
        team_name=team.name if team else "",
        restricted=f.restricted,
        named_user_ids=tuple(named),
        members=members,
    )


def _word_prefix(prefix: str) -> ColumnElement[bool]:
    """A person's name word starting with ``prefix`` (the range test models.search uses on the word index)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(PersonNameKey.word >= prefix, PersonNameKey.word < upper)


def _check_text(value: str, field: str, maximum: int, *, required: bool = False) -> str:
    return clean_line(value, field, maximum, required=required)


def next_file_number(s: Session, year: int) -> str:
    """The next free ``YYYY/NNNN`` of the year. Callers insert inside a savepoint and retry on a clash."""
    prefix = f"{year:04d}/"
    last = s.scalar(select(func.max(FamilyFile.file_number)).where(FamilyFile.file_number.like(prefix + "%")))
    n = int(last.split("/")[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"


def check_worker(s: Session, worker_id: int) -> User:
    """An active staff member of a case role, whom a file can be assigned to."""
    w = s.get(User, worker_id)
    if w is None or not w.active or Role(w.role) not in CASE_ROLES:
        raise ValidationError("worker_invalid", field="worker_id")
    return w


def clean_new_file(data: NewFamilyFile, *, today: date | None = None) -> NewFamilyFile:
    """A new file's fields checked and trimmed (names and places through clean_line, the opening date not in
    the future and today by default, a typed file number in its format), or ValidationError naming the
    field. Whoever opens a file (the family list, intake) checks it here."""
    today = today or date.today()
    opened_on = data.opened_on or today
    if opened_on > today:
        raise ValidationError("date_future", field="opened_on")
    requested = None
    if data.file_number:
        requested = normalize_file_number(data.file_number)
        if requested is None:
            raise ValidationError("file_number_format", field="file_number")
    return replace(
        data,
        family_name=_check_text(data.family_name, "family_name", FAMILY_NAME_MAX, required=True),
        address=_check_text(data.address, "address", ADDRESS_MAX),
        locality=_check_text(data.locality, "locality", PLACE_MAX),
        neighbourhood=_check_text(data.neighbourhood, "neighbourhood", PLACE_MAX),
        opened_on=opened_on,
        file_number=requested,
    )


def insert_family_file(s: Session, user: CurrentUser, data: NewFamilyFile) -> FamilyFile:
    """Insert the file ``data`` (already through ``clean_new_file``) as ``user``, in the caller's
    transaction: the team must exist and, for a team-scoped role, be the user's own; a worker must be one a
    file can be assigned to; the number is the one typed (taken: ValidationError) or the next free one of
    the year. No members yet, no audit row: the caller adds both."""
    team = s.get(Team, data.team_id)
    if team is None:
        raise ValidationError("team_unknown", field="team_id")
    if data.worker_id is not None:
        check_worker(s, data.worker_id)
    if Role(user.role) in TEAM_SCOPED and team.id != user.team_id:
        raise ValidationError("team_not_own", field="team_id")
    opened_on = data.opened_on or date.today()
    f = FamilyFile(
        family_name=data.family_name,
        family_name_key=search_key(data.family_name),
        address=data.address,
        locality=data.locality,
        neighbourhood=data.neighbourhood,
        status="open",
        opened_on=opened_on,
        worker_id=data.worker_id,
        team_id=team.id,
        restricted=data.restricted,
        created_by=user.username,
        updated_by=user.username,
    )
    if data.file_number:  # the number typed, once: taken is the user's to change, not ours to retry
        f.file_number = data.file_number
        try:
            with s.begin_nested():
                s.add(f)
                s.flush()
        except IntegrityError as exc:
            if "file_number" not in str(exc.orig):
                raise
            raise ValidationError("file_number_taken", field="file_number", value=data.file_number) from exc
    else:
        insert_numbered(s, f, "file_number", lambda: next_file_number(s, opened_on.year))
    return f


class FamilyService(ServiceBase):
    # ---- search and list -------------------------------------------------------------------------------
    def search(self, query: str = "", *, include_closed: bool = True, limit: int | None = None,
               mine: bool = False) -> list[int]:
        """Ids of the visible family files matching ``query`` (file number, ID number, phone or name
        fragments of a member), sorted by family name then file number. Empty query: every visible file.
        ``limit``: only the first ones (the list shows its first page before the whole result is in).
        ``mine``: only the files whose worker is the acting user ("My files")."""
        self._require(Action.VIEW_FILES, entity="family_file")
        parsed = parse_query(query)
        if parsed.kind == "none":  # typed, but nothing to search for (punctuation only): nothing found
            return []
        with self._read() as s:  # a read: on SQLite it takes no write lock (ServiceBase._audit_read)
            # My files: a worker's few dozen files through the index on worker_id, whatever was typed (the
            # backend's own search walks every visible file in list order: the wrong way round for these)
            ids = None if mine else self._db.backend.search_file_ids(s, parsed, include_closed, limit)
            if ids is None:
                ids = self._portable_search(s, parsed, include_closed, limit, mine=mine)
            if parsed.kind != "empty":
                self._audit_read(s, "search", entity="family_file",
                                 detail={"query": query, "results": len(ids), "limit": limit,
                                         **({"mine": True} if mine else {})})
        return ids

    def _portable_search(self, s: Session, parsed: ParsedQuery, include_closed: bool,
                         limit: int | None, *, mine: bool = False) -> list[int]:
        """The search in SQL both databases run (models.backend may have a faster way of its own)."""
        stmt = select(FamilyFile.id).where(visible_files_clause(self.user))
        if mine:
            stmt = stmt.where(FamilyFile.worker_id == self.user.id)
        if not include_closed:
            stmt = stmt.where(FamilyFile.status == "open")
        if parsed.kind == "file_number":
            stmt = stmt.where(FamilyFile.file_number == parsed.file_number)
        elif parsed.kind == "number":
            matches = persons_with_number(parsed)
            if matches is None:
                return []
            members = select(FamilyMember.file_id).where(FamilyMember.person_id.in_(matches))
            stmt = stmt.where(FamilyFile.id.in_(members))
        elif parsed.kind == "names" and mine:
            stmt = stmt.where(FamilyFile.id.in_(self._my_files_matching(parsed)))
        elif parsed.kind == "names":
            page = (file_page_by_letter(parsed, visible_files_clause(self.user), include_closed, limit)
                    if limit is not None else None)
            if page is not None:  # a short prefix: the files in list order from file_name_words
                return list(s.connection().execute(page).scalars())
            members = select(FamilyMember.file_id).where(FamilyMember.person_id.in_(person_name_match(s, parsed)))
            stmt = stmt.where(FamilyFile.id.in_(members))
        # Core, not the ORM: a list of 100,000 ids is read 80 ms faster without the unit of work
        ordered = stmt.order_by(FamilyFile.family_name_key, FamilyFile.file_number, FamilyFile.id).limit(limit)
        return list(s.connection().execute(ordered).scalars())

    def _my_files_matching(self, parsed: ParsedQuery) -> Select[int]:
        """The user's own files (a caseload: a few hundred at most) with a member whose names match
        ``parsed``, tested on those members only: the department-wide name indexes find every match first
        (measured on 100,000 files: "מ" in My files 343 ms that way, against the whole list's 40 ms)."""
        conds: list[ColumnElement[bool]] = [Person.search_key.contains(sub, autoescape=True)
                                            for sub in parsed.substrings]
        conds += [exists(select(PersonNameKey.person_id).where(PersonNameKey.person_id == Person.id,
                                                                _word_prefix(p))) for p in parsed.prefixes]
        mine = select(FamilyFile.id).where(FamilyFile.worker_id == self.user.id)
        return (select(FamilyMember.file_id).join(Person, Person.id == FamilyMember.person_id)
                .where(FamilyMember.file_id.in_(mine), *conds))

    def rows(self, ids: Sequence[int], query: str = "") -> list[FileRow]:
        """List rows for ``ids`` (a page of a search), in the order given; hidden ids are left out. With the
        ``query`` of that search, each row also names the member who matched it (``FileRow.matched``,
        ``matched_on``), in the same statement: one query per page."""
        self._require(Action.VIEW_FILES, entity="family_file")
        if not ids:
            return []
        parsed = parse_query(query) if query else ParsedQuery("empty")
        shape = member_match_shape(parsed)
        stmt = self._rows_statements.get(shape)
        if stmt is None:  # built once per shape of query: building costs more than running it
            stmt = self._rows_statements[shape] = self._rows_statement(shape)
        with self._read() as s:
            found = s.connection().execute(stmt, {"ids": list(ids), "today": date.today(),
                                                  **member_match_params(parsed)})
            by_id = {
                r[0]: FileRow(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7], r[8], r[9], r[11], r[12],
                              *split_member_match(r[10]))
                for r in found
            }
            shown = [by_id[i] for i in ids if i in by_id]
            if shown:  # one row per page, naming every file shown (issue 6, hole 5)
                self._audit_read(s, "list", entity="family_file", detail={"files": [r.id for r in shown]})
        return shown

    @cached_property
    def _rows_statements(self) -> dict[MemberMatchShape | None, _RowsSelect]:
        return {}

    def _rows_statement(self, shape: MemberMatchShape | None) -> _RowsSelect:
        worker = aliased(User)
        matched: ColumnElement[str] = (first_matching_member(shape, FamilyFile.id) if shape is not None
                                       else literal(""))
        readable = visible_tasks_clause(self.user)  # not a confidential task of another (revision 0022)
        open_tasks = (select(func.count()).select_from(Task)
                      .where(Task.file_id == FamilyFile.id, Task.done.is_(False), readable).scalar_subquery())
        overdue_tasks = (select(func.count()).select_from(Task)
                         .where(Task.file_id == FamilyFile.id, Task.done.is_(False), readable,
                                Task.due_date < bindparam("today", type_=Date))
                         .scalar_subquery())
        stmt = (
            select(
                FamilyFile.id, FamilyFile.file_number, FamilyFile.family_name, FamilyFile.address,
                FamilyFile.locality, worker.full_name, Team.name, FamilyFile.status, FamilyFile.restricted,
                FamilyFile.opened_on, matched, open_tasks, overdue_tasks,
            )
            .join(Team, Team.id == FamilyFile.team_id)
            .outerjoin(worker, worker.id == FamilyFile.worker_id)
            .where(FamilyFile.id.in_(bindparam("ids", expanding=True)))
        )
        return stmt.where(self._db.backend.files_filter(self.user))

    # ---- one file -----------------------------------------------------------------------------------
    def get(self, file_id: int) -> FileDetail:
        """The whole file: members, notes timeline, tasks. Audited as a view."""
        self._require(Action.VIEW_FILES, entity="family_file", entity_id=file_id, file_id=file_id)
        with self._tx() as s:
            f = self._visible_file(s, file_id)
            # the notes only for the roles that read notes (the club worker sees the file without them)
            notes = note_dtos(s, select(CaseNote).where(CaseNote.file_id == f.id, visible_notes_clause(self.user))
                              ) if reads_notes(self.user) else []
            tasks = s.scalars(
                select(Task).where(Task.file_id == f.id, visible_tasks_clause(self.user))
                .order_by(Task.done, Task.due_date, Task.id)
            ).all()
            self._audit(s, "view", entity="family_file", entity_id=f.id, file_id=f.id)
            return FileDetail(
                file=_file_dto(s, f),
                notes=tuple(notes),
                tasks=tuple(task_dto(s, t, f.file_number, f.family_name) for t in tasks),
                can=self._capabilities(),
            )

    def _capabilities(self) -> FileCapabilities:
        return FileCapabilities(
            edit=self._can(Action.EDIT_FILE),
            close=self._can(Action.CLOSE_FILE),
            reassign=self._can(Action.REASSIGN_FILE),
            write_note=self._can(Action.WRITE_NOTE),
            manage_tasks=self._can(Action.MANAGE_TASKS),
            view_audit=self._can(Action.VIEW_FILE_AUDIT),
        )

    def open_file(self, data: NewFamilyFile, members: Sequence[tuple[int, str]] = (),
                  new_members: Sequence[NewMember] = ()) -> FamilyFileDTO:
        """Open a new family file (פתיחת תיק), with existing persons as members, and persons not yet known
        created with it (``new_members``): all in one transaction, nothing saved if one is refused."""
        self._require(Action.OPEN_FILE, entity="family_file")
        new_file = clean_new_file(data)
        for relation in [r for _pid, r in members] + [m.relation for m in new_members]:
            if relation not in RELATIONS:
                raise ValidationError("invalid_choice", field="relation")
        if len({pid for pid, _r in members}) != len(members):
            raise ValidationError("already_member", field="person_id")
        new_people = [(clean_person_input(m.person), m) for m in new_members]
        with self._tx() as s:
            f = insert_family_file(s, self.user, new_file)
            for pid, relation in members:
                self._visible_person(s, pid, action="open_file")
                s.add(FamilyMember(file_id=f.id, person_id=pid, relation=relation))
            created = []
            for clean, m in new_people:
                p = self._create_member_person(s, clean, m.dismissed)
                s.add(FamilyMember(file_id=f.id, person_id=p.id, relation=m.relation))
                created.append(p.id)
            s.flush()
            s.refresh(f)
            self._audit(s, "create", entity="family_file", entity_id=f.id, file_id=f.id,
                        detail={"file_number": f.file_number, **({"new_persons": created} if created else {})})
            return _file_dto(s, f)

    def _create_member_person(self, s: Session, clean: PersonInput, dismissed: tuple[int, ...] | None) -> Person:
        """A new person for a file. ``dismissed`` given: the worker ran the duplicate check and chose "new";
        the check runs again inside this transaction as the acting user, and a strong candidate the worker
        was not shown refuses it (models.people.service.create_person)."""
        return create_person(s, clean, self.user.username, user=self.user, dismissed=dismissed)

    def _check_worker(self, s: Session, worker_id: int) -> User:
        return check_worker(s, worker_id)

    # ---- members --------------------------------------------------------------------------------------
    # Every change of a file's members bumps the file's version (``_touch``), and a ``version`` given is
    # checked first: two workers changing one file's members (or one its members, the other its address)
    # never silently overwrite each other; the second is refused (ConflictError) and reloads.

    def _touch(self, f: FamilyFile) -> None:
        """Mark the file changed by the acting user: its UPDATE (and the version check in its WHERE) runs
        at the flush even when only its members changed."""
        f.updated_by = self.user.username
        flag_modified(f, "updated_by")

    def _member_of(self, f: FamilyFile, person_id: int) -> FamilyMember:
        for m in f.members:
            if m.person_id == person_id:
                return m
        raise NotFound(entity="family_member", id=person_id)

    def add_member(self, file_id: int, person_id: int, relation: str, *,
                   version: int | None = None) -> FamilyFileDTO:
        """Add a known (visible) person to the file; ``version``: the file's, checked when given."""
        self._require(Action.EDIT_FILE, entity="family_file", entity_id=file_id, file_id=file_id)
        if relation not in RELATIONS:
            raise ValidationError("invalid_choice", field="relation")
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="edit_file")
            if version is not None:
                self._check_version(f, version)
            self._visible_person(s, person_id, action="add_member", file_id=f.id)
            if any(m.person_id == person_id for m in f.members):
                raise ValidationError("already_member", field="person_id")
            f.members.append(FamilyMember(person_id=person_id, relation=relation))
            self._touch(f)
            s.flush()
            self._audit(s, "add_member", entity="family_file", entity_id=f.id, file_id=f.id,
                        detail={"person_id": person_id, "relation": relation})
            s.refresh(f)
            return _file_dto(s, f)

    def add_new_member(self, file_id: int, data: PersonInput, relation: str, *,
                       allow_same_name: bool = False, version: int | None = None,
                       dismissed: Sequence[int] | None = None) -> FamilyFileDTO:
        """Create a person and add them to the file, in one transaction; ``version`` as for add_member;
        ``dismissed``: the duplicate candidates the worker saw and dismissed (models.families.dto.NewMember)."""
        self._require(Action.EDIT_FILE, entity="family_file", entity_id=file_id, file_id=file_id)
        if relation not in RELATIONS:
            raise ValidationError("invalid_choice", field="relation")
        clean = clean_person_input(data)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="edit_file")
            if version is not None:
                self._check_version(f, version)
            p = (self._create_member_person(s, clean, tuple(dismissed)) if dismissed is not None
                 else create_person(s, clean, self.user.username, allow_same_name=allow_same_name))
            f.members.append(FamilyMember(person_id=p.id, relation=relation))
            self._touch(f)
            s.flush()
            self._audit(s, "add_member", entity="family_file", entity_id=f.id, file_id=f.id,
                        detail={"person_id": p.id, "relation": relation, "new_person": True})
            s.refresh(f)
            return _file_dto(s, f)

    def remove_member(self, file_id: int, version: int, person_id: int) -> FamilyFileDTO:
        """Take a person out of the file (the person stays, with their other files and history).

        The only member of a file cannot be removed (``last_member``): a family file is about someone; a
        family that has left is closed (with its reason), not emptied. Removing the last parent is allowed:
        files with only the children recorded are common (a parent unknown, dead, or not part of the
        treatment), and a worker correcting a wrongly linked parent must be able to do it. A person removed
        from their only file is then in no file: like a person registered at intake and not yet in a file,
        visible to the department's case workers (models.service.visible_persons_clause). So a member of a
        RESTRICTED file who is in no other file is not removed (``restricted_last_file``): that would make a
        person the file hides visible department-wide; add them to their own file first."""
        self._require(Action.EDIT_FILE, entity="family_file", entity_id=file_id, file_id=file_id)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="edit_file")
            self._check_version(f, version)
            member = self._member_of(f, person_id)
            if len(f.members) == 1:
                raise ValidationError("last_member", field="person_id")
            if f.restricted and s.scalar(select(func.count(FamilyMember.id)).where(
                    FamilyMember.person_id == person_id, FamilyMember.file_id != f.id)) == 0:
                # out of a restricted file into no file at all would show the person to every case worker of
                # the department: add them to their own file first (a file hidden from this user counts as
                # none here: refusing is the safe side)
                raise ValidationError("restricted_last_file", field="person_id")
            f.members.remove(member)  # delete-orphan: the row goes (its image in the audit, old -> nothing)
            self._touch(f)
            s.flush()
            self._audit(s, "remove_member", entity="family_file", entity_id=f.id, file_id=f.id,
                        detail={"person_id": person_id, "relation": member.relation})
            s.refresh(f)
            return _file_dto(s, f)

    def change_relation(self, file_id: int, version: int, person_id: int, relation: str) -> FamilyFileDTO:
        """A member's relation in the family (parent, child, other)."""
        self._require(Action.EDIT_FILE, entity="family_file", entity_id=file_id, file_id=file_id)
        if relation not in RELATIONS:
            raise ValidationError("invalid_choice", field="relation")
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="edit_file")
            self._check_version(f, version)
            member = self._member_of(f, person_id)
            before = member.relation
            if before != relation:
                member.relation = relation
                self._touch(f)
                s.flush()
                self._audit(s, "change_relation", entity="family_file", entity_id=f.id, file_id=f.id,
                            detail={"person_id": person_id, "from": before, "to": relation})
                s.refresh(f)
            return _file_dto(s, f)

    def update(self, file_id: int, version: int, changes: FileChanges) -> FamilyFileDTO:
        self._require(Action.EDIT_FILE, entity="family_file", entity_id=file_id, file_id=file_id)
        family_name = _check_text(changes.family_name, "family_name", FAMILY_NAME_MAX, required=True)
        address = _check_text(changes.address, "address", ADDRESS_MAX)
        locality = _check_text(changes.locality, "locality", PLACE_MAX)
        neighbourhood = _check_text(changes.neighbourhood, "neighbourhood", PLACE_MAX)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="edit_file")
            self._check_version(f, version)
            f.family_name, f.family_name_key = family_name, search_key(family_name)
            f.address, f.locality, f.neighbourhood = address, locality, neighbourhood
            f.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity="family_file", entity_id=f.id, file_id=f.id)
            return _file_dto(s, f)

    def close(self, file_id: int, version: int, reason: str, closed_on: date | None = None) -> FamilyFileDTO:
        self._require(Action.CLOSE_FILE, entity="family_file", entity_id=file_id, file_id=file_id)
        if reason not in CLOSE_REASONS:
            raise ValidationError("invalid_choice", field="close_reason")
        closed_on = closed_on or date.today()
        if closed_on > date.today():
            raise ValidationError("date_future", field="closed_on")
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="close_file")
            self._check_version(f, version)
            if f.status == "closed":
                raise ValidationError("already_closed", field="status")
            if closed_on < f.opened_on:
                raise ValidationError("closed_before_opened", field="closed_on")
            f.status, f.closed_on, f.close_reason = "closed", closed_on, reason
            f.updated_by = self.user.username
            s.flush()
            self._audit(s, "close", entity="family_file", entity_id=f.id, file_id=f.id, detail={"reason": reason})
            return _file_dto(s, f)

    def reopen(self, file_id: int, version: int) -> FamilyFileDTO:
        self._require(Action.CLOSE_FILE, entity="family_file", entity_id=file_id, file_id=file_id)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="reopen_file")
            self._check_version(f, version)
            if f.status != "closed":
                raise ValidationError("not_closed", field="status")
            f.status, f.closed_on, f.close_reason = "open", None, ""
            f.updated_by = self.user.username
            s.flush()
            self._audit(s, "reopen", entity="family_file", entity_id=f.id, file_id=f.id)
            return _file_dto(s, f)

    def reassign(self, file_id: int, version: int, worker_id: int, reason: str) -> FamilyFileDTO:
        """Hand the file to another worker (of the file's team, or moving the file to the worker's team).
        ``reason`` is required and kept in the audit record."""
        self._require(Action.REASSIGN_FILE, entity="family_file", entity_id=file_id, file_id=file_id)
        reason = _check_text(reason, "reason", REASSIGN_REASON_MAX, required=True)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="reassign_file")
            self._check_version(f, version)
            w = self._check_worker(s, worker_id)
            if Role(self.user.role) is Role.TEAM_HEAD and w.team_id != self.user.team_id:
                raise ValidationError("team_not_own", field="worker_id")
            before = f.worker_id
            f.worker_id = w.id
            if w.team_id is not None:
                f.team_id = w.team_id
            f.updated_by = self.user.username
            s.flush()
            self._audit(s, "reassign", entity="family_file", entity_id=f.id, file_id=f.id,
                        detail={"from": before, "to": w.id, "reason": reason})
            return _file_dto(s, f)

    def set_restricted(self, file_id: int, version: int, restricted: bool,
                       named_user_ids: Sequence[int] = ()) -> FamilyFileDTO:
        self._require(Action.RESTRICT_FILE, entity="family_file", entity_id=file_id, file_id=file_id)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="restrict_file")
            self._check_version(f, version)
            for uid in named_user_ids:
                self._check_worker(s, uid)
            f.restricted = restricted
            f.updated_by = self.user.username
            s.query(FileAccess).filter(FileAccess.file_id == f.id).delete(synchronize_session=False)
            s.add_all(FileAccess(file_id=f.id, user_id=uid) for uid in dict.fromkeys(named_user_ids))
            s.flush()
            self._audit(s, "restrict", entity="family_file", entity_id=f.id, file_id=f.id,
                        detail={"restricted": restricted, "named": list(named_user_ids)})
            return _file_dto(s, f)

    def audit_trail(self, file_id: int) -> list[AuditEntryDTO]:
        """Who saw and changed this file (team head and manager)."""
        self._require(Action.VIEW_FILE_AUDIT, entity="family_file", entity_id=file_id, file_id=file_id)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="view_file_audit")
            events = s.scalars(
                select(AuditEvent).where(AuditEvent.file_id == f.id).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            ).all()
            self._audit(s, "view_audit", entity="family_file", entity_id=f.id, file_id=f.id)
            return [
                AuditEntryDTO(e.at, e.user_name, e.action, e.entity, e.entity_id, e.file_id, e.allowed, e.detail)
                for e in events
            ]

    # ---- reference lists for the forms ------------------------------------------------------------------
    def teams(self) -> list[TeamDTO]:
        with self._tx() as s:
            return [TeamDTO(t.id, t.name) for t in s.scalars(select(Team).order_by(Team.name))]

    def assignable_workers(self) -> tuple[WorkerLoad, ...]:
        """Active staff a file can be assigned to (a team head: the own team), by name, each with their load
        as the acting user sees it: open files assigned to them and their open tasks, on the files the
        acting user may see. One query."""
        self._require(Action.VIEW_FILES, entity="user")
        visible = visible_files_clause(self.user)
        open_files = (
            select(func.count(FamilyFile.id))
            .where(FamilyFile.worker_id == User.id, FamilyFile.status == "open", visible)
            .correlate(User)
            .scalar_subquery()
        )
        open_tasks = (
            select(func.count(Task.id))
            .join(FamilyFile, FamilyFile.id == Task.file_id)
            .where(Task.assignee_id == User.id, Task.done.is_(False), visible, visible_tasks_clause(self.user))
            .correlate(User)
            .scalar_subquery()
        )
        with self._tx() as s:
            stmt = select(User, open_files, open_tasks).where(
                User.active.is_(True), User.role.in_([r.value for r in CASE_ROLES])
            )
            if Role(self.user.role) is Role.TEAM_HEAD:
                stmt = stmt.where(User.team_id == self.user.team_id)
            rows = s.execute(stmt.order_by(User.full_name, User.id)).all()
            return tuple(WorkerLoad(user_ref(u), files or 0, tasks or 0) for u, files, tasks in rows)

    # ---- printing ------------------------------------------------------------------------------------
    def summary(self, file_id: int, note_ids: Sequence[int] | None = None, *,
                form: str = FAMILY_SUMMARY_FORM) -> FamilySummary:
        """What the family file summary prints: the file, its open tasks, the signed notes ``note_ids`` of
        this file (None: the last ones, as many as the department settings say), the letterhead, who prints
        and when (the database server's clock). Visibility as for viewing the file; a note that is not a
        signed note of this file is refused (``notes_not_printable``), never silently left out. A role that
        reads no notes (the club worker: ``models.notes.service.reads_notes``) prints the summary without
        notes; asking for notes is refused (PermissionDenied, recorded). Audited as a print of ``form``."""
        self._require(Action.VIEW_FILES, entity="family_file", entity_id=file_id, file_id=file_id)
        if not reads_notes(self.user):  # a summary without notes; asking for notes by id is a denied attempt
            if note_ids:
                self._deny("view_notes", entity="case_note", file_id=file_id)
            note_ids = []
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="print")
            settings = read_settings(s)
            signed = select(CaseNote).where(CaseNote.file_id == f.id, CaseNote.signed_at.is_not(None),
                                            visible_notes_clause(self.user))
            if note_ids is None:
                notes = note_dtos(s, signed)[: settings.summary_notes]
            else:
                wanted = list(dict.fromkeys(note_ids))
                notes = note_dtos(s, signed.where(CaseNote.id.in_(wanted))) if wanted else []
                missing = sorted(set(wanted) - {n.id for n in notes})
                if missing:
                    raise ValidationError("notes_not_printable", field="notes",
                                          value=", ".join(str(i) for i in missing))
            tasks = s.scalars(select(Task).where(Task.file_id == f.id, Task.done.is_(False),
                                                 visible_tasks_clause(self.user))
                              .order_by(Task.due_date, Task.id)).all()
            printed_at = server_now(s)
            self._audit(s, "print", entity="family_file", entity_id=f.id, file_id=f.id,
                        detail={"form": form, "notes": [n.id for n in notes]})
            return FamilySummary(
                file=_file_dto(s, f),
                open_tasks=tuple(task_dto(s, t, f.file_number, f.family_name) for t in tasks),
                notes=tuple(notes),
                letterhead=settings.letterhead,
                printed_by=self.user.full_name,
                printed_at=printed_at,
            )

    def record_output(self, form: str, file_id: int, kind: str = "print") -> None:
        """A printed form left the program: sent to a printer (``kind`` "print") or saved to a file ("save").
        Audited (who, which form of which file, when: the server's clock); the file must still be visible."""
        if kind not in OUTPUT_KINDS:
            raise ValidationError("invalid_choice", field="kind")
        self._require(Action.VIEW_FILES, entity="family_file", entity_id=file_id, file_id=file_id)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action=kind)
            self._audit(s, kind, entity="family_file", entity_id=f.id, file_id=f.id,
                        detail={"form": form, "output": "printer" if kind == "print" else "file"})




def family_language(file: FamilyFileDTO) -> str:
    """The language a form for this family is printed in by default: the preferred language of its first
    parent (of its first member if no parent is recorded) when it is Hebrew or Arabic, else Hebrew."""
    members = sorted(file.members, key=lambda m: m.relation != "parent")
    for m in members[:1]:
        if m.person.preferred_language in ("he", "ar"):
            return m.person.preferred_language
    return "he"
