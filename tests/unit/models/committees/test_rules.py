"""The committee's pure rules: the parents' 14 days of notice, month arithmetic at month ends, the review
limits of a placed child."""

from __future__ import annotations

from datetime import date

import pytest

from models.committees import rules
from models.committees.rules import add_months, annual_review_due, notice_ok, parent_notice_days, review_limit


def test_parent_notice_counts_days_between_sending_and_meeting() -> None:
    assert parent_notice_days(date(2026, 12, 20), date(2026, 12, 6)) == 14
    assert parent_notice_days(date(2026, 12, 20), date(2026, 12, 15)) == 5
    assert parent_notice_days(date(2027, 1, 3), date(2026, 12, 27)) == 7  # across a year end


@pytest.mark.parametrize(("sent_on", "reason", "ok"), [
    (date(2026, 12, 6), "first_hearing", True),  # exactly 14 days
    (date(2026, 12, 7), "first_hearing", False),  # 13 days
    (date(2026, 12, 15), "review", False),  # the parent invited 5 days ahead
    (date(2026, 12, 15), "urgent", True),  # urgent: by phone, any time before
    (date(2026, 12, 19), "urgent", True),
    (date(2026, 11, 1), "annual_review", True),
])
def test_notice_ok_needs_fourteen_days_unless_urgent(sent_on: date, reason: str, ok: bool) -> None:
    assert notice_ok(date(2026, 12, 20), sent_on, reason) is ok


@pytest.mark.parametrize(("d", "n", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
    (date(2026, 11, 15), 2, date(2027, 1, 15)),
    (date(2026, 1, 15), -1, date(2025, 12, 15)),
    (date(2028, 2, 29), 12, date(2029, 2, 28)),
    (date(2026, 5, 31), 0, date(2026, 5, 31)),
    (date(2026, 8, 31), 18, date(2028, 2, 29)),
])
def test_add_months_is_safe_at_month_ends(d: date, n: int, expected: date) -> None:
    assert add_months(d, n) == expected


def test_review_limit_is_twelve_months_after_the_hearing() -> None:
    assert review_limit(date(2026, 12, 20)) == date(2027, 12, 20)
    assert review_limit(date(2028, 2, 29)) == date(2029, 2, 28)


def test_annual_review_counts_from_the_later_of_placement_and_last_hearing() -> None:
    assert annual_review_due(date(2026, 3, 1), None) == date(2027, 3, 1)
    assert annual_review_due(date(2026, 3, 1), date(2026, 9, 10)) == date(2027, 9, 10)
    assert annual_review_due(date(2026, 3, 1), date(2025, 9, 10)) == date(2027, 3, 1)  # hearing before placing


def test_today_is_read_from_one_place_that_tests_can_move(monkeypatch: pytest.MonkeyPatch) -> None:
    assert rules.today() == date.today()
    monkeypatch.setattr("models.committees.rules.today", lambda: date(2030, 1, 1))
    assert rules.today() == date(2030, 1, 1)


def test_a_participant_is_reachable_by_phone_e_mail_address_or_as_staff() -> None:
    from models.committees.rules import reachable

    assert not reachable("", " ", "", None)
    assert reachable("050-0000001", "", "", None) and reachable("", "a@b.example", "", None)
    assert reachable("", "", "רחוב הדקל 1", None) and reachable("", "", "", 7)
