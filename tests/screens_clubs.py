"""Screenshots of the therapeutic clubs' screens, in Hebrew and Arabic (``make screenshots``,
tests/screens.py; ``python -m tests.screens docs/screenshots he ar --only=clubs`` for these alone), on the demo
department's six clubs (seeds/demo_clubs.py), signed in as the club worker ``rawiya``:

- club_overview: the Clubs page, the full club selected, its waiting list (a request pinned with a reason);
- club_seat_free: a club with a free seat: the page says who is next on its list;
- club_enrol_dialog: enrolling that child (the dialog filled from the request);
- club_attendance_day: the attendance of the last recorded club day (absences with a reason, unexplained);
- club_attendance_month: the month's grid (P, A, U; camp days tinted, closed days grey; the rates);
- club_print_attendance_sheet: the month's sheet in the print preview;
- club_calendar: the school year's calendar, a holiday selected;
- club_fees: last month's closing list (charges, exemptions and discounts, payments, arrears);
- club_payment_dialog: a payment for the selected child;
- club_file_tab: a family file's Club tab (the child's enrolment, attendance, the fees and payments).

``shoot_clubs(out, lang, db_file)`` is for tests/screens.py to call on its own demo database."""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.screens import HEIGHT, WIDTH, save, wait_until
from tests.screens_admin import _qm_dir

CLUB_WORKER = "rawiya"


def settle_for(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def shoot_clubs(out: Path, lang: str, db_file: Path) -> None:
    from desktop.app import apply_language
    from desktop.clubs.attendance import AttendanceView
    from desktop.clubs.calendar_view import CalendarDialog
    from desktop.clubs.fees import FeesView
    from desktop.clubs.page import TAB_ATTENDANCE, TAB_FEES, TAB_WAITING, ClubsPage
    from desktop.main_window import MainWindow
    from desktop.ops import Ops
    from models.address import DatabaseAddress
    from models.clubs import rules
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translators = apply_language(qapp, lang, _qm_dir())
    login = sign_in(DatabaseAddress.sqlite(db_file), CLUB_WORKER, DEMO_PASSWORD)
    services = Services(login.db, login.user)
    clubs = services.clubs
    ops = Ops()
    w = MainWindow(services, ops, "")
    w.resize(WIDTH, HEIGHT)
    w.show()
    page = w.show_page("clubs")
    assert isinstance(page, ClubsPage)
    wait_until(lambda: not ops.busy and bool(page.overview.rows))

    # the club with the longest waiting list (the demo's first club is full, one request pinned)
    overview = clubs.overview()
    busiest = max(overview, key=lambda c: (c.waiting, c.enrolled))
    page.overview.select(busiest.club_id)
    page.show_tab(TAB_WAITING)
    wait_until(lambda: not ops.busy and page.waiting.table.rowCount() > 0)
    save(w, out, "club_overview", lang)

    # a club with a free seat: the page says who is next; enrolling that child (filled from the request)
    free = [c for c in overview if c.enrolled < c.capacity and c.waiting]
    if free:
        page.overview.select(free[0].club_id)
        wait_until(lambda: not ops.busy and page.banner_text() != "")
        save(w, out, "club_seat_free", lang)
        enrol = page.enrol_next()
        if enrol is not None:
            wait_until(lambda: not ops.busy and enrol.ready, timeout=20)
            save(enrol, out, "club_enrol_dialog", lang)
            enrol.reject()
    page.overview.select(busiest.club_id)
    wait_until(lambda: not ops.busy)

    # attendance: the last club day before today (recorded), then the month's grid
    page.show_tab(TAB_ATTENDANCE)
    av = page.attendance_view()
    assert isinstance(av, AttendanceView)
    wait_until(lambda: not ops.busy and av.day_data is not None)
    recorded = [d.day for d in clubs.calendar(rules.school_year_of(rules.today()), busiest.club_id)
                if d.kind in ("club", "camp") and d.day < rules.today()]
    if recorded:
        av.go_to(max(recorded))
        wait_until(lambda: not ops.busy and av.day_data is not None and av.day_data.day == max(recorded))
    av.grid.setFocus()
    av.grid.setCurrentCell(0, 1)
    save(w, out, "club_attendance_day", lang)
    av.toggle_month()
    wait_until(lambda: not ops.busy and av.month_data is not None)
    save(w, out, "club_attendance_month", lang)
    sheet = av.print_sheet()  # the month's sheet for the club's door, in the UI's language
    if sheet is not None:
        sheet.resize(WIDTH, HEIGHT)
        wait_until(lambda: not ops.busy and sheet.printed is not None, timeout=30)
        settle_for(1.5)  # Pdfium draws the page on its own thread
        save(sheet, out, "club_print_attendance_sheet", lang)
        sheet.close()
    av.toggle_month()
    wait_until(lambda: not ops.busy)

    # the calendar, a holiday of the school year selected
    cal = page.open_calendar()
    assert isinstance(cal, CalendarDialog)
    cal.resize(WIDTH - 40, HEIGHT - 20)
    wait_until(lambda: not ops.busy and bool(cal.grid.days))
    holidays = sorted(d.day for d in cal.grid.days.values() if d.holiday in ("hanukkah", "passover"))
    if holidays:
        cal.grid.select_day(holidays[0])
    cal.reason.setText("")
    wait_until(lambda: True)
    save(cal, out, "club_calendar", lang)
    cal.reject()

    # fees: last month's closing list, then a payment for the selected child
    page.show_tab(TAB_FEES)
    fees = page.fees_view()
    assert isinstance(fees, FeesView)
    last_month = rules.add_months(rules.today(), -1)
    fees.go_to_month(last_month)
    wait_until(lambda: not ops.busy and fees.data is not None and fees.data.month == last_month)
    closing = fees.data
    assert closing is not None
    owing = next((r for r in closing.rows if r.arrears_agorot > 0), closing.rows[0] if closing.rows else None)
    if owing is not None:
        fees.select_child(owing.child_name)
    save(w, out, "club_fees", lang)
    pay = fees.record_payment()
    if pay is not None:
        wait_until(lambda: not ops.busy and pay.ready, timeout=20)
        pay.receipt.setText("10452")
        save(pay, out, "club_payment_dialog", lang)
        pay.reject()

    # a family file's Club tab: a child enrolled in the club, with payments
    roster = [r for c in overview for r in clubs.roster(c.club_id)]
    with_request = [r.file_id for r in roster if clubs.file_clubs(r.file_id).children[0].requests]
    with_payments = [f for f in with_request if clubs.account(f).payments]
    file_id = next(iter(with_payments or with_request or [r.file_id for r in roster]), None)
    if file_id is not None:
        fv = w.open_file(file_id, "clubs")
        wait_until(lambda: not ops.busy and fv is not None and fv.detail is not None)
        tab = fv.tab("clubs")
        wait_until(lambda: not ops.busy and tab is not None and getattr(tab, "data", None) is not None)
        save(w, out, "club_file_tab", lang)
    ops.wait()
    wait_until(lambda: not ops.busy)
    w.close()
    login.db.dispose()
    for t in translators:
        qapp.removeTranslator(t)

