"""The club tab of the family file (מועדונית): the children's club requests (club, status, urgency, how
long they have waited), their enrolments (club, dates, the attendance rate of the last 30 club days,
allergies, who may collect the child, consent) and the family's club fees (balance, arrears, the charges
and the payments). Actions: Request a club… (whoever files requests: the family worker, intake, the club
worker), and for the club worker Record payment…, Exemption or discount… and Print registration. A role that only files requests
(intake) sees the requests only. Loads off the GUI thread when the tab is first shown, and again when the
file or a club changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.clubs.common import (
    adjustment_kind_label,
    fmt_money,
    fmt_rate,
    mark_caution,
    mark_warning,
    payment_method_label,
    request_status_label,
    route_label,
    urgency_label,
)
from desktop.clubs.printing import print_registration
from desktop.families.tabs.base import FileTab
from desktop.messages import message_for
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table
from models.changes import Changes
from models.clubs import rules
from models.clubs.dto import EnrolmentDTO, FeeAccount, FileClubs
from models.errors import DomainError
from models.families.dto import FileDetail
from models.roles import Action, allowed

if TYPE_CHECKING:
    from desktop.clubs.adjustment_dialog import AdjustmentDialog
    from desktop.clubs.payment_dialog import PaymentDialog
    from desktop.clubs.printing import ClubPreview
    from desktop.clubs.request_dialog import RequestDialog
    from desktop.families.file_view import FileView
    from models.families.dto import FileCapabilities
    from models.users.dto import CurrentUser


def visible(_can: FileCapabilities, user: CurrentUser) -> bool:
    return allowed(user.role, Action.VIEW_CLUBS) or allowed(user.role, Action.REQUEST_CLUB)


def collectors_text(e: EnrolmentDTO) -> str:
    return "\n".join(" · ".join(x for x in (c.name, c.relation, c.phone) if x) for c in e.collectors)


class ClubTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        role = view.services.user.role
        self.can_view = allowed(role, Action.VIEW_CLUBS)
        self.can_request = allowed(role, Action.REQUEST_CLUB)
        self.can_manage = allowed(role, Action.MANAGE_CLUBS)
        self.data: FileClubs | None = None
        self.account: FeeAccount | None = None
        self.loaded_once = False
        self.loading = False
        self.dialog: QWidget | None = None

        self.balance_label = QLabel(self)
        self.balance_label.setObjectName("clubBalance")
        self.balance_label.setWordWrap(True)
        font = self.balance_label.font()
        font.setBold(True)
        self.balance_label.setFont(font)
        self.balance_label.setVisible(self.can_view)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("clubTabError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.request_action = ViewAction(view, self.tr("Request a &club…"), "Ctrl+Shift+U", self.open_request,
                                         button_parent=self, name="requestClub")
        self.payment_action = ViewAction(view, self.tr("Record &payment…"), "Ctrl+Shift+Y", self.open_payment,
                                         button_parent=self, name="clubPayment")
        self.registration_action = ViewAction(view, self.tr("Print re&gistration"), "Ctrl+Shift+G",
                                              self.print_registration, button_parent=self,
                                              name="printRegistration")
        self.adjust_action = ViewAction(view, self.tr("E&xemption or discount…"), "Ctrl+Shift+J", self.open_adjustment,
                                        button_parent=self, name="clubAdjustment")
        self.request_action.setVisible(self.can_request)
        for a in (self.payment_action, self.registration_action, self.adjust_action):
            a.setVisible(self.can_manage)
        bar = QHBoxLayout()
        bar.addWidget(self.balance_label, 1)
        bar.addWidget(self.request_action.button)
        bar.addWidget(self.payment_action.button)
        bar.addWidget(self.adjust_action.button)
        bar.addWidget(self.registration_action.button)

        requests = QGroupBox(self.tr("Club requests"), self)
        self.requests_table = Table([self.tr("Child"), self.tr("Club"), self.tr("Status"), self.tr("Urgency"),
                                     self.tr("Requested on"), self.tr("Waiting (days)"), self.tr("Through")],
                                    requests, stretch=1, empty_text=self.tr("No club was requested for the children."),
                                    name="clubRequestsTable")
        self.requests_table.setAccessibleName(self.tr("Club requests"))
        QVBoxLayout(requests).addWidget(self.requests_table)
        self.enrolments_box = QGroupBox(self.tr("Enrolments"), self)
        self.enrolments_table = Table([self.tr("Child"), self.tr("Club"), self.tr("From"), self.tr("Until"),
                                       self.tr("Attendance (30 club days)"), self.tr("Allergies"),
                                       self.tr("May collect the child"), self.tr("Consent")],
                                      self.enrolments_box, stretch=6,
                                      empty_text=self.tr("No child of the family is enrolled in a club."),
                                      name="clubEnrolmentsTable")
        self.enrolments_table.setAccessibleName(self.tr("Enrolments"))
        self.enrolments_table.itemSelectionChanged.connect(self._update_actions)
        QVBoxLayout(self.enrolments_box).addWidget(self.enrolments_table)
        self.fees_box = QGroupBox(self.tr("Club fees"), self)
        self.charges_table = Table([self.tr("Month"), self.tr("Child"), self.tr("Club"), self.tr("Fee"),
                                    self.tr("Charged")], self.fees_box, stretch=1,
                                   empty_text=self.tr("No charges."), name="clubChargesTable")
        self.charges_table.setAccessibleName(self.tr("Charges"))
        self.payments_table = Table([self.tr("Date"), self.tr("Child"), self.tr("Amount"), self.tr("Method"),
                                     self.tr("Receipt no."), self.tr("Recorded by")], self.fees_box, stretch=1,
                                    empty_text=self.tr("No payments."), name="clubPaymentsTable")
        self.payments_table.setAccessibleName(self.tr("Payments"))
        self.requests_table.setWordWrap(False)
        self.adjustments_label = QLabel(self.fees_box)
        self.adjustments_label.setObjectName("clubAdjustments")
        self.adjustments_label.setWordWrap(True)
        fees_tables = QHBoxLayout()
        charges_col = QVBoxLayout()
        charges_col.addWidget(QLabel(self.tr("Charges"), self.fees_box))
        charges_col.addWidget(self.charges_table)
        payments_col = QVBoxLayout()
        payments_col.addWidget(QLabel(self.tr("Payments"), self.fees_box))
        payments_col.addWidget(self.payments_table)
        fees_tables.addLayout(charges_col)
        fees_tables.addLayout(payments_col)
        fees_layout = QVBoxLayout(self.fees_box)
        fees_layout.addWidget(self.adjustments_label)
        fees_layout.addLayout(fees_tables)
        self.enrolments_box.setVisible(self.can_view)
        self.fees_box.setVisible(self.can_view)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(requests, 2)
        layout.addWidget(self.enrolments_box, 2)
        layout.addWidget(self.fees_box, 3)
        view.ops.bus.subscribe(self, self._changed)
        self._update_actions()

    # ---- loading -----------------------------------------------------------------------------------------
    def show_detail(self, detail: FileDetail) -> None:
        if self.loaded_once or self.view.tabs.currentWidget() is self:
            self.load()

    def activated(self) -> None:
        if not self.loaded_once:
            self.load()

    def load(self) -> None:
        self.loaded_once = True
        self.loading = True
        clubs, file_id, with_fees = self.view.services.clubs, self.view.file_id, self.can_view

        def read() -> tuple[FileClubs, FeeAccount | None]:
            return clubs.file_clubs(file_id), clubs.account(file_id) if with_fees else None

        self.view.ops.query(self, read, self._loaded, failure=self._failed, key=("file-clubs", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _changed(self, changes: Changes, _origin: object) -> None:
        # a club's roster, attendance or fees changed (the file view reloads itself for its own file's changes)
        if self.loaded_once and changes.clubs and not changes.touches_file(self.view.file_id):
            self.load()

    def _loaded(self, result: tuple[FileClubs, FeeAccount | None]) -> None:
        self.show_clubs(*result)

    def show_clubs(self, data: FileClubs, account: FeeAccount | None = None) -> None:
        self.loading = False
        self.data, self.account = data, account
        self.error_label.hide()
        requests, enrolments = [], []
        for child in data.children:
            for r in child.requests:
                days = rules.waiting_days(r.requested_on, r.closed_on)
                requests.append([Item(r.child_name, r.id), Item(r.preferred_club_name or self.tr("any club"), r.id),
                                 Item(request_status_label(r.status), r.id), Item(urgency_label(r.urgency), r.id),
                                 Item(fmt_date(r.requested_on), r.id, r.requested_on.toordinal()),
                                 Item(str(days) if r.status == "waiting" else "", r.id, days),
                                 Item(route_label(r.route), r.id)])
            for e in child.enrolments:
                until = (fmt_date(e.left_on) if e.left_on else fmt_date(e.ends_on))
                until_item = Item(until, e.id, (e.left_on or e.ends_on or rules.today()).toordinal())
                if e.left_on:
                    until_item.setToolTip(self.tr("Left on %1").replace("%1", fmt_date(e.left_on)))
                allergies = Item(e.allergies, e.id)
                if e.allergies:
                    mark_caution(allergies, e.allergies)
                consent = Item(fmt_date(e.consent_on) if e.consent_signed else self.tr("not signed"), e.id)
                if not e.consent_signed:
                    mark_warning(consent, self.tr("The parents' consent is not signed"))
                collectors = Item(collectors_text(e), e.id)
                collectors.setToolTip(collectors_text(e))
                rate = child.attendance_rate if e.active else None
                enrolments.append([Item(e.child_name, e.id), Item(e.club_name, e.id),
                                   Item(fmt_date(e.starts_on), e.id, e.starts_on.toordinal()), until_item,
                                   Item(fmt_rate(rate), e.id, -1 if rate is None else rate), allergies,
                                   collectors, consent])
        self.requests_table.set_rows(requests)
        self.enrolments_table.set_rows(enrolments)
        self.enrolments_table.resizeRowsToContents()
        if enrolments and self.enrolments_table.currentRow() < 0:
            self.enrolments_table.setCurrentCell(0, 0)
        if account is not None:
            self._show_account(data, account)
        self._update_actions()

    def _show_account(self, data: FileClubs, account: FeeAccount) -> None:
        if data.balance_agorot < 0:
            text = self.tr("Club fees: the family is in credit, %1.").replace("%1", fmt_money(-data.balance_agorot))
        else:
            text = self.tr("Club fees: the family owes %1, of which %2 in arrears.").replace(
                "%1", fmt_money(data.balance_agorot)).replace("%2", fmt_money(data.arrears_agorot))
        self.balance_label.setText(text)
        self.balance_label.setStyleSheet("color: #a61b1b;" if data.arrears_agorot > 0 else "")
        self.charges_table.set_rows([[Item(c.month.strftime("%m/%Y"), c.id, c.month.toordinal()),
                                      Item(c.child_name, c.id), Item(c.club_name, c.id),
                                      Item(fmt_money(c.fee_agorot), c.id, c.fee_agorot),
                                      Item(fmt_money(c.amount_agorot), c.id, c.amount_agorot)]
                                     for c in account.charges])
        self.payments_table.set_rows([[Item(fmt_date(p.paid_on), p.id, p.paid_on.toordinal()),
                                       Item(p.child_name, p.id), Item(fmt_money(p.amount_agorot), p.id, p.amount_agorot),
                                       Item(payment_method_label(p.method), p.id), Item(p.receipt_no, p.id),
                                       Item(p.recorded_by_name, p.id)] for p in account.payments])
        lines = []
        for a in account.adjustments:
            period = fmt_date(a.from_month)[3:] + (f"–{fmt_date(a.to_month)[3:]}" if a.to_month else "")
            what = adjustment_kind_label(a.kind)
            if a.kind == "discount":
                what += f" {fmt_money(a.discount_agorot)}"
            lines.append(f"{what} ({period}): {a.reason} — {a.decided_by_name}")
        self.adjustments_label.setText("\n".join(lines))
        self.adjustments_label.setVisible(bool(lines))

    # ---- actions -----------------------------------------------------------------------------------------
    def selected_enrolment(self) -> EnrolmentDTO | None:
        if self.data is None:
            return None
        item = self.enrolments_table.item(self.enrolments_table.currentRow(), 0)
        eid = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return next((e for c in self.data.children for e in c.enrolments if e.id == eid), None)

    def _update_actions(self) -> None:
        e = self.selected_enrolment()
        self.registration_action.setEnabled(e is not None)
        self.adjust_action.setEnabled(e is not None and e.active)
        self.payment_action.setEnabled(self.data is not None and any(c.enrolments for c in self.data.children))

    def _after(self, focus: QWidget) -> None:
        QTimer.singleShot(0, lambda: self.view._after_dialog(focus))

    def open_request(self) -> RequestDialog | None:
        if not self.can_request:
            return None
        from desktop.clubs.request_dialog import RequestDialog

        route = "intake" if self.view.services.user.role == "intake_worker" else "family_worker"
        dialog = RequestDialog(self.view.services, self.view.ops, self.view.file_id, self.view, route=route)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._after(self.requests_table))
        dialog.open()
        return dialog

    def open_payment(self) -> PaymentDialog | None:
        if not self.can_manage:
            return None
        from desktop.clubs.payment_dialog import PaymentDialog

        e = self.selected_enrolment()
        family = self.view.detail.file.family_name if self.view.detail is not None else ""
        dialog = PaymentDialog(self.view.services, self.view.ops, self.view, file_id=self.view.file_id,
                               subtitle=family, enrolment_id=e.id if e is not None else None)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._after(self.payments_table))
        dialog.open()
        return dialog

    def open_adjustment(self) -> AdjustmentDialog | None:
        """An exemption or a discount of the selected enrolment's fee, from the first month not charged."""
        e = self.selected_enrolment()
        if not self.can_manage or e is None or not e.active:
            return None
        from desktop.clubs.adjustment_dialog import AdjustmentDialog

        charged = [c.month for c in self.account.charges if c.enrolment_id == e.id] if self.account else []
        month = rules.month_start(rules.today())
        if charged and max(charged) >= month:
            month = rules.add_months(max(charged), 1)
        dialog = AdjustmentDialog(self.view.services, self.view.ops, e.id, e.child_name, self.view, month=month)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._after(self.enrolments_table))
        dialog.open()
        return dialog

    def print_registration(self) -> ClubPreview | None:
        e = self.selected_enrolment()
        if not self.can_manage or e is None:
            return None
        return print_registration(self, self.view.services, self.view.ops, e.id)

    def focus_target(self) -> QWidget:
        return self.requests_table
