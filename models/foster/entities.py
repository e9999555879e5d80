"""The foster-care referrals' records (revision 0018).

Everything here is case content: rows of a family file under row-level security, read only by the roles
with ``Action.VIEW_FOSTER`` (``FOSTER_READERS``: the family and youth-law workers, team heads, the manager)
among those who see the file, written by the roles with ``Action.MANAGE_FOSTER`` (the same roles). The
committee coordinator, the club and intake workers and the administrator read none of it.

- ``foster_referrals``: one referral of a child of the file to a foster-care service, carrying out a final
  committee decision for an out-of-home placement (or, an emergency, without one until the committee
  decides). ``stage`` is the status's place in the pipeline and ``age_order`` the child's birth date turned
  into a number that sorts the youngest first (both held by CHECKs and the guard), so that the referrals page
  reads one index in its order.
- ``foster_referral_events``: the history of its moves (insert-only, in the mover's own name).
- ``foster_documents``: PDFs attached to it (inserted and deleted, never updated).
- ``foster_visits``: visits and contacts recorded (insert-only, in the recorder's own name).

Each row under a referral repeats its file's id, held equal to the referral's by a composite foreign key.
The guard ``maane_foster_guard`` (revision 0018) holds what a login's raw SQL could break: the child a child
of the file, the decision a final out-of-home decision of that child there, the status moves along the
pipeline (backwards only with a reason), the referral's file, child and author never changed, history and
visits insert-only in the login's own name, documents never updated.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from models.base import Base, Versioned
from models.codes import (
    FOSTER_DOCUMENT_KINDS,
    FOSTER_DOCUMENT_MAX_BYTES,
    FOSTER_END_REASONS,
    FOSTER_KINDS,
    FOSTER_REJECT_REASONS,
    FOSTER_STATUSES,
    FOSTER_VISIT_KINDS,
)
from models.roles import PERMISSIONS, Action
from models.security import TableSecurity, secured


def _codes(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


# the roles that read the foster rows of the files they see (Action.VIEW_FOSTER) and those that write them
FOSTER_READERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items() if Action.VIEW_FOSTER in actions))
FOSTER_WRITERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items() if Action.MANAGE_FOSTER in actions))
GUARD = "maane_foster_guard"
# a status's place in the pipeline (the referrals page's order: the open ones first, in pipeline order)
STAGES: dict[str, int] = {status: i for i, status in enumerate(FOSTER_STATUSES)}
_STAGE_CHECK = "stage = CASE status " + " ".join(f"WHEN '{s}' THEN {i}" for s, i in STAGES.items()) + " END"
_OPEN_WHERE = text("status NOT IN ('ended', 'rejected')")


def _rows(privileges: list[str], *, author_column: str | None = None, guard_delete: bool = False) -> TableSecurity:
    return TableSecurity.file("file_id", author_column=author_column,
                              grants={"all": ["SELECT"], **{r: privileges for r in FOSTER_WRITERS}},
                              guard=GUARD, guard_delete=guard_delete, readers=FOSTER_READERS)


def _of_referral(table: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(["referral_id", "file_id"], ["foster_referrals.id", "foster_referrals.file_id"],
                                name=f"fk_{table}_referral_file")


class FosterReferral(Versioned, Base):
    __tablename__ = "foster_referrals"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_codes(FOSTER_KINDS)})", name="kind_known"),
        CheckConstraint(f"status IN ({_codes(FOSTER_STATUSES)})", name="status_known"),
        CheckConstraint(_STAGE_CHECK, name="stage_of_status"),
        CheckConstraint(f"end_reason IN ('', {_codes(FOSTER_END_REASONS)})", name="end_reason_known"),
        CheckConstraint(f"reject_reason IN ('', {_codes(FOSTER_REJECT_REASONS)})", name="reject_reason_known"),
        # carried out from a decision, or an emergency with its reason (only an emergency lacks a decision)
        CheckConstraint("decision_id IS NOT NULL OR emergency_reason <> ''", name="decision_or_emergency"),
        CheckConstraint("kind = 'emergency' OR decision_id IS NOT NULL", name="only_emergency_without_decision"),
        # without a decision the committee is due (and its Task made); attaching one clears it
        CheckConstraint("(decision_id IS NULL) = (committee_due_on IS NOT NULL)", name="committee_due_without_decision"),
        CheckConstraint("(status = 'ended') = (end_reason <> '' AND ended_on IS NOT NULL)", name="ended_has_reason"),
        CheckConstraint("(status = 'rejected') = (reject_reason <> '')", name="rejected_has_reason"),
        CheckConstraint("status NOT IN ('placed', 'ended') OR (placed_on IS NOT NULL AND foster_family_code <> '' "
                        "AND foster_locality <> '' AND placement_id IS NOT NULL)", name="placed_has_details"),
        CheckConstraint("ended_on IS NULL OR (placed_on IS NOT NULL AND ended_on >= placed_on)",
                        name="ends_after_placed"),
        CheckConstraint("age_order <= 0", name="age_order_not_positive"),
        UniqueConstraint("id", "file_id", name="uq_foster_referrals_id_file"),
        # one open referral per child
        Index("uq_foster_referrals_open_child", "child_id", unique=True,
              sqlite_where=_OPEN_WHERE, postgresql_where=_OPEN_WHERE),
        # the referrals page: in pipeline order, the youngest first, then by id (one index walk)
        Index("ix_foster_referrals_page", "stage", "age_order", "id"),
        Index("ix_foster_referrals_kind", "kind", "stage", "age_order", "id"),
        Index("ix_foster_referrals_file", "file_id"),
        Index("ix_foster_referrals_decision", "decision_id"),
        Index("ix_foster_referrals_child", "child_id"),  # a child's referrals (the page's name search)
        # the child must be visible to whoever writes the referral (linking widens nothing)
        {"info": secured(TableSecurity.file("file_id", person_column="child_id",
                                            grants={"all": ["SELECT"],
                                                    **{r: ["INSERT", "UPDATE"] for r in FOSTER_WRITERS}},
                                            guard=GUARD, readers=FOSTER_READERS))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    child_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("committee_decisions.id"), nullable=True)
    emergency_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # an emergency referral without a decision: the committee must decide by this day (cleared with a decision)
    committee_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    committee_task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"), nullable=True)
    service_name: Mapped[str] = mapped_column(String(200), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    stage: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=0)  # STAGES[status]
    # minus the child's birth date as YYYYMMDD (0 when unknown): ascending, the youngest first, unknown last
    age_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status_on: Mapped[date] = mapped_column(Date, nullable=False)
    status_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    worker_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    foster_family_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    foster_locality: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    placed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placements.id"), nullable=True)
    contact_arrangements: Mapped[str] = mapped_column(Text, nullable=False, default="")
    annual_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_reason: Mapped[str] = mapped_column(String(24), nullable=False, default="")
    reject_reason: Mapped[str] = mapped_column(String(24), nullable=False, default="")
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class FosterReferralEvent(Base):
    """A move of a referral (and its creation: ``from_status`` ""). Insert-only, in the mover's own name."""

    __tablename__ = "foster_referral_events"
    __table_args__ = (
        _of_referral("foster_referral_events"),
        CheckConstraint(f"from_status IN ('', {_codes(FOSTER_STATUSES)})", name="from_known"),
        CheckConstraint(f"to_status IN ({_codes(FOSTER_STATUSES)})", name="to_known"),
        Index("ix_foster_referral_events_referral", "referral_id", "id"),
        Index("ix_foster_referral_events_file", "file_id"),
        {"info": secured(_rows(["INSERT"], author_column="moved_by_id"))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    from_status: Mapped[str] = mapped_column(String(12), nullable=False, default="")
    to_status: Mapped[str] = mapped_column(String(12), nullable=False)
    moved_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    moved_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    moved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                               server_default=func.current_timestamp())


class FosterDocument(Base):
    """A PDF attached to a referral (the committee protocol, an assessment...). Inserted and deleted, never
    updated."""

    __tablename__ = "foster_documents"
    __table_args__ = (
        _of_referral("foster_documents"),
        CheckConstraint(f"kind IN ({_codes(FOSTER_DOCUMENT_KINDS)})", name="kind_known"),
        CheckConstraint(f"length(content) BETWEEN 5 AND {FOSTER_DOCUMENT_MAX_BYTES}", name="content_size"),
        Index("ix_foster_documents_referral", "referral_id", "id"),
        Index("ix_foster_documents_file", "file_id"),
        {"info": secured(_rows(["INSERT", "DELETE"], author_column="added_by_id", guard_delete=True))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                               server_default=func.current_timestamp())


class FosterVisit(Base):
    """A visit or contact recorded on a referral (the parents' visits, the worker's). Insert-only, in the
    recorder's own name."""

    __tablename__ = "foster_visits"
    __table_args__ = (
        _of_referral("foster_visits"),
        CheckConstraint(f"kind IN ({_codes(FOSTER_VISIT_KINDS)})", name="kind_known"),
        Index("ix_foster_visits_referral", "referral_id", "visited_on"),
        Index("ix_foster_visits_file", "file_id"),
        {"info": secured(_rows(["INSERT"], author_column="recorded_by_id"))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    visited_on: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    with_whom: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
