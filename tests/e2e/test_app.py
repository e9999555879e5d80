"""The whole client through desktop/app.py: start -> login -> find a family -> open it."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.app import EXIT_SCHEMA_MISMATCH, MaaneApp
from models.settings import SCHEMA_REVISION
from tests.gui.helpers import type_text
from tests.support import PASSWORD


@pytest.fixture
def make_app(qapp, tmp_path: Path, monkeypatch, qm_dir):
    monkeypatch.setenv("MAANE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MAANE_DATA_DIR", str(tmp_path / "data"))
    apps: list[MaaneApp] = []

    def make(url: str) -> MaaneApp:
        settings = QSettings(str(tmp_path / "maane.ini"), QSettings.Format.IniFormat)
        app = MaaneApp(qapp, url, settings=settings, lang="he", qm_dir=qm_dir)
        apps.append(app)
        return app

    yield make
    for a in apps:
        a.shutdown()
        a.deleteLater()


def test_sign_in_find_and_open_a_family(qtbot, world, make_app):
    app = make_app(world.url)
    app.start()
    assert app.state == "login"
    d = app.login_dialog
    assert d.isVisible()
    d.username.setText(world.name("north_worker"))
    d.password.setText(PASSWORD)
    d.sign_in_button.click()
    assert app.state == "main"
    w = app.main_window
    assert w.isVisible()
    assert w.windowTitle() == "מענה — דנה צפונית (עו\"ס משפחה)"
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == ["תיקי משפחה", "המשימות שלי"]
    assert "נרשמת" in w.statusBar().findChild(type(w.database_label), "accessNotice").text()
    lst = w.family_list
    qtbot.waitUntil(lambda: lst.model.rowCount() == 2, timeout=5000)
    w.focus_search()
    type_text(lst.search_edit, "לו")
    qtbot.waitUntil(lambda: not lst.searching and lst.model.rowCount() == 1, timeout=5000)
    lst.open_selected()
    fv = w.file_view
    assert fv is not None and w.families_stack.currentWidget() is fv
    assert "משפחת לוי" in fv.title_label.text()
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
    d.retry()  # still unreachable: the dialog stays, no crash
    assert app.state == "connection" and app.connection_dialog is d
    with qtbot.waitSignal(app.finished) as blocker:
        d.quit_button.click()
    assert blocker.args == [4]


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
