"""Plain, frozen data of the foster-care referrals (הפניות לאומנה): what ``services.foster`` takes and returns
(codes in models.codes: FOSTER_KINDS, FOSTER_PIPELINE, FOSTER_STATUSES, FOSTER_OPEN_STATUSES,
FOSTER_END_REASONS, FOSTER_REJECT_REASONS, FOSTER_DOCUMENT_KINDS, FOSTER_VISIT_KINDS).

A referral carries out a committee decision for an out-of-home placement (or, in an emergency, is made by
the youth-law worker before the committee, which must then decide within FOSTER_EMERGENCY_COMMITTEE_DAYS). It
moves along the pipeline draft -> sent -> assessment -> proposed -> matched -> placed -> ended, or is
rejected by the foster-care service; each move is an event. Placed, it creates the committees' Placement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.changes import Changes
from models.committees.dto import PersonBrief
from models.department.dto import Letterhead
from models.users.dto import UserRef

__all__ = [
    "DecisionOption",
    "FosterDocumentDTO",
    "FosterEventDTO",
    "FosterMove",
    "FosterPage",
    "FosterParent",
    "FosterReferralDTO",
    "FosterReferralForm",
    "FosterReferralInput",
    "FosterRow",
    "FosterVisitDTO",
    "PersonBrief",
    "PlacementSummaryForm",
    "UserRef",
]


@dataclass(frozen=True)
class DecisionOption:
    """A final committee decision for an out-of-home placement (OUT_OF_HOME_DECISIONS) that a referral can
    carry out; ``has_referral``: a referral already carries it out."""

    decision_id: int
    protocol_id: int
    case_id: int
    file_id: int
    child: PersonBrief
    held_on: date
    kind: str  # OUT_OF_HOME_DECISIONS
    text: str
    has_referral: bool


@dataclass(frozen=True)
class FosterReferralInput:
    file_id: int
    child_id: int  # a child of the file
    kind: str  # FOSTER_KINDS
    service_name: str  # the foster-care service it goes to (required, one line)
    reason: str  # why foster care: the child's needs (required)
    decision_id: int | None = None  # a DecisionOption of this child; None only for an emergency
    emergency_reason: str = ""  # required without a decision (and then kind "emergency")
    worker_id: int | None = None  # the responsible worker; None: the creator
    contact_arrangements: str = ""  # contact with the parents


@dataclass(frozen=True)
class FosterMove:
    """A status move (``to_status`` one of ``FosterReferralDTO.next_statuses``) on the day ``on``."""

    to_status: str
    on: date  # not in the future; for "placed" the placement's start, for "ended" its end
    reason: str = ""  # required for a move backwards along the pipeline
    foster_family_code: str = ""  # for "placed" (required)
    foster_locality: str = ""  # for "placed" (required)
    end_reason: str = ""  # FOSTER_END_REASONS, for "ended" (required)
    reject_reason: str = ""  # FOSTER_REJECT_REASONS, for "rejected" (required)


@dataclass(frozen=True)
class FosterEventDTO:
    from_status: str  # "" for the creation
    to_status: str
    moved_on: date
    reason: str
    moved_by: str  # display name
    moved_at: datetime


@dataclass(frozen=True)
class FosterDocumentDTO:
    id: int
    kind: str  # FOSTER_DOCUMENT_KINDS
    title: str
    filename: str
    size: int  # bytes
    added_by: str  # display name
    added_at: datetime


@dataclass(frozen=True)
class FosterVisitDTO:
    id: int
    visited_on: date
    kind: str  # FOSTER_VISIT_KINDS
    with_whom: str
    note: str
    recorded_by: str  # display name


@dataclass(frozen=True)
class FosterReferralDTO:
    id: int
    version: int
    file_id: int
    file_number: str
    family_name: str
    child: PersonBrief
    age_years: int | None  # today (models.foster.rules.today)
    kind: str
    status: str
    status_on: date
    status_reason: str
    decision: DecisionOption | None
    emergency_reason: str
    committee_due_on: date | None
    committee_missing: bool  # no decision yet (an emergency): the page and tab flag it
    service_name: str
    reason: str
    worker: UserRef | None
    sent_on: date | None
    foster_family_code: str
    foster_locality: str
    placed_on: date | None
    placement_id: int | None
    contact_arrangements: str
    annual_review_on: date | None
    end_reason: str
    reject_reason: str
    ended_on: date | None
    events: tuple[FosterEventDTO, ...]  # oldest first
    documents: tuple[FosterDocumentDTO, ...]
    visits: tuple[FosterVisitDTO, ...]  # newest first
    next_statuses: tuple[str, ...]  # where it may move now (models.foster.rules.next_statuses)
    # the committee task of an emergency referral (made when created, closed when a decision is attached)
    committee_task_id: int | None = None

    @property
    def open(self) -> bool:
        return self.status not in ("ended", "rejected")

    def changes(self) -> Changes:
        return Changes.make(files=(self.file_id,), foster=(self.id,),
                            tasks=(self.committee_task_id,) if self.committee_task_id is not None else ())


@dataclass(frozen=True)
class FosterRow:
    """One row of the referrals page (light; no events or documents)."""

    id: int
    file_id: int
    file_number: str
    child_name: str
    age_years: int | None
    kind: str
    status: str
    status_on: date
    days_in_status: int
    service_name: str
    worker_name: str
    committee_missing: bool
    annual_review_on: date | None


@dataclass(frozen=True)
class FosterPage:
    rows: tuple[FosterRow, ...]
    total: int  # rows matching the filter (the page shows ``rows`` of them)
    counts_by_status: dict[str, int]  # every referral one sees, by status (not filtered)
    # final out-of-home decisions (of files one sees) with no referral yet, most recent first (at most 50)
    awaiting_referral: tuple[DecisionOption, ...]


# ---- the forms' data ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FosterParent:
    name: str
    relation: str  # "mother", "father", "guardian" or the file's free text
    phone: str
    address: str


@dataclass(frozen=True)
class FosterReferralForm:
    """What the referral to the foster-care service prints (reports/forms/foster_referral.py, Hebrew)."""

    referral: FosterReferralDTO
    letterhead: Letterhead
    child: PersonBrief  # with the birth date
    child_id_number: str  # the child's ID number ("" if none)
    parents: tuple[FosterParent, ...]
    address: str  # the family's address
    worker_name: str
    worker_role: str  # the role code (models.roles.Role)
    decision_text: str  # "" for an emergency referral without a decision yet
    protocol_held_on: date | None
    printed_on: date
    printed_by: str


@dataclass(frozen=True)
class PlacementSummaryForm:
    """What the placement summary prints (reports/forms/foster_placement_summary.py)."""

    referral: FosterReferralDTO
    letterhead: Letterhead
    child: PersonBrief
    events: tuple[FosterEventDTO, ...]
    visits: tuple[FosterVisitDTO, ...]
    annual_review_on: date | None
    printed_on: date
    printed_by: str
