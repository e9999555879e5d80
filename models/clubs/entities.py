"""The therapeutic clubs' records (revision 0017; club_requests since 0014).

- ``clubs``, ``club_routes`` and ``club_calendar_days`` are the department's reference data: every role
  reads them, the club worker and the manager write them (a club's name, address, hours and staff are not
  case content); the guard keeps a route in its club and a calendar day's edit in the login's own name.
- ``club_requests`` (a request for a place, per child of a family file) are read by the roles that file
  them or run the clubs (``CLUB_REQUEST_READERS``) among those who see the file; the guard holds who changes
  them (only ``CLUB_MANAGERS`` pin, enrol from or withdraw any; whoever filed one may withdraw it).
- Everything about an enrolled child (enrolment, the people who may collect the child, attendance, fees and
  payments) is case content: file-scoped under row-level security, read only by ``CLUB_READERS`` (the club
  worker, the family and youth-law workers, team heads, the manager) among those who see the file, and
  written by ``CLUB_MANAGERS`` (the club worker, the manager). Each row under an enrolment repeats its
  file's id, held equal to the enrolment's by a composite foreign key (as the committee's rows).
- The guard ``maane_club_guard`` (revision 0017) holds in the database what a login's raw SQL could break:
  a club's capacity (the club row locked, every active enrolment counted, also those the login cannot see),
  the child a child of the file, one club at a time, attendance only on a club or camp day of the calendar
  and within the enrolment, a payment or charge only for an enrolment of that child, money never negative.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned
from models.codes import (
    ABSENCE_REASONS,
    CLUB_CAPACITY,
    CLUB_DAY_KINDS,
    CLUB_FEE_AGOROT,
    CLUB_MAX_AGE,
    CLUB_MIN_AGE,
    CLUB_REQUEST_STATUSES,
    CLUB_RISKS,
    CLUB_ROUTES,
    FEE_ADJUSTMENT_KINDS,
    LEAVE_REASONS,
    PAYMENT_METHODS,
    URGENCIES,
    WITHDRAW_REASONS,
)
from models.roles import CLUB_MANAGERS, PERMISSIONS, Action
from models.security import TableSecurity, secured


def _codes(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


# the roles that read the club rows of the files they see (Action.VIEW_CLUBS)
CLUB_READERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items() if Action.VIEW_CLUBS in actions))
# the roles that read a file's club requests: those who file them and those who run the clubs
CLUB_REQUEST_READERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items()
                                    if Action.VIEW_CLUBS in actions or Action.REQUEST_CLUB in actions))
_WRITERS = tuple(sorted(r.value for r in CLUB_MANAGERS))
GUARD = "maane_club_guard"

_REFERENCE_GRANTS: dict[str, list[str]] = {"all": ["SELECT"], **{r: ["INSERT", "UPDATE"] for r in _WRITERS}}
_REFERENCE = TableSecurity.reference(grants=_REFERENCE_GRANTS)


def _club_rows(privileges: list[str], person_column: str | None = None) -> TableSecurity:
    """Rows of an enrolled child's file: read by CLUB_READERS who see the file, written by CLUB_MANAGERS,
    guarded by maane_club_guard. DELETE (collectors) is granted to the writers only: ``delete=True`` would
    grant it to every role, and the one policy (FOR ALL) would let any reader who sees the file delete."""
    return TableSecurity.file("file_id", person_column=person_column,
                              grants={"all": ["SELECT"], **{r: privileges for r in _WRITERS}},
                              guard=GUARD, guard_delete="DELETE" in privileges, readers=CLUB_READERS)


class Club(Versioned, Base):
    __tablename__ = "clubs"
    __table_args__ = (
        CheckConstraint("capacity BETWEEN 1 AND 60", name="capacity_range"),
        CheckConstraint("min_age >= 0 AND max_age <= 18 AND min_age <= max_age", name="age_range"),
        CheckConstraint("monthly_fee_agorot >= 0", name="fee_not_negative"),
        UniqueConstraint("name", name="uq_clubs_name"),
        {"info": secured(_REFERENCE)},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    capacity: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=CLUB_CAPACITY)
    min_age: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=CLUB_MIN_AGE)
    max_age: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=CLUB_MAX_AGE)
    # the weekly hours as the club states them, e.g. "Sunday to Thursday 12:00-18:00" (free text)
    hours: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    guide_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")  # מדריכה
    house_mother_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")  # אם בית
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)  # supervising SW
    monthly_fee_agorot: Mapped[int] = mapped_column(Integer, nullable=False, default=CLUB_FEE_AGOROT)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ClubRoute(Versioned, Base):
    """A transport route of a club (school pick-up, the ride home)."""

    __tablename__ = "club_routes"
    __table_args__ = (
        UniqueConstraint("club_id", "name", name="uq_club_routes_club_name"),
        # the guard: a route keeps its club (an enrolment's route is one of its club)
        {"info": secured(TableSecurity.reference(grants=_REFERENCE_GRANTS, guard=GUARD))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    club_id: Mapped[int] = mapped_column(ForeignKey("clubs.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    stops: Mapped[str] = mapped_column(Text, nullable=False, default="")  # the schools and stops, in order
    driver: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # name and phone
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ClubCalendarDay(Versioned, Base):
    """One day of a school year's club calendar (1 September to 31 August), stored for the whole year when
    the year is first used, computed from the Hebrew calendar (models.clubs.calendar), then editable by the
    club worker. A row with ``club_id`` NULL is the department's day for every club; a row with a club
    overrides it for that club."""

    __tablename__ = "club_calendar_days"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_codes(CLUB_DAY_KINDS)})", name="kind_known"),
        Index("uq_club_calendar_days_department_day", "day", unique=True,
              sqlite_where=text("club_id IS NULL"), postgresql_where=text("club_id IS NULL")),
        Index("uq_club_calendar_days_club_day", "club_id", "day", unique=True,
              sqlite_where=text("club_id IS NOT NULL"), postgresql_where=text("club_id IS NOT NULL")),
        Index("ix_club_calendar_days_year", "school_year", "day"),
        # the guard: a day keeps its date, club and year; a login edits it in her own name
        {"info": secured(TableSecurity.reference(grants=_REFERENCE_GRANTS, guard=GUARD))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_year: Mapped[int] = mapped_column(SmallInteger, nullable=False)  # the year its September is in
    day: Mapped[date] = mapped_column(Date, nullable=False)
    club_id: Mapped[int | None] = mapped_column(ForeignKey("clubs.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    holiday: Mapped[str] = mapped_column(String(32), nullable=False, default="")  # models.clubs.calendar HOLIDAYS
    reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # a worker's edit says why
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class ClubRequest(Versioned, Base):
    """A request for a place in a therapeutic club for a child of a family file, by one of the three routes
    of DOMAIN.md; it waits on the list of its preferred club (or of every club, with none preferred) until
    the child is enrolled from it or it is withdrawn."""

    __tablename__ = "club_requests"
    __table_args__ = (
        CheckConstraint(f"route IN ({_codes(CLUB_ROUTES)})", name="route_known"),
        CheckConstraint(f"urgency IN ({_codes(URGENCIES)})", name="urgency_known"),
        CheckConstraint(f"status IN ({_codes(CLUB_REQUEST_STATUSES)})", name="status_known"),
        CheckConstraint(f"risk IN ({_codes(CLUB_RISKS)})", name="risk_known"),
        CheckConstraint(f"close_reason IN ('', {_codes(WITHDRAW_REASONS)})", name="close_reason_known"),
        CheckConstraint("(status = 'withdrawn') = (close_reason <> '')", name="withdrawn_has_reason"),
        CheckConstraint("(status = 'waiting') = (closed_on IS NULL)", name="closed_has_date"),
        CheckConstraint("(pinned_rank IS NULL) = (rank_reason = '')", name="pinned_has_reason"),
        CheckConstraint("pinned_rank IS NULL OR pinned_rank >= 1", name="pinned_rank_positive"),
        Index("ix_club_requests_file", "file_id"),
        Index("ix_club_requests_status", "status", "requested_on"),
        Index("ix_club_requests_club", "preferred_club_id", "status"),
        # rows of the file; the child must be visible to whoever files the request (linking widens nothing)
        # the guard: filed in the login's own name, waiting, for a child of the file; only CLUB_MANAGERS pin,
        # enrol from or withdraw any; whoever filed one may withdraw it; its child, file, author, day stay
        {"info": secured(TableSecurity.file("file_id", person_column="person_id",
                                            readers=CLUB_REQUEST_READERS, guard=GUARD))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False, index=True)  # the child
    route: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    goals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    urgency: Mapped[str] = mapped_column(String(12), nullable=False, default="routine")
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    requested_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="waiting")
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), nullable=True, index=True)
    # revision 0017
    preferred_club_id: Mapped[int | None] = mapped_column(ForeignKey("clubs.id"), nullable=True)
    risk: Mapped[str] = mapped_column(String(8), nullable=False, default="medium")
    # route c: the kindergarten or school that referred, and its contact person (name, phone)
    source_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    source_contact: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # the club worker's override of the list's order: pinned requests come first, by this rank, with a reason
    pinned_rank: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    rank_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    close_reason: Mapped[str] = mapped_column(String(24), nullable=False, default="")  # WITHDRAW_REASONS
    close_note: Mapped[str] = mapped_column(String(500), nullable=False, default="")


class ClubEnrolment(Versioned, Base):
    """A child's place in a club, from ``starts_on`` until the child leaves (``left_on``, with a reason).
    One club at a time: at most one enrolment of a child without ``left_on``."""

    __tablename__ = "club_enrolments"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint("left_on IS NULL OR left_on >= starts_on", name="leaves_after_start"),
        CheckConstraint(f"leave_reason IN ('', {_codes(LEAVE_REASONS)})", name="leave_reason_known"),
        CheckConstraint("(left_on IS NULL) = (leave_reason = '')", name="left_has_reason"),
        CheckConstraint("consent_signed OR consent_on IS NULL", name="consent_date_when_signed"),
        UniqueConstraint("id", "file_id", name="uq_club_enrolments_id_file"),
        Index("uq_club_enrolments_one_club", "person_id", unique=True,
              sqlite_where=text("left_on IS NULL"), postgresql_where=text("left_on IS NULL")),
        Index("ix_club_enrolments_club", "club_id", "left_on"),
        Index("ix_club_enrolments_file", "file_id"),
        {"info": secured(_club_rows(["INSERT", "UPDATE"], person_column="person_id"))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)  # the child
    club_id: Mapped[int] = mapped_column(ForeignKey("clubs.id"), nullable=False)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("club_requests.id"), nullable=True, index=True)
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # the planned end (e.g. the school year's)
    goals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    diet: Mapped[str] = mapped_column(String(500), nullable=False, default="")  # dietary needs
    allergies: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    school: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # where the child is picked up
    route_id: Mapped[int | None] = mapped_column(ForeignKey("club_routes.id"), nullable=True)
    dropoff_address: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # "" = collected
    consent_signed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # a child outside the club's age range is enrolled only with a reason
    age_override_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    leave_reason: Mapped[str] = mapped_column(String(24), nullable=False, default="")
    leave_note: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    enrolled_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)


def _of_enrolment(table: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(["enrolment_id", "file_id"], ["club_enrolments.id", "club_enrolments.file_id"],
                                name=f"fk_{table}_enrolment_file")


class ClubCollector(Base):
    """A person allowed to collect the child from the club."""

    __tablename__ = "club_collectors"
    __table_args__ = (
        _of_enrolment("club_collectors"),
        Index("ix_club_collectors_enrolment", "enrolment_id"),
        Index("ix_club_collectors_file", "file_id"),
        {"info": secured(_club_rows(["INSERT", "UPDATE", "DELETE"]))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=1)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    relation: Mapped[str] = mapped_column(String(60), nullable=False, default="")  # free text: "grandmother"
    phone: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    id_number: Mapped[str] = mapped_column(String(16), nullable=False, default="")  # shown at the door


class ClubAttendance(Base):
    """One child's attendance on one club day: present, or absent with a reason (ABSENCE_REASONS) or with
    none ("unexplained"). The third unexplained absence in a row raises a Task for the file's worker
    (``task_id`` on the absence that raised it)."""

    __tablename__ = "club_attendance"
    __table_args__ = (
        _of_enrolment("club_attendance"),
        CheckConstraint(f"reason IN ('', {_codes(ABSENCE_REASONS)})", name="reason_known"),
        CheckConstraint("NOT present OR reason = ''", name="present_without_reason"),
        UniqueConstraint("enrolment_id", "day", name="uq_club_attendance_enrolment_day"),
        Index("ix_club_attendance_club_day", "club_id", "day"),
        Index("ix_club_attendance_file", "file_id"),
        {"info": secured(_club_rows(["INSERT", "UPDATE"]))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    club_id: Mapped[int] = mapped_column(ForeignKey("clubs.id"), nullable=False)  # the enrolment's (guard)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    present: Mapped[bool] = mapped_column(Boolean, nullable=False)
    reason: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"), nullable=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)


class ClubFeeAdjustment(Base):
    """An exemption (the family pays nothing) or a discount (``discount_agorot`` less each month) of an
    enrolment's monthly fee, from a month to a month (NULL: until the child leaves), decided by a worker
    with a reason. Never changed: a new decision ends the old one (``to_month``)."""

    __tablename__ = "club_fee_adjustments"
    __table_args__ = (
        _of_enrolment("club_fee_adjustments"),
        CheckConstraint(f"kind IN ({_codes(FEE_ADJUSTMENT_KINDS)})", name="kind_known"),
        CheckConstraint("(kind = 'exemption') = (discount_agorot = 0)", name="discount_of_discount"),
        CheckConstraint("discount_agorot >= 0", name="discount_not_negative"),
        CheckConstraint("to_month IS NULL OR to_month >= from_month", name="to_after_from"),
        CheckConstraint("reason <> ''", name="has_reason"),
        Index("ix_club_fee_adjustments_enrolment", "enrolment_id", "from_month"),
        Index("ix_club_fee_adjustments_file", "file_id"),
        {"info": secured(_club_rows(["INSERT", "UPDATE"]))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    discount_agorot: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    from_month: Mapped[date] = mapped_column(Date, nullable=False)  # the first of a month
    to_month: Mapped[date | None] = mapped_column(Date, nullable=True)  # the first of the last month
    reason: Mapped[str] = mapped_column(String(500), nullable=False)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)


class ClubFeeCharge(Base):
    """The monthly charge of an enrolment (one per month: charging a month twice adds nothing): the club's
    fee that month, less the adjustment in force."""

    __tablename__ = "club_fee_charges"
    __table_args__ = (
        _of_enrolment("club_fee_charges"),
        UniqueConstraint("enrolment_id", "month", name="uq_club_fee_charges_enrolment_month"),
        CheckConstraint("fee_agorot >= 0 AND discount_agorot >= 0 AND amount_agorot >= 0", name="not_negative"),
        CheckConstraint("amount_agorot = fee_agorot - discount_agorot", name="amount_is_fee_less_discount"),
        Index("ix_club_fee_charges_month", "month", "club_id"),
        Index("ix_club_fee_charges_file", "file_id"),
        {"info": secured(_club_rows(["INSERT"]))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    club_id: Mapped[int] = mapped_column(ForeignKey("clubs.id"), nullable=False)  # the enrolment's (guard)
    month: Mapped[date] = mapped_column(Date, nullable=False)  # the first of the month
    fee_agorot: Mapped[int] = mapped_column(Integer, nullable=False)
    discount_agorot: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    amount_agorot: Mapped[int] = mapped_column(Integer, nullable=False)
    adjustment_id: Mapped[int | None] = mapped_column(ForeignKey("club_fee_adjustments.id"), nullable=True)
    charged_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    charged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class ClubPayment(Base):
    """A payment of the parents towards an enrolment's fees. Never changed or deleted (INSERT only)."""

    __tablename__ = "club_payments"
    __table_args__ = (
        _of_enrolment("club_payments"),
        CheckConstraint("amount_agorot > 0", name="amount_positive"),
        CheckConstraint(f"method IN ({_codes(PAYMENT_METHODS)})", name="method_known"),
        Index("ix_club_payments_paid_on", "paid_on", "club_id"),
        Index("ix_club_payments_file", "file_id"),
        {"info": secured(_club_rows(["INSERT"]))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    club_id: Mapped[int] = mapped_column(ForeignKey("clubs.id"), nullable=False)  # the enrolment's (guard)
    paid_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount_agorot: Mapped[int] = mapped_column(Integer, nullable=False)
    method: Mapped[str] = mapped_column(String(12), nullable=False)
    receipt_no: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
