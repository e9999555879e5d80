"""Plain, frozen data of the therapeutic clubs (מועדוניות טיפוליות): what ``services.clubs`` takes and
returns (codes in models.codes: CLUB_ROUTES, CLUB_REQUEST_STATUSES, WITHDRAW_REASONS, CLUB_RISKS, URGENCIES,
LEAVE_REASONS, ABSENCE_REASONS, CLUB_DAY_KINDS, FEE_ADJUSTMENT_KINDS, PAYMENT_METHODS).

Money is in agorot (int): 130 NIS is 13000. A month is the date of its first day. A school year is the
calendar year its September is in (school year 2026 runs 1 September 2026 to 31 August 2027).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from models.changes import Changes
from models.department.dto import Letterhead


# ---- clubs -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RouteInput:
    id: int | None  # None: a new route
    name: str  # required, unique in the club
    stops: str = ""
    driver: str = ""
    active: bool = True


@dataclass(frozen=True)
class ClubInput:
    name: str  # required, unique
    address: str = ""
    phone: str = ""
    capacity: int = 15  # 1..60
    min_age: int = 3
    max_age: int = 12
    hours: str = ""
    guide_name: str = ""
    house_mother_name: str = ""
    supervisor_id: int | None = None  # an active club worker or the manager
    monthly_fee_agorot: int = 13_000  # >= 0
    active: bool = True
    routes: tuple[RouteInput, ...] = ()  # the club's routes after the save (routes left out are made inactive)


@dataclass(frozen=True)
class RouteDTO:
    id: int
    club_id: int
    name: str
    stops: str
    driver: str
    active: bool


@dataclass(frozen=True)
class ClubDTO:
    id: int
    version: int
    name: str
    address: str
    phone: str
    capacity: int
    min_age: int
    max_age: int
    hours: str
    guide_name: str
    house_mother_name: str
    supervisor_id: int | None
    supervisor_name: str
    monthly_fee_agorot: int
    active: bool
    routes: tuple[RouteDTO, ...]
    enrolled: int  # active enrolments now (every one, also of files the user does not see)
    waiting: int  # requests waiting on its list

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.enrolled)

    def changes(self) -> Changes:
        return Changes.make(clubs=[self.id])


# ---- requests and the waiting list -------------------------------------------------------------------------
@dataclass(frozen=True)
class RequestInput:
    file_id: int
    person_id: int  # a child of the file, visible to the user
    route: str  # CLUB_ROUTES
    reason: str  # required
    goals: str = ""
    urgency: str = "routine"  # URGENCIES
    risk: str = "medium"  # CLUB_RISKS
    preferred_club_id: int | None = None  # None: any club (the request is on every club's list)
    source_name: str = ""  # route "school": required, the kindergarten or school
    source_contact: str = ""


@dataclass(frozen=True)
class SchoolReferralInput:
    """Route c for a family the department does not know: the school's or kindergarten's referral goes to
    intake's queue as a referral (source school/kindergarten) naming the child and the club request; intake
    opens the file and files the club request from it."""

    source: str  # "school" or "kindergarten" (REFERRAL_SOURCES)
    source_name: str  # required: the institution
    source_contact: str  # required: who referred, and a phone
    child_first_name: str
    child_last_name: str
    child_birth_date: date | None
    parent_name: str  # a parent's name, as the school gave it
    phone: str  # the family's phone, as the school gave it
    address: str
    reason: str  # required: why a club
    urgency: str = "routine"
    preferred_club_id: int | None = None
    # the persons the worker saw as possible duplicates and rejected (the intake's duplicate check: a strong
    # candidate not dismissed refuses the referral with DuplicateSuspected, ``person_ids``)
    dismissed: tuple[int, ...] = ()


@dataclass(frozen=True)
class RequestDTO:
    id: int
    version: int
    file_id: int
    file_number: str
    person_id: int
    child_name: str
    birth_date: date | None
    route: str
    reason: str
    goals: str
    urgency: str
    risk: str
    preferred_club_id: int | None
    preferred_club_name: str  # "" for any club
    source_name: str
    source_contact: str
    requested_by_name: str
    requested_on: date
    status: str
    pinned_rank: int | None
    rank_reason: str
    closed_on: date | None
    close_reason: str
    close_note: str
    enrolment_id: int | None  # the enrolment made from it

    def changes(self) -> Changes:
        return Changes.make(files=[self.file_id], clubs=[self.preferred_club_id] if self.preferred_club_id else [])


@dataclass(frozen=True)
class WaitingRow:
    """One request on a club's waiting list, in the list's order (``position`` 1 = next). ``age_fits``: the
    child's age (in years, on the day the list is read) is within the club's range; ``key``: the rule's
    key, shown to the user (models.clubs.rules.waiting_key)."""

    position: int
    request_id: int
    version: int
    file_id: int
    file_number: str
    family_name: str
    person_id: int
    child_name: str
    age: int | None  # years
    age_fits: bool
    urgency: str
    risk: str
    requested_on: date
    waiting_days: int
    route: str
    preferred_club_id: int | None  # None: any club
    pinned_rank: int | None
    rank_reason: str


@dataclass(frozen=True)
class WaitingList:
    club_id: int
    club_name: str
    capacity: int
    enrolled: int
    rows: tuple[WaitingRow, ...]

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.enrolled)

    @property
    def next(self) -> WaitingRow | None:
        """Who is next when a seat is free."""
        return self.rows[0] if self.rows else None


# ---- enrolment ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CollectorInput:
    name: str  # required
    relation: str = ""
    phone: str = ""
    id_number: str = ""


@dataclass(frozen=True)
class EnrolInput:
    club_id: int
    file_id: int
    person_id: int  # a child of the file
    starts_on: date
    request_id: int | None = None  # the waiting request it fulfils (then enrolled)
    ends_on: date | None = None
    goals: str = ""
    diet: str = ""
    allergies: str = ""
    school: str = ""
    route_id: int | None = None  # a route of this club
    dropoff_address: str = ""
    consent_signed: bool = False
    consent_on: date | None = None
    collectors: tuple[CollectorInput, ...] = ()
    age_override_reason: str = ""  # required when the child's age on starts_on is outside the club's range


@dataclass(frozen=True)
class CollectorDTO:
    id: int
    name: str
    relation: str
    phone: str
    id_number: str


@dataclass(frozen=True)
class EnrolmentDTO:
    id: int
    version: int
    club_id: int
    club_name: str
    file_id: int
    file_number: str
    person_id: int
    child_name: str
    birth_date: date | None
    request_id: int | None
    starts_on: date
    ends_on: date | None
    goals: str
    diet: str
    allergies: str
    school: str
    route_id: int | None
    route_name: str
    dropoff_address: str
    consent_signed: bool
    consent_on: date | None
    collectors: tuple[CollectorDTO, ...]
    age_override_reason: str
    left_on: date | None
    leave_reason: str
    leave_note: str

    @property
    def active(self) -> bool:
        return self.left_on is None

    def changes(self) -> Changes:
        return Changes.make(files=[self.file_id], clubs=[self.club_id])


@dataclass(frozen=True)
class RosterRow:
    """An enrolled child as the club's screens list them (what the club needs, no case notes)."""

    enrolment_id: int
    version: int
    file_id: int
    file_number: str
    person_id: int
    child_name: str
    age: int | None
    starts_on: date
    ends_on: date | None
    allergies: str
    diet: str
    route_name: str
    consent_signed: bool


