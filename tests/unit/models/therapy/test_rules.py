"""The therapy centre's rules without a database: who each kind of therapy is for (as the CHECK of revision
0021 says), the reasons a referral may end with, the waiting list's order and its days."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text

from models.codes import THERAPY_END_REASONS, THERAPY_KINDS, THERAPY_SUBJECTS
from models.therapy import rules
from models.therapy.entities import KIND_FITS_SUBJECT


def test_who_each_kind_is_for() -> None:
    assert rules.fits("emotional", "child") and rules.fits("emotional", "parent")
    assert not rules.fits("emotional", "family")
    assert rules.fits("parent_guidance", "family") and not rules.fits("parent_guidance", "child")
    assert rules.fits("art", "child") and not rules.fits("art", "family")
    assert all(rules.fits("group", s) for s in THERAPY_SUBJECTS)
    assert not rules.fits("yoga", "child")


def test_the_check_of_the_table_says_what_the_rule_says() -> None:
    """The CHECK ``kind_fits_subject`` evaluated by SQLite for every kind and subject."""
    engine = create_engine("sqlite://")
    with engine.connect() as c:
        for kind in THERAPY_KINDS:
            for subject in THERAPY_SUBJECTS:
                got = c.execute(text(f"SELECT ({KIND_FITS_SUBJECT}) FROM (SELECT :k AS kind, :s AS subject)"),
                                {"k": kind, "s": subject})
                assert bool(got.scalar()) == rules.fits(kind, subject), (kind, subject)
    engine.dispose()


def test_a_waiting_referral_ends_with_any_reason_but_goals_met() -> None:
    assert rules.end_reasons(True) == THERAPY_END_REASONS
    assert "goals_met" not in rules.end_reasons(False)
    assert set(rules.end_reasons(False)) == set(THERAPY_END_REASONS) - {"goals_met"}


def test_waiting_days_until_today_or_until_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("models.therapy.rules.today", lambda: date(2026, 3, 1))
    assert rules.waiting_days(date(2026, 2, 1)) == 28
    assert rules.waiting_days(date(2026, 2, 1), date(2026, 2, 11)) == 10
    assert rules.waiting_days(date(2026, 3, 1)) == 0


def test_the_oldest_referral_first_then_the_first_made() -> None:
    rows = [(date(2026, 2, 1), 9), (date(2026, 1, 5), 12), (date(2026, 2, 1), 3), (date(2025, 12, 31), 40)]
    ordered = sorted(rows, key=lambda r: rules.waiting_key(*r))
    assert ordered == [(date(2025, 12, 31), 40), (date(2026, 1, 5), 12), (date(2026, 2, 1), 3), (date(2026, 2, 1), 9)]
