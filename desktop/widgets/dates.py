"""Dates in the field's convention: dd/MM/yyyy, Latin digits, left to right, the Hebrew date beside the civil
one; calendars whose week runs Sunday to Saturday with Friday and Saturday marked as the weekend.

The UI language is read from the default QLocale, which ``desktop.app.apply_language`` sets."""

from __future__ import annotations

import datetime
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QHBoxLayout, QLabel, QWidget

from models.calendar import hebrew_date

DATE_FORMAT = "dd/MM/yyyy"
WEEKEND = (Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday)
WORKDAYS = (Qt.DayOfWeek.Sunday, Qt.DayOfWeek.Monday, Qt.DayOfWeek.Tuesday, Qt.DayOfWeek.Wednesday,
            Qt.DayOfWeek.Thursday)
WEEKEND_COLOR = QColor("#a61b1b")


def ui_language() -> str:
    """``he``, ``ar`` or ``en``, from the default locale."""
    return {QLocale.Language.Hebrew: "he", QLocale.Language.Arabic: "ar"}.get(QLocale().language(), "en")


def date_locale(lang: str | None = None) -> QLocale:
    """The locale for date widgets: the UI language's (``desktop.app.ui_locale``: Latin digits)."""
    from desktop.app import ui_locale

    return ui_locale(lang or ui_language())


def configure_calendar(cal: QCalendarWidget, lang: str | None = None) -> QCalendarWidget:
    """The department's week in any calendar: Sunday first, Friday and Saturday in the weekend colour, the
    UI language's names with Latin digits, laid out in the UI's direction."""
    cal.setLocale(date_locale(lang))
    cal.setLayoutDirection(QGuiApplication.layoutDirection())
    cal.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
    cal.setGridVisible(True)
    # ISO week numbers count from Monday: beside a week that starts on Sunday they would mislead
    cal.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    normal = QTextCharFormat()
    normal.setForeground(cal.palette().color(QPalette.ColorRole.Text))
    weekend = QTextCharFormat()
    weekend.setForeground(WEEKEND_COLOR)
    for day in WORKDAYS:
        cal.setWeekdayTextFormat(day, normal)
    for day in WEEKEND:
        cal.setWeekdayTextFormat(day, weekend)
    return cal


def _qdate(value: date | QDate) -> QDate:
    return value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)


class DateEdit(QWidget):
    """A date field: a QDateEdit (``edit``) showing dd/MM/yyyy with a calendar popup, and beside it a small
    label (``hebrew_label``) with the Hebrew date, which follows the date. Offers the QDateEdit calls the
    forms use (date, setDate, dateChanged, minimum and maximum) plus ``value``/``setValue`` with
    ``datetime.date``. Focus goes to the edit; a form label's buddy should be ``edit``
    (desktop.widgets.a11y does that)."""

    dateChanged = Signal(QDate)
    # (annotations in this class write datetime.date: "date" here is the method below)

    def __init__(self, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        self._lang = lang or ui_language()
        self.edit = QDateEdit(self)
        # Left to right BEFORE the display format: in a right-to-left layout Qt otherwise shows the sections
        # reversed (2026/11/23).
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setLocale(date_locale(self._lang))
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setCalendarWidget(configure_calendar(QCalendarWidget(self.edit), self._lang))
        self.hebrew_label = QLabel(self)
        self.hebrew_label.setObjectName("hebrewDate")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hebrew_label)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(self._changed)
        self._changed(self.edit.date())

    # ---- the QDateEdit calls forms use ---------------------------------------------------------------------
    def date(self) -> QDate:
        return self.edit.date()

    def setDate(self, value: datetime.date | QDate) -> None:
        self.edit.setDate(_qdate(value))

    def minimumDate(self) -> QDate:
        return self.edit.minimumDate()

    def maximumDate(self) -> QDate:
        return self.edit.maximumDate()

    def setMinimumDate(self, value: datetime.date | QDate) -> None:
        self.edit.setMinimumDate(_qdate(value))

    def setMaximumDate(self, value: datetime.date | QDate) -> None:
        self.edit.setMaximumDate(_qdate(value))

    def calendarWidget(self) -> QCalendarWidget:
        return self.edit.calendarWidget()

    def text(self) -> str:
        return self.edit.text()

    # ---- with datetime.date -------------------------------------------------------------------------------
    def value(self) -> datetime.date:
        q = self.edit.date()
        return date(q.year(), q.month(), q.day())

    def setValue(self, value: datetime.date) -> None:
        self.setDate(value)

    def hebrew_text(self) -> str:
        return self.hebrew_label.text()

    def _changed(self, q: QDate) -> None:
        text = hebrew_date(date(q.year(), q.month(), q.day()), self._lang)
        self.hebrew_label.setText(text)
        # a screen reader reads the Hebrew date after the field's name and value
        self.edit.setAccessibleDescription(text)
        self.dateChanged.emit(q)


def make_date_edit(value: date | None = None, parent: QWidget | None = None, *,
                   maximum: date | None = None, minimum: date | None = None) -> DateEdit:
    """A date field (DateEdit) set to ``value`` (default: today), within ``minimum``..``maximum``."""
    edit = DateEdit(parent)
    if minimum is not None:
        edit.setMinimumDate(minimum)
    if maximum is not None:
        edit.setMaximumDate(maximum)
    edit.setDate(value or date.today())
    return edit


def to_date(edit: DateEdit | QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_date_with_hebrew(value: date | None, lang: str | None = None) -> str:
    """``28/11/2026 (י״ח כסלו תשפ״ז)``, for headers and letters; empty for no date."""
    if value is None:
        return ""
    return f"{fmt_date(value)} ({hebrew_date(value, lang or ui_language())})"
