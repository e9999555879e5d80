"""Dialogs of the family-file view. Each calls one service; a failed save keeps the dialog open with what
the user typed and says why; a conflict offers to reload the file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import close_reason_label, message_for, note_kind_label, role_label
from desktop.widgets.a11y import name_widgets
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from models.entities.families import CLOSE_REASONS
from models.entities.notes import NOTE_KINDS
from models.errors import ConflictError, DomainError


class ServiceDialog(QDialog):
    """A form whose OK runs ``save()``; errors appear inline and the dialog stays open.

    ``saved(result)`` fires after a successful save; ``reload_requested`` when the user asks to reload
    after a conflict (the owner reloads and calls ``set_version``)."""

    saved = Signal(object)
    reload_requested = Signal()

    save: Callable[[], Any]  # each dialog's own call of a service; raises DomainError when refused

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        self.reload_button = QPushButton(self.tr("Reload the file"), self)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self._reload)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.buttons)
        self.version: int | None = None
        self.last_error: DomainError | None = None

    def showEvent(self, event) -> None:  # the rows are in by now: bind the labels and name the fields
        name_widgets(self)
        super().showEvent(event)

    def submit(self) -> bool:
        """Run the save; True when it worked (the dialog closes)."""
        try:
            result = self.save()
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.last_error = None
        self.saved.emit(result)
        self.accept()
        return True

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
    """A new note (רישום חדש): kind, date, text, sign now."""

    def __init__(self, notes, file_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New note"), parent)
        self._notes, self._file_id = notes, file_id
        self.kind = QComboBox(self)
        for k in NOTE_KINDS:
            self.kind.addItem(note_kind_label(k), k)
        self.note_date = make_date_edit(date.today(), self, maximum=date.today())
        self.text = QPlainTextEdit(self)
        self.text.setMinimumHeight(160)
        self.sign = QCheckBox(self.tr("Sign now (a signed note can no longer be changed)"), self)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Date:"), self.note_date)
        self.form.addRow(self.tr("Text:"), self.text)
        self.form.addRow("", self.sign)

    def save(self):
        return self._notes.add(self._file_id, self.kind.currentData(), to_date(self.note_date),
                               self.text.toPlainText(), sign=self.sign.isChecked())


class CorrectionDialog(ServiceDialog):
    """A correction of a signed note: a new signed note pointing back; the original stays."""

    def __init__(self, notes, note, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correction"), parent)
        self._notes, self._note = notes, note
        original = QLabel(note.text, self)
        original.setWordWrap(True)
        original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(note.text)
        self.text.setMinimumHeight(160)
        self.form.addRow(self.tr("Note of %1:").replace("%1", fmt_date(note.note_date)), original)
        self.form.addRow(self.tr("Corrected text:"), self.text)

    def save(self):
        return self._notes.correct(self._note.id, self.text.toPlainText())


class TaskDialog(ServiceDialog):
    def __init__(self, tasks, file_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New task"), parent)
        self._tasks, self._file_id = tasks, file_id
        self.title = QLineEdit(self)
        self.has_due = QCheckBox(self.tr("Due date:"), self)
        self.has_due.setChecked(True)
        self.due = make_date_edit(date.today(), self)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.form.addRow(self.tr("Task:"), self.title)
        self.form.addRow(self.has_due, self.due)

    def save(self):
        due = to_date(self.due) if self.has_due.isChecked() else None
        return self._tasks.add(self._file_id, self.title.text(), due)


class ReassignDialog(ServiceDialog):
    def __init__(self, families, file_dto, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reassign to a worker"), parent)
        self._families, self._file_id = families, file_dto.id
        self.version = file_dto.version
        self.worker = QComboBox(self)
        current = file_dto.worker.id if file_dto.worker else None
        for load in families.assignable_workers():
            w = load.user
            label = f"{w.full_name} ({role_label(w.role)}{', ' + w.team_name if w.team_name else ''})"
            self.worker.addItem(label, w.id)
            if w.id == current:
                self.worker.setCurrentIndex(self.worker.count() - 1)
        self.reason = QLineEdit(self)
        self.form.addRow(self.tr("Worker:"), self.worker)
        self.form.addRow(self.tr("Reason:"), self.reason)

    def save(self):
        return self._families.reassign(self._file_id, self.version, self.worker.currentData(), self.reason.text())


class CloseFileDialog(ServiceDialog):
    def __init__(self, families, file_dto, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close the file"), parent)
        self._families, self._file_id = families, file_dto.id
        self.version = file_dto.version
        self.reason = QComboBox(self)
        for r in CLOSE_REASONS:
            self.reason.addItem(close_reason_label(r), r)
        self.closed_on = make_date_edit(date.today(), self, maximum=date.today())
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.form.addRow(self.tr("Closing date:"), self.closed_on)

    def save(self):
        return self._families.close(self._file_id, self.version, self.reason.currentData(),
                                    to_date(self.closed_on))


def run_action(parent: QWidget, action: Callable[[], Any], on_error: Callable[[DomainError], None]) -> Any:
    """Run a one-click service action (sign, reopen, mark done); a DomainError goes to ``on_error``."""
    try:
        return action()
    except DomainError as exc:
        on_error(exc)
        return None
