"""Print summary (הדפסת סיכום תיק): which signed notes of the file go on the summary (by default the last ones,
as many as the department settings say) and in which language (by default the family's). OK opens the
preview; nothing is written here (the print itself is audited by the service when the form is built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import note_kind_label
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.dates import fmt_date
from models.families.service import family_language
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.department.dto import DepartmentSettings
    from models.families.dto import FileDetail
    from models.services import Services

DEFAULT_NOTES = 3
LANGUAGE_NAMES = {"he": "עברית", "ar": "العربية"}  # each in its own language, as on a language menu



class PrintSummaryDialog(QDialog):
    """``chosen(note_ids, lang)`` on OK."""

    chosen = Signal(object, str)

    def __init__(self, services: Services, ops: Ops, detail: FileDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printSummaryDialog")
        self.setWindowTitle(QCoreApplication.translate("PrintSummaryDialog", "Print summary — %1").replace("%1", detail.file.family_name))
        self.setMinimumWidth(560)
        self.signed = [n for n in detail.notes if n.signed]  # newest first, as the file shows them
        self.notes = QListWidget(self)
        self.notes.setObjectName("summaryNotes")
        self.notes.setAccessibleName(QCoreApplication.translate("PrintSummaryDialog", "Signed notes to include"))
        for n in self.signed:
            first_line = n.text.strip().splitlines()[0] if n.text.strip() else ""
            label = f"{fmt_date(n.note_date)} · {note_kind_label(n.kind)} · {n.author_name} · {first_line[:60]}"
            item = QListWidgetItem(label, self.notes)
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._user_chose = False  # once the user ticks a note, the department's default no longer applies
        self._setting = False
        self.check_last(DEFAULT_NOTES)
        self.notes.itemChanged.connect(self._item_changed)
        if allowed(services.user.role, Action.WRITE_NOTE):
            none_text = QCoreApplication.translate("PrintSummaryDialog", "The file has no signed notes: the summary prints without notes.")
        else:  # the club worker: the case notes are not hers to read (models.notes.service.reads_notes)
            none_text = QCoreApplication.translate("PrintSummaryDialog", "Case notes are not shown to your role: the summary prints without notes.")
        self.none_label = QLabel(none_text, self)
        self.none_label.setWordWrap(True)
        self.none_label.setVisible(not self.signed)
        self.notes.setVisible(bool(self.signed))
        self.all_button = QPushButton(QCoreApplication.translate("PrintSummaryDialog", "All"), self)
        self.all_button.clicked.connect(lambda: self._choose(len(self.signed)))
        self.clear_button = QPushButton(QCoreApplication.translate("PrintSummaryDialog", "None"), self)
        self.clear_button.clicked.connect(lambda: self._choose(0))
        self.language = QComboBox(self)
        self.language.setObjectName("summaryLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(family_language(detail.file)))

        form = QFormLayout()
        caption = QLabel(QCoreApplication.translate("PrintSummaryDialog", "&Notes:"), self)
        caption.setBuddy(self.notes)
        form.addRow(caption, self.notes)
        form.addRow("", self.none_label)
        buttons_row = QDialogButtonBox(self)
        buttons_row.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons_row.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ActionRole)
        form.addRow("", buttons_row)
        language_caption = QLabel(QCoreApplication.translate("PrintSummaryDialog", "&Language of the form:"), self)
        language_caption.setBuddy(self.language)
        form.addRow(language_caption, self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("PrintSummaryDialog", "Preview"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        name_widgets(self)
        # the department's default number of notes (read off the GUI thread; 3 until it arrives)
        ops.query(self, services.department.settings, self._settings_arrived, failure=lambda _exc: None)

    def _settings_arrived(self, settings: DepartmentSettings) -> None:
        if not self._user_chose:
            self.check_last(settings.summary_notes)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._setting:
            self._user_chose = True

    def check_last(self, n: int) -> None:
        """Tick the ``n`` newest signed notes, untick the others."""
        self._setting = True
        try:
            for i in range(self.notes.count()):
                self.notes.item(i).setCheckState(Qt.CheckState.Checked if i < n else Qt.CheckState.Unchecked)
        finally:
            self._setting = False

    def _choose(self, n: int) -> None:
        self._user_chose = True
        self.check_last(n)

    def note_ids(self) -> list[int]:
        return [self.notes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.notes.count())
                if self.notes.item(i).checkState() == Qt.CheckState.Checked]

    def lang(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        self.chosen.emit(self.note_ids(), self.lang())
        super().accept()
