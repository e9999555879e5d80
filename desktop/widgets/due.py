"""Overdue, shown the same way everywhere: the due date in dark red with the word "overdue" beside it
(colour alone is not enough), and a tooltip."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableWidgetItem

from desktop.widgets.dates import fmt_date

OVERDUE_COLOR = "#a61b1b"


def is_overdue(due: date | None, done: bool = False, today: date | None = None) -> bool:
    return due is not None and not done and due < (today or date.today())


def overdue_word() -> str:
    return QCoreApplication.translate("Due", "overdue")


def due_text(due: date | None, done: bool = False, today: date | None = None) -> str:
    """The due date as shown in a table: "05/01/2026 · overdue" when it has passed."""
    text = fmt_date(due)
    if is_overdue(due, done, today):
        text += " · " + overdue_word()
    return text


def overdue_brush() -> QBrush:
    return QBrush(QColor(OVERDUE_COLOR))


def mark_overdue(item: QTableWidgetItem) -> None:
    """Give a cell the overdue look (colour, bold, tooltip)."""
    item.setForeground(overdue_brush())
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    item.setToolTip(QCoreApplication.translate("Due", "The due date has passed"))
