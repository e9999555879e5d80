"""The clubs' rules that need no database (models.clubs.rules)."""

from __future__ import annotations

from datetime import date

import pytest

from models.clubs import rules


def test_age_in_whole_years() -> None:
    assert rules.age_on(date(2015, 6, 12), date(2026, 6, 11)) == 10
    assert rules.age_on(date(2015, 6, 12), date(2026, 6, 12)) == 11
    assert rules.age_on(date(2016, 2, 29), date(2027, 2, 28)) == 10  # born on 29 February
    assert rules.age_on(date(2016, 2, 29), date(2027, 3, 1)) == 11
    assert rules.age_on(None, date(2026, 1, 1)) is None
    assert rules.age_fits(3, 3, 12) and rules.age_fits(12, 3, 12) and rules.age_fits(None, 3, 12)
    assert not rules.age_fits(2, 3, 12) and not rules.age_fits(13, 3, 12)


def test_months_and_school_years() -> None:
    assert rules.month_start(date(2026, 11, 18)) == date(2026, 11, 1)
    assert rules.month_end(date(2027, 2, 3)) == date(2027, 2, 28)
    assert rules.add_months(date(2026, 12, 15), 1) == date(2027, 1, 1)
    assert rules.add_months(date(2026, 1, 31), -1) == date(2025, 12, 1)
    assert len(rules.month_days(date(2028, 2, 1))) == 29
    assert rules.school_year_of(date(2026, 9, 1)) == 2026
    assert rules.school_year_of(date(2027, 8, 31)) == 2026
    assert rules.school_year_range(2026) == (date(2026, 9, 1), date(2027, 8, 31))


def test_an_enrolment_is_active_up_to_the_day_before_it_left() -> None:
    start = date(2026, 9, 1)
    assert not rules.active_on(start, None, date(2026, 8, 31))
    assert rules.active_on(start, None, start) and rules.active_on(start, None, date(2030, 1, 1))
    assert rules.active_on(start, date(2026, 10, 1), date(2026, 9, 30))
    assert not rules.active_on(start, date(2026, 10, 1), date(2026, 10, 1))


def test_the_waiting_list_order() -> None:
    """Pinned first (by rank), then age fit, then urgency, then risk, then waiting longest."""
    old, new = date(2026, 1, 1), date(2026, 6, 1)
    requests = {
        "pinned_2": rules.waiting_key(2, False, "routine", "low", new, 1),
        "pinned_1": rules.waiting_key(1, False, "routine", "low", new, 2),
        "misfit_immediate": rules.waiting_key(None, False, "immediate", "high", old, 3),
        "routine_high_old": rules.waiting_key(None, True, "routine", "high", old, 4),
        "routine_high_new": rules.waiting_key(None, True, "routine", "high", new, 5),
        "routine_low_old": rules.waiting_key(None, True, "routine", "low", old, 6),
        "week_low_new": rules.waiting_key(None, True, "week", "low", new, 7),
        "routine_high_new_later_id": rules.waiting_key(None, True, "routine", "high", new, 8),
    }
    order = sorted(requests, key=lambda k: requests[k])
    assert order == ["pinned_1", "pinned_2", "week_low_new", "routine_high_old", "routine_high_new",
                     "routine_high_new_later_id", "routine_low_old", "misfit_immediate"]
    assert rules.WAITING_ORDER == ("pinned", "age_fit", "urgency", "risk", "waiting")


A, P, E = (False, ""), (True, ""), (False, "sick")  # unexplained, present, explained


def test_streak_lengths_count_unexplained_absences_in_a_row() -> None:
    assert rules.streak_lengths([A, A, P, A, E, A, A, A]) == [1, 2, 0, 1, 0, 1, 2, 3]
    assert rules.streak_around([A, A, P, A, A, A], 4) == (3, 6)
    assert rules.streak_around([A, P], 1) is None


def marks(pattern: str, tasks: dict[int, int] | None = None) -> list[tuple[bool, str, int | None]]:
    codes = {"U": (False, ""), "P": (True, ""), "E": (False, "sick")}
    return [(*codes[c], (tasks or {}).get(i)) for i, c in enumerate(pattern)]


@pytest.mark.parametrize(("pattern", "index", "tasks", "raises"), [
    ("UU", 1, None, False),  # two in a row: no task
    ("UUU", 2, None, True),  # the third raises it
    ("UUUU", 3, {2: 9}, False),  # the same run already has its task
    ("UUUP", 3, {2: 9}, False),  # a present day raises nothing
    ("UUUPUUU", 6, {2: 9}, True),  # a present day ended the run: three more raise a new task
    ("UUUEUUU", 6, {2: 9}, True),  # so does an explained absence
    ("UUEU", 3, None, False),
    ("UPUU", 3, None, False),
    ("UUUU", 1, None, True),  # a day in the middle filled in later joins two runs into one of four
    ("UUUU", 1, {3: 9}, False),
])
def test_a_task_for_three_unexplained_absences_in_a_row_never_twice(pattern: str, index: int,
                                                                    tasks: dict[int, int] | None,
                                                                    raises: bool) -> None:
    assert rules.streak_raises_task(marks(pattern, tasks), index) is raises


def test_absence_task_title_is_hebrew_and_fits() -> None:
    title = rules.absence_task_title("מרים כהן", "מועדונית הגפן")
    assert "מרים כהן" in title and "מועדונית הגפן" in title and title.startswith("שלוש היעדרויות")
    assert len(rules.absence_task_title("א" * 300, "ב")) == rules.TASK_TITLE_MAX


def test_the_month_fee_with_an_exemption_or_a_discount() -> None:
    assert rules.month_fee(13_000, None, 0) == (13_000, 0)
    assert rules.month_fee(13_000, "exemption", 0) == (13_000, 13_000)
    assert rules.month_fee(13_000, "discount", 5_000) == (13_000, 5_000)
    assert rules.month_fee(13_000, "discount", 20_000) == (13_000, 13_000)  # never below nothing
    assert rules.in_force(date(2026, 9, 1), None, date(2027, 3, 1))
    assert rules.in_force(date(2026, 9, 1), date(2026, 10, 1), date(2026, 10, 1))
    assert not rules.in_force(date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1))
    assert not rules.in_force(date(2026, 9, 1), None, date(2026, 8, 1))


def test_arrears_are_what_is_owed_of_earlier_months_payments_covering_the_oldest_first() -> None:
    charges = [(date(2026, 9, 1), 13_000), (date(2026, 10, 1), 13_000), (date(2026, 11, 1), 13_000)]
    assert rules.arrears(charges, 0, date(2026, 11, 18)) == 26_000
    assert rules.arrears(charges, 13_000, date(2026, 11, 18)) == 13_000  # September paid, October owed
    assert rules.arrears(charges, 30_000, date(2026, 11, 18)) == 0  # November paid in part: not arrears
    assert rules.arrears(charges, 0, date(2026, 9, 30)) == 0


def test_money_as_text() -> None:
    assert rules.format_money(13_000) == "130.00 ₪"
    assert rules.format_money(130_050) == "1,300.50 ₪"
    assert rules.format_money(-500) == "-5.00 ₪"
    assert rules.format_money(0) == "0.00 ₪"
