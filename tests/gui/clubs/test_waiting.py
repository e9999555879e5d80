"""A club's waiting list on the Clubs page: the rule of its order said above it; Enter enrols the selected
child (the enrolment dialog filled from the request); a full club's Enrol disabled and saying so; after a
leaving the banner names who is next and enrols that child; pinning with a reason reorders the list (and
unpinning puts it back); withdrawing with a reason takes the child off; Open the family file."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.clubs.common import waiting_order_text
from desktop.clubs.enrol_dialog import EnrolDialog
from desktop.clubs.leave_dialog import LeaveDialog
from desktop.clubs.overview import COL_ENROLLED, COL_FREE
from desktop.clubs.page import TAB_CHILDREN, TAB_WAITING
from desktop.clubs.waiting import COL_PINNED, PinDialog, WithdrawDialog
from desktop.widgets.dates import to_date
from tests.gui.clubs.page_support import (
    NEXT_CLUB_DAY,
    PLANNED_END,
    TODAY,
    add_child,
    club,
    enrol,
    focus,
    page,
    request,
    today,  # noqa: F401
    waiting_request,
)
from tests.gui.committees.meeting_support import gone, mnemonics
from tests.gui.helpers import settle, type_text
from tests.gui.intake.support import confirm

pytestmark = pytest.mark.usefixtures("today")


def _cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_enter_enrols_the_selected_child_from_its_request(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל", capacity=2)
    enrol(world, dekel.id)
    r = request(world, dekel.id, goals="השתלבות בקבוצה, הכנת שיעורי בית")
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    assert p.waiting.order_label.text() == waiting_order_text()
    assert p.waiting.child_names() == ["מרים כהן"]
    assert p.waiting.seats_label.text() == _tr("WaitingView", "%1 free").replace("%1", "1")
    assert "מרים כהן" in p.banner_text() and "2025/0001" in p.banner_text() and "מועדונית הדקל" in p.banner_text()

    focus(qtbot, p.waiting.table)
    qtbot.keyClick(p.waiting.table, Qt.Key.Key_Return)
    d = p.dialog
    assert isinstance(d, EnrolDialog) and d.request is not None and d.request.request_id == r.id
    settle(qtbot, ops)
    assert "מרים כהן" in d.child_label.text() and d.club.currentData() == dekel.id and d.ready
    assert d.goals.toPlainText() == "השתלבות בקבוצה, הכנת שיעורי בית"  # from the request
    assert to_date(d.starts_on) == NEXT_CLUB_DAY and to_date(d.ends_on) == PLANNED_END
    assert d.dropoff.text() == "רחוב הדקל 1"  # the family's address
    assert d.route.count() == 2 and not d.age_reason.isVisibleTo(d)  # 11 fits 3-12: no reason asked
    d.allergies.setFocus()
    type_text(d.allergies, "בוטנים")
    qtbot.keyClick(d.allergies, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert gone(d)
    assert p.waiting.child_names() == [] and p.waiting.table.showing_empty_text()
    assert p.overview.cell("מועדונית הדקל", COL_ENROLLED) == "2"
    assert p.overview.cell("מועדונית הדקל", COL_FREE) == _tr("OverviewView", "full")
    assert not p.banner.isVisible()
    done = waiting_request(world, r.id)
    assert done.status == "enrolled" and done.enrolment_id is not None
    e = world.services("club").clubs.enrolment(done.enrolment_id)
    assert (e.starts_on, e.ends_on, e.allergies, e.dropoff_address) == (NEXT_CLUB_DAY, PLANNED_END, "בוטנים",
                                                                        "רחוב הדקל 1")


def test_a_full_club_cannot_enrol_and_a_leaving_shows_who_is_next(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל", capacity=1)
    enrol(world, dekel.id)  # Leila Haddad takes the only seat
    request(world, dekel.id)  # Miriam Cohen waits
    add_child(world, first="נועם", born=TODAY.replace(year=2018))
    request(world, dekel.id, file="levi", child="levi_child")
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    assert p.waiting.child_names() == ["מרים כהן", "נועם לוי"]
    assert not p.waiting.enrol_action.button.isEnabled()
    assert p.waiting.enrol_action.button.text() == _tr("WaitingView", "Club full: no seat to enrol")
    assert "1" in p.waiting.seats_label.text() and not p.banner.isVisible()
    focus(qtbot, p.waiting.table)
    qtbot.keyClick(p.waiting.table, Qt.Key.Key_Return)
    assert p.dialog is None  # Enter does not open an enrolment the club has no seat for

    p.tabs.setCurrentIndex(TAB_CHILDREN)
    assert p.roster.child_names() == ["לילא חדאד"]
    p.roster.leave()
    d = p.dialog
    assert isinstance(d, LeaveDialog) and to_date(d.left_on) == TODAY
    d.reason.setCurrentIndex(d.reason.findData("moved"))
    d.submit()
    confirm(d.confirm_box)
    settle(qtbot, ops)
    assert gone(d)
    assert p.tabs.currentIndex() == TAB_WAITING  # the list, and who is next
    text = p.banner_text()
    assert "מרים כהן" in text and "2025/0001" in text and "מועדונית הדקל" in text
    assert p.waiting.enrol_action.button.isEnabled()
    assert p.roster.child_names() == [] and p.overview.cell("מועדונית הדקל", COL_FREE) == "1"

    p.banner_button.click()
    e = p.dialog
    assert isinstance(e, EnrolDialog) and e.request is not None and e.request.child_name == "מרים כהן"
    settle(qtbot, ops)
    e.starts_on.setDate(TODAY)
    e.submit()
    settle(qtbot, ops)
    assert gone(e)
    assert p.waiting.child_names() == ["נועם לוי"] and not p.banner.isVisible()
    p.tabs.setCurrentIndex(TAB_CHILDREN)
    assert p.roster.child_names() == ["מרים כהן"]


def test_pinning_with_a_reason_reorders_the_list(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל")
    request(world, dekel.id, urgency="routine", risk="low")
    request(world, dekel.id, file="haddad", child="haddad_child", urgency="immediate", risk="high")
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    assert p.waiting.child_names() == ["לילא חדאד", "מרים כהן"]  # urgency and risk first

    assert p.waiting.waiting is not None
    p.waiting.select(p.waiting.waiting.rows[1].request_id)
    d = p.waiting.pin()
    assert isinstance(d, PinDialog) and d.rank.value() == 1
    d.submit()  # no reason: refused, nothing changes
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "required"
    assert p.waiting.child_names() == ["לילא חדאד", "מרים כהן"]
    d.reason.setFocus()
    type_text(d.reason, "אח במועדונית")
    qtbot.keyClick(d.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert gone(d)
    assert p.waiting.child_names() == ["מרים כהן", "לילא חדאד"]
    assert _cell(p.waiting.table, 0, COL_PINNED) == "1 · אח במועדונית"
    selected = p.waiting.selected()
    assert selected is not None and selected.child_name == "מרים כהן"  # the selection follows the request
    assert p.waiting.pin_button.text() == _tr("WaitingView", "Un&pin…")

    u = p.waiting.pin()
    assert isinstance(u, PinDialog) and u.unpin and not u.reason.isVisibleTo(u)
    u.submit()
    settle(qtbot, ops)
    assert gone(u)
    assert p.waiting.child_names() == ["לילא חדאד", "מרים כהן"]
    assert _cell(p.waiting.table, 1, COL_PINNED) == ""


def test_withdrawing_with_a_reason_takes_the_child_off_the_list(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל")
    r = request(world, dekel.id)
    request(world, dekel.id, file="haddad", child="haddad_child")
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    p.waiting.select(r.id)
    d = p.waiting.withdraw()
    assert isinstance(d, WithdrawDialog) and d.isVisible()
    letters = mnemonics(d)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters
    d.reason.setCurrentIndex(d.reason.findData("other"))
    d.submit()
    confirm(d.confirm_box)
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "required"  # "other" needs a note
    assert p.waiting.child_names() == ["מרים כהן", "לילא חדאד"]
    d.reason.setCurrentIndex(d.reason.findData("placed_elsewhere"))
    type_text(d.note, "נקלטה בצהרון של בית הספר")
    d.submit()
    confirm(d.confirm_box)
    settle(qtbot, ops)
    assert gone(d)
    assert p.waiting.child_names() == ["לילא חדאד"]
    gone_request = waiting_request(world, r.id)
    assert (gone_request.status, gone_request.close_reason, gone_request.close_note) == (
        "withdrawn", "placed_elsewhere", "נקלטה בצהרון של בית הספר")


def test_open_the_family_file_from_the_list(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל")
    request(world, dekel.id, file="haddad", child="haddad_child")
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    with qtbot.waitSignal(p.open_file_requested) as opened:
        p.waiting.open_button.click()
    assert opened.args == [world.files["haddad"]]


def test_a_request_changed_meanwhile_is_reloaded_into_the_dialog(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל")
    r = request(world, dekel.id)
    h = request(world, dekel.id, file="haddad", child="haddad_child")
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    p.waiting.select(h.id)
    d = p.waiting.pin()
    assert isinstance(d, PinDialog)
    type_text(d.reason, "המלצת העו״ס")
    world.services("manager").clubs.pin_request(h.id, h.version, 2, "שיקול אחר")  # meanwhile
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "stale" and d.reload_button.isVisible()
    d.reload_button.click()
    settle(qtbot, ops)
    assert not d.reload_button.isVisible() and d.reason.toPlainText() == "המלצת העו״ס"
    d.submit()
    settle(qtbot, ops)
    assert gone(d)
    assert p.waiting.child_names() == ["לילא חדאד", "מרים כהן"]
    assert _cell(p.waiting.table, 0, COL_PINNED) == "1 · המלצת העו״ס"

    # a request taken off the list meanwhile: the dialog says so and cannot save
    p.waiting.select(r.id)
    w = p.waiting.withdraw()
    assert isinstance(w, WithdrawDialog)
    other = world.services("manager").clubs
    other.withdraw_request(r.id, other.request(r.id).version, "moved")
    w.submit()
    confirm(w.confirm_box)
    settle(qtbot, ops)
    assert w.last_error is not None and w.last_error.code == "stale" and w.reload_button.isVisible()
    w.reload_button.click()
    settle(qtbot, ops)
    assert not w.ready and w.error_label.isVisible() and not w.reload_button.isVisible()
    assert p.waiting.child_names() == ["לילא חדאד"]
