from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.families.list_view import COL_MATCHED, COL_NAME, COL_TASKS, MY_FILES_FIRST, FamilyListView
from tests.gui.helpers import SlowServices, Ticker, settle, type_text


def _list(qtbot, world, who: str, ops, *, mine: bool = False) -> FamilyListView:
    w = FamilyListView(world.services(who), ops)
    qtbot.addWidget(w)
    w.show()
    w.mine.setChecked(mine)  # (a family worker's list starts with My files: these tests are about all)
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.run_search()
    return w


def _names(w: FamilyListView) -> list[str]:
    m = w.model
    return [m.data(m.index(r, COL_NAME)) for r in range(m.rowCount())]


def test_typing_part_of_a_hebrew_name_filters_the_list(qtbot, world, ops):
    w = _list(qtbot, world, "north_worker", ops)
    assert sorted(_names(w)) == ["משפחת כהן", "משפחת לוי"]
    w.search_edit.setFocus()
    type_text(w.search_edit, "כה")
    assert w.search_edit.text() == "כה"
    qtbot.waitUntil(lambda: not w.searching and _names(w) == ["משפחת כהן"], timeout=5000)
    assert w.count_label.text() == "תיק אחד"
    # the file opens on Enter
    with qtbot.waitSignal(w.open_file_requested) as blocker:
        w.open_selected()
    assert blocker.args == [world.files["cohen"]]


def test_a_south_worker_does_not_see_north_files(qtbot, world, ops):
    w = _list(qtbot, world, "south_worker", ops)
    assert _names(w) == ["משפחת חדאד"]
    type_text(w.search_edit, "כהן")
    qtbot.waitUntil(lambda: not w.searching and w.model.rowCount() == 0, timeout=5000)
    assert w.count_label.text().startswith("0") or "0" in w.count_label.text()


def test_include_closed_checkbox_and_search_error(qtbot, world, ops):
    fam = world.services("north_head").families
    cohen = fam.get(world.files["cohen"]).file
    fam.close(cohen.id, cohen.version, "moved")
    w = _list(qtbot, world, "north_worker", ops)
    assert "משפחת כהן" in _names(w)
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.include_closed.setChecked(False)
    assert "משפחת כהן" not in _names(w)
    w.search_edit.setText("א" * 101)
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.run_search()
    assert w.error_label.isVisible()
    assert "ארוך" in w.error_label.text()


def test_escape_clears_the_search(qtbot, world, ops):
    w = _list(qtbot, world, "north_worker", ops)
    w.search_edit.setText("לוי")
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.clear_search()
    assert w.search_edit.text() == ""
    assert w.model.rowCount() == 2


def test_item_model_passes_the_model_tester(qtbot, world, ops, qtmodeltester):
    w = _list(qtbot, world, "manager", ops)
    assert w.model.rowCount() == 4
    qtmodeltester.check(w.model)
    assert w.model.headerData(0, Qt.Orientation.Horizontal) == "מס' תיק"


def test_paging_fetches_only_the_visible_page():
    from desktop.itemmodels.lazy_table import PAGE_SIZE, LazyTableModel

    calls = []

    def fetch(ids):
        calls.append(list(ids))
        return [(i, f"row {i}") for i in ids]

    m = LazyTableModel(fetch, ["a"], lambda row, col: row[1])
    m.set_ids(list(range(1, 1001)))
    assert m.data(m.index(0, 0)) == "row 1"
    assert m.data(m.index(PAGE_SIZE - 1, 0)) == f"row {PAGE_SIZE}"
    assert len(calls) == 1
    assert m.data(m.index(999, 0)) == "row 1000"
    assert len(calls) == 2 and len(calls[1]) == PAGE_SIZE


def test_a_long_result_shows_its_first_page_first_then_the_whole_list(qtbot, world, ops, monkeypatch):
    import desktop.families.list_view as list_view

    monkeypatch.setattr(list_view, "PAGE_SIZE", 2)
    w = FamilyListView(world.services("manager"), ops)
    qtbot.addWidget(w)
    w.show()
    sizes: list[int] = []
    w.model.modelReset.connect(lambda: sizes.append(w.model.rowCount()))
    with qtbot.waitSignal(w.search_finished, timeout=5000) as done:
        w.run_search()
    assert sizes == [2, 4]  # the first page, then all four files
    assert done.args == [4]
    assert w.count_label.text() == "4 תיקים"
    assert w.selected_file_id() == w.model.id_at(0)


def _shown_names(w: FamilyListView) -> list:
    m = w.model
    return [m.data(m.index(r, COL_NAME)) for r in range(m.rowCount())]


def test_the_list_stays_responsive_with_a_slow_service(qtbot, world, ops):
    slow = SlowServices(world.services("north_worker"), delay=0.5)
    w = FamilyListView(slow, ops)
    qtbot.addWidget(w)
    w.show()
    w.mine.setChecked(False)
    ticker = Ticker()
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.run_search()
    ticker.stop()
    assert sorted(_shown_names(w)) == ["משפחת כהן", "משפחת לוי"]
    assert slow.intervals and slow.frozen_calls(ticker) == []  # the window kept handling events
    # pages fetched while scrolling come off the GUI thread too
    w.model.set_ids(w.model.ids())
    ticker = Ticker()
    assert w.model.data(w.model.index(0, COL_NAME)) is None  # the page is on its way
    qtbot.waitUntil(lambda: _shown_names(w)[0] is not None, timeout=5000)
    ticker.stop()
    assert slow.intervals and slow.frozen_calls(ticker) == []  # the window kept handling events
    assert slow.gui_thread_calls == []


