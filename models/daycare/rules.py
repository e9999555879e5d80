"""Day-care's rules that need no database: today, the age in months on 1 September, the school year,
eligibility by age, the income-level table's brackets, the parents' share step by step, the registration
window.

"Today" is read from ONE place, :func:`today` (``date.today()``): the day-care service never calls
``date.today()`` itself, so a test moves its clock with
``monkeypatch.setattr("models.daycare.rules.today", lambda: date(...))``.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from itertools import pairwise

from models.clubs.rules import format_money as format_money  # re-exported: money as the forms print it
from models.codes import DAYCARE_MAX_MONTHS, DAYCARE_REGISTRATION_MONTHS, DAYCARE_REGISTRATION_WARN_DAYS
from models.daycare.dto import IncomeTableDTO, LevelInput, ShareCalculation, ShareStep
from models.errors import ValidationError

# the labels of the calculation's steps, in the order they are shown and printed
STEP_LABELS = ("household_income", "household_size", "per_person", "table", "bracket", "level", "share")


def today() -> date:
    """Day-care's today (patched by tests; see the module's docstring)."""
    return date.today()


def format_day(day: date) -> str:
    """A date as the messages and forms show it: 01/09/2027."""
    return day.strftime("%d/%m/%Y")


def amount(agorot: int) -> str:
    """Money without the currency sign: ``250000`` -> ``2,500.00``."""
    return format_money(agorot).removesuffix(" ₪")


# ---- age and the school year -------------------------------------------------------------------------------
def age_in_months(birth: date, on: date) -> int:
    """Completed months from ``birth`` to ``on``. A month is completed on the same day of a later month, or
    on that month's last day when it has no such day (born 31 January: a month old on 28 or 29 February;
    born 29 February: 12 months old on 28 February of a common year). Before the birth: minus the whole months until it."""
    if on < birth:
        return -age_in_months(on, birth)
    months = (on.year - birth.year) * 12 + on.month - birth.month
    if on.day < birth.day and on.day != _calendar.monthrange(on.year, on.month)[1]:
        months -= 1
    return months


def september_first(school_year: int) -> date:
    """The day a school year starts, on which a toddler's age is counted."""
    return date(school_year, 9, 1)


def school_year_of(day: date) -> int:
    """The school year of a day: from 1 September that year to 31 August of the next (1 Sep 2026: 2026;
    31 Aug 2027: 2026)."""
    return day.year if day.month >= 9 else day.year - 1


def age_on_september_first(birth: date, school_year: int) -> int:
    """The age in completed months on 1 September of the school year; a child born after it counts 0."""
    return max(0, age_in_months(birth, september_first(school_year)))


def eligible_age(birth: date, school_year: int) -> tuple[bool, int]:
    """Under DAYCARE_MAX_MONTHS (36) months on 1 September of the school year; the computed months."""
    months = age_on_september_first(birth, school_year)
    return months < DAYCARE_MAX_MONTHS, months


def check_age(birth: date | None, school_year: int) -> int:
    """The months on 1 September, or ValidationError: "no_birth_date", or "too_old" with the computed
    months and the day ({"months": 37, "on": "01/09/2027"})."""
    if birth is None:
        raise ValidationError("no_birth_date", field="child_id")
    ok, months = eligible_age(birth, school_year)
    if not ok:
        raise ValidationError("too_old", field="child_id", months=months,
                              on=format_day(september_first(school_year)))
    return months


# ---- the income-level table --------------------------------------------------------------------------------
def validate_levels(levels: Sequence[LevelInput]) -> None:
    """The brackets of one version, by level: numbered 1..n, no negative amount ("negative_amount",
    {"level": n}), none empty ("bracket_empty"), the first from 0 ("brackets_start"), each next from where
    the one before ends: earlier "brackets_overlap", later "brackets_gap" (both {"level": n}, the later
    level), the last open-ended and only the last ("brackets_open"). No levels: "brackets_empty"."""
    if not levels:
        raise ValidationError("brackets_empty", field="levels")
    ordered = sorted(levels, key=lambda lv: lv.level)
    for lv in ordered:
        if lv.income_from < 0 or lv.parent_share < 0 or (lv.income_to is not None and lv.income_to < 0):
            raise ValidationError("negative_amount", field="levels", level=lv.level)
    if [lv.level for lv in ordered] != list(range(1, len(ordered) + 1)):
        raise ValidationError("level_numbers", field="levels")
    for lv in ordered:
        if lv.income_to is not None and lv.income_to <= lv.income_from:
            raise ValidationError("bracket_empty", field="levels", level=lv.level)
    if ordered[0].income_from != 0:
        raise ValidationError("brackets_start", field="levels", level=ordered[0].level)
    for before, lv in pairwise(ordered):
        if before.income_to is None or lv.income_from < before.income_to:
            raise ValidationError("brackets_overlap", field="levels", level=lv.level)
        if lv.income_from > before.income_to:
            raise ValidationError("brackets_gap", field="levels", level=lv.level)
    if ordered[-1].income_to is not None:
        raise ValidationError("brackets_open", field="levels", level=ordered[-1].level)


