"""Plain, frozen data of the treatment-plan committee (ועדה לתכניות טיפול והערכה): what its services take
and return (codes in models.codes: COMMITTEE_LEVELS, MEETING_STATUSES, HEARING_REASONS, PARTICIPANT_KINDS,
INVITATION_METHODS, LETTER_LANGUAGES, DECISION_KINDS, PLACEMENT_SETTINGS, PROTOCOL_STATUSES).

A meeting (ישיבה) has cases on its agenda, one per child (a "hearing"); each case has its participants and,
once heard, its protocol: the sections, the decisions, the vote, the tasks and the next review date. The
chair finalises the protocol; then it is read-only and a correction is an addendum.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from models.changes import Changes
from models.department.dto import Letterhead
from models.users.dto import UserRef


# ---- meetings ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MeetingInput:
    held_on: date  # not in the past
    starts_at: time
    place: str  # required, one line
    level: str  # COMMITTEE_LEVELS
    chair_id: int  # an active user of CHAIR_ROLES (models.roles)
    coordinator_id: int | None = None  # None: the acting user
    notes: str = ""


@dataclass(frozen=True)
class MeetingRow:
    """One meeting in the meetings list (the cases counted are those the acting user sees)."""

    id: int
    held_on: date
    starts_at: time
    place: str
    level: str
    status: str  # MEETING_STATUSES
    chair_name: str
    coordinator_name: str
    cases: int
    final_protocols: int


@dataclass(frozen=True)
class PersonBrief:
    """The child a hearing is about (or a family member offered as a participant)."""

    id: int
    first_name: str
    last_name: str
    birth_date: date | None
    preferred_language: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


# ---- participants ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ParticipantInput:
    kind: str  # PARTICIPANT_KINDS
    name: str  # required, one line (at most 120 characters)
    organisation: str = ""  # e.g. the school's name
    role_title: str = ""  # e.g. "homeroom teacher, 4th grade"
    phone: str = ""
    email: str = ""
    address: str = ""  # where a letter goes
    language: str = "he"  # LETTER_LANGUAGES: the invitation is printed in it
    method: str = "mail"  # INVITATION_METHODS
    person_id: int | None = None  # a person of the family file (a parent, the minor)
    user_id: int | None = None  # a staff member (the family worker): reached inside the department


@dataclass(frozen=True)
class ParticipantDTO:
    id: int
    version: int
    case_id: int
    kind: str
    name: str
    organisation: str
    role_title: str
    phone: str
    email: str
    address: str
    language: str
    method: str
    person_id: int | None
    user_id: int | None
    invited_on: date | None  # the day the invitation was sent (recorded when the batch is printed)
    confirmed: bool
    attended: bool

    @property
    def is_parent(self) -> bool:
        return self.kind in ("mother", "father", "guardian")


# ---- the agenda --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseInput:
    file_id: int
    child_id: int  # a member of the file
    reason: str  # HEARING_REASONS
    requested_by_name: str  # the professional who asked for the hearing (required)
    requested_by_role: str = ""  # social worker, psychologist, counsellor, doctor, nurse...
    background: str = ""  # the background report


@dataclass(frozen=True)
class CaseDTO:
    id: int
    version: int
    meeting_id: int
    position: int  # the order on the agenda, from 1
    file_id: int
    file_number: str
    family_name: str
    child: PersonBrief
    reason: str
    requested_by_name: str
    requested_by_role: str
    background: str
    participants: tuple[ParticipantDTO, ...]
    protocol_status: str  # PROTOCOL_STATUSES
    placed: bool  # the child is placed out of home now (an open placement): the next review within a year

    def changes(self) -> Changes:
        return Changes.make(meetings=(self.meeting_id,), files=(self.file_id,))


@dataclass(frozen=True)
class MeetingDTO:
    id: int
    version: int
    held_on: date
    starts_at: time
    place: str
    level: str
    status: str
    chair: UserRef
    coordinator: UserRef
    notes: str
    cancel_reason: str
    cases: tuple[CaseDTO, ...]  # the ones the acting user sees, in agenda order

    def changes(self) -> Changes:
        return Changes.make(meetings=(self.id,), files=(c.file_id for c in self.cases))


@dataclass(frozen=True)
class NoticeWarning:
    """What the client says before a case or an invitation breaks the 14-day rule: the parents' notice would
    be ``days`` days; allowed only for an urgent hearing (``urgent``)."""

    days: int
    urgent: bool


# ---- the protocol ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DecisionInput:
    kind: str  # DECISION_KINDS
    text: str  # the decision in words (required)
    items: tuple[str, ...] = ()  # a community plan's items (each one line), e.g. "therapeutic club, 5 days"


@dataclass(frozen=True)
class DecisionDTO:
    id: int
    kind: str
    text: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class ProtocolTaskInput:
    title: str  # required, one line
    responsible_id: int | None  # a staff member who sees the file; None is kept in a draft, refused at finalising
    due_on: date | None = None
    description: str = ""


@dataclass(frozen=True)
class ProtocolTaskDTO:
    id: int
    title: str
    description: str
    responsible: UserRef | None
    due_on: date | None
    task_id: int | None  # the Task on the family file, created when the protocol is finalised
    done: bool  # the Task's state (False before finalising)


@dataclass(frozen=True)
class ProtocolInput:
    background: str = ""
    professionals_views: str = ""
    parents_position: str = ""
    child_position: str = ""
    discussion: str = ""  # summary of the discussion
    decisions: tuple[DecisionInput, ...] = ()
    votes_for: int = 0
    votes_against: int = 0
    votes_abstained: int = 0
    dissent: str = ""  # who dissented and why
    parent_reservation: str = ""  # a parent's reservation, in the parent's words
    district_right_stated: bool = False  # the parents and the child were told they may ask for a district hearing
    tasks: tuple[ProtocolTaskInput, ...] = ()
    next_review_on: date | None = None  # required to finalise; within PLACED_REVIEW_MONTHS for a placed child
    attended: tuple[int, ...] = ()  # the participants (ids) who attended


@dataclass(frozen=True)
class AddendumDTO:
    id: int
    text: str
    author: UserRef
    created_at: datetime


@dataclass(frozen=True)
class ProtocolDTO:
    id: int
    version: int
    case_id: int
    meeting_id: int
    file_id: int
    background: str
    professionals_views: str
    parents_position: str
    child_position: str
    discussion: str
    decisions: tuple[DecisionDTO, ...]
    votes_for: int
    votes_against: int
    votes_abstained: int
    dissent: str
    parent_reservation: str
    district_right_stated: bool
    tasks: tuple[ProtocolTaskDTO, ...]
    next_review_on: date | None
    finalised_at: datetime | None
    finalised_by: UserRef | None
    addenda: tuple[AddendumDTO, ...]

    @property
    def final(self) -> bool:
        return self.finalised_at is not None

    def changes(self) -> Changes:
        return Changes.make(meetings=(self.meeting_id,), files=(self.file_id,),
                            tasks=(t.task_id for t in self.tasks if t.task_id is not None))


# ---- placements (a child out of home: the annual review is computed from it) ------------------------------
@dataclass(frozen=True)
class PlacementInput:
    file_id: int
    child_id: int
    setting: str  # PLACEMENT_SETTINGS
    started_on: date  # not in the future
    decision_id: int | None = None  # the committee decision it carries out
    note: str = ""


@dataclass(frozen=True)
class PlacementDTO:
    id: int
    version: int
    file_id: int
    child: PersonBrief
    setting: str
    started_on: date
    ended_on: date | None
    end_reason: str
    decision_id: int | None
    note: str
    annual_review_on: date | None  # the next annual review due, computed (None once ended)

    def changes(self) -> Changes:
        return Changes.make(files=(self.file_id,))


# ---- follow-up ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FollowUpTask:
    """An overdue committee task (its Task on the family file is not done and its due date has passed)."""

    task_id: int
    protocol_id: int
    meeting_id: int
    held_on: date
    file_id: int
    file_number: str
    family_name: str
    child_name: str
    title: str
    responsible_name: str
    due_on: date
    days_overdue: int


@dataclass(frozen=True)
class ReviewDue:
    """A child's next review, due within FOLLOW_UP_DAYS or overdue: the next review date of the child's last
    final protocol (``source`` "protocol"), or the annual review of a placed child computed from the placement
    and the child's last hearing (``source`` "placement")."""

    file_id: int
    file_number: str
    family_name: str
    child_id: int
    child_name: str
    due_on: date
    source: str  # "protocol" | "placement"
    last_hearing_on: date | None
    setting: str  # PLACEMENT_SETTINGS for a placed child, "" otherwise
    scheduled_meeting_id: int | None  # a planned meeting that already has the child's case on its agenda


