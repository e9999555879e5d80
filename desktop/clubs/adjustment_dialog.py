"""An exemption or a discount of a child's monthly club fee (פטור / הנחה), decided by a worker with a
reason (required), from a month, until a month or until the child leaves: ``services.clubs.adjust_fee``.
An exemption waives the fee; a discount takes a sum off it (less than the club's fee: a discount of the
whole fee is an exemption). Also the month field the fee screens share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QWidget

from desktop.clubs.common import MoneyEdit, adjustment_kind_label, fmt_money
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.ops import Ops
from desktop.widgets.dates import date_locale
from models.clubs import rules
from models.clubs.dto import AdjustmentInput
from models.codes import CLUB_FEE_AGOROT, FEE_ADJUSTMENT_KINDS
from models.errors import DomainError

if TYPE_CHECKING:
    from models.services import Services

MONTH_FORMAT = "MM/yyyy"


class MonthEdit(QDateEdit):
    """A month (mm/yyyy, left to right, Latin digits); ``month()`` is its first day."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # left to right BEFORE the display format (in a right-to-left layout Qt reverses the sections)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setLocale(date_locale())
        self.setDisplayFormat(MONTH_FORMAT)
        self.setCurrentSection(QDateEdit.Section.MonthSection)
        self.set_month(value or rules.month_start(rules.today()))

    def month(self) -> date:
        q = self.date()
        return date(q.year(), q.month(), 1)

    def set_month(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, 1))


def fmt_month(value: date) -> str:
    return value.strftime("%m/%Y")


class AdjustmentDialog(ServiceDialog):
    """``enrolment_id``: the child's enrolment whose fee changes; ``fee_agorot``: the club's monthly fee
    (for the sentence under the amount)."""

    def __init__(self, services: Services, ops: Ops, enrolment_id: int, child_name: str,
                 parent: QWidget | None = None, *, month: date | None = None,
                 fee_agorot: int = CLUB_FEE_AGOROT) -> None:
        super().__init__(ops, self.tr("Exemption or discount — %1").replace("%1", child_name), parent)
        self.setObjectName("adjustmentDialog")
        self._clubs, self.enrolment_id, self.fee_agorot = services.clubs, enrolment_id, fee_agorot
        self.kind = QComboBox(self)
        for k in FEE_ADJUSTMENT_KINDS:
            self.kind.addItem(adjustment_kind_label(k), k)
        self.discount = MoneyEdit(self, maximum_agorot=max(fee_agorot, 1))
        self.discount.setObjectName("discount")
        self.fee_label = QLabel(self)
        self.fee_label.setObjectName("feeAfter")
        self.from_month = MonthEdit(month, self)
        self.has_until = QCheckBox(self.tr("&Until:"), self)
        self.until_month = MonthEdit(month, self)
        self.until_month.setEnabled(False)
        self.has_until.toggled.connect(self.until_month.setEnabled)
        self.reason = plain_text_edit(self, 70)
        self.reason.setObjectName("adjustmentReason")
        for label, field in ((self.tr("&Kind:"), self.kind), (self.tr("&Discount a month:"), self.discount)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.form.addRow("", self.fee_label)
        caption = QLabel(self.tr("&From the month:"), self)
        caption.setBuddy(self.from_month)
        self.form.addRow(caption, self.from_month)
        self.form.addRow(self.has_until, self.until_month)
        caption = QLabel(self.tr("&Reason:"), self)
        caption.setBuddy(self.reason)
        self.form.addRow(caption, self.reason)
        self.kind.currentIndexChanged.connect(lambda _i: self._update())
        self.discount.valueChanged.connect(lambda _v: self._update())
        self._update()

    def _update(self) -> None:
        discount = self.kind.currentData() == "discount"
        self.discount.setEnabled(discount)
        pays = max(0, self.fee_agorot - self.discount.agorot()) if discount else 0
        self.fee_label.setText(self.tr("The family pays %1 a month instead of %2.").replace(
            "%1", fmt_money(pays)).replace("%2", fmt_money(self.fee_agorot)))

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)
        field = {"discount_agorot": self.discount, "reason": self.reason, "to_month": self.until_month,
                 "from_month": self.from_month}.get(str(exc.params.get("field") or ""))
        if field is not None:
            field.setFocus()

    def service_call(self) -> Callable[[], Any]:
        kind = self.kind.currentData()
        data = AdjustmentInput(enrolment_id=self.enrolment_id, kind=kind, from_month=self.from_month.month(),
                               reason=self.reason.toPlainText().strip(),
                               discount_agorot=self.discount.agorot() if kind == "discount" else 0,
                               to_month=self.until_month.month() if self.has_until.isChecked() else None)
        clubs = self._clubs
        return lambda: clubs.adjust_fee(data)
