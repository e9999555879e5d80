"""A day-care case (מעון יום לפעוט בסיכון): the family file (found by number, name, ID or phone when the case
is not opened from the file), the child (the file's children), the school year (the current one or the
coming one, by default the coming one) and, as soon as both are chosen, the child's age in months on 1
September of that year, with a clear refusal at 36 months or more ("37 months on 01/09/2027: day-care is for
toddlers under 36 months"); the ground, with the fields it needs (abuse or neglect: the written medical
information attached and its source; developmental delay: who confirmed it, their name and the date); the
committee that decided (the treatment-plan committee: one of the child's final protocols; the
toddlers-at-risk committee: its date and reference); the household's size and total monthly income, and the
parents' share computed step by step while they are typed (``services.daycare.preview_share``, nothing
saved). A refused save says why and keeps everything typed.

New: status draft. Editing: a draft only (the service refuses otherwise)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.committees.common import save_with_ctrl_enter
from desktop.daycare.common import (
    CAUTION_COLOR,
    MAX_INCOME_AGOROT,
    WARNING_COLOR,
    CalculationTable,
    MoneyEdit,
    committee_label,
    ground_label,
    school_year_text,
    specialist_label,
    today,
)
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from desktop.widgets.file_finder import FileFinder
from models.codes import DAYCARE_COMMITTEES, DAYCARE_GROUNDS, DAYCARE_MAX_MONTHS, DAYCARE_SPECIALISTS
from models.daycare import rules
from models.daycare.dto import DaycareCaseDTO, DaycareInput, ProtocolOption, ShareCalculation
from models.errors import DomainError

if TYPE_CHECKING:
    from models.families.dto import FamilyFileDTO
    from models.people.dto import PersonDTO
    from models.services import Services

TEXT_MAX, REFERENCE_MAX = 200, 100
PREVIEW_DELAY_MS = 250
MAX_HOUSEHOLD = 30


def file_children(f: FamilyFileDTO) -> list[PersonDTO]:
    return [m.person for m in f.members if m.relation == "child"]


def age_sentence(months: int, school_year: int) -> tuple[str, bool]:
    """The child's age on 1 September in words, and whether it is under the limit: "30 months on 01/09/2026";
    "37 months on 01/09/2027: day-care is for toddlers under 36 months"."""
    on = fmt_date(rules.september_first(school_year))
    if months < DAYCARE_MAX_MONTHS:
        return QCoreApplication.translate("Daycare", "%1 months on %2").replace("%1", str(months)).replace("%2", on), True
    return (QCoreApplication.translate("Daycare", "%1 months on %2: day-care is for toddlers under %3 months")
            .replace("%1", str(months)).replace("%2", on).replace("%3", str(DAYCARE_MAX_MONTHS)), False)


class DaycareCaseDialog(ServiceDialog):
    """``file_id`` None and ``case`` None: the file is found in the dialog. ``saved(DaycareCaseDTO)``."""

    def __init__(self, services: Services, ops: Ops, file_id: int | None = None, parent: QWidget | None = None, *,
                 case: DaycareCaseDTO | None = None, person_id: int | None = None) -> None:
        title = (self.tr("New day-care case") if case is None
                 else self.tr("Day-care case — %1").replace("%1", case.child.full_name))
        super().__init__(ops, title, parent)
        self.setObjectName("daycareCaseDialog")
        self.resize(1120, 620)
        self.services, self.case = services, case
        self.file_id = case.file_id if case is not None else file_id
        self.version = case.version if case is not None else None
        self.wanted_person = case.child.id if case is not None else person_id
        self.family_children: list[PersonDTO] = []
        self.family_size = 0
        self.protocols: list[ProtocolOption] = []
        self.age_ok = False
        self.calculation: ShareCalculation | None = None
        self.preview_error: DomainError | None = None

        # ---- the file, the child, the school year, the age ---------------------------------------------------
        self.finder: FileFinder | None = None
        if self.file_id is None:
            self.finder = FileFinder(services, ops, self, name="daycare")
            self.finder.files.setMaximumHeight(150)
            self.finder.files.itemSelectionChanged.connect(self._file_chosen)
            self.finder.failed.connect(self.show_error)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("daycareFile")
        self.child = QComboBox(self)
        self.child.setObjectName("daycareChild")
        self.child.setEnabled(False)
        self.school_year = QComboBox(self)
        self.school_year.setObjectName("daycareSchoolYear")
        current = rules.school_year_of(today())
        years = [current, current + 1]
        if case is not None and case.school_year not in years:
            years.insert(0, case.school_year)
        for y in years:
            self.school_year.addItem(school_year_text(y), y)
        self.school_year.setCurrentIndex(self.school_year.findData(case.school_year if case else current + 1))
        self.age_label = QLabel(self)
        self.age_label.setObjectName("daycareAge")
        self.age_label.setWordWrap(True)
        font = self.age_label.font()
        font.setBold(True)
        self.age_label.setFont(font)

        # ---- the ground ----------------------------------------------------------------------------------
        self.ground = QComboBox(self)
        self.ground.setObjectName("daycareGround")
        for code in DAYCARE_GROUNDS:
            self.ground.addItem(ground_label(code), code)
        self.ground_detail = plain_text_edit(self, 70)
        self.ground_detail.setObjectName("daycareGroundDetail")
        self.ground_detail.setMaximumHeight(130)
        self.medical_info = QCheckBox(self.tr("&Written medical information is attached"), self)
        self.medical_info.setObjectName("daycareMedicalInfo")
        self.medical_source = self._line(TEXT_MAX, "daycareMedicalSource")
        self.medical_source.setPlaceholderText(self.tr("Clinic, hospital or doctor that wrote it"))
        self.specialist_kind = QComboBox(self)
        self.specialist_kind.setObjectName("daycareSpecialistKind")
        for code in DAYCARE_SPECIALISTS:
            self.specialist_kind.addItem(specialist_label(code), code)
        self.specialist_name = self._line(TEXT_MAX, "daycareSpecialistName")
        self.specialist_on = make_date_edit(today(), self, maximum=today())
        self.specialist_on.setObjectName("daycareSpecialistOn")

        # ---- the committee -------------------------------------------------------------------------------
        self.committee = QComboBox(self)
        self.committee.setObjectName("daycareCommittee")
        for code in DAYCARE_COMMITTEES:
            self.committee.addItem(committee_label(code), code)
        self.protocol = QComboBox(self)
        self.protocol.setObjectName("daycareProtocol")
        self.protocol_note = QLabel(self)
        self.protocol_note.setObjectName("daycareProtocolNote")
        self.protocol_note.setWordWrap(True)
        self.protocol_note.setStyleSheet(f"color: {CAUTION_COLOR};")
        self.protocol_note.hide()
        self.committee_on = make_date_edit(today(), self, maximum=today())
        self.committee_on.setObjectName("daycareCommitteeOn")
        self.committee_reference = self._line(REFERENCE_MAX, "daycareCommitteeReference")

        # ---- the household and the share -----------------------------------------------------------------
        self.household_size = QSpinBox(self)
        self.household_size.setObjectName("daycareHouseholdSize")
        self.household_size.setRange(1, MAX_HOUSEHOLD)
        self.household_size.setValue(1)
        self.monthly_income = MoneyEdit(self, maximum_agorot=MAX_INCOME_AGOROT)
        self.monthly_income.setObjectName("daycareMonthlyIncome")
        self.monthly_income.setSingleStep(100.0)
        self.calc_table = CalculationTable(self)
        self.calc_table.setMinimumHeight(240)
        self.calc_table.setMaximumHeight(260)
        self.calc_error = QLabel(self)
        self.calc_error.setObjectName("daycareCalculationError")
        self.calc_error.setWordWrap(True)
        self.calc_error.setStyleSheet(f"color: {WARNING_COLOR};")
        self.calc_error.hide()
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.preview)

        # ---- the layout: the case on the right (in Hebrew), the share beside it -------------------------------
        case_box = QGroupBox(self.tr("The child and the decision"), self)
        case_layout = QVBoxLayout(case_box)
        self.case_form = QFormLayout()
        self.case_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        case_layout.addLayout(self.case_form)
        case_layout.addStretch(1)  # the rows at the top, whichever the ground and committee show
        if self.finder is not None:
            self._caption(self.case_form, self.tr("&Find the file:"), self.finder.query)
            self._caption(self.case_form, self.tr("F&amily files:"), self.finder.files)
        else:
            self.case_form.addRow(self.tr("Family file:"), self.file_label)
        self._caption(self.case_form, self.tr("C&hild:"), self.child)
        self._caption(self.case_form, self.tr("School &year:"), self.school_year)
        self.case_form.addRow(self.tr("Age on 1 September:"), self.age_label)
        self._caption(self.case_form, self.tr("&Ground:"), self.ground)
        self._caption(self.case_form, self.tr("Social worker's &opinion:"), self.ground_detail)
        self.case_form.addRow("", self.medical_info)
        self._caption(self.case_form, self.tr("Medical information fro&m:"), self.medical_source)
        self._caption(self.case_form, self.tr("Confirmed &by:"), self.specialist_kind)
        self._caption(self.case_form, self.tr("Specialist's &name:"), self.specialist_name)
        self._caption(self.case_form, self.tr("Confirmation da&te:"), self.specialist_on)
        self._caption(self.case_form, self.tr("&Committee:"), self.committee)
        self._caption(self.case_form, self.tr("&Protocol:"), self.protocol)
        self.case_form.addRow("", self.protocol_note)
        self._caption(self.case_form, self.tr("Committee's &date:"), self.committee_on)
        self._caption(self.case_form, self.tr("&Reference:"), self.committee_reference)

        share_box = QGroupBox(self.tr("The parents' share"), self)
        share_layout = QVBoxLayout(share_box)
        share_form = QFormLayout()
        share_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._caption(share_form, self.tr("Household si&ze:"), self.household_size)
        self._caption(share_form, self.tr("Total monthly &income:"), self.monthly_income)
        share_layout.addLayout(share_form)
        share_layout.addWidget(QLabel(self.tr("The calculation, step by step:"), share_box))
        share_layout.addWidget(self.calc_table)
        share_layout.addWidget(self.calc_error)
        share_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(case_box, 3)
        columns.addWidget(share_box, 2)
        self.form.addRow(columns)
        save_with_ctrl_enter(self, self.submit)
        self.reload_requested.connect(self._reload)

        self.child.currentIndexChanged.connect(self._child_changed)
        self.school_year.currentIndexChanged.connect(self._year_changed)
        self.ground.currentIndexChanged.connect(self._ground_changed)
        self.committee.currentIndexChanged.connect(self._committee_changed)
        self.household_size.valueChanged.connect(lambda _v: self.preview_timer.start())
        self.monthly_income.valueChanged.connect(lambda _v: self.preview_timer.start())

        if case is not None:
            self._fill(case)
        self._ground_changed()
        self._committee_changed()
        self._show_age()
        self.set_ready(False)
        if self.file_id is not None:
            self._load_file(self.file_id)
            self.child.setFocus()
        elif self.finder is not None:
            self.finder.query.setFocus()

    def _line(self, maximum: int, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(maximum)
        edit.setObjectName(name)
        return edit

    def _caption(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(field)
        form.addRow(caption, field)
        return caption

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the file search searches (it must never save with the file of a previous search)."""
        if self.finder is not None and self.finder.swallows(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _fill(self, case: DaycareCaseDTO) -> None:
        self.ground.setCurrentIndex(max(0, self.ground.findData(case.ground)))
        self.ground_detail.setPlainText(case.ground_detail)
        self.medical_info.setChecked(case.medical_info)
        self.medical_source.setText(case.medical_source)
        if case.specialist_kind:
            self.specialist_kind.setCurrentIndex(max(0, self.specialist_kind.findData(case.specialist_kind)))
        self.specialist_name.setText(case.specialist_name)
        if case.specialist_on is not None:
            self.specialist_on.setValue(case.specialist_on)
        self.committee.setCurrentIndex(max(0, self.committee.findData(case.committee)))
        if case.committee_on is not None:
            self.committee_on.setValue(case.committee_on)
        self.committee_reference.setText(case.committee_reference)
        self.household_size.setValue(case.calculation.household_size)
        self.monthly_income.set_agorot(case.calculation.monthly_income)
        self.calculation = case.calculation
        self.calc_table.show_calculation(case.calculation)

    # ---- the file and its children -------------------------------------------------------------------------
    def _file_chosen(self) -> None:
        assert self.finder is not None
        file_id = self.finder.chosen_file_id()
        self.child.clear()
        self.child.setEnabled(False)
        self.family_children = []
        self.set_ready(False)
        self._show_age()
        self.file_id = file_id
        if file_id is not None:
            self._load_file(file_id)

    def _load_file(self, file_id: int) -> None:
        families = self.services.families
        self.busy_bar.show()
        self.ops.query(self, lambda: families.get(file_id).file, self._file_loaded, failure=self._load_failed,
                       key=("daycare-file", id(self)))

    def _file_loaded(self, f: FamilyFileDTO) -> None:
        self.busy_bar.hide()
        self.file_label.setText(f"{f.file_number} — {f.family_name}")
        if self.case is None:
            self.setWindowTitle(self.tr("New day-care case — %1").replace("%1", f.family_name))
        self.family_children = file_children(f)
        self.family_size = len(f.members)
        blocked = self.child.blockSignals(True)
        self.child.clear()
        for c in self.family_children:
            birth = f" ({fmt_date(c.birth_date)})" if c.birth_date else ""
            self.child.addItem(f"{c.full_name}{birth}", c.id)
        if self.wanted_person is not None:
            self.child.setCurrentIndex(max(0, self.child.findData(self.wanted_person)))
        self.child.blockSignals(blocked)
        self.child.setEnabled(bool(self.family_children) and self.case is None)
        if self.case is None and self.family_size:
            self.household_size.setValue(self.family_size)
        if not self.family_children:
            self.error_label.setText(self.tr("This family file has no children: day-care is for a toddler of the "
                                             "file. Add the child to the file first."))
            self.error_label.show()
        else:
            self.error_label.hide()
        self.set_ready(bool(self.family_children))
        self._child_changed()

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def chosen_child(self) -> PersonDTO | None:
        return next((c for c in self.family_children if c.id == self.child.currentData()), None)

    def _child_changed(self, *_args: object) -> None:
        self._show_age()
        self._load_protocols()

    def _year_changed(self, *_args: object) -> None:
        self._show_age()
        self.preview_timer.start()  # the table in force may be another

    # ---- the age on 1 September (live) ------------------------------------------------------------------------
    def _show_age(self) -> None:
        child, year = self.chosen_child(), self.school_year.currentData()
        if child is None or year is None:
            self.age_ok = False
            self.age_label.setText("")
        elif child.birth_date is None:
            self.age_ok = False
            self.age_label.setText(self.tr("The child's birth date is not recorded: add it to the child's details "
                                           "first (the age on 1 September decides)."))
            self.age_label.setStyleSheet(f"color: {WARNING_COLOR};")
        else:
            _ok, months = rules.eligible_age(child.birth_date, year)
            text, self.age_ok = age_sentence(months, year)
            self.age_label.setText(text)
            self.age_label.setStyleSheet("" if self.age_ok else f"color: {WARNING_COLOR};")
        self._update_ok()

    def age_text(self) -> str:
        return self.age_label.text()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.ready and self.age_ok and not self.pending)

    def set_ready(self, ready: bool) -> None:
        super().set_ready(ready)
        self._update_ok()

    def _set_pending(self, pending: bool) -> None:
        super()._set_pending(pending)
        self._update_ok()

    # ---- the ground and the committee: the fields each needs --------------------------------------------------
    def _ground_changed(self, *_args: object) -> None:
        ground = self.ground.currentData()
        medical = ground == "abuse_neglect"
        specialist = ground == "developmental_delay"
        rows: list[tuple[QWidget, bool]] = [(self.medical_info, medical), (self.medical_source, medical),
                                            (self.specialist_kind, specialist), (self.specialist_name, specialist),
                                            (self.specialist_on, specialist)]
        for field, shown in rows:
            self.case_form.setRowVisible(field, shown)

    def _committee_changed(self, *_args: object) -> None:
        treatment = self.committee.currentData() == "treatment_plan"
        self.case_form.setRowVisible(self.protocol, treatment)
        self.case_form.setRowVisible(self.protocol_note, treatment and self.protocol_note.text() != "")
        self.case_form.setRowVisible(self.committee_on, not treatment)
        self.case_form.setRowVisible(self.committee_reference, not treatment)

    def _load_protocols(self) -> None:
        file_id, child_id = self.file_id, self.child.currentData()
        self.protocol.clear()
        self.protocols = []
        if file_id is None or child_id is None:
            return
        daycare = self.services.daycare
        self.ops.query(self, lambda: daycare.protocol_options(file_id, child_id), self._protocols_loaded,
                       failure=self._load_failed, key=("daycare-protocols", id(self)))

    def _protocols_loaded(self, options: list[ProtocolOption]) -> None:
        self.protocols = list(options)
        self.protocol.clear()
        for p in self.protocols:
            decisions = " ".join(p.decisions.split())
            if len(decisions) > 90:
                decisions = decisions[:89] + "…"
            self.protocol.addItem(f"{fmt_date(p.held_on)} — {decisions}" if decisions else fmt_date(p.held_on),
                                  p.protocol_id)
        wanted = self.case.protocol_id if self.case is not None else None
        if wanted is not None:
            self.protocol.setCurrentIndex(max(0, self.protocol.findData(wanted)))
        self.protocol.setEnabled(bool(self.protocols))
        if self.protocols:
            self.protocol_note.setText("")
        else:
            self.protocol_note.setText(self.tr("The child has no final protocol of the treatment-plan committee: "
                                               "choose the toddlers-at-risk committee, or finalise the "
                                               "committee's protocol first."))
        self._committee_changed()

    # ---- the parents' share (live) ---------------------------------------------------------------------------
    def share_day(self) -> date:
        """The day whose table computes the share: 1 September of the school year, or today if later."""
        year = self.school_year.currentData()
        return rules.share_day(year) if year is not None else today()

    def preview(self) -> None:
        """The share step by step for what is typed now (nothing saved)."""
        self.preview_timer.stop()
        income, size, on = self.monthly_income.agorot(), self.household_size.value(), self.share_day()
        daycare = self.services.daycare
        self.ops.query(self, lambda: daycare.preview_share(income, size, on), self._previewed,
                       failure=self._preview_failed, key=("daycare-preview", id(self)))

    def _previewed(self, calc: ShareCalculation) -> None:
        self.calculation, self.preview_error = calc, None
        self.calc_error.hide()
        self.calc_table.show_calculation(calc)

    def _preview_failed(self, exc: DomainError) -> None:
        self.calculation, self.preview_error = None, exc
        self.calc_table.show_calculation(None)
        self.calc_error.setText(message_for(exc))
        self.calc_error.show()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.calculation is None and self.preview_error is None:
            self.preview_timer.start()

    # ---- saving --------------------------------------------------------------------------------------------
    def _reload(self) -> None:
        if self.case is None:
            return
        daycare, cid = self.services.daycare, self.case.id

        def arrived(case: DaycareCaseDTO) -> None:
            self.case = case
            self.set_version(case.version)

        self.ops.query(self, lambda: daycare.case(cid), arrived, failure=self.show_error)

    def value(self) -> DaycareInput:
        assert self.file_id is not None
        ground, committee = self.ground.currentData(), self.committee.currentData()
        medical = ground == "abuse_neglect"
        specialist = ground == "developmental_delay"
        treatment = committee == "treatment_plan"
        return DaycareInput(
            file_id=self.file_id, child_id=self.child.currentData(), school_year=self.school_year.currentData(),
            ground=ground, ground_detail=self.ground_detail.toPlainText().strip(),
            medical_info=medical and self.medical_info.isChecked(),
            medical_source=self.medical_source.text().strip() if medical else "",
            specialist_kind=self.specialist_kind.currentData() if specialist else "",
            specialist_name=self.specialist_name.text().strip() if specialist else "",
            specialist_on=to_date(self.specialist_on) if specialist else None,
            committee=committee, protocol_id=self.protocol.currentData() if treatment else None,
            committee_on=None if treatment else to_date(self.committee_on),
            committee_reference="" if treatment else self.committee_reference.text().strip(),
            household_size=self.household_size.value(), monthly_income=self.monthly_income.agorot(),
            centre_name=self.case.centre_name if self.case is not None else "",
            start_on=self.case.start_on if self.case is not None else None)

    def submit(self) -> None:
        if self.file_id is None or self.child.currentData() is None or not self.age_ok:
            return
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        daycare, data, case, version = self.services.daycare, self.value(), self.case, self.version
        if case is None:
            return lambda: daycare.create(data)
        assert version is not None
        return lambda: daycare.update(case.id, version, data)

