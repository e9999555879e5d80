"""Date widgets in the field's convention, dd/MM/yyyy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

DATE_FORMAT = "dd/MM/yyyy"


def make_date_edit(value: date | None = None, parent: QWidget | None = None, *,
                   maximum: date | None = None) -> QDateEdit:
    """A QDateEdit showing dd/MM/yyyy. The left-to-right direction must be set BEFORE the display format:
    in a right-to-left layout Qt otherwise shows the sections reversed (2026/11/23)."""
    edit = QDateEdit(parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    if maximum is not None:
        edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
    v = value or date.today()
    edit.setDate(QDate(v.year, v.month, v.day))
    return edit


def to_date(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
