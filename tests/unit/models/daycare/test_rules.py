"""Day-care's pure rules: the age in completed months (month ends, leap days), 1 September and the school
year, eligibility by age (35, 36, 37 months on 1 September), the brackets of an income-level table, the
parents' share at the brackets' edges with its steps, the registration window."""

from __future__ import annotations

from datetime import date

import pytest

from models.daycare import rules
from models.daycare.dto import IncomeTableDTO, LevelInput
from models.errors import ValidationError

# agorot per person per month: 0-2,000 / 2,000-3,500 / 3,500-5,000 / 5,000 and up
LEVELS = (
    LevelInput(1, 0, 200_000, 0),
    LevelInput(2, 200_000, 350_000, 45_000),
    LevelInput(3, 350_000, 500_000, 85_000),
    LevelInput(4, 500_000, None, 160_000),
)
TABLE = IncomeTableDTO(7, 1, date(2026, 1, 1), "", LEVELS, False)


# ---- age ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("birth", "on", "months"), [
    (date(2024, 9, 1), date(2027, 9, 1), 36),  # the same day of the month: the month is completed
    (date(2024, 9, 2), date(2027, 9, 1), 35),  # one day short
    (date(2024, 8, 31), date(2027, 9, 1), 36),
    (date(2024, 8, 1), date(2027, 9, 1), 37),
    (date(2026, 1, 31), date(2026, 2, 28), 1),  # born on the 31st: a month old on February's last day
    (date(2027, 1, 31), date(2028, 2, 29), 13),  # leap February
    (date(2027, 1, 31), date(2028, 2, 28), 12),  # not yet its last day
    (date(2024, 2, 29), date(2025, 2, 28), 12),  # born on a leap day: a year old on 28 February
    (date(2024, 2, 29), date(2025, 2, 27), 11),
    (date(2024, 2, 29), date(2026, 9, 1), 30),
    (date(2026, 5, 10), date(2026, 5, 10), 0),
    (date(2026, 5, 10), date(2026, 5, 9), 0),  # before the birth: minus the whole months until it
    (date(2026, 5, 10), date(2026, 4, 10), -1),
])
def test_age_in_completed_months(birth: date, on: date, months: int) -> None:
    assert rules.age_in_months(birth, on) == months


def test_school_year_and_its_first_of_september() -> None:
    assert rules.september_first(2027) == date(2027, 9, 1)
    assert rules.school_year_of(date(2027, 9, 1)) == 2027
    assert rules.school_year_of(date(2027, 8, 31)) == 2026
    assert rules.school_year_of(date(2028, 1, 15)) == 2027
    assert rules.school_year_of(date(2027, 12, 31)) == 2027


@pytest.mark.parametrize(("birth", "eligible", "months"), [
    (date(2024, 10, 1), True, 35),
    (date(2024, 9, 2), True, 35),
    (date(2024, 9, 1), False, 36),  # exactly 36 months on 1 September: not under 36
    (date(2024, 8, 15), False, 36),
    (date(2024, 8, 1), False, 37),
    (date(2027, 10, 1), True, 0),  # born after 1 September of the year: 0 months
    (date(2024, 2, 29), True, 30),  # a leap-day birthday in school year 2026
])
def test_eligible_age_on_first_of_september(birth: date, eligible: bool, months: int) -> None:
    year = 2026 if birth == date(2024, 2, 29) else 2027
    assert rules.eligible_age(birth, year) == (eligible, months)


def test_too_old_says_the_months_and_the_day() -> None:
    with pytest.raises(ValidationError) as exc:
        rules.check_age(date(2024, 8, 1), 2027)
    assert exc.value.code == "too_old"
    assert exc.value.params == {"field": "child_id", "months": 37, "on": "01/09/2027"}
    with pytest.raises(ValidationError) as exc:
        rules.check_age(None, 2027)
    assert exc.value.code == "no_birth_date"
    assert rules.check_age(date(2024, 9, 2), 2027) == 35


# ---- brackets ----------------------------------------------------------------------------------------------
def test_valid_brackets_in_any_order() -> None:
    rules.validate_levels(LEVELS)
    rules.validate_levels(tuple(reversed(LEVELS)))
    rules.validate_levels((LevelInput(1, 0, None, 0),))  # one open bracket for everyone


