"""Date fields and calendars: dd/MM/yyyy in Latin digits left to right, the Hebrew date beside the civil one,
the week from Sunday with Friday and Saturday as the weekend, in Hebrew and in Arabic."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget, QFormLayout, QLabel, QWidget

from desktop.widgets.dates import (
    WEEKEND_COLOR,
    DateEdit,
    configure_calendar,
    date_locale,
    fmt_date,
    fmt_date_with_hebrew,
    make_date_edit,
    to_date,
)


@pytest.fixture
def arabic_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Israel))
    yield
    QLocale.setDefault(before)


def _form(qtbot, edit: DateEdit) -> QWidget:
    w = QWidget()
    form = QFormLayout(w)
    form.addRow(QLabel("תאריך:"), edit)
    qtbot.addWidget(w)
    w.show()
    return w


def test_date_edit_shows_the_civil_and_the_hebrew_date_and_follows_changes(qtbot):
    edit = make_date_edit(date(2026, 11, 28))
    form = _form(qtbot, edit)  # noqa: F841 (kept alive)
    assert edit.text() == "28/11/2026"
    assert edit.edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert edit.hebrew_label.text() == "י״ח כסלו תשפ״ז"
    assert edit.hebrew_label.isVisible()
    # the Hebrew date sits beside the field, on the reading side after it (right to left: to its left)
    assert edit.hebrew_label.geometry().right() < edit.edit.geometry().left()
    with qtbot.waitSignal(edit.dateChanged):
        edit.setDate(date(2025, 9, 23))
    assert edit.hebrew_label.text() == "א׳ תשרי תשפ״ו"
    assert edit.edit.accessibleDescription() == "א׳ תשרי תשפ״ו"
    assert to_date(edit) == edit.value() == date(2025, 9, 23)


def test_typing_a_date_updates_the_hebrew_date(qtbot):
    edit = make_date_edit(date(2026, 1, 1))
    form = _form(qtbot, edit)
    form.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.edit.hasFocus)
    edit.edit.setSelectedSection(edit.edit.Section.DaySection)
    qtbot.keyClicks(edit.edit, "13042025")  # each full section moves on to the next
    assert to_date(edit) == date(2025, 4, 13)
    assert edit.hebrew_label.text() == "ט״ו ניסן תשפ״ה"


def test_minimum_and_maximum_are_kept(qtbot):
    edit = make_date_edit(date(2026, 5, 5), maximum=date(2026, 5, 10), minimum=date(2026, 5, 1))
    qtbot.addWidget(edit)
    edit.setDate(date(2026, 6, 1))
    assert to_date(edit) == date(2026, 5, 10)
    edit.setDate(date(2026, 4, 1))
    assert to_date(edit) == date(2026, 5, 1)
    assert make_date_edit().value() == date.today()


def test_the_calendar_week_starts_on_sunday_with_friday_and_saturday_as_weekend(qtbot):
    edit = make_date_edit(date(2026, 11, 28))
    qtbot.addWidget(edit)
    cal = edit.calendarWidget()
    assert cal.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    for day in (Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday):
        assert cal.weekdayTextFormat(day).foreground().color() == WEEKEND_COLOR
    for day in (Qt.DayOfWeek.Sunday, Qt.DayOfWeek.Monday, Qt.DayOfWeek.Thursday):
        assert cal.weekdayTextFormat(day).foreground().color() != WEEKEND_COLOR
    assert cal.layoutDirection() == Qt.LayoutDirection.RightToLeft  # Sunday on the right, as in Hebrew
    assert cal.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
    # the same in a calendar made anywhere else
    other = configure_calendar(QCalendarWidget())
    qtbot.addWidget(other)
    assert other.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    assert other.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() != WEEKEND_COLOR
    assert other.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color() == WEEKEND_COLOR


def test_arabic_dates_keep_latin_digits_and_show_the_hebrew_date_in_arabic(qtbot, arabic_locale):
    # Qt's own Arabic of Israel would write the digits as ٢٨/١١/٢٠٢٦
    assert QLocale().toString(QDate(2026, 11, 28), "dd/MM/yyyy") != "28/11/2026"
    edit = make_date_edit(date(2026, 11, 28))
    form = _form(qtbot, edit)  # noqa: F841 (kept alive)
    assert edit.text() == "28/11/2026"
    assert edit.hebrew_label.text() == "18 كسلو 5787"
    cal = edit.calendarWidget()
    assert cal.locale().zeroDigit() == "0"
    assert cal.locale().language() == QLocale.Language.Arabic
    ar_il = QLocale(QLocale.Language.Arabic, QLocale.Country.Israel)
    assert [cal.locale().standaloneMonthName(m) for m in range(1, 13)] == [
        ar_il.standaloneMonthName(m) for m in range(1, 13)]
    assert [cal.locale().dayName(d) for d in range(1, 8)] == [ar_il.dayName(d) for d in range(1, 8)]
    assert cal.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    assert fmt_date_with_hebrew(date(2026, 11, 28)) == "28/11/2026 (18 كسلو 5787)"


def test_date_locales_write_latin_digits():
    for lang in ("he", "ar", "en"):
        assert date_locale(lang).toString(QDate(2026, 11, 28), "dd/MM/yyyy") == "28/11/2026", lang


def test_arabic_interface_writes_counts_in_latin_digits(qapp, qm_dir):
    from desktop.app import apply_language, ui_locale

    translators = apply_language(qapp, "ar", qm_dir)
    try:
        assert QLocale().toString(12345) == "12,345"  # not ١٢٬٣٤٥ as ar_IL would
        assert QLocale().dayName(7) == QLocale(QLocale.Language.Arabic, QLocale.Country.Israel).dayName(7)
        assert QLocale().toString(12.5) == "12.5"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(ui_locale("he"))


def test_formatting_helpers():
    assert fmt_date(date(2026, 3, 4)) == "04/03/2026"
    assert fmt_date(None) == "" and fmt_date_with_hebrew(None) == ""
    assert fmt_date_with_hebrew(date(2026, 11, 28)) == "28/11/2026 (י״ח כסלו תשפ״ז)"
    assert fmt_date_with_hebrew(date(2026, 11, 28), "en") == "28/11/2026 (18 Kislev 5787)"
