"""The income-level table editor (the manager's, the administrator's): the versions by date, the one in force
marked; a new version copies the one in force from a date; a save refused for overlapping brackets names the
level, and for a gap, a negative amount or a cell that is not an amount, keeping everything typed; a version
a case used is read-only with the sentence why; a family worker reads the table and changes nothing."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractItemView

from desktop.daycare.income_tables import COL_FROM, COL_SHARE, COL_TO, IncomeTablesView
from desktop.messages import message_for
from models.errors import ValidationError
from tests.gui.committees.meeting_support import mnemonics
from tests.gui.daycare.support import add_toddler, cell, draft, income_table, today  # noqa: F401
from tests.gui.helpers import settle

pytestmark = pytest.mark.usefixtures("today")


def _view(qtbot, ops, world, who: str = "manager") -> IncomeTablesView:
    v = IncomeTablesView(world.services(who), ops)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    settle(qtbot, ops)
    return v


def _cell(v: IncomeTablesView, row: int, col: int) -> str:
    item = v.levels.item(row, col)
    return item.text() if item is not None else ""


def _saved_versions(world) -> list[date]:
    return sorted(t.valid_from for t in world.services("manager").daycare.income_tables())


def test_a_new_version_refused_for_overlapping_brackets_names_the_level_and_keeps_what_was_typed(qtbot, world, ops):
    first = income_table(world)
    v = _view(qtbot, ops, world)
    assert v.versions.rowCount() == 1 and "01/01/2026" in cell(v.versions, 0, 0)
    assert v.current is not None and v.current.id == first.id
    assert [_cell(v, r, COL_FROM) for r in range(5)] == ["0.00", "1,500.00", "2,500.00", "3,500.00", "5,000.00"]
    assert _cell(v, 4, COL_TO) == ""  # the top level: and more
    v.new_version()  # copies the one in force, from the first of next month
    assert v.editing_new and v.dirty and v.valid_from.value() == date(2026, 12, 1)
    assert [_cell(v, r, COL_SHARE) for r in range(5)] == ["0.00", "400.00", "850.00", "1,300.00", "1,800.00"]
    assert not v.versions.isEnabled()  # no other version chosen over what is typed
    v.note.setText("עדכון משרד הרווחה")
    v.set_cell(2, COL_FROM, "2,400")  # level 3 starts inside level 2
    v.set_cell(2, COL_SHARE, "900")
    v.save()
    settle(qtbot, ops)
    assert v.last_error is not None and v.last_error.code == "brackets_overlap" and v.last_error.params["level"] == 3
    assert v.error_label.isVisibleTo(v) and v.error_label.text() == message_for(v.last_error)
    assert "3" in v.error_label.text() and v.levels.currentRow() == 2  # the cursor on level 3
    assert _saved_versions(world) == [date(2026, 1, 1)]  # nothing saved
    assert _cell(v, 2, COL_FROM) == "2,400" and _cell(v, 2, COL_SHARE) == "900" and v.note.text() == "עדכון משרד הרווחה"
    # a gap, then right
    v.set_cell(2, COL_FROM, "2,600")
    v.save()
    settle(qtbot, ops)
    assert v.last_error is not None and v.last_error.code == "brackets_gap" and v.last_error.params["level"] == 3
    v.set_cell(2, COL_FROM, "2,500")
    with qtbot.waitSignal(v.saved) as saved:
        v.save()
    settle(qtbot, ops)
    table = saved.args[0]
    assert table.valid_from == date(2026, 12, 1) and table.levels[2].parent_share == 90_000
    assert _saved_versions(world) == [date(2026, 1, 1), date(2026, 12, 1)]
    assert not v.dirty and not v.error_label.isVisibleTo(v) and v.versions.isEnabled()
    assert v.versions.rowCount() == 2 and v.current is not None and v.current.id == table.id
    assert v.selected_table() is not None and v.selected_table().id == table.id


def test_a_negative_share_and_a_cell_that_is_not_an_amount_are_refused(qtbot, world, ops):
    income_table(world)
    v = _view(qtbot, ops, world)
    assert v.editable() and not v.dirty  # no case used it: it can still be corrected
    v.set_cell(1, COL_SHARE, "-50")
    assert v.dirty
    v.save()
    settle(qtbot, ops)
    assert v.last_error is not None and v.last_error.code == "negative_amount"
    assert v.error_label.text() == message_for(ValidationError("negative_amount", field="levels", level=2))
    v.set_cell(1, COL_SHARE, "ארבע מאות")
    v.save()
    settle(qtbot, ops)
    assert v.last_error is None and "ארבע מאות" in v.error_label.text() and "2" in v.error_label.text()
    v.discard()  # undo: the version as saved
    assert not v.dirty and _cell(v, 1, COL_SHARE) == "400.00"


def test_levels_are_added_and_removed_and_the_last_is_open_ended(qtbot, world, ops):
    income_table(world)
    v = _view(qtbot, ops, world)
    v.remove_last_level()
    assert v.levels.rowCount() == 4 and _cell(v, 3, COL_TO) == ""
    row = v.add_level()
    assert row == 4 and _cell(v, 3, COL_TO) == "4,500.00" and _cell(v, 4, COL_FROM) == "4,500.00"
    v.set_cell(4, COL_SHARE, "2,000")
    with qtbot.waitSignal(v.saved) as saved:
        v.save()
    t = saved.args[0]
    assert [(lv.income_from, lv.income_to) for lv in t.levels][-2:] == [(350_000, 450_000), (450_000, None)]


def test_a_version_a_case_used_is_read_only_and_says_why(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    draft(world)  # its share computed with the version of 01/01/2026
    v = _view(qtbot, ops, world)
    assert v.current is not None and v.current.in_use
    assert not v.editable() and v.read_only_reason() == v.tr(
        "This version was used to compute the parents' share of a day-care case: it can no longer be changed. To "
        "change the levels, make a new version from a date.")
    assert v.levels.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not v.save_action.button.isVisibleTo(v) and not v.add_level_button.isVisibleTo(v)
    assert v.new_action.button.isEnabled()  # a new version from a date instead
    assert cell(v.versions, 0, 3) == v.tr("yes")
    letters = mnemonics(v)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters


def test_a_second_version_on_the_same_date_is_refused(qtbot, world, ops):
    income_table(world)
    income_table(world, valid_from=date(2026, 12, 1), note="דצמבר")
    v = _view(qtbot, ops, world)
    assert v.versions.rowCount() == 2 and "(" in cell(v.versions, 1, 0)  # 01/01/2026 is in force on 26/11
    v.new_version()
    assert v.valid_from.value() == date(2026, 12, 1)
    v.save()
    settle(qtbot, ops)
    assert v.last_error is not None and v.last_error.code == "table_exists" and "01/12/2026" in v.error_label.text()


def test_a_family_worker_reads_the_table_and_changes_nothing(qtbot, world, ops):
    income_table(world)
    v = _view(qtbot, ops, world, "north_worker")
    assert v.versions.rowCount() == 1 and not v.editable()
    assert not v.new_action.button.isVisibleTo(v) and not v.save_action.button.isVisibleTo(v)
    v.new_version()
    assert not v.editing_new
