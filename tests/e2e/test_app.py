"""The whole client through desktop/app.py: start -> login -> find a family -> open it."""

from __future__ import annotations

import socket
from pathlib import Path

from desktop.app import EXIT_SCHEMA_MISMATCH
from desktop.messages import message_for
from models.errors import DatabaseUnavailable
from models.settings import SCHEMA_REVISION
from tests.gui.helpers import type_text
from tests.support import PASSWORD


def test_sign_in_find_and_open_a_family(qtbot, world, make_app):
    app = make_app(world.url)
    app.start()
    assert app.state == "login"
    d = app.login_dialog
    assert d.isVisible()
    d.username.setText(world.name("north_worker"))
    d.password.setText(PASSWORD)
    d.sign_in_button.click()
    qtbot.waitUntil(lambda: app.state == "main", timeout=10_000)
    w = app.main_window
    assert w.isVisible()
    assert w.windowTitle() == "מענה — דנה צפונית (עו\"ס משפחה)"
    # a family worker: her files, her tasks, the committee's meetings and follow-up of her files, and the
    # continuum's foster care, day-care and therapy centre (not the youth-law forum: she is no member)
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == ["תיקי משפחה", "המשימות שלי", "ועדות", "מעקב ועדה",
                                                                  "אומנה", "מעונות יום", "מרכז הטיפולים"]
    assert "נרשמת" in w.statusBar().findChild(type(w.database_label), "accessNotice").text()
    lst = w.family_list
    qtbot.waitUntil(lambda: lst.model.rowCount() == 2, timeout=5000)
    w.focus_search()
    type_text(lst.search_edit, "לו")
    qtbot.waitUntil(lambda: not lst.searching and lst.model.rowCount() == 1, timeout=5000)
    lst.open_selected()
    fv = w.file_view
    assert fv is not None and w.families_stack.currentWidget() is fv
    qtbot.waitUntil(lambda: "משפחת לוי" in fv.title_label.text(), timeout=5000)
    fv.back_button.click()
    assert w.families_stack.currentWidget() is lst
    # sign out brings the login back
    w.sign_out_action.trigger()
    assert app.state == "login" and app.login_dialog.isVisible()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_database_shows_the_connection_dialog(qtbot, make_app):
    url = f"postgresql+psycopg://someone@127.0.0.1:{_free_port()}/maane"
    app = make_app(url)
    app.start()
    assert app.state == "connection"
    d = app.connection_dialog
    assert d.isVisible()
    assert "לא הצליחה לפתוח את מסד הנתונים" in d.message.text()
    assert d.pg_radio.isChecked() and d.host_edit.text() == "127.0.0.1"
    assert message_for(DatabaseUnavailable(reason="refused")) in d.message.text()
    assert "Connection refused" in d.details.text.toPlainText() and d.details.text.isHidden()
    d.retry()  # still unreachable: checked off the GUI thread; the dialog stays, no crash
    assert not d.retry_button.isEnabled()
    qtbot.waitUntil(lambda: d.retry_button.isEnabled(), timeout=10_000)
    assert app.state == "connection" and app.connection_dialog is d
    with qtbot.waitSignal(app.finished) as blocker:
        d.quit_button.click()
    assert blocker.args == [4]


def test_quitting_during_a_retry_opens_nothing(qtbot, world, make_app):
    from models.address import parse

    app = make_app(f"postgresql+psycopg://someone@127.0.0.1:{_free_port()}/maane")
    app.start()
    d = app.connection_dialog
    d.set_address(parse(world.url))  # a database that will answer
    op = app.retry(d.address())
    with qtbot.waitSignal(app.finished):
        d.quit_button.click()
    qtbot.waitUntil(lambda: op.finished, timeout=10_000)
    assert app.state == "finished" and app.login_dialog is None


def test_database_of_another_revision_shows_the_mismatch(qtbot, tmp_path, make_app):
    import sqlite3

    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('0000')")
    con.commit()
    con.close()
    app = make_app(f"sqlite:///{path}")
    app.start()
    assert app.state == "schema_mismatch"
    box = app.mismatch_box
    assert "maane db upgrade" in box.text()
    assert "0000" in box.text() and SCHEMA_REVISION in box.text()
    assert "מנהל המערכת" in box.text()
    with qtbot.waitSignal(app.finished) as blocker:
        box.done(0)
    assert blocker.args == [EXIT_SCHEMA_MISMATCH]


