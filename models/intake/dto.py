"""Plain, frozen data of the intake area: what its services take and return (codes in models.codes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.changes import Changes
from models.department.dto import Letterhead
from models.people.dto import PersonDTO, PersonInput
from models.users.dto import UserRef


@dataclass(frozen=True)
class Referrer:
    """Who made the referral (empty for a self-referral or an anonymous one)."""

    name: str = ""
    role: str = ""  # e.g. homeroom teacher, school counsellor, nurse
    organisation: str = ""  # e.g. the school's name
    phone: str = ""


@dataclass(frozen=True)
class NewPerson:
    """A person to create with the referral, after the duplicate check: ``dismissed`` are the candidates the
    worker saw and rejected (the service re-runs the check when it saves; a strong candidate not dismissed
    refuses the save with DuplicateSuspected, so nobody new is created past the check)."""

    data: PersonInput
    relation: str  # models.codes.RELATIONS
    dismissed: tuple[int, ...] = ()


@dataclass(frozen=True)
class ReferralInput:
    received_on: date
    channel: str  # REFERRAL_CHANNELS
    source: str  # REFERRAL_SOURCES
    referrer: Referrer
    problem: str  # the presenting problem (required)
    urgency: str  # URGENCIES (required: "" is refused)
    notes: str = ""
    existing: tuple[tuple[int, str], ...] = ()  # known persons linked: (person_id, relation)
    new_persons: tuple[NewPerson, ...] = ()


@dataclass(frozen=True)
class ClubRequestInput:
    """A therapeutic-club request filed at intake for a child of the new file (route b, DOMAIN.md)."""

    person_id: int
    reason: str
    goals: str = ""
    urgency: str = "routine"  # URGENCIES
    preferred_club_id: int | None = None  # an active club; None: any club (models.clubs)


@dataclass(frozen=True)
class OpenFileInput:
    """Outcome "new file": the family file opened from the referral (its number assigned by the service)."""

    family_name: str
    team_id: int
    address: str = ""
    locality: str = ""
    neighbourhood: str = ""
    members: tuple[tuple[int, str], ...] = ()  # (person_id, relation); default: the referral's persons
    restricted: bool = False
    club_requests: tuple[ClubRequestInput, ...] = ()


@dataclass(frozen=True)
class HandOverInput:
    """The hand-over of the referral's file to a family worker: a first-contact task for the worker, due
    ``due_date`` (None: today + the department's days for the referral's urgency)."""

    team_id: int
    worker_id: int
    due_date: date | None = None


@dataclass(frozen=True)
class ReferralPersonDTO:
    person: PersonDTO
    relation: str


@dataclass(frozen=True)
class ReferralDTO:
    id: int
    version: int
    number: str  # "YYYY/NNNN" within the year received, assigned by the service
    received_on: date
    channel: str
    source: str
    referrer: Referrer
    problem: str
    urgency: str
    notes: str
    persons: tuple[ReferralPersonDTO, ...]
    intake_worker: UserRef
    # "open" (no outcome yet), "awaiting_handover" (a file opened or attached, no worker handed it yet),
    # "closed" (decided; handed over where it led to a file)
    status: str
    outcome: str  # "" or REFERRAL_OUTCOMES
    decided_on: date | None
    file_id: int | None  # the file opened or attached to
    file_number: str
    elsewhere_service: str  # ELSEWHERE_SERVICES, for "referred_elsewhere"
    elsewhere_detail: str  # the receiving body's name and what is asked of it
    no_intervention_reason: str  # NO_INTERVENTION_REASONS
    outcome_note: str
    handed_to: UserRef | None
    task_id: int | None  # the first-contact task
    due_by: date  # received_on + the department's response days for its urgency
    created_at: datetime
    decided_by: UserRef | None = None  # who decided the outcome (None while open)

    def age_days(self, today: date) -> int:
        return (today - self.received_on).days

    def overdue(self, today: date) -> bool:
        return self.status != "closed" and today > self.due_by

    def changes(self) -> Changes:
        return Changes.make(referrals=(self.id,), files=() if self.file_id is None else (self.file_id,),
                            persons=(p.person.id for p in self.persons))


@dataclass(frozen=True)
class QueueFilter:
    source: str = ""  # "" any
    intake_worker_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    urgency: str = ""
    include_closed: bool = False


@dataclass(frozen=True)
class QueueRow:
    """One referral in the intake queue (sorted: overdue first, then urgency, then oldest)."""

    id: int
    number: str
    received_on: date
    urgency: str
    source: str
    channel: str
    persons: str  # the names of the persons concerned, joined with ", "
    problem: str  # the first line, at most 120 characters
    intake_worker: str  # full name
    status: str
    due_by: date
    overdue: bool
    age_days: int


@dataclass(frozen=True)
class QueueCounts:
    """Open referrals (not closed) per urgency code, and how many of them are overdue."""

    open: dict[str, int]
    overdue: dict[str, int]


@dataclass(frozen=True)
class HandOverCandidate:
    """A worker the file can be handed to, with the load the acting user can see."""

    user: UserRef
    open_files: int
    overdue_tasks: int


@dataclass(frozen=True)
class IntakeForm:
    """What the intake summary and the referral letter print: the referral, the file it led to (if any),
    the letterhead, who printed it and when (server clock)."""

    referral: ReferralDTO
    letterhead: Letterhead
    printed_by: str
    printed_by_role: str
    printed_at: datetime
    worker_name: str = ""  # the family worker the file was handed to ("" if none)
