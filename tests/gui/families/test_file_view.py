from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop.families.file_view import FileView
from desktop.widgets.tables import select_row
from tests.gui.helpers import SlowServices, Ticker, settle, type_text


def _view(qtbot, ops, world, who: str, key: str = "cohen", services=None, tab=None) -> FileView:
    v = FileView(services or world.services(who), ops, world.files[key], tab=tab)
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    return v


def _column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def _confirm(qtbot, owner) -> QMessageBox:
    """Agree to the confirmation ``owner`` shows (the button that does it is not the default one)."""
    box = owner.confirm_box
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    yes.click()
    return box


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_opening_a_file_shows_members_and_notes(qtbot, world, ops):
    world.services("north_worker").notes.add(world.files["cohen"], "home_visit", date(2026, 1, 5),
                                             "ביקור בית ראשון\nהשורה השנייה של הרישום", sign=True)
    v = _view(qtbot, ops, world, "north_worker")
    assert "משפחת כהן" in v.title_label.text()
    members = v.tab("members").table
    assert sorted(_column(members, 0)) == ["מרים כהן", "משה כהן"]
    assert "01/03/1980" in _column(members, 3)
    assert set(_column(members, 4)) == {"הורה", "ילד/ה"}
    notes = v.tab("notes")
    assert _column(notes.table, 1) == ["ביקור בית"]
    assert _column(notes.table, 0) == ["05/01/2026"]
    assert _column(notes.table, 4)[0].startswith("ביקור בית ראשון")
    # the reading pane shows the selected note in full
    select_row(notes.table, 0)
    assert "השורה השנייה של הרישום" in notes.reading_pane.toPlainText()
    assert v.restricted_badge.isHidden()
    assert v.fields["status"].text() == "פתוח"
    # the opening date with the Hebrew date beside it
    from models.calendar import hebrew_date

    opened = world.services("north_worker").families.get(world.files["cohen"]).file.opened_on
    assert v.fields["opened"].text() == f"{opened:%d/%m/%Y} ({hebrew_date(opened, 'he')})"


def test_adding_editing_signing_and_correcting_a_note(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_worker")
    notes = v.tab("notes")
    d = notes.open_new_note()
    assert d.isVisible()
    assert "משפחת כהן" in d.windowTitle()  # the editor names the family
    d.text.setPlainText("שיחה טלפונית עם האם")
    d.kind.setCurrentIndex(d.kind.findData("phone_call"))
    d.sign.setChecked(False)
    d.submit()
    qtbot.waitUntil(lambda: not d.isVisible())
    settle(qtbot, ops)
    assert _column(notes.table, 4)[0] == "שיחה טלפונית עם האם"
    assert _column(notes.table, 3)[0] == "טיוטה"
    # a draft can be edited
    select_row(notes.table, 0)
    assert notes.edit_button.isEnabled()
    e = notes.open_edit_draft()
    assert e.text.toPlainText() == "שיחה טלפונית עם האם"
    e.text.setPlainText("שיחה טלפונית עם האם והסבתא")
    e.submit()
    qtbot.waitUntil(lambda: not e.isVisible())
    settle(qtbot, ops)
    assert _column(notes.table, 4)[0] == "שיחה טלפונית עם האם והסבתא"
    # signing asks first; Cancel leaves the draft a draft
    select_row(notes.table, 0)
    notes.sign_selected()
    assert "תיקון" in v.confirm_box.text() or "correction" in v.confirm_box.text()
    v.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, ops)
    assert _column(notes.table, 3)[0] == "טיוטה"
    notes.sign_selected()
    _confirm(qtbot, v)
    settle(qtbot, ops)
    assert _column(notes.table, 3)[0] == "חתום"
    select_row(notes.table, 0)
    assert not notes.edit_button.isEnabled()
    c = notes.open_correction()
    c.text.setPlainText("שיחה טלפונית עם האב")
    c.submit()
    _confirm(qtbot, c)  # a correction is signed at once: it asks first
    qtbot.waitUntil(lambda: not c.isVisible())
    settle(qtbot, ops)
    texts = _column(notes.table, 4)
    assert any(t.startswith("תיקון לרישום מ-") and t.endswith("שיחה טלפונית עם האב") for t in texts)


