"""Printing several families' summaries from the family list: select files (Shift+arrows, Ctrl+A), Ctrl+Shift+P,
choose the language, and the preview shows one PDF of every selected file, built off the GUI thread; Cancel
stops a slow batch; the action needs a selection, and Enter still opens the current file."""

from __future__ import annotations

import json

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from desktop.families.list_view import COL_NUMBER, FamilyListView
from desktop.printing import jobs
from desktop.printing.batch_dialog import BatchPrintDialog
from desktop.printing.jobs import MAX_BATCH
from models.audit.entities import AuditEvent
from tests.gui.helpers import SlowServices, Ticker, settle

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _list(qtbot, services, ops) -> FamilyListView:
    w = FamilyListView(services, ops)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.search_finished, timeout=10_000):
        w.run_search()
    return w


def _select_first(qtbot, w: FamilyListView, n: int) -> None:
    """The first row, then Shift+Down to the n-th, as a user selects with the keyboard."""
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(n - 1):
        qtbot.keyClick(w.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)


def _file_numbers(w: FamilyListView, rows) -> list[str]:
    return [w.model.data(w.model.index(r, COL_NUMBER)) for r in rows]


def _press_print(qtbot, w: FamilyListView) -> BatchPrintDialog:
    qtbot.keyClick(w.table, Qt.Key.Key_P, CTRL_SHIFT)
    dialog = w.batch_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_three_selected_files_print_as_one_pdf_off_the_gui_thread(qtbot, world, ops):
    slow = SlowServices(world.services("manager"), delay=0.2)
    w = _list(qtbot, slow, ops)
    assert w.model.rowCount() == 4
    _select_first(qtbot, w, 3)
    settle(qtbot, ops)
    numbers = _file_numbers(w, range(3))
    assert w.selected_file_ids() == [w.model.id_at(r) for r in range(3)]
    assert w.print_action.action.isEnabled()

    dialog = _press_print(qtbot, w)
    assert "3" in dialog.count_label.text()
    assert dialog.lang() == "he" and dialog.ok_button.isEnabled() and not dialog.too_many_label.isVisible()
    ticker = Ticker()
    dialog.ok_button.click()
    preview = w.preview
    assert preview is not None
    qtbot.waitUntil(lambda: not preview.loading, timeout=20_000)
    ticker.stop()
    qtbot.addWidget(preview)
    assert preview.printed is not None and preview.printed.file_ids == tuple(w.model.id_at(r) for r in range(3))
    assert preview.page_count >= 3
    text = "".join(preview.document.getAllText(p).text() for p in range(preview.page_count))
    for number in numbers:
        assert number in text
    assert _file_numbers(w, [3])[0] not in text  # the fourth file, not selected, is not printed
    assert [name for name, _ in slow.calls].count("summary") == 3
    assert slow.gui_thread_calls == [] and slow.frozen_calls(ticker) == []
    # each file's summary is in the access log as a print by the manager
    with world.admin_db.session() as s:
        printed = s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()
    assert sorted(e.file_id for e in printed) == sorted(preview.printed.file_ids)
    assert {e.user_name for e in printed} == {world.name("manager")}
    assert {json.loads(e.detail)["form"] for e in printed} == {"family_summary"}


def test_cancel_stops_a_slow_batch(qtbot, world, ops):
    slow = SlowServices(world.services("manager"), delay=0.6)
    w = _list(qtbot, slow, ops)
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # all four
    assert len(w.selected_file_ids()) == 4
    dialog = _press_print(qtbot, w)
    dialog.ok_button.click()
    preview = w.preview  # (deletes itself when cancelled: not given to qtbot)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.progress_dialog is not None and preview.progress_dialog.isVisible(),
                    timeout=10_000)
    preview.progress_dialog.findChild(QPushButton).click()  # its Cancel button
    settle(qtbot, ops, timeout=20_000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview), timeout=5_000)  # closed, nothing to print
    assert [name for name, _ in slow.calls].count("summary") < 4  # stopped between two forms


