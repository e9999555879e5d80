"""My tasks: lists, completes, opens the file on its Tasks tab, refreshes what shows the task, stays
responsive with a slow service, sorts by value."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, Qt

from desktop.families.list_view import COL_NAME, COL_TASKS
from desktop.main_window import MainWindow
from desktop.tasks.my_tasks import COL_DUE, COL_FAMILY, COL_FILE, COL_TASK, MyTasksView
from tests.gui.helpers import SlowServices, Ticker, settle


def _my_tasks(qtbot, ops, services) -> MyTasksView:
    v = MyTasksView(services, ops)
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    return v


def test_my_tasks_lists_and_completes(qtbot, world, ops):
    svc = world.services("north_worker")
    svc.tasks.add(world.files["cohen"], "להתקשר לבית הספר", None)
    v = _my_tasks(qtbot, ops, svc)
    assert v.table.rowCount() == 1
    assert v.table.item(0, COL_TASK).text() == "להתקשר לבית הספר"
    assert v.table.item(0, COL_FAMILY).text() == "משפחת כהן"
    with qtbot.waitSignal(v.open_file_requested) as blocker:
        v.table.itemDoubleClicked.emit(v.table.item(0, COL_FILE))
    assert blocker.args == [world.files["cohen"], "tasks"]  # the file opens on its Tasks tab
    v.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    settle(qtbot, ops)
    assert v.table.rowCount() == 0
    assert v.table.showing_empty_text()
    assert v.table.empty_text == QCoreApplication.translate("MyTasksView", "No open tasks")


def test_ticking_a_task_in_my_tasks_refreshes_the_list_and_the_open_file(qtbot, world, ops):
    svc = world.services("north_worker")
    task = svc.tasks.add(world.files["cohen"], "לשלוח סיכום לעו\"ס", date.today() - timedelta(days=2))
    w = MainWindow(svc, ops, "db")
    qtbot.addWidget(w)
    w.show()
    lst = w.family_list
    lst.run_search()
    settle(qtbot, ops)
    row = [lst.model.data(lst.model.index(r, COL_NAME)) for r in range(lst.model.rowCount())].index("משפחת כהן")
    assert lst.model.data(lst.model.index(row, COL_TASKS)).startswith("1 · 1")
    # open the file from My tasks: it lands on the file's Tasks tab
    w.show_page("my_tasks")
    settle(qtbot, ops)
    w.my_tasks.table.itemDoubleClicked.emit(w.my_tasks.table.item(0, COL_TASK))
    fv = w.file_view
    assert fv is not None and w.pages.currentWidget() is w.families_page
    assert w.families_page.currentWidget() is fv
    settle(qtbot, ops)
    assert fv.tabs.currentWidget() is fv.tab("tasks")
    assert fv.tab("tasks").is_done_shown(task.id) is False
    # tick it in My tasks
    w.show_page("my_tasks")
    tasks = w.my_tasks
    assert tasks.table.rowCount() == 1
    tasks.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    settle(qtbot, ops)
    assert tasks.table.rowCount() == 0
    assert fv.tab("tasks").is_done_shown(task.id) is True  # the open file shows it done
    assert lst.model.data(lst.model.index(row, COL_TASKS)) == ""  # and the list has no open task left
    # and back the other way: unticking it in the file brings it back to My tasks
    item = next(fv.tab("tasks").table.item(r, 0) for r in range(fv.tab("tasks").table.rowCount()))
    item.setCheckState(Qt.CheckState.Unchecked)
    settle(qtbot, ops)
    assert tasks.table.rowCount() == 1


def test_my_tasks_stays_responsive_with_a_slow_service(qtbot, world, ops):
    svc = world.services("north_worker")
    svc.tasks.add(world.files["cohen"], "משימה איטית", None)
    slow = SlowServices(svc, delay=0.5)
    ticker = Ticker()
    v = MyTasksView(slow, ops)
    qtbot.addWidget(v)
    v.show()
    assert v.loading
    settle(qtbot, ops)
    assert v.table.item(0, COL_TASK).text() == "משימה איטית"
    v.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    settle(qtbot, ops)
    ticker.stop()
    assert v.table.rowCount() == 0
    assert slow.intervals and slow.frozen_calls(ticker) == []  # the window kept handling events
    assert slow.gui_thread_calls == []


def test_tables_sort_by_value_and_counts_have_thousands_separators(qtbot, world, ops):
    from desktop.widgets.tables import fmt_count, with_count

    svc = world.services("north_worker")
    # as text "05/01/2027" < "10/12/2026"; as dates the December task comes first
    svc.tasks.add(world.files["cohen"], "בינואר", date(2027, 1, 5))
    svc.tasks.add(world.files["cohen"], "בדצמבר", date(2026, 12, 10))
    svc.tasks.add(world.files["levi"], "בלי תאריך", None)
    v = _my_tasks(qtbot, ops, svc)

    def order() -> list[str]:
        return [v.table.item(r, COL_TASK).text() for r in range(v.table.rowCount())]

    assert order() == ["בדצמבר", "בינואר", "בלי תאריך"]  # the service's order: soonest due first
    header = v.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_DUE) + header.sectionSize(COL_DUE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    by_due = order()
    assert by_due in (["בדצמבר", "בינואר", "בלי תאריך"], ["בלי תאריך", "בינואר", "בדצמבר"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert order() == list(reversed(by_due))  # by date, not by the dd/mm/yyyy text
    assert fmt_count(12345) == "12,345" and fmt_count(999) == "999"
    assert with_count("12345 תיקים", 12345) == "12,345 תיקים"
