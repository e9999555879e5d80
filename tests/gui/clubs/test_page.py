"""The Clubs page: the overview lists every club with its numbers (capacity, enrolled, free or full, waiting,
this month's attendance, arrears); choosing a club fills the tabs below; the keyboard (Ctrl+N a new club,
Enter down to the club's list, F5); the Clubs module in the main window for those who run the clubs only;
every widget named for a screen reader, in Hebrew and Arabic; no Alt letter used twice."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.clubs.club_dialog import ClubDialog
from desktop.clubs.overview import (
    COL_ARREARS,
    COL_ATTENDANCE,
    COL_CAPACITY,
    COL_ENROLLED,
    COL_FREE,
    COL_WAITING,
)
from desktop.clubs.page import TAB_CHILDREN, TAB_WAITING
from desktop.main_window import MainWindow
from desktop.widgets.mnemonics import mnemonic
from models.clubs.dto import AttendanceMark, PaymentInput
from tests.gui.clubs.page_support import TODAY, add_child, choose, club, enrol, focus, page, request, today  # noqa: F401
from tests.gui.committees.meeting_support import gone, mnemonics
from tests.gui.helpers import settle
from tests.gui.test_accessibility import assert_all_named, lang  # noqa: F401


def _letters(p) -> list[str]:
    """The page's Alt letters: its labels and buttons, and its tabs'."""
    tabs = [mnemonic(p.tabs.tabText(i)) for i in range(p.tabs.count())]
    return mnemonics(p) + [t.lower() for t in tabs if t]


def _full(text: str) -> str:
    return QCoreApplication.translate("OverviewView", text)


@pytest.mark.usefixtures("today")
def test_the_overview_lists_the_clubs_with_their_numbers(qtbot, world, ops):
    full = club(world, "מועדונית הדקל", capacity=2)
    club(world, "מועדונית הגפן")
    svc = world.services("club").clubs
    cohen = enrol(world, full.id, file="cohen", child="cohen_child")
    haddad = enrol(world, full.id)
    add_child(world, born=date(2017, 5, 5))
    request(world, full.id, file="levi", child="levi_child")
    svc.charge_month(date(2026, 10, 1), full.id)  # October: 130 ₪ each, before this month: arrears
    svc.record_payment(PaymentInput(file_id=world.files["cohen"], person_id=world.persons["cohen_child"],
                                    paid_on=date(2026, 11, 2), amount_agorot=5_000, method="cash"))
    day = svc.attendance_day(full.id, TODAY)
    svc.save_attendance(full.id, TODAY, (AttendanceMark(cohen.id, True), AttendanceMark(haddad.id, False, "sick")),
                        day.token)

    p = page(qtbot, ops, world)
    assert p.overview.names() == ["מועדונית הגפן", "מועדונית הדקל"]  # by name
    cell = p.overview.cell
    assert [cell("מועדונית הדקל", c) for c in (COL_CAPACITY, COL_ENROLLED, COL_FREE, COL_WAITING)] == [
        "2", "2", _full("full"), "1"]
    assert cell("מועדונית הדקל", COL_ATTENDANCE) == "50%"
    assert cell("מועדונית הדקל", COL_ARREARS) == "210.00 ₪"  # 2 × 130 less 50 paid
    assert [cell("מועדונית הגפן", c) for c in (COL_CAPACITY, COL_ENROLLED, COL_FREE, COL_WAITING)] == [
        "15", "0", "15", "0"]  # the Levi child waits for the Dekel club only
    assert cell("מועדונית הגפן", COL_ATTENDANCE) == "—" and cell("מועדונית הגפן", COL_ARREARS) == "0.00 ₪"

    # the first club is chosen: its (empty) tabs; choosing the full club fills them
    assert p.club_id is not None and p.waiting.waiting is not None and p.waiting.waiting.rows == ()
    assert p.waiting.table.showing_empty_text() and p.roster.table.showing_empty_text()
    choose(qtbot, ops, p, "מועדונית הדקל")
    assert p.waiting.child_names() == ["נועם לוי"]
    assert sorted(p.roster.child_names()) == ["לילא חדאד", "מרים כהן"]
    assert not p.banner.isVisible()  # full: no seat to offer


@pytest.mark.usefixtures("today")
def test_the_keyboard_new_club_enter_and_refresh(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל")
    p = page(qtbot, ops, world)
    assert p.overview.names() == ["מועדונית הדקל"]
    focus(qtbot, p.overview.table)
    qtbot.keyClick(p.overview.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(p.dialog, ClubDialog) and p.dialog.isVisible()
    qtbot.waitUntil(p.dialog.name.hasFocus, timeout=3000)
    settle(qtbot, ops)
    qtbot.keyClick(p.dialog.name, Qt.Key.Key_Escape)
    assert gone(p.dialog)

    focus(qtbot, p.overview.table)
    qtbot.keyClick(p.overview.table, Qt.Key.Key_Return)  # Enter: down to the chosen club's list
    assert p.tabs.currentIndex() == TAB_WAITING and p.waiting.table.hasFocus()
    p.tabs.setCurrentIndex(TAB_CHILDREN)
    focus(qtbot, p.overview.table)
    qtbot.keyClick(p.overview.table, Qt.Key.Key_Return)
    assert p.roster.table.hasFocus()

    request(world, dekel.id)  # filed elsewhere; F5 shows it
    qtbot.keyClick(p.roster.table, Qt.Key.Key_F5)
    settle(qtbot, ops)
    assert p.overview.cell("מועדונית הדקל", COL_WAITING) == "1"
    assert p.waiting.child_names() == ["מרים כהן"]


@pytest.mark.usefixtures("today")
def test_a_change_elsewhere_refreshes_the_page(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל", capacity=1)
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    r = request(world, dekel.id)
    # a change announced on the bus (another screen's write) reloads the overview and the list
    ops.bus.announce(r.changes())
    settle(qtbot, ops)
    assert p.overview.cell("מועדונית הדקל", COL_WAITING) == "1" and p.waiting.child_names() == ["מרים כהן"]
    assert "מרים כהן" in p.banner_text() and "2025/0001" in p.banner_text()


@pytest.mark.usefixtures("today")
def test_the_clubs_module_is_for_those_who_run_the_clubs(qtbot, world, ops):
    clubs = QCoreApplication.translate("MainWindow", "Clubs")
    for who, shown in (("club", True), ("manager", True), ("north_worker", False), ("coordinator", False)):
        w = MainWindow(world.services(who), ops, "db")
        qtbot.addWidget(w)
        names = [w.nav.item(i).text() for i in range(w.nav.count())]
        assert (clubs in names) == shown, who
        assert ("clubs" in w.feature_pages) == shown, who
    settle(qtbot, ops)


@pytest.mark.usefixtures("today")
def test_every_widget_is_named_and_no_alt_letter_is_used_twice(qtbot, world, ops, lang):  # noqa: F811
    dekel = club(world, "מועדונית הדקל")
    request(world, dekel.id)
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    assert_all_named(p, f"clubs page, waiting list ({lang})")
    letters = _letters(p)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters
    p.tabs.setCurrentIndex(TAB_CHILDREN)
    assert_all_named(p, f"clubs page, children ({lang})")
    letters = _letters(p)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters
    for open_dialog in (p.new_club, lambda: p.enrol(None), p.school_referral):
        d = open_dialog()
        settle(qtbot, ops)
        assert_all_named(d, f"{type(d).__name__} ({lang})")
        letters = mnemonics(d)
        assert not [k for k, n in Counter(letters).items() if n > 1], (type(d).__name__, letters)
        d.reject()