def test_the_action_needs_a_selection_and_enter_still_opens_the_current_file(qtbot, world, ops):
    w = _list(qtbot, world.services("manager"), ops)
    assert w.print_action.button.isVisible()
    w.table.clearSelection()
    assert not w.print_action.action.isEnabled() and not w.print_action.button.isEnabled()
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_P, CTRL_SHIFT)
    assert w.batch_dialog is None  # nothing selected: nothing opens
    _select_first(qtbot, w, 2)
    assert w.print_action.action.isEnabled()
    current = w.model.id_at(w.table.currentIndex().row())
    assert current == w.model.id_at(1)
    with qtbot.waitSignal(w.open_file_requested, timeout=5000) as opened:
        qtbot.keyClick(w.table, Qt.Key.Key_Return)
    assert opened.args == [current]
    # a search that finds nothing leaves nothing to print
    w.search_edit.setText("אין משפחה כזאת")
    with qtbot.waitSignal(w.search_finished, timeout=10_000):
        w.run_search()
    assert w.model.rowCount() == 0 and not w.print_action.action.isEnabled()


def test_a_user_who_may_not_view_files_never_sees_the_action(qtbot, world, ops):
    w = FamilyListView(world.services("admin"), ops)  # the administrator: no case files
    qtbot.addWidget(w)
    w.show()
    assert not w.print_action.button.isVisible() and not w.print_action.action.isEnabled()
    assert w.print_action.action not in [a for a in w.table.actions() if a.isEnabled()]


def test_select_all_gives_the_ids_of_rows_not_fetched_yet(qtbot, world, ops, monkeypatch):
    import desktop.families.list_view as list_view
    import desktop.itemmodels.lazy_table as lazy_table

    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 1)  # four files: four pages
    monkeypatch.setattr(list_view, "PAGE_SIZE", 1)
    slow = SlowServices(world.services("manager"), delay=0.0)  # counts the reads
    w = _list(qtbot, slow, ops)
    settle(qtbot, ops)
    expected = slow._services.families.search("")
    assert w.model.ids() == expected and len(expected) == 4
    w.model.set_ids(expected)  # nothing fetched: every row is still to come
    reads = len(slow.calls)
    w.table.selectAll()
    assert w.selected_file_ids() == expected
    assert len(slow.calls) == reads  # known from the ids, no row read for it
    # Ctrl+click: the last row, then the second (the list's order, whatever the order of the clicks)
    w.table.clearSelection()
    for row in (3, 1, 3):
        w.table.selectionModel().select(w.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                        | QItemSelectionModel.SelectionFlag.Rows)
    assert w.selected_file_ids() == [expected[1], expected[3]]


def test_the_dialog_caps_the_batch_and_offers_each_family_s_language(qtbot):
    big = BatchPrintDialog(MAX_BATCH + 1)
    qtbot.addWidget(big)
    big.show()
    assert big.too_many_label.isVisible() and str(MAX_BATCH) in big.too_many_label.text()
    assert not big.ok_button.isEnabled()
    with qtbot.assertNotEmitted(big.chosen):
        big.accept()  # Enter does not get round the disabled button
    ok = BatchPrintDialog(MAX_BATCH)
    qtbot.addWidget(ok)
    ok.show()
    assert not ok.too_many_label.isVisible() and ok.ok_button.isEnabled()
    ok.language.setCurrentIndex(ok.language.findData(jobs.EACH_FAMILY))
    with qtbot.waitSignal(ok.chosen) as chosen:
        ok.ok_button.click()
    assert chosen.args == [jobs.EACH_FAMILY]


def test_each_family_s_language_prints_each_summary_in_its_family_s_language(world, monkeypatch):
    from sqlalchemy import update

    import reports.forms
    from models.people.entities import Person

    with world.admin_db.session() as s:
        s.execute(update(Person).where(Person.id == world.persons["haddad_father"]).values(preferred_language="ar"))
    seen = []
    real = reports.forms.render_batch

    def spy(items, progress=None):
        seen.extend((data.file.id, lang) for _form, data, lang in items)
        return real(items, progress)

    monkeypatch.setattr(reports.forms, "render_batch", spy)
    ids = [world.files["cohen"], world.files["haddad"]]
    printed = jobs.family_summaries(world.services("manager"), ids, jobs.EACH_FAMILY)
    assert printed is not None and printed.pdf.startswith(b"%PDF")
    assert seen == [(world.files["cohen"], "he"), (world.files["haddad"], "ar")]
    seen.clear()
    jobs.family_summaries(world.services("manager"), ids, "ar")
    assert seen == [(world.files["cohen"], "ar"), (world.files["haddad"], "ar")]
