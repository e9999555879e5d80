"""The club dialog: a new club from the page (Ctrl+N) with every field, the fee in shekels and agorot, the
supervising social worker and transport routes typed on the keyboard; the new club chosen on the page; an
edit that deactivates a route; a name already taken refused with the form kept; a club changed meanwhile by
someone else (reload: the other's new route appears, nothing typed is lost)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.clubs.club_dialog import ROUTE_ACTIVE, ClubDialog
from models.clubs.dto import ClubInput, RouteInput
from tests.gui.clubs.page_support import club, focus, page, today  # noqa: F401
from tests.gui.committees.meeting_support import gone, mnemonics
from tests.gui.helpers import settle, type_text

pytestmark = pytest.mark.usefixtures("today")


def _text(d: ClubDialog, row: int) -> str:
    item = d.routes.item(row, 0)
    return item.text() if item is not None else ""


def _active(d: ClubDialog, row: int) -> bool | None:
    item = d.routes.item(row, ROUTE_ACTIVE)
    return None if item is None else item.checkState() == Qt.CheckState.Checked


def _editing(d: ClubDialog) -> bool:
    """A cell editor of the routes' table has the focus."""
    editor = QApplication.focusWidget()
    return editor is not None and editor.parentWidget() is d.routes.viewport()


def _type_route(qtbot, d: ClubDialog, values: tuple[str, str, str]) -> None:
    d.add_route_button.click()
    for value in values:
        qtbot.waitUntil(lambda: _editing(d), timeout=3000)
        editor = QApplication.focusWidget()
        type_text(editor, value)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_a_new_club_with_every_field(qtbot, world, ops):
    club(world, "מועדונית הגפן")
    p = page(qtbot, ops, world)
    focus(qtbot, p.overview.table)
    qtbot.keyClick(p.overview.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    d = p.dialog
    assert isinstance(d, ClubDialog)
    settle(qtbot, ops)
    assert d.ready and d.capacity.value() == 15 and (d.min_age.value(), d.max_age.value()) == (3, 12)
    assert d.fee.agorot() == 13_000  # 130 ₪, the ministry's fee
    letters = mnemonics(d)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters
    qtbot.waitUntil(d.name.hasFocus, timeout=3000)
    type_text(d.name, "מועדונית התאנה")
    type_text(d.address, "רחוב התאנה 3")
    d.phone.setText("08-6000300")
    d.capacity.setValue(12)
    d.min_age.setValue(4)
    d.max_age.setValue(10)
    type_text(d.hours, "א׳-ה׳ 12:00-18:00")
    type_text(d.guide, "מורן מדריכה")
    type_text(d.house_mother, "ליאת אם-בית")
    d.supervisor.setCurrentIndex(d.supervisor.findData(world.users["club"].id))
    d.fee.selectAll()
    qtbot.keyClicks(d.fee, "125.5")
    assert d.fee.agorot() == 12_550
    _type_route(qtbot, d, ("קו מזרח", "בית ספר הרימון, גן החצב", "יוסי נהג"))
    _type_route(qtbot, d, ("קו מערב", "", ""))
    d.submit()
    settle(qtbot, ops)
    assert gone(d)
    assert p.overview.names() == ["מועדונית הגפן", "מועדונית התאנה"]
    new = world.services("club").clubs.club(p.club_id)  # the new club is the one chosen
    assert (new.name, new.address, new.phone, new.capacity, new.min_age, new.max_age) == (
        "מועדונית התאנה", "רחוב התאנה 3", "08-6000300", 12, 4, 10)
    assert (new.hours, new.guide_name, new.house_mother_name) == ("א׳-ה׳ 12:00-18:00", "מורן מדריכה", "ליאת אם-בית")
    assert new.supervisor_id == world.users["club"].id and new.monthly_fee_agorot == 12_550
    assert [(r.name, r.stops, r.driver, r.active) for r in new.routes] == [
        ("קו מזרח", "בית ספר הרימון, גן החצב", "יוסי נהג", True), ("קו מערב", "", "", True)]


def test_editing_deactivates_a_route_and_a_taken_name_keeps_the_form(qtbot, world, ops):
    club(world, "מועדונית הגפן")
    dekel = club(world, "מועדונית הדקל", routes=("קו צפון", "קו דרום"))
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    p.edit_button.click()
    qtbot.waitUntil(lambda: isinstance(p.dialog, ClubDialog), timeout=5000)
    d = p.dialog
    assert isinstance(d, ClubDialog)
    settle(qtbot, ops)
    assert d.name.text() == "מועדונית הדקל" and d.routes.rowCount() == 2
    south = next(r for r in range(2) if _text(d, r) == "קו דרום")
    d.routes.setCurrentCell(south, 0)
    assert d.toggle_route_button.isEnabled()
    d.toggle_route_button.click()
    assert _active(d, south) is False
    d.capacity.setValue(10)
    d.name.setText("מועדונית הגפן")
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "club_name_taken"
    assert "מועדונית הגפן" in d.error_label.text()
    assert d.capacity.value() == 10 and _active(d, south) is False
    d.name.setText("מועדונית הדקל החדשה")
    d.submit()
    settle(qtbot, ops)
    assert gone(d)
    saved = world.services("club").clubs.club(dekel.id)
    assert saved.name == "מועדונית הדקל החדשה" and saved.capacity == 10
    assert sorted((r.name, r.active) for r in saved.routes) == [("קו דרום", False), ("קו צפון", True)]
    assert "מועדונית הדקל החדשה" in p.overview.names()


def test_a_club_changed_meanwhile_is_reloaded_without_losing_what_was_typed(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל", routes=("קו צפון",))
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    p.edit_button.click()
    qtbot.waitUntil(lambda: isinstance(p.dialog, ClubDialog), timeout=5000)
    d = p.dialog
    assert isinstance(d, ClubDialog)
    settle(qtbot, ops)
    d.guide.setText("דנה מדריכה חדשה")
    # the manager adds a route meanwhile
    manager = world.services("manager").clubs
    current = manager.club(dekel.id)
    manager.save_club(dekel.id, ClubInput(
        name=current.name, address=current.address, phone=current.phone, capacity=current.capacity,
        hours=current.hours, guide_name=current.guide_name, house_mother_name=current.house_mother_name,
        routes=(*(RouteInput(r.id, r.name, r.stops, r.driver, r.active) for r in current.routes),
                RouteInput(None, "קו מזרח"))), current.version)
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "stale"
    assert d.reload_button.isVisible()
    d.reload_button.click()
    settle(qtbot, ops)
    assert d.guide.text() == "דנה מדריכה חדשה" and d.routes.rowCount() == 2  # the manager's route too
    d.submit()
    settle(qtbot, ops)
    assert gone(d)
    saved = world.services("club").clubs.club(dekel.id)
    assert saved.guide_name == "דנה מדריכה חדשה"
    assert sorted((r.name, r.active) for r in saved.routes) == [("קו מזרח", True), ("קו צפון", True)]
