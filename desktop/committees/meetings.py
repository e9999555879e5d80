"""The committee's meetings (the coordinator's day): upcoming first (soonest on top), then the past ones
(the latest on top); each with its date, weekday, time, place, level, status, chair, the cases on its agenda
and how many protocols are final. Filters: from/to dates and "include cancelled". Ctrl+N a new meeting,
Enter opens the selected one, F5 reloads; reloads itself when a meeting changes (``changes.meetings``)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.committees.common import fmt_time, weekday_name
from desktop.messages import committee_level_label, meeting_status_label, message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from desktop.widgets.tables import Item, Table, fmt_count, select_row, with_count
from models.changes import Changes
from models.committees.dto import MeetingRow
from models.errors import DomainError
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.services import Services

(COL_DATE, COL_DAY, COL_TIME, COL_PLACE, COL_LEVEL, COL_STATUS, COL_CHAIR, COL_CASES, COL_FINAL) = range(9)
DEFAULT_PAST_DAYS = 60  # the service's default window: the last two months and everything ahead


def ordered(rows: list[MeetingRow], today: date) -> list[MeetingRow]:
    """Upcoming (today included) soonest first, then the past ones latest first."""
    ahead = sorted((r for r in rows if r.held_on >= today), key=lambda r: (r.held_on, r.starts_at))
    past = sorted((r for r in rows if r.held_on < today), key=lambda r: (r.held_on, r.starts_at), reverse=True)
    return ahead + past


class MeetingsView(QWidget):
    """``open_requested(meeting_id)``: Enter or double-click; ``new_requested``: Ctrl+N. ``loaded`` fires
    each time the rows are in."""

    open_requested = Signal(int)
    new_requested = Signal()
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsView")
        self._services, self._ops = services, ops
        self.rows: list[MeetingRow] = []
        self.loading = False
        self.today = date.today()
        can_manage = allowed(services.user.role, Action.MANAGE_COMMITTEES)

        title = QLabel(self.tr("Committee meetings"), self)
        title.setObjectName("pageTitle")
        self.new_action = ViewAction(self, self.tr("&New meeting…"), QKeySequence.StandardKey.New,
                                     self.new_requested.emit, name="newMeeting")
        self.new_action.setVisible(can_manage)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openMeeting")
        self.open_button.setToolTip(self.tr("Open the selected meeting (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_action = ViewAction(self, self.tr("Refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh,
                                         name="refreshMeetings")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(self.tr("Loading…"))
        self.busy_bar.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("meetingsCount")

        self.has_from = QCheckBox(self.tr("&From:"), self)
        self.has_from.setChecked(True)
        self.date_from = make_date_edit(date.today() - timedelta(days=DEFAULT_PAST_DAYS), self)
        self.date_from.edit.setAccessibleName(self.tr("Meetings from"))
        self.has_to = QCheckBox(self.tr("&To:"), self)
        self.date_to = make_date_edit(date.today() + timedelta(days=90), self)
        self.date_to.setEnabled(False)
        self.date_to.edit.setAccessibleName(self.tr("Meetings until"))
        for edit in (self.date_from, self.date_to):
            edit.hebrew_label.hide()
        self.include_cancelled = QCheckBox(self.tr("Include &cancelled"), self)
        self.include_cancelled.setObjectName("includeCancelled")
        filters = QHBoxLayout()
        filters.addWidget(self.has_from)
        filters.addWidget(self.date_from)
        filters.addSpacing(12)
        filters.addWidget(self.has_to)
        filters.addWidget(self.date_to)
        filters.addSpacing(12)
        filters.addWidget(self.include_cancelled)
        filters.addStretch(1)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("meetingsError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.table = Table([self.tr("Date"), self.tr("Day"), self.tr("Time"), self.tr("Place"), self.tr("Level"),
                            self.tr("Status"), self.tr("Chair"), self.tr("Cases"), self.tr("Final protocols")],
                           self, stretch=COL_PLACE, empty_text=self.tr("No meetings in these dates"),
                           name="meetingsTable")
        self.table.setAccessibleName(self.tr("Committee meetings"))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self.open_selected())

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
        layout.addLayout(filters)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.table, self.new_action.button)

        self.has_from.toggled.connect(self.date_from.setEnabled)
        self.has_to.toggled.connect(self.date_to.setEnabled)
        for signal in (self.has_from.toggled, self.has_to.toggled, self.include_cancelled.toggled,
                       self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(lambda *_a: self.refresh())
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)
        self.refresh()

    # ---- loading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        committees = self._services.committees
        start = to_date(self.date_from) if self.has_from.isChecked() else date(1900, 1, 1)
        end = to_date(self.date_to) if self.has_to.isChecked() else None
        cancelled = self.include_cancelled.isChecked()
        self.loading = True
        self.busy_bar.show()
        self._ops.query(self, lambda: committees.meetings(start, end, cancelled), self._show, failure=self._failed,
                        key=("meetings", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit()

    def _show(self, rows: list[MeetingRow]) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.error_label.hide()
        self.today = date.today()
        selected = self.selected_id()
        self.rows = ordered(list(rows), self.today)
        items = []
        for r in self.rows:
            cells = [Item(fmt_date(r.held_on), r.id, (r.held_on.toordinal(), r.starts_at)),
                     Item(weekday_name(r.held_on), r.id, r.held_on.isoweekday() % 7),
                     Item(fmt_time(r.starts_at), r.id, r.starts_at),
                     Item(r.place, r.id), Item(committee_level_label(r.level), r.id),
                     Item(meeting_status_label(r.status), r.id), Item(r.chair_name, r.id),
                     Item(fmt_count(r.cases), r.id, r.cases), Item(fmt_count(r.final_protocols), r.id, r.final_protocols)]
            cells[COL_PLACE].setToolTip(r.place)
            for c in (COL_CASES, COL_FINAL):
                cells[c].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if r.held_on >= self.today and r.status == "planned":
                font = QFont(cells[COL_DATE].font())
                font.setBold(True)
                cells[COL_DATE].setFont(font)
            if r.status == "cancelled":
                for cell in cells:
                    cell.setForeground(Qt.GlobalColor.gray)
            items.append(cells)
        self.table.set_rows(items)
        n = len(self.rows)
        self.count_label.setText(with_count(self.tr("%n meeting(s)", "", n), n))
        if self.rows:
            ids = [r.id for r in self.rows]
            select_row(self.table, self._row_of(selected) if selected in ids else 0)
        self.loaded.emit()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.meetings:
            self.refresh()

    # ---- the selection -----------------------------------------------------------------------------------
    def _row_of(self, meeting_id: int | None) -> int:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, COL_DATE)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == meeting_id:
                return r
        return 0

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, COL_DATE) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select(self, meeting_id: int) -> None:
        select_row(self.table, self._row_of(meeting_id))

    def open_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            self.open_requested.emit(meeting_id)

    def dates(self) -> list[str]:
        """The dates in the order shown."""
        return [self.table.item(r, COL_DATE).text() for r in range(self.table.rowCount())]  # type: ignore[union-attr]