# ---- attendance --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttendanceMark:
    enrolment_id: int
    present: bool
    reason: str = ""  # ABSENCE_REASONS, "" when present or unexplained
    note: str = ""


@dataclass(frozen=True)
class AttendanceRow:
    enrolment_id: int
    person_id: int
    file_id: int
    child_name: str
    present: bool | None  # None: not recorded yet (the grid offers "present")
    reason: str
    note: str
    allergies: str
    unexplained_streak: int  # consecutive unexplained absences up to and including this day


@dataclass(frozen=True)
class AttendanceDay:
    club_id: int
    day: date
    kind: str  # CLUB_DAY_KINDS: attendance only on "club" and "camp"
    holiday: str
    recorded: bool  # the day was saved
    token: str  # what the day was when read: save_attendance refuses ("stale") if it changed since
    rows: tuple[AttendanceRow, ...]


@dataclass(frozen=True)
class RaisedTask:
    task_id: int
    file_id: int
    person_id: int
    child_name: str
    assignee_name: str


@dataclass(frozen=True)
class AttendanceSaved:
    club_id: int
    day: date
    present: int
    absent: int
    tasks: tuple[RaisedTask, ...]  # raised by a third unexplained absence in a row

    def changes(self) -> Changes:
        return Changes.make(clubs=[self.club_id], files=[t.file_id for t in self.tasks],
                            tasks=[t.task_id for t in self.tasks])


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: str  # CLUB_DAY_KINDS
    holiday: str  # models.clubs.calendar HOLIDAYS code, or ""
    reason: str  # the worker's reason for an edit
    edited: bool
    club_id: int | None  # None: the department's day; a club's own day overrides it
    version: int | None  # None: not stored yet (computed)


