"""The print preview: a PDF built off the GUI thread, shown in QtPdf's QPdfView, with page navigation
(PgUp/PgDn, "page x of y"), zoom, Print (QPrintDialog; each page rendered by Pdfium at the printer's
resolution) and Save as (QFileDialog). Printing and saving are audited through the service
(``FamilyService.record_output``: who, which form of which file, when).

Batch (several files' forms as one PDF): the build reports its progress; when it takes over a second a
progress dialog appears, whose Cancel stops the build between two forms.

QtPdf comes from PySide6-Addons: this module is imported only when a preview opens (not before login)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QPointF,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import message_for
from desktop.ops import Ops
from desktop.printing import jobs
from desktop.printing.jobs import Printed
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from models.errors import DomainError

if TYPE_CHECKING:
    from models.services import Services

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0
PROGRESS_AFTER_MS = 1000  # a batch shows its progress once it has taken this long



class BatchProgress(QObject):
    """The progress of a build on the pool: ``report(done, total)`` (called on the pool thread) emits
    ``advanced`` to the GUI thread and answers False once the user has cancelled."""

    advanced = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self.advanced.emit(done, total)
        return not self.cancelled.is_set()


class PreviewWindow(QDialog):
    """A window of its own (not modal: the file stays usable). ``build`` runs on the pool and returns the
    form (None: cancelled). ``shown`` fires when the PDF is on screen, ``failed`` when the build was refused
    (the error label says why)."""

    shown = Signal()
    failed = Signal(object)
    output_recorded = Signal(str)  # "print" or "save", once the audit row is written

    def __init__(self, services: Services, ops: Ops, build: Callable[[], Printed | None], parent: QWidget | None = None,
                 *, title: str = "", progress: BatchProgress | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(title or QCoreApplication.translate("PrintPreview", "Print preview"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(900, 1000)
        self.services, self.ops = services, ops
        self.printed: Printed | None = None
        self.loading = True
        self.saved_path: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.progress = progress
        self.progress_dialog: QProgressDialog | None = None

        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(QCoreApplication.translate("PrintPreview", "The form"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # pages run top to bottom, as printed
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        self.previous_action = ViewAction(self, QCoreApplication.translate("PrintPreview", "Previous page"), QKeySequence(Qt.Key.Key_PageUp), self.previous_page)
        self.next_action = ViewAction(self, QCoreApplication.translate("PrintPreview", "Next page"), QKeySequence(Qt.Key.Key_PageDown), self.next_page)
        self.zoom_out_action = ViewAction(self, QCoreApplication.translate("PrintPreview", "Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.zoom_in_action = ViewAction(self, QCoreApplication.translate("PrintPreview", "Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self.fit_action = ViewAction(self, QCoreApplication.translate("PrintPreview", "Fit width"), "Ctrl+0", self.fit_width)
        self.print_action = ViewAction(self, QCoreApplication.translate("PrintPreview", "Print…"), QKeySequence.StandardKey.Print, self.print_,
                                       name="printButton")
        self.save_action = ViewAction(self, QCoreApplication.translate("PrintPreview", "Save as…"), QKeySequence.StandardKey.Save, self.save_as,
                                      name="saveButton")
        self.close_action = ViewAction(self, QCoreApplication.translate("PrintPreview", "Close"), QKeySequence(Qt.Key.Key_Escape), self.close)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("previewBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("PrintPreview", "Preparing the form…"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("previewError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()

        bar = QHBoxLayout()
        for a in (self.print_action, self.save_action):
            bar.addWidget(a.button)
        bar.addSpacing(16)
        bar.addWidget(self.previous_action.button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_action.button)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_out_action.button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_action.button)
        bar.addWidget(self.fit_action.button)
        bar.addStretch(1)
        bar.addWidget(self.busy_bar)
        bar.addWidget(self.close_action.button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        self._set_ready(False)
        name_widgets(self)

        if progress is not None:
            progress.advanced.connect(self._advanced)
            self._progress_timer = QTimer(self)
            self._progress_timer.setSingleShot(True)
            self._progress_timer.timeout.connect(self._show_progress)
            self._progress_timer.start(PROGRESS_AFTER_MS)
        self.op = ops.query(self, build, self._built, failure=self._build_failed)

    # ---- building ----------------------------------------------------------------------------------------
    def _built(self, printed: Printed | None) -> None:
        self.loading = False
        self.busy_bar.hide()
        self._close_progress()
        if printed is None:  # cancelled
            self.close()
            return
        self.printed = printed
        self._buffer.close()
        self._buffer.setData(QByteArray(printed.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._set_ready(self.document.status() == QPdfDocument.Status.Ready)
        self._page_changed(0)
        self._zoom_changed()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.shown.emit()

    def _build_failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self._close_progress()
        self.show_error(message_for(exc))
        self.failed.emit(exc)

    def _set_ready(self, ready: bool) -> None:
        for a in (self.print_action, self.save_action, self.zoom_in_action, self.zoom_out_action, self.fit_action):
            a.setEnabled(ready)
        self._update_navigation()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # ---- batch progress ----------------------------------------------------------------------------------
    def _show_progress(self) -> None:
        if not self.loading or self.progress is None:
            return
        dialog = QProgressDialog(QCoreApplication.translate("PrintPreview", "Preparing the forms…"), QCoreApplication.translate("PrintPreview", "Cancel"), 0, 0, self)
        dialog.setObjectName("batchProgress")
        dialog.setWindowTitle(self.windowTitle())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog
        if self._last_progress is not None:
            self._advanced(*self._last_progress)
        dialog.show()

    _last_progress: tuple[int, int] | None = None

    def _advanced(self, done: int, total: int) -> None:
        self._last_progress = (done, total)
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)
            self.progress_dialog.setLabelText(QCoreApplication.translate("PrintPreview", "Preparing the forms: %1 of %2")
                                              .replace("%1", str(done)).replace("%2", str(total)))

    def cancel(self) -> None:
        """Stop a batch between two forms; the window closes when the build has stopped."""
        if self.progress is not None:
            self.progress.cancelled.set()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(QCoreApplication.translate("PrintPreview", "Cancelling…"))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self._progress_timer.stop()
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    # ---- pages and zoom ----------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.printed is not None else 0

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count:
            nav = self.view.pageNavigator()
            nav.jump(page, QPointF(), nav.currentZoom())
            self._page_changed(page)

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def _page_changed(self, _page: int) -> None:
        self._update_navigation()

    def _update_navigation(self) -> None:
        count = self.page_count
        page = min(self.current_page, count - 1) + 1 if count else 0
        self.page_label.setText(QCoreApplication.translate("PrintPreview", "Page %1 of %2").replace("%1", str(page)).replace("%2", str(count))
                                if count else "")
        self.previous_action.setEnabled(page > 1)
        self.next_action.setEnabled(0 < page < count)

    def zoom_in(self) -> None:
        self._set_zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.view.zoomFactor() / ZOOM_STEP)

    def _set_zoom(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            factor = self._effective_zoom() * (factor / max(self.view.zoomFactor(), 0.01))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))
        self._zoom_changed()

    def _effective_zoom(self) -> float:
        """The zoom on screen (fit to width: the view's width over the page's, at 96 dpi on 72 pt)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count:
            return float(self.view.zoomFactor())
        page_width = self.document.pagePointSize(0).width() * self.logicalDpiX() / 72.0
        return max(0.01, self.view.viewport().width() / page_width) if page_width else 1.0

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._zoom_changed()

    def _zoom_changed(self) -> None:
        """The zoom on screen in percent (fit to width too: what the width makes it)."""
        self.zoom_label.setText(f"{round(self._effective_zoom() * 100)}%")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.printed is not None:
            self._zoom_changed()

    # ---- print and save ----------------------------------------------------------------------------------
    def print_(self) -> QPrintDialog | None:
        """The system's print dialog; on OK the pages go to the printer and the print is audited."""
        if self.printed is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, self.page_count)
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # (QPrintDialog.open() takes a receiver in PySide6)
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        """Each page (or the chosen range) rendered by Pdfium at the printer's resolution, fitted to its
        page; then the audit of the print."""
        if self.printed is None:
            return
        first, last = printer.fromPage() or 1, printer.toPage() or self.page_count
        pages = range(max(1, first) - 1, min(self.page_count, last))
        painter = QPainter()
        if not painter.begin(printer):
            self.show_error(QCoreApplication.translate("PrintPreview", "The printer could not be started."))
            return
        try:
            for n, page in enumerate(pages):
                if n:
                    printer.newPage()
                area = painter.viewport()
                points = self.document.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                image = self.document.render(page, size)
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        self._record("print")

    def save_as(self) -> QFileDialog | None:
        """A file dialog (the user's documents folder, the form's name); on OK the PDF is written there and
        the save audited."""
        if self.printed is None:
            return None
        dialog = QFileDialog(self, QCoreApplication.translate("PrintPreview", "Save the form as PDF"))
        dialog.setObjectName("saveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(QCoreApplication.translate("PrintPreview", "PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same dialog everywhere (tests)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if documents:
            dialog.setDirectory(documents)
        dialog.selectFile(f"{self.printed.form}.pdf")
        dialog.fileSelected.connect(self.save_to)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: str | Path) -> bool:
        if self.printed is None:
            return False
        target = Path(path)
        try:
            target.write_bytes(self.printed.pdf)
        except OSError as exc:
            self.show_error(QCoreApplication.translate("PrintPreview", "The file could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return False
        self.saved_path = target
        self._record("save")
        return True

    def _record(self, kind: str) -> None:
        assert self.printed is not None
        families, printed = self.services.families, self.printed

        def record() -> None:
            for file_id in printed.file_ids:
                families.record_output(printed.form, file_id, kind)

        self.ops.query(self, record, lambda _r: self.output_recorded.emit(kind),
                       failure=lambda exc: self.show_error(message_for(exc)))


def open_family_summary(services: Services, ops: Ops, file_id: int, note_ids: Sequence[int] | None, lang: str,
                        title: str, parent: QWidget | None = None) -> PreviewWindow:
    """The preview of one family file's summary (built off the GUI thread)."""
    window = PreviewWindow(services, ops, lambda: jobs.family_summary(services, file_id, note_ids, lang), parent,
                           title=title)
    window.show()
    return window


def open_family_summaries(services: Services, ops: Ops, file_ids: Sequence[int], lang: str,
                          parent: QWidget | None = None) -> PreviewWindow:
    """Several files' summaries as one PDF, with a progress dialog and Cancel when it takes over a second."""
    progress = BatchProgress()
    ids = tuple(file_ids)
    window = PreviewWindow(services, ops, lambda: jobs.family_summaries(services, ids, lang, progress.report),
                           parent, title=QCoreApplication.translate("PrintPreview", "Family file summaries (%1)").replace("%1", str(len(ids))),
                           progress=progress)
    progress.setParent(window)
    window.show()
    return window
