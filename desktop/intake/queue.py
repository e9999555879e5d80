"""The intake queue (תור האינטייק): the open referrals, overdue first, then by urgency, then the oldest; the
counts per urgency above the table ("Immediate: 2 (1 overdue)"); filters by source, intake worker, date
received and "include closed". Ctrl+N a new referral, Enter opens the selected one, F5 reloads. Loads off
the GUI thread and reloads itself when any referral changes (``changes.referrals``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import message_for, referral_status_label, source_label, urgency_label
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from desktop.widgets.due import mark_overdue, overdue_word
from desktop.widgets.tables import Item, Table, fmt_count, select_row, with_count
from models.changes import Changes
from models.codes import REFERRAL_SOURCES, URGENCIES
from models.errors import DomainError
from models.intake.dto import QueueCounts, QueueFilter, QueueRow
from models.users.dto import UserRef

if TYPE_CHECKING:
    from models.services import Services

(COL_NUMBER, COL_RECEIVED, COL_AGE, COL_URGENCY, COL_SOURCE, COL_PERSONS, COL_PROBLEM, COL_WORKER,
 COL_STATUS) = range(9)


class IntakeQueueView(QWidget):
    """``open_requested(referral_id)``: Enter or double-click on a row; ``new_requested``: Ctrl+N.
    ``loaded`` fires each time the rows are in."""

    open_requested = Signal(int)
    new_requested = Signal()
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeQueue")
        self._services, self._ops = services, ops
        self.rows: list[QueueRow] = []
        self.counts: QueueCounts | None = None
        self.loading = False
        self.today = date.today()

        title = QLabel(self.tr("Intake queue"), self)
        title.setObjectName("pageTitle")
        self.new_action = ViewAction(self, self.tr("&New referral…"), QKeySequence.StandardKey.New,
                                     self.new_requested.emit, name="newReferral")
        self.open_button = QPushButton(self.tr("&Open"), self)  # Enter in the table opens too
        self.open_button.setObjectName("openReferral")
        self.open_button.setToolTip(self.tr("Open the selected referral (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_action = ViewAction(self, self.tr("Refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh,
                                         name="refreshQueue")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(self.tr("Loading…"))
        self.busy_bar.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("queueCount")

        # the counts per urgency: one label each, the overdue part in the overdue colour
        self.urgency_labels: dict[str, QLabel] = {}
        counts_row = QHBoxLayout()
        for u in URGENCIES:
            label = QLabel(self)
            label.setObjectName(f"count_{u}")
            label.setWordWrap(False)  # one line each: wrapped, "(1 overdue)" broke inside its brackets in RTL
            self.urgency_labels[u] = label
            counts_row.addWidget(label)
            counts_row.addSpacing(18)
        counts_row.addStretch(1)

        # filters
        self.source = QComboBox(self)
        self.source.setObjectName("sourceFilter")
        self.source.setAccessibleName(self.tr("Source"))
        self.source.addItem(self.tr("All sources"), "")
        for s in REFERRAL_SOURCES:
            self.source.addItem(source_label(s), s)
        self.worker = QComboBox(self)
        self.worker.setObjectName("workerFilter")
        self.worker.setAccessibleName(self.tr("Intake worker"))
        self.worker.addItem(self.tr("All intake workers"), None)
        self.has_from = QCheckBox(self.tr("&From:"), self)
        self.date_from = make_date_edit(date.today().replace(day=1), self)
        self.date_from.setEnabled(False)
        self.date_from.edit.setAccessibleName(self.tr("Received from"))
        self.has_to = QCheckBox(self.tr("&To:"), self)
        self.date_to = make_date_edit(date.today(), self)
        self.date_to.setEnabled(False)
        self.date_to.edit.setAccessibleName(self.tr("Received until"))
        for edit in (self.date_from, self.date_to):
            edit.hebrew_label.hide()  # the filter row stays narrow; the table shows the dates
        self.include_closed = QCheckBox(self.tr("Include &closed"), self)
        self.include_closed.setObjectName("includeClosed")
        caption_source = QLabel(self.tr("&Source:"), self)
        caption_source.setBuddy(self.source)
        caption_worker = QLabel(self.tr("&Intake worker:"), self)
        caption_worker.setBuddy(self.worker)
        for combo in (self.source, self.worker):  # a long name does not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        filters = QGridLayout()
        filters.addWidget(caption_source, 0, 0)
        filters.addWidget(self.source, 0, 1)
        filters.addWidget(caption_worker, 0, 2)
        filters.addWidget(self.worker, 0, 3)
        filters.addWidget(self.include_closed, 0, 4)
        filters.addWidget(self.has_from, 1, 0)
        filters.addWidget(self.date_from, 1, 1)
        filters.addWidget(self.has_to, 1, 2)
        filters.addWidget(self.date_to, 1, 3)
        filters.setColumnStretch(5, 1)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("queueError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.table = Table([self.tr("Number"), self.tr("Received"), self.tr("Age (days)"), self.tr("Urgency"),
                            self.tr("Source"), self.tr("Persons"), self.tr("Problem"), self.tr("Intake worker"),
                            self.tr("Status")], self, stretch=COL_PROBLEM,
                           empty_text=self.tr("No open referrals"), name="intakeQueueTable")
        self.table.setAccessibleName(self.tr("Intake queue"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # the problem takes what is left; the status ("waiting for hand-over · overdue") keeps its whole text
        for col, width in ((COL_PERSONS, 180), (COL_SOURCE, 110), (COL_WORKER, 110)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)  # long texts: cut, tooltip
            header.resizeSection(col, width)
        self.table.activated.connect(lambda _index: self.open_selected())  # Enter, double-click

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.busy_bar)
        top.addWidget(self.count_label)
        top.addWidget(self.new_action.button)
        top.addWidget(self.open_button)
        top.addWidget(self.refresh_action.button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(counts_row)
        layout.addLayout(filters)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.table, self.new_action.button)

        self.has_from.toggled.connect(self.date_from.setEnabled)
        self.has_to.toggled.connect(self.date_to.setEnabled)
        for signal in (self.source.currentIndexChanged, self.worker.currentIndexChanged,
                       self.has_from.toggled, self.has_to.toggled, self.include_closed.toggled,
                       self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self._filters_changed)
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)
        self._load_workers()
        self.refresh()

    # ---- loading -----------------------------------------------------------------------------------------
    def current_filter(self) -> QueueFilter:
        return QueueFilter(
            source=self.source.currentData() or "",
            intake_worker_id=self.worker.currentData(),
            received_from=to_date(self.date_from) if self.has_from.isChecked() else None,
            received_to=to_date(self.date_to) if self.has_to.isChecked() else None,
            include_closed=self.include_closed.isChecked(),
        )

    def refresh(self) -> None:
        intake, f = self._services.intake, self.current_filter()
        self.loading = True
        self.busy_bar.show()

        def load() -> tuple[list[QueueRow], QueueCounts]:
            return intake.queue(f), intake.counts()

        self._ops.query(self, load, self._show, failure=self._failed, key=("intake-queue", id(self)))

    def _load_workers(self) -> None:
        intake = self._services.intake
        self._ops.query(self, intake.intake_workers, self._workers_loaded, failure=self._failed)

    def _workers_loaded(self, users: list[UserRef]) -> None:
        blocked = self.worker.blockSignals(True)
        for u in users:
            self.worker.addItem(u.full_name, u.id)
        self.worker.blockSignals(blocked)

    def _filters_changed(self, *_args: object) -> None:
        self.refresh()

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit()

    def _show(self, result: tuple[list[QueueRow], QueueCounts]) -> None:
        rows, counts = result
        self.loading = False
        self.busy_bar.hide()
        self.error_label.hide()
        self.today = date.today()
        selected = self.selected_id()
        self.rows, self.counts = list(rows), counts
        items = []
        for r in self.rows:
            number = Item(r.number, r.id)
            received = Item(fmt_date(r.received_on), r.id, r.received_on.toordinal())
            age = Item(fmt_count(r.age_days), r.id, r.age_days)
            age.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            urgency = Item(urgency_label(r.urgency), r.id, URGENCIES.index(r.urgency) if r.urgency in URGENCIES else 9)
            status = Item(self.status_text(r.status), r.id)
            status.setToolTip(referral_status_label(r.status))
            if r.overdue:
                # an overdue open referral says just that (the column is narrow); one waiting for hand-over too
                status.setText(overdue_word() if r.status == "open" else f"{status.text()} · {overdue_word()}")
                for cell in (number, received, age, status):
                    mark_overdue(cell)
                status.setToolTip(self.tr("Due by %1: the referral needs an outcome").replace("%1", fmt_date(r.due_by)))
            elif r.status != "closed":
                status.setToolTip(self.tr("Due by %1").replace("%1", fmt_date(r.due_by)))
            problem = Item(r.problem, r.id)
            problem.setToolTip(r.problem)
            persons = Item(r.persons, r.id)
            persons.setToolTip(r.persons)
            items.append([number, received, age, urgency, Item(source_label(r.source), r.id), persons,
                          problem, Item(r.intake_worker, r.id), status])
        self.table.set_rows(items)
        n = len(self.rows)
        self.count_label.setText(with_count(self.tr("%n referral(s)", "", n), n))
        for u, label in self.urgency_labels.items():
            label.setText(self.count_text(u))
            label.setStyleSheet("color: #a61b1b; font-weight: bold;" if counts.overdue.get(u, 0) else "")
        if self.rows:
            ids = [r.id for r in self.rows]
            select_row(self.table, self._row_of(selected) if selected in ids else 0)
        self.loaded.emit()

    def status_text(self, status: str) -> str:
        """The status in a word (the column is narrow; the tooltip has the long form)."""
        return {"open": self.tr("open"), "awaiting_handover": self.tr("hand-over"),
                "closed": self.tr("closed")}.get(status, status)

    def count_text(self, urgency: str) -> str:
        """"Immediate: 2 (1 overdue)", or "Immediate: 0"."""
        counts = self.counts
        n = counts.open.get(urgency, 0) if counts else 0
        late = counts.overdue.get(urgency, 0) if counts else 0
        text = f"{urgency_label(urgency)}: {fmt_count(n)}"
        if late:
            text += " (" + self.tr("%1 overdue").replace("%1", fmt_count(late)) + ")"
        return text

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.referrals:
            self.refresh()

    # ---- the selection -----------------------------------------------------------------------------------
    def _row_of(self, referral_id: int | None) -> int:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, COL_NUMBER)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == referral_id:
                return r
        return 0

    def selected_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), COL_NUMBER) if self.table.currentRow() >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def open_selected(self) -> None:
        referral_id = self.selected_id()
        if referral_id is not None:
            self.open_requested.emit(referral_id)

    def numbers(self) -> list[str]:
        """The referral numbers in the order shown (for tests and the screen reader's sake)."""
        return [self.table.item(r, COL_NUMBER).text() for r in range(self.table.rowCount())]  # type: ignore[union-attr]
