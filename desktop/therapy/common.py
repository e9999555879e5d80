"""What every therapy screen shares: the words for the therapy centre's codes (models.codes: THERAPY_SUBJECTS,
THERAPY_KINDS, THERAPY_STATUSES, THERAPY_END_REASONS), who a referral is for in words, and the centre's
"today". Each label is written where pyside6-lupdate sees it (context "Therapy")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject


def today() -> date:
    """The therapy centre's "today": models.therapy.rules.today() (one place; the tests move it)."""
    from models.therapy import rules

    return rules.today()


def subject_label(code: str) -> str:
    return {
        "child": QCoreApplication.translate("Therapy", "a child"),
        "parent": QCoreApplication.translate("Therapy", "a parent"),
        "family": QCoreApplication.translate("Therapy", "the family"),
    }.get(code, code)


def kind_label(code: str) -> str:
    return {
        "emotional": QCoreApplication.translate("Therapy", "emotional therapy"),
        "parent_guidance": QCoreApplication.translate("Therapy", "parent guidance"),
        "art": QCoreApplication.translate("Therapy", "art therapy"),
        "group": QCoreApplication.translate("Therapy", "group"),
    }.get(code, code)


def status_label(code: str) -> str:
    return {
        "waiting": QCoreApplication.translate("Therapy", "waiting"),
        "in_treatment": QCoreApplication.translate("Therapy", "in treatment"),
        "ended": QCoreApplication.translate("Therapy", "ended"),
    }.get(code, code)


def end_reason_label(code: str) -> str:
    return {
        "goals_met": QCoreApplication.translate("Therapy", "treatment goals met"),
        "dropped_out": QCoreApplication.translate("Therapy", "dropped out"),
        "referred_elsewhere": QCoreApplication.translate("Therapy", "referred elsewhere"),
        "moved": QCoreApplication.translate("Therapy", "moved away"),
        "other": QCoreApplication.translate("Therapy", "other"),
    }.get(code, code)


def who_text(person_name: str, subject: str) -> str:
    """Who the referral is for: the person's name, or "the family" (a referral of the family as a whole)."""
    return person_name if person_name else subject_label(subject)


class Therapy(QObject):
    """The context "Therapy" for the strings with a count (lupdate gives plural forms only to ``self.tr(text,
    disambiguation, n)``)."""

    def days(self, days: int) -> str:
        return self.tr("%n day(s)", "", days)


def days_text(days: int) -> str:
    """"12 days" (the days a referral has waited)."""
    return Therapy().days(days)
