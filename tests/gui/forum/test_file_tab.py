"""The Youth law tab of the family file and the report dialog: a family worker reports a child at risk from
the file (Ctrl+Shift+K) and sees the reports she recorded, waiting for the forum, then with the forum's
decision (the intervention, her name in charge, the due date, the task); bad input is refused with the
codes' sentences and keeps what was typed; a waiting report is corrected, a decided one is not; the forum's
members see every report of the file; the tab is not shown to those who do not report (the club worker)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.families.file_view import FileView
from desktop.forum.common import intervention_label, report_kind_label
from desktop.forum.file_tab import (
    COL_CHILD,
    COL_DECISION,
    COL_DUE,
    COL_RESPONSIBLE,
    COL_STATUS,
    COL_TASK,
    YouthLawTab,
    visible,
)
from desktop.forum.report_dialog import ReportDialog
from desktop.messages import message_for
from models.errors import ValidationError
from models.families.dto import FileCapabilities
from models.forum.dto import ForumDecisionInput
from tests.gui.forum.forum_support import TODAY, add_child, focus, gone, meeting, report, today  # noqa: F401
from tests.gui.helpers import settle, type_text
from tests.gui.test_accessibility import assert_all_named


def _view(qtbot, ops, world, who: str, key: str = "cohen") -> FileView:
    v = FileView(world.services(who), ops, world.files[key], tab="risk_reports")
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    settle(qtbot, ops)
    settle(qtbot, ops)
    return v


def _tab(v: FileView) -> YouthLawTab:
    tab = v.tab("risk_reports")
    assert isinstance(tab, YouthLawTab)
    return tab


def _open_report(qtbot, ops, v: FileView) -> ReportDialog:
    tab = _tab(v)
    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = tab.dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    return dialog


@pytest.mark.usefixtures("today")
def test_a_family_worker_reports_a_child_at_risk_from_the_file(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_worker")
    tab = _tab(v)
    assert v.tabs.currentWidget() is tab and tab.table.showing_empty_text()
    dialog = _open_report(qtbot, ops, v)
    assert dialog.child.currentText().startswith("מרים כהן") and dialog.reported_on.value() == TODAY
    assert "2025/0001" in dialog.file_label.text()
    # bad input: no description; the rest is kept
    dialog.reporter_kind.setCurrentIndex(dialog.reporter_kind.findData("school"))
    type_text(dialog.reporter_name, "יועצת בית הספר")
    type_text(dialog.reporter_phone, "08-6000111")
    dialog.kind.setCurrentIndex(dialog.kind.findData("neglect"))
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("day"))
    dialog.ok_button.click()
    settle(qtbot, ops)
    assert not gone(dialog)
    assert dialog.error_label.text() == message_for(ValidationError("required", field="description"))
    assert dialog.reporter_name.text() == "יועצת בית הספר" and dialog.reporter_phone.text() == "08-6000111"
    assert dialog.urgency.currentData() == "day"

    type_text(dialog.description, "הילדה סיפרה ליועצת שאין אוכל בבית כבר כמה ימים")
    dialog.ok_button.click()
    settle(qtbot, ops)
    assert gone(dialog)
    settle(qtbot, ops)
    assert tab.child_names() == ["מרים כהן"]
    assert tab.cell(0, COL_STATUS) == QCoreApplication.translate("YouthLawTab", "waiting, %n day(s)", "", 0)
    assert tab.cell(0, COL_DECISION) == "" and tab.cell(0, 2) == report_kind_label("neglect")
    saved = world.services("north_worker").forum.file_reports(world.files["cohen"])
    assert [(r.reporter_name, r.reporter_phone, r.urgency, r.channel) for r in saved] == [
        ("יועצת בית הספר", "08-6000111", "day", "report")]
    # the youth-law worker finds it on the agenda
    assert [r.child_name for r in world.services("youth_law").forum.agenda().rows] == ["מרים כהן"]


@pytest.mark.usefixtures("today")
def test_the_tab_shows_the_forums_decision_and_a_decided_report_is_final(qtbot, world, ops):
    decided = report(world, urgency="day", reported_on=date(2026, 11, 15))
    waiting = report(world, urgency="week", reported_on=date(2026, 11, 20), kind="emotional_abuse")
    m = meeting(world)
    world.services("youth_law").forum.decide(decided.id, decided.version, m.id, ForumDecisionInput(
        intervention="assessment_visit", responsible_id=world.users["north_worker"].id,
        due_on=TODAY + timedelta(days=2), note="ביקור בית"))
    v = _view(qtbot, ops, world, "north_worker")
    tab = _tab(v)
    assert [r.id for r in tab.reports] == [waiting.id, decided.id]  # waiting first
    assert tab.cell(1, COL_DECISION) == intervention_label("assessment_visit")
    assert tab.cell(1, COL_RESPONSIBLE) == "דנה צפונית"
    assert tab.cell(1, COL_DUE).startswith((TODAY + timedelta(days=2)).strftime("%d/%m/%Y"))
    assert tab.cell(1, COL_TASK) != ""
    # a waiting report can be corrected; a decided one cannot
    tab.table.setCurrentCell(1, COL_CHILD)
    assert not tab.correct_action.button.isEnabled() and tab.open_correct() is None
    tab.table.setCurrentCell(0, COL_CHILD)
    assert tab.correct_action.button.isEnabled()
    dialog = tab.open_correct()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    assert not dialog.child.isEnabled() and dialog.kind.currentData() == "emotional_abuse"
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("immediate"))
    dialog.ok_button.click()
    settle(qtbot, ops)
    assert gone(dialog)
    settle(qtbot, ops)
    assert world.services("north_worker").forum.report(waiting.id).urgency == "immediate"
    assert_all_named(v, "file view, Youth law tab")


@pytest.mark.usefixtures("today")
def test_who_sees_which_reports(qtbot, world, ops):
    add_child(world)
    report(world, "levi", "levi_child", who="north_worker2")
    report(world, "levi", "levi_child", who="youth_law", kind="runaway")
    # the family worker of the file reads the one she recorded; the forum's members read both
    v = _view(qtbot, ops, world, "north_worker2", "levi")
    assert [r.kind for r in _tab(v).reports] == ["neglect"]
    v2 = _view(qtbot, ops, world, "north_head", "levi")
    assert sorted(r.kind for r in _tab(v2).reports) == ["neglect", "runaway"]
    # the tab is for those who report or hold the forum: not the club worker, the coordinator, the admin
    for who, shown in (("north_worker", True), ("intake", True), ("youth_law", True), ("north_head", True),
                       ("manager", True), ("club", False), ("coordinator", False), ("admin", False)):
        assert visible(FileCapabilities(), world.users[who]) is shown, who


@pytest.mark.usefixtures("today")
def test_a_file_without_children_says_so(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_worker2", "levi")
    dialog = _tab(v).open_report()
    assert dialog is not None
    settle(qtbot, ops)
    assert dialog.error_label.isVisible() and not dialog.ok_button.isEnabled()
    dialog.reject()
