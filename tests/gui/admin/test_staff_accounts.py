"""The staff accounts screen: the administrator adds an account that waits for another officer's approval,
the manager approves it; deactivation asks first; a refused password keeps the dialog; nobody acts on his
own account; who sees which buttons; every widget named, the empty table says so."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.admin.staff import COL_NAME, COL_PENDING, COL_STATUS, StaffAccountsView
from desktop.features import FEATURES
from desktop.widgets.a11y import describe, unnamed_widgets
from models.roles import allowed
from tests.gui.helpers import settle, type_text

NEW_PASSWORD = "Tchelet-Yam-42"


def _view(qtbot, world, who: str, ops) -> StaffAccountsView:
    v = StaffAccountsView(world.services(who), ops)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitUntil(lambda: not v.loading and v.table.rowCount() > 0, timeout=10_000)
    return v


def _row(v: StaffAccountsView, full_name: str) -> int:
    return next(r for r in range(v.table.rowCount()) if v.table.item(r, COL_NAME).text() == full_name)


def _select(v: StaffAccountsView, full_name: str) -> None:
    v.select(v.table.item(_row(v, full_name), COL_NAME).data(0x0100))


def _cell(v: StaffAccountsView, full_name: str, col: int) -> str:
    return v.table.item(_row(v, full_name), col).text()


def _confirm(box: QMessageBox | None) -> None:
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # the safe one
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def test_the_screen_is_offered_to_the_admin_and_the_manager_only() -> None:
    for role, offered in [("admin", True), ("manager", True), ("team_head", False), ("family_worker", False),
                          ("intake_worker", False)]:
        keys = {f.key for f in FEATURES if f.permission is None or allowed(role, f.permission)}
        assert ("staff" in keys) is offered, role


def test_an_added_account_waits_for_another_officers_approval(qtbot, world, ops):
    v = _view(qtbot, world, "admin", ops)
    assert v.add_button.isVisible() and v.changes_table.showing_empty_text()
    v.add_account()
    d = v.dialog
    qtbot.waitExposed(d)
    qtbot.keyClicks(d.username, world.name("tamar"))
    type_text(d.full_name, "תמר חדשה")
    d.role.setCurrentIndex(d.role.findData("family_worker"))
    d.team.setCurrentIndex(d.team.findText("צוות צפון"))
    qtbot.keyClicks(d.password, NEW_PASSWORD)
    qtbot.keyClicks(d.password_again, NEW_PASSWORD + "x")
    d.submit()  # the two passwords differ: said at once, nothing sent, the input kept
    assert d.isVisible() and d.error_label.isVisible() and d.full_name.text() == "תמר חדשה"
    d.password_again.setText(NEW_PASSWORD)
    d.submit()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=10_000)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: any(v.table.item(r, COL_NAME).text() == "תמר חדשה" for r in range(v.table.rowCount())))
    assert _cell(v, "תמר חדשה", COL_STATUS) != _cell(v, "דנה צפונית", COL_STATUS)  # inactive, not active
    assert "מנהל מערכת" in _cell(v, "תמר חדשה", COL_PENDING)  # asked by, by name
    _select(v, "תמר חדשה")
    assert not v.approve_button.isEnabled()  # the one who asked does not approve
    m = _view(qtbot, world, "manager", ops)
    assert not m.add_button.isVisible() and not m.deactivate_button.isVisible()
    _select(m, "תמר חדשה")
    assert m.approve_button.isEnabled()
    m.decide(True)
    _confirm(m.confirm_box)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: _cell(m, "תמר חדשה", COL_PENDING) == "", timeout=10_000)
    # the admin's screen heard of the change and shows the account active, and the decision below
    qtbot.waitUntil(lambda: _cell(v, "תמר חדשה", COL_STATUS) == _cell(v, "דנה צפונית", COL_STATUS), timeout=10_000)
    assert v.changes_table.rowCount() == 1 and v.changes_table.item(0, 5).text() == "אבי מנהל"


def test_deactivate_asks_first_and_cancel_changes_nothing(qtbot, world, ops):
    v = _view(qtbot, world, "admin", ops)
    _select(v, "סמיר דרומי")
    active = _cell(v, "סמיר דרומי", COL_STATUS)
    v.deactivate()
    v.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, ops)
    assert _cell(v, "סמיר דרומי", COL_STATUS) == active
    v.deactivate()
    _confirm(v.confirm_box)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: _cell(v, "סמיר דרומי", COL_STATUS) != active, timeout=10_000)
    assert not any(a.active for a in world.services("admin").users.staff() if a.full_name == "סמיר דרומי")


def test_a_refused_password_keeps_the_dialog_with_the_message(qtbot, world, ops):
    v = _view(qtbot, world, "admin", ops)
    _select(v, "דנה צפונית")
    v.reset_password()
    d = v.dialog
    qtbot.waitExposed(d)
    qtbot.keyClicks(d.password, "12345678")
    qtbot.keyClicks(d.password_again, "12345678")
    d.submit()
    qtbot.waitUntil(lambda: d.error_label.isVisible(), timeout=10_000)
    assert d.isVisible() and d.password.text() == "12345678"
    d.password.setText(NEW_PASSWORD)
    d.password_again.setText(NEW_PASSWORD)
    d.submit()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=10_000)


def test_nobody_acts_on_his_own_account_and_a_change_is_asked_not_made(qtbot, world, ops):
    v = _view(qtbot, world, "admin", ops)
    _select(v, "מנהל מערכת")
    assert not any(b.isEnabled() for b in (v.change_button, v.password_button, v.deactivate_button,
                                           v.approve_button))
    _select(v, "דנה צפונית")
    assert v.change_button.isEnabled()
    v.change_role()
    d = v.dialog
    qtbot.waitExposed(d)
    d.role.setCurrentIndex(d.role.findData("team_head"))
    d.submit()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=10_000)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: _cell(v, "דנה צפונית", COL_PENDING) != "", timeout=10_000)
    assert world.services("admin").users.staff_changes()[0].new_role == "team_head"
    assert next(a for a in world.services("admin").users.staff() if a.full_name == "דנה צפונית").role == \
        "family_worker"


def test_every_widget_is_named_and_empty_tables_say_so(qtbot, world, ops):
    for who in ("admin", "manager"):
        v = _view(qtbot, world, who, ops)
        bad = unnamed_widgets(v)
        assert not bad, "; ".join(describe(w) for w in bad)
        assert v.changes_table.showing_empty_text() and v.changes_table.empty_text
