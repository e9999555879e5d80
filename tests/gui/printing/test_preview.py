"""The print preview: it shows "page x of y" and moves between pages by key; Save as writes the PDF and the
save is in the audit log; Print renders every page to the printer and is audited; the PDF is built off the
GUI thread (the window never freezes); a batch of files is one PDF, and Cancel stops it."""

from __future__ import annotations

import json
from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton
from sqlalchemy import select

from desktop.printing import jobs
from desktop.printing.preview import BatchProgress, PreviewWindow, open_family_summaries, open_family_summary
from models.audit.entities import AuditEvent
from tests.gui.helpers import SlowServices, Ticker, settle

LONG = ("ביקור בית אצל המשפחה; נכחו האם והילדים (בני 6 ו-9). נמסר מספר הטלפון 050-1234567 לבית הספר. " * 8).strip()


def _long_notes(world, n: int = 8) -> list[int]:
    notes = world.services("north_worker").notes
    return [notes.add(world.files["cohen"], "home_visit", date(2026, 1, 1 + i), LONG, sign=True).id for i in range(n)]


def _audit(world, action: str) -> list[AuditEvent]:
    with world.admin_db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def _preview(qtbot, world, ops, note_ids=None, services=None) -> PreviewWindow:
    services = services or world.services("north_worker")
    w = open_family_summary(services, ops, world.files["cohen"], note_ids, "he", "סיכום תיק")
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading, timeout=15_000)
    return w


def test_the_preview_shows_page_x_of_y_and_pages_by_key(qtbot, world, ops):
    ids = _long_notes(world)
    w = _preview(qtbot, world, ops, ids)
    assert w.page_count >= 2
    assert w.page_label.text() == f"עמוד 1 מתוך {w.page_count}" or w.page_label.text() == f"Page 1 of {w.page_count}"
    assert not w.previous_action.action.isEnabled() and w.next_action.action.isEnabled()
    qtbot.keyClick(w.view, Qt.Key.Key_PageDown)
    assert w.current_page == 1 and "2" in w.page_label.text()
    qtbot.keyClick(w.view, Qt.Key.Key_PageUp)
    assert w.current_page == 0
    w.go_to_page(w.page_count - 1)
    assert not w.next_action.action.isEnabled()
    before = w.view.zoomFactor()
    w.zoom_in()
    assert w.view.zoomFactor() > 0 and w.zoom_label.text().endswith("%")
    w.zoom_out()
    w.zoom_out()
    assert w.view.zoomFactor() < before or w.view.zoomFactor() < 1.0
    w.fit_width()
    assert w.zoom_label.text().endswith("%") and w.view.zoomMode() == w.view.ZoomMode.FitToWidth


def test_save_as_writes_the_pdf_and_the_save_is_audited(qtbot, world, ops, tmp_path):
    w = _preview(qtbot, world, ops)
    dialog = w.save_as()
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    target = tmp_path / "סיכום.pdf"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(w.output_recorded, timeout=10_000) as sig:
        dialog.accept()
    assert sig.args == ["save"]
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes() == w.printed.pdf
    saved = _audit(world, "save")
    assert len(saved) == 1 and saved[0].user_name == world.name("north_worker")
    assert saved[0].file_id == world.files["cohen"]
    assert json.loads(saved[0].detail)["form"] == "family_summary"
    assert any(e.file_id == world.files["cohen"] for e in _audit(world, "print"))  # preparing it: a print


def test_a_save_that_fails_says_so_and_records_nothing(qtbot, world, ops, tmp_path):
    w = _preview(qtbot, world, ops)
    assert not w.save_to(tmp_path / "no-such-folder" / "x.pdf")
    assert w.error_label.isVisible() and w.error_label.text()
    settle(qtbot, ops)
    assert _audit(world, "save") == []


