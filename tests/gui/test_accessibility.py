"""Every screen, in Hebrew and in Arabic, read as a screen reader would: a visible interactive widget without
a name (and an input without a label bound to it) fails. Screens: login (file and server), connection
(file and server), the main window with the family list, the file view with every tab, every dialog of the
file view, the print-summaries dialog of the family list, My tasks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import apply_language
from desktop.login import ConnectionDialog, LoginDialog
from desktop.main_window import MainWindow
from desktop.widgets.a11y import describe, unnamed_widgets
from desktop.widgets.tables import select_row
from models.address import parse
from models.errors import DatabaseUnavailable
from tests.gui.helpers import settle


@pytest.fixture(params=["he", "ar"])
def lang(request, qapp, qm_dir, hebrew_ui) -> Iterator[str]:
    """The interface language of the test; Arabic replaces the Hebrew translators for its duration."""
    if request.param == "he":
        yield "he"
        return
    for t in hebrew_ui:
        qapp.removeTranslator(t)
    arabic = apply_language(qapp, "ar", qm_dir)
    try:
        assert QCoreApplication.translate("MainWindow", "Family files") == "ملفات العائلات"
        yield "ar"
    finally:
        for t in arabic:
            qapp.removeTranslator(t)
        for t in hebrew_ui:
            qapp.installTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.Hebrew, QLocale.Country.Israel))
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def assert_all_named(screen: QWidget, what: str) -> None:
    QApplication.processEvents()
    assert screen.isVisible(), what
    bad = unnamed_widgets(screen)
    assert not bad, f"{what}: unnamed " + "; ".join(describe(w) for w in bad)


def _show(qtbot, w: QWidget) -> QWidget:
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_login_and_connection_dialogs(qtbot, lang, tmp_path):
    for url in (f"sqlite:///{tmp_path / 'm.sqlite'}", "postgresql+psycopg://noa@db.example/maane"):
        url = parse(url)
        assert_all_named(_show(qtbot, LoginDialog(url)), f"login {url}")
        error = DatabaseUnavailable(detail="connection refused")
        assert_all_named(_show(qtbot, ConnectionDialog(url, error)), f"connection {url}")


def test_main_window_file_view_dialogs_and_my_tasks(qtbot, lang, sqlite_world, ops):
    world = sqlite_world
    fid = world.files["cohen"]
    head = world.services("north_head")
    head.notes.add(fid, "home_visit", date(2026, 1, 5), "ביקור בית", sign=True)
    head.tasks.add(fid, "להתקשר לבית הספר", date(2026, 2, 1))
    w = MainWindow(head, ops, "SQLite")
    _show(qtbot, w)
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    with qtbot.waitSignal(w.family_list.search_finished, timeout=5000):
        w.family_list.run_search()
    assert w.family_list.model.rowCount() == 3
    assert_all_named(w, "main window, family list")
    batch = w.family_list.open_batch_print()  # the first file is selected
    assert batch is not None
    qtbot.waitExposed(batch)
    assert_all_named(batch, "dialog print summaries")
    batch.reject()

    v = w.open_file(fid)
    qtbot.waitUntil(v.isVisible)
    settle(qtbot, ops)
    for i in range(v.tabs.count()):
        v.tabs.setCurrentIndex(i)
        settle(qtbot, ops)
        assert_all_named(w, f"file view, tab {v.tabs.tabText(i)}")

    v.tabs.setCurrentIndex(1)
    notes, tasks = v.tab("notes"), v.tab("tasks")
    select_row(notes.table, 0)
    for name, open_dialog in [("new note", notes.open_new_note), ("correction", notes.open_correction),
                              ("new task", tasks.open_new_task), ("reassign", v.open_reassign),
                              ("close the file", v.open_close)]:
        d = open_dialog()
        assert d is not None, name
        qtbot.waitExposed(d)
        settle(qtbot, ops)
        assert_all_named(d, f"dialog {name}")
        d.reject()

    w.show_page("my_tasks")
    settle(qtbot, ops)
    assert w.pages.currentWidget() is w.my_tasks
    assert w.my_tasks.table.rowCount() == 1
    assert_all_named(w, "my tasks")


def test_staff_accounts_and_its_dialogs(qtbot, lang, sqlite_world, ops):
    from desktop.admin.staff import AddStaffDialog, ChangeRoleDialog, PasswordDialog

    world = sqlite_world
    admin = world.services("admin")
    w = MainWindow(admin, ops, "SQLite")
    _show(qtbot, w)
    w.show_page("staff")
    page = w.feature_pages["staff"]
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: not page.loading)
    assert_all_named(w, "staff accounts")
    teams = admin.users.teams()
    worker = next(a for a in admin.users.staff() if a.username == "north_worker")
    for name, d in [("new account", AddStaffDialog(ops, admin.users, teams, w)),
                    ("new password", PasswordDialog(ops, admin.users, worker, w)),
                    ("change of role", ChangeRoleDialog(ops, admin.users, worker, teams, w))]:
        _show(qtbot, d)
        settle(qtbot, ops)
        assert_all_named(d, f"dialog {name}")
        d.reject()
