"""The Day-care tab of the family file: the family's cases with their status and share, the selected case's
share step by step; New day-care case (Ctrl+Shift+I) for a toddler of the file, approve, place and print from
the tab; the tab shown to the roles that read day-care, the actions only to those who decide it; no Alt
letter twice in the file's window."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from desktop.daycare.actions import ApproveDialog
from desktop.daycare.case_dialog import DaycareCaseDialog
from desktop.daycare.common import fmt_money, status_label, step_label
from desktop.daycare.file_tab import DaycareTab
from desktop.daycare.printing import DaycarePreview
from desktop.families.file_view import FileView
from tests.gui.committees.meeting_support import gone, mnemonics
from tests.gui.committees.protocol_support import accept
from tests.gui.daycare.support import add_toddler, approved, cell, draft, income_table, placed, today  # noqa: F401
from tests.gui.helpers import settle

pytestmark = pytest.mark.usefixtures("today")


def _view(qtbot, ops, world, who: str = "north_worker", key: str = "cohen") -> FileView:
    v = FileView(world.services(who), ops, world.files[key], tab="daycare")
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    settle(qtbot, ops)
    settle(qtbot, ops)
    return v


def _tab(v: FileView) -> DaycareTab:
    tab = v.tab("daycare")
    assert isinstance(tab, DaycareTab)
    return tab


def test_the_tab_shows_the_family_s_cases_and_the_share_step_by_step(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    c = placed(world)
    v = _view(qtbot, ops, world)
    tab = _tab(v)
    assert v.tabs.currentWidget() is tab and tab.table.rowCount() == 1
    cells = [cell(tab.table, 0, col) for col in range(tab.table.columnCount())]
    assert cells[0] == "נועה כהן" and cells[2] == "25" and cells[4] == status_label("placed")
    assert cells[5] == "מעון ויצו הדקל" and cells[6] == "15/11/2026" and cells[7] == fmt_money(85_000)
    assert tab.selected_id() == c.id
    texts = tab.calc_table.texts()
    assert texts[0] == (step_label("household_income"), "12,400.00 ₪") and texts[-1] == (step_label("share"),
                                                                                        "850.00 ₪")
    assert "רונית ראש-צוות" in tab.detail_label.text()  # who approved
    preview = tab.print_letter()
    assert isinstance(preview, DaycarePreview)
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None, preview.error_label.text()
    text = "".join(preview.document.getAllText(i).text() for i in range(preview.page_count))
    assert "850.00" in text and "12,400.00" in text and "3,100.00" in text
    preview.close()
    letters = mnemonics(v)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters


def test_a_new_case_from_the_tab_for_the_file_s_toddler_then_approved(qtbot, world, ops):
    income_table(world)
    toddler = add_toddler(world)
    v = _view(qtbot, ops, world, "north_head")
    tab = _tab(v)
    assert tab.table.rowCount() == 0 and tab.table.showing_empty_text()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    d = tab.dialog
    assert isinstance(d, DaycareCaseDialog) and d.file_id == world.files["cohen"]
    settle(qtbot, ops)
    d.child.setCurrentIndex(d.child.findData(toddler))
    d.school_year.setCurrentIndex(d.school_year.findData(2026))
    d.ground.setCurrentIndex(d.ground.findData("developmental_delay"))
    d.ground_detail.setPlainText("עיכוב שפתי ומוטורי")
    d.specialist_name.setText("ד״ר נגה רופאת ילדים")
    d.committee.setCurrentIndex(d.committee.findData("toddlers_at_risk"))
    d.committee_reference.setText("פב/2026/20")
    d.household_size.setValue(4)
    d.monthly_income.set_agorot(1_240_000)
    with qtbot.waitSignal(d.saved):
        d.submit()
    assert gone(d)
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert tab.table.rowCount() == 1 and cell(tab.table, 0, 4) == status_label("draft")
    assert tab.approve_button.isEnabled() and not tab.print_action.button.isEnabled()
    a = tab.approve()
    assert isinstance(a, ApproveDialog)
    a.submit()
    assert a.confirm_box is not None
    accept(a.confirm_box)
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert cell(tab.table, 0, 4) == status_label("approved") and tab.print_action.button.isEnabled()
    c = world.services("north_worker").daycare.file_cases(world.files["cohen"])[0]
    assert (c.specialist_kind, c.specialist_name, c.status) == ("paediatrician", "ד״ר נגה רופאת ילדים", "approved")


def test_who_sees_the_tab_and_who_may_act(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    draft(world)
    v = _view(qtbot, ops, world, "manager")
    tab = _tab(v)
    assert tab.table.rowCount() == 1 and tab.new_action.button.isVisibleTo(tab)
    club = FileView(world.services("club"), ops, world.files["cohen"])
    qtbot.addWidget(club)
    settle(qtbot, ops)
    assert club.tab("daycare") is None  # the club worker reads no day-care case


def test_an_approved_case_is_not_edited(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    approved(world)
    v = _view(qtbot, ops, world)
    tab = _tab(v)
    assert not tab.edit_button.isEnabled() and tab.edit_case() is None
    assert tab.place_button.isEnabled()