def level_for(per_person: int, levels: Sequence[LevelInput]) -> LevelInput | None:
    """The bracket holding an income per person (from inclusive, to exclusive)."""
    for lv in levels:
        if lv.income_from <= per_person and (lv.income_to is None or per_person < lv.income_to):
            return lv
    return None


def table_in_force(tables: Sequence[IncomeTableDTO], day: date) -> IncomeTableDTO | None:
    """The version in force on ``day``: the latest valid_from on or before it."""
    candidates = [t for t in tables if t.valid_from <= day]
    return max(candidates, key=lambda t: t.valid_from) if candidates else None


def share_day(school_year: int) -> date:
    """The day whose table computes a case's share: 1 September of its school year, or today if later."""
    return max(september_first(school_year), today())


def bracket_text(income_from: int, income_to: int | None) -> str:
    """"2,500.00–3,500.00 ₪"; the top bracket "≥ 5,000.00 ₪"."""
    if income_to is None:
        return f"≥ {format_money(income_from)}"
    return f"{amount(income_from)}–{format_money(income_to)}"


def check_household(monthly_income: int, household_size: int) -> None:
    if monthly_income < 0:
        raise ValidationError("negative_amount", field="monthly_income")
    if household_size < 1:
        raise ValidationError("household_size", field="household_size")


def compute_share(monthly_income: int, household_size: int, table: IncomeTableDTO) -> ShareCalculation:
    """The parents' monthly share: the income per person (the household's monthly income divided by its
    size, in agorot, rounded down), the table's bracket holding it, that level's share; with the steps as
    shown and printed (STEP_LABELS)."""
    check_household(monthly_income, household_size)
    per_person = monthly_income // household_size
    lv = level_for(per_person, table.levels)
    if lv is None:  # a table the rules accepted covers every amount from 0
        raise ValidationError("no_bracket", field="monthly_income", table=format_day(table.valid_from))
    values = (format_money(monthly_income), str(household_size), format_money(per_person),
              format_day(table.valid_from), bracket_text(lv.income_from, lv.income_to), str(lv.level),
              format_money(lv.parent_share))
    return ShareCalculation(
        monthly_income=monthly_income, household_size=household_size, per_person=per_person, table_id=table.id,
        table_valid_from=table.valid_from, level=lv.level, bracket_from=lv.income_from, bracket_to=lv.income_to,
        parent_share=lv.parent_share,
        steps=tuple(ShareStep(label, value) for label, value in zip(STEP_LABELS, values, strict=True)))


def steps_to_json(steps: Sequence[ShareStep]) -> list[dict[str, str]]:
    return [{"label": s.label, "value": s.value} for s in steps]


def steps_from_json(data: object) -> tuple[ShareStep, ...]:
    if not isinstance(data, list):
        return ()
    return tuple(ShareStep(str(d.get("label", "")), str(d.get("value", "")))
                 for d in data if isinstance(d, Mapping))


# ---- registration ------------------------------------------------------------------------------------------
def registration_notice(day: date) -> tuple[str, date | None]:
    """The page's banner: ("open", 31 March) from 1 February to 31 March; ("soon", 1 February) within
    DAYCARE_REGISTRATION_WARN_DAYS days before it opens; ("", None) otherwise."""
    first, last = DAYCARE_REGISTRATION_MONTHS[0], DAYCARE_REGISTRATION_MONTHS[-1]
    if first <= day.month <= last:
        return "open", date(day.year, last, _calendar.monthrange(day.year, last)[1])
    opens = date(day.year, first, 1)
    if opens < day:
        opens = date(day.year + 1, first, 1)
    if opens - day <= timedelta(days=DAYCARE_REGISTRATION_WARN_DAYS):
        return "soon", opens
    return "", None