def test_sign_now_asks_first_and_cancel_keeps_the_dialog(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_worker")
    d = v.tab("notes").open_new_note()
    d.text.setPlainText("רישום חתום")
    d.sign.setChecked(True)
    d.submit()
    d.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, ops)
    assert d.isVisible() and d.text.toPlainText() == "רישום חתום"
    assert v.tab("notes").table.rowCount() == 0
    d.submit()
    _confirm(qtbot, d)
    qtbot.waitUntil(lambda: not d.isVisible())
    settle(qtbot, ops)
    assert _column(v.tab("notes").table, 3) == ["חתום"]


def test_an_empty_note_keeps_the_dialog_with_the_message(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_worker")
    d = v.tab("notes").open_new_note()
    d.text.setPlainText("   ")
    with qtbot.waitSignal(d.save_failed):
        d.submit()
    assert d.isVisible()
    assert "טקסט" in d.error_label.text()
    assert d.ok_button.isEnabled()


def test_the_access_log_tab_names_people_and_roles_and_says_what_changed(qtbot, world, ops):
    from desktop.messages import role_label

    w = world
    w.services("north_worker").families.get(w.files["cohen"])
    head = w.services("north_head").families
    f = head.get(w.files["cohen"]).file
    head.reassign(f.id, f.version, w.users["north_worker2"].id, "איזון עומסים")
    v = _view(qtbot, ops, w, "north_head")
    log = v.tab("access_log")
    v.tabs.setCurrentWidget(log)
    settle(qtbot, ops)
    who = _column(log.table, 1)
    assert "דנה צפונית" in who and w.name("north_worker") not in who  # a name, never a login
    assert log.table.item(who.index("דנה צפונית"), 2).text() == role_label("family_worker")
    assert any("דנה צפונית → יעל צפונית" in t for t in _column(log.table, 5))  # the worker, from whom to whom


def test_audit_tab_only_for_those_allowed(qtbot, world, ops):
    head = _view(qtbot, ops, world, "north_head")
    log = head.tab("access_log")
    assert log is not None
    head.tabs.setCurrentWidget(log)
    settle(qtbot, ops)
    assert log.table.rowCount() > 0
    worker = _view(qtbot, ops, world, "north_worker")
    assert worker.tab("access_log") is None
    assert [worker.tabs.tabText(i) for i in range(worker.tabs.count())][:4] == ["בני משפחה", "רישומים", "משימות",
                                                                                "ועדה"]
    assert list(worker.file_tabs) == ["members", "notes", "tasks", "committees", "clubs", "foster", "risk_reports",
                                      "daycare", "therapy"]
    assert worker.close_button.isHidden() and worker.reassign_button.isHidden()
    assert head.close_button.isVisibleTo(head) and head.reassign_button.isVisibleTo(head)


def test_stale_close_shows_the_conflict_and_keeps_the_dialog(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_head")
    d = v.open_close()
    d.reason.setCurrentIndex(d.reason.findData("moved"))
    # someone else changes the file meanwhile
    other = world.services("manager").families
    f = other.get(world.files["cohen"]).file
    other.reassign(f.id, f.version, world.users["north_worker2"].id, "חופשת לידה")
    d.submit()
    assert "משפחת כהן" in d.confirm_box.text()  # closing asks first, naming the family
    with qtbot.waitSignal(d.save_failed):
        _confirm(qtbot, d)
    assert d.isVisible()
    assert "שינה" in d.error_label.text()
    assert d.reload_button.isVisibleTo(d)
    assert d.reason.currentData() == "moved"  # what the user chose is kept
    d.reload_button.click()
    settle(qtbot, ops)
    assert "יעל צפונית" in v.fields["worker"].text()
    d.submit()
    _confirm(qtbot, d)
    qtbot.waitUntil(lambda: not d.isVisible())
    settle(qtbot, ops)
    assert v.fields["status"].text().startswith("סגור")
    assert v.reopen_button.isVisibleTo(v)


def test_new_task_and_reassign(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_head")
    t = v.tab("tasks").open_new_task()
    settle(qtbot, ops)  # whom the task can be given to loads off the GUI thread
    assert t.assignee.currentData() == world.users["north_head"].id  # self by default
    t.assignee.setCurrentIndex(t.assignee.findData(world.users["north_worker"].id))
    t.title.setText("לתאם ביקור בית")
    type_text(t.description, "להתקשר קודם לאם")
    t.submit()
    qtbot.waitUntil(lambda: not t.isVisible())
    settle(qtbot, ops)
    table = v.tab("tasks").table
    row = _column(table, 1).index("לתאם ביקור בית")
    assert table.item(row, 3).text() == "דנה צפונית"
    assert "להתקשר קודם לאם" in table.item(row, 1).toolTip()
    r = v.open_reassign()
    settle(qtbot, ops)  # the list of workers loads off the GUI thread
    r.worker.setCurrentIndex(r.worker.findData(world.users["north_worker2"].id))
    # the receiving worker's load, as the team head sees it: Yael has the Levi family
    yael = world.users["north_worker2"].id
    load = next(x for x in world.services("north_head").families.assignable_workers() if x.user.id == yael)
    assert load.open_files >= 1
    assert r.load_label.text() == tr("ReassignDialog", "Open files: %1 · open tasks: %2").replace(
        "%1", str(load.open_files)).replace("%2", str(load.open_tasks))
    r.submit()
    assert "יעל צפונית" in r.confirm_box.text()
    with qtbot.waitSignal(r.save_failed):  # a reason is required; the dialog stays with the choice made
        _confirm(qtbot, r)
    assert r.isVisible() and r.error_label.isVisibleTo(r)
    assert r.worker.currentData() == world.users["north_worker2"].id
    r.reason.setPlainText("איזון עומסים בצוות")
    r.submit()
    _confirm(qtbot, r)
    qtbot.waitUntil(lambda: not r.isVisible())
    settle(qtbot, ops)
    assert v.fields["worker"].text() == "יעל צפונית"


def test_a_past_due_date_asks_first_and_overdue_shows(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_worker", tab="tasks")
    assert v.tabs.currentWidget() is v.tab("tasks")
    t = v.tab("tasks").open_new_task()
    settle(qtbot, ops)
    t.title.setText("דוח לבית המשפט")
    yesterday = date.today() - timedelta(days=1)
    from PySide6.QtCore import QDate
    t.due.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    t.submit()
    assert t.confirm_box is not None and yesterday.strftime("%d/%m/%Y") in t.confirm_box.text()
    _confirm(qtbot, t)
    qtbot.waitUntil(lambda: not t.isVisible())
    settle(qtbot, ops)
    table = v.tab("tasks").table
    due = table.item(_column(table, 1).index("דוח לבית המשפט"), 2)
    assert due.text() == yesterday.strftime("%d/%m/%Y") + " · " + tr("Due", "overdue")
    assert due.foreground().color().name() == "#a61b1b"


def test_every_file_action_has_a_shortcut_and_escape_goes_back(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_head")
    buttons = [v.back_button, v.reload_button, v.reassign_button, v.close_button, v.reopen_button,
               v.tab("notes").new_note_button, v.tab("notes").edit_button, v.tab("notes").sign_button,
               v.tab("notes").correct_button, v.tab("tasks").new_task_button, v.print_action.button,
               v.edit_details_action.button, v.tab("committees").record_action.button,
               v.tab("committees").end_action.button, *[getattr(v.tab("clubs"), a).button for a in (
                   "request_action", "payment_action", "adjust_action", "registration_action")],
               # the continuum's tabs (issue 11); day-care's actions are active in its tab only
               v.tab("foster").new_action.button, v.tab("foster").move_action.button,
               v.tab("risk_reports").report_action.button, v.tab("risk_reports").correct_action.button,
               v.tab("therapy").refer_action.button]
    shortcuts = [a.shortcut().toString() for a in v.actions()]
    assert len(set(shortcuts)) == len(shortcuts) == len(buttons)
    members = [a.shortcut().toString() for a in v.tab("members").actions()]  # active in the members tab
    assert len(members) == 4 and not set(members) & set(shortcuts) and len(set(members)) == 4
    for b in buttons:
        assert "(" in b.toolTip() and b.toolTip().startswith(b.text())
    # Ctrl+T opens the task form wherever the focus is in the file
    v.tab("members").table.setFocus()
    qtbot.keyClick(v.tab("members").table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert v.dialog is not None and v.dialog.isVisible()
    settle(qtbot, ops)
    table = v.tab("members").table
    v.dialog.reject()
    qtbot.waitUntil(lambda: table.hasFocus())  # the focus comes back to where it was
    with qtbot.waitSignal(v.back_requested):
        qtbot.keyClick(v.tab("members").table, Qt.Key.Key_Escape)
    assert QKeySequence(Qt.Key.Key_Escape).toString() in v.back_button.toolTip()


def test_tab_leaves_tables_and_text_boxes_and_empty_tables_say_so(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_worker")
    members = v.tab("members").table
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    members.setFocus()
    qtbot.waitUntil(members.hasFocus)
    qtbot.keyClick(members, Qt.Key.Key_Tab)
    assert not members.hasFocus()  # Tab leaves the table (arrows move inside it)
    tasks = v.tab("tasks").table
    assert tasks.rowCount() == 0 and tasks.showing_empty_text()
    assert tasks.empty_text == tr("TasksTab", "No tasks in this file.")
    assert not tasks.tabKeyNavigation()
    d = v.tab("notes").open_new_note()
    assert d.text.tabChangesFocus()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    d.text.setFocus()
    qtbot.waitUntil(d.text.hasFocus)
    qtbot.keyClick(d.text, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert d.text.hasFocus() and d.text.toPlainText() == "\t"  # Ctrl+Tab types a tab
    qtbot.keyClick(d.text, Qt.Key.Key_Tab)
    assert not d.text.hasFocus() and d.text.toPlainText() == "\t"  # Tab leaves
    d.reject()


def test_focus_comes_back_to_a_visible_widget_after_a_dialog(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_head")
    v.activateWindow()
    v.close_button.setFocus()
    d = v.open_close()
    d.submit()
    _confirm(qtbot, d)
    qtbot.waitUntil(lambda: not d.isVisible())
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: v.close_button.isHidden())
    qtbot.wait(10)
    focus = v.focusWidget()
    assert focus is not None and focus.isVisible()


def test_the_file_view_stays_responsive_with_a_slow_service(qtbot, world, ops):
    slow = SlowServices(world.services("north_head"), delay=0.5)
    ticker = Ticker()
    v = FileView(slow, ops, world.files["cohen"])
    qtbot.addWidget(v)
    v.show()
    assert v.loading and v.title_label.text() == ""
    settle(qtbot, ops)
    ticker.stop()
    assert "משפחת כהן" in v.title_label.text()
    assert slow.intervals and slow.frozen_calls(ticker) == []
    # the access log, a sign and a save: all off the GUI thread
    ticker = Ticker()
    v.tabs.setCurrentWidget(v.tab("access_log"))
    d = v.tab("notes").open_new_note()
    d.text.setPlainText("רישום איטי")
    d.sign.setChecked(False)
    d.submit()
    assert not d.ok_button.isEnabled() and d.busy_bar.isVisibleTo(d)  # saving: OK waits
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    settle(qtbot, ops)
    ticker.stop()
    assert slow.intervals and slow.frozen_calls(ticker) == []
    assert "רישום איטי" in _column(v.tab("notes").table, 4)
    assert v.tab("access_log").table.rowCount() > 0
    assert slow.gui_thread_calls == []


def _save_slowly(qtbot, ops, slow, dialog, confirm: bool = False) -> Ticker:
    """Submit ``dialog`` on a slow service: OK waits and the dialog says it is saving; the GUI keeps
    running; the dialog closes when the answer came."""
    settle(qtbot, ops)  # the dialog's own lists
    ticker = Ticker()
    dialog.submit()
    if confirm:
        _confirm(qtbot, dialog)
    assert dialog.pending and not dialog.ok_button.isEnabled() and dialog.busy_bar.isVisibleTo(dialog)
    dialog.reject()  # Escape while saving does not drop the answer
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settle(qtbot, ops)  # the file reloads (another slow call)
    ticker.stop()
    assert slow.intervals and slow.frozen_calls(ticker) == []  # the window kept handling events meanwhile
    return ticker


def test_every_dialog_saves_off_the_gui_thread(qtbot, world, ops):
    slow = SlowServices(world.services("north_head"), delay=0.5)
    v = FileView(slow, ops, world.files["cohen"])
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    notes, tasks = v.tab("notes"), v.tab("tasks")

    d = notes.open_new_note()
    d.text.setPlainText("טיוטה איטית")
    _save_slowly(qtbot, ops, slow, d)
    assert _column(notes.table, 4)[0] == "טיוטה איטית"

    select_row(notes.table, 0)
    e = notes.open_edit_draft()
    e.text.setPlainText("טיוטה איטית שנערכה")
    e.sign.setChecked(True)
    _save_slowly(qtbot, ops, slow, e, confirm=True)
    assert _column(notes.table, 4)[0] == "טיוטה איטית שנערכה"
    assert _column(notes.table, 3)[0] == "חתום"

    select_row(notes.table, 0)
    c = notes.open_correction()
    c.text.setPlainText("תיקון איטי")
    _save_slowly(qtbot, ops, slow, c, confirm=True)
    assert any(t.endswith("תיקון איטי") for t in _column(notes.table, 4))

    t = tasks.open_new_task()
    t.title.setText("משימה איטית")
    _save_slowly(qtbot, ops, slow, t)
    assert "משימה איטית" in _column(tasks.table, 1)

    r = v.open_reassign()
    assert not r.ok_button.isEnabled()  # the workers are loading
    settle(qtbot, ops)
    r.worker.setCurrentIndex(r.worker.findData(world.users["north_worker2"].id))
    r.reason.setPlainText("חלוקת עומס")
    _save_slowly(qtbot, ops, slow, r, confirm=True)
    assert v.fields["worker"].text() == "יעל צפונית"

    cl = v.open_close()
    _save_slowly(qtbot, ops, slow, cl, confirm=True)
    assert v.fields["status"].text().startswith("סגור")
    assert slow.gui_thread_calls == []


def test_a_module_adds_a_tab_in_one_place(qtbot, world, ops, monkeypatch):
    from PySide6.QtWidgets import QLabel

    import desktop.families.file_view as file_view
    from desktop.families.tabs import FILE_TABS, FileTab, FileTabSpec

    class ClubsTab(FileTab):
        def __init__(self, view):
            super().__init__(view)
            self.label = QLabel(self)

        def show_detail(self, detail):
            self.label.setText(detail.file.family_name)

    tabs = [*FILE_TABS, FileTabSpec("example", lambda: "Example", lambda can, user: can.close, ClubsTab)]
    monkeypatch.setattr(file_view, "FILE_TABS", tabs)
    head = _view(qtbot, ops, world, "north_head")
    assert head.tabs.tabText(head.tabs.count() - 1) == "Example"
    assert head.tab("example").label.text() == "משפחת כהן"  # filled with the loaded file
    worker = _view(qtbot, ops, world, "north_worker")  # a worker may not close files: no such tab
    assert worker.tab("example") is None and "Example" not in [worker.tabs.tabText(i)
                                                               for i in range(worker.tabs.count())]
