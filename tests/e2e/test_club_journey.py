"""The therapeutic clubs, through the whole client and its UI (issue 10's "done when"), on SQLite and
PostgreSQL. The club (one seat, for the test) is full: the Haddad child is in it.

1. The family worker (דנה) signs in, opens the Cohen file on its Club tab and requests the club for the
   child: the request waits (the club is full).
2. A week later the club worker signs in: on the Clubs page she records that the Haddad child leaves; the
   page says a seat is free and who is next (the Cohen child); she enrols the child from there.
3. Two weeks of attendance (the clubs' clock moved day by day): everyone present, then three unexplained
   absences in a row; the third day's save says a task went to the family worker, whose My tasks has it.
4. The month's fee is charged and the family's payment recorded; the registration form and the month's
   attendance sheet print (the PDFs hold the child's name).

Every day is in the past (November 2025): the PostgreSQL guard refuses attendance and payments dated after
the server's today."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidget

from desktop.clubs.attendance import COL_PRESENT, AttendanceView
from desktop.clubs.common import fmt_money
from desktop.clubs.fees import COL_BALANCE, COL_PAID, FeesView
from desktop.clubs.file_tab import ClubTab
from desktop.clubs.page import TAB_ATTENDANCE, TAB_CHILDREN, TAB_FEES, ClubsPage
from desktop.clubs.printing import ClubPreview
from models.clubs.dto import ClubInput, EnrolInput
from tests.e2e.support import sign_in as _sign_in
from tests.gui.helpers import type_text

REQUESTED = date(2025, 10, 26)  # Sunday: the family worker files the request
LEFT = date(2025, 11, 2)  # Sunday: the Haddad child leaves; the Cohen child starts the next day
FIRST_DAY = date(2025, 11, 3)
CLUB_DAYS = [date(2025, 11, d) for d in (3, 4, 5, 6, 9, 10, 11, 12, 13)]  # two weeks, Sunday to Thursday
UNEXPLAINED = CLUB_DAYS[-3:]
CHARGED = date(2025, 11, 27)
CHILD = "מרים כהן"




def _settle(qtbot, app) -> None:
    qtbot.waitUntil(lambda: not app.ops.busy, timeout=15_000)


def _gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _accept(box: QMessageBox) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def _text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None
    return item.text()


def _clock(monkeypatch, day: date) -> None:
    monkeypatch.setattr("models.clubs.rules.today", lambda: day)


def _pdf_text(qtbot, preview: ClubPreview) -> str:
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None, preview.error_label.text()
    return "".join(preview.document.getAllText(p).text() for p in range(preview.page_count))


def test_club_journey_from_the_request_to_the_fees_and_the_forms(qtbot, world, make_app, monkeypatch, tmp_path):
    # the club, one seat, taken by the Haddad child since September
    _clock(monkeypatch, date(2025, 9, 1))
    setup = world.services("club").clubs
    club = setup.save_club(None, ClubInput(name="מועדונית הדקל", address="רחוב הדקל 5, עין הבשור", capacity=1), None)
    haddad = setup.enrol(EnrolInput(club_id=club.id, file_id=world.files["haddad"],
                                    person_id=world.persons["haddad_child"], starts_on=date(2025, 9, 1)))

    # ---- 1. the family worker requests the club; the child waits ----------------------------------------
    _clock(monkeypatch, REQUESTED)
    worker = _sign_in(qtbot, make_app, world, "north_worker")
    fv = worker.main_window.open_file(world.files["cohen"], "clubs")
    qtbot.waitUntil(lambda: fv.detail is not None, timeout=10_000)
    _settle(qtbot, worker)
    tab = fv.tab("clubs")
    assert isinstance(tab, ClubTab) and fv.tabs.currentWidget() is tab
    r = tab.open_request()
    assert r is not None
    qtbot.waitUntil(lambda: r.ready, timeout=10_000)
    _settle(qtbot, worker)
    r.child.setCurrentIndex(r.child.findData(world.persons["cohen_child"]))
    r.club.setCurrentIndex(r.club.findData(club.id))
    r.urgency.setCurrentIndex(r.urgency.findData("week"))
    r.reason.setFocus()
    type_text(r.reason, "בדידות חברתית, אין השגחה אחרי הצהריים")
    r.ok_button.click()
    _settle(qtbot, worker)
    assert _gone(r), r.last_error
    _settle(qtbot, worker)
    assert tab.requests_table.rowCount() == 1 and _text(tab.requests_table, 0, 0) == CHILD
    waiting = setup.waiting_list(club.id)
    assert [w.child_name for w in waiting.rows] == [CHILD] and waiting.free == 0

    # ---- 2. a seat frees; the club worker sees who is next and enrols the child ------------------------
    _clock(monkeypatch, LEFT)
    cw = _sign_in(qtbot, make_app, world, "club")
    w = cw.main_window
    page = w.show_page("clubs")
    assert isinstance(page, ClubsPage)
    _settle(qtbot, cw)
    page.overview.select(club.id)
    _settle(qtbot, cw)
    assert page.banner_text() == ""  # full: no seat
    page.show_tab(TAB_CHILDREN)
    page.roster.select(haddad.id)
    leaving = page.roster.selected()
    assert leaving is not None and leaving.child_name == "לילא חדאד"
    leave = page.leave(leaving)
    leave.left_on.setValue(LEFT)
    leave.reason.setCurrentIndex(leave.reason.findData("moved"))
    leave.ok_button.click()
    assert leave.confirm_box is not None
    _accept(leave.confirm_box)
    _settle(qtbot, cw)
    assert _gone(leave), leave.last_error
    qtbot.waitUntil(lambda: CHILD in page.banner_text(), timeout=10_000)
    enrol = page.enrol_next()
    assert enrol is not None
    qtbot.waitUntil(lambda: enrol.ready, timeout=10_000)
    _settle(qtbot, cw)
    enrol.starts_on.setDate(FIRST_DAY)
    enrol.consent.setChecked(True)
    enrol.ok_button.click()
    _settle(qtbot, cw)
    assert _gone(enrol), enrol.last_error
    _settle(qtbot, cw)
    roster_now = setup.roster(club.id, FIRST_DAY)
    assert [x.child_name for x in roster_now] == [CHILD]
    assert setup.waiting_list(club.id).rows == ()

    # ---- 3. two weeks of attendance; three unexplained absences raise a task -----------------------------
    page.show_tab(TAB_ATTENDANCE)
    av = page.attendance_view()
    assert isinstance(av, AttendanceView)
    for day in CLUB_DAYS:
        _clock(monkeypatch, day)
        av.go_to(day)
        _settle(qtbot, cw)
        assert av.day_data is not None and av.day_data.day == day and av.grid.rowCount() == 1
        av.grid.setFocus()
        av.grid.setCurrentCell(0, COL_PRESENT)
        if day in UNEXPLAINED:
            qtbot.keyClick(av.grid, Qt.Key.Key_Space)  # absent, no reason
        av.save_action.button.click()  # Save the day
        _settle(qtbot, cw)
        _settle(qtbot, cw)
        assert av.last_error is None, av.error_label.text()
        if day != UNEXPLAINED[-1]:
            assert av.message_box is None or not av.message_box.isVisible()
    box = av.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "דנה צפונית" in box.text() and CHILD in box.text()
    box.accept()

    mine = _sign_in(qtbot, make_app, world, "north_worker")
    mine.main_window.show_page("my_tasks")
    tasks = mine.main_window.my_tasks
    qtbot.waitUntil(lambda: not tasks.loading and tasks.table.rowCount() >= 1, timeout=10_000)
    titles = [tasks.table.item(i, 3).text() for i in range(tasks.table.rowCount())]
    assert any(CHILD in t and "מועדונית הדקל" in t for t in titles), titles

    # ---- 4. the month's fee, a payment; the registration form and the attendance sheet ------------------
    _clock(monkeypatch, CHARGED)
    page.show_tab(TAB_FEES)
    fees = page.fees_view()
    assert isinstance(fees, FeesView)
    fees.go_to_month(date(2025, 11, 1))
    _settle(qtbot, cw)
    assert fees.data is not None and fees.data.uncharged >= 1
    charge = fees.charge()
    assert charge is not None
    charge.ok_button.click()
    assert charge.confirm_box is not None
    _accept(charge.confirm_box)
    _settle(qtbot, cw)
    _settle(qtbot, cw)
    assert fees.data is not None and fees.data.uncharged == 0
    assert fees.select_child(CHILD)
    pay = fees.record_payment()
    assert pay is not None
    qtbot.waitUntil(lambda: pay.ready and pay.child.count() > 0, timeout=10_000)
    _settle(qtbot, cw)
    assert pay.amount.agorot() > 0  # what the family owes
    owed = pay.amount.agorot()
    type_text(pay.receipt, "7001")
    pay.ok_button.click()
    _settle(qtbot, cw)
    assert _gone(pay), pay.last_error
    _settle(qtbot, cw)
    assert fees.select_child(CHILD)
    row = fees.table.currentRow()
    assert _text(fees.table, row, COL_PAID) == fmt_money(owed)
    assert _text(fees.table, row, COL_BALANCE) == fmt_money(0)
    account = setup.account(world.files["cohen"])
    assert [p.receipt_no for p in account.payments] == ["7001"] and account.balance_agorot == 0

    page.show_tab(TAB_CHILDREN)
    _settle(qtbot, cw)
    page.roster.select(roster_now[0].enrolment_id)
    before = set(w.findChildren(ClubPreview))
    page.roster.print_registration()
    previews = [p for p in w.findChildren(ClubPreview) if p not in before]
    assert len(previews) == 1
    text = _pdf_text(qtbot, previews[0])
    assert "מרים" in text and "מועדונית הדקל" in text
    assert previews[0].save_to(tmp_path / "registration.pdf")
    _settle(qtbot, cw)
    previews[0].close()

    page.show_tab(TAB_ATTENDANCE)
    av.go_to(UNEXPLAINED[-1])
    _settle(qtbot, cw)
    sheet = av.print_sheet()
    assert sheet is not None
    text = _pdf_text(qtbot, sheet)
    assert "מרים" in text and "מועדונית הדקל" in text
    assert sheet.save_to(tmp_path / "attendance.pdf")
    _settle(qtbot, cw)
    sheet.close()
