"""Table helpers: one way to build a read-only table, sortable by its real values, that leaves on Tab and
says so when it is empty."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` current and selected. QTableView.selectRow() selects nothing in a right-to-left
    layout (measured with Qt 6.12 offscreen), so go through the selection model."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(model.index(row, 0), flags)


def fmt_count(n: int) -> str:
    """A count with thousands separators in Latin digits (12,345), as in every table of the client."""
    text = QLocale().toString(n)
    return text if QLocale().zeroDigit() == "0" else f"{n:,}"


def with_count(text: str, n: int) -> str:
    """A translated "%n thing(s)" with the number written with thousands separators."""
    return text.replace(str(n), fmt_count(n), 1) if n >= 1000 else text


class Item(QTableWidgetItem):
    """A read-only cell that sorts by its value (a date sorts as a date, not as dd/mm/yyyy text)."""

    def __init__(self, text: str = "", data: Any = None, sort_key: Any = None) -> None:
        super().__init__(text)
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if data is not None:
            self.setData(Qt.ItemDataRole.UserRole, data)
        self.sort_key = sort_key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine = self.sort_key if self.sort_key is not None else self.text()
        theirs = getattr(other, "sort_key", None)
        if theirs is None:
            theirs = other.text()
        try:
            return bool(mine < theirs)
        except TypeError:
            return str(mine) < str(theirs)


class Table(QTableWidget):
    """A read-only table of rows: whole-row selection, Tab leaves it, ``empty_text`` painted when empty,
    sortable by clicking a column header when ``sortable``."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, *, empty_text: str = "",
                 stretch: int | None = None, sortable: bool = True, name: str = "") -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab moves to the next control, arrows move between cells
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.empty_text = empty_text
        self.sortable = sortable
        if name:
            self.setObjectName(name)
            self.setAccessibleName(name)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order until the user sorts
        header.setSortIndicatorClearable(True)
        self.setSortingEnabled(sortable)

    def set_rows(self, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
        """Replace the rows (sorting is suspended while filling, then the user's sort order applies)."""
        blocked = self.blockSignals(True)
        self.setSortingEnabled(False)
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                self.setItem(r, c, cell)
        self.setSortingEnabled(self.sortable)
        self.blockSignals(blocked)
        self.viewport().update()

    def showing_empty_text(self) -> bool:
        return self.rowCount() == 0 and bool(self.empty_text)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.showing_empty_text():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             self.empty_text)
            painter.end()
