"""The forum's rules without a database: the agenda's order, the due rule, ages, the task's title."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from models.errors import ValidationError
from models.forum import rules


@dataclass(frozen=True)
class R:
    id: int
    urgency: str
    reported_on: date


TODAY = date(2026, 11, 25)


def test_the_agenda_puts_urgency_first_then_the_youngest_child_then_the_oldest_report() -> None:
    items = [
        (R(1, "routine", date(2026, 1, 1)), date(2024, 1, 1)),  # an old routine report about a toddler
        (R(2, "week", date(2026, 11, 20)), date(2012, 5, 5)),
        (R(3, "week", date(2026, 11, 20)), date(2020, 5, 5)),  # younger than 2: before it
        (R(4, "week", date(2026, 11, 1)), date(2020, 5, 5)),  # same child's age, older report: before 3
        (R(5, "immediate", date(2026, 11, 24)), date(2010, 1, 1)),  # immediate beats every age and date
        (R(6, "week", date(2026, 10, 1)), None),  # unknown birth date: after every known age of its urgency
        (R(7, "day", date(2026, 11, 24)), None),
        (R(8, "week", date(2026, 11, 1)), date(2020, 5, 5)),  # a tie up to the id: 4 first
    ]
    ordered = sorted(items, key=lambda it: rules.agenda_key(it[0], it[1], TODAY))
    assert [r.id for r, _b in ordered] == [5, 7, 4, 8, 3, 2, 6, 1]


def test_a_due_date_within_the_urgency_s_days_of_the_meeting() -> None:
    meeting = date(2026, 11, 22)
    rules.check_due("immediate", meeting, date(2026, 11, 23))
    rules.check_due("day", meeting, date(2026, 11, 24))
    rules.check_due("week", meeting, date(2026, 11, 29))
    rules.check_due("routine", meeting, date(2027, 3, 1))  # no limit
    rules.check_due("immediate", meeting, meeting)  # the same day
    for urgency, due, days in (("immediate", date(2026, 11, 24), 1), ("day", date(2026, 11, 25), 2),
                               ("week", date(2026, 11, 30), 7)):
        with pytest.raises(ValidationError) as exc:
            rules.check_due(urgency, meeting, due)
        assert (exc.value.code, exc.value.params) == ("due_too_late", {"field": "due_on", "days": days})
    with pytest.raises(ValidationError) as exc:
        rules.check_due("routine", meeting, date(2026, 11, 21))
    assert exc.value.code == "due_before_meeting"


def test_age_in_years_and_months() -> None:
    assert rules.age(date(2023, 7, 25), TODAY) == (3, 4)
    assert rules.age(date(2023, 7, 26), TODAY) == (3, 3)  # a day short of the fourth month
    assert rules.age(date(2026, 11, 1), TODAY) == (0, 0)
    assert rules.age(None, TODAY) == (None, None)


def test_today_is_one_patchable_function(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("models.forum.rules.today", lambda: date(2026, 12, 1))
    assert rules.days_open(date(2026, 11, 21)) == 10
    assert rules.days_open(date(2026, 11, 21), date(2026, 11, 22)) == 1


def test_the_task_title_and_the_summary() -> None:
    assert rules.task_title("assessment_visit") == "Youth-law forum: assessment visit"
    long = "א" * 200
    assert len(rules.summary(long)) == rules.SUMMARY_CHARS and rules.summary(long).endswith("…")
    assert rules.summary("שורה\nשנייה") == "שורה שנייה"
