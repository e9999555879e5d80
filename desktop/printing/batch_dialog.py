"""Print summaries (several family files at once, from the family list): how many files are selected and
the language of the forms (Hebrew by default, Arabic, or each family's own). OK opens the preview of one PDF
of all of them (``desktop.printing.preview.open_family_summaries``: progress and Cancel after a second).
Nothing is written here: each file's summary is audited as a print by the service when the batch is built.

A batch is capped at ``MAX_BATCH`` files: a larger selection says so and cannot be previewed (some 2-3
pages a file; hundreds of files are a job for ``maane print``, not for a window that holds the PDF).

No QtPdf here: the family list imports this module before a preview ever opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.printing.jobs import EACH_FAMILY, MAX_BATCH
from desktop.printing.summary_dialog import LANGUAGE_NAMES
from desktop.widgets.a11y import name_widgets
from desktop.widgets.tables import fmt_count, with_count


class BatchPrintDialog(QDialog):
    """``chosen(lang)`` on OK: "he", "ar" or ``EACH_FAMILY``."""

    chosen = Signal(str)

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchPrintDialog")
        self.setWindowTitle(QCoreApplication.translate("BatchPrintDialog", "Print summaries"))
        self.setMinimumWidth(460)
        self.count = count
        self.count_label = QLabel(with_count(self.tr("%n family file(s) selected", "", count), count), self)
        self.count_label.setObjectName("batchCount")
        self.language = QComboBox(self)
        self.language.setObjectName("batchLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.addItem(QCoreApplication.translate("BatchPrintDialog", "Each family's language"), EACH_FAMILY)
        self.language.setCurrentIndex(self.language.findData("he"))
        self.too_many_label = QLabel(
            QCoreApplication.translate("BatchPrintDialog", "At most %1 files can be printed at once. Please select fewer files.")
            .replace("%1", fmt_count(MAX_BATCH)), self)
        self.too_many_label.setObjectName("batchTooMany")
        self.too_many_label.setWordWrap(True)
        self.too_many_label.setStyleSheet("color: #a61b1b;")
        self.too_many_label.setVisible(count > MAX_BATCH)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("BatchPrintDialog", "Files:"), self.count_label)
        language_caption = QLabel(QCoreApplication.translate("BatchPrintDialog", "&Language of the forms:"), self)
        language_caption.setBuddy(self.language)
        form.addRow(language_caption, self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("BatchPrintDialog", "Preview"))
        self.ok_button.setEnabled(0 < count <= MAX_BATCH)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.too_many_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        name_widgets(self)
        self.language.setFocus()

    def lang(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        if not 0 < self.count <= MAX_BATCH:  # (OK is disabled: Enter must not get round it)
            return
        self.chosen.emit(self.lang())
        super().accept()
