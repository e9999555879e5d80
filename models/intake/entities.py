"""The referrals (פניות) to the department and the persons each concerns (revision 0014).

A referral is case content, but it has no family file while it is open: its security is a scope of its own
(models.security, Scope.REFERRAL): the intake roles read every referral, a team head every referral not
closed, anyone the referrals they registered or were handed and those of the files they see. The codes are
those of models.codes; the CHECK constraints hold the status and the outcome together, so a row no service
would write is refused by the database too.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Versioned
from models.codes import (
    ELSEWHERE_SERVICES,
    NO_INTERVENTION_REASONS,
    REFERRAL_CHANNELS,
    REFERRAL_OUTCOMES,
    REFERRAL_SOURCES,
    RELATIONS,
    URGENCIES,
)
from models.people.entities import Person
from models.security import TableSecurity, secured

REFERRAL_STATUSES = ("open", "awaiting_handover", "closed")
FILE_OUTCOMES = ("new_file", "attached")  # the outcomes that lead to a family file (then a hand-over)


def _codes(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


# The queue's order of urgency, stored (urgency_rank) so that the open referrals are read from an index in
# the queue's order: most urgent first (models.codes.URGENCIES).
URGENCY_RANK = {u: i for i, u in enumerate(URGENCIES)}
_RANK_CASE = "CASE urgency " + " ".join(f"WHEN '{u}' THEN {i}" for u, i in URGENCY_RANK.items()) + " END"
_FILE_OUTCOMES = _codes(FILE_OUTCOMES)

# Not closed: the queue's rows (the partial index's condition; the query must say it in the same words).
OPEN_CONDITION = "status <> 'closed'"

# No DELETE for anyone; a closed referral is final and its number and intake worker never change (the guard
# maane_referrals_guard of revision 0014).
_REFERRALS = TableSecurity.referral(guard="maane_referrals_guard")
# The persons of a referral: visible iff the referral is; linked only while it is open, by an intake role,
# and only a person the writer sees already (linking must not widen what anyone reads).
_REFERRAL_PERSONS = TableSecurity.referral(referral_column="referral_id", person_column="person_id", delete=True)


class Referral(Versioned, Base):
    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint(f"status IN ({_codes(REFERRAL_STATUSES)})", name="status_known"),
        CheckConstraint(f"channel IN ({_codes(REFERRAL_CHANNELS)})", name="channel_known"),
        CheckConstraint(f"source IN ({_codes(REFERRAL_SOURCES)})", name="source_known"),
        CheckConstraint(f"urgency IN ({_codes(URGENCIES)})", name="urgency_known"),
        CheckConstraint(f"urgency_rank = {_RANK_CASE}", name="urgency_rank_matches"),
        CheckConstraint(f"outcome IN ('', {_codes(REFERRAL_OUTCOMES)})", name="outcome_known"),
        CheckConstraint(f"elsewhere_service IN ('', {_codes(ELSEWHERE_SERVICES)})", name="elsewhere_known"),
        CheckConstraint(f"no_intervention_reason IN ('', {_codes(NO_INTERVENTION_REASONS)})",
                        name="reason_known"),
        # open: no outcome; decided: an outcome and its date
        CheckConstraint("(status = 'open') = (outcome = '')", name="open_without_outcome"),
        CheckConstraint("(outcome = '') = (decided_on IS NULL)", name="decided_has_date"),
        CheckConstraint("(outcome = '') = (decided_by_id IS NULL)", name="decided_has_decider"),
        # a file exactly for the outcomes that lead to one; awaiting a hand-over only with one
        CheckConstraint(f"(outcome IN ({_FILE_OUTCOMES})) = (file_id IS NOT NULL)", name="file_outcome"),
        CheckConstraint(f"status <> 'awaiting_handover' OR outcome IN ({_FILE_OUTCOMES})",
                        name="awaiting_has_file"),
        # handed to a worker exactly when closed with a file; the first-contact task only then
        CheckConstraint(f"(handed_to_id IS NOT NULL) = (status = 'closed' AND outcome IN ({_FILE_OUTCOMES}))",
                        name="handed_when_closed_with_file"),
        CheckConstraint("task_id IS NULL OR handed_to_id IS NOT NULL", name="task_after_handover"),
        CheckConstraint("(outcome = 'referred_elsewhere') = (elsewhere_service <> '')", name="elsewhere_outcome"),
        CheckConstraint("(outcome = 'no_intervention') = (no_intervention_reason <> '')", name="reason_outcome"),
        CheckConstraint("due_by >= received_on", name="due_after_received"),
        # the queue: the open referrals in urgency order, then oldest first, overdue ones picked by due_by
        Index("ix_referrals_queue", "urgency_rank", "received_on", "id", "due_by",
              sqlite_where=text(OPEN_CONDITION), postgresql_where=text(OPEN_CONDITION)),
        Index("ix_referrals_status_due", "status", "due_by"),
        Index("ix_referrals_intake_worker", "intake_worker_id", "status"),
        Index("ix_referrals_handed_to", "handed_to_id"),
        Index("ix_referrals_file", "file_id"),
        {"info": secured(_REFERRALS)},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(12), nullable=False, unique=True)  # YYYY/NNNN of received_on
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    channel: Mapped[str] = mapped_column(String(16), nullable=False)
    source: Mapped[str] = mapped_column(String(24), nullable=False)
    referrer_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    referrer_role: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    referrer_organisation: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    referrer_phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    problem: Mapped[str] = mapped_column(Text, nullable=False)
    urgency: Mapped[str] = mapped_column(String(12), nullable=False)
    urgency_rank: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    intake_worker_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    outcome: Mapped[str] = mapped_column(String(24), nullable=False, default="")
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # who decided the outcome (in the login's own name: the guard); she keeps reading the referral after it
    # is closed (e.g. to print the referral letter), as its intake worker does
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    file_id: Mapped[int | None] = mapped_column(ForeignKey("family_files.id"), nullable=True)
    elsewhere_service: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    elsewhere_detail: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    no_intervention_reason: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    outcome_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    handed_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"), nullable=True)
    # received_on + the department's response days for the urgency (models.department), stored: the queue
    # finds the overdue ones by it
    due_by: Mapped[date] = mapped_column(Date, nullable=False)

    persons: Mapped[list[ReferralPerson]] = relationship(
        back_populates="referral", cascade="all, delete-orphan", order_by="ReferralPerson.id"
    )


class ReferralPerson(Base):
    __tablename__ = "referral_persons"
    __table_args__ = (
        UniqueConstraint("referral_id", "person_id", name="uq_referral_persons_referral_person"),
        CheckConstraint(f"relation IN ({_codes(RELATIONS)})", name="relation_known"),
        Index("ix_referral_persons_person", "person_id"),
        {"info": secured(_REFERRAL_PERSONS)},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)
    relation: Mapped[str] = mapped_column(String(10), nullable=False)

    referral: Mapped[Referral] = relationship(back_populates="persons")
    person: Mapped[Person] = relationship(lazy="joined")
