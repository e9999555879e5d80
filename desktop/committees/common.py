"""Small pieces the committee screens share: the 14-day notice sentence, Ctrl+Enter saving a dialog, the
weekday's name, the time in hh:mm."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog

from models.codes import PARENT_NOTICE_DAYS


def notice_days(held_on: date, today: date | None = None) -> int:
    """The days the parents would have between today's invitation and the meeting."""
    return (held_on - (today or date.today())).days


def notice_too_short(held_on: date, reason: str, today: date | None = None) -> bool:
    """A non-urgent hearing less than PARENT_NOTICE_DAYS away: the parents cannot be invited in time."""
    return reason != "urgent" and notice_days(held_on, today) < PARENT_NOTICE_DAYS


def notice_warning(days: int) -> str:
    """What the client says before a non-urgent case or invitation breaks the 14-day rule."""
    return (QCoreApplication.translate("Committees", "The meeting is in %n day(s): parents must be invited at least "
                                                     "%1 days ahead. Only an urgent hearing may be held sooner.", "",
                                       max(days, 0))
            .replace("%1", str(PARENT_NOTICE_DAYS)))


def fmt_time(value: time) -> str:
    return value.strftime("%H:%M")


def weekday_name(value: date) -> str:
    """The day of the week in the UI language (Sunday...)."""
    return QLocale().dayName(value.isoweekday(), QLocale.FormatType.LongFormat)


def save_with_ctrl_enter(dialog: QDialog, submit: object) -> list[QShortcut]:
    """Ctrl+Enter (either Enter key) saves the dialog, wherever the focus is (a multi-line box too)."""
    shortcuts = []
    for seq in ("Ctrl+Return", "Ctrl+Enter"):
        sc = QShortcut(QKeySequence(seq), dialog)
        sc.activated.connect(submit)  # type: ignore[arg-type]
        shortcuts.append(sc)
    return shortcuts