def test_open_tasks_and_overdue_shown_in_the_list(qtbot, world, ops):
    from datetime import date, timedelta

    from PySide6.QtCore import QCoreApplication

    svc = world.services("north_worker")
    svc.tasks.add(world.files["cohen"], "מאחרת", date.today() - timedelta(days=3))
    svc.tasks.add(world.files["cohen"], "בזמן", date.today() + timedelta(days=3))
    w = _list(qtbot, world, "north_worker", ops)
    row = _names(w).index("משפחת כהן")
    settle(qtbot, ops)
    cell = w.model.index(row, COL_TASKS)
    assert w.model.data(cell) == "2 · 1 " + QCoreApplication.translate("Due", "overdue")
    assert w.model.data(cell, Qt.ItemDataRole.ForegroundRole).color().name() == "#a61b1b"


def test_the_list_says_which_member_matched(qtbot, world, ops):
    w = _list(qtbot, world, "manager", ops)
    assert w.table.isColumnHidden(COL_MATCHED)  # no search, nothing matched
    father = world.services("manager").people.get(world.persons["cohen_father"])
    for typed, name, shown in [("משה", "משפחת כהן", "משה כהן"), ("חדאד", "משפחת חדאד", "אחמד חדאד"),
                               (father.id_number + ".", "משפחת כהן", "משה כהן, " + w.tr("ID number")),
                               ("(050) 000-0002", "משפחת כהן", "מרים כהן, " + w.tr("phone"))]:
        w.search_edit.setText(typed)
        with qtbot.waitSignal(w.search_finished, timeout=5000):
            w.run_search()
        assert _names(w) == [name], typed
        assert not w.table.isColumnHidden(COL_MATCHED)
        assert w.model.data(w.model.index(0, COL_MATCHED)) == shown, typed
    w.clear_search()
    qtbot.waitUntil(lambda: not w.searching, timeout=5000)
    assert w.table.isColumnHidden(COL_MATCHED)


def test_scrolling_to_the_end_shows_each_file_s_own_row_read_ahead_off_the_gui_thread(qtbot, world, ops,
                                                                                       monkeypatch):
    """Scrolling a long list at reading pace, page step by page step: every row coming into view already
    shows its file (the next page was read ahead: no empty rows), at the end every visible row shows the
    data of the file it stands for, and no page was read on the GUI thread."""
    from PySide6.QtWidgets import QAbstractSlider

    import desktop.families.list_view as list_view
    import desktop.itemmodels.lazy_table as lazy_table
    from models.families.dto import NewFamilyFile

    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 10)  # 48 files: five pages
    monkeypatch.setattr(list_view, "PAGE_SIZE", 10)
    manager = world.services("manager")
    team = manager.families.teams()[0].id
    for n in range(44):
        manager.families.open_file(NewFamilyFile(family_name=f"משפחת בדיקה {n:02d}", team_id=team,
                                                 address=f"רחוב {n}"))
    expected = {}
    for file_id in manager.families.search(""):
        f = manager.families.get(file_id).file
        expected[f.id] = (f.file_number, f.family_name)
    assert len(expected) == 48
    slow = SlowServices(manager, delay=0.0)  # records the thread of every service call
    w = FamilyListView(slow, ops)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.run_search()
    w.resize(900, w.height() - w.table.viewport().height() + 6 * w.table.rowHeight(0))
    m, table, bar = w.model, w.table, w.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)

    def visible_rows() -> range:
        first = table.rowAt(0)
        last = table.rowAt(table.viewport().height() - 1)
        return range(first, (last if last >= 0 else m.rowCount() - 1) + 1)

    def shown(row: int) -> tuple:
        return (m.data(m.index(row, list_view.COL_NUMBER)), m.data(m.index(row, list_view.COL_NAME)))

    settle(qtbot, ops)
    steps = 0
    while bar.value() < bar.maximum():
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        steps += 1
        # what the rows show the moment they come into view, before any page could arrive
        assert [shown(r) for r in visible_rows()] == [expected[m.id_at(r)] for r in visible_rows()], steps
        table.viewport().repaint()
        settle(qtbot, ops)  # reading pace: the pool answers between steps
    assert steps >= 5 and visible_rows()[-1] == 47
    assert all(shown(r) == expected[m.id_at(r)] for r in visible_rows())
    assert [name for name, _ in slow.calls].count("rows") >= 4 and slow.gui_thread_calls == []


def test_my_files_filters_the_list_with_the_search(qtbot, world, ops):
    w = FamilyListView(world.services("north_worker"), ops)
    qtbot.addWidget(w)
    w.show()
    assert w.mine.isVisible() and w.mine.isChecked() == ("family_worker" in MY_FILES_FIRST)
    w.mine.setChecked(True)
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.run_search()
    assert _names(w) == ["משפחת כהן"]  # hers; her colleague's file (לוי) only without My files
    type_text(w.search_edit, "לוי")
    qtbot.waitUntil(lambda: not w.searching and w.model.rowCount() == 0, timeout=5000)
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.mine.setChecked(False)
    assert _names(w) == ["משפחת לוי"]
    # the administrator: not offered, nor a new file
    admin = FamilyListView(world.services("admin"), ops)
    qtbot.addWidget(admin)
    assert admin.mine.isHidden() and admin.new_file_action.button.isHidden()
    settle(qtbot, ops)