@dataclass(frozen=True)
class FollowUp:
    today: date
    overdue_tasks: tuple[FollowUpTask, ...]  # most overdue first
    reviews: tuple[ReviewDue, ...]  # soonest first (overdue ones first of all)
    # more were due than the page lists (FOLLOW_UP_ROWS of each, the most urgent): the page says so
    more_tasks: bool = False
    more_reviews: bool = False


# ---- the committee tab on the family file ----------------------------------------------------------------
@dataclass(frozen=True)
class Hearing:
    case_id: int
    meeting_id: int
    held_on: date
    level: str
    meeting_status: str
    child_name: str
    reason: str
    protocol_status: str
    decisions: tuple[DecisionDTO, ...]  # of a final protocol only
    next_review_on: date | None
    child_id: int = 0


@dataclass(frozen=True)
class FileCommittees:
    file_id: int
    hearings: tuple[Hearing, ...]  # newest first
    placements: tuple[PlacementDTO, ...]
    next_review_on: date | None  # the soonest next review of any child of the file (protocol or placement)


# ---- what the forms print ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class MeetingBrief:
    held_on: date
    starts_at: time
    place: str
    level: str
    chair_name: str
    coordinator_name: str
    coordinator_phone: str  # the department's phone (the letterhead's) unless the coordinator has one


@dataclass(frozen=True)
class InvitationLetter:
    """One invitation, to one addressee, in the addressee's language (``language``)."""

    participant_id: int
    language: str  # LETTER_LANGUAGES
    addressee_name: str
    addressee_kind: str
    addressee_organisation: str
    addressee_address: str
    file_number: str
    family_name: str
    child_name: str
    reason: str
    meeting: MeetingBrief


@dataclass(frozen=True)
class InvitationBatch:
    letterhead: Letterhead  # in Hebrew; each letter takes letterhead.for_language(its language)
    letters: tuple[InvitationLetter, ...]
    printed_by: str
    printed_by_role: str
    printed_at: datetime


@dataclass(frozen=True)
class ProtocolForm:
    """What the protocol, the decision letter and the summary letter print."""

    letterhead: Letterhead
    meeting: MeetingBrief
    case: CaseDTO
    protocol: ProtocolDTO
    printed_by: str
    printed_by_role: str
    printed_at: datetime
    family_worker_name: str  # the file's worker (the letters' contact)
    # the letters' addressee (a participant): the parents for the decision letter, the school for the summary
    addressee: ParticipantDTO | None = None
