"""The application: unexpected errors in a calm dialog, the default font from the system."""

from __future__ import annotations

import threading

from desktop.app import ErrorReporter


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
