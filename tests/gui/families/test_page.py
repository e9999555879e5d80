"""The families page: opening another file replaces the file view, and a print preview opened from the
first file stays open (it belongs to the window, not to the view it came from)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMainWindow

from desktop.families.page import FamiliesPage


def test_a_preview_stays_open_when_another_file_is_opened(qtbot, world, ops):
    window = QMainWindow()
    qtbot.addWidget(window)
    page = FamiliesPage(world.services("north_worker"), ops, window)
    window.setCentralWidget(page)
    window.show()
    first = page.open_file(world.files["cohen"])
    qtbot.waitUntil(lambda: first.detail is not None, timeout=10_000)
    preview = first.open_preview([], "he")
    assert preview is not None
    qtbot.waitUntil(lambda: not preview.loading, timeout=15_000)
    page.open_file(world.files["levi"])
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first)  # the first file's view is gone
    assert shiboken6.isValid(preview) and preview.isVisible() and preview.page_count >= 1
    preview.close()
