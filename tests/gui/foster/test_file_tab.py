"""The Foster care tab of the family file: the family's referrals (child, kind, status and since when, the
service, the committee decision or the red flag of an emergency referral, the placement, the annual review);
New foster referral… (Ctrl+Shift+F) from the committee's decision, Move to… (Ctrl+Shift+T) and its conflict
(Reload keeps the input), Open the referral (Enter) and Print the referral; shown to the roles that read foster
referrals only; its shortcuts are not the file view's other tabs'."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from desktop.committees.file_tab import CommitteeTab
from desktop.families.file_view import FileView
from desktop.foster.common import committee_missing_text, kind_label, status_label
from desktop.foster.dialogs import FosterMoveDialog, FosterReferralDialog
from desktop.foster.file_tab import COL_DECISION, COL_PLACEMENT, COL_REVIEW, COL_STATUS, FosterTab
from desktop.foster.referral_view import FosterReferralView
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from models.errors import ConflictError
from tests.gui.committees.meeting_support import gone
from tests.gui.foster.support import SERVICE, decide, moved, referral
from tests.gui.helpers import settle, type_text


def _view(qtbot, ops, world, who: str = "north_worker", key: str = "cohen") -> FileView:
    v = FileView(world.services(who), ops, world.files[key], tab="foster")
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    settle(qtbot, ops)
    settle(qtbot, ops)
    return v


def _tab(v: FileView) -> FosterTab:
    tab = v.tab("foster")
    assert isinstance(tab, FosterTab)
    return tab


def _cell(tab: FosterTab, row: int, col: int) -> str:
    item = tab.table.item(row, col)
    return item.text() if item is not None else ""


def test_the_tab_lists_the_familys_referrals_and_makes_one_from_the_decision(qtbot, world, ops, monkeypatch):
    option = decide(world, monkeypatch)
    v = _view(qtbot, ops, world)
    tab = _tab(v)
    assert v.tabs.currentWidget() is tab and tab.table.showing_empty_text()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    d = tab.dialog
    assert isinstance(d, FosterReferralDialog)
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    settle(qtbot, ops)
    assert d.decision.currentData() == option.decision_id and d.child.currentText() == "מרים כהן"
    d.service.setFocus()
    type_text(d.service, SERVICE)
    d.reason.setFocus()
    type_text(d.reason, "זקוקה למסגרת משפחתית")
    d.ok_button.click()
    settle(qtbot, ops)
    assert gone(d), d.last_error
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10_000)
    settle(qtbot, ops)
    assert _cell(tab, 0, 0) == "מרים כהן" and _cell(tab, 0, 1) == kind_label("long_term")
    assert _cell(tab, 0, COL_STATUS) == status_label("draft")
    assert fmt_date(option.held_on) in _cell(tab, 0, COL_DECISION)

    # Move to… from the tab; a colleague moved it meanwhile: told, the input kept, Reload, saved
    r = world.services("north_worker").foster.file_referrals(world.files["cohen"])[0]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    m = tab.dialog
    assert isinstance(m, FosterMoveDialog) and m.status.currentData() == "sent"
    m.reason.setFocus()
    type_text(m.reason, "נשלח בדואר")
    moved(world, r, "sent", who="north_head")
    m.ok_button.click()
    settle(qtbot, ops)
    assert isinstance(m.last_error, ConflictError) and m.reload_button.isVisibleTo(m)
    m.reload_button.click()
    settle(qtbot, ops)
    assert m.reason.toPlainText() == "נשלח בדואר" and m.now.text().find(status_label("sent")) >= 0
    m.status.setCurrentIndex(m.status.findData("matched"))
    m.ok_button.click()
    settle(qtbot, ops)
    assert gone(m), m.last_error
    qtbot.waitUntil(lambda: _cell(tab, 0, COL_STATUS) == status_label("matched"), timeout=10_000)

    # Enter opens the referral's window
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    w = tab.referral_view
    assert isinstance(w, FosterReferralView)
    qtbot.waitUntil(lambda: w.referral is not None, timeout=10_000)
    assert w.referral is not None and w.referral.id == r.id
    w.close()


def test_an_emergency_and_a_placement_as_the_tab_shows_them(qtbot, world, ops, monkeypatch):
    option = decide(world, monkeypatch)
    placed = moved(world, referral(world, option), "sent", "matched", "placed", code="FF-77", locality="אופקים")
    referral(world, who="south_head", family="haddad", child="haddad_child", kind="emergency",
             emergency_reason="הילדה נמצאה לבד")
    v = _view(qtbot, ops, world)
    tab = _tab(v)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10_000)
    assert "FF-77" in _cell(tab, 0, COL_PLACEMENT) and "אופקים" in _cell(tab, 0, COL_PLACEMENT)
    assert _cell(tab, 0, COL_REVIEW) == fmt_date(placed.annual_review_on)
    h = _view(qtbot, ops, world, "south_worker", "haddad")
    htab = _tab(h)
    qtbot.waitUntil(lambda: htab.table.rowCount() == 1, timeout=10_000)
    flag = htab.table.item(0, COL_DECISION)
    assert flag is not None and flag.text().startswith(committee_missing_text()) and flag.font().bold()
    assert not htab.new_action.button.isHidden()

    preview = tab.print_selected()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None, preview.error_label.text()
    assert "מרים כהן" in preview.document.getAllText(0).text()
    preview.close()


@pytest.mark.parametrize("who, shown", [("north_worker", True), ("north_head", True), ("coordinator", False),
                                        ("intake", False)])
def test_the_tab_is_shown_to_the_roles_that_read_foster_referrals(qtbot, world, ops, who, shown):
    v = _view(qtbot, ops, world, who)
    assert (v.tab("foster") is not None) == shown


def test_the_tabs_shortcuts_are_not_the_file_views_others(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_head")
    seqs = [a.shortcut().toString() for a in v.actions() if not a.shortcut().isEmpty()]
    clash = {s: n for s, n in Counter(seqs).items() if n > 1}
    assert clash == {}, clash
    tab = _tab(v)
    for action in (tab.new_action, tab.move_action):
        assert isinstance(action, ViewAction) and action.shortcut.toString() in seqs


def test_the_committee_tab_offers_a_foster_referral_from_the_out_of_home_decision(qtbot, world, ops, monkeypatch):
    option = decide(world, monkeypatch)
    v = FileView(world.services("north_worker"), ops, world.files["cohen"], tab="committees")
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    settle(qtbot, ops)
    committee = v.tab("committees")
    assert isinstance(committee, CommitteeTab)
    qtbot.waitUntil(lambda: committee.hearings_table.rowCount() == 1, timeout=10_000)
    assert committee.foster_button.isVisibleTo(committee)
    committee.hearings_table.setCurrentCell(0, 0)
    committee.foster_button.click()
    settle(qtbot, ops)
    d = v.dialog
    assert isinstance(d, FosterReferralDialog)
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    settle(qtbot, ops)
    assert d.decision.currentData() == option.decision_id and d.child.currentText() == "מרים כהן"
    d.reject()
    referral(world, option)  # now referred: the tab says so instead of a second referral
    committee.foster_button.click()
    settle(qtbot, ops)
    assert committee.error_label.isVisibleTo(committee) and v.dialog is d


@pytest.mark.parametrize("who", ["coordinator"])
def test_the_committee_tab_offers_no_foster_referral_to_who_makes_none(qtbot, world, ops, who):
    v = FileView(world.services(who), ops, world.files["cohen"], tab="committees")
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    committee = v.tab("committees")
    assert isinstance(committee, CommitteeTab) and not committee.foster_button.isVisibleTo(committee)
