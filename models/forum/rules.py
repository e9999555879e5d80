"""The youth-law forum's rules that need no database: today, a child's age, the agenda's order, the due
date of a decision, the decision task's title.

"Today" is read from ONE place, :func:`today` (``date.today()``): the forum's service never calls
``date.today()`` itself, so a test (unit, GUI or end-to-end) moves the forum's clock with
``monkeypatch.setattr("models.forum.rules.today", lambda: date(...))``.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from models.codes import URGENCIES
from models.errors import ValidationError

# The agenda's order, as the agenda states it to the user (each a part of agenda_key, in turn)
AGENDA_ORDER = ("urgency", "age", "reported_on")
URGENCY_RANK = {u: i for i, u in enumerate(URGENCIES)}  # immediate, day, week, routine
# a decision on a report of this urgency is due at most this many days after the meeting (routine: no limit)
DUE_WITHIN_DAYS = {"immediate": 1, "day": 2, "week": 7}
SUMMARY_CHARS = 120  # an agenda row shows this much of the description
TASK_TITLE_MAX = 200
# the intervention's label as the task's title says it (English: the task list shows stored titles; the
# desktop translates the intervention codes elsewhere)
INTERVENTION_TITLES = {
    "assessment_visit": "assessment visit",
    "treatment_plan_committee": "treatment-plan committee",
    "police_report": "police report",
    "emergency_removal": "emergency removal",
    "community_services": "community services",
    "monitoring": "monitoring",
    "no_further_action": "no further action",
    "other": "other intervention",
}


class Reported(Protocol):
    """What the agenda's order reads of a report (a RiskReport, a RiskReportDTO)."""

    @property
    def id(self) -> int: ...

    @property
    def urgency(self) -> str: ...

    @property
    def reported_on(self) -> date: ...


def today() -> date:
    """The forum's today (patched by tests; see the module's docstring)."""
    return date.today()


def age(birth: date | None, day: date) -> tuple[int | None, int | None]:
    """The age on ``day`` in whole years and the months beyond them (0..11): (3, 4) is 3 years 4 months;
    (None, None) without a birth date. A month is complete on the day of the month the child was born on (or
    later); a child born later than ``day`` is 0 months old."""
    if birth is None:
        return None, None
    months = (day.year - birth.year) * 12 + day.month - birth.month
    if day.day < birth.day:
        months -= 1
    months = max(months, 0)
    return months // 12, months % 12


def days_open(reported_on: date, decided_on: date | None = None) -> int:
    """Days a report has waited for the forum: until today, or until it was decided."""
    return max(((decided_on or today()) - reported_on).days, 0)


def agenda_key(report: Reported, child_birth_date: date | None, today: date) -> tuple[int, int, int, date, int]:
    """The agenda's order (AGENDA_ORDER): urgency (immediate, day, week, routine); then the child's age,
    youngest first (an unknown birth date last); then the report's date, oldest first; then the report.
    The service orders the agenda in SQL by the same key (its test holds the two together)."""
    if child_birth_date is None:
        unknown, days = 1, 0
    else:
        unknown, days = 0, (today - child_birth_date).days
    return (URGENCY_RANK.get(report.urgency, len(URGENCIES)), unknown, days, report.reported_on, report.id)


def check_due(urgency: str, meeting_on: date, due_on: date) -> None:
    """A decision's due date: not before the meeting ("due_before_meeting"); a report of "immediate" urgency
    due within 1 day of the meeting, "day" 2 days, "week" 7 days; a later date is refused ("due_too_late",
    ``days``). A routine report's due date has no limit."""
    if due_on < meeting_on:
        raise ValidationError("due_before_meeting", field="due_on", meeting_on=meeting_on.isoformat())
    days = DUE_WITHIN_DAYS.get(urgency)
    if days is not None and (due_on - meeting_on).days > days:
        raise ValidationError("due_too_late", field="due_on", days=days)


def task_title(intervention: str) -> str:
    """The decision's task title: "Youth-law forum: assessment visit"."""
    return f"Youth-law forum: {INTERVENTION_TITLES.get(intervention, intervention)}"[:TASK_TITLE_MAX]


def summary(description: str) -> str:
    """An agenda row's summary: the description's first 120 characters, on one line."""
    one_line = " ".join(description.split())
    return one_line if len(one_line) <= SUMMARY_CHARS else one_line[: SUMMARY_CHARS - 1] + "…"