def test_slow_sign_in_keeps_the_gui_running_then_the_main_window_opens(qtbot, world, make_app, monkeypatch):
    import time

    from PySide6.QtCore import QTimer

    from models.users import auth

    real = auth.sign_in

    def slow(*args, **kwargs):
        time.sleep(0.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(auth, "sign_in", slow)
    app = make_app(world.url)
    app.start()
    d = app.login_dialog
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    d.username.setText(world.name("north_worker"))
    d.password.setText(PASSWORD)
    d.sign_in_button.click()
    assert app.state == "login" and d.busy
    qtbot.waitUntil(lambda: app.state == "main", timeout=10_000)
    timer.stop()
    assert len(ticks) >= 10
    assert app.main_window.isVisible()
    assert "דנה צפונית" in app.main_window.windowTitle()


def test_connection_dialog_retry_runs_off_the_gui_thread_and_remembers(qtbot, world, make_app, monkeypatch,
                                                                       tmp_path):
    """The user points the dialog at the right database; the check (500 ms here) does not freeze the window;
    the address is remembered for the next start."""
    import time

    from PySide6.QtCore import QTimer

    import desktop.app as app_module
    from models.address import parse
    from models.settings import read_settings

    real = app_module.check_database

    def slow(address):
        time.sleep(0.5)
        return real(address)

    monkeypatch.setattr(app_module, "check_database", slow)
    app = make_app(f"postgresql+psycopg://someone@127.0.0.1:{_free_port()}/maane")
    app.start()
    assert app.state == "connection"
    d = app.connection_dialog
    target = parse(world.url)
    d.set_address(target)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    d.retry_button.click()
    assert d.busy_label.isVisible() and not d.retry_button.isEnabled()
    qtbot.waitUntil(lambda: app.state == "login", timeout=10_000)
    timer.stop()
    assert len(ticks) >= 10
    assert app.login_dialog.address == target
    assert parse(read_settings()["database_url"]) == target.without_password()


def test_a_settings_file_naming_no_database_opens_the_connection_dialog(qtbot, make_app, monkeypatch):
    from models.settings import write_settings

    monkeypatch.delenv("MAANE_DATABASE_URL", raising=False)
    write_settings({"database_url": "notaurl"})
    app = make_app(None)
    app.start()
    assert app.state == "connection"
    assert "notaurl" in app.connection_dialog.message.text()
    assert app.connection_dialog.sqlite_radio.isChecked()  # offered the default file


def test_the_login_window_appears_before_sqlalchemy_loads(templates, tmp_path):
    """Start-up to the login window reads the address and the SQLite file with the standard library only."""
    import os
    import subprocess
    import sys

    url = templates.sqlite_copy(tmp_path / "start.sqlite")
    code = ("import sys; from desktop.app import build_app; app = build_app(sys.argv[1], lang='he'); app.start(); "
            "app.qapp.processEvents(); print(app.state, app.login_dialog.isVisible(), "
            "sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'argon2', 'alembic', 'psycopg'}))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAANE_CONFIG_DIR=str(tmp_path / "cfg"),
               MAANE_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", code, url], cwd=Path(__file__).resolve().parents[2], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "login True []", out.stderr


def test_audit_review_journey(qtbot, world, make_app, tmp_path, monkeypatch):
    """The manager signs in, opens the Access log, filters one family file (Enter), sees who opened it by
    name and role, and exports the filter to a CSV file."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QFileDialog

    from desktop.audit.review import COL_ROLE, COL_WHO, AccessLogView

    worker = world.services("north_worker")
    worker.families.get(world.files["cohen"])
    number = worker.families.get(world.files["cohen"]).file.file_number
    app = make_app(world.url)
    app.start()
    d = app.login_dialog
    d.username.setText(world.name("manager"))
    d.password.setText(PASSWORD)
    d.sign_in_button.click()
    qtbot.waitUntil(lambda: app.state == "main", timeout=10_000)
    w = app.main_window
    title = QCoreApplication.translate("MainWindow", "Access log")
    row = next(i for i in range(w.nav.count()) if w.nav.item(i).text() == title)
    w.nav.setCurrentRow(row)
    page = w.feature_pages["access_log"]
    assert isinstance(page, AccessLogView) and w.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page._started and not page.loading, timeout=10_000)
    page.file_edit.setFocus()
    qtbot.keyClicks(page.file_edit, number)
    qtbot.keyClick(page.file_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.loading and page.table.rowCount() > 0, timeout=10_000)
    who = [page.table.item(r, COL_WHO).text() for r in range(page.table.rowCount())]
    assert "דנה צפונית" in who
    assert page.table.item(who.index("דנה צפונית"), COL_ROLE).text() not in ("", "family_worker")
    target = tmp_path / "access-log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export_button.click()
    text = target.read_bytes().decode("utf-8-sig")
    assert "דנה צפונית" in text and number in text
