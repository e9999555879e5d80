"""The committee's rules that need no database: the parents' notice, month arithmetic, review dates.

"Today" is read from ONE place, :func:`today` (``date.today()``): the committee service never calls
``date.today()`` itself, so a test (unit or end-to-end) moves the committee's clock with
``monkeypatch.setattr("models.committees.rules.today", lambda: date(...))`` -- e.g. schedule a meeting 20
days ahead, invite, then move today to the meeting day to finalise its protocols.
"""

from __future__ import annotations

import calendar
from datetime import date

from models.codes import PARENT_NOTICE_DAYS, PLACED_REVIEW_MONTHS


def today() -> date:
    """The committee's today (patched by tests; see the module's docstring)."""
    return date.today()


def parent_notice_days(held_on: date, sent_on: date) -> int:
    """The days of notice an invitation sent on ``sent_on`` gives for a meeting held on ``held_on``."""
    return (held_on - sent_on).days


def notice_ok(held_on: date, sent_on: date, reason: str) -> bool:
    """Parents are summoned at least PARENT_NOTICE_DAYS ahead, unless the hearing is urgent (then by phone
    or in person, any time before it)."""
    if reason == "urgent":
        return True
    return parent_notice_days(held_on, sent_on) >= PARENT_NOTICE_DAYS


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months (negative: back); a day the target month lacks becomes its last day
    (31 January + 1 month = 28 or 29 February)."""
    month0 = d.month - 1 + n
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def review_limit(held_on: date) -> date:
    """The latest next review a hearing held on ``held_on`` may set for a child placed out of home."""
    return add_months(held_on, PLACED_REVIEW_MONTHS)


def annual_review_due(started_on: date, last_hearing_on: date | None) -> date:
    """A placed child's annual review: a year after the later of the placement's start and the child's last
    hearing."""
    base = started_on if last_hearing_on is None else max(started_on, last_hearing_on)
    return add_months(base, PLACED_REVIEW_MONTHS)


def reachable(phone: str, email: str, address: str, user_id: int | None) -> bool:
    """A participant can be reached: a staff member (inside the department), or a phone, an e-mail or an
    address (the CHECK "reachable" of committee_participants says the same)."""
    return user_id is not None or bool(phone.strip() or email.strip() or address.strip())