@pytest.mark.parametrize(("levels", "code", "level"), [
    ((), "brackets_empty", None),
    ((LevelInput(1, 0, 200_000, 0), LevelInput(2, 190_000, None, 1)), "brackets_overlap", 2),
    ((LevelInput(1, 0, None, 0), LevelInput(2, 200_000, None, 1)), "brackets_overlap", 2),
    ((LevelInput(1, 0, 200_000, 0), LevelInput(2, 210_000, None, 1)), "brackets_gap", 2),
    ((LevelInput(1, 100, 200_000, 0), LevelInput(2, 200_000, None, 1)), "brackets_start", 1),
    ((LevelInput(1, 0, 200_000, 0), LevelInput(2, 200_000, 300_000, 1)), "brackets_open", 2),
    ((LevelInput(1, 0, 200_000, -5), LevelInput(2, 200_000, None, 1)), "negative_amount", 1),
    ((LevelInput(1, -100, 200_000, 0), LevelInput(2, 200_000, None, 1)), "negative_amount", 1),
    ((LevelInput(1, 0, 200_000, 0), LevelInput(2, 200_000, 200_000, 1), LevelInput(3, 200_000, None, 2)),
     "bracket_empty", 2),
    ((LevelInput(1, 0, 200_000, 0), LevelInput(3, 200_000, None, 1)), "level_numbers", None),
    ((LevelInput(1, 0, 200_000, 0), LevelInput(1, 200_000, None, 1)), "level_numbers", None),
])
def test_bad_brackets_are_refused_with_their_code(levels: tuple[LevelInput, ...], code: str,
                                                  level: int | None) -> None:
    with pytest.raises(ValidationError) as exc:
        rules.validate_levels(levels)
    assert exc.value.code == code
    assert exc.value.params.get("level") == level


def test_the_table_in_force_on_a_day() -> None:
    old = IncomeTableDTO(1, 1, date(2025, 1, 1), "", LEVELS, True)
    new = IncomeTableDTO(2, 1, date(2026, 9, 1), "", LEVELS, False)
    assert rules.table_in_force([new, old], date(2026, 8, 31)) == old
    assert rules.table_in_force([old, new], date(2026, 9, 1)) == new
    assert rules.table_in_force([old, new], date(2024, 12, 31)) is None


# ---- the share ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("income", "size", "per_person", "level", "share"), [
    (0, 3, 0, 1, 0),
    (799_996, 4, 199_999, 1, 0),  # one agora under the first edge
    (800_000, 4, 200_000, 2, 45_000),  # exactly on the edge: the upper bracket (from is inclusive)
    (800_003, 4, 200_000, 2, 45_000),  # rounded down per person
    (1_399_999, 4, 349_999, 2, 45_000),
    (1_400_000, 4, 350_000, 3, 85_000),
    (500_000, 1, 500_000, 4, 160_000),  # the open top bracket
    (9_000_000, 2, 4_500_000, 4, 160_000),
])
def test_the_share_at_the_brackets_edges(income: int, size: int, per_person: int, level: int, share: int) -> None:
    calc = rules.compute_share(income, size, TABLE)
    assert (calc.per_person, calc.level, calc.parent_share) == (per_person, level, share)
    assert (calc.table_id, calc.table_valid_from, calc.monthly_income, calc.household_size) == (
        7, date(2026, 1, 1), income, size)


def test_the_steps_as_shown_and_printed() -> None:
    calc = rules.compute_share(1_240_000, 4, TABLE)
    assert [(s.label, s.value) for s in calc.steps] == [
        ("household_income", "12,400.00 ₪"),
        ("household_size", "4"),
        ("per_person", "3,100.00 ₪"),
        ("table", "01/01/2026"),
        ("bracket", "2,000.00–3,500.00 ₪"),
        ("level", "2"),
        ("share", "450.00 ₪"),
    ]
    top = rules.compute_share(2_000_000, 2, TABLE)
    assert top.steps[4].value == "≥ 5,000.00 ₪" and top.bracket_to is None
    assert rules.steps_from_json(rules.steps_to_json(calc.steps)) == calc.steps
    assert rules.steps_from_json("nonsense") == ()


def test_a_negative_income_or_an_empty_household_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        rules.compute_share(-1, 3, TABLE)
    assert exc.value.code == "negative_amount"
    with pytest.raises(ValidationError) as exc:
        rules.compute_share(100_000, 0, TABLE)
    assert exc.value.code == "household_size"


def test_the_share_is_computed_on_1_september_or_today_if_later(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("models.daycare.rules.today", lambda: date(2027, 3, 10))
    assert rules.share_day(2027) == date(2027, 9, 1)  # registering in March for the coming year
    assert rules.share_day(2026) == date(2027, 3, 10)  # a case opened during the year


# ---- registration ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("day", "notice"), [
    (date(2027, 1, 1), ("", None)),  # 31 days ahead
    (date(2027, 1, 2), ("soon", date(2027, 2, 1))),  # 30 days ahead
    (date(2027, 1, 31), ("soon", date(2027, 2, 1))),
    (date(2027, 2, 1), ("open", date(2027, 3, 31))),
    (date(2027, 3, 31), ("open", date(2027, 3, 31))),
    (date(2027, 4, 1), ("", None)),
    (date(2026, 12, 31), ("", None)),
    (date(2028, 2, 29), ("open", date(2028, 3, 31))),
])
def test_the_registration_window(day: date, notice: tuple[str, date | None]) -> None:
    assert rules.registration_notice(day) == notice
