"""Record a payment of club fees (תשלום): the family (the one of the row the worker chose, or found here by
file number, name, ID or phone), the child the fees are for (the family's children enrolled in a club), the
date (not in the future), the sum in ₪, the method and the receipt number: ``services.clubs.record_payment``.
The family's balance and arrears are shown as soon as the family is known. A refused payment (a sum of
zero, a child never enrolled) is said in the dialog, at the field, with everything typed kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.clubs.common import MoneyEdit, fmt_money, payment_method_label
from desktop.families.dialogs import ServiceDialog
from desktop.ops import Ops
from desktop.widgets.dates import make_date_edit
from desktop.widgets.file_finder import FileFinder
from models.clubs import rules
from models.clubs.dto import FileClubs, PaymentInput
from models.codes import PAYMENT_METHODS
from models.errors import DomainError

if TYPE_CHECKING:
    from models.services import Services

ERROR_STYLE = "border: 1px solid #a61b1b;"


class PaymentDialog(ServiceDialog):
    """``file_id`` given: that family (``subtitle``, the family's or the child's name, in the title); else a family finder comes first.
    ``enrolment_id`` or ``person_id`` choose the child at first."""

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None, *, file_id: int | None = None,
                 subtitle: str = "", enrolment_id: int | None = None, person_id: int | None = None) -> None:
        title = self.tr("Record a payment")
        super().__init__(ops, f"{title} — {subtitle}" if subtitle else title, parent)
        self.setObjectName("paymentDialog")
        self.setMinimumWidth(560)
        self.services = services
        self.file_id = file_id
        self.wanted_enrolment, self.wanted_person = enrolment_id, person_id
        self.account: FileClubs | None = None
        self.finder: FileFinder | None = None
        if file_id is None:
            self.finder = FileFinder(services, ops, self, name="payment")
            self.finder.files.setMaximumHeight(170)
            caption = QLabel(self.tr("&Family:"), self)
            caption.setBuddy(self.finder.query)
            self.form.addRow(caption, self.finder.query)
            self.form.addRow("", self.finder.files)
            self.finder.files.itemSelectionChanged.connect(self._file_chosen)
            self.finder.failed.connect(self.show_error)
        self.balance_label = QLabel(self)
        self.balance_label.setObjectName("familyBalance")
        self.balance_label.setWordWrap(True)
        self.child = QComboBox(self)
        self.child.setObjectName("paymentChild")
        self.paid_on = make_date_edit(rules.today(), self, maximum=rules.today())
        self.amount = MoneyEdit(self)
        self.amount.setObjectName("paymentAmount")
        self.method = QComboBox(self)
        for m in PAYMENT_METHODS:
            self.method.addItem(payment_method_label(m), m)
        self.receipt = QLineEdit(self)
        self.receipt.setObjectName("receiptNo")
        self.receipt.setMaxLength(40)
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        self.form.addRow("", self.balance_label)
        for label, field in ((self.tr("&Child:"), self.child), (self.tr("&Date paid:"), self.paid_on),
                             (self.tr("&Amount:"), self.amount), (self.tr("&Method:"), self.method),
                             (self.tr("&Receipt no.:"), self.receipt), (self.tr("&Note:"), self.note)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.amount.valueChanged.connect(lambda _v: self.amount.setStyleSheet(""))
        self.child.currentIndexChanged.connect(lambda _i: self.child.setStyleSheet(""))
        self.set_ready(False)
        if file_id is not None:
            self.load_family(file_id)
        else:
            self.balance_label.setText(self.tr("Find the family first."))

    # ---- the family and its children ----------------------------------------------------------------------
    def _file_chosen(self) -> None:
        if self.finder is None:
            return
        file_id = self.finder.chosen_file_id()
        if file_id is not None and file_id != self.file_id:
            self.load_family(int(file_id))

    def load_family(self, file_id: int) -> None:
        self.file_id = file_id
        self.account = None
        self.child.clear()
        self.set_ready(False)
        self.busy_bar.show()
        clubs = self.services.clubs
        self.ops.query(self, lambda: clubs.file_clubs(file_id), self._family_loaded, failure=self._load_failed,
                       key=("payment-family", id(self)))

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def _family_loaded(self, data: FileClubs) -> None:
        if data.file_id != self.file_id:
            return
        self.busy_bar.hide()
        self.account = data
        self.child.clear()
        for c in data.children:  # the children with a club request or an enrolment; the enrolled first
            if c.enrolments:
                self.child.addItem(c.child_name, c.person_id)
        for c in data.children:
            if not c.enrolments:
                self.child.addItem(self.tr("%1 (not enrolled)").replace("%1", c.child_name), c.person_id)
        chosen = next((c.person_id for c in data.children
                       if any(e.id == self.wanted_enrolment for e in c.enrolments)), self.wanted_person)
        if chosen is not None and self.child.findData(chosen) >= 0:
            self.child.setCurrentIndex(self.child.findData(chosen))
        if not any(c.enrolments for c in data.children) and self.wanted_person is None:
            self.balance_label.setText(self.tr("No child of this family has been enrolled in a club."))
            self.set_ready(False)
            return
        text = self.tr("The family owes %1 (of which %2 in arrears).").replace(
            "%1", fmt_money(max(data.balance_agorot, 0))).replace("%2", fmt_money(data.arrears_agorot))
        if data.balance_agorot < 0:
            text = self.tr("The family is in credit: %1.").replace("%1", fmt_money(-data.balance_agorot))
        self.balance_label.setText(text)
        if self.amount.agorot() == 0 and data.balance_agorot > 0:
            self.amount.set_agorot(data.balance_agorot)
        self.set_ready(True)

    # ---- saving ------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.finder is not None and self.finder.swallows(event):
            self.finder.run_search()
            return
        super().keyPressEvent(event)

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)
        field = {"amount_not_positive": self.amount, "never_enrolled": self.child}.get(exc.code)
        if field is None:
            field = {"amount_agorot": self.amount, "person_id": self.child, "paid_on": self.paid_on.edit,
                     "receipt_no": self.receipt, "method": self.method}.get(str(exc.params.get("field") or ""))
        if field is not None:
            if field is self.amount or field is self.child:
                field.setStyleSheet(ERROR_STYLE)
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def service_call(self) -> Callable[[], Any]:
        assert self.file_id is not None
        data = PaymentInput(file_id=self.file_id, person_id=int(self.child.currentData()),
                            paid_on=self.paid_on.value(), amount_agorot=self.amount.agorot(),
                            method=self.method.currentData(), receipt_no=self.receipt.text().strip(),
                            note=self.note.text().strip())
        clubs = self.services.clubs
        return lambda: clubs.record_payment(data)
