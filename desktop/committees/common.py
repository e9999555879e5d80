"""Small pieces the committee screens share: the 14-day notice sentence, Ctrl+Enter saving a dialog, the
weekday's name, the time in hh:mm."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog

from models.changes import Changes
from models.codes import PARENT_NOTICE_DAYS
from models.committees import rules


def notice_days(held_on: date, today: date | None = None) -> int:
    """The days the parents would have between today's invitation and the meeting."""
    return rules.parent_notice_days(held_on, today or rules.today())


def notice_too_short(held_on: date, reason: str, today: date | None = None) -> bool:
    """A non-urgent hearing less than PARENT_NOTICE_DAYS away: the parents cannot be invited in time."""
    return not rules.notice_ok(held_on, today or rules.today(), reason)


class Committees(QObject):
    """The context "Committees" for the strings with a count: lupdate gives a string plural forms only when it
    is written as ``self.tr(text, disambiguation, n)`` (a ``QCoreApplication.translate`` with a count is not
    taken as one, and this sentence was not extracted at all)."""

    def notice_warning(self, days: int) -> str:
        return self.tr("The meeting is in %n day(s): parents must be invited at least %1 days ahead. Only an "
                       "urgent hearing may be held sooner.", "", days)


def notice_warning(days: int) -> str:
    """What the client says before a non-urgent case or invitation breaks the 14-day rule."""
    return Committees().notice_warning(max(days, 0)).replace("%1", str(PARENT_NOTICE_DAYS))


def fmt_time(value: time) -> str:
    return value.strftime("%H:%M")


def weekday_name(value: date) -> str:
    """The day of the week in the UI language (Sunday...)."""
    return QLocale().dayName(value.isoweekday(), QLocale.FormatType.LongFormat)


def save_with_ctrl_enter(dialog: QDialog, submit: Callable[[], None]) -> list[QShortcut]:
    """Ctrl+Enter (either Enter key) saves the dialog, wherever the focus is (a multi-line box too)."""
    shortcuts = []
    for seq in ("Ctrl+Return", "Ctrl+Enter"):
        sc = QShortcut(QKeySequence(seq), dialog)
        sc.activated.connect(submit)
        shortcuts.append(sc)
    return shortcuts


def announcing(call: Callable[[], Any], meeting_id: int) -> Callable[[], tuple[Any, Changes]]:
    """``call`` whose answer also announces the meeting as changed (a participant's DTO names no meeting)."""
    changes = Changes.make(meetings=(meeting_id,))
    return lambda: (call(), changes)
