"""The foster-care referrals' rules that need no database: today, the pipeline's moves, ages, the page's order.

"Today" is read from ONE place, :func:`today` (``date.today()``): the foster service never calls
``date.today()`` itself, so a test (unit, GUI or end-to-end) moves the foster clock with
``monkeypatch.setattr("models.foster.rules.today", lambda: date(...))``.

The pipeline (models.codes.FOSTER_PIPELINE): draft -> sent -> assessment -> proposed -> matched -> placed,
a draft is first sent (nothing else: the service has not received it), then each step may skip forward
(sent -> proposed, sent -> placed); "rejected" (by the foster-care service, with a reason code)
from sent, assessment, proposed or matched; "ended" (with a reason code) from placed only. A move back along
the pipeline before "placed" (matched -> proposed) needs a reason; from "placed" there is no way back (ending
it is the way out); from "ended" and "rejected", nothing. Revision 0018's guard holds the same table
(``TRANSITIONS``, frozen there).
"""

from __future__ import annotations

from datetime import date, timedelta

from models.codes import FOSTER_EMERGENCY_COMMITTEE_DAYS, FOSTER_PIPELINE, FOSTER_STATUSES

CLOSED = ("ended", "rejected")
REJECTABLE = ("sent", "assessment", "proposed", "matched")
EMERGENCY_TASK_TITLE = "Bring the emergency foster referral to the committee"


def today() -> date:
    """The foster referrals' today (patched by tests; see the module's docstring)."""
    return date.today()


def _rank(status: str) -> int:
    return FOSTER_PIPELINE.index(status)


def is_backwards(from_status: str, to_status: str) -> bool:
    """A move back along the pipeline (matched -> proposed)."""
    return (from_status in FOSTER_PIPELINE and to_status in FOSTER_PIPELINE
            and _rank(to_status) < _rank(from_status))


def next_statuses(status: str) -> tuple[str, ...]:
    """Where a referral in ``status`` may move (in FOSTER_STATUSES order): a draft to "sent" only; then forward
    along the pipeline (any later step), back along it before "placed" (with a reason), "rejected" from the steps with the foster-care
    service, "ended" from "placed"; nothing from "ended" or "rejected"."""
    if status not in FOSTER_STATUSES or status in CLOSED:
        return ()
    if status == "placed":
        return ("ended",)
    if status == "draft":  # a draft has not reached the foster-care service: it is sent first
        return ("sent",)
    out = [s for s in FOSTER_PIPELINE if s != status]
    if status in REJECTABLE:
        out.append("rejected")
    return tuple(out)


def transitions() -> tuple[tuple[str, str, bool], ...]:
    """Every allowed move as (from, to, needs a reason): the table revision 0018's guard holds."""
    return tuple((a, b, is_backwards(a, b)) for a in FOSTER_STATUSES for b in next_statuses(a))


def stage(status: str) -> int:
    """The status's place in FOSTER_STATUSES: the page's order (open ones first, in pipeline order)."""
    return FOSTER_STATUSES.index(status)


def age_order(birth: date | None) -> int:
    """The page's age key: minus the birth date as YYYYMMDD (ascending: the youngest first), 0 unknown (last)."""
    if birth is None:
        return 0
    return -(birth.year * 10000 + birth.month * 100 + birth.day)


def age_on(birth: date | None, day: date) -> int | None:
    """Age in whole years on ``day`` (None without a birth date)."""
    if birth is None:
        return None
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def committee_due(created_on: date) -> date:
    """An emergency referral without a decision: the committee must decide by this day."""
    return created_on + timedelta(days=FOSTER_EMERGENCY_COMMITTEE_DAYS)


def committee_missing(decision_id: int | None) -> bool:
    return decision_id is None


def days_in_status(status_on: date, on: date | None = None) -> int:
    return max(0, ((on or today()) - status_on).days)


def placement_end_reason(end_reason: str, reason: str) -> str:
    """The text the committees' Placement keeps when the referral ends: the code, and the worker's words."""
    text = f"{end_reason}: {reason}" if reason else end_reason
    return text[:500]
