"""Plain, frozen data of the therapy centre: what its service takes and returns (codes in models.codes:
THERAPY_SUBJECTS, THERAPY_KINDS, THERAPY_STATUSES, THERAPY_END_REASONS)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.changes import Changes
from models.committees.dto import PersonBrief

__all__ = ["PersonBrief", "TherapyInput", "TherapyReferralDTO", "TherapyRow"]


@dataclass(frozen=True)
class TherapyInput:
    """A new referral. ``person_id``: the child (subject "child") or the parent ("parent") of the file;
    None for the family as a whole ("family"). ``referred_on``: not in the future (None: today)."""

    file_id: int
    subject: str  # THERAPY_SUBJECTS
    person_id: int | None
    kind: str  # THERAPY_KINDS (models.therapy.rules.KIND_SUBJECTS: who each is for)
    reason: str  # required
    referred_on: date | None = None


@dataclass(frozen=True)
class TherapyReferralDTO:
    id: int
    version: int
    file_id: int
    file_number: str
    family_name: str
    subject: str
    person: PersonBrief | None  # None: the family as a whole
    kind: str
    reason: str
    referred_on: date
    referred_by_id: int
    referred_by_name: str
    status: str  # THERAPY_STATUSES
    therapist: str  # the centre's clinician ('' while waiting)
    started_on: date | None
    sessions_held: int
    ended_on: date | None
    end_reason: str  # THERAPY_END_REASONS or ''
    end_note: str
    waiting_days: int  # from the referral until treatment started, it ended, or today

    @property
    def open(self) -> bool:
        return self.status in ("waiting", "in_treatment")

    @property
    def person_name(self) -> str:
        return self.person.full_name if self.person is not None else ""

    def changes(self) -> Changes:
        return Changes.make(files=[self.file_id], therapy=[self.id])


@dataclass(frozen=True)
class TherapyRow:
    """One referral on the waiting list or among the treatments under way (``position``: its place on the
    list, 1 first)."""

    position: int
    id: int
    version: int
    file_id: int
    file_number: str
    family_name: str
    subject: str
    person_id: int | None
    person_name: str  # '' for the family as a whole
    birth_date: date | None
    kind: str
    reason: str
    referred_on: date
    referred_by_name: str
    status: str
    therapist: str
    started_on: date | None
    sessions_held: int
    waiting_days: int  # until treatment started, or until today
