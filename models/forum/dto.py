"""Plain, frozen data of the youth-law weekly forum (פורום חוק הנוער): what ``services.forum`` takes and
returns (codes in models.codes: REPORTER_KINDS, RISK_REPORT_KINDS, RISK_REPORT_CHANNELS, URGENCIES,
FORUM_INTERVENTIONS, FORUM_MEETING_STATUSES).

A report about a child at risk is recorded (by a worker with REPORT_RISK), waits on the forum's agenda
until the forum decides it (the intervention, the worker in charge, a due date that becomes a Task), and is
then final: a correction is a new report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.changes import Changes
from models.committees.dto import PersonBrief
from models.department.dto import Letterhead
from models.users.dto import UserRef


# ---- reports -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RiskReportInput:
    file_id: int
    child_id: int  # a child of the file ("not_child")
    reported_on: date  # not in the future ("date_future")
    reporter_kind: str  # REPORTER_KINDS
    reporter_name: str  # "" if anonymous
    kind: str  # RISK_REPORT_KINDS
    description: str  # required
    urgency: str  # URGENCIES
    reporter_phone: str = ""
    referral_id: int | None = None  # an intake referral of this file: the report's channel is then "referral"


@dataclass(frozen=True)
class ForumDecisionInput:
    intervention: str  # FORUM_INTERVENTIONS
    responsible_id: int | None  # a worker who may see the file; None only for "no_further_action"
    due_on: date | None  # required unless "no_further_action"; within the urgency's days of the meeting
    note: str = ""


@dataclass(frozen=True)
class RiskReportDTO:
    id: int
    version: int
    file_id: int
    file_number: str
    family_name: str
    child: PersonBrief
    age_years: int | None  # the child's age today (None: birth date unknown)
    age_months: int | None
    reported_on: date
    reporter_kind: str
    reporter_name: str
    reporter_phone: str
    kind: str
    description: str
    urgency: str
    channel: str  # RISK_REPORT_CHANNELS
    referral_id: int | None
    recorded_by: str  # full name
    days_open: int  # days since reported_on (until the decision, once decided)
    decided: bool
    meeting_id: int | None
    meeting_on: date | None
    intervention: str  # "" while undecided
    responsible: UserRef | None
    due_on: date | None
    task_id: int | None
    decision_note: str
    decided_by: str  # full name, "" while undecided
    decided_at: datetime | None

    def changes(self) -> Changes:
        return Changes.make(files=[self.file_id], reports=[self.id],
                            tasks=[self.task_id] if self.task_id is not None else [],
                            forum=[self.meeting_id] if self.meeting_id is not None else [])


# ---- meetings ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ForumMeetingDTO:
    id: int
    version: int
    held_on: date
    status: str  # FORUM_MEETING_STATUSES
    chair: UserRef | None
    attendees: tuple[str, ...]  # one name per entry (staff and guests)
    notes: str
    monthly_district: bool  # the district youth-law worker attends
    decided_count: int  # reports decided at this meeting

    def changes(self) -> Changes:
        return Changes.make(forum=[self.id])


@dataclass(frozen=True)
class ForumMeetingInput:
    held_on: date  # one meeting per date ("meeting_exists")
    chair_id: int  # an active user with RUN_FORUM
    attendees: tuple[str, ...]
    notes: str = ""
    monthly_district: bool = False


# ---- the agenda --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AgendaRow:
    """A light row of the agenda's table."""

    report_id: int
    version: int
    file_id: int
    file_number: str
    child_name: str
    age_years: int | None
    age_months: int | None
    urgency: str
    kind: str
    channel: str
    reported_on: date
    days_open: int
    reporter_kind: str
    summary: str  # the first 120 characters of the description


@dataclass(frozen=True)
class Agenda:
    rows: tuple[AgendaRow, ...]  # undecided reports of the files one sees, ordered by rules.agenda_key
    total: int  # all of them (the rows are one page)


# ---- the minutes -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ForumMinutesItem:
    file_number: str
    child_name: str
    age_years: int | None
    kind: str
    urgency: str
    reported_on: date
    description: str
    intervention: str
    responsible_name: str
    due_on: date | None
    note: str


@dataclass(frozen=True)
class ForumMinutesForm:
    """What reports/forms/forum_minutes.py ``build(data, lang)`` prints."""

    letterhead: Letterhead
    meeting: ForumMeetingDTO
    chair_name: str
    items: tuple[ForumMinutesItem, ...]
    printed_on: date
