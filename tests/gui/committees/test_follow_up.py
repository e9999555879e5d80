"""The committee follow-up page: an overdue committee task (its days overdue in red) and a review due
soon, each opening its family file; it reloads when a task is done."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from desktop.committees.follow_up import FollowUpView
from desktop.widgets.due import OVERDUE_COLOR
from desktop.widgets.tables import select_row
from tests.gui.committees.protocol_support import finalised, full_protocol, hold, meeting_with_case
from tests.gui.helpers import settle


def _view(qtbot, ops, world, who) -> FollowUpView:
    v = FollowUpView(world.services(who), ops)
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    return v


def _texts(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_overdue_tasks_and_reviews_due_open_their_file(qtbot, ops, world, monkeypatch):
    meeting, case = meeting_with_case(world)
    protocol = finalised(world, monkeypatch, meeting, case, due_in=5)
    assert protocol.next_review_on is not None
    # 10 days after the task's due date; the next review is half a year away
    today = hold(monkeypatch, meeting, days_after=15)
    v = _view(qtbot, ops, world, "coordinator")
    assert v.error_label.isHidden()
    assert v.tasks_table.rowCount() == 1
    row = _texts(v.tasks_table, 0)
    assert row[1] == case.file_number and "מרים כהן" in row[2] and row[3] == "לרשום את הילדה למועדונית"
    assert row[4] == "דנה צפונית" and row[5] == meeting.held_on.strftime("%d/%m/%Y")
    days = v.tasks_table.item(0, 0)
    assert "10" in days.text()
    assert days.foreground().color().name() == OVERDUE_COLOR
    assert v.reviews_table.rowCount() == 0  # the review is half a year away

    with qtbot.waitSignal(v.open_file_requested) as opened:
        select_row(v.tasks_table, 0)
        v.tasks_table.setFocus()
        qtbot.keyClick(v.tasks_table, Qt.Key.Key_Return)
    assert opened.args == [world.files["cohen"]]

    # 20 days before the next review: it is due
    monkeypatch.setattr("models.committees.rules.today", lambda: protocol.next_review_on - timedelta(days=20))
    assert today < protocol.next_review_on
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    with qtbot.waitSignal(v.loaded, timeout=5000):
        qtbot.keyClick(v.tasks_table, Qt.Key.Key_F5)
    settle(qtbot, ops)
    assert v.reviews_table.rowCount() == 1
    review = _texts(v.reviews_table, 0)
    assert review[0] == protocol.next_review_on.strftime("%d/%m/%Y") and "מרים כהן" in review[1]
    assert case.file_number in review[2]


def test_a_task_done_leaves_the_page(qtbot, ops, world, monkeypatch):
    meeting, case = meeting_with_case(world)
    protocol = finalised(world, monkeypatch, meeting, case, due_in=5)
    hold(monkeypatch, meeting, days_after=15)
    v = _view(qtbot, ops, world, "coordinator")
    assert v.tasks_table.rowCount() == 1
    task_id = protocol.tasks[0].task_id
    assert task_id is not None
    tasks = world.services("north_worker").tasks
    done = tasks.set_done(task_id, world.services("north_worker").families.get(world.files["cohen"]).tasks[0].version,
                          True)
    ops.bus.announce(done.changes(), None)  # as the worker's own client would announce it
    settle(qtbot, ops)
    assert v.tasks_table.rowCount() == 0


def test_a_family_worker_sees_only_the_files_she_may_see(qtbot, ops, world, monkeypatch):
    meeting, case = meeting_with_case(world)
    finalised(world, monkeypatch, meeting, case, due_in=5)
    hold(monkeypatch, meeting, days_after=15)
    assert _view(qtbot, ops, world, "north_worker").tasks_table.rowCount() == 1
    assert _view(qtbot, ops, world, "south_worker").tasks_table.rowCount() == 0


def test_the_page_says_when_more_were_due_than_it_lists(qtbot, ops, world, monkeypatch):
    meeting, case = meeting_with_case(world)
    hold(monkeypatch, meeting)
    data = full_protocol(world, due_in=5)
    two = replace(data, tasks=(*data.tasks, replace(data.tasks[0], title="שיחה עם היועצת")))
    draft = world.services("coordinator").committees.save_protocol(case.id, None, two)
    world.services("north_head").committees.finalise(case.id, draft.version)
    hold(monkeypatch, meeting, days_after=15)
    v = _view(qtbot, ops, world, "coordinator")
    assert v.tasks_table.rowCount() == 2 and "יש עוד" not in v.tasks_count.text()
    # with a page one row long, the most overdue is listed and the page says there are more
    monkeypatch.setattr("models.committees.service.FOLLOW_UP_ROWS", 1)
    v.refresh()
    settle(qtbot, ops)
    assert v.tasks_table.rowCount() == 1
    assert "יש עוד" in v.tasks_count.text()
