"""The therapeutic clubs' rules that need no database: today, ages, months and school years, the waiting
list's order, the unexplained-absence streak, the month's fee, balances and arrears, money as text.

"Today" is read from ONE place, :func:`today` (``date.today()``): the club service never calls
``date.today()`` itself, so a test (unit, GUI or end-to-end) moves the clubs' clock with
``monkeypatch.setattr("models.clubs.rules.today", lambda: date(...))``.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from models.codes import CLUB_RISKS, UNEXPLAINED_STREAK, URGENCIES

# The waiting list's order, as the list's header states it to the user (each a key of waiting_key, in turn)
WAITING_ORDER = ("pinned", "age_fit", "urgency", "risk", "waiting")
URGENCY_RANK = {u: i for i, u in enumerate(URGENCIES)}  # immediate, day, week, routine
RISK_RANK = {r: i for i, r in enumerate(CLUB_RISKS)}  # high, medium, low
TASK_DUE_DAYS = 3  # the unexplained-absence task is due this many days after the day that raised it
TASK_TITLE_MAX = 200


def today() -> date:
    """The clubs' today (patched by tests; see the module's docstring)."""
    return date.today()


def waiting_days(requested_on: date, closed_on: date | None) -> int:
    """Days a request has waited: until today, or until it was closed (enrolled or withdrawn)."""
    return ((closed_on or today()) - requested_on).days


def age_on(birth: date | None, day: date) -> int | None:
    """Age in whole years on ``day`` (None without a birth date). Born on 29 February: a year older on
    1 March of a common year."""
    if birth is None:
        return None
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def age_fits(age: int | None, min_age: int, max_age: int) -> bool:
    """Within the club's range (both ends included). An unknown age is not held against the child."""
    return age is None or min_age <= age <= max_age


def month_start(d: date) -> date:
    return d.replace(day=1)


def month_end(d: date) -> date:
    return d.replace(day=_calendar.monthrange(d.year, d.month)[1])


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s (negative: before)."""
    month0 = d.month - 1 + n
    return date(d.year + month0 // 12, month0 % 12 + 1, 1)


def month_days(month: date) -> list[date]:
    """Every day of ``month``'s month."""
    first = month_start(month)
    return [first + timedelta(days=i) for i in range(_calendar.monthrange(first.year, first.month)[1])]


def school_year_of(d: date) -> int:
    """The school year of a day: the calendar year its September is in (1 Sep 2026..31 Aug 2027: 2026)."""
    return d.year if d.month >= 9 else d.year - 1


def school_year_range(school_year: int) -> tuple[date, date]:
    """The first and last day of a school year (1 September, 31 August)."""
    return date(school_year, 9, 1), date(school_year + 1, 8, 31)


def active_on(starts_on: date, left_on: date | None, day: date) -> bool:
    """An enrolment is active on ``day`` from its start up to the day before ``left_on`` (the day the child
    left is no longer a day in the club; the PostgreSQL guard counts seats the same way: ``left_on >
    CURRENT_DATE``). The planned end (``ends_on``) does not end it: leaving does."""
    return starts_on <= day and (left_on is None or day < left_on)


def waiting_key(pinned_rank: int | None, fits: bool, urgency: str, risk: str, requested_on: date,
                request_id: int) -> tuple[int, int, int, int, int, date, int]:
    """The waiting list's order (WAITING_ORDER): pinned requests first, by their rank; then children whose
    age fits the club's range; then urgency (immediate, day, week, routine); then risk (high, medium, low);
    then those waiting longest (requested first, then the older request)."""
    return (0 if pinned_rank is not None else 1, pinned_rank or 0, 0 if fits else 1,
            URGENCY_RANK.get(urgency, len(URGENCIES)), RISK_RANK.get(risk, len(CLUB_RISKS)), requested_on,
            request_id)


# ---- the unexplained-absence streak ------------------------------------------------------------------------
def unexplained(present: bool | None, reason: str) -> bool:
    """An absence with no reason."""
    return present is False and not reason


def streak_lengths(marks: Sequence[tuple[bool, str]]) -> list[int]:
    """For a child's recorded days in day order (present, reason), the number of unexplained absences in a
    row up to and including each day (0 on a present day or an explained absence)."""
    out, run = [], 0
    for present, reason in marks:
        run = run + 1 if unexplained(present, reason) else 0
        out.append(run)
    return out


def streak_around(marks: Sequence[tuple[bool, str]], index: int) -> tuple[int, int] | None:
    """The maximal run of unexplained absences containing ``marks[index]``, as [start, end) indexes into the
    child's recorded days in day order, or None when that day is not an unexplained absence."""
    if not 0 <= index < len(marks) or not unexplained(*marks[index]):
        return None
    start, end = index, index + 1
    while start > 0 and unexplained(*marks[start - 1]):
        start -= 1
    while end < len(marks) and unexplained(*marks[end]):
        end += 1
    return start, end


def streak_raises_task(marks: Sequence[tuple[bool, str, int | None]], index: int) -> bool:
    """Whether saving the day ``marks[index]`` (a child's recorded days in day order: present, reason,
    task_id) raises a task: the run of unexplained absences containing it is at least UNEXPLAINED_STREAK days
    long (three consecutive recorded club or camp days) and none of its days carries a task yet (never a
    second task for the same run). The task is kept on the absence that raised it."""
    run = streak_around([(p, r) for p, r, _t in marks], index)
    if run is None:
        return False
    start, end = run
    return end - start >= UNEXPLAINED_STREAK and all(marks[i][2] is None for i in range(start, end))


def absence_task_title(child: str, club: str) -> str:
    """The task's title, stored (the task list shows stored titles): in Hebrew, the department's language."""
    title = f"שלוש היעדרויות ברצף ללא סיבה: {child} ({club})"
    return title if len(title) <= TASK_TITLE_MAX else title[: TASK_TITLE_MAX - 1] + "…"


def absence_task_description(child: str, club: str, days: Iterable[date]) -> str:
    listed = ", ".join(d.strftime("%d/%m/%Y") for d in days)
    return (f"{child} נעדר/ה מהמועדונית {club} שלושה ימי פעילות רצופים ללא סיבה ({listed}). "
            "נא ליצור קשר עם המשפחה.")


# ---- fees --------------------------------------------------------------------------------------------------
def month_fee(fee: int, kind: str | None, discount: int) -> tuple[int, int]:
    """The month's (fee, discount): an exemption waives the fee (discount = fee); a discount lowers it,
    never below nothing; none: the club's fee."""
    if kind == "exemption":
        return fee, fee
    if kind == "discount":
        return fee, min(max(discount, 0), fee)
    return fee, 0


def in_force(from_month: date, to_month: date | None, month: date) -> bool:
    """An adjustment applies to ``month`` (firsts of months) from its first month to its last (open: on)."""
    return from_month <= month and (to_month is None or month <= to_month)


def arrears(charges: Iterable[tuple[date, int]], paid: int, month: date) -> int:
    """What is owed of the charges of the months before ``month``'s, payments covering the oldest charges
    first: the earlier charges less everything paid, never below nothing."""
    before = sum(amount for m, amount in charges if m < month_start(month))
    return max(0, before - paid)


def format_money(agorot: int) -> str:
    """Money as the forms print it: ``13000`` -> ``130.00 ₪`` (a minus sign for a credit)."""
    sign = "-" if agorot < 0 else ""
    whole, cents = divmod(abs(agorot), 100)
    return f"{sign}{whole:,}.{cents:02d} ₪"