def test_print_renders_every_page_to_the_printer_and_is_audited(qtbot, world, ops, tmp_path):
    ids = _long_notes(world)
    w = _preview(qtbot, world, ops, ids)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(w.output_recorded, timeout=10_000):
        w.print_to(printer)
    from pypdf import PdfReader

    assert len(PdfReader(str(out)).pages) == w.page_count
    printed = [e for e in _audit(world, "print") if json.loads(e.detail).get("output") == "printer"]
    assert len(printed) == 1 and printed[0].user_name == world.name("north_worker")
    dialog = w.print_()
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_the_pdf_is_built_off_the_gui_thread(qtbot, world, ops):
    slow = SlowServices(world.services("north_worker"), delay=0.5)
    ticker = Ticker()
    w = _preview(qtbot, world, ops, services=slow)
    ticker.stop()
    assert ("summary", False) in slow.calls and slow.gui_thread_calls == []
    assert slow.frozen_calls(ticker) == []
    assert w.page_count >= 1


def test_a_refused_build_says_why(qtbot, world, ops):
    w = _preview(qtbot, world, ops, services=world.services("south_worker"))  # cannot see the file
    assert w.printed is None and w.error_label.isVisible()
    assert not w.print_action.action.isEnabled() and not w.save_action.action.isEnabled()


def test_a_batch_is_one_pdf_of_every_file(qtbot, world, ops):
    services = world.services("north_head")
    ids = [world.files["cohen"], world.files["levi"], world.files["secret"]]
    w = open_family_summaries(services, ops, ids, "he")
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading, timeout=15_000)
    assert w.printed is not None and w.printed.file_ids == tuple(ids)
    assert w.page_count >= 3
    text = "".join(w.document.getAllText(p).text() for p in range(w.page_count))
    for number in ("2025/0001", "2025/0002", "2025/0004"):
        assert number in text


def test_a_slow_batch_shows_its_progress_and_cancel_stops_it(qtbot, world, ops, monkeypatch):
    slow = SlowServices(world.services("north_head"), delay=0.4)
    ids = [world.files["cohen"], world.files["levi"], world.files["secret"]] * 3
    w = open_family_summaries(slow, ops, ids, "he")  # (deletes itself when cancelled: not given to qtbot)
    qtbot.waitUntil(lambda: w.progress_dialog is not None and w.progress_dialog.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: w.progress_dialog.value() >= 1, timeout=5_000)
    w.progress_dialog.findChild(QPushButton).click()  # its Cancel button
    settle(qtbot, ops, timeout=15_000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(w), timeout=5_000)  # closed and gone, nothing to print
    calls = [name for name, _ in slow.calls if name == "summary"]
    assert len(calls) < len(ids)  # stopped between two forms


def test_batch_progress_reports_and_cancels():
    p = BatchProgress()
    seen = []
    p.advanced.connect(lambda d, t: seen.append((d, t)))
    assert p.report(0, 2) is True
    p.cancelled.set()
    assert p.report(1, 2) is False
    assert seen == [(0, 2), (1, 2)]
    assert jobs.family_summaries.__doc__


def test_a_batch_over_the_cap_is_refused_before_anything_is_read(world):
    """The cap holds wherever a batch starts (the client's dialog or ``maane print``): one sentence, nothing
    read, no print in the access log."""
    import pytest

    from models.errors import ValidationError

    ids = [world.files["cohen"]] * (jobs.MAX_BATCH + 1)
    with pytest.raises(ValidationError) as exc:
        jobs.family_summaries(world.services("north_worker"), ids, "he")
    assert exc.value.code == "batch_too_large"
    assert _audit(world, "print") == []


def test_qtpdf_stays_out_of_the_start_up_path():
    """QtPdf (PySide6-Addons) loads when a preview or the settings screen first renders, not before the login
    window, nor with the family file view or the settings module."""
    import subprocess
    import sys

    code = ("import sys; import desktop.app, desktop.main_window, desktop.families.file_view, "
            "desktop.admin.department, desktop.printing.summary_dialog, desktop.features; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6.QtPdf')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr
