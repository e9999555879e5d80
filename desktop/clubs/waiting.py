"""A club's waiting list (the "Waiting list" tab of the Clubs page), in the list's order, the rule stated
above it in one sentence: pinned requests first (by their rank, each with the club worker's reason), then
the children whose age fits the club, urgency, risk, and who has waited longest.

Actions: Enrol (Enter: the enrolment dialog, filled from the request; disabled, and saying so, while the club
is full), Pin or unpin with a reason, Withdraw with a reason, Open the family file. It reloads itself when the
club or a family file changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import (
    FlowLayout,
    fmt_age,
    mark_warning,
    risk_label,
    route_label,
    urgency_label,
    waiting_order_text,
    withdraw_reason_label,
)
from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.tables import Item, Table, fmt_count, select_row, with_count
from models.changes import Changes
from models.clubs.dto import WaitingList, WaitingRow
from models.codes import WITHDRAW_REASONS
from models.errors import DomainError

if TYPE_CHECKING:
    from models.services import Services

(COL_POSITION, COL_CHILD, COL_AGE, COL_FILE, COL_URGENCY, COL_RISK, COL_WAITING, COL_ROUTE,
 COL_PINNED) = range(9)
URGENCY_ORDER = {"immediate": 0, "day": 1, "week": 2, "routine": 3}
RISK_ORDER = {"high": 0, "medium": 1, "low": 2}


class WaitingView(QWidget):
    """``enrol_requested(WaitingRow)``: Enter or Enrol on a row while a seat is free (the page opens the
    enrolment dialog); ``open_file_requested(file_id)``; ``loaded(WaitingList | None)`` after each load."""

    enrol_requested = Signal(object)
    open_file_requested = Signal(int)
    loaded = Signal(object)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clubWaitingList")
        self.services, self.ops = services, ops
        self.club_id: int | None = None
        self.waiting: WaitingList | None = None
        self.loading = False
        self.dialog: QDialog | None = None

        self.order_label = QLabel(waiting_order_text(), self)
        self.order_label.setObjectName("waitingOrder")
        self.order_label.setWordWrap(True)
        self.seats_label = QLabel(self)
        self.seats_label.setObjectName("waitingSeats")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("waitingCount")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("waitingError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.table = Table([self.tr("No."), self.tr("Child"), self.tr("Age"), self.tr("File no."), self.tr("Urgency"),
                            self.tr("Risk"), self.tr("Waiting"), self.tr("Route"), self.tr("Pinned because")],
                           self, stretch=COL_PINNED, sortable=False,
                           empty_text=self.tr("Nobody is waiting for this club. A request is filed from the family "
                                              "file's Club tab, or here through School referral."),
                           name="waitingTable")
        self.table.setAccessibleName(self.tr("Waiting list"))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self.enrol())  # Enter or a double-click
        self.table.itemSelectionChanged.connect(self._update_actions)

        self.enrol_action = ViewAction(self, self.tr("&Enrol…"), QKeySequence("Ctrl+E"), self.enrol,
                                       name="enrolFromList")
        self.pin_button = self._button(self.tr("&Pin…"), "pinRequest", self.pin)
        self.withdraw_button = self._button(self.tr("W&ithdraw…"), "withdrawRequest", self.withdraw)
        self.open_button = self._button(self.tr("&Open the family file"), "openFileFromList", self.open_file)

        head = QHBoxLayout()
        head.addWidget(self.order_label, 1)
        head.addWidget(self.count_label)
        head.addSpacing(12)
        head.addWidget(self.seats_label)
        buttons = FlowLayout()
        for b in (self.enrol_action.button, self.pin_button, self.withdraw_button, self.open_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.table, self.enrol_action.button)
        self._update_actions()
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)

    def _button(self, text: str, name: str, handler: Callable[[], Any]) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _checked=False: handler())
        return b

    # ---- loading -----------------------------------------------------------------------------------------
    def set_club(self, club_id: int | None) -> None:
        self.club_id = club_id
        self.waiting = None
        self.table.set_rows([])
        self.seats_label.clear()
        self.count_label.clear()
        self._update_actions()
        self.refresh()

    def refresh(self) -> None:
        club_id = self.club_id
        if club_id is None:
            self.loaded.emit(None)
            return
        clubs = self.services.clubs
        self.loading = True
        self.ops.query(self, lambda: clubs.waiting_list(club_id), self._show, failure=self._failed,
                       key=("club-waiting", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit(None)

    def _show(self, waiting: WaitingList) -> None:
        if waiting.club_id != self.club_id:
            return  # another club was chosen meanwhile
        self.loading = False
        self.error_label.hide()
        selected = self.selected_request_id()
        self.waiting = waiting
        items = []
        for r in waiting.rows:
            age = Item(fmt_age(r.age), r.request_id, -1 if r.age is None else r.age)
            if not r.age_fits:
                mark_warning(age, self.tr("Outside the club's age range: enrolling needs a reason"))
            days = Item(self.tr("%n day(s)", "", r.waiting_days), r.request_id, r.waiting_days)
            pinned = Item("" if r.pinned_rank is None else f"{r.pinned_rank} · {r.rank_reason}", r.request_id)
            if r.pinned_rank is not None:
                pinned.setToolTip(r.rank_reason)
            route = route_label(r.route)
            if r.preferred_club_id is None:
                route += " · " + self.tr("any club")
            cells = [Item(str(r.position), r.request_id, r.position), Item(r.child_name, r.request_id),
                     age, Item(r.file_number, r.request_id), Item(urgency_label(r.urgency), r.request_id,
                                                                  URGENCY_ORDER.get(r.urgency, 9)),
                     Item(risk_label(r.risk), r.request_id, RISK_ORDER.get(r.risk, 9)), days,
                     Item(route, r.request_id), pinned]
            for c in (COL_POSITION, COL_AGE, COL_WAITING):
                cells[c].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            items.append(cells)
        self.table.set_rows(items)
        n = len(waiting.rows)
        self.count_label.setText(with_count(self.tr("%n waiting", "", n), n))
        if waiting.free:
            self.seats_label.setText(self.tr("%1 free").replace("%1", fmt_count(waiting.free)))
            self.seats_label.setStyleSheet("")
        else:
            self.seats_label.setText(self.tr("Full: %1 of %2 seats taken").replace(
                "%1", fmt_count(waiting.enrolled)).replace("%2", fmt_count(waiting.capacity)))
            self.seats_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        if waiting.rows:
            ids = [r.request_id for r in waiting.rows]
            select_row(self.table, ids.index(selected) if selected in ids else 0)
        self._update_actions()
        self.loaded.emit(waiting)

    def _changed(self, changes: Changes, _origin: object) -> None:
        if self.club_id is not None and (self.club_id in changes.clubs or changes.files):
            self.refresh()

    # ---- the selection -----------------------------------------------------------------------------------
    def selected_request_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, COL_CHILD) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def selected(self) -> WaitingRow | None:
        rid = self.selected_request_id()
        if self.waiting is None or rid is None:
            return None
        return next((r for r in self.waiting.rows if r.request_id == rid), None)

    def select(self, request_id: int) -> None:
        if self.waiting is not None:
            ids = [r.request_id for r in self.waiting.rows]
            if request_id in ids:
                select_row(self.table, ids.index(request_id))

    def child_names(self) -> list[str]:
        """The children in the list's order."""
        return [self.table.item(r, COL_CHILD).text() for r in range(self.table.rowCount())]  # type: ignore[union-attr]

    def _update_actions(self) -> None:
        row = self.selected()
        full = self.waiting is not None and self.waiting.free == 0
        if full:
            self.enrol_action.button.setText(self.tr("Club full: no seat to enrol"))
            self.enrol_action.button.setToolTip(self.tr("Every seat is taken. When a child leaves, the first "
                                                        "on this list is next."))
        else:
            self.enrol_action.button.setText(self.tr("&Enrol…"))
            self.enrol_action.button.setToolTip(self.tr("Enrol the selected child (Enter)"))
        self.enrol_action.button.setAccessibleName(self.enrol_action.button.text().replace("&", ""))
        self.enrol_action.setEnabled(row is not None and not full)
        self.pin_button.setEnabled(row is not None)
        self.pin_button.setText(self.tr("Un&pin…") if row is not None and row.pinned_rank is not None
                                else self.tr("&Pin…"))
        self.withdraw_button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None)

    # ---- actions -----------------------------------------------------------------------------------------
    def enrol(self) -> None:
        row = self.selected()
        if row is None or self.waiting is None or self.waiting.free == 0:
            return
        self.enrol_requested.emit(row)

    def open_file(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_file_requested.emit(row.file_id)

    def _open(self, dialog: PinDialog | WithdrawDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.reload_requested.connect(lambda: self._reload_into(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _reload_into(self, dialog: PinDialog | WithdrawDialog) -> None:
        """After a conflict (someone changed the request): read the list again and give the dialog the
        request's new version; what the user typed stays. A request no longer waiting says so."""
        club_id, rid = self.club_id, dialog.row.request_id
        if club_id is None:
            return
        clubs = self.services.clubs

        def arrived(waiting: WaitingList) -> None:
            self._show(waiting)
            fresh = next((r for r in waiting.rows if r.request_id == rid), None)
            if fresh is None:
                dialog.error_label.setText(self.tr("The request is no longer on the waiting list."))
                dialog.error_label.show()
                dialog.reload_button.hide()
                dialog.set_ready(False)
                return
            dialog.row = fresh
            dialog.set_version(fresh.version)

        self.ops.query(self, lambda: clubs.waiting_list(club_id), arrived, failure=dialog.show_error)

    def pin(self) -> PinDialog | None:
        row = self.selected()
        if row is None or self.waiting is None:
            return None
        dialog = PinDialog(self.services, self.ops, row, len(self.waiting.rows), self)
        self._open(dialog)
        return dialog

    def withdraw(self) -> WithdrawDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = WithdrawDialog(self.services, self.ops, row, self)
        self._open(dialog)
        return dialog


class PinDialog(ServiceDialog):
    """Put a request at a fixed place at the top of the list (rank 1 first) with a reason (kept with the
    request and shown in the list), or take it off (it goes back to its place by the list's rule)."""

    def __init__(self, services: Services, ops: Ops, row: WaitingRow, rows: int, parent: QWidget | None = None) -> None:
        self.unpin = row.pinned_rank is not None
        title = self.tr("Unpin — %1") if self.unpin else self.tr("Pin to the top of the list — %1")
        super().__init__(ops, title.replace("%1", row.child_name), parent)
        self.setObjectName("pinDialog")
        self.services, self.row = services, row
        self.version = row.version
        self.rank = QSpinBox(self)
        self.rank.setRange(1, max(1, rows))
        self.rank.setValue(1)
        self.rank.setToolTip(self.tr("1: the first on the list"))
        self.reason = plain_text_edit(self, 70)
        explain = QLabel(self)
        explain.setWordWrap(True)
        if self.unpin:
            explain.setText(self.tr("Pinned at %1 because: %2. Unpinned, the request takes its place by the list's "
                                    "rule again.").replace("%1", str(row.pinned_rank)).replace("%2", row.rank_reason))
            self.rank.hide()
        else:
            explain.setText(self.tr("A pinned request comes before the list's rule: state why, the reason is shown "
                                    "in the list."))
            caption = QLabel(self.tr("Pinned &rank:"), self)
            caption.setBuddy(self.rank)
            self.form.addRow(caption, self.rank)
        self.form.insertRow(0, explain)
        if self.unpin:
            self.reason.hide()  # the list's rule needs no reason
        else:
            caption = QLabel(self.tr("&Reason:"), self)
            caption.setBuddy(self.reason)
            self.form.addRow(caption, self.reason)
        save_with_ctrl_enter(self, self.submit)
        self.reason.setFocus()

    def service_call(self) -> Callable[[], Any]:
        clubs, rid, version = self.services.clubs, self.row.request_id, self.version
        assert version is not None
        rank = None if self.unpin else self.rank.value()
        reason = "" if self.unpin else self.reason.toPlainText().strip()
        return lambda: clubs.pin_request(rid, version, rank, reason)


class WithdrawDialog(ServiceDialog):
    """Take a request off the waiting list, with a reason (and a note); asks first."""

    def __init__(self, services: Services, ops: Ops, row: WaitingRow, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Withdraw the request — %1").replace("%1", row.child_name), parent)
        self.setObjectName("withdrawDialog")
        self.services, self.row = services, row
        self.version = row.version
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        for code in WITHDRAW_REASONS:
            self.reason.addItem(withdraw_reason_label(code), code)
        self.note = plain_text_edit(self, 70)
        for text, field in ((self.tr("&Reason:"), self.reason), (self.tr("&Note:"), self.note)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        save_with_ctrl_enter(self, self.submit)
        self.reason.setFocus()

    def confirmation(self) -> str | None:
        return self.tr("Withdraw the request for %1? The child leaves the waiting list; a new request would "
                       "wait from today.").replace("%1", self.row.child_name)

    def confirm_button_text(self) -> str:
        return self.tr("Withdraw")

    def service_call(self) -> Callable[[], Any]:
        clubs, rid, version = self.services.clubs, self.row.request_id, self.version
        assert version is not None
        reason, note = self.reason.currentData(), self.note.toPlainText().strip()
        return lambda: clubs.withdraw_request(rid, version, reason, note)
