"""A report about a child at risk (דיווח על קטין בסיכון), from the family file's Youth law tab: the child (a
child of the file), the day it was reported (not in the future), who reported (kind, name or anonymous,
phone), the kind of risk, its urgency and the description. It goes onto the youth-law forum's agenda. An
undecided report can be corrected (the recorder or a forum member); a decided one is final.

Bad input is refused by the service with a sentence (desktop.messages) and the dialog keeps what was
typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.clubs.request_dialog import child_text, file_children
from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.forum.common import report_kind_label, reporter_kind_label, today, urgency_label
from desktop.ops import Ops
from desktop.widgets.dates import make_date_edit, to_date
from models.codes import REPORTER_KINDS, RISK_REPORT_KINDS, URGENCIES
from models.errors import DomainError
from models.forum.dto import RiskReportDTO, RiskReportInput

if TYPE_CHECKING:
    from models.families.dto import FamilyFileDTO
    from models.people.dto import PersonDTO
    from models.services import Services

NAME_MAX, PHONE_MAX = 200, 40


class ReportDialog(ServiceDialog):
    """``saved(RiskReportDTO)``. ``report``: an undecided report to correct (None: a new one);
    ``person_id``: the child chosen first."""

    def __init__(self, services: Services, ops: Ops, file_id: int, parent: QWidget | None = None, *,
                 report: RiskReportDTO | None = None, person_id: int | None = None) -> None:
        super().__init__(ops, self.tr("Report a child at risk") if report is None else self.tr("Correct the report"),
                         parent)
        self.setObjectName("riskReportDialog")
        self.resize(640, 600)
        self.services, self.file_id, self.report = services, file_id, report
        self.version = None if report is None else report.version
        self.wanted_person = report.child.id if report is not None else person_id
        self.kids: list[PersonDTO] = []

        self.file_label = QLabel(self)
        self.file_label.setObjectName("reportFile")
        self.child = QComboBox(self)
        self.child.setObjectName("reportChild")
        self.child.setEnabled(False)
        self.reported_on = make_date_edit(report.reported_on if report else today(), self, maximum=today())
        self.reported_on.setObjectName("reportDate")
        self.reporter_kind = QComboBox(self)
        self.reporter_kind.setObjectName("reporterKind")
        for code in REPORTER_KINDS:
            self.reporter_kind.addItem(reporter_kind_label(code), code)
        self.reporter_name = QLineEdit(self)
        self.reporter_name.setObjectName("reporterName")
        self.reporter_name.setMaxLength(NAME_MAX)
        self.reporter_name.setPlaceholderText(self.tr("Empty for an anonymous report"))
        self.reporter_phone = QLineEdit(self)
        self.reporter_phone.setObjectName("reporterPhone")
        self.reporter_phone.setMaxLength(PHONE_MAX)
        self.kind = QComboBox(self)
        self.kind.setObjectName("reportKind")
        for code in RISK_REPORT_KINDS:
            self.kind.addItem(report_kind_label(code), code)
        self.urgency = QComboBox(self)
        self.urgency.setObjectName("reportUrgency")
        for code in URGENCIES:
            self.urgency.addItem(urgency_label(code), code)
        self.description = plain_text_edit(self, 150)
        self.description.setObjectName("reportDescription")
        self.description.setPlaceholderText(self.tr("What was reported: what happened, when, who saw it, what the "
                                                    "child said"))
        if report is not None:
            self.reporter_kind.setCurrentIndex(max(0, self.reporter_kind.findData(report.reporter_kind)))
            self.reporter_name.setText(report.reporter_name)
            self.reporter_phone.setText(report.reporter_phone)
            self.kind.setCurrentIndex(max(0, self.kind.findData(report.kind)))
            self.urgency.setCurrentIndex(max(0, self.urgency.findData(report.urgency)))
            self.description.setPlainText(report.description)
        else:
            self.urgency.setCurrentIndex(self.urgency.findData("week"))

        self.form.addRow(self.tr("Family file:"), self.file_label)
        for text, field in ((self.tr("C&hild:"), self.child), (self.tr("Reported &on:"), self.reported_on),
                            (self.tr("Reported &by:"), self.reporter_kind), (self.tr("Reporter's &name:"), self.reporter_name),
                            (self.tr("Reporter's &phone:"), self.reporter_phone), (self.tr("&Kind of risk:"), self.kind),
                            (self.tr("&Urgency:"), self.urgency), (self.tr("&Description:"), self.description)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.reporter_kind.currentIndexChanged.connect(self._reporter_kind_changed)
        save_with_ctrl_enter(self, self.submit)

        self.set_ready(False)
        self.busy_bar.show()
        families = services.families
        ops.query(self, lambda: families.get(file_id).file, self._loaded, failure=self._load_failed)
        self.description.setFocus()

    # ---- loading -----------------------------------------------------------------------------------------
    def _loaded(self, f: FamilyFileDTO) -> None:
        self.busy_bar.hide()
        self.setWindowTitle(f"{self.windowTitle()} — {f.family_name}")
        self.file_label.setText(f"{f.file_number} — {f.family_name}")
        self.kids = file_children(f)
        on = today()
        for c in self.kids:
            self.child.addItem(child_text(c, on), c.id)
        if self.wanted_person is not None:
            self.child.setCurrentIndex(max(0, self.child.findData(self.wanted_person)))
        # a report's child is not changed: a report about another child is a new report
        self.child.setEnabled(bool(self.kids) and self.report is None)
        if not self.kids:
            self.error_label.setText(self.tr("This family file has no children: a report is about a child of the "
                                             "file. Add the child to the file first."))
            self.error_label.show()
        self.set_ready(bool(self.kids))

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def _reporter_kind_changed(self, *_args: object) -> None:
        anonymous = self.reporter_kind.currentData() == "anonymous"
        if anonymous:
            self.reporter_name.clear()
        self.reporter_name.setEnabled(not anonymous)

    # ---- saving ------------------------------------------------------------------------------------------
    def value(self) -> RiskReportInput:
        referral_id = self.report.referral_id if self.report is not None else None
        return RiskReportInput(
            file_id=self.file_id, child_id=self.child.currentData(), reported_on=to_date(self.reported_on),
            reporter_kind=self.reporter_kind.currentData(), reporter_name=self.reporter_name.text().strip(),
            kind=self.kind.currentData(), description=self.description.toPlainText().strip(),
            urgency=self.urgency.currentData(), reporter_phone=self.reporter_phone.text().strip(),
            referral_id=referral_id)

    def submit(self) -> None:
        if self.child.currentData() is None:
            return
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        forum, data, report, version = self.services.forum, self.value(), self.report, self.version
        if report is None:
            return lambda: forum.record_report(data)
        assert version is not None
        return lambda: forum.update_report(report.id, version, data)
