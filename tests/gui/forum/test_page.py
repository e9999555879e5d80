"""The youth-law forum page: the agenda in the rule's order (most urgent, then the youngest child, then the
oldest report), the rule stated above it, urgency in colour; this week's meeting chosen; deciding a report
from the agenda (Enter) with the due date proposed from its urgency makes the worker's task and says so;
a due date later than the rule allows is refused with its sentence and the input kept; two members
deciding one report at once: the second is told, keeps the input, reloads and is told it was decided; a
new meeting (Ctrl+N) with the next Sunday proposed, a date taken refused; Mark held; the minutes in the
print preview (Ctrl+P) with the decision in their text; the module for the forum's members only; every
widget named, no Alt letter twice."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidgetItem

from desktop.forum.common import URGENT_COLOR, age_text, agenda_order_text, intervention_label
from desktop.forum.decision_dialog import DecisionDialog
from desktop.forum.meeting_dialog import ForumMeetingDialog
from desktop.forum.page import COL_AGE, COL_URGENCY, ForumPage
from desktop.main_window import MainWindow
from desktop.messages import message_for
from models.errors import ConflictError, ValidationError
from models.forum.dto import ForumDecisionInput, RiskReportInput
from tests.gui.committees.meeting_support import mnemonics
from tests.gui.forum.forum_support import (
    FORUM,
    TODAY,
    accept,
    add_child,
    focus,
    gone,
    meeting,
    page,
    report,
    today,  # noqa: F401
)
from tests.gui.helpers import settle
from tests.gui.test_accessibility import assert_all_named


def _item(table, row: int, col: int) -> QTableWidgetItem:
    item = table.item(row, col)
    assert item is not None
    return item


def _open_decision(qtbot, ops, p: ForumPage, child: str) -> DecisionDialog:
    row = p.child_names().index(child)
    p.table.setCurrentCell(row, 1)
    focus(qtbot, p.table)
    qtbot.keyClick(p.table, Qt.Key.Key_Return)  # Enter: decide
    dialog = p.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready and dialog.report is not None, timeout=5000)
    settle(qtbot, ops)
    return dialog


def _choose_worker(dialog: DecisionDialog, name: str) -> None:
    index = next(i for i in range(dialog.responsible.count()) if dialog.responsible.itemText(i).startswith(name))
    dialog.responsible.setCurrentIndex(index)


def _save(qtbot, ops, dialog: DecisionDialog) -> None:
    dialog.ok_button.click()
    accept(dialog.confirm_box)  # a decision is final: asked first
    settle(qtbot, ops)


@pytest.mark.usefixtures("today")
def test_the_agenda_is_in_the_rules_order_stated_above_it(qtbot, world, ops):
    add_child(world)  # נועם לוי, 6 years 8 months
    add_child(world, "cohen", first="יונתן", last="כהן", born=date(2023, 1, 10), key="cohen_toddler", n=32)
    a = report(world, urgency="week", reported_on=date(2026, 11, 18))  # מרים כהן, 11 years
    b = report(world, "levi", "levi_child", urgency="week", reported_on=date(2026, 11, 20))
    c = report(world, "cohen", "cohen_toddler", urgency="routine", reported_on=date(2026, 11, 1))
    d = report(world, urgency="immediate", reported_on=date(2026, 11, 21), kind="physical_abuse")
    e = report(world, "levi", "levi_child", urgency="week", reported_on=date(2026, 11, 10))
    report(world, "haddad", "haddad_child", urgency="immediate")  # a South file: not the North forum's

    p = page(qtbot, ops, world)
    assert p.order_label.text() == agenda_order_text()
    assert p.order_label.isVisible() and p.order_label.text() != ""
    # immediate first; then of the week: the youngest child, her older report first; routine last
    assert p.agenda is not None
    assert [r.report_id for r in p.agenda.rows] == [d.id, e.id, b.id, a.id, c.id]
    assert p.child_names() == ["מרים כהן", "נועם לוי", "נועם לוי", "מרים כהן", "יונתן כהן"]
    assert _item(p.table, 0, COL_URGENCY).foreground().color() == QColor(URGENT_COLOR)
    assert _item(p.table, 0, COL_URGENCY).font().bold()
    assert _item(p.table, 4, COL_AGE).text() == age_text(3, 10) and _item(p.table, 1, COL_AGE).text() == age_text(6, 8)
    assert p.agenda.total == 5 and "5" in p.count_label.text()
    # sorting the table by a header is not offered: the order is the rule's
    assert not p.table.isSortingEnabled()


def test_a_long_agenda_shows_its_first_reports_and_more_on_asking(qtbot, world, ops, monkeypatch):
    monkeypatch.setattr("desktop.forum.page.AGENDA_LIMIT", 2)
    add_child(world)
    first = report(world, urgency="immediate", reported_on=date(2026, 11, 18))
    second = report(world, "levi", "levi_child", urgency="day", reported_on=date(2026, 11, 20))
    third = report(world, urgency="routine", reported_on=date(2026, 11, 1))
    p = page(qtbot, ops, world)
    assert p.agenda is not None and [r.report_id for r in p.agenda.rows] == [first.id, second.id]
    assert p.agenda.total == 3 and p.more_button.isVisibleTo(p)
    p.more_button.click()
    settle(qtbot, ops)
    assert [r.report_id for r in p.agenda.rows] == [first.id, second.id, third.id]
    assert p.table.rowCount() == 3 and not p.more_button.isVisibleTo(p)


@pytest.mark.usefixtures("today")
def test_deciding_a_report_makes_the_workers_task_and_says_so(qtbot, world, ops):
    r = report(world, urgency="day")
    m = meeting(world)
    p = page(qtbot, ops, world)
    assert p.meeting is not None and p.meeting.id == m.id  # this week's meeting, chosen
    dialog = _open_decision(qtbot, ops, p, "מרים כהן")
    # the report in full
    assert dialog.child_label.text().startswith("מרים כהן") and "2025/0001" in dialog.file_label.text()
    assert dialog.description.toPlainText() == r.description and dialog.description.isReadOnly()
    assert "מורה הכיתה" in dialog.reporter_label.text()
    # the due date proposed from the urgency: within 24 hours -> two days after the meeting
    assert dialog.due_on.value() == TODAY + timedelta(days=2)
    assert dialog.responsible.currentData() == world.users["north_worker"].id  # she recorded it: proposed
    dialog.intervention.setCurrentIndex(dialog.intervention.findData("assessment_visit"))
    dialog.note.setPlainText("ביקור בית בתיאום עם בית הספר")
    _save(qtbot, ops, dialog)
    assert gone(dialog)
    assert "דנה צפונית" in p.status_text() and "מרים כהן" in p.status_text()
    assert p.child_names() == [] and p.table.showing_empty_text()
    assert p.decided_names() == ["מרים כהן"]
    assert _item(p.decided, 0, 3).text() == intervention_label("assessment_visit")
    # the task is the family worker's
    tasks = world.services("north_worker").tasks.my_open_tasks()
    task = next(t for t in tasks if t.file_id == world.files["cohen"])
    assert task.due_date == TODAY + timedelta(days=2) and "assessment visit" in task.title
    assert task.description == "ביקור בית בתיאום עם בית הספר"


@pytest.mark.usefixtures("today")
def test_no_further_action_needs_no_worker_and_a_late_due_date_is_refused(qtbot, world, ops):
    report(world, urgency="immediate")
    meeting(world)
    p = page(qtbot, ops, world)
    dialog = _open_decision(qtbot, ops, p, "מרים כהן")
    dialog.note.setPlainText("נבדק")
    dialog.due_on.setValue(TODAY + timedelta(days=5))  # immediate: within a day of the meeting
    _save(qtbot, ops, dialog)
    assert not gone(dialog)
    assert dialog.error_label.text() == message_for(ValidationError("due_too_late", field="due_on", days=1))
    assert dialog.note.toPlainText() == "נבדק" and dialog.due_on.value() == TODAY + timedelta(days=5)
    assert p.child_names() == ["מרים כהן"]  # nothing saved

    dialog.intervention.setCurrentIndex(dialog.intervention.findData("no_further_action"))
    assert not dialog.responsible.isEnabled() and not dialog.due_on.isEnabled()
    _save(qtbot, ops, dialog)
    assert gone(dialog)
    assert intervention_label("no_further_action") in p.status_text()
    assert p.decided_names() == ["מרים כהן"]


@pytest.mark.usefixtures("today")
def test_two_members_deciding_one_report_the_second_is_told_and_keeps_the_input(qtbot, world, ops):
    r = report(world, urgency="week")
    m = meeting(world)
    p = page(qtbot, ops, world)
    dialog = _open_decision(qtbot, ops, p, "מרים כהן")
    dialog.intervention.setCurrentIndex(dialog.intervention.findData("monitoring"))
    dialog.note.setPlainText("מעקב שבועי")
    # meanwhile the family worker corrects the report: the dialog's version is stale
    world.services("north_worker").forum.update_report(r.id, r.version, RiskReportInput(
        file_id=r.file_id, child_id=r.child.id, reported_on=r.reported_on, reporter_kind=r.reporter_kind,
        reporter_name=r.reporter_name, kind=r.kind, description=r.description + " (תוקן)", urgency=r.urgency))
    _save(qtbot, ops, dialog)
    assert not gone(dialog)
    assert dialog.error_label.text() == message_for(ConflictError("stale"))
    assert dialog.reload_button.isVisible()
    assert dialog.note.toPlainText() == "מעקב שבועי" and dialog.intervention.currentData() == "monitoring"
    dialog.reload_button.click()
    settle(qtbot, ops)
    assert dialog.description.toPlainText().endswith("(תוקן)") and dialog.ready
    assert dialog.note.toPlainText() == "מעקב שבועי"  # kept through the reload

    # now the team head decides it first: the dialog's save is refused, the reload says it was decided
    fresh = world.services("north_head").forum.report(r.id)
    world.services("north_head").forum.decide(r.id, fresh.version, m.id, ForumDecisionInput(
        intervention="community_services", responsible_id=world.users["north_worker"].id,
        due_on=TODAY + timedelta(days=7)))
    _save(qtbot, ops, dialog)
    assert not gone(dialog) and dialog.error_label.isVisible()
    assert dialog.note.toPlainText() == "מעקב שבועי"
    dialog.reload_button.click()
    settle(qtbot, ops)
    assert intervention_label("community_services") in dialog.error_label.text()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    settle(qtbot, ops)
    assert p.child_names() == []  # the agenda refreshed itself (the change bus)


@pytest.mark.usefixtures("today")
def test_a_new_meeting_the_next_sunday_proposed_and_a_date_taken_refused(qtbot, world, ops, monkeypatch):
    monkeypatch.setattr("models.forum.rules.today", lambda: date(2026, 11, 19))  # a Thursday
    p = page(qtbot, ops, world)
    assert p.meeting is None and not p.decide_button.isEnabled() and not p.print_action.button.isEnabled()
    focus(qtbot, p.chooser)
    qtbot.keyClick(p.chooser, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = p.dialog
    assert isinstance(dialog, ForumMeetingDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    assert dialog.held_on.value() == date(2026, 11, 22)  # the next Sunday
    chairs = [dialog.chair.itemText(i) for i in range(dialog.chair.count())]
    assert any(c.startswith("אורי חוק-הנוער") for c in chairs) and any(c.startswith("רונית") for c in chairs)
    assert not any(c.startswith("דנה צפונית") for c in chairs)  # a family worker does not chair the forum
    assert dialog.chair.currentData() == world.users[FORUM].id
    dialog.attendees.setPlainText("אורי חוק-הנוער\n\n  רונית ראש-צוות \nאורי חוק-הנוער\nסמירה (מחוז)")
    dialog.district.setChecked(True)
    dialog.ok_button.click()
    settle(qtbot, ops)
    assert gone(dialog)
    assert p.meeting is not None and p.meeting.held_on == date(2026, 11, 22)
    assert p.meeting.attendees == ("אורי חוק-הנוער", "רונית ראש-צוות", "סמירה (מחוז)") and p.meeting.monthly_district
    assert "סמירה (מחוז)" in p.meeting_label.text()
    # the meeting is ahead: no decision yet, and the page says why
    assert p.future_label.isVisible() and not p.decide_button.isEnabled() and not p.held_button.isEnabled()

    again = p.new_meeting()
    qtbot.waitUntil(lambda: again.ready, timeout=5000)
    assert again.held_on.value() == date(2026, 11, 29)  # the next Sunday with no meeting
    again.held_on.setValue(date(2026, 11, 22))  # taken
    again.attendees.setPlainText("מישהו")
    again.ok_button.click()
    settle(qtbot, ops)
    assert not gone(again)
    assert again.error_label.text() == message_for(ValidationError("meeting_exists", field="held_on"))
    assert again.attendees.toPlainText() == "מישהו"
    again.reject()


@pytest.mark.usefixtures("today")
def test_mark_held_and_the_minutes_in_the_preview(qtbot, world, ops):
    r = report(world, urgency="day")
    m = meeting(world)
    world.services(FORUM).forum.decide(r.id, r.version, m.id, ForumDecisionInput(
        intervention="assessment_visit", responsible_id=world.users["north_worker"].id,
        due_on=TODAY + timedelta(days=1), note="ביקור בית"))
    p = page(qtbot, ops, world)
    assert p.decided_names() == ["מרים כהן"] and p.held_button.isEnabled()
    box = p.mark_held()
    accept(box)
    settle(qtbot, ops)
    assert p.meeting is not None and p.meeting.status == "held" and not p.held_button.isEnabled()

    focus(qtbot, p.table)
    qtbot.keyClick(p.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = p.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None, preview.error_label.text()
    text = " ".join(preview.document.getAllText(i).text() for i in range(preview.page_count))
    assert "מרים כהן" in text and "דנה צפונית" in text and "ביקור בית" in text
    assert "פורום חוק הנוער" in text  # the Hebrew client prints Hebrew minutes
    preview.close()


@pytest.mark.usefixtures("today")
def test_the_forum_module_is_for_the_forums_members(qtbot, world, ops):
    title = QCoreApplication.translate("MainWindow", "Youth-law forum")
    for who, shown in (("youth_law", True), ("north_head", True), ("manager", True), ("north_worker", False),
                       ("intake", False), ("club", False), ("coordinator", False)):
        w = MainWindow(world.services(who), ops, "db")
        qtbot.addWidget(w)
        names = [w.nav.item(i).text() for i in range(w.nav.count())]
        assert (title in names) == shown, who
        assert ("forum" in w.feature_pages) == shown, who
    settle(qtbot, ops)


@pytest.mark.usefixtures("today")
def test_every_widget_is_named_and_no_alt_letter_twice(qtbot, world, ops):
    report(world)
    meeting(world)
    p = page(qtbot, ops, world)
    assert_all_named(p, "forum page")
    letters = mnemonics(p)
    assert [k for k, n in Counter(letters).items() if n > 1] == []
    dialog = _open_decision(qtbot, ops, p, "מרים כהן")
    assert_all_named(dialog, "decision dialog")
    letters = mnemonics(dialog)
    assert [k for k, n in Counter(letters).items() if n > 1] == []
    dialog.reject()
