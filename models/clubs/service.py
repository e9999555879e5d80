"""The therapeutic clubs (מועדוניות טיפוליות): the clubs and their routes, requests by the three routes and
the waiting lists, enrolment and leaving, daily attendance with the unexplained-absence task, the school
year's calendar, fees (charges, exemptions and discounts, payments, balances, the month's closing), the
overview, the club tab of a family file and the data of the four forms.

Every public method is one transaction: the permission first (VIEW_CLUBS to read club rows, REQUEST_CLUB to
file a request, MANAGE_CLUBS to run the clubs, REGISTER_REFERRAL for ``refer_to_intake``; the clubs, routes
and calendar are reference data every case role reads), the input checked before anything is written, the
audit row, DTOs out, DomainError codes (never sentences).

Visibility. Club rows (enrolments, collectors, attendance, adjustments, charges, payments) are case content:
read by the roles with VIEW_CLUBS among those who see the family file; club requests by the roles with
VIEW_CLUBS or REQUEST_CLUB among those who see the file. On PostgreSQL the policies of revision 0017 say it;
on SQLite the statements here join the visible-file clause (models.service). Numbers that are not case
content (a club's enrolled children and waiting requests, the capacity check) count EVERY row: on
PostgreSQL through the definer function ``maane_club_counts()`` (revision 0017), on SQLite directly.

Dates. An enrolment is active on a day from ``starts_on`` up to the day before ``left_on``
(models.clubs.rules.active_on; the guard counts seats the same way). "Today" is
``models.clubs.rules.today()`` only (tests move it). A month is the date of its first day.

Capacity. ``enrol`` counts the club's seats taken (every enrolment not left by the new one's start, or
today if that is later: also those starting later, also of files the user cannot see) and refuses
``club_full`` at capacity; so does a later leaving day given to a child who left (a correction). Two workers
taking the last seat at once: on SQLite the write transactions take turns (BEGIN IMMEDIATE), so the second
counts the first's row; on PostgreSQL the guard ``maane_club_guard`` (revision 0017) locks the club's row and
counts the same way, and its refusal (SQLSTATE 23514, the message ``club_full``) becomes the same
ValidationError; so do its ``already_enrolled`` and the unique index of one open enrolment per child.

The unexplained-absence task. When a saved day makes a run of unexplained absences (no reason) of a child
at least three recorded days long (camp days count) and no day of that run carries a task yet, a Task is
put on the family file for its assigned worker, due three days after today, titled in Hebrew (the task list
shows stored titles); its id is kept on the absence that raised it. A file with no assigned worker (or an
inactive one) gets no task: ``AttendanceSaved.tasks`` then lists none for that child.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, delete, func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, aliased

from models.clubs import calendar as club_calendar
from models.clubs import rules
from models.clubs.dto import (
    AdjustmentDTO,
    AdjustmentInput,
    AttendanceDay,
    AttendanceMark,
    AttendanceMonth,
    AttendanceRow,
    AttendanceSaved,
    AttendanceSheet,
    CalendarDay,
    ChargeDTO,
    ChargeResult,
    ClosingRow,
    ClubDTO,
    ClubInput,
    ClubOverview,
    CollectorDTO,
    EnrolInput,
    EnrolmentDTO,
    FeeAccount,
    FeeNotice,
    FileClubChild,
    FileClubs,
    MonthClosing,
    MonthRow,
    ParentContact,
    PaymentDTO,
    PaymentInput,
    RaisedTask,
    RegistrationForm,
    RequestDTO,
    RequestInput,
    RosterRow,
    RouteDTO,
    SchoolReferralInput,
    SheetRow,
    TransportChild,
    TransportList,
    TransportRoute,
    WaitingList,
    WaitingRow,
)
from models.clubs.entities import (
    Club,
    ClubAttendance,
    ClubCalendarDay,
    ClubCollector,
    ClubEnrolment,
    ClubFeeAdjustment,
    ClubFeeCharge,
    ClubPayment,
    ClubRequest,
    ClubRoute,
)
from models.codes import (
    ABSENCE_REASONS,
    CLUB_DAY_KINDS,
    CLUB_RISKS,
    CLUB_ROUTES,
    FEE_ADJUSTMENT_KINDS,
    LEAVE_REASONS,
    LETTER_LANGUAGES,
    PAYMENT_METHODS,
    URGENCIES,
    WITHDRAW_REASONS,
)
from models.department.service import read_settings
from models.errors import ConflictError, NotFound, ValidationError
from models.families.entities import FamilyFile, FamilyMember
from models.intake.dto import ReferralDTO
from models.people.entities import Person, PersonPhone
from models.roles import CASE_ROLES, CLUB_MANAGERS, Action, Role
from models.service import ServiceBase, _Denied, server_now, touch, user_ref, visible_files_clause
from models.tasks.entities import Task
from models.text import clean_line, clean_text
from models.users.dto import UserRef
from models.users.entities import User

# field limits (the columns of models.clubs.entities)
NAME_MAX = 120
ADDRESS_MAX = 200
PHONE_MAX = 32
HOURS_MAX = 200
ROUTE_NAME_MAX = 120
STOPS_MAX = 4000
DRIVER_MAX = 200
CAPACITY_MAX = 60
AGE_MAX = 18
REASON_MAX = 2000
GOALS_MAX = 4000
SOURCE_MAX = 200
RANK_REASON_MAX = 500
CLOSE_NOTE_MAX = 500
DIET_MAX = 500
ALLERGIES_MAX = 500
SCHOOL_MAX = 200
DROPOFF_MAX = 200
OVERRIDE_MAX = 500
COLLECTOR_NAME_MAX = 120
RELATION_MAX = 60
COLLECTOR_ID_MAX = 16
LEAVE_NOTE_MAX = 500
MARK_NOTE_MAX = 200
DAY_REASON_MAX = 200
ADJUSTMENT_REASON_MAX = 500
RECEIPT_MAX = 40
PAYMENT_NOTE_MAX = 200
MONEY_MAX = 10_000_000  # 100,000 NIS: more than any fee or payment of a club
ATTENDANCE_RATE_DAYS = 30  # the file tab's attendance rate: the child's last 30 recorded days

# the audit's entities
CLUB = "club"
REQUEST = "club_request"
ENROLMENT = "club_enrolment"
ATTENDANCE = "club_attendance"
CALENDAR = "club_calendar"
CHARGE = "club_fee_charge"
ADJUSTMENT = "club_fee_adjustment"
PAYMENT = "club_payment"
FEES = "club_fees"

# the forms (reports/forms/club_*.py) and what each names (record_output's entity_id)
FORMS: dict[str, str] = {
    "club_registration": ENROLMENT,  # an enrolment
    "club_attendance_sheet": CLUB,  # a club (its month)
    "club_fee_notice": "family_file",  # a family file (its month)
    "club_transport_list": CLUB,  # a club (its day)
}
OUTPUT_KINDS = ("print", "save")
OPEN_KINDS = ("club", "camp")  # the days a club is open (attendance, fees)
# the database guard's refusals (revision 0017) the service words as its own codes
GUARD_CODES = ("club_full", "already_enrolled", "not_child", "closed_day", "not_enrolled_that_day",
               "amount_not_positive", "never_enrolled", "future_day")

_PG_COUNTS = sql_text("SELECT club_id, enrolled, waiting FROM maane_club_counts(CAST(:on AS date))")
_Stmt = TypeVar("_Stmt", bound="Select[*tuple[Any, ...]]")


def _choice(value: str, allowed: Sequence[str], field: str) -> str:
    if value == "":
        raise ValidationError("required", field=field)
    if value not in allowed:
        raise ValidationError("invalid_choice", field=field)
    return value


def _name(p: Person | None) -> str:
    return f"{p.first_name} {p.last_name}".strip() if p is not None else ""




def day_token(rows: Iterable[tuple[int, bool, str, str]]) -> str:
    """What a club's day of attendance was when read: a hash of its rows (enrolment, present, reason, note),
    sorted. ``save_attendance`` refuses ("stale") when the stored day no longer gives the same token."""
    h = hashlib.sha256()
    for row in sorted(rows):
        h.update(repr(row).encode())
    return h.hexdigest()[:32]


def _guard_code(exc: DBAPIError) -> str | None:
    """The code of the database guard's refusal in a driver error, if it is one."""
    text = str(exc.orig)
    if "uq_club_enrolments_one_club" in text or "club_enrolments.person_id" in text:
        return "already_enrolled"
    return next((code for code in GUARD_CODES if code in text), None)


@dataclass
class _Clean:
    """An enrolment's input as stored."""

    goals: str
    diet: str
    allergies: str
    school: str
    dropoff_address: str
    consent_on: date | None
    age_override_reason: str
    collectors: list[tuple[str, str, str, str]]


