"""Department settings (הגדרות המחלקה), for the administrator: the letterhead every printed form carries
(municipality, department, address, phone, e-mail, logo) and how many signed notes a family summary offers,
with a live preview of the letterhead rendered by the forms engine on a sample page.

Everything goes through ``ops`` (off the GUI thread). A refused save (a bad logo, an empty field, a stale
version) says why and keeps what was typed; a bad logo is said as soon as it is chosen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import message_for
from desktop.ops import Op, Ops
from desktop.printing.summary_dialog import LANGUAGE_NAMES
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from models.department.dto import LOGO_MAX_BYTES, DepartmentSettings, Letterhead, SettingsChanges
from models.errors import DomainError, ValidationError

if TYPE_CHECKING:
    from models.services import Services

LOGO_READ_LIMIT = LOGO_MAX_BYTES + 1  # one byte over the limit is enough to say "too large"
PREVIEW_DELAY_MS = 300  # the preview follows the typing, once it pauses
PREVIEW_WIDTH = 620
FIELDS = ("municipality", "department", "address", "phone", "email")
ARABIC_FIELDS = ("municipality_ar", "department_ar", "address_ar")  # printed on forms in Arabic
URGENCY_DAYS = ("immediate", "day", "week", "routine")  # the response days per urgency (intake)
RESPONSE_DAYS_MAX = 90



def _render_sample(letterhead: Letterhead, lang: str) -> bytes:
    """The sample page (on the pool): the logo checked first, so a bad one is said in words, not a crash."""
    from desktop.printing.jobs import letterhead_sample
    from models.department.service import logo_mime

    if letterhead.logo is not None:
        logo_mime(letterhead.logo)
    return letterhead_sample(letterhead, lang)


class DepartmentSettingsView(QWidget):
    """``saved(settings)`` after a successful save; ``preview_shown`` each time the preview is redrawn."""

    saved = Signal(object)
    preview_shown = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("departmentSettings")
        self.services, self.ops = services, ops
        self.settings: DepartmentSettings | None = None
        self.loading = True
        self.logo: bytes | None = None  # the logo as it will be saved (None: none)
        self.logo_changed = False
        self.file_dialog: QFileDialog | None = None
        self.save_op: Op | None = None
        self.preview_pdf: bytes | None = None

        title = QLabel(QCoreApplication.translate("DepartmentSettingsView", "Department settings"), self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        title.setFont(f)
        explain = QLabel(QCoreApplication.translate("DepartmentSettingsView", "The letterhead printed on every form of the department. The logo: a PNG or JPEG image of at most 1 MB."), self)
        explain.setWordWrap(True)

        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"municipality": QCoreApplication.translate("DepartmentSettingsView", "&Municipality:"), "department": QCoreApplication.translate("DepartmentSettingsView", "&Department:"), "address": QCoreApplication.translate("DepartmentSettingsView", "&Address:"),
                  "phone": QCoreApplication.translate("DepartmentSettingsView", "&Phone:"), "email": QCoreApplication.translate("DepartmentSettingsView", "&E-mail:")}
        for key in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"{key}Edit")
            if key in ("phone", "email"):
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.textEdited.connect(self._schedule_preview)
            self.edits[key] = edit
            caption = QLabel(labels[key], self)
            caption.setBuddy(edit)
            form.addRow(caption, edit)
        # the letterhead of forms printed in Arabic: each field left empty prints the Hebrew one
        arabic = QGroupBox(QCoreApplication.translate("DepartmentSettingsView", "In Arabic"), self)
        arabic.setObjectName("arabicLetterhead")
        arabic_form = QFormLayout(arabic)
        arabic_labels = {
            "municipality_ar": QCoreApplication.translate("DepartmentSettingsView", "M&unicipality (Arabic):"),
            "department_ar": QCoreApplication.translate("DepartmentSettingsView", "Depar&tment (Arabic):"),
            "address_ar": QCoreApplication.translate("DepartmentSettingsView", "Add&ress (Arabic):"),
        }
        for key in ARABIC_FIELDS:
            edit = QLineEdit(arabic)
            edit.setObjectName(f"{key}Edit")
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            edit.setPlaceholderText(QCoreApplication.translate("DepartmentSettingsView", "Empty: the Hebrew text"))
            edit.textEdited.connect(self._schedule_preview)
            self.edits[key] = edit
            caption = QLabel(arabic_labels[key], arabic)
            caption.setBuddy(edit)
            arabic_form.addRow(caption, edit)
        form.addRow(arabic)
        self.logo_label = QLabel(self)
        self.logo_label.setObjectName("logoThumbnail")
        self.logo_label.setMinimumSize(64, 64)
        self.choose_logo_button = QPushButton(QCoreApplication.translate("DepartmentSettingsView", "Choose &logo…"), self)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.clear_logo_button = QPushButton(QCoreApplication.translate("DepartmentSettingsView", "&No logo"), self)
        self.clear_logo_button.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.clear_logo_button)
        logo_row.addStretch(1)
        logo_caption = QLabel(QCoreApplication.translate("DepartmentSettingsView", "Logo:"), self)
        logo_caption.setBuddy(self.choose_logo_button)
        self.choose_logo_button.setToolTip(QCoreApplication.translate("DepartmentSettingsView", "A PNG or JPEG image of at most 1 MB"))
        form.addRow(logo_caption, logo_row)
        self.summary_notes = QSpinBox(self)
        self.summary_notes.setRange(0, 50)
        notes_caption = QLabel(QCoreApplication.translate("DepartmentSettingsView", "Notes on a &summary:"), self)
        notes_caption.setBuddy(self.summary_notes)
        self.summary_notes.setToolTip(QCoreApplication.translate(
            "DepartmentSettingsView", "How many of the latest signed notes a family summary offers by default"))
        form.addRow(notes_caption, self.summary_notes)
        # intake: the days within which a referral of each urgency gets an outcome
        intake = QGroupBox(QCoreApplication.translate("DepartmentSettingsView", "Intake"), self)
        intake.setObjectName("intakeSettings")
        intake_form = QFormLayout(intake)
        intake_explain = QLabel(QCoreApplication.translate(
            "DepartmentSettingsView", "The days within which a referral of each urgency gets an outcome. A "
            "referral older than that is shown as overdue in the intake queue, and the first-contact task of "
            "a hand-over is due after as many days."), intake)
        intake_explain.setWordWrap(True)
        intake_form.addRow(intake_explain)
        day_labels = {
            "immediate": QCoreApplication.translate("DepartmentSettingsView", "&Immediate:"),
            "day": QCoreApplication.translate("DepartmentSettingsView", "Within &24 hours:"),
            "week": QCoreApplication.translate("DepartmentSettingsView", "Within a &week:"),
            "routine": QCoreApplication.translate("DepartmentSettingsView", "R&outine:"),
        }
        self.response_days: dict[str, QSpinBox] = {}
        for urgency in URGENCY_DAYS:
            spin = QSpinBox(intake)
            spin.setObjectName(f"responseDays_{urgency}")
            spin.setRange(0, RESPONSE_DAYS_MAX)
            spin.setSuffix(QCoreApplication.translate("DepartmentSettingsView", " days"))
            spin.setSpecialValueText(QCoreApplication.translate("DepartmentSettingsView", "the same day"))  # 0
            spin.setToolTip(QCoreApplication.translate(
                "DepartmentSettingsView", "Days (0 to 90) within which a referral of this urgency gets an outcome"))
            self.response_days[urgency] = spin
            caption = QLabel(day_labels[urgency], intake)
            caption.setBuddy(spin)
            intake_form.addRow(caption, spin)
        form.addRow(intake)

        self.save_action = ViewAction(self, QCoreApplication.translate("DepartmentSettingsView", "Save"), QKeySequence.StandardKey.Save, self.save, name="saveSettings")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("settingsStatus")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("DepartmentSettingsView", "Working…"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_action.button)
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.busy_bar)

        self.preview_language = QComboBox(self)
        self.preview_language.setObjectName("previewLanguage")
        self.preview_language.setAccessibleName(QCoreApplication.translate("DepartmentSettingsView", "Language of the preview"))
        for code, name in LANGUAGE_NAMES.items():
            self.preview_language.addItem(name, code)
        self.preview_language.currentIndexChanged.connect(lambda _i: self._schedule_preview())
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("letterheadPreview")
        self.preview_label.setAccessibleName(QCoreApplication.translate("DepartmentSettingsView", "Preview of the letterhead"))
        # the pixmap imposes no size on the window (it may be smaller than the sample): shown from its top
        self.preview_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview_label.setMinimumSize(160, 160)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview_label.setStyleSheet("background: white; border: 1px solid #bbb;")
        preview_caption = QLabel(QCoreApplication.translate("DepartmentSettingsView", "Preview in:"), self)
        preview_caption.setBuddy(self.preview_language)
        preview_row = QHBoxLayout()
        preview_row.addWidget(preview_caption)
        preview_row.addWidget(self.preview_language)
        preview_row.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(explain)
        left.addLayout(form)
        left.addWidget(self.error_label)
        left.addLayout(save_row)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(preview_row)
        right.addWidget(self.preview_label, 1)
        # the fields scroll when the window is smaller than the form (a laptop's screen)
        fields = QWidget(self)
        fields.setLayout(left)
        scroll = QScrollArea(self)
        scroll.setObjectName("settingsFields")
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(right, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self.update_preview)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.timeout.connect(self._draw_preview)
        self.preview_label.installEventFilter(self)
        self._set_enabled(False)
        name_widgets(self)
        self.reload()

    # ---- loading -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        self.busy_bar.show()
        self.ops.query(self, self.services.department.settings, self._loaded, failure=self._failed,
                       key=("department-settings", id(self)))

    def _loaded(self, settings: DepartmentSettings) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.settings = settings
        lh = settings.letterhead
        for key in (*FIELDS, *ARABIC_FIELDS):
            self.edits[key].setText(getattr(lh, key))
        self.summary_notes.setValue(settings.summary_notes)
        for urgency, days in settings.response_days().items():
            if urgency in self.response_days:
                self.response_days[urgency].setValue(days)
        self.logo, self.logo_changed = lh.logo, False
        self._show_logo()
        self._set_enabled(True)
        self.error_label.hide()
        self.update_preview()

    def _set_enabled(self, enabled: bool) -> None:
        for w in (*self.edits.values(), self.summary_notes, *self.response_days.values(), self.choose_logo_button,
                  self.clear_logo_button):
            w.setEnabled(enabled)
        self.save_action.setEnabled(enabled)

    # ---- the logo ----------------------------------------------------------------------------------------
    def choose_logo(self) -> QFileDialog:
        dialog = QFileDialog(self, QCoreApplication.translate("DepartmentSettingsView", "Choose the logo"))
        dialog.setObjectName("logoDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(QCoreApplication.translate("DepartmentSettingsView", "Images (*.png *.jpg *.jpeg)"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.load_logo)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load_logo(self, path: str | Path) -> None:
        """Take the image file at ``path`` as the logo (saved with the settings); a file that cannot be read
        or is no PNG/JPEG image is said at once (by the preview, which checks it)."""
        try:
            with open(path, "rb") as fh:
                data = fh.read(LOGO_READ_LIMIT)
        except OSError:
            self.show_error(message_for(ValidationError("logo_file_unreadable", field="logo", path=str(path))))
            return
        self.logo, self.logo_changed = data, True
        self._show_logo()
        self.update_preview()

    def clear_logo(self) -> None:
        self.logo, self.logo_changed = None, True
        self._show_logo()
        self.update_preview()

    def _show_logo(self) -> None:
        image = QImage.fromData(self.logo) if self.logo else QImage()
        if image.isNull():
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(QCoreApplication.translate("DepartmentSettingsView", "No logo") if not self.logo else "?")
        else:
            self.logo_label.setPixmap(QPixmap.fromImage(image).scaled(
                QSize(64, 64), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.clear_logo_button.setEnabled(self.logo is not None and not self.loading)

    # ---- the preview -------------------------------------------------------------------------------------
    def letterhead(self) -> Letterhead:
        t = {k: self.edits[k].text().strip() for k in (*FIELDS, *ARABIC_FIELDS)}
        return Letterhead(t["municipality"], t["department"], t["address"], t["phone"], t["email"], logo=self.logo,
                          municipality_ar=t["municipality_ar"], department_ar=t["department_ar"],
                          address_ar=t["address_ar"])

    def _schedule_preview(self, *_args: object) -> None:
        self._preview_timer.start(PREVIEW_DELAY_MS)

    def update_preview(self) -> None:
        self._preview_timer.stop()
        letterhead, lang = self.letterhead(), str(self.preview_language.currentData())
        self.ops.query(self, lambda: _render_sample(letterhead, lang), self._show_preview,
                       failure=self._preview_failed, key=("letterhead-preview", id(self)))

    def _show_preview(self, pdf: bytes) -> None:
        self.preview_pdf = pdf
        self._draw_preview()
        if not self.save_pending:
            self.error_label.hide()
        self.preview_shown.emit()

    def _draw_preview(self) -> None:
        """The top of the sample page, as wide as the preview area (drawn again when the window is resized)."""
        if self.preview_pdf is None:
            return
        from PySide6.QtPdf import QPdfDocument  # QtPdf (Addons) only once the screen is opened

        buffer = QBuffer()
        buffer.setData(QByteArray(self.preview_pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument()
        doc.load(buffer)
        if doc.status() == QPdfDocument.Status.Ready and doc.pageCount():
            points = doc.pagePointSize(0)
            width = max(160, min(PREVIEW_WIDTH, self.preview_label.width() - 2))  # the whole width shows
            height = int(points.height() * width / points.width())
            image = doc.render(0, QSize(width, height))
            self.preview_label.setPixmap(QPixmap.fromImage(image.copy(0, 0, width, height * 2 // 5)))
        doc.close()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.preview_label and event.type() == QEvent.Type.Resize:
            self._redraw_timer.start(0)  # the page drawn again at the new width, once the resizing is over
        return super().eventFilter(watched, event)

    def _preview_failed(self, exc: DomainError) -> None:
        self.show_error(message_for(exc))

    # ---- saving ------------------------------------------------------------------------------------------
    @property
    def save_pending(self) -> bool:
        return self.save_op is not None and not self.save_op.finished

    def changes(self) -> SettingsChanges:
        lh = self.letterhead()
        new_logo = self.logo if self.logo_changed else None
        return SettingsChanges(lh.municipality, lh.department, lh.address, lh.phone, lh.email, logo=new_logo,
                               clear_logo=self.logo_changed and self.logo is None,
                               summary_notes=self.summary_notes.value(), municipality_ar=lh.municipality_ar,
                               department_ar=lh.department_ar, address_ar=lh.address_ar,
                               response_days_immediate=self.response_days["immediate"].value(),
                               response_days_day=self.response_days["day"].value(),
                               response_days_week=self.response_days["week"].value(),
                               response_days_routine=self.response_days["routine"].value())

    def save(self) -> None:
        if self.settings is None or self.save_pending:
            return
        department, version, changes = self.services.department, self.settings.version, self.changes()
        self.busy_bar.show()
        self.save_action.setEnabled(False)
        self.status_label.setText("")
        self.save_op = self.ops.write(self, lambda: department.update(version, changes), self._saved,
                                      failure=self._save_failed)

    def _saved(self, settings: DepartmentSettings) -> None:
        self.busy_bar.hide()
        self.save_action.setEnabled(True)
        self.error_label.hide()
        self.settings = replace(settings)
        self.logo, self.logo_changed = settings.letterhead.logo, False
        self.status_label.setText(QCoreApplication.translate("DepartmentSettingsView", "Saved."))
        self.saved.emit(settings)

    def _save_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.save_action.setEnabled(True)
        self.show_error(message_for(exc))  # the fields keep what was typed

    def show_error(self, text: str) -> None:
        self.status_label.setText("")
        self.error_label.setText(text)
        self.error_label.show()

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.show_error(message_for(exc))
