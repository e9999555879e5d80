"""Dialogs of the family-file view. Each calls one service, off the GUI thread: OK is disabled and the dialog
says it is saving while the call runs; a refused save keeps the dialog open with what the user typed and
says why (a conflict offers to reload the file); a save that cannot be undone asks first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import close_reason_label, message_for, note_kind_label, role_label
from desktop.ops import Op, Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from desktop.widgets.tables import fmt_count
from desktop.widgets.text import TextBox
from models.codes import CLOSE_REASONS, NOTE_KINDS
from models.errors import ConflictError, DomainError

if TYPE_CHECKING:
    from models.families.dto import FamilyFileDTO, WorkerLoad
    from models.families.service import FamilyService
    from models.notes.dto import NoteDTO
    from models.notes.service import NoteService
    from models.tasks.service import TaskService
    from models.users.dto import UserRef


def ask(parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A window-modal question before an action that cannot be undone; ``on_yes`` runs if the user agrees.
    The default button is the safe one (Cancel)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmBox")
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def done(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(done)
    box.open()
    return box


def plain_text_edit(parent: QWidget, min_height: int = 160) -> TextBox:
    """A multi-line text box that Tab leaves (Ctrl+Tab types a tab character)."""
    return TextBox(parent, min_height=min_height)


class ServiceDialog(QDialog):
    """A form whose OK runs its service call through the operation layer.

    Subclasses implement ``service_call()``: read the form (GUI thread) and return the call to run on the
    pool. ``confirmation()`` may return a question (what cannot be undone) to ask before saving.
    ``saved(result)`` fires after a successful save (the dialog then closes); ``save_failed(error)`` after a
    refused one (the dialog stays open with the input); ``reload_requested`` when the user asks to reload
    after a conflict (the owner reloads and calls ``set_version``)."""

    saved = Signal(object)
    save_failed = Signal(object)
    reload_requested = Signal()

    def __init__(self, ops: Ops, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("dialogBusy")
        self.busy_bar.setRange(0, 0)  # indeterminate: "working"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setAccessibleName(self.tr("Saving…"))
        self.busy_bar.hide()
        self.reload_button = QPushButton(self.tr("Reload the file"), self)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self._reload)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self.version: int | None = None
        self.last_error: DomainError | None = None
        self.op: Op | None = None
        self.confirm_box: QMessageBox | None = None
        self.ready = True  # False while the form's own lists load

    def showEvent(self, event) -> None:  # the rows are in by now: bind the labels and name the fields
        name_widgets(self)
        super().showEvent(event)

    # ---- for subclasses ----------------------------------------------------------------------------------
    # Every dialog provides service_call(): the call of its service that saves what the form holds, built on
    # the GUI thread from the fields and then run on the pool.
    service_call: Callable[[], Callable[[], Any]]

    def confirmation(self) -> str | None:
        """A question to ask before saving (what cannot be undone), or None."""
        return None

    def confirm_button_text(self) -> str:
        return self.tr("Save")

    # ---- saving ------------------------------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        return self.op is not None and not self.op.finished

    def submit(self) -> None:
        """OK: ask first when the save cannot be undone, then save off the GUI thread."""
        if self.pending or not self.ready:
            return
        question = self.confirmation()
        if question:
            self.confirm_box = ask(self, self.windowTitle(), question, self.confirm_button_text(), self._save)
            return
        self._save()

    def _save(self) -> None:
        call = self.service_call()
        self._set_pending(True)
        self.op = self.ops.write(self, call, self._saved, failure=self._failed)

    def _set_pending(self, pending: bool) -> None:
        self.ok_button.setEnabled(not pending and self.ready)
        self.busy_bar.setVisible(pending)
        self.setCursor(Qt.CursorShape.BusyCursor) if pending else self.unsetCursor()

    def _saved(self, result: Any) -> None:
        self._set_pending(False)
        self.last_error = None
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: DomainError) -> None:
        self._set_pending(False)
        self.show_error(exc)
        self.save_failed.emit(exc)

    def reject(self) -> None:
        if self.pending:
            return  # the answer is on its way: the dialog closes (or says why not) when it comes
        super().reject()

    def set_ready(self, ready: bool) -> None:
        self.ready = ready
        self.ok_button.setEnabled(ready and not self.pending)

    def show_error(self, exc: DomainError) -> None:
        self.last_error = exc
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.reload_button.setVisible(isinstance(exc, ConflictError))

    def set_version(self, version: int) -> None:
        self.version = version
        self.error_label.hide()
        self.reload_button.hide()

    def _reload(self) -> None:
        self.reload_requested.emit()


class NoteDialog(ServiceDialog):
    """A new note (רישום חדש), or a draft to edit: kind, date, text, sign now. The window is large (notes
    are long) and its title names the family."""

    def __init__(self, ops: Ops, notes: NoteService, file_id: int, family_name: str,
                 parent: QWidget | None = None, *, draft: NoteDTO | None = None) -> None:
        title = self.tr("Edit draft note — %1") if draft is not None else self.tr("New note — %1")
        super().__init__(ops, title.replace("%1", family_name), parent)
        self._notes, self._file_id, self.draft = notes, file_id, draft
        self.resize(760, 560)
        self.kind = QComboBox(self)
        for k in NOTE_KINDS:
            self.kind.addItem(note_kind_label(k), k)
        self.note_date = make_date_edit(draft.note_date if draft else date.today(), self, maximum=date.today())
        self.text = plain_text_edit(self, 320)
        self.sign = QCheckBox(self.tr("Sign now (a signed note can no longer be changed)"), self)
        if draft is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
            self.text.setPlainText(draft.text)
        for label, field in ((self.tr("Kind:"), self.kind), (self.tr("Date:"), self.note_date),
                             (self.tr("Text:"), self.text)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.form.addRow("", self.sign)

    def confirmation(self) -> str | None:
        if self.sign.isChecked():
            return self.tr("Sign the note? A signed note can no longer be changed or deleted; a mistake can "
                           "only be fixed by a correction.")
        return None

    def confirm_button_text(self) -> str:
        return self.tr("Save and sign")

    def service_call(self) -> Callable[[], Any]:
        notes, kind, when, text = self._notes, self.kind.currentData(), to_date(self.note_date), self.text.toPlainText()
        sign, draft, file_id = self.sign.isChecked(), self.draft, self._file_id
        if draft is None:
            return lambda: notes.add(file_id, kind, when, text, sign=sign)

        def edit():
            edited = notes.edit_draft(draft.id, draft.version, kind, when, text)
            return notes.sign(edited.id, edited.version) if sign else edited

        return edit


class CorrectionDialog(ServiceDialog):
    """A correction of a signed note: a new signed note pointing back; the original stays."""

    def __init__(self, ops: Ops, notes: NoteService, note: NoteDTO, family_name: str = "",
                 parent: QWidget | None = None) -> None:
        title = self.tr("Correction")
        super().__init__(ops, f"{title} — {family_name}" if family_name else title, parent)
        self._notes, self._note = notes, note
        self.resize(760, 560)
        original = QPlainTextEdit(self)
        original.setPlainText(note.text)
        original.setReadOnly(True)
        original.setTabChangesFocus(True)
        original.setMaximumHeight(160)
        self.text = plain_text_edit(self, 240)
        self.text.setPlainText(note.text)
        caption = QLabel(self.tr("Note of %1:").replace("%1", fmt_date(note.note_date)), self)
        caption.setBuddy(original)
        self.form.addRow(caption, original)
        caption = QLabel(self.tr("Corrected text:"), self)
        caption.setBuddy(self.text)
        self.form.addRow(caption, self.text)

    def confirmation(self) -> str | None:
        return self.tr("Save the correction? It is signed at once: it can no longer be changed or deleted.")

    def confirm_button_text(self) -> str:
        return self.tr("Save and sign")

    def service_call(self) -> Callable[[], Any]:
        notes, note_id, text = self._notes, self._note.id, self.text.toPlainText()
        return lambda: notes.correct(note_id, text)


class TaskDialog(ServiceDialog):
    """A new task: title, description, due date, assignee (the user by default, or a colleague who may see
    the file; the list loads off the GUI thread). A due date in the past asks first."""

    def __init__(self, ops: Ops, tasks: TaskService, file_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New task"), parent)
        self._tasks, self._file_id = tasks, file_id
        self.title = QLineEdit(self)
        self.description = plain_text_edit(self, 90)
        self.has_due = QCheckBox(self.tr("Due date:"), self)
        self.has_due.setChecked(True)
        self.due = make_date_edit(date.today(), self)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.assignee = QComboBox(self)
        self.assignee.setEnabled(False)
        for label, field in ((self.tr("Task:"), self.title), (self.tr("Description:"), self.description)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.form.addRow(self.has_due, self.due)
        caption = QLabel(self.tr("Assignee:"), self)
        caption.setBuddy(self.assignee)
        self.form.addRow(caption, self.assignee)
        self.loaded = False
        self.set_ready(False)
        self.busy_bar.show()
        ops.query(self, lambda: tasks.assignable_users(file_id), self._users_loaded, failure=self._load_failed)

    def _users_loaded(self, users: Sequence[UserRef]) -> None:
        self.busy_bar.hide()
        for u in users:  # the acting user comes first: the default
            self.assignee.addItem(u.full_name, u.id)
        self.assignee.setEnabled(True)
        self.loaded = True
        self.set_ready(True)

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def due_date(self) -> date | None:
        return to_date(self.due) if self.has_due.isChecked() else None

    def confirmation(self) -> str | None:
        due = self.due_date()
        if due is not None and due < date.today():
            return self.tr("The due date %1 has already passed. Save the task with this date?").replace(
                "%1", fmt_date(due))
        return None

    def confirm_button_text(self) -> str:
        return self.tr("Save anyway")

    def service_call(self) -> Callable[[], Any]:
        tasks, file_id, title, due = self._tasks, self._file_id, self.title.text(), self.due_date()
        description, assignee = self.description.toPlainText(), self.assignee.currentData()
        return lambda: tasks.add(file_id, title, due, assignee, description=description)


class ReassignDialog(ServiceDialog):
    """Hand the file to another worker, for a reason (required, kept in the access log). The list of workers,
    each with the load the user can see, loads off the GUI thread; the chosen worker's load is shown."""

    version: int  # of the file: always known here

    def __init__(self, ops: Ops, families: FamilyService, file_dto: FamilyFileDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Reassign to a worker"), parent)
        self._families, self._file_id = families, file_dto.id
        self._family_name = file_dto.family_name
        self._current = file_dto.worker.id if file_dto.worker else None
        self._loads: dict[int, WorkerLoad] = {}
        self.version = file_dto.version
        self.worker = QComboBox(self)
        self.worker.setEnabled(False)
        self.load_label = QLabel(self)
        self.load_label.setObjectName("workerLoad")
        self.load_label.setWordWrap(True)
        self.reason = plain_text_edit(self, 70)
        caption = QLabel(self.tr("Worker:"), self)
        caption.setBuddy(self.worker)
        self.form.addRow(caption, self.worker)
        self.form.addRow("", self.load_label)
        caption = QLabel(self.tr("Reason:"), self)
        caption.setBuddy(self.reason)
        self.form.addRow(caption, self.reason)
        self.worker.currentIndexChanged.connect(self._show_load)
        self.set_ready(False)
        self.loaded = False
        self.busy_bar.show()
        ops.query(self, families.assignable_workers, self._workers_loaded, failure=self._load_failed)

    def _workers_loaded(self, loads: Sequence[WorkerLoad]) -> None:
        self.busy_bar.hide()
        for load in loads:
            w = load.user
            self._loads[w.id] = load
            label = f"{w.full_name} ({role_label(w.role)}{', ' + w.team_name if w.team_name else ''})"
            self.worker.addItem(label, w.id)
            if w.id == self._current:
                self.worker.setCurrentIndex(self.worker.count() - 1)
        self.worker.setEnabled(True)
        self.loaded = True
        self.set_ready(True)
        self._show_load()
        self.worker.setFocus()

    def _show_load(self, *_args: object) -> None:
        load = self._loads.get(self.worker.currentData())
        if load is None:
            self.load_label.clear()
            return
        self.load_label.setText(self.tr("Open files: %1 · open tasks: %2").replace(
            "%1", fmt_count(load.open_files)).replace("%2", fmt_count(load.open_tasks)))

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def confirmation(self) -> str | None:
        return self.tr("Reassign %1 to %2? The file leaves the current worker's caseload, and the current "
                       "worker may no longer be able to open it.").replace("%1", self._family_name).replace(
            "%2", self.worker.currentText())

    def confirm_button_text(self) -> str:
        return self.tr("Reassign")

    def service_call(self) -> Callable[[], Any]:
        families, file_id, version, worker = self._families, self._file_id, self.version, self.worker.currentData()
        reason = self.reason.toPlainText()
        return lambda: families.reassign(file_id, version, worker, reason)


class CloseFileDialog(ServiceDialog):
    version: int  # of the file: always known here

    def __init__(self, ops: Ops, families: FamilyService, file_dto: FamilyFileDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Close the file"), parent)
        self._families, self._file_id = families, file_dto.id
        self._family_name = file_dto.family_name
        self.version = file_dto.version
        self.reason = QComboBox(self)
        for r in CLOSE_REASONS:
            self.reason.addItem(close_reason_label(r), r)
        self.closed_on = make_date_edit(date.today(), self, maximum=date.today())
        for label, field in ((self.tr("Reason:"), self.reason), (self.tr("Closing date:"), self.closed_on)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)

    def confirmation(self) -> str | None:
        return self.tr("Close the file of %1? The closing is recorded with its reason and date and cannot be "
                       "undone; only a team head or the manager can reopen the file.").replace("%1", self._family_name)

    def confirm_button_text(self) -> str:
        return self.tr("Close the file")

    def service_call(self) -> Callable[[], Any]:
        families, file_id, version = self._families, self._file_id, self.version
        reason, closed_on = self.reason.currentData(), to_date(self.closed_on)
        return lambda: families.close(file_id, version, reason, closed_on)