class ClubService(ServiceBase):
    # ---- permissions and visibility ----------------------------------------------------------------------
    def _require_reference(self, entity: str = CLUB) -> None:
        """The clubs, their routes and the calendar: every case role (the administrator needs none)."""
        if Role(self.user.role) not in CASE_ROLES:
            self._deny("view_clubs", entity=entity)

    def _only_visible(self, stmt: _Stmt, file_id: Any) -> _Stmt:
        """``stmt`` (which does not join family_files itself) limited to the rows of the files the user sees;
        on PostgreSQL the club tables' own policies already are."""
        if self._db.backend.row_security:
            return stmt
        return stmt.join(FamilyFile, FamilyFile.id == file_id).where(visible_files_clause(self.user))

    @staticmethod
    def _club(s: Session, club_id: int) -> Club:
        c = s.get(Club, club_id)
        if c is None:
            raise NotFound(entity=CLUB, id=club_id)
        return c

    def _enrolment(self, s: Session, enrolment_id: int, *, action: str) -> tuple[ClubEnrolment, FamilyFile]:
        row = s.execute(select(ClubEnrolment, FamilyFile).join(FamilyFile, FamilyFile.id == ClubEnrolment.file_id)
                        .where(ClubEnrolment.id == enrolment_id, self._files())).first()
        if row is None:
            raise self._missing(s, ClubEnrolment, ENROLMENT, enrolment_id, action)
        return row[0], row[1]

    def _request(self, s: Session, request_id: int, *, action: str) -> tuple[ClubRequest, FamilyFile]:
        row = s.execute(select(ClubRequest, FamilyFile).join(FamilyFile, FamilyFile.id == ClubRequest.file_id)
                        .where(ClubRequest.id == request_id, self._files())).first()
        if row is None:
            raise self._missing(s, ClubRequest, REQUEST, request_id, action)
        return row[0], row[1]

    def _child(self, s: Session, file_id: int, person_id: int, *, action: str) -> Person:
        """A child of the file ("not_child"), visible to the user (a hidden person is a denied NotFound)."""
        if s.scalar(select(FamilyMember.id).where(FamilyMember.file_id == file_id, FamilyMember.person_id == person_id,
                                                   FamilyMember.relation == "child")) is None:
            raise ValidationError("not_child", field="person_id")
        self._visible_person(s, person_id, action=action, file_id=file_id)
        p = s.get(Person, person_id)
        assert p is not None
        return p

    # ---- numbers every row counts ------------------------------------------------------------------------
    def _counts(self, s: Session, on: date | None = None) -> dict[int, tuple[int, int]]:
        """Club id -> (the enrolments not left by ``on`` (today), those starting later too: their seat is
        taken; the waiting requests on its list), counting every row (not case content). A request with no
        preferred club waits on every club's list."""
        day = on if on is not None else rules.today()
        if self._db.backend.row_security:
            return {int(cid): (int(e or 0), int(w or 0))
                    for cid, e, w in s.connection().execute(_PG_COUNTS, {"on": day})}
        enrolled = {cid: int(n) for cid, n in s.execute(
            select(ClubEnrolment.club_id, func.count())
            .where(or_(ClubEnrolment.left_on.is_(None), ClubEnrolment.left_on > day))
            .group_by(ClubEnrolment.club_id))}
        waiting: dict[int | None, int] = {cid: int(n) for cid, n in s.execute(
            select(ClubRequest.preferred_club_id, func.count()).where(ClubRequest.status == "waiting")
            .group_by(ClubRequest.preferred_club_id))}
        anyone = waiting.get(None, 0)
        return {cid: (enrolled.get(cid, 0), waiting.get(cid, 0) + anyone)
                for cid in s.scalars(select(Club.id))}

    # ---- DTOs --------------------------------------------------------------------------------------------
    @staticmethod
    def _users(s: Session, ids: Iterable[int | None]) -> dict[int, User]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        return {u.id: u for u in s.scalars(select(User).where(User.id.in_(wanted)))}

    @staticmethod
    def _persons(s: Session, ids: Iterable[int]) -> dict[int, Person]:
        wanted = set(ids)
        if not wanted:
            return {}
        return {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(wanted)))}

    @staticmethod
    def _route_dto(r: ClubRoute) -> RouteDTO:
        return RouteDTO(r.id, r.club_id, r.name, r.stops, r.driver, r.active)

    def _club_dtos(self, s: Session, clubs: Sequence[Club]) -> list[ClubDTO]:
        if not clubs:
            return []
        counts = self._counts(s)
        routes: dict[int, list[RouteDTO]] = {}
        for r in s.scalars(select(ClubRoute).where(ClubRoute.club_id.in_([c.id for c in clubs]))
                           .order_by(ClubRoute.club_id, ClubRoute.name, ClubRoute.id)):
            routes.setdefault(r.club_id, []).append(self._route_dto(r))
        users = self._users(s, (c.supervisor_id for c in clubs))
        out = []
        for c in clubs:
            enrolled, waiting = counts.get(c.id, (0, 0))
            sup = users.get(c.supervisor_id) if c.supervisor_id is not None else None
            out.append(ClubDTO(
                id=c.id, version=c.version, name=c.name, address=c.address, phone=c.phone, capacity=c.capacity,
                min_age=c.min_age, max_age=c.max_age, hours=c.hours, guide_name=c.guide_name,
                house_mother_name=c.house_mother_name, supervisor_id=c.supervisor_id,
                supervisor_name=sup.full_name if sup is not None else "", monthly_fee_agorot=c.monthly_fee_agorot,
                active=c.active, routes=tuple(routes.get(c.id, ())), enrolled=enrolled, waiting=waiting))
        return out

    def _request_dtos(self, s: Session, rows: Sequence[ClubRequest]) -> list[RequestDTO]:
        if not rows:
            return []
        numbers = dict(s.execute(select(FamilyFile.id, FamilyFile.file_number)
                                 .where(FamilyFile.id.in_({r.file_id for r in rows}))).all())
        persons = self._persons(s, (r.person_id for r in rows))
        clubs = dict(s.execute(select(Club.id, Club.name)).all())
        users = self._users(s, (r.requested_by_id for r in rows))
        enrolled: dict[int, int] = {}
        if self._can(Action.VIEW_CLUBS):  # the enrolment made from it is a club row (CLUB_READERS)
            stmt = self._only_visible(select(ClubEnrolment.request_id, ClubEnrolment.id)
                                      .where(ClubEnrolment.request_id.in_([r.id for r in rows])), ClubEnrolment.file_id)
            enrolled = {rid: eid for rid, eid in s.execute(stmt) if rid is not None}
        out = []
        for r in rows:
            child = persons.get(r.person_id)
            by = users.get(r.requested_by_id)
            out.append(RequestDTO(
                id=r.id, version=r.version, file_id=r.file_id, file_number=numbers.get(r.file_id, ""),
                person_id=r.person_id, child_name=_name(child), birth_date=child.birth_date if child else None,
                route=r.route, reason=r.reason, goals=r.goals, urgency=r.urgency, risk=r.risk,
                preferred_club_id=r.preferred_club_id,
                preferred_club_name=clubs.get(r.preferred_club_id, "") if r.preferred_club_id is not None else "",
                source_name=r.source_name, source_contact=r.source_contact,
                requested_by_name=by.full_name if by is not None else "", requested_on=r.requested_on,
                status=r.status, pinned_rank=r.pinned_rank, rank_reason=r.rank_reason, closed_on=r.closed_on,
                close_reason=r.close_reason, close_note=r.close_note, enrolment_id=enrolled.get(r.id)))
        return out

    def _enrolment_dtos(self, s: Session, rows: Sequence[ClubEnrolment]) -> list[EnrolmentDTO]:
        if not rows:
            return []
        ids = [e.id for e in rows]
        numbers = dict(s.execute(select(FamilyFile.id, FamilyFile.file_number)
                                 .where(FamilyFile.id.in_({e.file_id for e in rows}))).all())
        persons = self._persons(s, (e.person_id for e in rows))
        clubs = dict(s.execute(select(Club.id, Club.name).where(Club.id.in_({e.club_id for e in rows}))).all())
        route_ids = {e.route_id for e in rows if e.route_id is not None}
        routes = dict(s.execute(select(ClubRoute.id, ClubRoute.name).where(ClubRoute.id.in_(route_ids))).all()) \
            if route_ids else {}
        collectors: dict[int, list[CollectorDTO]] = {}
        for c in s.scalars(select(ClubCollector).where(ClubCollector.enrolment_id.in_(ids))
                           .order_by(ClubCollector.enrolment_id, ClubCollector.position, ClubCollector.id)):
            collectors.setdefault(c.enrolment_id, []).append(CollectorDTO(c.id, c.name, c.relation, c.phone,
                                                                          c.id_number))
        out = []
        for e in rows:
            child = persons.get(e.person_id)
            out.append(EnrolmentDTO(
                id=e.id, version=e.version, club_id=e.club_id, club_name=clubs.get(e.club_id, ""),
                file_id=e.file_id, file_number=numbers.get(e.file_id, ""), person_id=e.person_id,
                child_name=_name(child), birth_date=child.birth_date if child else None, request_id=e.request_id,
                starts_on=e.starts_on, ends_on=e.ends_on, goals=e.goals, diet=e.diet, allergies=e.allergies,
                school=e.school, route_id=e.route_id,
                route_name=routes.get(e.route_id, "") if e.route_id is not None else "",
                dropoff_address=e.dropoff_address, consent_signed=e.consent_signed, consent_on=e.consent_on,
                collectors=tuple(collectors.get(e.id, ())), age_override_reason=e.age_override_reason,
                left_on=e.left_on, leave_reason=e.leave_reason, leave_note=e.leave_note))
        return out

    # ---- clubs -------------------------------------------------------------------------------------------
    def clubs(self, include_inactive: bool = False) -> tuple[ClubDTO, ...]:
        """The clubs by name (reference data: not audited), each with its routes and the numbers of enrolled
        and waiting children (every one)."""
        self._require_reference()
        stmt = select(Club).order_by(Club.name, Club.id)
        if not include_inactive:
            stmt = stmt.where(Club.active.is_(True))
        with self._reading() as s:
            return tuple(self._club_dtos(s, s.scalars(stmt).all()))

    def club(self, club_id: int) -> ClubDTO:
        self._require_reference()
        with self._reading() as s:
            return self._club_dtos(s, [self._club(s, club_id)])[0]

    def supervisors(self) -> tuple[UserRef, ...]:
        """Who may supervise a club: the active club workers and managers, by name."""
        self._require_reference(entity="user")
        with self._reading() as s:
            return tuple(user_ref(u) for u in s.scalars(
                select(User).where(User.active.is_(True), User.role.in_([r.value for r in CLUB_MANAGERS]))
                .order_by(User.full_name, User.id)))

    def save_club(self, club_id: int | None, data: ClubInput, version: int | None) -> ClubDTO:
        """A new club (``club_id`` None) or a change of one (``version`` as read: else ConflictError "stale").
        Name required and unique ("club_name_taken"), capacity 1..60 and not below the children enrolled
        ("capacity_below_enrolled", ``enrolled``), ages 0..18 with min <= max, a fee >= 0, the supervisor an
        active club worker or manager; not made inactive while children are enrolled ("club_has_children").
        The routes after the save: new ones added, those given changed, those left out made inactive."""
        self._require(Action.MANAGE_CLUBS, entity=CLUB, entity_id=club_id)
        values = {
            "name": clean_line(data.name, "name", NAME_MAX, required=True),
            "address": clean_line(data.address, "address", ADDRESS_MAX),
            "phone": clean_line(data.phone, "phone", PHONE_MAX),
            "hours": clean_line(data.hours, "hours", HOURS_MAX),
            "guide_name": clean_line(data.guide_name, "guide_name", NAME_MAX),
            "house_mother_name": clean_line(data.house_mother_name, "house_mother_name", NAME_MAX),
        }
        if not 1 <= data.capacity <= CAPACITY_MAX:
            raise ValidationError("invalid", field="capacity")
        if not 0 <= data.min_age <= AGE_MAX:
            raise ValidationError("invalid", field="min_age")
        if not 0 <= data.max_age <= AGE_MAX or data.max_age < data.min_age:
            raise ValidationError("invalid", field="max_age")
        if not 0 <= data.monthly_fee_agorot <= MONEY_MAX:
            raise ValidationError("invalid", field="monthly_fee_agorot")
        routes = []
        names: set[str] = set()
        for r in data.routes:
            name = clean_line(r.name, "route_name", ROUTE_NAME_MAX, required=True)
            if name in names:
                raise ValidationError("route_name_taken", field="route_name", value=name)
            names.add(name)
            routes.append((r.id, name, clean_text(r.stops, "stops", STOPS_MAX),
                           clean_line(r.driver, "driver", DRIVER_MAX), r.active))
        with self._tx() as s:
            if data.supervisor_id is not None:
                sup = s.get(User, data.supervisor_id)
                if sup is None or not sup.active or sup.role not in {r.value for r in CLUB_MANAGERS}:
                    raise ValidationError("invalid_choice", field="supervisor_id")
            taken = s.scalar(select(Club.id).where(Club.name == values["name"]))
            if taken is not None and taken != club_id:
                raise ValidationError("club_name_taken", field="name", value=values["name"])
            if club_id is None:
                c = Club(created_by=self.user.username)
            else:
                c = self._club(s, club_id)
                self._check_stale(c, version)
                enrolled = self._counts(s).get(c.id, (0, 0))[0]
                if data.capacity < enrolled:
                    raise ValidationError("capacity_below_enrolled", field="capacity", enrolled=enrolled)
                if not data.active and enrolled:
                    raise ValidationError("club_has_children", field="active", enrolled=enrolled)
            for key, value in values.items():
                setattr(c, key, value)
            c.capacity, c.min_age, c.max_age = data.capacity, data.min_age, data.max_age
            c.supervisor_id, c.monthly_fee_agorot, c.active = data.supervisor_id, data.monthly_fee_agorot, data.active
            c.updated_by = self.user.username
            if club_id is None:
                s.add(c)
            s.flush()
            self._save_routes(s, c, routes)
            touch(c, self.user.username)
            s.flush()
            self._audit(s, "create" if club_id is None else "update", entity=CLUB, entity_id=c.id,
                        detail={"name": c.name, "capacity": c.capacity, "active": c.active})
            return self._club_dtos(s, [c])[0]

    def _save_routes(self, s: Session, c: Club, routes: list[tuple[int | None, str, str, str, bool]]) -> None:
        existing = {r.id: r for r in s.scalars(select(ClubRoute).where(ClubRoute.club_id == c.id))}
        by_name = {r.name: r for r in existing.values()}
        kept: set[int] = set()
        for rid, name, stops, driver, active in routes:
            if rid is not None:
                r = existing.get(rid)
                if r is None:
                    raise ValidationError("invalid_choice", field="routes")
                other = by_name.get(name)
                if other is not None and other.id != rid:
                    raise ValidationError("route_name_taken", field="route_name", value=name)
            else:
                r = by_name.get(name)  # a route of that name made inactive before: brought back
                if r is None:
                    r = ClubRoute(club_id=c.id, name=name, created_by=self.user.username)
                    s.add(r)
                elif r.id in kept:
                    raise ValidationError("route_name_taken", field="route_name", value=name)
            by_name.pop(r.name, None)
            r.name, r.stops, r.driver, r.active = name, stops, driver, active
            r.updated_by = self.user.username
            by_name[name] = r
            s.flush()
            kept.add(r.id)
        for r in existing.values():
            if r.id not in kept and r.active:
                r.active = False
                r.updated_by = self.user.username
        s.flush()

    # ---- requests ----------------------------------------------------------------------------------------
    def request_club(self, data: RequestInput) -> RequestDTO:
        """A request for a place for a child of a file the user sees ("not_child"): a route (CLUB_ROUTES; a
        school's needs the institution: "school_needs_source"), a reason, goals, urgency, risk, the preferred
        club (None: any). Refused for a child already enrolled ("already_enrolled", ``club``) or already
        waiting ("already_waiting", ``club``: "" for any)."""
        self._require(Action.REQUEST_CLUB, entity=REQUEST, file_id=data.file_id)
        _choice(data.route, CLUB_ROUTES, "route")
        reason = clean_text(data.reason, "reason", REASON_MAX, required=True)
        goals = clean_text(data.goals, "goals", GOALS_MAX)
        _choice(data.urgency, URGENCIES, "urgency")
        _choice(data.risk, CLUB_RISKS, "risk")
        source_name = clean_line(data.source_name, "source_name", SOURCE_MAX)
        source_contact = clean_line(data.source_contact, "source_contact", SOURCE_MAX)
        if data.route == "school" and not source_name:
            raise ValidationError("school_needs_source", field="source_name")
        with self._tx() as s:
            f = self._visible_file(s, data.file_id, action="request_club")
            self._child(s, f.id, data.person_id, action="request_club")
            if data.preferred_club_id is not None:
                pref = s.get(Club, data.preferred_club_id)
                if pref is None or not pref.active:
                    raise ValidationError("invalid_choice", field="preferred_club_id")
            self._not_enrolled(s, data.person_id, rules.today())
            waiting = s.execute(select(ClubRequest.id, Club.name)
                                .outerjoin(Club, Club.id == ClubRequest.preferred_club_id)
                                .where(ClubRequest.person_id == data.person_id,
                                       ClubRequest.status == "waiting")).first()
            if waiting is not None:
                raise ValidationError("already_waiting", field="person_id", club=waiting[1] or "")
            r = ClubRequest(file_id=f.id, person_id=data.person_id, route=data.route, reason=reason, goals=goals,
                            urgency=data.urgency, risk=data.risk, requested_by_id=self.user.id,
                            requested_on=rules.today(), status="waiting", preferred_club_id=data.preferred_club_id,
                            source_name=source_name, source_contact=source_contact, pinned_rank=None,
                            rank_reason="", closed_on=None, close_reason="", close_note="",
                            created_by=self.user.username, updated_by=self.user.username)
            s.add(r)
            s.flush()
            self._audit(s, "create", entity=REQUEST, entity_id=r.id, file_id=f.id,
                        detail={"child": r.person_id, "route": r.route, "club": r.preferred_club_id})
            return self._request_dtos(s, [r])[0]

    def _not_enrolled(self, s: Session, person_id: int, day: date) -> None:
        """The child has no enrolment active on or after ``day`` ("already_enrolled", ``club``)."""
        found = s.execute(select(ClubEnrolment.id, Club.name, Club.id).join(Club, Club.id == ClubEnrolment.club_id)
                          .where(ClubEnrolment.person_id == person_id,
                                 or_(ClubEnrolment.left_on.is_(None), ClubEnrolment.left_on > day))).first()
        if found is not None:
            raise ValidationError("already_enrolled", field="person_id", club=found[1], club_id=found[2])

    def request(self, request_id: int) -> RequestDTO:
        """One request (audited as a view)."""
        self._require_any((Action.VIEW_CLUBS, Action.REQUEST_CLUB), entity=REQUEST, entity_id=request_id)
        with self._reading() as s:
            r, f = self._request(s, request_id, action="view_club_request")
            dto = self._request_dtos(s, [r])[0]
            self._audit_read(s, "view", entity=REQUEST, entity_id=r.id, file_id=f.id)
            return dto

    def withdraw_request(self, request_id: int, version: int, reason: str, note: str = "") -> RequestDTO:
        """A waiting request withdrawn ("request_not_waiting" otherwise), with a reason (WITHDRAW_REASONS;
        "other" needs the note): by the club worker or the manager, or by whoever filed it."""
        self._require_any((Action.MANAGE_CLUBS, Action.REQUEST_CLUB), entity=REQUEST, entity_id=request_id)
        _choice(reason, WITHDRAW_REASONS, "reason")
        note = clean_line(note, "note", CLOSE_NOTE_MAX, required=reason == "other")
        with self._tx() as s:
            r, f = self._request(s, request_id, action="withdraw_club_request")
            if not self._can(Action.MANAGE_CLUBS) and r.requested_by_id != self.user.id:
                raise _Denied("withdraw_club_request", entity=REQUEST, entity_id=r.id, file_id=f.id)
            self._check_stale(r, version)
            if r.status != "waiting":
                raise ValidationError("request_not_waiting", field="status", status=r.status)
            r.status, r.closed_on, r.close_reason, r.close_note = "withdrawn", rules.today(), reason, note
            r.pinned_rank, r.rank_reason = None, ""
            r.updated_by = self.user.username
            s.flush()
            self._audit(s, "withdraw", entity=REQUEST, entity_id=r.id, file_id=f.id, detail={"reason": reason})
            return self._request_dtos(s, [r])[0]

    def pin_request(self, request_id: int, version: int, rank: int | None, reason: str) -> RequestDTO:
        """Override the list's order: a waiting request pinned at ``rank`` (1 first) with a reason, or
        unpinned (``rank`` None)."""
        self._require(Action.MANAGE_CLUBS, entity=REQUEST, entity_id=request_id)
        if rank is not None and not 1 <= rank <= 999:
            raise ValidationError("invalid", field="pinned_rank")
        reason = clean_line(reason, "rank_reason", RANK_REASON_MAX, required=True) if rank is not None else ""
        with self._tx() as s:
            r, f = self._request(s, request_id, action="pin_club_request")
            self._check_stale(r, version)
            if r.status != "waiting":
                raise ValidationError("request_not_waiting", field="status", status=r.status)
            r.pinned_rank, r.rank_reason = rank, reason
            touch(r, self.user.username)
            s.flush()
            self._audit(s, "pin" if rank is not None else "unpin", entity=REQUEST, entity_id=r.id, file_id=f.id,
                        detail={"rank": rank, "reason": reason})
            return self._request_dtos(s, [r])[0]

    def waiting_list(self, club_id: int) -> WaitingList:
        """The requests waiting for the club (preferring it, or any club) that the user sees, in the list's
        order (models.clubs.rules.waiting_key: pinned, age fit, urgency, risk, waiting longest). Audited as a
        list read naming the files."""
        self._require_any((Action.VIEW_CLUBS, Action.MANAGE_CLUBS), entity=REQUEST)
        today = rules.today()
        with self._reading() as s:
            club = self._club(s, club_id)
            stmt = (select(ClubRequest, FamilyFile.file_number, FamilyFile.family_name, Person)
                    .join(FamilyFile, FamilyFile.id == ClubRequest.file_id)
                    .join(Person, Person.id == ClubRequest.person_id)
                    .where(ClubRequest.status == "waiting",
                           or_(ClubRequest.preferred_club_id == club.id, ClubRequest.preferred_club_id.is_(None)),
                           self._files()))
            found = []
            for r, number, family, child in s.execute(stmt).all():
                age = rules.age_on(child.birth_date, today)
                fits = rules.age_fits(age, club.min_age, club.max_age)
                key = rules.waiting_key(r.pinned_rank, fits, r.urgency, r.risk, r.requested_on, r.id)
                found.append((key, r, number, family, child, age, fits))
            found.sort(key=lambda row: row[0])
            rows = tuple(WaitingRow(
                position=i, request_id=r.id, version=r.version, file_id=r.file_id, file_number=number,
                family_name=family, person_id=r.person_id, child_name=_name(child), age=age, age_fits=fits,
                urgency=r.urgency, risk=r.risk, requested_on=r.requested_on,
                waiting_days=rules.waiting_days(r.requested_on, None), route=r.route, preferred_club_id=r.preferred_club_id,
                pinned_rank=r.pinned_rank, rank_reason=r.rank_reason)
                for i, (_key, r, number, family, child, age, fits) in enumerate(found, start=1))
            enrolled = self._counts(s).get(club.id, (0, 0))[0]
            self._audit_read(s, "list", entity=REQUEST, entity_id=club.id,
                             detail={"club": club.id, "files": sorted({r.file_id for r in rows})})
            return WaitingList(club.id, club.name, club.capacity, enrolled, rows)

    def refer_to_intake(self, data: SchoolReferralInput) -> ReferralDTO:
        """Route c for a family the department does not know: a referral in intake's queue (source school or
        kindergarten) with the child and a parent as new persons (the platform's duplicate check:
        DuplicateSuspected), the presenting problem "בקשה למועדונית: <reason>" with the institution, its
        contact and the preferred club. Intake opens the file and files the club request from it."""
        self._require(Action.REGISTER_REFERRAL, entity="referral")
        from models.intake.dto import NewPerson, ReferralInput, Referrer
        from models.intake.service import IntakeService
        from models.people.dto import PersonInput

        if data.source not in ("school", "kindergarten"):
            raise ValidationError("invalid_choice", field="source")
        source_name = clean_line(data.source_name, "source_name", SOURCE_MAX, required=True)
        contact = clean_line(data.source_contact, "source_contact", SOURCE_MAX, required=True)
        first = clean_line(data.child_first_name, "first_name", 80, required=True)
        last = clean_line(data.child_last_name, "last_name", 80, required=True)
        parent = clean_line(data.parent_name, "parent_name", 160)
        phone = clean_line(data.phone, "phone", PHONE_MAX)
        address = clean_line(data.address, "address", ADDRESS_MAX)
        reason = clean_text(data.reason, "reason", REASON_MAX, required=True)
        _choice(data.urgency, URGENCIES, "urgency")
        club_name = ""
        if data.preferred_club_id is not None:
            with self._reading() as s:
                pref = s.get(Club, data.preferred_club_id)
                if pref is None or not pref.active:
                    raise ValidationError("invalid_choice", field="preferred_club_id")
                club_name = pref.name
        problem = "\n".join(line for line in (
            f"בקשה למועדונית: {reason}",
            f"מוסד מפנה: {source_name}",
            f"איש קשר: {contact}",
            f"מועדונית מועדפת: {club_name}" if club_name else "",
            f"הורה: {parent}" if parent else "",
            f"טלפון המשפחה: {phone}" if phone else "",
            f"כתובת: {address}" if address else "",
        ) if line)
        # the school gives no ID numbers: intake records them when it meets the family
        people = [NewPerson(PersonInput(first_name=first, last_name=last, birth_date=data.child_birth_date,
                                        id_kind="none", id_number=None), "child", tuple(data.dismissed))]
        if parent:
            words = parent.split()
            p_first, p_last = (words[0], " ".join(words[1:])) if len(words) > 1 else (parent, last)
            people.append(NewPerson(PersonInput(first_name=p_first[:80], last_name=p_last[:80], id_kind="none",
                                                id_number=None,
                                                phones=(phone,) if phone else ()), "parent", tuple(data.dismissed)))
        received = min(rules.today(), date.today())
        referral = ReferralInput(received_on=received, channel="phone", source=data.source,
                                 referrer=Referrer(name=contact[:120], role="", organisation=source_name[:120]),
                                 problem=problem, urgency=data.urgency, notes="", new_persons=tuple(people))
        return IntakeService(self._db, self.user).create(referral)

    # ---- enrolment ---------------------------------------------------------------------------------------
    def _clean_enrolment(self, data: EnrolInput) -> _Clean:
        if data.ends_on is not None and data.ends_on < data.starts_on:
            raise ValidationError("ends_before_start", field="ends_on")
        consent_on = data.consent_on if data.consent_signed else None
        if data.consent_signed and consent_on is None:
            consent_on = min(rules.today(), data.starts_on)
        if consent_on is not None and consent_on > rules.today():
            raise ValidationError("date_future", field="consent_on")
        collectors = []
        for c in data.collectors:
            collectors.append((clean_line(c.name, "collector_name", COLLECTOR_NAME_MAX, required=True),
                               clean_line(c.relation, "collector_relation", RELATION_MAX),
                               clean_line(c.phone, "collector_phone", PHONE_MAX),
                               clean_line(c.id_number, "collector_id_number", COLLECTOR_ID_MAX)))
        return _Clean(
            goals=clean_text(data.goals, "goals", GOALS_MAX),
            diet=clean_line(data.diet, "diet", DIET_MAX),
            allergies=clean_line(data.allergies, "allergies", ALLERGIES_MAX),
            school=clean_line(data.school, "school", SCHOOL_MAX),
            dropoff_address=clean_line(data.dropoff_address, "dropoff_address", DROPOFF_MAX),
            consent_on=consent_on,
            age_override_reason=clean_line(data.age_override_reason, "age_override_reason", OVERRIDE_MAX),
            collectors=collectors)

    @staticmethod
    def _route_of(s: Session, club_id: int, route_id: int | None) -> None:
        if route_id is None:
            return
        r = s.get(ClubRoute, route_id)
        if r is None or r.club_id != club_id or not r.active:
            raise ValidationError("route_other_club", field="route_id")

    @staticmethod
    def _age_reason(child: Person, club: Club, starts_on: date, reason: str) -> str:
        """The override's reason to store: "" when the child's age on ``starts_on`` fits the club's range;
        required otherwise ("age_outside_range", ``age``, ``min``, ``max``)."""
        age = rules.age_on(child.birth_date, starts_on)
        if rules.age_fits(age, club.min_age, club.max_age):
            return ""
        if not reason:
            raise ValidationError("age_outside_range", field="age_override_reason", age=age, min=club.min_age,
                                  max=club.max_age)
        return reason

    def _full(self, club: Club) -> ValidationError:
        return ValidationError("club_full", field="club_id", club=club.name, club_id=club.id, capacity=club.capacity)

    def _set_collectors(self, s: Session, e: ClubEnrolment, collectors: list[tuple[str, str, str, str]]) -> None:
        s.execute(delete(ClubCollector).where(ClubCollector.enrolment_id == e.id))
        for i, (name, relation, phone, id_number) in enumerate(collectors, start=1):
            s.add(ClubCollector(enrolment_id=e.id, file_id=e.file_id, position=i, name=name, relation=relation,
                                phone=phone, id_number=id_number))
        s.flush()

    def enrol(self, data: EnrolInput) -> EnrolmentDTO:
        """A child of a file the user sees enrolled in an active club: refused when the club is full
        ("club_full": ``club``, ``club_id``, ``capacity``: the waiting list is offered), the child's age on
        the start day outside the club's range without a reason ("age_outside_range"), the child already in
        a club ("already_enrolled", ``club``), a route of another club ("route_other_club"), from a request
        not waiting or of another child ("request_not_waiting", "invalid_choice"). The request fulfilled
        (``request_id``, or the child's waiting request) becomes "enrolled". Nothing is saved when refused."""
        self._require(Action.MANAGE_CLUBS, entity=ENROLMENT, file_id=data.file_id)
        clean = self._clean_enrolment(data)
        with self._tx() as s:
            club = self._club(s, data.club_id)
            if not club.active:
                raise ValidationError("invalid_choice", field="club_id")
            f = self._visible_file(s, data.file_id, action="enrol")
            child = self._child(s, f.id, data.person_id, action="enrol")
            self._route_of(s, club.id, data.route_id)
            override = self._age_reason(child, club, data.starts_on, clean.age_override_reason)
            self._not_enrolled(s, child.id, data.starts_on)
            requests = self._requests_fulfilled(s, data, f.id)
            # the seats taken from the start, or from today if it starts earlier (a seat a child left last
            # week is free); the guard counts the same (PostgreSQL: after locking the club's row)
            on = max(data.starts_on, rules.today())
            if self._db.backend.row_security:
                enrolled = self._counts(s, on).get(club.id, (0, 0))[0]
            else:
                enrolled = int(s.scalar(select(func.count()).select_from(ClubEnrolment).where(
                    ClubEnrolment.club_id == club.id,
                    or_(ClubEnrolment.left_on.is_(None), ClubEnrolment.left_on > on))) or 0)
            if enrolled >= club.capacity:
                raise self._full(club)
            e = ClubEnrolment(
                file_id=f.id, person_id=child.id, club_id=club.id,
                request_id=requests[0].id if requests else None, starts_on=data.starts_on, ends_on=data.ends_on,
                goals=clean.goals, diet=clean.diet, allergies=clean.allergies, school=clean.school,
                route_id=data.route_id, dropoff_address=clean.dropoff_address, consent_signed=data.consent_signed,
                consent_on=clean.consent_on, age_override_reason=override, left_on=None, leave_reason="",
                leave_note="", enrolled_by_id=self.user.id, created_by=self.user.username,
                updated_by=self.user.username)
            self._flush_guarded(s, club, e)
            self._set_collectors(s, e, clean.collectors)
            today = rules.today()
            for r in requests:
                r.status, r.closed_on, r.pinned_rank, r.rank_reason = "enrolled", today, None, ""
                r.updated_by = self.user.username
            s.flush()
            self._audit(s, "create", entity=ENROLMENT, entity_id=e.id, file_id=f.id,
                        detail={"club": club.id, "child": child.id, "starts_on": e.starts_on.isoformat(),
                                "requests": [r.id for r in requests], "age_override": bool(override)})
            return self._enrolment_dtos(s, [e])[0]

    def _flush_guarded(self, s: Session, club: Club, *new: Any) -> None:
        """Flush an enrolment's insert (``new``) or change, the database's own refusal turned into the
        service's code: the guard's (PostgreSQL: a seat counted after locking the club's row, one club at a
        time) or the unique index of one open enrolment per child. The error is made before the flush: after
        a refused flush the transaction is rolled back and its rows are not to be read again."""
        full = self._full(club)
        try:
            with s.begin_nested():
                s.add_all(new)
                s.flush()
        except DBAPIError as exc:
            code = _guard_code(exc)
            if code == "club_full":
                raise full from exc
            if code == "already_enrolled":
                raise ValidationError("already_enrolled", field="person_id", club="") from exc
            if code is not None:
                raise ValidationError(code, field="person_id") from exc
            raise

    def _requests_fulfilled(self, s: Session, data: EnrolInput, file_id: int) -> list[ClubRequest]:
        """The request the enrolment fulfils (first) and the child's other waiting requests: all become
        "enrolled"."""
        out: list[ClubRequest] = []
        if data.request_id is not None:
            r, _f = self._request(s, data.request_id, action="enrol")
            if r.person_id != data.person_id or r.file_id != file_id:
                raise ValidationError("invalid_choice", field="request_id")
            if r.status != "waiting":
                raise ValidationError("request_not_waiting", field="request_id", status=r.status)
            out.append(r)
        others = s.scalars(select(ClubRequest).join(FamilyFile, FamilyFile.id == ClubRequest.file_id)
                           .where(ClubRequest.person_id == data.person_id, ClubRequest.status == "waiting",
                                  self._files()).order_by(ClubRequest.requested_on, ClubRequest.id))
        out += [r for r in others if r not in out]
        return out

    def update_enrolment(self, enrolment_id: int, version: int, data: EnrolInput) -> EnrolmentDTO:
        """Correct an enrolment: its club, file and child stay ("invalid_choice"); the dates, details,
        route, consent and the people allowed to collect the child (replaced). A new start is checked for
        the age range again, and may not leave recorded attendance outside the enrolment
        ("attendance_outside_dates", ``day``)."""
        self._require(Action.MANAGE_CLUBS, entity=ENROLMENT, entity_id=enrolment_id)
        clean = self._clean_enrolment(data)
        with self._tx() as s:
            e, f = self._enrolment(s, enrolment_id, action="update_enrolment")
            self._check_stale(e, version)
            if data.club_id != e.club_id:
                raise ValidationError("invalid_choice", field="club_id")
            if data.file_id != e.file_id or data.person_id != e.person_id:
                raise ValidationError("invalid_choice", field="person_id")
            club = self._club(s, e.club_id)
            self._route_of(s, club.id, data.route_id)
            child = s.get(Person, e.person_id)
            assert child is not None
            override = self._age_reason(child, club, data.starts_on, clean.age_override_reason)
            if e.left_on is not None and data.starts_on > e.left_on:
                raise ValidationError("leave_before_start", field="starts_on")
            if data.starts_on > e.starts_on:
                self._no_attendance_outside(s, e, before=data.starts_on)
            if data.starts_on < e.starts_on:  # earlier: not while the child was in another club
                other = s.execute(select(Club.name, Club.id).join(ClubEnrolment, ClubEnrolment.club_id == Club.id)
                                  .where(ClubEnrolment.person_id == e.person_id, ClubEnrolment.id != e.id,
                                         ClubEnrolment.starts_on < e.starts_on,
                                         or_(ClubEnrolment.left_on.is_(None),
                                             ClubEnrolment.left_on > data.starts_on))).first()
                if other is not None:
                    raise ValidationError("already_enrolled", field="starts_on", club=other[0], club_id=other[1])
            e.starts_on, e.ends_on, e.goals, e.diet = data.starts_on, data.ends_on, clean.goals, clean.diet
            e.allergies, e.school, e.route_id = clean.allergies, clean.school, data.route_id
            e.dropoff_address, e.consent_signed, e.consent_on = clean.dropoff_address, data.consent_signed, clean.consent_on
            e.age_override_reason = override
            touch(e, self.user.username)
            self._flush_guarded(s, club)
            self._set_collectors(s, e, clean.collectors)
            self._audit(s, "update", entity=ENROLMENT, entity_id=e.id, file_id=f.id,
                        detail={"starts_on": e.starts_on.isoformat(), "collectors": len(clean.collectors)})
            return self._enrolment_dtos(s, [e])[0]

    @staticmethod
    def _no_attendance_outside(s: Session, e: ClubEnrolment, *, before: date | None = None,
                               from_day: date | None = None) -> None:
        stmt = select(func.min(ClubAttendance.day)).where(ClubAttendance.enrolment_id == e.id)
        if before is not None:
            stmt = stmt.where(ClubAttendance.day < before)
            field = "starts_on"
        else:
            assert from_day is not None
            stmt = stmt.where(ClubAttendance.day >= from_day)
            field = "left_on"
        day = s.scalar(stmt)
        if day is not None:
            raise ValidationError("attendance_outside_dates", field=field, day=day)

    def leave(self, enrolment_id: int, version: int, left_on: date, reason: str, note: str = "") -> EnrolmentDTO:
        """The child leaves the club on ``left_on`` (the first day no longer in it), for a reason
        (LEAVE_REASONS; "other" needs the note). Not before the start ("leave_before_start"), nor before a
        recorded day of attendance ("attendance_outside_dates"). Called again: corrects the leaving."""
        self._require(Action.MANAGE_CLUBS, entity=ENROLMENT, entity_id=enrolment_id)
        _choice(reason, LEAVE_REASONS, "leave_reason")
        note = clean_line(note, "leave_note", LEAVE_NOTE_MAX, required=reason == "other")
        with self._tx() as s:
            e, f = self._enrolment(s, enrolment_id, action="leave_club")
            self._check_stale(e, version)
            if left_on < e.starts_on:
                raise ValidationError("leave_before_start", field="left_on")
            self._no_attendance_outside(s, e, from_day=left_on)
            club = self._club(s, e.club_id)
            if e.left_on is not None and left_on > e.left_on:  # a correction giving the child more days
                self._more_days(s, e, club, e.left_on, left_on)
            e.left_on, e.leave_reason, e.leave_note = left_on, reason, note
            e.updated_by = self.user.username
            self._flush_guarded(s, club)
            self._audit(s, "leave", entity=ENROLMENT, entity_id=e.id, file_id=f.id,
                        detail={"left_on": left_on.isoformat(), "reason": reason})
            return self._enrolment_dtos(s, [e])[0]

    def _more_days(self, s: Session, e: ClubEnrolment, club: Club, old_left: date, new_left: date) -> None:
        """A later leaving day: not while the child was in another club by then ("already_enrolled"), and a
        seat from the start, or today if later (the guard's rule: "club_full")."""
        other = s.execute(select(Club.name, Club.id).join(ClubEnrolment, ClubEnrolment.club_id == Club.id)
                          .where(ClubEnrolment.person_id == e.person_id, ClubEnrolment.id != e.id,
                                 ClubEnrolment.starts_on < new_left,
                                 or_(ClubEnrolment.left_on.is_(None), ClubEnrolment.left_on > old_left))).first()
        if other is not None:
            raise ValidationError("already_enrolled", field="left_on", club=other[0], club_id=other[1])
        on = max(e.starts_on, rules.today())
        if new_left <= on:
            return
        if self._db.backend.row_security:  # every enrolment counted (the definer function), less this one
            taken = self._counts(s, on).get(club.id, (0, 0))[0] - (1 if old_left > on else 0)
        else:
            taken = int(s.scalar(select(func.count()).select_from(ClubEnrolment).where(
                ClubEnrolment.club_id == club.id, ClubEnrolment.id != e.id,
                or_(ClubEnrolment.left_on.is_(None), ClubEnrolment.left_on > on))) or 0)
        if taken >= club.capacity:
            raise self._full(club)

    def enrolment(self, enrolment_id: int) -> EnrolmentDTO:
        """One enrolment (audited as a view)."""
        self._require(Action.VIEW_CLUBS, entity=ENROLMENT, entity_id=enrolment_id)
        with self._reading() as s:
            e, f = self._enrolment(s, enrolment_id, action="view_enrolment")
            dto = self._enrolment_dtos(s, [e])[0]
            self._audit_read(s, "view", entity=ENROLMENT, entity_id=e.id, file_id=f.id)
            return dto

    def _active(self, s: Session, club_id: int, first: date, last: date) -> list[tuple[ClubEnrolment, Person]]:
        """The club's enrolments active on some day from ``first`` to ``last`` that the user sees, by name."""
        stmt = self._only_visible(
            select(ClubEnrolment, Person).join(Person, Person.id == ClubEnrolment.person_id)
            .where(ClubEnrolment.club_id == club_id, ClubEnrolment.starts_on <= last,
                   or_(ClubEnrolment.left_on.is_(None), ClubEnrolment.left_on > first)), ClubEnrolment.file_id)
        rows = [(e, p) for e, p in s.execute(stmt).all()]
        rows.sort(key=lambda ep: (ep[1].first_name, ep[1].last_name, ep[0].id))
        return rows

    def roster(self, club_id: int, on: date | None = None) -> tuple[RosterRow, ...]:
        """The children enrolled in the club on ``on`` (today) and those enrolled to start later (each holds a
        seat from today), by name; audited as a list read."""
        self._require(Action.VIEW_CLUBS, entity=ENROLMENT)
        day = on if on is not None else rules.today()
        with self._reading() as s:
            club = self._club(s, club_id)
            rows = self._active(s, club.id, day, date.max)
            numbers = dict(s.execute(select(FamilyFile.id, FamilyFile.file_number).where(
                FamilyFile.id.in_({e.file_id for e, _p in rows}))).all()) if rows else {}
            routes = dict(s.execute(select(ClubRoute.id, ClubRoute.name).where(ClubRoute.club_id == club.id)).all())
            out = tuple(RosterRow(e.id, e.version, e.file_id, numbers.get(e.file_id, ""), p.id, _name(p),
                                  rules.age_on(p.birth_date, day), e.starts_on, e.ends_on, e.allergies, e.diet,
                                  routes.get(e.route_id, "") if e.route_id is not None else "", e.consent_signed)
                        for e, p in rows)
            self._audit_read(s, "list", entity=ENROLMENT, entity_id=club.id,
                             detail={"club": club.id, "files": sorted({r.file_id for r in out})})
            return out

    # ---- calendar ----------------------------------------------------------------------------------------
    @staticmethod
    def _year_stored(s: Session, school_year: int) -> bool:
        return s.scalar(select(ClubCalendarDay.id).where(ClubCalendarDay.school_year == school_year,
                                                         ClubCalendarDay.club_id.is_(None)).limit(1)) is not None

    def _ensure_year(self, s: Session, school_year: int) -> None:
        """The school year's department days stored (computed from the Hebrew calendar) if they are not yet;
        two workers storing it at once: the second finds it stored."""
        if self._year_stored(s, school_year):
            return
        rows = [ClubCalendarDay(school_year=school_year, day=d, club_id=None, kind=kind, holiday=holiday,
                                reason="", edited_by_id=None, created_by=self.user.username,
                                updated_by=self.user.username)
                for d, kind, holiday in club_calendar.default_year(school_year)]
        try:
            with s.begin_nested():
                s.add_all(rows)
                s.flush()
        except IntegrityError:
            if not self._year_stored(s, school_year):
                raise
            return
        self._audit(s, "create", entity=CALENDAR, detail={"school_year": school_year, "days": len(rows)})

    @staticmethod
    def _calendar_day(row: ClubCalendarDay) -> CalendarDay:
        return CalendarDay(row.day, row.kind, row.holiday, row.reason, row.edited_by_id is not None, row.club_id,
                           row.version)

    def _days(self, s: Session, first: date, last: date, club_ids: Iterable[int | None] = (None,)
              ) -> dict[int | None, list[CalendarDay]]:
        """Every day from ``first`` to ``last`` for each club of ``club_ids`` (None: the department's): the
        club's own stored row, else the department's stored row, else the day computed (version None)."""
        wanted = list(dict.fromkeys(club_ids))
        clubs = [c for c in wanted if c is not None]
        cond: ColumnElement[bool] = ClubCalendarDay.club_id.is_(None)
        if clubs:
            cond = or_(cond, ClubCalendarDay.club_id.in_(clubs))
        stored: dict[tuple[int | None, date], ClubCalendarDay] = {
            (r.club_id, r.day): r for r in s.scalars(select(ClubCalendarDay).where(
                ClubCalendarDay.day >= first, ClubCalendarDay.day <= last, cond))}
        out: dict[int | None, list[CalendarDay]] = {c: [] for c in wanted}
        d = first
        while d <= last:
            department = stored.get((None, d))
            if department is not None:
                base = self._calendar_day(department)
            else:
                kind, holiday = club_calendar.default_day(d)
                base = CalendarDay(d, kind, holiday, "", False, None, None)
            for c in wanted:
                own = stored.get((c, d)) if c is not None else None
                out[c].append(self._calendar_day(own) if own is not None else base)
            d += timedelta(days=1)
        return out

    def _day(self, s: Session, club_id: int, day: date) -> CalendarDay:
        return self._days(s, day, day, (club_id,))[club_id][0]

    def calendar(self, school_year: int, club_id: int | None = None) -> tuple[CalendarDay, ...]:
        """Every day of the school year (1 September to 31 August), the club's own days overriding the
        department's. The year is stored the first time a user who runs the clubs reads it; for others it
        is computed (version None) until then."""
        self._require_reference(entity=CALENDAR)
        if not 2000 <= school_year <= 2100:
            raise ValidationError("invalid", field="school_year")
        first, last = rules.school_year_range(school_year)
        if self._can(Action.MANAGE_CLUBS):
            with self._tx() as s:
                if club_id is not None:
                    self._club(s, club_id)
                self._ensure_year(s, school_year)
                return tuple(self._days(s, first, last, (club_id,))[club_id])
        with self._reading() as s:
            if club_id is not None:
                self._club(s, club_id)
            return tuple(self._days(s, first, last, (club_id,))[club_id])

    def set_day(self, day: date, kind: str, reason: str, club_id: int | None = None,
                version: int | None = None) -> CalendarDay:
        """The club worker's change of a day (a reason required): the department's day (``club_id`` None)
        or a club's own day overriding it. ``version``: the day's as read (None: read computed, or no club
        row yet); changed since: ConflictError "stale". A day with attendance recorded cannot be closed
        ("day_has_attendance", ``count``)."""
        self._require(Action.MANAGE_CLUBS, entity=CALENDAR, entity_id=club_id)
        _choice(kind, CLUB_DAY_KINDS, "kind")
        reason = clean_line(reason, "reason", DAY_REASON_MAX, required=True)
        with self._tx() as s:
            if club_id is not None:
                self._club(s, club_id)
            school_year = rules.school_year_of(day)
            self._ensure_year(s, school_year)
            row = s.scalar(select(ClubCalendarDay).where(
                ClubCalendarDay.day == day,
                ClubCalendarDay.club_id == club_id if club_id is not None else ClubCalendarDay.club_id.is_(None)))
            if row is None:
                if version is not None:
                    raise ConflictError("stale", entity=CALENDAR, day=day)
                department = s.scalar(select(ClubCalendarDay).where(ClubCalendarDay.day == day,
                                                                    ClubCalendarDay.club_id.is_(None)))
                row = ClubCalendarDay(school_year=school_year, day=day, club_id=club_id,
                                      holiday=department.holiday if department is not None else "",
                                      created_by=self.user.username)
                s.add(row)
            elif version is None:
                if row.edited_by_id is not None or club_id is not None:  # read before someone else's edit
                    raise ConflictError("stale", entity=CALENDAR, day=day)
            else:
                self._check_stale(row, version)
            if kind == "closed":
                stmt = select(func.count()).select_from(ClubAttendance).where(ClubAttendance.day == day)
                if club_id is not None:
                    stmt = stmt.where(ClubAttendance.club_id == club_id)
                else:  # the clubs with no day of their own follow the department's
                    own = select(ClubCalendarDay.club_id).where(ClubCalendarDay.day == day,
                                                                ClubCalendarDay.club_id.is_not(None))
                    stmt = stmt.where(ClubAttendance.club_id.not_in(own))
                recorded = int(s.scalar(stmt) or 0)
                if recorded:
                    raise ValidationError("day_has_attendance", field="kind", day=day, count=recorded)
            row.kind, row.reason, row.edited_by_id = kind, reason, self.user.id
            row.updated_by = self.user.username
            touch(row, self.user.username)
            s.flush()
            self._audit(s, "update", entity=CALENDAR, entity_id=row.id,
                        detail={"day": day.isoformat(), "kind": kind, "club": club_id, "reason": reason})
            return self._calendar_day(row)

    # ---- attendance --------------------------------------------------------------------------------------
    def _stored_rows(self, s: Session, club_id: int, day: date) -> list[ClubAttendance]:
        return list(s.scalars(self._only_visible(
            select(ClubAttendance).where(ClubAttendance.club_id == club_id, ClubAttendance.day == day),
            ClubAttendance.file_id)))

    @staticmethod
    def _history(s: Session, enrolment_ids: Sequence[int], until: date | None = None
                 ) -> dict[int, list[ClubAttendance]]:
        """Each enrolment's recorded days in day order (up to ``until``)."""
        out: dict[int, list[ClubAttendance]] = {e: [] for e in enrolment_ids}
        if not enrolment_ids:
            return out
        stmt = select(ClubAttendance).where(ClubAttendance.enrolment_id.in_(list(enrolment_ids)))
        if until is not None:
            stmt = stmt.where(ClubAttendance.day <= until)
        for a in s.scalars(stmt.order_by(ClubAttendance.enrolment_id, ClubAttendance.day)):
            out[a.enrolment_id].append(a)
        return out

    def attendance_day(self, club_id: int, day: date) -> AttendanceDay:
        """The club's day: its kind, every child active that day the user sees (with the recorded mark, or
        None), each child's unexplained streak up to the day, and the token ``save_attendance`` needs.
        Audited as a list read naming the files."""
        self._require(Action.VIEW_CLUBS, entity=ATTENDANCE)
        with self._reading() as s:
            club = self._club(s, club_id)
            cal = self._day(s, club.id, day)
            active = self._active(s, club.id, day, day)
            stored = self._stored_rows(s, club.id, day)
            history = self._history(s, [e.id for e, _p in active], day)
            rows = []
            for e, p in active:
                marks = history.get(e.id, [])
                today_row = marks[-1] if marks and marks[-1].day == day else None
                streak = rules.streak_lengths([(a.present, a.reason) for a in marks])
                rows.append(AttendanceRow(
                    enrolment_id=e.id, person_id=p.id, file_id=e.file_id, child_name=_name(p),
                    present=today_row.present if today_row is not None else None,
                    reason=today_row.reason if today_row is not None else "",
                    note=today_row.note if today_row is not None else "", allergies=e.allergies,
                    unexplained_streak=streak[-1] if today_row is not None else 0))
            token = day_token((a.enrolment_id, a.present, a.reason, a.note) for a in stored)
            self._audit_read(s, "list", entity=ATTENDANCE, entity_id=club.id,
                             detail={"club": club.id, "day": day.isoformat(),
                                     "files": sorted({r.file_id for r in rows})})
            return AttendanceDay(club.id, day, cal.kind, cal.holiday, bool(stored), token, tuple(rows))

    def save_attendance(self, club_id: int, day: date, marks: tuple[AttendanceMark, ...],
                        token: str) -> AttendanceSaved:
        """The day's marks, all or none: the day a club or camp day of the club ("closed_day": ``day``,
        ``holiday``), not in the future ("future_day"), each child active in the club that day
        ("not_enrolled_that_day": ``enrolment_id``), the day as read (``token``; else ConflictError "stale":
        reload). Then each unexplained absence that makes a run of three raises a Task (see the module)."""
        self._require(Action.MANAGE_CLUBS, entity=ATTENDANCE)
        if day > rules.today():
            raise ValidationError("future_day", field="day", day=day)
        cleaned: list[tuple[int, bool, str, str]] = []
        seen: set[int] = set()
        for m in marks:
            if m.enrolment_id in seen:
                raise ValidationError("invalid_choice", field="marks", enrolment_id=m.enrolment_id)
            seen.add(m.enrolment_id)
            reason = "" if m.present else m.reason
            if reason and reason not in ABSENCE_REASONS:
                raise ValidationError("invalid_choice", field="reason", enrolment_id=m.enrolment_id)
            cleaned.append((m.enrolment_id, bool(m.present), reason, clean_line(m.note, "note", MARK_NOTE_MAX)))
        with self._tx() as s:
            club = self._club(s, club_id)
            if self._db.backend.row_security:  # one saver of a club's day at a time (the token below)
                s.execute(select(Club.id).where(Club.id == club.id).with_for_update())
            self._ensure_year(s, rules.school_year_of(day))
            cal = self._day(s, club.id, day)
            if cal.kind not in OPEN_KINDS:
                raise ValidationError("closed_day", field="day", day=day, holiday=cal.holiday)
            stored = {a.enrolment_id: a for a in self._stored_rows(s, club.id, day)}
            if day_token((a.enrolment_id, a.present, a.reason, a.note) for a in stored.values()) != token:
                raise ConflictError("stale", entity=ATTENDANCE, club=club.id, day=day)
            enrolments: dict[int, tuple[ClubEnrolment, FamilyFile, Person]] = {}
            if cleaned:
                for e, f, p in s.execute(
                        select(ClubEnrolment, FamilyFile, Person).join(FamilyFile, FamilyFile.id == ClubEnrolment.file_id)
                        .join(Person, Person.id == ClubEnrolment.person_id)
                        .where(ClubEnrolment.id.in_([c[0] for c in cleaned]), self._files())).all():
                    enrolments[e.id] = (e, f, p)
            for enrolment_id, _present, _reason, _note in cleaned:
                found = enrolments.get(enrolment_id)
                if found is None or found[0].club_id != club.id or not rules.active_on(
                        found[0].starts_on, found[0].left_on, day):
                    raise ValidationError("not_enrolled_that_day", field="marks", enrolment_id=enrolment_id,
                                          day=day)
            for enrolment_id, present, reason, note in cleaned:
                a = stored.get(enrolment_id)
                e = enrolments[enrolment_id][0]
                if a is None:
                    a = ClubAttendance(enrolment_id=e.id, file_id=e.file_id, club_id=club.id, day=day)
                    s.add(a)
                elif (a.present, a.reason, a.note) == (present, reason, note):
                    continue
                a.present, a.reason, a.note, a.recorded_by_id = present, reason, note, self.user.id
            try:
                s.flush()
            except IntegrityError as exc:  # someone saved the day a moment ago (PostgreSQL)
                raise ConflictError("stale", entity=ATTENDANCE, club=club.id, day=day) from exc
            tasks = self._streak_tasks(s, club, day, [(enrolments[c[0]], c) for c in cleaned
                                                      if rules.unexplained(c[1], c[2])])
            present_n = sum(1 for c in cleaned if c[1])
            self._audit(s, "update", entity=ATTENDANCE, entity_id=club.id,
                        detail={"club": club.id, "day": day.isoformat(), "present": present_n,
                                "absent": len(cleaned) - present_n, "tasks": [t.task_id for t in tasks],
                                "files": sorted({enrolments[c[0]][0].file_id for c in cleaned})})
            return AttendanceSaved(club.id, day, present_n, len(cleaned) - present_n, tuple(tasks))

    def _streak_tasks(self, s: Session, club: Club, day: date,
                      absences: list[tuple[tuple[ClubEnrolment, FamilyFile, Person], tuple[int, bool, str, str]]]
                      ) -> list[RaisedTask]:
        """A Task for each absence saved that completes a run of UNEXPLAINED_STREAK unexplained absences with
        no task yet (for the file's assigned worker, if any and active)."""
        if not absences:
            return []
        history = self._history(s, [e.id for (e, _f, _p), _c in absences])
        out = []
        workers = self._users(s, (f.worker_id for (_e, f, _p), _c in absences))
        for (e, f, p), _mark in absences:
            rows = history.get(e.id, [])
            index = next((i for i, a in enumerate(rows) if a.day == day), None)
            if index is None or not rules.streak_raises_task(
                    [(a.present, a.reason, a.task_id) for a in rows], index):
                continue
            worker = workers.get(f.worker_id) if f.worker_id is not None else None
            if worker is None or not worker.active:
                continue
            start, end = rules.streak_around([(a.present, a.reason) for a in rows], index) or (index, index + 1)
            child = _name(p)
            task = Task(file_id=f.id, title=rules.absence_task_title(child, club.name),
                        description=rules.absence_task_description(child, club.name,
                                                                   [a.day for a in rows[start:index + 1]]),
                        due_date=rules.today() + timedelta(days=rules.TASK_DUE_DAYS), assignee_id=worker.id,
                        done=False, created_by=self.user.username, updated_by=self.user.username)
            s.add(task)
            s.flush()
            rows[index].task_id = task.id
            s.flush()
            self._audit(s, "create", entity="task", entity_id=task.id, file_id=f.id,
                        detail={"assignee": worker.id, "club": club.id, "child": p.id, "streak": end - start})
            out.append(RaisedTask(task.id, f.id, p.id, child, worker.full_name))
        return out

    def attendance_month(self, club_id: int, month: date) -> AttendanceMonth:
        """The month's grid: every day of the month (its calendar), each child enrolled on some club or camp
        day of it (by name) with a mark per day ("P", "A", "U", "" not recorded, "-" not enrolled that day).
        Three statements (the enrolments, the month's attendance of the club, the calendar); audited as a
        list read naming the files."""
        self._require(Action.VIEW_CLUBS, entity=ATTENDANCE)
        first = rules.month_start(month)
        last = rules.month_end(first)
        with self._reading() as s:
            club = self._club(s, club_id)
            days, rows = self._month_grid(s, club, first, last)
            self._audit_read(s, "list", entity=ATTENDANCE, entity_id=club.id,
                             detail={"club": club.id, "month": first.isoformat(),
                                     "files": sorted({r.file_id for r in rows})})
            return AttendanceMonth(club.id, club.name, first, tuple(days), tuple(rows))

    def _month_grid(self, s: Session, club: Club, first: date, last: date
                    ) -> tuple[list[CalendarDay], list[MonthRow]]:
        days = self._days(s, first, last, (club.id,))[club.id]
        open_days = [d.day for d in days if d.kind in OPEN_KINDS]
        active = [(e, p) for e, p in self._active(s, club.id, first, last)
                  if any(rules.active_on(e.starts_on, e.left_on, d) for d in open_days)]
        marks: dict[tuple[int, date], tuple[bool, str]] = {
            (enrolment_id, d): (present, reason) for enrolment_id, d, present, reason in s.execute(
                self._only_visible(select(ClubAttendance.enrolment_id, ClubAttendance.day, ClubAttendance.present,
                                          ClubAttendance.reason)
                                   .where(ClubAttendance.club_id == club.id, ClubAttendance.day >= first,
                                          ClubAttendance.day <= last), ClubAttendance.file_id)).all()}
        rows = []
        for e, p in active:
            line: list[str] = []
            counts = {"P": 0, "A": 0, "U": 0}
            for d in days:
                if not rules.active_on(e.starts_on, e.left_on, d.day):
                    line.append("-")
                    continue
                mark = marks.get((e.id, d.day))
                if mark is None:
                    line.append("")
                    continue
                code = "P" if mark[0] else ("A" if mark[1] else "U")
                counts[code] += 1
                line.append(code)
            rows.append(MonthRow(e.id, e.file_id, _name(p), tuple(line), counts["P"], counts["A"], counts["U"]))
        return days, rows

    # ---- fees --------------------------------------------------------------------------------------------
    def _open_days(self, s: Session, first: date, last: date, club_ids: Sequence[int]) -> dict[int, list[date]]:
        days = self._days(s, first, last, club_ids)
        return {c: [d.day for d in days[c] if d.kind in OPEN_KINDS] for c in club_ids}

    @staticmethod
    def _in_force(s: Session, enrolment_ids: Sequence[int], month: date) -> dict[int, ClubFeeAdjustment]:
        """The adjustment in force in ``month`` per enrolment (the latest decided wins)."""
        if not enrolment_ids:
            return {}
        out: dict[int, ClubFeeAdjustment] = {}
        for a in s.scalars(select(ClubFeeAdjustment).where(
                ClubFeeAdjustment.enrolment_id.in_(list(enrolment_ids)), ClubFeeAdjustment.from_month <= month,
                or_(ClubFeeAdjustment.to_month.is_(None), ClubFeeAdjustment.to_month >= month))
                .order_by(ClubFeeAdjustment.id)):
            out[a.enrolment_id] = a
        return out

    def charge_month(self, month: date, club_id: int | None = None) -> ChargeResult:
        """Charge the month's fee to every enrolment (the user sees) active on a club or camp day of the month,
        of one club or all: the club's fee less the adjustment in force. Idempotent: an enrolment charged for
        the month already is left as it is. Not a month after the current one ("date_future")."""
        self._require(Action.MANAGE_CLUBS, entity=CHARGE)
        first = rules.month_start(month)
        last = rules.month_end(first)
        if first > rules.month_start(rules.today()):
            raise ValidationError("date_future", field="month")
        with self._tx() as s:
            stmt = select(Club)
            if club_id is not None:
                self._club(s, club_id)
                stmt = stmt.where(Club.id == club_id)
            clubs = {c.id: c for c in s.scalars(stmt)}
            self._ensure_year(s, rules.school_year_of(first))
            open_days = self._open_days(s, first, last, list(clubs))
            candidates = s.execute(self._only_visible(
                select(ClubEnrolment.id, ClubEnrolment.file_id, ClubEnrolment.club_id, ClubEnrolment.starts_on,
                       ClubEnrolment.left_on)
                .where(ClubEnrolment.club_id.in_(list(clubs)), ClubEnrolment.starts_on <= last,
                       or_(ClubEnrolment.left_on.is_(None), ClubEnrolment.left_on > first)),
                ClubEnrolment.file_id)).all()
            due = [row for row in candidates
                   if any(rules.active_on(row[3], row[4], d) for d in open_days.get(row[2], ()))]
            ids = [row[0] for row in due]
            charged = set(s.scalars(select(ClubFeeCharge.enrolment_id).where(
                ClubFeeCharge.month == first, ClubFeeCharge.enrolment_id.in_(ids)))) if ids else set()
            adjustments = self._in_force(s, ids, first)
            now = server_now(s)
            new = []
            for enrolment_id, file_id, cid, _start, _left in due:
                if enrolment_id in charged:
                    continue
                adj = adjustments.get(enrolment_id)
                fee, discount = rules.month_fee(clubs[cid].monthly_fee_agorot, adj.kind if adj else None,
                                                adj.discount_agorot if adj else 0)
                new.append(ClubFeeCharge(enrolment_id=enrolment_id, file_id=file_id, club_id=cid, month=first,
                                         fee_agorot=fee, discount_agorot=discount, amount_agorot=fee - discount,
                                         adjustment_id=adj.id if adj else None, charged_by_id=self.user.id,
                                         charged_at=now))
            try:
                with s.begin_nested():
                    s.add_all(new)
                    s.flush()
            except IntegrityError as exc:  # charged by someone else a moment ago (PostgreSQL): try again
                raise ConflictError("stale", entity=CHARGE, month=first) from exc
            touched = tuple(sorted({c.club_id for c in new}))
            self._audit(s, "charge", entity=CHARGE, entity_id=club_id,
                        detail={"month": first.isoformat(), "club": club_id, "charged": len(new),
                                "files": sorted({c.file_id for c in new})})
            return ChargeResult(first, len(new), len(charged), sum(c.amount_agorot for c in new), touched)

    def adjust_fee(self, data: AdjustmentInput) -> AdjustmentDTO:
        """An exemption (no fee) or a discount (0 < discount < the club's fee: "amount_not_positive",
        "discount_too_large" with ``max``) of an enrolment's fee from a month (to a month, or on), with a
        reason. Months already charged are not changed: an adjustment starting in one is refused
        ("month_already_charged", ``month``). An open earlier adjustment ends the month before."""
        self._require(Action.MANAGE_CLUBS, entity=ADJUSTMENT, entity_id=data.enrolment_id)
        _choice(data.kind, FEE_ADJUSTMENT_KINDS, "kind")
        reason = clean_line(data.reason, "reason", ADJUSTMENT_REASON_MAX, required=True)
        first = rules.month_start(data.from_month)
        to = rules.month_start(data.to_month) if data.to_month is not None else None
        if to is not None and to < first:
            raise ValidationError("invalid", field="to_month")
        with self._tx() as s:
            e, f = self._enrolment(s, data.enrolment_id, action="adjust_fee")
            club = self._club(s, e.club_id)
            discount = 0
            if data.kind == "discount":
                discount = data.discount_agorot
                if discount <= 0:
                    raise ValidationError("amount_not_positive", field="discount_agorot")
                if discount >= club.monthly_fee_agorot:
                    raise ValidationError("discount_too_large", field="discount_agorot",
                                          max=club.monthly_fee_agorot)
            stmt = select(func.min(ClubFeeCharge.month)).where(ClubFeeCharge.enrolment_id == e.id,
                                                               ClubFeeCharge.month >= first)
            if to is not None:
                stmt = stmt.where(ClubFeeCharge.month <= to)
            charged = s.scalar(stmt)
            if charged is not None:
                raise ValidationError("month_already_charged", field="from_month", month=charged)
            for old in s.scalars(select(ClubFeeAdjustment).where(
                    ClubFeeAdjustment.enrolment_id == e.id, ClubFeeAdjustment.from_month < first,
                    or_(ClubFeeAdjustment.to_month.is_(None), ClubFeeAdjustment.to_month >= first))):
                old.to_month = rules.add_months(first, -1)
            a = ClubFeeAdjustment(enrolment_id=e.id, file_id=f.id, kind=data.kind, discount_agorot=discount,
                                  from_month=first, to_month=to, reason=reason, decided_by_id=self.user.id,
                                  decided_on=rules.today())
            s.add(a)
            s.flush()
            self._audit(s, "create", entity=ADJUSTMENT, entity_id=a.id, file_id=f.id,
                        detail={"enrolment": e.id, "kind": a.kind, "discount": discount,
                                "from": first.isoformat()})
            return self._adjustment_dtos(s, [a])[0]

    def _adjustment_dtos(self, s: Session, rows: Sequence[ClubFeeAdjustment]) -> list[AdjustmentDTO]:
        users = self._users(s, (a.decided_by_id for a in rows))
        return [AdjustmentDTO(a.id, a.enrolment_id, a.file_id, a.kind, a.discount_agorot, a.from_month, a.to_month,
                              a.reason, users[a.decided_by_id].full_name if a.decided_by_id in users else "",
                              a.decided_on) for a in rows]

    def record_payment(self, data: PaymentInput) -> PaymentDTO:
        """A payment of the parents for a child's fees: more than nothing ("amount_not_positive"), not dated
        in the future ("date_future"), a method (PAYMENT_METHODS); for the child's enrolment that had started
        by the payment's day (the latest; else the first), and a child never enrolled is refused
        ("never_enrolled")."""
        self._require(Action.MANAGE_CLUBS, entity=PAYMENT, file_id=data.file_id)
        if data.amount_agorot <= 0:
            raise ValidationError("amount_not_positive", field="amount_agorot")
        if data.amount_agorot > MONEY_MAX:
            raise ValidationError("invalid", field="amount_agorot")
        if data.paid_on > rules.today():
            raise ValidationError("date_future", field="paid_on")
        _choice(data.method, PAYMENT_METHODS, "method")
        receipt = clean_line(data.receipt_no, "receipt_no", RECEIPT_MAX)
        note = clean_line(data.note, "note", PAYMENT_NOTE_MAX)
        with self._tx() as s:
            f = self._visible_file(s, data.file_id, action="record_payment")
            enrolments = s.scalars(select(ClubEnrolment).where(ClubEnrolment.file_id == f.id,
                                                               ClubEnrolment.person_id == data.person_id)
                                   .order_by(ClubEnrolment.starts_on, ClubEnrolment.id)).all()
            if not enrolments:
                raise ValidationError("never_enrolled", field="person_id")
            started = [e for e in enrolments if e.starts_on <= data.paid_on]
            e = started[-1] if started else enrolments[0]
            p = ClubPayment(enrolment_id=e.id, file_id=f.id, club_id=e.club_id, paid_on=data.paid_on,
                            amount_agorot=data.amount_agorot, method=data.method, receipt_no=receipt, note=note,
                            recorded_by_id=self.user.id, recorded_at=server_now(s))
            s.add(p)
            s.flush()
            self._audit(s, "create", entity=PAYMENT, entity_id=p.id, file_id=f.id,
                        detail={"enrolment": e.id, "amount": p.amount_agorot, "paid_on": p.paid_on.isoformat()})
            return self._payment_dtos(s, [p])[0]

    def _payment_dtos(self, s: Session, rows: Sequence[ClubPayment]) -> list[PaymentDTO]:
        if not rows:
            return []
        users = self._users(s, (p.recorded_by_id for p in rows))
        children = dict(s.execute(select(ClubEnrolment.id, Person).join(Person, Person.id == ClubEnrolment.person_id)
                                  .where(ClubEnrolment.id.in_({p.enrolment_id for p in rows}))).all())
        return [PaymentDTO(p.id, p.enrolment_id, p.file_id, p.club_id, _name(children.get(p.enrolment_id)), p.paid_on,
                           p.amount_agorot, p.method, p.receipt_no, p.note,
                           users[p.recorded_by_id].full_name if p.recorded_by_id in users else "")
                for p in rows]

    def _charge_dtos(self, s: Session, rows: Sequence[ClubFeeCharge]) -> list[ChargeDTO]:
        if not rows:
            return []
        info = {eid: (child, club) for eid, child, club in s.execute(
            select(ClubEnrolment.id, Person, Club.name).join(Person, Person.id == ClubEnrolment.person_id)
            .join(Club, Club.id == ClubEnrolment.club_id)
            .where(ClubEnrolment.id.in_({c.enrolment_id for c in rows}))).all()}
        return [ChargeDTO(c.id, c.enrolment_id, _name(info[c.enrolment_id][0]) if c.enrolment_id in info else "",
                          info[c.enrolment_id][1] if c.enrolment_id in info else "", c.month, c.fee_agorot,
                          c.discount_agorot, c.amount_agorot) for c in rows]

    def _file_fees(self, s: Session, file_id: int) -> tuple[list[ClubFeeCharge], list[ClubPayment]]:
        charges = list(s.scalars(select(ClubFeeCharge).where(ClubFeeCharge.file_id == file_id)
                                 .order_by(ClubFeeCharge.month.desc(), ClubFeeCharge.id.desc())))
        payments = list(s.scalars(select(ClubPayment).where(ClubPayment.file_id == file_id)
                                  .order_by(ClubPayment.paid_on.desc(), ClubPayment.id.desc())))
        return charges, payments

    @staticmethod
    def _balance(charges: Sequence[ClubFeeCharge], payments: Sequence[ClubPayment], as_of: date) -> tuple[int, int]:
        """(balance, arrears) on ``as_of``: the charges of its month and before less the payments up to it;
        arrears: of the months before its month."""
        month = rules.month_start(as_of)
        paid = sum(p.amount_agorot for p in payments if p.paid_on <= as_of)
        charged = sum(c.amount_agorot for c in charges if c.month <= month)
        return charged - paid, rules.arrears(((c.month, c.amount_agorot) for c in charges), paid, as_of)

    def account(self, file_id: int, as_of: date | None = None) -> FeeAccount:
        """The family's club fees: every charge, payment and adjustment of its children's enrolments, newest
        first; the balance and the arrears on ``as_of`` (today). Audited as a read of the file."""
        self._require(Action.VIEW_CLUBS, entity=FEES, file_id=file_id)
        day = as_of if as_of is not None else rules.today()
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="view_club_fees")
            charges, payments = self._file_fees(s, f.id)
            adjustments = s.scalars(select(ClubFeeAdjustment).where(ClubFeeAdjustment.file_id == f.id)
                                    .order_by(ClubFeeAdjustment.from_month.desc(), ClubFeeAdjustment.id.desc())).all()
            balance, owed = self._balance(charges, payments, day)
            out = FeeAccount(f.id, f.file_number, f.family_name, tuple(self._charge_dtos(s, charges)),
                             tuple(self._payment_dtos(s, payments)), tuple(self._adjustment_dtos(s, adjustments)),
                             balance, owed, day)
            self._audit_read(s, "view", entity=FEES, file_id=f.id)
            return out

    def month_closing(self, month: date, club_id: int | None = None) -> MonthClosing:
        """The month's closing list (one club, or all): each enrolment the user sees enrolled, charged or
        paying that month (one not charged yet with 0), with the month's charge and adjustment, the payments of the month, the balance at its end
        and the arrears of the months before; the totals; how many enrolments active in the month have no
        charge yet. Set-based (a handful of statements whatever the number of children); audited as a list
        read naming the files."""
        self._require(Action.VIEW_CLUBS, entity=FEES)
        first = rules.month_start(month)
        last = rules.month_end(first)
        with self._reading() as s:
            stmt = select(Club)
            if club_id is not None:
                self._club(s, club_id)
                stmt = stmt.where(Club.id == club_id)
            clubs = {c.id: c for c in s.scalars(stmt)}
            club_ids = list(clubs)
            charged_ids = select(ClubFeeCharge.enrolment_id).where(ClubFeeCharge.month == first,
                                                                   ClubFeeCharge.club_id.in_(club_ids))
            paying_ids = select(ClubPayment.enrolment_id).where(ClubPayment.paid_on >= first,
                                                                ClubPayment.paid_on <= last,
                                                                ClubPayment.club_id.in_(club_ids))
            listed = s.execute(
                select(ClubEnrolment.id, ClubEnrolment.file_id, ClubEnrolment.club_id, FamilyFile.file_number,
                       Person.first_name, Person.last_name)
                .join(FamilyFile, FamilyFile.id == ClubEnrolment.file_id)
                .join(Person, Person.id == ClubEnrolment.person_id)
                .where(or_(ClubEnrolment.id.in_(charged_ids), ClubEnrolment.id.in_(paying_ids),
                           # enrolled in the month and not charged yet: listed with 0, for an exemption first
                           and_(ClubEnrolment.club_id.in_(club_ids), ClubEnrolment.starts_on <= last,
                                or_(ClubEnrolment.left_on.is_(None), ClubEnrolment.left_on > first))),
                       self._files())
            ).all()
            ids = [row[0] for row in listed]
            sums = self._fee_sums(s, ids, first, last)
            adjustments = self._in_force(s, ids, first)
            rows = []
            for eid, file_id, cid, number, fn, ln in listed:
                this, before, upto, paid_month, paid_upto = sums.get(eid, (0, 0, 0, 0, 0))
                adj = adjustments.get(eid)
                rows.append(ClosingRow(eid, file_id, number, f"{fn} {ln}".strip(), clubs[cid].name, this,
                                       adj.kind if adj else "", paid_month, upto - paid_upto,
                                       max(0, before - paid_upto)))
            rows.sort(key=lambda r: (r.club_name, r.child_name, r.enrolment_id))
            uncharged = self._uncharged(s, clubs, first, last, set(ids))
            self._audit_read(s, "list", entity=FEES, entity_id=club_id,
                             detail={"month": first.isoformat(), "club": club_id,
                                     "files": sorted({r.file_id for r in rows})})
            return MonthClosing(first, club_id, tuple(rows), sum(r.charged_agorot for r in rows),
                                sum(r.paid_agorot for r in rows), sum(r.arrears_agorot for r in rows), uncharged)

    @staticmethod
    def _fee_sums(s: Session, ids: Sequence[int], first: date, last: date
                  ) -> dict[int, tuple[int, int, int, int, int]]:
        """Per enrolment: (this month's charge, charges before the month, charges up to the month, payments in
        the month, payments up to the month's end). Two grouped statements."""
        if not ids:
            return {}
        out: dict[int, list[int]] = {i: [0, 0, 0, 0, 0] for i in ids}
        for eid, this, before, upto in s.execute(
                select(ClubFeeCharge.enrolment_id,
                       func.sum(case((ClubFeeCharge.month == first, ClubFeeCharge.amount_agorot), else_=0)),
                       func.sum(case((ClubFeeCharge.month < first, ClubFeeCharge.amount_agorot), else_=0)),
                       func.sum(ClubFeeCharge.amount_agorot))
                .where(ClubFeeCharge.enrolment_id.in_(list(ids)), ClubFeeCharge.month <= first)
                .group_by(ClubFeeCharge.enrolment_id)):
            out[eid][0:3] = [int(this or 0), int(before or 0), int(upto or 0)]
        for eid, month_paid, paid in s.execute(
                select(ClubPayment.enrolment_id,
                       func.sum(case((ClubPayment.paid_on >= first, ClubPayment.amount_agorot), else_=0)),
                       func.sum(ClubPayment.amount_agorot))
                .where(ClubPayment.enrolment_id.in_(list(ids)), ClubPayment.paid_on <= last)
                .group_by(ClubPayment.enrolment_id)):
            out[eid][3:5] = [int(month_paid or 0), int(paid or 0)]
        return {k: (v[0], v[1], v[2], v[3], v[4]) for k, v in out.items()}

    def _uncharged(self, s: Session, clubs: dict[int, Club], first: date, last: date, listed: set[int]) -> int:
        """The enrolments (the user sees) active on a club or camp day of the month with no charge for it."""
        open_days = self._open_days(s, first, last, list(clubs))
        charged = select(ClubFeeCharge.enrolment_id).where(ClubFeeCharge.month == first)
        rows = s.execute(self._only_visible(
            select(ClubEnrolment.id, ClubEnrolment.club_id, ClubEnrolment.starts_on, ClubEnrolment.left_on)
            .where(ClubEnrolment.club_id.in_(list(clubs)), ClubEnrolment.starts_on <= last,
                   or_(ClubEnrolment.left_on.is_(None), ClubEnrolment.left_on > first),
                   ClubEnrolment.id.not_in(charged)), ClubEnrolment.file_id)).all()
        return sum(1 for _eid, cid, start, left in rows
                   if any(rules.active_on(start, left, d) for d in open_days.get(cid, ())))

    # ---- the overview and the club tab -------------------------------------------------------------------
    def overview(self, month: date | None = None) -> tuple[ClubOverview, ...]:
        """Per active club, by name: capacity, enrolled and waiting (every one), the attendance rate of the
        month so far and the arrears (owed of months before it) of its enrolments the user sees."""
        self._require(Action.VIEW_CLUBS, entity=CLUB)
        today = rules.today()
        first = rules.month_start(month if month is not None else today)
        last = min(rules.month_end(first), today)
        with self._reading() as s:
            clubs = s.scalars(select(Club).where(Club.active.is_(True)).order_by(Club.name, Club.id)).all()
            counts = self._counts(s)
            rates = {cid: (int(p or 0), int(n or 0)) for cid, p, n in s.execute(self._only_visible(
                select(ClubAttendance.club_id, func.sum(case((ClubAttendance.present, 1), else_=0)), func.count())
                .where(ClubAttendance.day >= first, ClubAttendance.day <= last)
                .group_by(ClubAttendance.club_id), ClubAttendance.file_id))}
            arrears = self._club_arrears(s, first, today)
            out = []
            for c in clubs:
                enrolled, waiting = counts.get(c.id, (0, 0))
                present, total = rates.get(c.id, (0, 0))
                out.append(ClubOverview(c.id, c.name, c.capacity, enrolled, waiting,
                                        present / total if total else None, arrears.get(c.id, 0)))
            return tuple(out)

    def _club_arrears(self, s: Session, month: date, until: date) -> dict[int, int]:
        """Per club: the sum over its enrolments (the user sees) of what is owed of the charges before
        ``month``, payments up to ``until`` covering the oldest first."""
        charged: dict[int, tuple[int, int]] = {}
        for eid, cid, before in s.execute(self._only_visible(
                select(ClubFeeCharge.enrolment_id, ClubFeeCharge.club_id, func.sum(ClubFeeCharge.amount_agorot))
                .where(ClubFeeCharge.month < month).group_by(ClubFeeCharge.enrolment_id, ClubFeeCharge.club_id),
                ClubFeeCharge.file_id)):
            charged[eid] = (cid, int(before or 0))
        if not charged:
            return {}
        paid = dict(s.execute(self._only_visible(
            select(ClubPayment.enrolment_id, func.sum(ClubPayment.amount_agorot))
            .where(ClubPayment.paid_on <= until).group_by(ClubPayment.enrolment_id), ClubPayment.file_id)).all())
        out: dict[int, int] = {}
        for eid, (cid, before) in charged.items():
            out[cid] = out.get(cid, 0) + max(0, before - int(paid.get(eid) or 0))
        return out

    def file_clubs(self, file_id: int) -> FileClubs:
        """The file's club tab: per child with a request or an enrolment, the requests (newest first) and,
        for those who read club rows (VIEW_CLUBS), the enrolments, the attendance rate of the current (or
        last) enrolment over its last 30 recorded days and the fees; REQUEST_CLUB alone: the requests only.
        Audited as a read of the file."""
        self._require_any((Action.VIEW_CLUBS, Action.REQUEST_CLUB), entity=CLUB, file_id=file_id)
        full = self._can(Action.VIEW_CLUBS)
        today = rules.today()
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="view_clubs")
            requests = self._request_dtos(s, s.scalars(select(ClubRequest).where(ClubRequest.file_id == f.id)
                                                       .order_by(ClubRequest.requested_on.desc(),
                                                                 ClubRequest.id.desc())).all())
            enrolments: list[EnrolmentDTO] = []
            charges: list[ClubFeeCharge] = []
            payments: list[ClubPayment] = []
            rates: dict[int, float | None] = {}
            if full:
                enrolments = self._enrolment_dtos(s, s.scalars(
                    select(ClubEnrolment).where(ClubEnrolment.file_id == f.id)
                    .order_by(ClubEnrolment.starts_on.desc(), ClubEnrolment.id.desc())).all())
                charges, payments = self._file_fees(s, f.id)
                rates = self._rates(s, enrolments)
            children: dict[int, str] = {}
            for r in requests:
                children.setdefault(r.person_id, r.child_name)
            for e in enrolments:
                children.setdefault(e.person_id, e.child_name)
            of_child = {e.id: e.person_id for e in enrolments}
            out = []
            for pid, name in sorted(children.items(), key=lambda kv: (kv[1], kv[0])):
                mine = tuple(e for e in enrolments if e.person_id == pid)
                charged = sum(c.amount_agorot for c in charges if of_child.get(c.enrolment_id) == pid
                              and c.month <= rules.month_start(today))
                paid = sum(p.amount_agorot for p in payments if of_child.get(p.enrolment_id) == pid
                           and p.paid_on <= today)
                out.append(FileClubChild(pid, name, tuple(r for r in requests if r.person_id == pid), mine,
                                         rates.get(mine[0].id) if mine else None, charged - paid))
            balance, owed = self._balance(charges, payments, today) if full else (0, 0)
            self._audit_read(s, "view", entity=CLUB, file_id=f.id, detail={"for": "club_tab"})
            return FileClubs(f.id, tuple(out), balance, owed)

    @staticmethod
    def _rates(s: Session, enrolments: Sequence[EnrolmentDTO]) -> dict[int, float | None]:
        """The attendance rate of each child's current (or last) enrolment: its last recorded days."""
        latest: dict[int, int] = {}
        for e in enrolments:  # newest first
            latest.setdefault(e.person_id, e.id)
        out: dict[int, float | None] = {}
        for eid in latest.values():
            marks = s.scalars(select(ClubAttendance.present).where(ClubAttendance.enrolment_id == eid)
                              .order_by(ClubAttendance.day.desc()).limit(ATTENDANCE_RATE_DAYS)).all()
            out[eid] = sum(1 for m in marks if m) / len(marks) if marks else None
        return out

    # ---- the forms' data ---------------------------------------------------------------------------------
    def _parents(self, s: Session, file_id: int) -> list[Person]:
        # the file's members through an alias: the persons filter (SQLite) has its own sub-select on
        # family_members, which a join on the plain entity would correlate away
        member = aliased(FamilyMember)
        return list(s.scalars(select(Person).join(member, member.person_id == Person.id)
                              .where(member.file_id == file_id, member.relation == "parent",
                                     self._db.backend.persons_filter(self.user))
                              .order_by(member.id)))

    @staticmethod
    def _phones(s: Session, person_ids: Iterable[int]) -> dict[int, list[str]]:
        ids = list(set(person_ids))
        out: dict[int, list[str]] = {}
        if not ids:
            return out
        for pid, number in s.execute(select(PersonPhone.person_id, PersonPhone.number)
                                     .where(PersonPhone.person_id.in_(ids))
                                     .order_by(PersonPhone.person_id, PersonPhone.position, PersonPhone.id)):
            out.setdefault(pid, []).append(number)
        return out

    @staticmethod
    def _language(parents: Sequence[Person], language: str | None) -> str:
        """The family's letter language: the one asked for, else Arabic when the first parent prefers it."""
        if language is not None:
            if language not in LETTER_LANGUAGES:
                raise ValidationError("invalid_choice", field="language")
            return language
        return "ar" if parents and parents[0].preferred_language == "ar" else "he"

    @staticmethod
    def _relation(p: Person) -> str:
        return {"f": "mother", "m": "father"}.get(p.sex, "guardian")

    def registration_form(self, enrolment_id: int, language: str | None = None) -> RegistrationForm:
        """What the registration form prints (audited as a read of the file for a form)."""
        self._require(Action.VIEW_CLUBS, entity=ENROLMENT, entity_id=enrolment_id)
        with self._tx() as s:
            e, f = self._enrolment(s, enrolment_id, action="print")
            parents = self._parents(s, f.id)
            phones = self._phones(s, (p.id for p in parents))
            lang = self._language(parents, language)
            form = RegistrationForm(
                letterhead=read_settings(s).letterhead, language=lang,
                club=self._club_dtos(s, [self._club(s, e.club_id)])[0], enrolment=self._enrolment_dtos(s, [e])[0],
                file_number=f.file_number, address=", ".join(x for x in (f.address, f.locality) if x),
                parents=tuple(ParentContact(_name(p), self._relation(p), tuple(phones.get(p.id, ())))
                              for p in parents),
                printed_on=rules.today(), printed_by=self.user.full_name)
            self._audit(s, "view", entity=ENROLMENT, entity_id=e.id, file_id=f.id,
                        detail={"for": "form", "form": "club_registration"})
            return form

    def attendance_sheet(self, club_id: int, month: date) -> AttendanceSheet:
        """The month's attendance sheet: the club and camp days as columns, a row per child (by name)."""
        self._require(Action.VIEW_CLUBS, entity=ATTENDANCE)
        first = rules.month_start(month)
        with self._tx() as s:
            club = self._club(s, club_id)
            days, rows = self._month_grid(s, club, first, rules.month_end(first))
            allergies = dict(s.execute(select(ClubEnrolment.id, ClubEnrolment.allergies).where(
                ClubEnrolment.id.in_([r.enrolment_id for r in rows]))).all()) if rows else {}
            keep = [i for i, d in enumerate(days) if d.kind in OPEN_KINDS]
            sheet = AttendanceSheet(
                letterhead=read_settings(s).letterhead, club=self._club_dtos(s, [club])[0], month=first,
                days=tuple(days[i] for i in keep),
                rows=tuple(SheetRow(r.child_name, tuple(r.marks[i] for i in keep), allergies.get(r.enrolment_id, ""))
                           for r in rows),
                printed_on=rules.today(), printed_by=self.user.full_name)
            self._audit(s, "view", entity=ATTENDANCE, entity_id=club.id,
                        detail={"for": "form", "form": "club_attendance_sheet", "month": first.isoformat(),
                                "files": sorted({r.file_id for r in rows})})
            return sheet

    def fee_notice(self, file_id: int, month: date, language: str | None = None) -> FeeNotice:
        """The family's fee notice for the month: the month's charges and payments, the balance at the month's
        end and the arrears; addressed to the first parent, in the family's language."""
        self._require(Action.VIEW_CLUBS, entity=FEES, file_id=file_id)
        first = rules.month_start(month)
        last = rules.month_end(first)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="print")
            parents = self._parents(s, f.id)
            lang = self._language(parents, language)
            charges, payments = self._file_fees(s, f.id)
            balance, owed = self._balance(charges, payments, last)
            notice = FeeNotice(
                letterhead=read_settings(s).letterhead, language=lang, file_number=f.file_number,
                family_name=f.family_name, address=", ".join(x for x in (f.address, f.locality) if x),
                addressee=_name(parents[0]) if parents else f.family_name, month=first,
                lines=tuple(self._charge_dtos(s, [c for c in charges if c.month == first])),
                payments=tuple(self._payment_dtos(s, [p for p in payments if first <= p.paid_on <= last])),
                balance_agorot=balance, arrears_agorot=owed, printed_on=rules.today(),
                printed_by=self.user.full_name)
            self._audit(s, "view", entity=FEES, file_id=f.id,
                        detail={"for": "form", "form": "club_fee_notice", "month": first.isoformat()})
            return notice

    def transport_list(self, club_id: int, day: date) -> TransportList:
        """The day's transport: per active route of the club (by name), then the children with no route
        (collected at the club), each child with school, drop-off address, who may collect, a parent's phone
        and allergies."""
        self._require(Action.VIEW_CLUBS, entity=ENROLMENT)
        with self._tx() as s:
            club = self._club(s, club_id)
            active = self._active(s, club.id, day, day)
            ids = [e.id for e, _p in active]
            collectors: dict[int, list[CollectorDTO]] = {}
            if ids:
                for c in s.scalars(select(ClubCollector).where(ClubCollector.enrolment_id.in_(ids))
                                   .order_by(ClubCollector.enrolment_id, ClubCollector.position, ClubCollector.id)):
                    collectors.setdefault(c.enrolment_id, []).append(CollectorDTO(c.id, c.name, c.relation, c.phone,
                                                                                  c.id_number))
            files = {e.file_id for e, _p in active}
            first_parent: dict[int, int] = {}
            if files:
                for fid, pid in s.execute(select(FamilyMember.file_id, FamilyMember.person_id)
                                          .where(FamilyMember.file_id.in_(files), FamilyMember.relation == "parent")
                                          .order_by(FamilyMember.file_id, FamilyMember.id)):
                    first_parent.setdefault(fid, pid)
            phones = self._phones(s, first_parent.values())
            routes = s.scalars(select(ClubRoute).where(ClubRoute.club_id == club.id)
                               .order_by(ClubRoute.name, ClubRoute.id)).all()
            groups: dict[int | None, list[TransportChild]] = {}
            for e, p in active:
                parent = first_parent.get(e.file_id)
                groups.setdefault(e.route_id, []).append(TransportChild(
                    _name(p), e.school, e.dropoff_address, tuple(collectors.get(e.id, ())),
                    (phones.get(parent) or [""])[0] if parent is not None else "", e.allergies))
            out = [TransportRoute(self._route_dto(r), tuple(groups.get(r.id, ())))
                   for r in routes if r.active or r.id in groups]
            if None in groups:
                out.append(TransportRoute(None, tuple(groups[None])))
            result = TransportList(read_settings(s).letterhead, self._club_dtos(s, [club])[0], day, tuple(out),
                                   rules.today(), self.user.full_name)
            self._audit(s, "view", entity=ENROLMENT, entity_id=club.id,
                        detail={"for": "form", "form": "club_transport_list", "day": day.isoformat(),
                                "files": sorted(files)})
            return result

    def record_output(self, form: str, entity_id: int, kind: str = "print") -> None:
        """A club form left the program: to a printer ("print") or a file ("save"). ``entity_id``: the
        enrolment (registration form), the club (attendance sheet, transport list: the files of its children
        enrolled today are named) or the family file (fee notice). Audited."""
        if kind not in OUTPUT_KINDS:
            raise ValidationError("invalid_choice", field="kind")
        if form not in FORMS:
            raise ValidationError("invalid_choice", field="form")
        entity = FORMS[form]
        self._require(Action.VIEW_CLUBS, entity=entity, entity_id=entity_id)
        output = "printer" if kind == "print" else "file"
        with self._tx() as s:
            if entity == ENROLMENT:
                e, f = self._enrolment(s, entity_id, action=kind)
                self._audit(s, kind, entity=ENROLMENT, entity_id=e.id, file_id=f.id,
                            detail={"form": form, "output": output})
            elif entity == "family_file":
                f = self._visible_file(s, entity_id, action=kind)
                self._audit(s, kind, entity="family_file", entity_id=f.id, file_id=f.id,
                            detail={"form": form, "output": output})
            else:
                club = self._club(s, entity_id)
                day = rules.today()
                files = sorted({e.file_id for e, _p in self._active(s, club.id, day, day)})
                self._audit(s, kind, entity=CLUB, entity_id=club.id,
                            detail={"form": form, "output": output, "files": files})


__all__ = ["FORMS", "ClubService", "day_token"]
