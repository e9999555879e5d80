"""The foster pipeline's pure rules: where a referral may move, which moves go back (a reason), the page's
order keys, ages, the emergency's committee day, the clock that tests move."""

from __future__ import annotations

from datetime import date

import pytest

from models.codes import FOSTER_PIPELINE, FOSTER_STATUSES
from models.foster import rules


def test_a_draft_is_first_sent_then_any_later_step_or_rejected() -> None:
    assert rules.next_statuses("draft") == ("sent",)
    assert rules.next_statuses("sent") == ("draft", "assessment", "proposed", "matched", "placed", "rejected")
    assert rules.next_statuses("matched") == ("draft", "sent", "assessment", "proposed", "placed", "rejected")


def test_placed_only_ends_and_closed_referrals_go_nowhere() -> None:
    assert rules.next_statuses("placed") == ("ended",)
    assert rules.next_statuses("ended") == ()
    assert rules.next_statuses("rejected") == ()
    assert rules.next_statuses("nonsense") == ()


@pytest.mark.parametrize(("a", "b", "back"), [
    ("matched", "proposed", True), ("proposed", "assessment", True), ("sent", "draft", True),
    ("sent", "proposed", False), ("assessment", "placed", False), ("placed", "ended", False),
    ("matched", "rejected", False), ("placed", "matched", True),
])
def test_backwards_is_a_move_back_along_the_pipeline(a: str, b: str, back: bool) -> None:
    assert rules.is_backwards(a, b) is back


def test_every_transition_is_a_next_status_and_backwards_ones_need_a_reason() -> None:
    table = rules.transitions()
    assert len(table) == len(set(table)) == 26
    for a, b, reason in table:
        assert b in rules.next_statuses(a) and reason == rules.is_backwards(a, b)
    # nothing ever reaches "draft" forward, nothing leaves "placed" but by ending
    assert {b for a, b, _r in table if a == "placed"} == {"ended"}
    assert all(a in ("sent", "assessment", "proposed", "matched") for a, b, _r in table if b == "rejected")


def test_stage_follows_the_statuses_order_open_ones_first() -> None:
    assert [rules.stage(s) for s in FOSTER_STATUSES] == list(range(len(FOSTER_STATUSES)))
    assert max(rules.stage(s) for s in FOSTER_PIPELINE) < rules.stage("ended") < rules.stage("rejected")


def test_age_order_sorts_the_youngest_first_and_the_unknown_last() -> None:
    births = [date(2012, 5, 1), None, date(2020, 1, 31), date(2020, 2, 1), date(2015, 12, 31)]
    ordered = sorted(births, key=rules.age_order)
    assert ordered == [date(2020, 2, 1), date(2020, 1, 31), date(2015, 12, 31), date(2012, 5, 1), None]
    assert rules.age_order(date(2020, 2, 1)) == -20200201 and rules.age_order(None) == 0


def test_ages_committee_day_and_days_in_status(monkeypatch: pytest.MonkeyPatch) -> None:
    assert rules.age_on(date(2016, 2, 29), date(2026, 2, 28)) == 9
    assert rules.age_on(date(2016, 2, 29), date(2026, 3, 1)) == 10
    assert rules.age_on(None, date(2026, 3, 1)) is None
    assert rules.committee_due(date(2026, 11, 27)) == date(2026, 12, 4)
    monkeypatch.setattr("models.foster.rules.today", lambda: date(2026, 3, 10))
    assert rules.days_in_status(date(2026, 3, 1)) == 9
    assert rules.days_in_status(date(2026, 3, 12)) == 0


def test_the_placements_end_reason_keeps_the_code_and_the_words() -> None:
    assert rules.placement_end_reason("returned_home", "") == "returned_home"
    assert rules.placement_end_reason("other", "עבר לקרובים") == "other: עבר לקרובים"
    assert len(rules.placement_end_reason("other", "א" * 900)) == 500
