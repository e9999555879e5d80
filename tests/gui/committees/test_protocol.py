"""The protocol dialog: a new protocol starts from the case's background report, a draft is saved and read
back, decisions and tasks are added and reordered, the next-review limit is said for an out-of-home
decision, only the chair is offered Finalise, and a stale save keeps what was typed and offers a reload."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.committees.protocol import DecisionRow, ProtocolDialog, TaskRow
from models.errors import ConflictError
from tests.gui.committees.protocol_support import full_protocol, hold, meeting_with_case
from tests.gui.helpers import settle, type_text


def _dialog(qtbot, ops, world, who, meeting, case) -> ProtocolDialog:
    d = ProtocolDialog(world.services(who), ops, meeting, case)
    qtbot.addWidget(d)
    d.show()
    settle(qtbot, ops)
    return d


def test_a_new_protocol_starts_from_the_background_report_and_a_draft_is_saved_and_read_back(qtbot, ops, world):
    meeting, case = meeting_with_case(world)
    d = _dialog(qtbot, ops, world, "coordinator", meeting, case)
    assert d.sections["background"].toPlainText() == case.background
    assert d.ok_button.isVisible() and d.ok_button.isEnabled()
    assert d.finalise_button.isHidden()  # the coordinator is not the chair
    assert not d.print_button.isEnabled()  # nothing saved to print yet
    # who attended: the father, not the teacher
    items = {d.attendance.item(i).text(): d.attendance.item(i) for i in range(d.attendance.count())}
    father = next(i for t, i in items.items() if t.startswith("משה כהן"))
    father.setCheckState(Qt.CheckState.Checked)
    d.sections["parents_position"].setFocus()
    type_text(d.sections["parents_position"], "האב מסכים (בתנאי) ל-2 פגישות בשבוע")
    row = d.decisions.add()
    assert isinstance(row, DecisionRow)
    type_text(row.text, "תכנית בקהילה")
    row.items.setPlainText("מועדונית טיפולית, 5 ימים\n\nהדרכת הורים")
    task = d.tasks.add()
    assert isinstance(task, TaskRow)
    type_text(task.title, "רישום למועדונית")
    task.responsible.setCurrentIndex(task.responsible.findData(world.users["north_worker"].id))
    d.votes_for.setValue(4)
    d.district_right.setChecked(True)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    qtbot.keyClick(d.sections["discussion"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save draft
    settle(qtbot, ops)
    assert d.isVisible() and d.error_label.isHidden()  # a draft keeps the dialog open
    assert d.protocol is not None and not d.protocol.final and d.version == d.protocol.version

    saved = world.services("coordinator").committees.protocol(case.id)
    assert saved is not None
    assert saved.parents_position == "האב מסכים (בתנאי) ל-2 פגישות בשבוע"
    assert [(x.kind, x.text, x.items) for x in saved.decisions] == [
        ("community_plan", "תכנית בקהילה", ("מועדונית טיפולית, 5 ימים", "הדרכת הורים"))]
    assert [(t.title, t.responsible.id if t.responsible else None) for t in saved.tasks] == [
        ("רישום למועדונית", world.users["north_worker"].id)]
    assert saved.votes_for == 4 and saved.district_right_stated

    again = _dialog(qtbot, ops, world, "coordinator", meeting, case)
    assert again.sections["parents_position"].toPlainText() == "האב מסכים (בתנאי) ל-2 פגישות בשבוע"
    assert len(again.decisions.rows) == 1 and len(again.tasks.rows) == 1
    assert again.print_button.isEnabled()
    attended = world.services("coordinator").committees.meeting(meeting.id).cases[0].participants
    assert [p.name for p in attended if p.attended] == ["משה כהן"]


def test_decisions_are_reordered_and_removed(qtbot, ops, world):
    meeting, case = meeting_with_case(world)
    d = _dialog(qtbot, ops, world, "coordinator", meeting, case)
    first, second = d.decisions.add(), d.decisions.add()
    assert isinstance(first, DecisionRow) and isinstance(second, DecisionRow)
    first.text.setPlainText("ראשונה")
    second.text.setPlainText("שנייה")
    assert not first.up.isEnabled() and not second.down.isEnabled()
    second.up.click()
    assert [r.value().text for r in d.decisions.rows if isinstance(r, DecisionRow)] == ["שנייה", "ראשונה"]
    first.remove.click()
    assert [r.value().text for r in d.decisions.rows if isinstance(r, DecisionRow)] == ["שנייה"]


def test_an_out_of_home_decision_says_the_review_is_due_within_a_year(qtbot, ops, world):
    meeting, case = meeting_with_case(world)
    d = _dialog(qtbot, ops, world, "coordinator", meeting, case)
    limit = meeting.held_on.replace(year=meeting.held_on.year + 1)
    assert limit.strftime("%d/%m/%Y") not in d.review_hint.text()
    row = d.decisions.add()
    assert isinstance(row, DecisionRow)
    row.kind.setCurrentIndex(row.kind.findData("foster_family"))
    assert limit.strftime("%d/%m/%Y") in d.review_hint.text()


def test_only_the_chair_is_offered_finalise(qtbot, ops, world):
    meeting, case = meeting_with_case(world, chair="north_head")
    assert _dialog(qtbot, ops, world, "north_head", meeting, case).finalise_button.isVisible()
    assert _dialog(qtbot, ops, world, "manager", meeting, case).finalise_button.isHidden()


def test_a_stale_save_keeps_what_was_typed_and_offers_a_reload(qtbot, ops, world, monkeypatch):
    meeting, case = meeting_with_case(world)
    hold(monkeypatch, meeting)
    world.services("coordinator").committees.save_protocol(case.id, None, full_protocol(world))
    mine = _dialog(qtbot, ops, world, "coordinator", meeting, case)
    # meanwhile someone else saves the draft
    p = world.services("manager").committees.protocol(case.id)
    assert p is not None
    data = full_protocol(world)
    world.services("manager").committees.save_protocol(case.id, p.version, data.__class__(
        **{**data.__dict__, "discussion": "נוסח אחר"}))
    mine.sections["discussion"].setPlainText("הנוסח שלי")
    mine.ok_button.click()
    settle(qtbot, ops)
    assert isinstance(mine.last_error, ConflictError)
    assert mine.isVisible() and mine.error_label.isVisible() and mine.reload_button.isVisible()
    assert mine.sections["discussion"].toPlainText() == "הנוסח שלי"
    mine.reload_button.click()
    settle(qtbot, ops)
    assert mine.sections["discussion"].toPlainText() == "הנוסח שלי"  # kept
    mine.ok_button.click()
    settle(qtbot, ops)
    assert mine.last_error is None
    saved = world.services("coordinator").committees.protocol(case.id)
    assert saved is not None and saved.discussion == "הנוסח שלי"


def test_a_task_keeps_its_due_date_or_none(qtbot, ops, world):
    meeting, case = meeting_with_case(world)
    d = _dialog(qtbot, ops, world, "coordinator", meeting, case)
    task = d.tasks.add()
    assert isinstance(task, TaskRow)
    task.title.setText("Call the school")
    assert task.value().due_on is not None and task.value().due_on >= date.today() + timedelta(days=1)
    task.has_due.setChecked(False)
    assert task.value().due_on is None and not task.due.isEnabled()
    assert task.value().responsible_id is None  # "(nobody yet)": kept in a draft, refused when finalising


def test_closing_with_unsaved_input_asks_first(qtbot, ops, world):
    from tests.gui.committees.protocol_support import accept

    meeting, case = meeting_with_case(world)
    d = _dialog(qtbot, ops, world, "coordinator", meeting, case)
    assert not d.modified
    d.sections["discussion"].setPlainText("טיוטה שלא נשמרה")
    assert d.modified
    d.close_button.click()
    assert d.isVisible() and d.confirm_box is not None and d.confirm_box.isVisible()
    boxes = [b for b in d.findChildren(QMessageBox) if b.isVisible()]
    assert boxes == [d.confirm_box]  # asked once
    d.confirm_box.reject()  # Cancel: the dialog and the text stay
    assert d.isVisible() and d.sections["discussion"].toPlainText() == "טיוטה שלא נשמרה"
    d.ok_button.click()  # saved: closing no longer asks
    settle(qtbot, ops)
    assert not d.modified
    d.sections["child_position"].setPlainText("עוד שינוי")
    d.close_button.click()
    accept(d.confirm_box)
    assert not d.isVisible()
