"""The foster-care referrals page (הפניות לאומנה), for the family and youth-law workers, the team heads and the
manager: the referrals of the files one sees, open ones first by their step in the pipeline, then the child's
age (the youngest first): the child, age, file, kind, status, the days in that status, the foster-care service,
the worker, a red flag "committee decision missing" on an emergency referral the committee has not decided yet,
and the annual review date; filtered by status (open, each status, all) and kind, and by a search for a file
number or a child's name; with the count of referrals in each status.

Below, the committee's final decisions for an out-of-home placement that no referral carries out yet: Create
referral… (Ctrl+N) opens the new referral filled from the decision.

Keys: Enter (or Ctrl+O) opens the selected referral (its own window), Ctrl+Shift+F the family file on its Foster care tab,
F5 reloads. It reloads itself when a referral, a file or a committee meeting changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import FlowLayout
from desktop.foster.common import (
    committee_missing_text,
    kind_label,
    mark_warning,
    status_filter_label,
    status_label,
)
from desktop.foster.dialogs import FosterReferralDialog, decision_text
from desktop.foster.referral_view import FosterReferralView, created_message, open_referral
from desktop.messages import decision_kind_label, message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.due import is_overdue, mark_overdue
from desktop.widgets.tables import Item, Table, fmt_count, select_row, with_count
from models.changes import Changes
from models.codes import FOSTER_KINDS, FOSTER_STATUSES
from models.errors import DomainError
from models.foster.dto import DecisionOption, FosterPage, FosterReferralDTO, FosterRow
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.services import Services

(COL_CHILD, COL_AGE, COL_FILE, COL_KIND, COL_STATUS, COL_DAYS, COL_SERVICE, COL_WORKER, COL_COMMITTEE,
 COL_REVIEW) = range(10)
AW_HELD, AW_CHILD, AW_DECISION = range(3)
SEARCH_DELAY_MS = 300
STATUS_FILTERS = ("open", *FOSTER_STATUSES, "")


class FosterReferralsPage(QWidget):
    """``open_file_requested(file_id)`` asks the main window to open a family file (on its Foster care tab)."""

    open_file_requested = Signal(int)
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fosterPage")
        self.services, self.ops = services, ops
        self.page: FosterPage | None = None
        self.loading = False
        self.view: FosterReferralView | None = None
        self.dialog: FosterReferralDialog | None = None
        self.message_box: QMessageBox | None = None
        self.can_manage = allowed(services.user.role, Action.MANAGE_FOSTER)

        title = QLabel(self.tr("Foster-care referrals"), self)
        title.setObjectName("pageTitle")
        self.status = QComboBox(self)
        self.status.setObjectName("fosterStatusFilter")
        for code in STATUS_FILTERS:
            self.status.addItem(status_filter_label(code), code)
        self.kind = QComboBox(self)
        self.kind.setObjectName("fosterKindFilter")
        self.kind.addItem(self.tr("every kind"), "")
        for code in FOSTER_KINDS:
            self.kind.addItem(kind_label(code), code)
        self.search = QLineEdit(self)
        self.search.setObjectName("fosterSearch")
        self.search.setPlaceholderText(self.tr("File number or child's name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        filters = QHBoxLayout()
        for text, field in ((self.tr("&Status:"), self.status), (self.tr("&Kind:"), self.kind),
                            (self.tr("Searc&h:"), self.search)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            filters.addWidget(caption)
            filters.addWidget(field, 2 if field is self.search else 0)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("fosterCounts")
        self.counts_label.setWordWrap(True)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("fosterTotal")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fosterError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.open_action = ViewAction(self, self.tr("&Open the referral"), "Ctrl+O", self.open_selected,
                                      name="openReferral")
        self.open_action.button.setToolTip(self.tr("Open the selected referral (Enter, Ctrl+O)"))
        self.file_action = ViewAction(self, self.tr("Open the &family file"), "Ctrl+Shift+F", self.open_file,
                                      name="openFosterFamilyFile")
        self.refresh_action = ViewAction(self, self.tr("Refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh,
                                         name="refreshFoster")
        actions = FlowLayout()
        for a in (self.open_action, self.file_action, self.refresh_action):
            actions.addWidget(a.button)

        self.table = Table([self.tr("Child"), self.tr("Age"), self.tr("File no."), self.tr("Kind"), self.tr("Status"),
                            self.tr("In status"), self.tr("Foster-care service"), self.tr("Worker"),
                            self.tr("Committee"), self.tr("Annual review")], self, stretch=COL_SERVICE,
                           empty_text=self.tr("No foster-care referrals match. A referral is made from a committee "
                                              "decision below, or from the family file's Foster care tab."),
                           name="fosterTable")
        self.table.setAccessibleName(self.tr("Foster-care referrals"))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_actions)

        referrals = QWidget(self)
        referrals_layout = QVBoxLayout(referrals)
        referrals_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.counts_label, 1)
        head.addWidget(self.total_label)
        referrals_layout.addLayout(head)
        referrals_layout.addWidget(self.table, 1)

        self.awaiting_box = QGroupBox(self.tr("Committee decisions awaiting a referral"), self)
        self.awaiting_table = Table([self.tr("Heard on"), self.tr("Child"), self.tr("Decision")], self.awaiting_box,
                                    stretch=AW_DECISION,
                                    empty_text=self.tr("Every out-of-home decision of the committee has its referral."),
                                    name="awaitingTable")
        self.awaiting_table.setAccessibleName(self.tr("Committee decisions awaiting a referral"))
        self.awaiting_table.setWordWrap(False)
        self.awaiting_table.activated.connect(lambda _i: self.create_from_decision())
        self.awaiting_table.itemSelectionChanged.connect(self._update_actions)
        self.create_action = ViewAction(self, self.tr("&Create referral…"), QKeySequence.StandardKey.New,
                                        self.create_from_decision, button_parent=self.awaiting_box,
                                        name="createReferral")
        self.create_action.setVisible(self.can_manage)
        aw_bar = QHBoxLayout()
        aw_bar.addWidget(self.create_action.button)
        aw_bar.addStretch(1)
        aw_layout = QVBoxLayout(self.awaiting_box)
        aw_layout.addLayout(aw_bar)
        aw_layout.addWidget(self.awaiting_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(referrals)
        splitter.addWidget(self.awaiting_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.search, self.table)
        self._update_actions()
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)
        self.refresh()

    # ---- loading -------------------------------------------------------------------------------------------
    def filters(self) -> tuple[str | None, str | None, str]:
        status = self.status.currentData() or None
        kind = self.kind.currentData() or None
        return status, kind, self.search.text().strip()

    def refresh(self) -> None:
        self._timer.stop()
        foster = self.services.foster
        status, kind, query = self.filters()
        self.loading = True
        self.ops.query(self, lambda: foster.referrals(status=status, kind=kind, query=query), self._show,
                       failure=self._failed, key=("foster-page", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.foster or changes.files or changes.meetings:
            self.refresh()

    def _show(self, page: FosterPage) -> None:
        self.loading = False
        self.error_label.hide()
        selected = self.selected_id()
        self.page = page
        rows = []
        for r in page.rows:
            age = Item("" if r.age_years is None else str(r.age_years), r.id, -1 if r.age_years is None else r.age_years)
            days = Item(self.tr("%n day(s)", "", r.days_in_status), r.id, r.days_in_status)
            committee = Item(committee_missing_text() if r.committee_missing else "", r.id, 0 if r.committee_missing
                             else 1)
            if r.committee_missing:
                mark_warning(committee, self.tr("An emergency referral: the committee has not decided yet"))
            review = Item(fmt_date(r.annual_review_on), r.id,
                          r.annual_review_on.toordinal() if r.annual_review_on else 10**7)
            if r.annual_review_on is not None and r.status == "placed" and is_overdue(r.annual_review_on):
                mark_overdue(review)
            cells = [Item(r.child_name, r.id), age, Item(r.file_number, r.id), Item(kind_label(r.kind), r.id),
                     Item(status_label(r.status), r.id, FOSTER_STATUSES.index(r.status)
                          if r.status in FOSTER_STATUSES else 99),
                     days, Item(r.service_name, r.id), Item(r.worker_name, r.id), committee, review]
            cells[COL_SERVICE].setToolTip(r.service_name)  # elided when the window is narrow
            for c in (COL_AGE, COL_DAYS):
                cells[c].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            rows.append(cells)
        self.table.set_rows(rows)
        ids = [r.id for r in page.rows]
        if ids:
            select_row(self.table, ids.index(selected) if selected in ids else 0)
        counts = [f"{status_label(s)}: {fmt_count(page.counts_by_status.get(s, 0))}" for s in FOSTER_STATUSES
                  if page.counts_by_status.get(s, 0)]
        self.counts_label.setText(" · ".join(counts) if counts else self.tr("No referrals yet."))
        if page.total > len(page.rows):
            self.total_label.setText(self.tr("The first %1 of %2").replace("%1", fmt_count(len(page.rows)))
                                     .replace("%2", fmt_count(page.total)))
        else:
            self.total_label.setText(with_count(self.tr("%n referral(s)", "", page.total), page.total))
        aw_selected = self.selected_decision()
        self.awaiting_table.set_rows([[Item(fmt_date(o.held_on), o.decision_id, o.held_on.toordinal()),
                                       Item(o.child.full_name, o.decision_id),
                                       Item(f"{decision_kind_label(o.kind)}: {' '.join(o.text.split())}",
                                            o.decision_id)] for o in page.awaiting_referral])
        for row, o in enumerate(page.awaiting_referral):
            cell = self.awaiting_table.item(row, AW_DECISION)
            if cell is not None:
                cell.setToolTip(decision_text(o))
        aw_ids = [o.decision_id for o in page.awaiting_referral]
        if aw_ids:
            keep = aw_selected.decision_id if aw_selected is not None else None
            select_row(self.awaiting_table, aw_ids.index(keep) if keep in aw_ids else 0)
        self.awaiting_box.setTitle(self.tr("Committee decisions awaiting a referral (%1)").replace(
            "%1", fmt_count(len(page.awaiting_referral))))
        self._update_actions()
        self.loaded.emit()

    # ---- the selection -------------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, COL_CHILD) if row >= 0 else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def selected(self) -> FosterRow | None:
        rid = self.selected_id()
        if self.page is None or rid is None:
            return None
        return next((r for r in self.page.rows if r.id == rid), None)

    def selected_decision(self) -> DecisionOption | None:
        if self.page is None:
            return None
        row = self.awaiting_table.currentRow()
        item = self.awaiting_table.item(row, AW_CHILD) if row >= 0 else None
        did = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return next((o for o in self.page.awaiting_referral if o.decision_id == did), None)

    def child_names(self) -> list[str]:
        """The children in the table's order."""
        return [self.table.item(r, COL_CHILD).text() for r in range(self.table.rowCount())]  # type: ignore[union-attr]

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def select(self, referral_id: int) -> None:
        if self.page is not None:
            ids = [r.id for r in self.page.rows]
            if referral_id in ids:
                select_row(self.table, ids.index(referral_id))

    def _update_actions(self) -> None:
        has = self.selected_id() is not None
        self.open_action.setEnabled(has)
        self.file_action.setEnabled(has)
        self.create_action.setEnabled(self.can_manage and self.selected_decision() is not None)

    # ---- actions -------------------------------------------------------------------------------------------
    def open_selected(self) -> FosterReferralView | None:
        rid = self.selected_id()
        if rid is None:
            return None
        return self.open_referral(rid)

    def open_referral(self, referral_id: int) -> FosterReferralView:
        self.view = open_referral(self, self.services, self.ops, referral_id, self.open_file_requested.emit)
        return self.view

    def open_file(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_file_requested.emit(row.file_id)

    def create_from_decision(self) -> FosterReferralDialog | None:
        option = self.selected_decision()
        if option is None or not self.can_manage:
            return None
        dialog = FosterReferralDialog(self.services, self.ops, option.file_id, self, decision=option)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(self._created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, referral: FosterReferralDTO) -> None:
        view = self.open_referral(referral.id)
        self.message_box = created_message(view, referral)