@dataclass(frozen=True)
class MonthRow:
    """One child's line of the month's grid: ``marks[i]`` for ``AttendanceMonth.days[i]``: "P" present,
    "A" absent with a reason, "U" unexplained, "" not recorded, "-" not enrolled that day."""

    enrolment_id: int
    file_id: int
    child_name: str
    marks: tuple[str, ...]
    present: int
    absent: int
    unexplained: int

    @property
    def rate(self) -> float | None:
        total = self.present + self.absent + self.unexplained
        return self.present / total if total else None


@dataclass(frozen=True)
class AttendanceMonth:
    club_id: int
    club_name: str
    month: date
    days: tuple[CalendarDay, ...]  # every day of the month
    rows: tuple[MonthRow, ...]  # every child enrolled on some club day of the month, by name

    @property
    def rate(self) -> float | None:
        present = sum(r.present for r in self.rows)
        total = sum(r.present + r.absent + r.unexplained for r in self.rows)
        return present / total if total else None


# ---- fees --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AdjustmentInput:
    enrolment_id: int
    kind: str  # FEE_ADJUSTMENT_KINDS
    from_month: date
    reason: str  # required
    discount_agorot: int = 0  # a discount: > 0 and below the club's fee; an exemption: 0
    to_month: date | None = None


@dataclass(frozen=True)
class AdjustmentDTO:
    id: int
    enrolment_id: int
    file_id: int
    kind: str
    discount_agorot: int
    from_month: date
    to_month: date | None
    reason: str
    decided_by_name: str
    decided_on: date

    def changes(self) -> Changes:
        return Changes.make(files=[self.file_id])


@dataclass(frozen=True)
class ChargeResult:
    month: date
    charged: int  # new charges made
    already: int  # enrolments already charged that month (nothing added)
    total_agorot: int  # of the new charges
    club_ids: tuple[int, ...]

    def changes(self) -> Changes:
        return Changes.make(clubs=self.club_ids)


@dataclass(frozen=True)
class PaymentInput:
    file_id: int
    person_id: int  # the child the fees are for (an enrolment of this child is required)
    paid_on: date  # not in the future
    amount_agorot: int  # > 0
    method: str  # PAYMENT_METHODS
    receipt_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class PaymentDTO:
    id: int
    enrolment_id: int
    file_id: int
    club_id: int
    child_name: str
    paid_on: date
    amount_agorot: int
    method: str
    receipt_no: str
    note: str
    recorded_by_name: str

    def changes(self) -> Changes:
        return Changes.make(files=[self.file_id], clubs=[self.club_id])


@dataclass(frozen=True)
class ChargeDTO:
    id: int
    enrolment_id: int
    child_name: str
    club_name: str
    month: date
    fee_agorot: int
    discount_agorot: int
    amount_agorot: int


@dataclass(frozen=True)
class FeeAccount:
    """A family's club fees: every charge and payment of its children's enrolments, newest first.
    ``balance``: charged less paid (positive: the family owes); ``arrears``: what is owed of the months
    before ``as_of``'s month (payments cover the oldest charges first)."""

    file_id: int
    file_number: str
    family_name: str
    charges: tuple[ChargeDTO, ...]
    payments: tuple[PaymentDTO, ...]
    adjustments: tuple[AdjustmentDTO, ...]
    balance_agorot: int
    arrears_agorot: int
    as_of: date


