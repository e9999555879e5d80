"""One family file: the header (who, where, status, the file's actions) above a set of tabs.

The tabs are modules of their own (``desktop/families/tabs``), registered in ``FILE_TABS``: a module adds
its tab there. Everything loads off the GUI thread through the operation layer, and the view reloads itself
whenever a change announced on the bus touches its file (whoever made it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.families.dialogs import CloseFileDialog, ReassignDialog, ServiceDialog
from desktop.families.edit_dialogs import FileDetailsDialog
from desktop.families.tabs import FILE_TABS, FileTab
from desktop.messages import close_reason_label, message_for, status_label
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date_with_hebrew
from models.changes import Changes
from models.errors import ConflictError, DomainError
from models.families.dto import FileDetail

if TYPE_CHECKING:
    from desktop.printing.preview import PreviewWindow
    from desktop.printing.summary_dialog import PrintSummaryDialog
    from models.services import Services

D = TypeVar("D", bound=ServiceDialog)


class FileView(QWidget):
    """``back_requested`` returns to the list; ``loaded`` fires each time the file has been (re)loaded.
    ``tab``: the key of the tab to show first (e.g. "tasks" when opened from a task)."""

    back_requested = Signal()
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, file_id: int, parent: QWidget | None = None, *,
                 tab: str | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.file_id = file_id
        self.detail: FileDetail | None = None
        self.loading = False
        self.dialog: ServiceDialog | None = None
        self.message_box: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None
        self.file_tabs: dict[str, FileTab] = {}
        self._wanted_tab = tab
        self._after_load: list[Callable[[], None]] = []

        # ---- the file's actions ----------------------------------------------------------------------
        self.back = ViewAction(self, self.tr("Back to the list"), QKeySequence(Qt.Key.Key_Escape),
                               self.back_requested.emit, name="backButton")
        self.reload_action = ViewAction(self, self.tr("Reload"), QKeySequence(Qt.Key.Key_F5), self.reload)
        self.edit_details_action = ViewAction(self, self.tr("Edit file details…"), "Ctrl+Shift+D",
                                              self.open_edit_details, name="editDetailsButton")
        self.reassign_action = ViewAction(self, self.tr("Reassign to a worker"), "Ctrl+Shift+R", self.open_reassign)
        self.close_action = ViewAction(self, self.tr("Close the file"), "Ctrl+Shift+W", self.open_close)
        self.reopen_action = ViewAction(self, self.tr("Reopen"), "Ctrl+Shift+O", self.reopen)
        self.print_action = ViewAction(self, QCoreApplication.translate("FileView", "Print summary"), "Ctrl+P",
                                       self.open_print_summary, name="printSummaryButton")
        self.print_dialog: PrintSummaryDialog | None = None
        self.preview: PreviewWindow | None = None
        self.back_button, self.reload_button = self.back.button, self.reload_action.button
        self.reassign_button, self.close_button = self.reassign_action.button, self.close_action.button
        self.reopen_button = self.reopen_action.button
        for a in (self.edit_details_action, self.reassign_action, self.close_action, self.reopen_action,
                  self.print_action):
            a.setVisible(False)  # until the file has loaded and says what this user may do
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        bar.addWidget(self.print_action.button)
        bar.addWidget(self.edit_details_action.button)
        bar.addWidget(self.reassign_button)
        bar.addWidget(self.close_button)
        bar.addWidget(self.reopen_button)

        # ---- header --------------------------------------------------------------------------------
        self.title_label = QLabel(self)
        self.title_label.setObjectName("fileTitle")
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.title_label.setFont(f)
        self.restricted_badge = QLabel(self.tr("Restricted file"), self)
        self.restricted_badge.setObjectName("restrictedBadge")
        self.restricted_badge.setStyleSheet(
            "background: #a61b1b; color: white; padding: 2px 8px; border-radius: 4px;")
        self.restricted_badge.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("fileBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(self.tr("Loading…"))
        self.busy_bar.hide()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.restricted_badge)
        title_row.addStretch(1)
        title_row.addWidget(self.busy_bar)
        self.fields: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        names = [("address", self.tr("Address:")), ("locality", self.tr("Locality / neighbourhood:")),
                 ("worker", self.tr("Worker:")), ("team", self.tr("Team:")), ("status", self.tr("Status:")),
                 ("opened", self.tr("Opened:")), ("closed", self.tr("Closed:"))]
        for i, (key, label) in enumerate(names):
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            caption = QLabel(label, self)
            caption.setStyleSheet("color: #555;")
            caption.setBuddy(value)
            self.field_labels[key] = caption
            grid.addWidget(caption, i // 3, (i % 3) * 2)
            grid.addWidget(value, i // 3, (i % 3) * 2 + 1)
        for col in (1, 3, 5):
            grid.setColumnMinimumWidth(col, 180)
        grid.setColumnStretch(6, 1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fileError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()

        # ---- tabs (built when the file has loaded: which ones depends on what the user may do) -------
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fileTabs")
        self.tabs.currentChanged.connect(self._tab_changed)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(title_row)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(line)
        layout.addWidget(self.tabs, 1)
        ops.bus.subscribe(self, self._changed)
        name_widgets(self)
        self.reload()

    # ---- loading -----------------------------------------------------------------------------------------
    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Load the file off the GUI thread; ``then`` runs after the answer has been shown."""
        if then is not None:
            self._after_load.append(then)
        families, file_id = self.services.families, self.file_id
        self.loading = True
        self.busy_bar.show()
        self.ops.query(self, lambda: families.get(file_id), self._loaded, failure=self._load_failed,
                       key=("file-view", id(self)))

    def _loaded(self, detail: FileDetail) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.detail = detail
        self.error_label.hide()
        self._fill_header(detail)
        if not self.file_tabs:
            self._build_tabs(detail)
        for tab in self.file_tabs.values():
            tab.show_detail(detail)
        if self._wanted_tab in self.file_tabs:
            self.tabs.setCurrentWidget(self.file_tabs[self._wanted_tab])
            self._wanted_tab = None
        callbacks, self._after_load = self._after_load, []
        for fn in callbacks:
            fn()
        self.loaded.emit()
        self._keep_focus_visible()

    def _load_failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self._after_load.clear()
        self.show_error(exc)
        self.loaded.emit()

    def _changed(self, changes: Changes, _origin: object) -> None:
        members = {m.person.id for m in self.detail.file.members} if self.detail is not None else set()
        if changes.touches_file(self.file_id) or members & set(changes.persons):
            self.reload()  # the file, or the details of one of its members

    def _build_tabs(self, detail: FileDetail) -> None:
        for spec in FILE_TABS:
            if spec.visible(detail.can, self.services.user):
                tab = spec.factory(self)
                tab.setObjectName(f"{spec.key}Tab")
                self.file_tabs[spec.key] = tab
                self.tabs.addTab(tab, spec.title())
        name_widgets(self)

    def tab(self, key: str) -> FileTab | None:
        return self.file_tabs.get(key)

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, FileTab):
            current.activated()

    def _fill_header(self, d: FileDetail) -> None:
        f, can = d.file, d.can
        self.title_label.setText(self.tr("%1 — file %2").replace("%1", f.family_name).replace("%2", f.file_number))
        self.restricted_badge.setVisible(f.restricted)
        self.fields["address"].setText(f.address)
        self.fields["locality"].setText(" / ".join(x for x in (f.locality, f.neighbourhood) if x))
        self.fields["worker"].setText(f.worker.full_name if f.worker else self.tr("not assigned"))
        self.fields["team"].setText(f.team_name)
        status = status_label(f.status)
        if f.status == "closed" and f.close_reason:
            status += f" ({close_reason_label(f.close_reason)})"
        self.fields["status"].setText(status)
        self.fields["opened"].setText(fmt_date_with_hebrew(f.opened_on))
        self.fields["closed"].setText(fmt_date_with_hebrew(f.closed_on))
        self.fields["closed"].setVisible(f.closed_on is not None)
        self.field_labels["closed"].setVisible(f.closed_on is not None)
        self.reassign_action.setVisible(can.reassign)
        self.edit_details_action.setVisible(can.edit)
        self.print_action.setVisible(True)  # whoever sees the file may print its summary (audited)
        self.close_action.setVisible(can.close and f.status == "open")
        self.reopen_action.setVisible(can.close and f.status == "closed")

    # ---- errors and focus --------------------------------------------------------------------------------
    def show_error(self, exc: DomainError) -> None:
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        if isinstance(exc, ConflictError):
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("The file was changed"), message_for(exc),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("conflictBox")
            box.finished.connect(lambda _r: self.reload())
            self.message_box = box
            box.open()

    def restore_focus(self, preferred: QWidget | None = None) -> None:
        """Put the keyboard focus on a visible widget of the view: ``preferred`` if it can take it, else the
        widget of the view that had it last, else the current tab's table (after a dialog, or when the
        focused button was hidden by the change)."""
        if not self.isVisible():
            return
        for w in (preferred, self.focusWidget()):
            if w is not None and w.isVisible() and w.isEnabled():
                w.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        current = self.tabs.currentWidget()
        target = current.focus_target() if isinstance(current, FileTab) else self.tabs
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_focus_visible(self) -> None:
        """After a reload: if the focus was inside the view and its widget is gone or hidden, bring it back to
        a visible one; focus elsewhere (the navigation, another window) is left alone."""
        focused = QApplication.focusWidget()
        lost = focused is None or (self.isAncestorOf(focused) and not (focused.isVisible() and focused.isEnabled()))
        if lost and QApplication.activeWindow() is self.window():
            self.restore_focus()

    # ---- dialogs -----------------------------------------------------------------------------------------
    def open_dialog(self, dialog: D, focus_back: QWidget | None = None) -> D:
        """Show a form; after a conflict it can ask for a reload; when it closes the focus comes back."""
        self.dialog = dialog

        def reload_for() -> None:
            self.reload(then=lambda: dialog.set_version(self.detail.file.version)
                        if dialog.version is not None and self.detail is not None else None)

        dialog.reload_requested.connect(reload_for)
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, lambda: self._after_dialog(focus_back)))
        dialog.open()
        return dialog

    def _after_dialog(self, focus_back: QWidget | None) -> None:
        if self.isVisible():
            self.window().activateWindow()  # the dialog's window is gone: the keyboard comes back here
            self.restore_focus(focus_back)

    def ask(self, title: str, text: str, yes_text: str, on_yes: Callable[[], None]) -> QMessageBox:
        from desktop.families.dialogs import ask

        self.confirm_box = ask(self, title, text, yes_text, on_yes)
        return self.confirm_box

    def write(self, fn: Callable[[], object]) -> None:
        """A one-click change of this file (sign, tick, reopen): off the GUI thread; a refusal is shown and
        the file reloaded (the view may show a state the database no longer has)."""

        def refused(exc: DomainError) -> None:
            self.show_error(exc)
            if not isinstance(exc, ConflictError):
                self.reload()

        self.ops.write(self, fn, failure=refused)

    # ---- file actions ------------------------------------------------------------------------------------
    def open_edit_details(self) -> FileDetailsDialog | None:
        """Edit file details (Ctrl+Shift+D): family name, address, locality, neighbourhood."""
        if self.detail is None or not self.detail.can.edit:
            return None
        return self.open_dialog(FileDetailsDialog(self.ops, self.services.families, self.detail.file, self),
                                self.edit_details_action.button)

    def open_reassign(self) -> ReassignDialog | None:
        if self.detail is None or not self.detail.can.reassign:
            return None
        return self.open_dialog(ReassignDialog(self.ops, self.services.families, self.detail.file, self),
                                self.reassign_button)

    def open_close(self) -> CloseFileDialog | None:
        if self.detail is None or not self.detail.can.close or self.detail.file.status != "open":
            return None
        return self.open_dialog(CloseFileDialog(self.ops, self.services.families, self.detail.file, self),
                                self.reopen_button)

    def reopen(self) -> None:
        if self.detail is None or self.detail.file.status != "closed":
            return
        families, f = self.services.families, self.detail.file
        self.write(lambda: families.reopen(f.id, f.version))


    # ---- printing ----------------------------------------------------------------------------------------
    def open_print_summary(self) -> PrintSummaryDialog | None:
        """Print summary (Ctrl+P): choose the notes and the language, then the preview."""
        if self.detail is None:
            return None
        from desktop.printing.summary_dialog import PrintSummaryDialog

        dialog = PrintSummaryDialog(self.services, self.ops, self.detail, self)
        dialog.chosen.connect(self.open_preview)
        # cancelled: the focus comes back here (accepted: the preview window has it)
        dialog.rejected.connect(lambda: QTimer.singleShot(0, lambda: self._after_dialog(self.print_action.button)))
        self.print_dialog = dialog
        dialog.open()
        return dialog

    def open_preview(self, note_ids: list[int], lang: str) -> PreviewWindow | None:
        if self.detail is None:
            return None
        from desktop.printing.preview import open_family_summary

        f = self.detail.file
        title = QCoreApplication.translate("FileView", "Summary of file %1 — %2").replace(
            "%1", f.file_number).replace("%2", f.family_name)
        # parented to the main window: the preview stays open when another file replaces this view
        self.preview = open_family_summary(self.services, self.ops, f.id, note_ids, lang, title, self.window())
        return self.preview
