"""What the youth-law forum's screens share (the Forum page, the decision and report dialogs, the file's
Youth law tab): the forum's clock, the agenda's order in one sentence, a child's age in years and months,
urgency in colour (and in words: colour alone is not enough), the due date proposed for a decision, the next
Sunday, and the words for the forum's codes (models.codes), in the context "Forum" (translated later by Qt
Linguist)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableWidgetItem

from desktop.messages import urgency_label as _urgency_label
from models.forum import rules

URGENT_COLOR = "#a61b1b"  # the client's red: immediate
SOON_COLOR = "#8a5a00"  # the client's amber: within 24 hours
WEEK_COLOR = "#1f4e79"  # blue: within a week
ROUTINE_DUE_DAYS = 14  # a routine report's decision: the due date proposed (the rule sets no limit)
URGENCY_ORDER = {u: i for i, u in enumerate(("immediate", "day", "week", "routine"))}
FORUM_WEEKDAY = 7  # the forum meets on Sunday (isoweekday 7)


def today() -> date:
    """The forum's "today": models.forum.rules.today() (one place; the tests move it)."""
    return rules.today()


def next_sunday(after: date) -> date:
    """The forum's next meeting day: ``after`` itself when it is a Sunday, else the Sunday after it."""
    return after + timedelta(days=(FORUM_WEEKDAY - after.isoweekday()) % 7)


def due_limit_days(urgency: str) -> int | None:
    """How many days after the meeting a decision on a report of ``urgency`` may be due (None: no limit)."""
    return rules.DUE_WITHIN_DAYS.get(urgency)


def proposed_due(urgency: str, meeting_on: date) -> date:
    """The due date a decision proposes: the latest the rule allows (immediate 1 day, 24 hours 2, a week 7),
    two weeks for a routine report."""
    days = due_limit_days(urgency)
    return meeting_on + timedelta(days=ROUTINE_DUE_DAYS if days is None else days)


def agenda_order_text() -> str:
    """The agenda's order (models.forum.rules.agenda_key) in one sentence, above the list."""
    return QCoreApplication.translate("Forum", "Most urgent first, then the youngest child, then the oldest report.")


def age_text(years: int | None, months: int | None) -> str:
    """"9 y 4 m", "7 m" under a year; "" when the birth date is unknown."""
    if years is None:
        return ""
    if years == 0:
        return QCoreApplication.translate("Forum", "%1 m").replace("%1", str(months or 0))
    return (QCoreApplication.translate("Forum", "%1 y %2 m").replace("%1", str(years))
            .replace("%2", str(months or 0)))


def age_sort_key(years: int | None, months: int | None) -> int:
    """Months of age, an unknown age last."""
    return 10_000 if years is None else years * 12 + (months or 0)


def urgency_label(code: str) -> str:
    """URGENCIES: the same words as intake's."""
    return _urgency_label(code)


def urgency_color(code: str) -> str | None:
    return {"immediate": URGENT_COLOR, "day": SOON_COLOR, "week": WEEK_COLOR}.get(code)


def mark_urgency(item: QTableWidgetItem, code: str) -> None:
    """An urgency cell in its colour, bold for immediate and within 24 hours, with a tooltip in words."""
    color = urgency_color(code)
    if color is not None:
        item.setForeground(QBrush(QColor(color)))
    if code in ("immediate", "day"):
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    days = due_limit_days(code)
    if days is not None:
        item.setToolTip(Forum().due_within(days))


class Forum(QObject):
    """The context "Forum" for the strings with a count (lupdate gives plural forms only to ``self.tr(text,
    disambiguation, n)``)."""

    def due_within(self, days: int) -> str:
        return self.tr("The decision is due within %n day(s) of the meeting", "", days)


# ---- codes in words (models.codes) ---------------------------------------------------------------------------
def report_kind_label(code: str) -> str:
    """RISK_REPORT_KINDS."""
    return {
        "physical_abuse": QCoreApplication.translate("Forum", "physical abuse"),
        "sexual_abuse": QCoreApplication.translate("Forum", "sexual abuse"),
        "emotional_abuse": QCoreApplication.translate("Forum", "emotional abuse"),
        "neglect": QCoreApplication.translate("Forum", "neglect"),
        "domestic_violence": QCoreApplication.translate("Forum", "domestic violence"),
        "runaway": QCoreApplication.translate("Forum", "ran away from home"),
        "parent_unable": QCoreApplication.translate("Forum", "a parent unable to function"),
        "other": QCoreApplication.translate("Forum", "other"),
    }.get(code, code)


def reporter_kind_label(code: str) -> str:
    """REPORTER_KINDS: who reported."""
    return {
        "school": QCoreApplication.translate("Forum", "school"),
        "kindergarten": QCoreApplication.translate("Forum", "kindergarten"),
        "health": QCoreApplication.translate("Forum", "health service"),
        "police": QCoreApplication.translate("Forum", "police"),
        "neighbour": QCoreApplication.translate("Forum", "neighbour"),
        "relative": QCoreApplication.translate("Forum", "relative"),
        "parent": QCoreApplication.translate("Forum", "parent"),
        "minor": QCoreApplication.translate("Forum", "the minor"),
        "department_worker": QCoreApplication.translate("Forum", "department worker"),
        "anonymous": QCoreApplication.translate("Forum", "anonymous"),
        "other": QCoreApplication.translate("Forum", "other"),
    }.get(code, code)


def channel_label(code: str) -> str:
    """RISK_REPORT_CHANNELS: a report, or an intake referral passed to the forum."""
    return {
        "report": QCoreApplication.translate("Forum", "report"),
        "referral": QCoreApplication.translate("Forum", "intake referral"),
    }.get(code, code)


def intervention_label(code: str) -> str:
    """FORUM_INTERVENTIONS: the forum's decision."""
    return {
        "assessment_visit": QCoreApplication.translate("Forum", "assessment visit"),
        "treatment_plan_committee": QCoreApplication.translate("Forum", "to the treatment-plan committee"),
        "police_report": QCoreApplication.translate("Forum", "report to the police"),
        "emergency_removal": QCoreApplication.translate("Forum", "emergency removal from home"),
        "community_services": QCoreApplication.translate("Forum", "services in the community"),
        "monitoring": QCoreApplication.translate("Forum", "monitoring"),
        "no_further_action": QCoreApplication.translate("Forum", "no further action"),
        "other": QCoreApplication.translate("Forum", "other intervention"),
    }.get(code, code)


def meeting_status_label(code: str) -> str:
    """FORUM_MEETING_STATUSES."""
    return {
        "planned": QCoreApplication.translate("Forum", "planned"),
        "held": QCoreApplication.translate("Forum", "held"),
    }.get(code, code)
