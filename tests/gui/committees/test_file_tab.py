"""The committee tab of the family file: the family's hearings with the decisions of final protocols and
the next review date; placements recorded and ended by the coordinator; the tab only for the roles that
see the committee's records."""

from __future__ import annotations

from datetime import date

from desktop.families.file_view import FileView
from desktop.widgets.tables import select_row
from tests.gui.committees.protocol_support import accept, finalised, meeting_with_case
from tests.gui.helpers import settle


def _view(qtbot, ops, world, who: str, key: str = "cohen") -> FileView:
    v = FileView(world.services(who), ops, world.files[key], tab="committees")
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    return v


def test_the_tab_shows_the_hearing_its_decisions_and_the_next_review(qtbot, ops, world, monkeypatch):
    meeting, case = meeting_with_case(world)
    protocol = finalised(world, monkeypatch, meeting, case)
    v = _view(qtbot, ops, world, "north_worker")
    tab = v.tab("committees")
    assert tab is not None and v.tabs.currentWidget() is tab
    settle(qtbot, ops)
    assert tab.hearings_table.rowCount() == 1
    cells = [tab.hearings_table.item(0, c).text() for c in range(tab.hearings_table.columnCount())]
    assert cells[0] == meeting.held_on.strftime("%d/%m/%Y") and "מרים כהן" in cells[1]
    assert "תכנית טיפול בקהילה" in cells[4]
    assert protocol.next_review_on is not None
    assert protocol.next_review_on.strftime("%d/%m/%Y") in tab.next_review_label.text()
    assert tab.record_action.button.isHidden()  # a family worker reads; the coordinator records placements


def test_the_coordinator_records_and_ends_a_placement(qtbot, ops, world):
    v = _view(qtbot, ops, world, "coordinator")
    tab = v.tab("committees")
    assert tab is not None and tab.record_action.button.isVisible()
    assert not tab.end_action.button.isEnabled()
    dialog = tab.open_record()
    assert dialog is not None
    settle(qtbot, ops)
    assert dialog.child.count() == 1 and "מרים כהן" in dialog.child.currentText()
    dialog.setting.setCurrentIndex(dialog.setting.findData("foster_family"))
    dialog.started_on.setValue(date(2026, 1, 10))
    dialog.ok_button.click()
    settle(qtbot, ops)
    assert dialog.last_error is None
    settle(qtbot, ops)
    assert tab.placements_table.rowCount() == 1
    assert tab.placements_table.item(0, 2).text() == "10/01/2026"
    assert tab.placements_table.item(0, 4).text() != ""  # the annual review, computed
    assert tab.next_review_label.text() != ""

    select_row(tab.placements_table, 0)
    assert tab.end_action.button.isEnabled()
    end = tab.open_end()
    assert end is not None
    end.reason.setText("חזרה הביתה")
    end.ok_button.click()
    accept(end.confirm_box)
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert end.last_error is None
    assert "חזרה הביתה" in tab.placements_table.item(0, 3).text()
    assert tab.placements_table.item(0, 4).text() == ""


def test_a_second_open_placement_is_refused_in_words(qtbot, ops, world):
    from models.committees.dto import PlacementInput

    world.services("coordinator").committees.record_placement(
        PlacementInput(world.files["cohen"], world.persons["cohen_child"], "residential", date(2026, 2, 1)))
    v = _view(qtbot, ops, world, "coordinator")
    tab = v.tab("committees")
    dialog = tab.open_record()
    settle(qtbot, ops)
    dialog.ok_button.click()
    settle(qtbot, ops)
    assert dialog.last_error is not None and dialog.last_error.code == "placement_open"
    assert dialog.isVisible() and dialog.error_label.isVisible()


def test_only_the_committee_roles_see_the_tab(qtbot, ops, world):
    assert _view(qtbot, ops, world, "north_worker").tab("committees") is not None
    assert _view(qtbot, ops, world, "intake").tab("committees") is None


def test_a_placement_carries_out_a_committee_decision(qtbot, ops, world, monkeypatch):
    """Record placement offers the out-of-home decisions of the file's final protocols; choosing one chooses
    its child and setting, and the placement is linked to it."""
    meeting, case = meeting_with_case(world)
    protocol = finalised(world, monkeypatch, meeting, case, kind="foster_family")
    monkeypatch.setattr("models.committees.rules.today", date.today)  # back to the real today
    v = _view(qtbot, ops, world, "coordinator")
    tab = v.tab("committees")
    dialog = tab.open_record()
    assert dialog is not None
    settle(qtbot, ops)
    assert dialog.decision.count() == 2 and dialog.decision.isEnabled()  # "(none)" and the decision
    dialog.setting.setCurrentIndex(dialog.setting.findData("residential"))
    dialog.decision.setCurrentIndex(1)
    assert dialog.decision.currentData() == protocol.decisions[0].id
    assert dialog.child.currentData() == world.persons["cohen_child"]
    assert dialog.setting.currentData() == "foster_family"
    dialog.ok_button.click()
    settle(qtbot, ops)
    assert dialog.last_error is None
    placements = world.services("coordinator").committees.placements(world.files["cohen"])
    assert [(p.decision_id, p.setting) for p in placements] == [(protocol.decisions[0].id, "foster_family")]
