"""The clubs' overview (the top of the Clubs page): one row per club with its capacity, the children enrolled,
the free seats ("full" when there are none), the waiting list's length, this month's attendance rate and the
arrears of its families. Selecting a row (arrows, a click) chooses the club the tabs below show; Enter or a
double-click goes down to them. It reloads itself when a club or a family file changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.clubs.common import fmt_money, fmt_rate, mark_caution, mark_warning, today
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.tables import Item, Table, fmt_count, select_row
from models.changes import Changes
from models.clubs.dto import ClubOverview
from models.errors import DomainError

if TYPE_CHECKING:
    from models.services import Services

(COL_NAME, COL_CAPACITY, COL_ENROLLED, COL_FREE, COL_WAITING, COL_ATTENDANCE, COL_ARREARS) = range(7)


class OverviewView(QWidget):
    """``club_selected(club_id)`` when the current row changes (-1: none); ``club_entered(club_id)`` on Enter
    or a double-click; ``loaded`` each time the rows are in."""

    club_selected = Signal(int)
    club_entered = Signal(int)
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clubsOverview")
        self._services, self._ops = services, ops
        self.rows: list[ClubOverview] = []
        self.loading = False
        self._filling = False
        self._emitted: int | None = None  # the club last announced (-1: none)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("overviewError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.table = Table(
            [self.tr("Club"), self.tr("Capacity"), self.tr("Enrolled"), self.tr("Free"), self.tr("Waiting"),
             self.tr("Attendance this month"), self.tr("Arrears")], self, stretch=COL_NAME,
            empty_text=self.tr("No clubs yet: add one with New club (Ctrl+N)"), name="clubsOverviewTable")
        self.table.setAccessibleName(self.tr("Clubs"))
        self.table.setWordWrap(False)
        self.table.currentCellChanged.connect(lambda row, _c, prev, _pc: self._current_changed(row, prev))
        self.table.activated.connect(lambda _index: self._enter())  # Enter or a double-click
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        ops.bus.subscribe(self, self._changed)

    # ---- loading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        clubs = self._services.clubs
        month = today().replace(day=1)
        self.loading = True
        self._ops.query(self, lambda: clubs.overview(month), self._show, failure=self._failed,
                        key=("clubs-overview", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit()

    def _show(self, rows: tuple[ClubOverview, ...]) -> None:
        self.loading = False
        self.error_label.hide()
        selected = self.selected_id()
        self.rows = list(rows)
        items = []
        for r in self.rows:
            free = r.free
            free_item = Item(fmt_count(free) if free else self.tr("full"), r.club_id, free)
            if not free:
                mark_caution(free_item, self.tr("Every seat is taken: new children go on the waiting list"))
            waiting = Item(fmt_count(r.waiting), r.club_id, r.waiting)
            if not free and r.waiting:
                waiting.setToolTip(self.tr("%n child(ren) waiting for a seat", "", r.waiting))
            arrears = Item(fmt_money(r.arrears_agorot), r.club_id, r.arrears_agorot)
            if r.arrears_agorot > 0:
                mark_warning(arrears, self.tr("Owed by the families for the months before this one"))
            rate = Item(fmt_rate(r.attendance_rate), r.club_id,
                        -1.0 if r.attendance_rate is None else r.attendance_rate)
            if r.attendance_rate is None:
                rate.setToolTip(self.tr("No attendance recorded this month yet"))
            cells = [Item(r.name, r.club_id, r.name), Item(fmt_count(r.capacity), r.club_id, r.capacity),
                     Item(fmt_count(r.enrolled), r.club_id, r.enrolled), free_item, waiting, rate, arrears]
            for c in range(COL_CAPACITY, len(cells)):
                cells[c].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            items.append(cells)
        self._filling = True
        try:
            self.table.set_rows(items)
            ids = [r.club_id for r in self.rows]
            if ids:
                select_row(self.table, self._row_of(selected) if selected in ids else 0)
        finally:
            self._filling = False
        self._emit_selection()
        self.loaded.emit()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.clubs or changes.files:
            self.refresh()

    # ---- the selection -----------------------------------------------------------------------------------
    def _row_of(self, club_id: int | None) -> int:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, COL_NAME)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == club_id:
                return r
        return 0

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, COL_NAME) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def selected(self) -> ClubOverview | None:
        club_id = self.selected_id()
        return next((r for r in self.rows if r.club_id == club_id), None)

    def select(self, club_id: int) -> None:
        select_row(self.table, self._row_of(club_id))

    def _current_changed(self, row: int, previous: int) -> None:
        if row != previous and not self._filling:
            self._emit_selection()

    def _emit_selection(self) -> None:
        """Say which club is chosen, once per change (a reload that keeps the club says nothing: the tabs
        refresh themselves from the change that caused it)."""
        club_id = self.selected_id()
        value = -1 if club_id is None else club_id
        if value != self._emitted:
            self._emitted = value
            self.club_selected.emit(value)

    def _enter(self) -> None:
        club_id = self.selected_id()
        if club_id is not None:
            self.club_entered.emit(club_id)

    def names(self) -> list[str]:
        """The clubs in the order shown."""
        return [self.table.item(r, COL_NAME).text() for r in range(self.table.rowCount())]  # type: ignore[union-attr]

    def cell(self, club_name: str, column: int) -> str:
        """The text of ``column`` in the row of ``club_name`` (tests, screenshots)."""
        for r in range(self.table.rowCount()):
            name = self.table.item(r, COL_NAME)
            if name is not None and name.text() == club_name:
                item = self.table.item(r, column)
                return item.text() if item is not None else ""
        raise KeyError(club_name)