@dataclass(frozen=True)
class ClosingRow:
    enrolment_id: int
    file_id: int
    file_number: str
    child_name: str
    club_name: str
    charged_agorot: int  # this month's charge (0 if none)
    adjustment: str  # "" or FEE_ADJUSTMENT_KINDS in force
    paid_agorot: int  # payments dated in this month
    balance_agorot: int  # the enrolment's balance at the end of the month
    arrears_agorot: int  # owed of months before this one


@dataclass(frozen=True)
class MonthClosing:
    """The month's closing list (per club, or all clubs): each enrolment charged or paying that month."""

    month: date
    club_id: int | None
    rows: tuple[ClosingRow, ...]
    charged_agorot: int
    paid_agorot: int
    arrears_agorot: int
    uncharged: int  # enrolments active in the month with no charge yet (the month not charged)


# ---- the overview and the club tab -------------------------------------------------------------------------
@dataclass(frozen=True)
class ClubOverview:
    club_id: int
    name: str
    capacity: int
    enrolled: int
    waiting: int
    attendance_rate: float | None  # this month so far, None before any recorded day
    arrears_agorot: int  # owed of months before this one, by the club's enrolments

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.enrolled)

    @property
    def occupancy(self) -> float:
        return self.enrolled / self.capacity if self.capacity else 0.0


@dataclass(frozen=True)
class FileClubChild:
    person_id: int
    child_name: str
    requests: tuple[RequestDTO, ...]
    enrolments: tuple[EnrolmentDTO, ...]
    attendance_rate: float | None  # of the current (or last) enrolment, the last 30 club days
    balance_agorot: int


@dataclass(frozen=True)
class FileClubs:
    """The family file's club tab: per child, requests and enrolments; the family's fee account."""

    file_id: int
    children: tuple[FileClubChild, ...]
    balance_agorot: int
    arrears_agorot: int


# ---- the forms' data ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ParentContact:
    name: str
    relation: str  # "mother", "father", "guardian" or the free text
    phones: tuple[str, ...]


@dataclass(frozen=True)
class RegistrationForm:
    letterhead: Letterhead
    language: str  # "he" or "ar": the family's letter language
    club: ClubDTO
    enrolment: EnrolmentDTO
    file_number: str
    address: str  # the family's address
    parents: tuple[ParentContact, ...]
    printed_on: date
    printed_by: str


@dataclass(frozen=True)
class SheetRow:
    child_name: str
    marks: tuple[str, ...]  # as MonthRow.marks
    allergies: str


@dataclass(frozen=True)
class AttendanceSheet:
    letterhead: Letterhead
    club: ClubDTO
    month: date
    days: tuple[CalendarDay, ...]  # the month's club and camp days only (the sheet's columns)
    rows: tuple[SheetRow, ...]
    printed_on: date
    printed_by: str


@dataclass(frozen=True)
class FeeNotice:
    letterhead: Letterhead
    language: str
    file_number: str
    family_name: str
    address: str
    addressee: str  # a parent's name
    month: date
    lines: tuple[ChargeDTO, ...]  # the month's charges
    payments: tuple[PaymentDTO, ...]  # the month's payments
    balance_agorot: int
    arrears_agorot: int
    printed_on: date
    printed_by: str


@dataclass(frozen=True)
class TransportChild:
    child_name: str
    school: str
    dropoff_address: str  # "" = collected
    collectors: tuple[CollectorDTO, ...]
    parent_phone: str
    allergies: str


@dataclass(frozen=True)
class TransportRoute:
    route: RouteDTO | None  # None: children with no route (collected at the club)
    children: tuple[TransportChild, ...]


@dataclass(frozen=True)
class TransportList:
    letterhead: Letterhead
    club: ClubDTO
    day: date
    routes: tuple[TransportRoute, ...] = field(default_factory=tuple)
    printed_on: date | None = None
    printed_by: str = ""
