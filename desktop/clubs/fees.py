"""The clubs' fees (דמי השתתפות): a month's closing list (``services.clubs.month_closing``) of the club
``set_club`` chose (or of every club), one row per child charged or paying that month: the charge, the
exemption or discount in force, what was paid in the month, the balance and the arrears; the month's totals;
how many children are not charged yet, with "Charge the month". Actions on the selected row: Record payment,
Exemption or discount, Print the fee notice, Open the family file.

``charge_month(parent, services, ops)`` is the Clubs page's "Charge a month…": which month (this one by
default), a confirmation, then the charges (a month is charged once: charging it again adds nothing) and
what was done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMetaMethod, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.adjustment_dialog import AdjustmentDialog, MonthEdit, fmt_month
from desktop.clubs.common import adjustment_kind_label, fmt_money, mark_warning
from desktop.clubs.payment_dialog import PaymentDialog
from desktop.clubs.printing import ClubPreview, print_fee_notice
from desktop.families.dialogs import ServiceDialog
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.tables import Item, Table, select_row
from models.changes import Changes
from models.clubs import rules
from models.clubs.dto import ChargeResult, ClosingRow, MonthClosing
from models.codes import CLUB_FEE_AGOROT
from models.errors import DomainError
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.services import Services

(COL_FILE, COL_CHILD, COL_CLUB, COL_CHARGED, COL_ADJUSTMENT, COL_PAID, COL_BALANCE, COL_ARREARS) = range(8)


def money_item(agorot: int, data: object) -> Item:
    item = Item(fmt_money(agorot), data, agorot)
    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
    return item


def charge_result_text(result: ChargeResult) -> str:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("ClubFees", "%1: %2 charged, %3 in all.").replace(
        "%1", fmt_month(result.month)).replace("%2", str(result.charged)).replace("%3", fmt_money(result.total_agorot))
    if result.already:
        text += " " + QCoreApplication.translate("ClubFees", "%1 had already been charged this month (nothing added)."
                                                 ).replace("%1", str(result.already))
    return text


class ChargeMonthDialog(ServiceDialog):
    """Which month to charge (of one club, or of every club); asks before charging."""

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None, *, month: date | None = None,
                 club_id: int | None = None, club_name: str = "") -> None:
        super().__init__(ops, self.tr("Charge a month's fees"), parent)
        self.setObjectName("chargeMonthDialog")
        self._clubs, self.club_id, self.club_name = services.clubs, club_id, club_name
        self.month = MonthEdit(month, self)
        self.month.setObjectName("chargeMonth")
        caption = QLabel(self.tr("&Month:"), self)
        caption.setBuddy(self.month)
        self.form.addRow(caption, self.month)
        scope = (self.tr("Every child enrolled in %1 that month is charged the club's monthly fee, less an exemption "
                         "or a discount in force.").replace("%1", club_name) if club_id is not None else
                 self.tr("Every child enrolled in a club that month is charged the club's monthly fee, less an "
                         "exemption or a discount in force."))
        label = QLabel(scope, self)
        label.setWordWrap(True)
        self.form.addRow(label)
        self.ok_button.setText(self.tr("Charge"))
        self.result_box: QMessageBox | None = None
        self.saved.connect(self._done)

    def confirmation(self) -> str | None:
        month = fmt_month(self.month.month())
        if self.club_id is not None:
            return self.tr("Charge the fees of %1 for %2? A charge is not deleted; charging the month again adds "
                           "nothing.").replace("%1", self.club_name).replace("%2", month)
        return self.tr("Charge the fees of every club for %1? A charge is not deleted; charging the month again "
                       "adds nothing.").replace("%1", month)

    def confirm_button_text(self) -> str:
        return self.tr("Charge")

    def service_call(self) -> Callable[[], Any]:
        clubs, month, club_id = self._clubs, self.month.month(), self.club_id
        return lambda: clubs.charge_month(month, club_id)

    def _done(self, result: ChargeResult) -> None:
        owner = self.parentWidget()
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), charge_result_text(result),
                          QMessageBox.StandardButton.Ok, owner)
        box.setObjectName("chargedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.result_box = box
        box.open()


def charge_month(parent: QWidget, services: Services, ops: Ops) -> None:
    """The Clubs page's "Charge a month…": every club, the month chosen in the dialog."""
    dialog = ChargeMonthDialog(services, ops, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    setattr(parent, "club_charge_dialog", dialog)  # noqa: B010  (the page, and a test, can reach it)
    dialog.open()


class FeesView(QWidget):
    """``open_file_requested(file_id)``: the family file of the selected row, for the main window to open on
    its Club tab (with nobody connected, the view asks its window directly). ``loaded`` each time the list is
    in."""

    open_file_requested = Signal(int)
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feesView")
        self.services, self.ops = services, ops
        self.club_id: int | None = None
        self.club_name = ""
        self.data: MonthClosing | None = None
        self.loading = False
        self.dialog: ServiceDialog | None = None
        self.charge_dialog: ChargeMonthDialog | None = None
        self.last_error: DomainError | None = None
        self.can_manage = allowed(services.user.role, Action.MANAGE_CLUBS)
        self.fees: dict[str, int] = {}  # each club's monthly fee, by name (the adjustment dialog's sentence)

        caption = QLabel(self.tr("M&onth:"), self)
        self.month = MonthEdit(None, self)
        self.month.setObjectName("feesMonth")
        self.month.setAccessibleName(self.tr("Month"))
        caption.setBuddy(self.month)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("feesBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(self.tr("Loading…"))
        self.busy_bar.hide()
        self.payment_action = ViewAction(self, self.tr("Record &payment…"), "Ctrl+Shift+P", self.record_payment,
                                         name="recordPayment")
        self.adjust_action = ViewAction(self, self.tr("&Exemption or discount…"), "Ctrl+Shift+E", self.adjust,
                                        name="adjustFee")
        self.notice_action = ViewAction(self, self.tr("Print the fee &notice"), QKeySequence.StandardKey.Print,
                                        self.print_notice, name="printNotice")
        self.open_action = ViewAction(self, self.tr("Open the &file"), "Ctrl+O", self.open_file, name="openFile")
        for a in (self.payment_action, self.adjust_action):
            a.setVisible(self.can_manage)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.busy_bar)
        top.addWidget(self.payment_action.button)
        top.addWidget(self.adjust_action.button)
        top.addWidget(self.notice_action.button)
        top.addWidget(self.open_action.button)

        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("feesTotals")
        self.totals_label.setWordWrap(True)
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)
        self.uncharged_label = QLabel(self)
        self.uncharged_label.setObjectName("uncharged")
        self.uncharged_label.setWordWrap(True)
        self.charge_action = ViewAction(self, self.tr("&Charge the month"), "Ctrl+Shift+C", self.charge,
                                        name="chargeMonth")
        uncharged_row = QHBoxLayout()
        uncharged_row.addWidget(self.uncharged_label, 1)
        uncharged_row.addWidget(self.charge_action.button)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("feesError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.table = Table([self.tr("File no."), self.tr("Child"), self.tr("Club"), self.tr("Charged"),
                            self.tr("Exemption / discount"), self.tr("Paid in the month"), self.tr("Balance"),
                            self.tr("Arrears")], self, stretch=COL_CHILD,
                           empty_text=self.tr("No child was charged or paid in this month."), name="feesTable")
        self.table.setAccessibleName(self.tr("The month's closing list"))
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.activated.connect(lambda _i: self.open_file())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals_label)
        layout.addLayout(uncharged_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self.month.dateChanged.connect(lambda _d: self.reload())
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)
        self._update_actions()
        clubs = services.clubs
        ops.query(self, lambda: clubs.clubs(include_inactive=True),
                  lambda rows: self.fees.update({c.name: c.monthly_fee_agorot for c in rows}),
                  failure=lambda _e: None)

    # ---- loading -----------------------------------------------------------------------------------------
    def set_club(self, club_id: int | None, club_name: str = "") -> None:
        self.club_id = club_id
        self.club_name = club_name
        self.table.setColumnHidden(COL_CLUB, club_id is not None)
        self.reload()

    def reload(self) -> None:
        clubs, month, club_id = self.services.clubs, self.month.month(), self.club_id
        self.loading = True
        self.busy_bar.show()
        self.ops.query(self, lambda: clubs.month_closing(month, club_id), self.show_closing, failure=self._failed,
                       key=("fees", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.last_error = exc
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit()

    def show_closing(self, data: MonthClosing) -> None:
        if data.club_id != self.club_id or data.month != self.month.month():
            return
        self.loading = False
        self.busy_bar.hide()
        self.error_label.hide()
        selected = self.selected()
        self.data = data
        rows = []
        for r in data.rows:
            arrears = money_item(r.arrears_agorot, r.enrolment_id)
            if r.arrears_agorot > 0:
                mark_warning(arrears, self.tr("Owed from months before this one"))
            rows.append([Item(r.file_number, r.enrolment_id), Item(r.child_name, r.enrolment_id),
                         Item(r.club_name, r.enrolment_id), money_item(r.charged_agorot, r.enrolment_id),
                         Item(adjustment_kind_label(r.adjustment), r.enrolment_id),
                         money_item(r.paid_agorot, r.enrolment_id), money_item(r.balance_agorot, r.enrolment_id),
                         arrears])
        self.table.set_rows(rows)
        self.totals_label.setText(self.tr("%1: charged %2 · paid %3 · arrears %4").replace(
            "%1", fmt_month(data.month)).replace("%2", fmt_money(data.charged_agorot)).replace(
            "%3", fmt_money(data.paid_agorot)).replace("%4", fmt_money(data.arrears_agorot)))
        if data.uncharged:
            self.uncharged_label.setText(self.tr("%n child(ren) enrolled this month not charged yet.", "",
                                                 data.uncharged))
            self.uncharged_label.setStyleSheet("color: #8a5a00;")
        else:
            self.uncharged_label.setText(self.tr("Every child enrolled this month has been charged."))
            self.uncharged_label.setStyleSheet("")
        self.charge_action.setVisible(self.can_manage and data.uncharged > 0)
        if data.rows:
            ids = [r.enrolment_id for r in data.rows]
            keep = selected.enrolment_id if selected is not None and selected.enrolment_id in ids else None
            select_row(self.table, self._row_of(keep) if keep is not None else 0)
        self._update_actions()
        self.loaded.emit()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if self.data is None:
            return
        mine = {r.file_id for r in self.data.rows}
        if (changes.clubs and (self.club_id is None or self.club_id in changes.clubs)) or mine & changes.files:
            self.reload()

    # ---- the selection -----------------------------------------------------------------------------------
    def _row_of(self, enrolment_id: int) -> int:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, COL_FILE)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == enrolment_id:
                return r
        return 0

    def selected(self) -> ClosingRow | None:
        if self.data is None:
            return None
        item = self.table.item(self.table.currentRow(), COL_FILE)
        eid = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.data.rows if r.enrolment_id == eid), None)

    def select_child(self, child_name: str) -> bool:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, COL_CHILD)
            if item is not None and item.text() == child_name:
                select_row(self.table, r)
                return True
        return False

    def _update_actions(self) -> None:
        row = self.selected()
        for a in (self.adjust_action, self.notice_action, self.open_action):
            a.setEnabled(row is not None)
        self.payment_action.setEnabled(True)  # without a row: the dialog finds the family

    # ---- actions -----------------------------------------------------------------------------------------
    def _open(self, dialog: ServiceDialog) -> ServiceDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, self.table.setFocus))
        dialog.open()
        return dialog

    def record_payment(self) -> PaymentDialog | None:
        if not self.can_manage:
            return None
        row = self.selected()
        dialog = (PaymentDialog(self.services, self.ops, self, file_id=row.file_id, enrolment_id=row.enrolment_id,
                                subtitle=row.child_name) if row is not None
                  else PaymentDialog(self.services, self.ops, self))
        self._open(dialog)
        return dialog

    def adjust(self) -> AdjustmentDialog | None:
        row = self.selected()
        if not self.can_manage or row is None:
            return None
        fee = self.fees.get(row.club_name, CLUB_FEE_AGOROT)
        month = self.month.month()
        if row.charged_agorot or row.adjustment:  # this month is charged: the decision starts with the next
            month = rules.add_months(month, 1)
        dialog = AdjustmentDialog(self.services, self.ops, row.enrolment_id, row.child_name, self,
                                  month=month, fee_agorot=fee)
        self._open(dialog)
        return dialog

    def print_notice(self) -> ClubPreview | None:
        row = self.selected()
        if row is None:
            return None
        return print_fee_notice(self, self.services, self.ops, row.file_id, self.month.month())

    def open_file(self) -> None:
        row = self.selected()
        if row is None:
            return
        if self.isSignalConnected(QMetaMethod.fromSignal(self.open_file_requested)):
            self.open_file_requested.emit(row.file_id)
            return
        window = self.window()
        opener = getattr(window, "open_file", None)
        if callable(opener):
            opener(row.file_id, "clubs")

    def charge(self) -> ChargeMonthDialog | None:
        if not self.can_manage:
            return None
        dialog = ChargeMonthDialog(self.services, self.ops, self, month=self.month.month(), club_id=self.club_id,
                                   club_name=self.club_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.charge_dialog = dialog
        dialog.open()
        return dialog

    def focus_target(self) -> QWidget:
        return self.table

    def go_to_month(self, month: date) -> None:
        self.month.set_month(rules.month_start(month))
