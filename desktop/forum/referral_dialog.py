"""An intake referral passed to the youth-law forum (Send to the youth-law forum…, in the referral's view,
for a referral attached to a family file): the child it is about (a child of the file), the kind of risk,
its urgency (the referral's, to start with) and the description (the presenting problem, to start with).
The reporter and the date come from the referral (``services.forum.refer_from_intake``); the report waits
on the forum's agenda."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.clubs.request_dialog import child_text, file_children
from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.forum.common import report_kind_label, today, urgency_label
from desktop.messages import source_label
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date
from models.codes import RISK_REPORT_KINDS, URGENCIES
from models.errors import DomainError

if TYPE_CHECKING:
    from models.families.dto import FamilyFileDTO
    from models.intake.dto import ReferralDTO
    from models.services import Services


class ForumReferralDialog(ServiceDialog):
    """``saved(RiskReportDTO)``."""

    def __init__(self, services: Services, ops: Ops, referral: ReferralDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Send to the youth-law forum — referral %1").replace("%1", referral.number),
                         parent)
        self.setObjectName("forumReferralDialog")
        self.resize(620, 520)
        self.services, self.referral = services, referral
        assert referral.file_id is not None
        self.file_id: int = referral.file_id
        source = " · ".join(x for x in (source_label(referral.source), fmt_date(referral.received_on)) if x)
        self.from_label = QLabel(source, self)
        self.from_label.setObjectName("forumReferralSource")
        self.file_label = QLabel(referral.file_number, self)
        self.file_label.setObjectName("forumReferralFile")
        self.child = QComboBox(self)
        self.child.setObjectName("forumReferralChild")
        self.child.setEnabled(False)
        self.kind = QComboBox(self)
        self.kind.setObjectName("forumReferralKind")
        for code in RISK_REPORT_KINDS:
            self.kind.addItem(report_kind_label(code), code)
        self.urgency = QComboBox(self)
        self.urgency.setObjectName("forumReferralUrgency")
        for code in URGENCIES:
            self.urgency.addItem(urgency_label(code), code)
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(referral.urgency)))
        self.description = plain_text_edit(self, 140)
        self.description.setObjectName("forumReferralDescription")
        self.description.setPlainText(referral.problem)
        self.form.addRow(self.tr("Referred by:"), self.from_label)
        self.form.addRow(self.tr("Family file:"), self.file_label)
        for text, field in ((self.tr("C&hild:"), self.child), (self.tr("&Kind of risk:"), self.kind),
                            (self.tr("&Urgency:"), self.urgency), (self.tr("&Description:"), self.description)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        save_with_ctrl_enter(self, self.submit)
        self.set_ready(False)
        self.busy_bar.show()
        families, file_id = services.families, self.file_id
        ops.query(self, lambda: families.get(file_id).file, self._loaded, failure=self._load_failed)
        self.kind.setFocus()

    def _loaded(self, f: FamilyFileDTO) -> None:
        self.busy_bar.hide()
        self.file_label.setText(f"{f.file_number} — {f.family_name}")
        kids = file_children(f)
        on = today()
        for c in kids:
            self.child.addItem(child_text(c, on), c.id)
        self.child.setEnabled(bool(kids))
        if not kids:
            self.error_label.setText(self.tr("The family file has no children: a report to the forum is about a "
                                             "child of the file. Add the child to the file first."))
            self.error_label.show()
        self.set_ready(bool(kids))

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def service_call(self) -> Callable[[], Any]:
        forum, rid, file_id = self.services.forum, self.referral.id, self.file_id
        child_id, kind, urgency = self.child.currentData(), self.kind.currentData(), self.urgency.currentData()
        description = self.description.toPlainText().strip()
        return lambda: forum.refer_from_intake(rid, file_id, child_id, kind, urgency, description)
