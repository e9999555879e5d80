"""Intake: register a referral, decide its outcome (a new family file, attached to a known file, referred
elsewhere, no intervention), hand the family over to a family worker, the intake queue.

Who sees which referral is written once here (``visible_referrals_clause``) and once in SQL (the policies of
Scope.REFERRAL in models.security, revision 0014); tests/unit/models/intake holds the two against each other.
Every public method is one transaction: the permission first, then the input checked before anything is
written, the audit row, DTOs out, DomainError codes (never sentences).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, false, func, or_, select, text, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from models.backend import backend_of
from models.clubs.entities import Club, ClubRequest
from models.codes import (
    ELSEWHERE_SERVICES,
    NO_INTERVENTION_REASONS,
    REFERRAL_CHANNELS,
    REFERRAL_SOURCES,
    RELATIONS,
    URGENCIES,
)
from models.department.service import read_settings
from models.errors import NotFound, ValidationError
from models.families.dto import NewFamilyFile
from models.families.entities import FamilyFile, FamilyMember, FileAccess
from models.families.service import clean_new_file, insert_family_file
from models.intake.dto import (
    HandOverCandidate,
    HandOverInput,
    IntakeForm,
    OpenFileInput,
    QueueCounts,
    QueueFilter,
    QueueRow,
    ReferralDTO,
    ReferralInput,
    ReferralPersonDTO,
    Referrer,
)
from models.intake.entities import FILE_OUTCOMES, OPEN_CONDITION, URGENCY_RANK, Referral, ReferralPerson
from models.people.dto import PersonInput
from models.people.entities import Person
from models.people.service import clean_person_input, create_person, person_dtos_by_id
from models.roles import ALL_REFERRALS, CASE_ROLES, PERMISSIONS, Action, Role
from models.service import ServiceBase, _Denied, insert_numbered, server_now, user_ref, visible_files_clause
from models.tasks.entities import Task
from models.tasks.service import visible_tasks_clause
from models.text import clean_line, clean_text
from models.users.dto import TeamDTO, UserRef
from models.users.entities import Team, User

# field limits (the columns of models.intake.entities)
REFERRER_NAME_MAX = 120
REFERRER_ROLE_MAX = 80
REFERRER_ORGANISATION_MAX = 120
REFERRER_PHONE_MAX = 40
PROBLEM_MAX = 8000
NOTES_MAX = 8000
ELSEWHERE_DETAIL_MAX = 500
OUTCOME_NOTE_MAX = 4000
CLUB_REASON_MAX = 2000
CLUB_GOALS_MAX = 2000
TASK_TITLE_MAX = 200
TASK_DESCRIPTION_MAX = 4000

FORMS = ("intake_summary", "referral_letter")
OUTPUT_KINDS = ("print", "save")
# the roles a file is handed to: those that carry caseloads
CASELOAD_ROLES = frozenset({Role.FAMILY_WORKER, Role.YOUTH_LAW_WORKER, Role.TEAM_HEAD})
INTAKE_ROLES = frozenset(r for r, actions in PERMISSIONS.items() if Action.RECEIVE_REFERRALS in actions)
PROBLEM_LINE_MAX = 120  # the queue's problem column: the first line, at most this long
REFERRAL = "referral"  # the audit entity
_ALL = QueueFilter()

def visible_referrals_clause(user: Any) -> ColumnElement[bool]:
    """The referrals ``user`` may see (models.roles; the PostgreSQL policy of revision 0014 says the same):
    the intake workers and the manager every referral; anyone the referrals they registered, decided or were
    handed;
    a team head every referral not closed; and anyone the referrals of the files they see. The administrator
    none."""
    role = Role(user.role)
    if role in ALL_REFERRALS:
        return true()
    if role not in CASE_ROLES:
        return false()
    r = Referral
    rules: list[ColumnElement[bool]] = [
        r.intake_worker_id == user.id,
        r.handed_to_id == user.id,
        r.decided_by_id == user.id,
        exists(select(FamilyFile.id).where(FamilyFile.id == r.file_id, visible_files_clause(user))),
    ]
    if role is Role.TEAM_HEAD:
        rules.append(r.status != "closed")
    return or_(*rules)


def next_referral_number(s: Session, year: int) -> str:
    """The next free ``YYYY/NNNN`` of the year received. Callers insert inside a savepoint and retry on a
    clash (two workers registering at the same moment)."""
    prefix = f"{year:04d}/"
    if backend_of(s.connection()).row_security:
        # every referral's number (a definer function, revision 0017): a role that registers referrals
        # without deciding them (the club worker) reads only her own, and would number a taken one
        last = s.scalar(text("SELECT maane_last_referral_number(:prefix)"), {"prefix": prefix})
    else:
        last = s.scalar(select(func.max(Referral.number)).where(Referral.number.like(prefix + "%")))
    n = int(last.split("/")[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"



def _first_line(value: str, maximum: int) -> str:
    line = next((ln.strip() for ln in value.splitlines() if ln.strip()), "")
    return line if len(line) <= maximum else line[: maximum - 1].rstrip() + "…"


def _choice(value: str, allowed: Sequence[str], field: str, *, required: bool = True) -> str:
    if value == "" and required:
        raise ValidationError("required", field=field)
    if value not in allowed:
        raise ValidationError("invalid_choice", field=field)
    return value


class IntakeService(ServiceBase):
    # ---- register ------------------------------------------------------------------------------------
    def create(self, data: ReferralInput) -> ReferralDTO:
        """Register a referral with its persons: known ones linked (each must be visible: the audited path),
        new ones created after the duplicate check (``NewPerson.dismissed``: the candidates the worker saw
        and rejected; a strong candidate not dismissed, or the same ID number saved by someone else a moment
        ago, raises DuplicateSuspected and nothing is saved). Everything is checked before anything is
        written; one transaction. Registered by the intake roles (RECEIVE_REFERRALS) and by those who only
        register a referral for intake to decide (REGISTER_REFERRAL: the club worker, for a family a school
        refers that the department does not know)."""
        if not (self._can(Action.RECEIVE_REFERRALS) or self._can(Action.REGISTER_REFERRAL)):
            self._deny(Action.RECEIVE_REFERRALS.value, entity=REFERRAL)
        clean, new_people = self._checked(data)
        with self._tx() as s:
            # the known persons checked and the new ones created first: a duplicate refuses the referral
            # before it takes a number (two workers registering the same person race on the person's ID
            # number, not on the referral's number)
            for pid, _relation in clean.existing:
                self._visible_person(s, pid, action="link_person")
            created = self._create_persons(s, new_people)
            days = read_settings(s).response_days()
            r = Referral(intake_worker_id=self.user.id, status="open", outcome="", created_by=self.user.username)
            self._apply(r, clean, days)
            insert_numbered(s, r, "number", lambda: next_referral_number(s, clean.received_on.year))
            self._link_persons(s, r, clean, created, checked=True)
            s.flush()
            self._audit(s, "create", entity=REFERRAL, entity_id=r.id,
                        detail={"number": r.number, "persons": [p.person_id for p in r.persons]})
            return self._dto(s, r)

    def update(self, referral_id: int, version: int, data: ReferralInput) -> ReferralDTO:
        """Correct an open referral (its number stays): the fields, and its persons (those left out are
        unlinked, new ones linked or created as in ``create``). Only while open ("not_open"); a stale
        ``version`` is a ConflictError."""
        self._require(Action.RECEIVE_REFERRALS, entity=REFERRAL, entity_id=referral_id)
        clean, new_people = self._checked(data)
        with self._tx() as s:
            r = self._visible(s, referral_id, action="update_referral")
            self._check_version(r, version)
            if r.status != "open":
                raise ValidationError("not_open", field="status")
            days = read_settings(s).response_days()
            self._apply(r, clean, days)
            r.updated_by = self.user.username
            keep = {pid for pid, _rel in clean.existing}
            for rp in list(r.persons):
                if rp.person_id not in keep:
                    r.persons.remove(rp)
            s.flush()
            self._link_persons(s, r, clean, self._create_persons(s, new_people))
            s.flush()
            self._audit(s, "update", entity=REFERRAL, entity_id=r.id, file_id=r.file_id,
                        detail={"persons": [p.person_id for p in r.persons]})
            return self._dto(s, r)

    def _checked(self, data: ReferralInput) -> tuple[ReferralInput, list[tuple[PersonInput, str, tuple[int, ...]]]]:
        """The input trimmed and checked, before any write (ValidationError naming the field)."""
        _choice(data.channel, REFERRAL_CHANNELS, "channel")
        _choice(data.source, REFERRAL_SOURCES, "source")
        _choice(data.urgency, URGENCIES, "urgency")
        if data.received_on > date.today():
            raise ValidationError("date_future", field="received_on")
        referrer = Referrer(
            name=clean_line(data.referrer.name, "referrer_name", REFERRER_NAME_MAX),
            role=clean_line(data.referrer.role, "referrer_role", REFERRER_ROLE_MAX),
            organisation=clean_line(data.referrer.organisation, "referrer_organisation", REFERRER_ORGANISATION_MAX),
            phone=clean_line(data.referrer.phone, "referrer_phone", REFERRER_PHONE_MAX),
        )
        problem = clean_text(data.problem, "problem", PROBLEM_MAX, required=True)
        notes = clean_text(data.notes, "notes", NOTES_MAX)
        if not data.existing and not data.new_persons:
            raise ValidationError("no_person", field="persons")
        seen: set[int] = set()
        for pid, relation in data.existing:
            _choice(relation, RELATIONS, "relation")
            if pid in seen:
                raise ValidationError("person_twice", field="persons", person_id=pid)
            seen.add(pid)
        new_people: list[tuple[PersonInput, str, tuple[int, ...]]] = []
        numbers: set[tuple[str, str]] = set()
        for i, np in enumerate(data.new_persons):
            _choice(np.relation, RELATIONS, "relation")
            try:
                person = clean_person_input(np.data)
            except ValidationError as exc:
                raise ValidationError(exc.code, **{**exc.params, "person": i}) from exc
            if person.id_number is not None:
                key = (person.id_kind, person.id_number)
                if key in numbers:
                    raise ValidationError("person_twice", field="persons", id_number=person.id_number)
                numbers.add(key)
            new_people.append((person, np.relation, tuple(np.dismissed)))
        clean = replace(data, referrer=referrer, problem=problem, notes=notes)
        return clean, new_people

    @staticmethod
    def _apply(r: Referral, data: ReferralInput, days: dict[str, int]) -> None:
        r.received_on = data.received_on
        r.channel, r.source = data.channel, data.source
        r.referrer_name, r.referrer_role = data.referrer.name, data.referrer.role
        r.referrer_organisation, r.referrer_phone = data.referrer.organisation, data.referrer.phone
        r.problem, r.notes = data.problem, data.notes
        r.urgency, r.urgency_rank = data.urgency, URGENCY_RANK[data.urgency]
        r.due_by = data.received_on + timedelta(days=days[data.urgency])

    def _create_persons(self, s: Session, new_people: list[tuple[PersonInput, str, tuple[int, ...]]]
                        ) -> list[tuple[int, str, tuple[int, ...]]]:
        """The new persons created (models.people.service.create_person: the duplicate check again, inside
        this transaction, as this user, with the candidates the worker dismissed)."""
        out = []
        for person, relation, dismissed in new_people:
            p = create_person(s, person, self.user.username, user=self.user, dismissed=dismissed)
            out.append((p.id, relation, dismissed))
        return out

    def _link_persons(self, s: Session, r: Referral, data: ReferralInput,
                      created: list[tuple[int, str, tuple[int, ...]]], *, checked: bool = False) -> None:
        """Link the known persons (each visible: the audited path, unless ``checked`` already) and the ones
        just created to the referral."""
        linked = {rp.person_id: rp for rp in r.persons}
        for pid, relation in data.existing:
            if pid in linked:
                linked[pid].relation = relation
                continue
            if not checked:
                self._visible_person(s, pid, action="link_person")
            rp = ReferralPerson(person_id=pid, relation=relation)
            r.persons.append(rp)
            linked[pid] = rp
            self._audit(s, "link_person", entity="person", entity_id=pid, detail={"referral": r.number})
        for pid, relation, dismissed in created:
            rp = ReferralPerson(person_id=pid, relation=relation)
            r.persons.append(rp)
            linked[pid] = rp
            if dismissed:
                self._audit(s, "confirm_new_person", entity="person", entity_id=pid,
                            detail={"dismissed": list(dismissed), "referral": r.number})
        s.flush()

    # ---- read ----------------------------------------------------------------------------------------
    def _filter(self) -> ColumnElement[bool]:
        # PostgreSQL: the referrals policy states the same rule (not tested twice per row)
        return true() if self._db.backend.row_security else visible_referrals_clause(self.user)

    def _visible(self, s: Session, referral_id: int, *, action: str) -> Referral:
        """The referral if the user may see it; a hidden one and a missing one are the same NotFound, and a
        hidden one is recorded as a denied attempt."""
        r = s.scalar(select(Referral).where(Referral.id == referral_id, visible_referrals_clause(self.user)))
        if r is not None:
            return r
        # On PostgreSQL row-level security hides the referral itself: a hidden one looks missing, and the
        # attempt is still recorded as denied.
        if not self._db.backend.hidden_looks_missing and s.get(Referral, referral_id) is None:
            raise NotFound(entity=REFERRAL, id=referral_id)
        raise _Denied(action, entity=REFERRAL, entity_id=referral_id, error=NotFound(entity=REFERRAL, id=referral_id))

    def get(self, referral_id: int) -> ReferralDTO:
        """One referral (audited as a view)."""
        self._require_reader(referral_id)
        with self._tx() as s:
            r = self._visible(s, referral_id, action="view_referral")
            self._audit(s, "view", entity=REFERRAL, entity_id=r.id, file_id=r.file_id)
            return self._dto(s, r)

    def find(self, number: str) -> int:
        """The id of the referral numbered ``number`` ("YYYY/NNNN"), for ``maane print``. One the user may not
        see is the same NotFound as none, and recorded as a denied attempt."""
        self._require_reader()
        number = number.strip()
        with self._tx() as s:
            rid = s.scalar(select(Referral.id).where(Referral.number == number, visible_referrals_clause(self.user)))
            if rid is not None:
                return int(rid)
            hidden = None if self._db.backend.hidden_looks_missing else s.scalar(
                select(Referral.id).where(Referral.number == number))
            if hidden is None and not self._db.backend.hidden_looks_missing:
                raise NotFound(entity=REFERRAL, number=number)
            raise _Denied("view_referral", entity=REFERRAL, entity_id=hidden,
                          error=NotFound(entity=REFERRAL, number=number))

    def _require_reader(self, referral_id: int | None = None) -> None:
        """Reading referrals: the intake roles, and the case roles (a family worker reads the referral of her
        file; the visibility rule decides which)."""
        if Role(self.user.role) not in CASE_ROLES:
            self._deny("view_referral", entity=REFERRAL, entity_id=referral_id)

    def _dto(self, s: Session, r: Referral) -> ReferralDTO:
        rows = s.execute(select(ReferralPerson.person_id, ReferralPerson.relation)
                         .where(ReferralPerson.referral_id == r.id).order_by(ReferralPerson.id)).all()
        ids = [pid for pid, _rel in rows]
        if ids and not self._db.backend.row_security:  # only the persons the user may see
            ids = list(s.scalars(select(Person.id).where(Person.id.in_(ids),
                                                         self._db.backend.persons_filter(self.user))))
        people = person_dtos_by_id(s, ids)
        persons = tuple(ReferralPersonDTO(people[pid], rel) for pid, rel in rows if pid in people)
        worker = s.get(User, r.intake_worker_id)
        handed = s.get(User, r.handed_to_id) if r.handed_to_id is not None else None
        decider = s.get(User, r.decided_by_id) if r.decided_by_id is not None else None
        file_number = ""
        if r.file_id is not None:
            file_number = s.scalar(select(FamilyFile.file_number).where(FamilyFile.id == r.file_id)) or ""
        assert worker is not None
        return ReferralDTO(
            id=r.id, version=r.version, number=r.number, received_on=r.received_on, channel=r.channel,
            source=r.source,
            referrer=Referrer(r.referrer_name, r.referrer_role, r.referrer_organisation, r.referrer_phone),
            problem=r.problem, urgency=r.urgency, notes=r.notes, persons=persons, intake_worker=user_ref(worker),
            status=r.status, outcome=r.outcome, decided_on=r.decided_on, file_id=r.file_id,
            file_number=file_number, elsewhere_service=r.elsewhere_service, elsewhere_detail=r.elsewhere_detail,
            no_intervention_reason=r.no_intervention_reason, outcome_note=r.outcome_note,
            handed_to=user_ref(handed) if handed is not None else None, task_id=r.task_id, due_by=r.due_by,
            created_at=r.created_at,
            decided_by=user_ref(decider) if decider is not None else None,
        )

    # ---- the queue -----------------------------------------------------------------------------------
    def queue(self, f: QueueFilter = _ALL, *, limit: int = 500) -> list[QueueRow]:
        """The referrals not closed (all of them with ``include_closed``) the user may see, filtered, in the
        queue's order: overdue first, then by urgency (most urgent first), then oldest first; at most
        ``limit``. Read from the index of the open referrals in that order (no sort of the whole queue): the
        overdue ones first, then the others. Audited as a list read (the referrals shown)."""
        self._require(Action.RECEIVE_REFERRALS, entity=REFERRAL)
        if f.urgency and f.urgency not in URGENCIES:
            raise ValidationError("invalid_choice", field="urgency")
        if f.source and f.source not in REFERRAL_SOURCES:
            raise ValidationError("invalid_choice", field="source")
        today = date.today()
        base = select(Referral.id).where(self._filter())
        if f.source:
            base = base.where(Referral.source == f.source)
        if f.urgency:
            base = base.where(Referral.urgency == f.urgency)
        if f.intake_worker_id is not None:
            base = base.where(Referral.intake_worker_id == f.intake_worker_id)
        if f.received_from is not None:
            base = base.where(Referral.received_on >= f.received_from)
        if f.received_to is not None:
            base = base.where(Referral.received_on <= f.received_to)
        order = (Referral.urgency_rank, Referral.received_on, Referral.id)
        open_ = text(f"referrals.{OPEN_CONDITION}")  # in the words of the partial index ix_referrals_queue
        with self._read() as s:
            conn = s.connection()
            ids: list[int] = list(conn.execute(
                base.where(open_, Referral.due_by < today).order_by(*order).limit(limit)).scalars())
            if len(ids) < limit:
                rest = (base.where(or_(Referral.status == "closed", Referral.due_by >= today))
                        if f.include_closed else base.where(open_, Referral.due_by >= today))
                ids += list(conn.execute(rest.order_by(*order).limit(limit - len(ids))).scalars())
            rows, files = self._queue_rows(s, ids, today)
            # one audit row per page, naming the referrals shown and the files they led to
            self._audit_read(s, "list", entity=REFERRAL, detail={"referrals": [r.id for r in rows], "files": files})
        return rows

    def _queue_rows(self, s: Session, ids: list[int], today: date) -> tuple[list[QueueRow], list[int]]:
        if not ids:
            return [], []
        conn = s.connection()
        found = conn.execute(
            select(Referral.id, Referral.number, Referral.received_on, Referral.urgency, Referral.source,
                   Referral.channel, Referral.problem, User.full_name, Referral.status, Referral.due_by,
                   Referral.file_id)
            .join(User, User.id == Referral.intake_worker_id)
            .where(Referral.id.in_(ids)))
        by_id = {row[0]: row for row in found}
        names: dict[int, list[str]] = {}
        persons = conn.execute(
            select(ReferralPerson.referral_id, Person.first_name, Person.last_name)
            .join(Person, Person.id == ReferralPerson.person_id)
            .where(ReferralPerson.referral_id.in_(ids), self._db.backend.persons_filter(self.user))
            .order_by(ReferralPerson.referral_id, ReferralPerson.id))
        for rid, first, last in persons:
            names.setdefault(rid, []).append(f"{first} {last}".strip())
        out = []
        for rid in ids:
            row = by_id.get(rid)
            if row is None:
                continue
            _id, number, received, urgency, source, channel, problem, worker, status, due_by, _file = row
            out.append(QueueRow(
                id=rid, number=number, received_on=received, urgency=urgency, source=source, channel=channel,
                persons=", ".join(names.get(rid, ())), problem=_first_line(problem, PROBLEM_LINE_MAX),
                intake_worker=worker, status=status, due_by=due_by,
                overdue=status != "closed" and today > due_by, age_days=(today - received).days))
        return out, list(dict.fromkeys(row[10] for row in by_id.values() if row[10] is not None))

    def counts(self) -> QueueCounts:
        """The referrals not closed the user may see, per urgency, and how many of them are overdue (not
        audited: numbers, no case content)."""
        self._require(Action.RECEIVE_REFERRALS, entity=REFERRAL)
        today = date.today()
        overdue = func.sum(case((Referral.due_by < today, 1), else_=0))
        # by urgency_rank: a read of the open referrals' index alone (ix_referrals_queue holds due_by too)
        stmt = (select(Referral.urgency_rank, func.count(), overdue)
                .where(text(f"referrals.{OPEN_CONDITION}"), self._filter()).group_by(Referral.urgency_rank))
        with self._read() as s:
            rows = s.connection().execute(stmt).all()
        opened = dict.fromkeys(URGENCIES, 0)
        late = dict.fromkeys(URGENCIES, 0)
        for rank, n, n_late in rows:
            opened[URGENCIES[rank]], late[URGENCIES[rank]] = int(n), int(n_late or 0)
        return QueueCounts(open=opened, overdue=late)

    # ---- outcomes ------------------------------------------------------------------------------------
    def _open_referral(self, s: Session, referral_id: int, version: int, action: str) -> Referral:
        r = self._visible(s, referral_id, action=action)
        self._check_version(r, version)
        if r.status != "open":
            raise ValidationError("not_open", field="status")
        return r

    def open_file(self, referral_id: int, version: int, data: OpenFileInput) -> ReferralDTO:
        """Outcome "new file": a family file opened from the referral (its number assigned as a family
        file's), its members the referral's persons with their relation (or ``data.members``), the club
        requests filed for its children (route "intake"; "school" with the institution and its contact when a
        school or kindergarten referred the family: route c of DOMAIN.md); the referral then awaits its
        hand-over."""
        self._require(Action.RECEIVE_REFERRALS, entity=REFERRAL, entity_id=referral_id)
        self._require(Action.OPEN_FILE, entity="family_file")
        # restricted after the insert, with the opener named (below): a file restricted from the start would
        # be hidden from the one who opens it
        new_file = clean_new_file(NewFamilyFile(family_name=data.family_name, team_id=data.team_id,
                                                address=data.address, locality=data.locality,
                                                neighbourhood=data.neighbourhood))
        for _pid, relation in data.members:
            _choice(relation, RELATIONS, "relation")
        if len({pid for pid, _rel in data.members}) != len(data.members):
            raise ValidationError("person_twice", field="members")
        clubs = []
        for c in data.club_requests:
            clubs.append((c.person_id, clean_text(c.reason, "club_reason", CLUB_REASON_MAX, required=True),
                          clean_text(c.goals, "club_goals", CLUB_GOALS_MAX),
                          _choice(c.urgency, URGENCIES, "club_urgency"), c.preferred_club_id))
        if len({c[0] for c in clubs}) != len(clubs):
            raise ValidationError("person_twice", field="club_requests")
        with self._tx() as s:
            r = self._open_referral(s, referral_id, version, "open_file")
            members = list(data.members) or [(rp.person_id, rp.relation) for rp in r.persons]
            if not members:
                raise ValidationError("no_person", field="members")
            f = insert_family_file(s, self.user, new_file)
            today = f.opened_on
            for pid, relation in members:
                self._visible_person(s, pid, action="open_file", file_id=f.id)
                s.add(FamilyMember(file_id=f.id, person_id=pid, relation=relation))
            s.flush()
            if data.restricted:
                # Restricted from the start: whoever opens it is named on it, or could not see the file she
                # has just opened (on PostgreSQL the policy of family_files would refuse the row).
                s.add(FileAccess(file_id=f.id, user_id=self.user.id))
                s.flush()
                f.restricted = True
                s.flush()
            children = {pid for pid, rel in members if rel == "child"}
            school = r.source in ("school", "kindergarten")  # route c: the institution referred the family
            contact = ", ".join(x for x in (r.referrer_name, r.referrer_phone) if x)
            for pid, reason, goals, urgency, club_id in clubs:
                if pid not in children:
                    raise ValidationError("club_not_child", field="club_requests", person_id=pid)
                if club_id is not None and s.scalar(select(Club.id).where(Club.id == club_id,
                                                                          Club.active.is_(True))) is None:
                    raise ValidationError("invalid_choice", field="club_requests", person_id=pid)
                s.add(ClubRequest(file_id=f.id, person_id=pid, route="school" if school else "intake", reason=reason,
                                  goals=goals, urgency=urgency, requested_by_id=self.user.id, requested_on=today,
                                  status="waiting", referral_id=r.id, preferred_club_id=club_id,
                                  source_name=(r.referrer_organisation or r.referrer_name)[:200] if school else "",
                                  source_contact=contact[:200] if school else "", created_by=self.user.username,
                                  updated_by=self.user.username))
            s.flush()
            self._audit(s, "create", entity="family_file", entity_id=f.id, file_id=f.id,
                        detail={"file_number": f.file_number, "referral": r.number})
            self._decide(r, "new_file", status="awaiting_handover", file_id=f.id)
            s.flush()
            self._audit(s, "open_file", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"file_number": f.file_number, "club_requests": [c[0] for c in clubs]})
            return self._dto(s, r)

    def attach(self, referral_id: int, version: int, file_id: int,
               members: tuple[tuple[int, str], ...] | None = None) -> ReferralDTO:
        """Outcome "attached": the referral belongs to a known, open family file the user sees; its persons
        not yet members are added with their relation (``members``: these instead). Then it awaits its
        hand-over."""
        self._require(Action.RECEIVE_REFERRALS, entity=REFERRAL, entity_id=referral_id)
        self._require(Action.EDIT_FILE, entity="family_file", entity_id=file_id, file_id=file_id)
        for _pid, relation in members or ():
            _choice(relation, RELATIONS, "relation")
        with self._tx() as s:
            r = self._open_referral(s, referral_id, version, "attach_referral")
            f = self._visible_file(s, file_id, action="attach_referral")
            if f.status != "open":
                raise ValidationError("file_closed", field="file_id")
            wanted = list(members) if members is not None else [(rp.person_id, rp.relation) for rp in r.persons]
            present = set(s.scalars(select(FamilyMember.person_id).where(FamilyMember.file_id == f.id)))
            added = []
            for pid, relation in wanted:
                if pid in present:
                    continue
                self._visible_person(s, pid, action="attach_referral", file_id=f.id)
                s.add(FamilyMember(file_id=f.id, person_id=pid, relation=relation))
                present.add(pid)
                added.append(pid)
            if added:  # a change of the file's members moves the file's version (as FamilyService does)
                f.updated_by = self.user.username
                flag_modified(f, "updated_by")
            s.flush()
            self._decide(r, "attached", status="awaiting_handover", file_id=f.id)
            s.flush()
            self._audit(s, "attach", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"file_number": f.file_number, "members_added": added})
            return self._dto(s, r)

    def hand_over(self, referral_id: int, version: int, data: HandOverInput) -> ReferralDTO:
        """The referral's file to a worker of the chosen team (active: "worker_inactive"; of that team:
        "worker_not_in_team"; a role that carries caseloads: "worker_role"): the file's team and worker set,
        a first-contact task for the worker due ``data.due_date`` (None: today + the department's days for
        the urgency; a date in the past: "date_past"); the referral closed."""
        self._require(Action.RECEIVE_REFERRALS, entity=REFERRAL, entity_id=referral_id)
        today = date.today()
        if data.due_date is not None and data.due_date < today:
            raise ValidationError("date_past", field="due_date")
        with self._tx() as s:
            r = self._visible(s, referral_id, action="hand_over")
            self._check_version(r, version)
            if r.status != "awaiting_handover" or r.file_id is None:
                raise ValidationError("not_awaiting_handover", field="status")
            team = s.get(Team, data.team_id)
            if team is None:
                raise ValidationError("team_unknown", field="team_id")
            if Role(self.user.role) is Role.TEAM_HEAD and team.id != self.user.team_id:
                raise ValidationError("team_not_own", field="team_id")
            w = s.get(User, data.worker_id)
            if w is None:
                raise ValidationError("worker_invalid", field="worker_id")
            if not w.active:
                raise ValidationError("worker_inactive", field="worker_id")
            if w.team_id != team.id:
                raise ValidationError("worker_not_in_team", field="worker_id")
            if Role(w.role) not in CASELOAD_ROLES:
                raise ValidationError("worker_role", field="worker_id")
            f = self._visible_file(s, r.file_id, action="hand_over")
            before = (f.team_id, f.worker_id)
            f.team_id, f.worker_id = team.id, w.id
            f.updated_by = self.user.username
            s.flush()
            due = data.due_date or today + timedelta(days=read_settings(s).response_days()[r.urgency])
            task = Task(file_id=f.id, title=f"קשר ראשון עם המשפחה (פנייה {r.number})"[:TASK_TITLE_MAX],
                        description=_first_line(r.problem, TASK_DESCRIPTION_MAX), due_date=due,
                        assignee_id=w.id, done=False, created_by=self.user.username, updated_by=self.user.username)
            s.add(task)
            s.flush()
            r.status, r.handed_to_id, r.task_id = "closed", w.id, task.id
            r.updated_by = self.user.username
            s.flush()
            self._audit(s, "hand_over", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"team": team.id, "worker": w.id, "task": task.id, "due": due.isoformat(),
                                "from": {"team": before[0], "worker": before[1]}})
            return self._dto(s, r)

    def refer_elsewhere(self, referral_id: int, version: int, service: str, detail: str,
                        note: str = "") -> ReferralDTO:
        """Outcome "referred elsewhere": to which service (ELSEWHERE_SERVICES), the receiving body and what
        is asked of it (``detail``, required for "other"), a note; the referral is closed."""
        self._require(Action.RECEIVE_REFERRALS, entity=REFERRAL, entity_id=referral_id)
        _choice(service, ELSEWHERE_SERVICES, "service")
        detail = clean_line(detail, "detail", ELSEWHERE_DETAIL_MAX, required=service == "other")
        note = clean_text(note, "note", OUTCOME_NOTE_MAX)
        with self._tx() as s:
            r = self._open_referral(s, referral_id, version, "refer_elsewhere")
            self._decide(r, "referred_elsewhere", status="closed", note=note)
            r.elsewhere_service, r.elsewhere_detail = service, detail
            s.flush()
            self._audit(s, "refer_elsewhere", entity=REFERRAL, entity_id=r.id, detail={"service": service})
            return self._dto(s, r)

    def no_intervention(self, referral_id: int, version: int, reason: str, note: str = "") -> ReferralDTO:
        """Outcome "no intervention": the reason (NO_INTERVENTION_REASONS; "other" needs the note); closed."""
        self._require(Action.RECEIVE_REFERRALS, entity=REFERRAL, entity_id=referral_id)
        _choice(reason, NO_INTERVENTION_REASONS, "reason")
        note = clean_text(note, "note", OUTCOME_NOTE_MAX, required=reason == "other")
        with self._tx() as s:
            r = self._open_referral(s, referral_id, version, "no_intervention")
            self._decide(r, "no_intervention", status="closed", note=note)
            r.no_intervention_reason = reason
            s.flush()
            self._audit(s, "no_intervention", entity=REFERRAL, entity_id=r.id, detail={"reason": reason})
            return self._dto(s, r)

    def _decide(self, r: Referral, outcome: str, *, status: str, file_id: int | None = None,
                note: str = "") -> None:
        assert (outcome in FILE_OUTCOMES) == (file_id is not None)
        r.outcome, r.status, r.decided_on, r.file_id = outcome, status, date.today(), file_id
        r.decided_by_id = self.user.id
        if note:
            r.outcome_note = note
        r.updated_by = self.user.username

    # ---- reference lists for the forms ---------------------------------------------------------------
    def handover_candidates(self, team_id: int) -> tuple[HandOverCandidate, ...]:
        """The active workers of the team a file can be handed to (family workers, youth-law workers, the
        team head), by name, each with the open files assigned to them and their overdue tasks, on the files
        the acting user may see. One query."""
        self._require(Action.RECEIVE_REFERRALS, entity="user")
        today = date.today()
        visible = visible_files_clause(self.user) if not self._db.backend.row_security else true()
        open_files = (select(func.count(FamilyFile.id))
                      .where(FamilyFile.worker_id == User.id, FamilyFile.status == "open", visible)
                      .correlate(User).scalar_subquery())
        overdue = (select(func.count(Task.id)).join(FamilyFile, FamilyFile.id == Task.file_id)
                   .where(Task.assignee_id == User.id, Task.done.is_(False), Task.due_date < today, visible,
                          visible_tasks_clause(self.user))
                   .correlate(User).scalar_subquery())
        stmt = (select(User, open_files, overdue)
                .where(User.active.is_(True), User.team_id == team_id,
                       User.role.in_([r.value for r in CASELOAD_ROLES]))
                .order_by(User.full_name, User.id))
        with self._read() as s:
            return tuple(HandOverCandidate(user_ref(u), n or 0, late or 0) for u, n, late in s.execute(stmt).all())

    def teams(self) -> list[TeamDTO]:
        self._require(Action.RECEIVE_REFERRALS, entity="team")
        with self._read() as s:
            return [TeamDTO(t.id, t.name) for t in s.scalars(select(Team).order_by(Team.name))]

    def intake_workers(self) -> list[UserRef]:
        """The staff who register referrals (for the queue's filter): active users of the intake roles and
        whoever registered a referral the user sees, by name."""
        self._require(Action.RECEIVE_REFERRALS, entity="user")
        registered = select(Referral.intake_worker_id).where(self._filter())
        stmt = (select(User).where(or_(and_(User.active.is_(True), User.role.in_([r.value for r in INTAKE_ROLES])),
                                       User.id.in_(registered)))
                .order_by(User.full_name, User.id))
        with self._read() as s:
            return [user_ref(u) for u in s.scalars(stmt)]

    def response_days(self) -> dict[str, int]:
        """Urgency -> the days within which a referral gets an outcome (the department settings)."""
        with self._read() as s:
            return read_settings(s).response_days()

    # ---- printing ------------------------------------------------------------------------------------
    def form(self, referral_id: int) -> IntakeForm:
        """What the intake summary and the referral letter print: the referral, the letterhead, who prints
        and when (the server's clock). Audited as a view of the referral for a form."""
        self._require_reader(referral_id)
        with self._tx() as s:
            r = self._visible(s, referral_id, action="print")
            dto = self._dto(s, r)
            settings = read_settings(s)
            printed_at = server_now(s)
            self._audit(s, "view", entity=REFERRAL, entity_id=r.id, file_id=r.file_id, detail={"for": "form"})
            return IntakeForm(referral=dto, letterhead=settings.letterhead, printed_by=self.user.full_name,
                              printed_by_role=self.user.role, printed_at=printed_at,
                              worker_name=dto.handed_to.full_name if dto.handed_to is not None else "")

    def record_output(self, referral_id: int, form: str, kind: str = "print") -> None:
        """A printed intake form left the program: to a printer (``kind`` "print") or to a file ("save").
        Audited (who, which form of which referral, when); the referral must still be visible."""
        if kind not in OUTPUT_KINDS:
            raise ValidationError("invalid_choice", field="kind")
        if form not in FORMS:
            raise ValidationError("invalid_choice", field="form")
        self._require_reader(referral_id)
        with self._tx() as s:
            r = self._visible(s, referral_id, action=kind)
            self._audit(s, kind, entity=REFERRAL, entity_id=r.id, file_id=r.file_id,
                        detail={"form": form, "output": "printer" if kind == "print" else "file"})
