"""The club's attendance: the day's grid (everyone present on a day not recorded, Space, R, Ctrl+S), a closed
day's grid disabled with the holiday said, Alt+Left/Alt+Right to the neighbouring club days, the third
unexplained absence in a row raising a task whose worker the message names, a day saved by someone else
meanwhile (reload, the marks kept), marks not lost when the worker looks at another day, and the month's
grid with its marks and rates. The clubs' clock (models.clubs.rules.today) is Thursday 18 December 2025, a
Hanukkah day-camp day (a day in the past: the PostgreSQL guard refuses attendance after the server's today)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidget, QTableWidgetItem

from desktop.clubs.attendance import COL_PRESENT, COL_REASON, AttendanceView
from desktop.clubs.common import absence_reason_label, holiday_label
from models.clubs.dto import AttendanceMark, ClubInput, EnrolInput
from tests.gui.helpers import settle


def _item(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    item = table.item(row, col)
    assert item is not None
    return item

TODAY = date(2025, 12, 18)  # Thursday, Hanukkah: a day camp
START = date(2025, 11, 2)


@pytest.fixture
def club(world, monkeypatch):
    """A club with the Cohen and Haddad children enrolled since 1 November (as the club worker)."""
    monkeypatch.setattr("models.clubs.rules.today", lambda: TODAY)
    clubs = world.services("club").clubs
    c = clubs.save_club(None, ClubInput(name="מועדונית הדקל", address="רחוב הדקל 5"), None)
    for key, child in (("cohen", "cohen_child"), ("haddad", "haddad_child")):
        clubs.enrol(EnrolInput(club_id=c.id, file_id=world.files[key], person_id=world.persons[child],
                               starts_on=START, allergies="בוטנים" if key == "cohen" else ""))
    return c


def _view(qtbot, ops, world, club_id: int, who: str = "club") -> AttendanceView:
    v = AttendanceView(world.services(who), ops)
    qtbot.addWidget(v)
    v.resize(1100, 600)
    v.show()
    v.set_club(club_id)
    settle(qtbot, ops)
    return v


def _row(v: AttendanceView, child: str) -> int:
    return [_item(v.grid, r, 0).text() for r in range(v.grid.rowCount())].index(child)


def _present(v: AttendanceView, child: str) -> bool:
    return _item(v.grid, _row(v, child), COL_PRESENT).checkState() == Qt.CheckState.Checked


def _go(qtbot, ops, v: AttendanceView, day: date) -> None:
    v.go_to(day)
    settle(qtbot, ops)
    assert v.day_data is not None and v.day_data.day == day


def _save(qtbot, ops, v: AttendanceView) -> None:
    v.grid.setFocus()
    qtbot.keyClick(v.grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    settle(qtbot, ops)


def test_a_day_not_recorded_is_everyone_present_and_the_exceptions_are_a_few_keys(qtbot, ops, world, club):
    v = _view(qtbot, ops, world, club.id)
    assert v.day == TODAY
    assert "08:00" in v.kind_label.text() and holiday_label("hanukkah") in v.kind_label.text()
    assert v.grid.rowCount() == 2 and v.grid.isEnabled()
    assert _present(v, "מרים כהן") and _present(v, "לילא חדאד")
    assert _item(v.grid, _row(v, "מרים כהן"), 4).text() == "בוטנים"  # the allergies, in the grid
    assert v.save_action.button.isEnabled()  # saving "all present" is a save too

    v.grid.setFocus()
    v.grid.setCurrentCell(_row(v, "מרים כהן"), COL_PRESENT)
    qtbot.keyClick(v.grid, Qt.Key.Key_Space)  # absent, unexplained
    assert not _present(v, "מרים כהן")
    assert _item(v.grid, _row(v, "מרים כהן"), COL_REASON).text() == absence_reason_label("")
    v.grid.setCurrentCell(_row(v, "לילא חדאד"), COL_PRESENT)
    qtbot.keyClick(v.grid, Qt.Key.Key_R)  # absent, sick
    qtbot.keyClick(v.grid, Qt.Key.Key_R)  # absent, family reasons
    assert _item(v.grid, _row(v, "לילא חדאד"), COL_REASON).text() == absence_reason_label("family")
    assert v.dirty
    _save(qtbot, ops, v)
    assert v.last_error is None and not v.dirty

    day = world.services("club").clubs.attendance_day(club.id, TODAY)
    marks = {r.child_name: (r.present, r.reason) for r in day.rows}
    assert day.recorded and marks == {"מרים כהן": (False, ""), "לילא חדאד": (False, "family")}
    assert not v.save_action.button.isEnabled()  # saved, nothing changed since


def test_a_closed_day_disables_the_grid_and_says_why(qtbot, ops, world, club, monkeypatch):
    monkeypatch.setattr("models.clubs.rules.today", lambda: date(2026, 4, 2))  # the first day of Passover
    v = _view(qtbot, ops, world, club.id)
    assert v.day_data is not None and v.day_data.kind == "closed"
    assert not v.grid.isEnabled()
    assert not v.save_action.button.isEnabled()
    assert holiday_label("passover") in v.kind_label.text()
    assert v.status_label.text() != ""


def test_alt_arrows_go_to_the_neighbouring_club_days(qtbot, ops, world, club):
    v = _view(qtbot, ops, world, club.id)
    _go(qtbot, ops, v, date(2025, 12, 14))  # Sunday
    v.grid.setFocus()
    qtbot.keyClick(v.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert v.day == date(2025, 12, 11)  # Thursday: the weekend is skipped
    qtbot.keyClick(v.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert v.day == date(2025, 12, 14)
    _go(qtbot, ops, v, TODAY)
    assert not v.next_action.button.isEnabled()  # no day after today


def test_the_third_unexplained_absence_in_a_row_sends_a_task_to_the_family_worker(qtbot, ops, world, club):
    v = _view(qtbot, ops, world, club.id)
    for day in (date(2025, 12, 16), date(2025, 12, 17), TODAY):
        _go(qtbot, ops, v, day)
        v.grid.setFocus()
        v.grid.setCurrentCell(_row(v, "מרים כהן"), COL_PRESENT)
        qtbot.keyClick(v.grid, Qt.Key.Key_Space)
        _save(qtbot, ops, v)
        assert v.last_error is None
    box = v.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "דנה צפונית" in box.text() and "מרים כהן" in box.text()  # the file's worker, the child
    box.accept()
    tasks = world.services("north_worker").tasks.my_open_tasks()
    assert any("מרים כהן" in t.title for t in tasks)
    settle(qtbot, ops)
    assert _item(v.grid, _row(v, "מרים כהן"), 5).text() == "3"  # the streak, shown


def test_a_day_saved_meanwhile_is_reloaded_with_the_marks_kept(qtbot, ops, world, club):
    v = _view(qtbot, ops, world, club.id)
    v.grid.setFocus()
    v.grid.setCurrentCell(_row(v, "לילא חדאד"), COL_PRESENT)
    qtbot.keyClick(v.grid, Qt.Key.Key_Space)
    # the manager saves the day first (everyone present)
    clubs = world.services("manager").clubs
    day = clubs.attendance_day(club.id, TODAY)
    clubs.save_attendance(club.id, TODAY, tuple(AttendanceMark(r.enrolment_id, True) for r in day.rows), day.token)
    _save(qtbot, ops, v)
    assert v.last_error is not None and v.last_error.code in ("stale", "conflict")
    box = v.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    settle(qtbot, ops)
    assert not _present(v, "לילא חדאד") and _present(v, "מרים כהן")  # the worker's mark, over the saved day
    _save(qtbot, ops, v)
    assert v.last_error is None
    saved = {r.child_name: r.present for r in clubs.attendance_day(club.id, TODAY).rows}
    assert saved == {"מרים כהן": True, "לילא חדאד": False}


def test_marks_not_saved_stay_with_their_day(qtbot, ops, world, club):
    v = _view(qtbot, ops, world, club.id)
    v.grid.setFocus()
    v.grid.setCurrentCell(_row(v, "מרים כהן"), COL_PRESENT)
    qtbot.keyClick(v.grid, Qt.Key.Key_R)
    _go(qtbot, ops, v, date(2025, 12, 17))
    assert _present(v, "מרים כהן")
    assert "18/12/2025" in v.status_label.text()  # the day with marks not saved is named
    _go(qtbot, ops, v, TODAY)
    assert not _present(v, "מרים כהן") and v.dirty


def test_the_month_grid_shows_the_marks_the_camp_and_the_rate(qtbot, ops, world, club):
    clubs = world.services("club").clubs
    for day, cohen in ((date(2025, 12, 11), True), (date(2025, 12, 15), False), (date(2025, 12, 16), True)):
        d = clubs.attendance_day(club.id, day)
        clubs.save_attendance(club.id, day, tuple(
            AttendanceMark(r.enrolment_id, cohen or r.child_name != "מרים כהן") for r in d.rows), d.token)
    v = _view(qtbot, ops, world, club.id)
    v.toggle_month()
    settle(qtbot, ops)
    assert v.showing_month and v.month_data is not None
    g = v.month_grid
    assert g.rowCount() == 2
    assert g.mark("מרים כהן", date(2025, 12, 11)) == "P"
    assert g.mark("מרים כהן", date(2025, 12, 15)) == "U"
    assert g.mark("לילא חדאד", date(2025, 12, 15)) == "P"
    days = [d.day for d in v.month_data.days]
    row = [_item(g, r, 0).text() for r in range(g.rowCount())].index("מרים כהן")
    camp = _item(g, row, days.index(date(2025, 12, 15)) + 1)
    weekend = _item(g, row, days.index(date(2025, 12, 13)) + 1)
    club_day = _item(g, row, days.index(date(2025, 12, 11)) + 1)
    assert camp.background().color() != club_day.background().color()
    assert weekend.background().color() not in (camp.background().color(), club_day.background().color())
    assert _item(g, row, g.columnCount() - 1).text() == "67%"  # 2 of 3 recorded days
    assert "83%" in v.month_label.text()  # 5 of 6 child-days
    assert not v.save_action.button.isEnabled()
    v.toggle_month()
    settle(qtbot, ops)
    assert not v.showing_month and v.day_data is not None


def test_a_family_worker_reads_the_grid_but_cannot_mark(qtbot, ops, world, club):
    v = _view(qtbot, ops, world, club.id, "north_worker")
    assert not v.grid.isEnabled()
    assert v.save_action.button.isHidden()
