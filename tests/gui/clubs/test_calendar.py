"""The clubs' calendar dialog: the school year month by month (Passover closed, its intermediate days a day
camp, the weekend and August closed, each kind its colour), a day changed with a reason (required), for every
club or for one club only, and read-only for a family worker. The clubs' clock is 18 December 2025 (school
year 2025-2026)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.clubs.calendar_view import COLORS, CalendarDialog, color_of
from desktop.clubs.common import holiday_label
from models.clubs.dto import ClubInput
from tests.gui.helpers import settle, type_text

TODAY = date(2025, 12, 18)


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    monkeypatch.setattr("models.clubs.rules.today", lambda: TODAY)


def _dialog(qtbot, ops, world, who: str = "club") -> CalendarDialog:
    d = CalendarDialog(world.services(who), ops)
    qtbot.addWidget(d)
    d.show()
    settle(qtbot, ops)
    return d


def _cell(d: CalendarDialog, day: date):
    row, col = d.grid.cell_of(day)
    return d.grid.item(row, col)


def test_the_year_shows_each_day_by_its_kind(qtbot, ops, world):
    d = _dialog(qtbot, ops, world)
    assert d.school_year == 2025
    assert d.grid.selected_day() == TODAY  # the year opens on today
    days = d.grid.days
    assert len(days) == 365 and min(days) == date(2025, 9, 1) and max(days) == date(2026, 8, 31)
    seder = date(2026, 4, 2)
    assert (days[seder].kind, days[seder].holiday) == ("closed", "passover")
    assert days[date(2026, 4, 6)].kind == "camp"
    assert days[date(2026, 8, 10)].kind == "closed"
    assert _cell(d, seder).background().color() == COLORS["holiday"]
    assert _cell(d, date(2026, 4, 6)).background().color() == COLORS["camp"]
    assert _cell(d, date(2025, 12, 12)).background().color() == COLORS["closed"]  # a Friday
    assert _cell(d, date(2025, 12, 23)).background().color() == COLORS["club"]
    assert d.grid.date_at(*d.grid.cell_of(date(2026, 2, 28))) == date(2026, 2, 28)
    assert d.grid.date_at(5, 29) is None  # no 30 February
    d.grid.select_day(seder)
    assert holiday_label("passover") in d.detail_label.text()
    assert holiday_label("passover") in _cell(d, seder).toolTip()


def test_a_day_is_changed_with_a_reason(qtbot, ops, world):
    d = _dialog(qtbot, ops, world)
    day = date(2025, 12, 23)
    d.grid.select_day(day)
    d.kind.setCurrentIndex(d.kind.findData("closed"))
    d.change_button.click()  # no reason yet
    settle(qtbot, ops)
    assert d.last_error is not None and d.error_label.isVisible()
    clubs = world.services("club").clubs
    assert next(x for x in clubs.calendar(2025) if x.day == day).kind == "club"  # nothing saved

    type_text(d.reason, "יום השתלמות צוות")
    d.change_button.click()
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert d.error_label.isHidden()
    changed = next(x for x in clubs.calendar(2025) if x.day == day)
    assert (changed.kind, changed.edited, changed.reason) == ("closed", True, "יום השתלמות צוות")
    assert d.grid.days[day].kind == "closed" and _cell(d, day).text() == "•"
    assert "יום השתלמות צוות" in d.detail_label.text()


def test_a_club_gets_a_day_of_its_own(qtbot, ops, world):
    clubs = world.services("club").clubs
    c = clubs.save_club(None, ClubInput(name="מועדונית הדקל"), None)
    d = _dialog(qtbot, ops, world)
    d.club.setCurrentIndex(d.club.findData(c.id))
    settle(qtbot, ops)
    assert "מועדונית הדקל" in d.scope_label.text()
    day = date(2025, 12, 24)
    d.grid.select_day(day)
    d.kind.setCurrentIndex(d.kind.findData("camp"))
    type_text(d.reason, "טיול שנתי")
    d.change_button.click()
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert d.last_error is None
    own = next(x for x in clubs.calendar(2025, c.id) if x.day == day)
    assert (own.kind, own.club_id) == ("camp", c.id)
    assert next(x for x in clubs.calendar(2025) if x.day == day).kind == "club"  # the department's is unchanged
    assert color_of(d.grid.days[day]) == COLORS["camp"]


def test_the_calendar_is_read_only_for_a_family_worker(qtbot, ops, world):
    d = _dialog(qtbot, ops, world, "north_worker")
    assert len(d.grid.days) == 365
    assert d.change_box.isHidden()


def test_the_attendance_fees_and_calendar_screens_name_every_input_for_a_screen_reader(qtbot, ops, world):
    """Every visible input, table and button of these screens (the attendance day and month, the calendar,
    the fees list, the payment and adjustment dialogs, the file's Club tab) has a name NVDA reads."""
    from desktop.clubs.adjustment_dialog import AdjustmentDialog
    from desktop.clubs.attendance import AttendanceView
    from desktop.clubs.fees import FeesView
    from desktop.clubs.payment_dialog import PaymentDialog
    from desktop.families.file_view import FileView
    from desktop.widgets.a11y import describe, unnamed_widgets
    from models.clubs.dto import EnrolInput

    clubs = world.services("club").clubs
    c = clubs.save_club(None, ClubInput(name="מועדונית הדקל"), None)
    e = clubs.enrol(EnrolInput(club_id=c.id, file_id=world.files["cohen"], person_id=world.persons["cohen_child"],
                               starts_on=date(2025, 11, 2)))
    clubs.charge_month(date(2025, 12, 1), c.id)
    s = world.services("club")
    unnamed: list[str] = []
    for w in (AttendanceView(s, ops), CalendarDialog(s, ops), FeesView(s, ops), PaymentDialog(s, ops),
              PaymentDialog(s, ops, file_id=world.files["cohen"]), AdjustmentDialog(s, ops, e.id, "מרים כהן"),
              FileView(s, ops, world.files["cohen"], tab="clubs")):
        qtbot.addWidget(w)
        w.show()
        if isinstance(w, AttendanceView | FeesView):
            w.set_club(c.id)
        settle(qtbot, ops)
        settle(qtbot, ops)
        unnamed += [describe(x) for x in unnamed_widgets(w)]
        if isinstance(w, AttendanceView):
            w.toggle_month()
            settle(qtbot, ops)
            unnamed += [describe(x) for x in unnamed_widgets(w)]
    assert unnamed == []
