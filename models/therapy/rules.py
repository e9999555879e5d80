"""The therapy centre's rules that need no database: today, who each kind of therapy is for, how ending is
allowed, the waiting list's order and how long a referral has waited.

"Today" is read from ONE place, :func:`today` (``date.today()``): the therapy service never calls
``date.today()`` itself, so a test (unit, GUI or end-to-end) moves the centre's clock with
``monkeypatch.setattr("models.therapy.rules.today", lambda: date(...))``.
"""

from __future__ import annotations

from datetime import date

from models.codes import THERAPY_END_REASONS, THERAPY_KINDS, THERAPY_SUBJECTS

# Who each kind of therapy is for (the CHECK ``kind_fits_subject`` of therapy_referrals says the same):
# emotional and art therapy are given to one person, a child or a parent; parent guidance to a parent or
# to the parents together (the family); a group takes anyone.
KIND_SUBJECTS: dict[str, tuple[str, ...]] = {
    "emotional": ("child", "parent"),
    "parent_guidance": ("parent", "family"),
    "art": ("child", "parent"),
    "group": THERAPY_SUBJECTS,
}
assert set(KIND_SUBJECTS) == set(THERAPY_KINDS)
# the family member a subject names (FamilyMember.relation); the family: nobody in particular
SUBJECT_RELATION: dict[str, str | None] = {"child": "child", "parent": "parent", "family": None}
OPEN_STATUSES = ("waiting", "in_treatment")
# A referral still waiting may end without a treatment (the family moved, went elsewhere, never came); it
# cannot have met its goals (the CHECK ``goals_need_treatment``).
WAITING_END_REASONS = tuple(r for r in THERAPY_END_REASONS if r != "goals_met")


def today() -> date:
    """The therapy centre's today (patched by tests; see the module's docstring)."""
    return date.today()


def fits(kind: str, subject: str) -> bool:
    """Whether ``kind`` of therapy is given to ``subject`` (KIND_SUBJECTS)."""
    return subject in KIND_SUBJECTS.get(kind, ())


def end_reasons(started: bool) -> tuple[str, ...]:
    """The reasons a referral may end with: after a treatment started, any; while waiting, not goals_met."""
    return THERAPY_END_REASONS if started else WAITING_END_REASONS


def waiting_days(referred_on: date, until: date | None = None) -> int:
    """Days a referral has waited: from the referral until ``until`` (the day treatment started or the
    referral ended), or until today."""
    return ((until or today()) - referred_on).days


def waiting_key(referred_on: date, referral_id: int) -> tuple[int, int]:
    """The waiting list's order: the oldest referral first (the age of the referral), then the first made."""
    return referred_on.toordinal(), referral_id
