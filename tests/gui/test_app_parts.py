from __future__ import annotations

import re
import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.app import ErrorReporter
from desktop.main_window import MainWindow
from desktop.messages import message_for
from desktop.tasks.my_tasks import MyTasksView
from models import errors

MODELS = Path(__file__).resolve().parents[2] / "models"


def _raised_codes() -> set[tuple[str, str]]:
    """(class, code) of every coded error raised in models/."""
    found = set()
    for path in MODELS.rglob("*.py"):
        for cls, code in re.findall(r"raise (ValidationError)\(\s*\"(\w+)\"", path.read_text(encoding="utf-8")):
            found.add((cls, code))
    return found


def test_every_error_code_has_a_hebrew_message():
    fallback = message_for(errors.DomainError("something_unknown"))
    assert fallback == "הפעולה נכשלה (something_unknown)."
    codes = _raised_codes()
    assert ("ValidationError", "query_too_long") in codes
    for _cls, code in codes:
        text = message_for(errors.ValidationError(code, field="text", max=10, min=8, value="x", path="p", role="r"))
        assert not text.startswith("הפעולה נכשלה"), code
        assert re.search("[א-ת]", text), code
        assert "{" not in text, code
    for exc in (errors.PermissionDenied(action="x"), errors.ConflictError(), errors.NotFound(entity="x", id=1),
                errors.DuplicateSuspected(field="id_number"), errors.AuthenticationFailed(remaining=2),
                errors.AccountLocked(until=datetime(2026, 1, 1, 10, 0, tzinfo=UTC)),
                errors.SchemaMismatch(found="0000", expected="0001"), errors.SchemaMismatch(found=None, expected="0001"),
                errors.DatabaseUnavailable(detail="x"), errors.AuthenticationFailed(reason="no_maane_user", login="u")):
        text = message_for(exc)
        assert re.search("[א-ת]", text) and "{" not in text and not text.startswith("הפעולה נכשלה"), exc.code
    assert "שם המשפחה" in message_for(errors.ValidationError("required", field="family_name"))


def test_unexpected_errors_show_a_calm_dialog_and_the_client_stays_up(qtbot):
    reporter = ErrorReporter()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        reporter.report(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    assert "RuntimeError: boom" in reporter.box.detailedText()
    assert "לא אבדה" in reporter.box.text()
    reporter.box.done(0)
    # from another thread: delivered to the GUI thread
    reporter.install()
    try:
        t = threading.Thread(target=lambda: 1 / 0)
        t.start()
        t.join()
        qtbot.waitUntil(lambda: "ZeroDivisionError" in reporter.last_details)
    finally:
        reporter.uninstall()
        reporter.box.done(0)


def test_main_window_remembers_its_geometry_and_offers_only_real_modules(qtbot, world, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(world.services("admin"), "db", settings)
    qtbot.addWidget(w)
    w.show()
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == ["ברוכים הבאים"]
    assert w.family_list is None and w.my_tasks is None
    w.resize(700, 500)  # the offscreen screen is 800x600
    w.save_state()
    w2 = MainWindow(world.services("manager"), "db", settings)
    qtbot.addWidget(w2)
    w2.show()
    assert (w2.width(), w2.height()) == (700, 500)
    assert w2.windowTitle() == "מענה — אבי מנהל (מנהל/ת המחלקה)"


def test_my_tasks_lists_and_completes(qtbot, world):
    svc = world.services("north_worker")
    svc.tasks.add(world.files["cohen"], "להתקשר לבית הספר", None)
    v = MyTasksView(svc)
    qtbot.addWidget(v)
    assert v.table.rowCount() == 1
    assert v.table.item(0, 2).text() == "להתקשר לבית הספר"
    with qtbot.waitSignal(v.open_file_requested) as blocker:
        v.table.itemDoubleClicked.emit(v.table.item(0, 1))
    assert blocker.args == [world.files["cohen"]]
    from PySide6.QtCore import Qt

    v.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert v.table.rowCount() == 0


def test_default_font_follows_the_system_size(qapp):
    from PySide6.QtGui import QFont

    from desktop.app import FONT_FAMILIES, set_default_font

    before = QFont(qapp.font())
    try:
        big = QFont(before)
        big.setPointSizeF(15.0)  # the user enlarged the system font
        qapp.setFont(big)
        set_default_font(qapp)
        assert qapp.font().pointSizeF() == 15.0
        assert qapp.font().families()[: len(FONT_FAMILIES)] == FONT_FAMILIES
    finally:
        qapp.setFont(before)
