"""A table model over a long list of ids that fetches its rows in pages as the view asks.

It holds only the ids of the current search; rows come from a ``fetch(ids) -> list[tuple]`` callable
(page of ``PAGE_SIZE``) and are cached as plain tuples, at most ``MAX_PAGES`` pages (the least recently
fetched go first: scrolling through 100,000 files must not keep them all). A page is fetched on the first
``data()`` miss for a row in it (synchronous: one indexed query of 100 rows, ~3 ms on SQLite; pages of 200
took 7-16 ms and pushed the paging step that fetched one over 50 ms now and then)."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

log = logging.getLogger(__name__)

PAGE_SIZE = 100
MAX_PAGES = 30
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# data() and flags() run thousands of times per paint: compare plain ints, build the flags once.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ID = int(ID_ROLE)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int]], Sequence[tuple]]
# run(fn, on_rows, on_error): call fn off the GUI thread, then on_rows(result) or on_error(exc) on it
Runner = Callable[[Callable[[], Sequence[tuple]], Callable[[Sequence[tuple]], None],
                   Callable[[Exception], None]], None]


class LazyTableModel(QAbstractTableModel):
    """``fetch`` returns, for a list of ids, one tuple per id (the same order; a hidden id may be left
    out: the tuple's first item is the id). ``headers`` are the column titles; ``display(row, column)``
    turns a cached tuple into the cell text."""

    def __init__(self, fetch: Callable[[Sequence[int]], Sequence[tuple]], headers: Sequence[str],
                 display: Callable[[tuple, int], Any], parent=None, *,
                 tooltip: Callable[[tuple, int], Any] | None = None,
                 foreground: Callable[[tuple, int], Any] | None = None, run: Runner | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._run = run
        self._foreground = foreground
        self._generation = 0  # bumped by set_ids: answers for an older list of ids are dropped
        self._pending: set[int] = set()
        self._failed: set[int] = set()
        self._headers = list(headers)
        self._display = display
        self._tooltip = tooltip
        self._ids: list[int] = []
        self._rows: dict[int, tuple] = {}
        self._pages: OrderedDict[int, None] = OrderedDict()  # fetched pages, oldest first
        self.fetch_errors = 0
        self.on_fetch_error: Callable[[Exception], None] | None = None

    # ---- the ids ---------------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int], rows: Sequence[tuple] | None = None) -> None:
        """A new list. ``rows``: the first page's rows when the caller fetched them with the ids."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._rows.clear()
        self._pages.clear()
        self._pending.clear()
        self._failed.clear()
        if rows is not None and self._ids:
            self._pages[0] = None
            for t in rows:
                self._rows[t[0]] = t
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row: int) -> tuple | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._row(row)

    def refresh(self) -> None:
        """Fetch again what is cached (after a change). Asynchronous: the rows shown stay until the new ones
        arrive; synchronous: drop the cache and let the view refetch what it shows."""
        if self._run is not None:
            for page in list(self._pages) + sorted(self._failed):
                self._start_fetch(page, replace=True)
            return
        self._rows.clear()
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._headers) - 1))

    @property
    def loading(self) -> bool:
        return bool(self._pending)

    def _start_fetch(self, page: int, *, replace: bool = False) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        gen = self._generation
        ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        fetch = self._fetch
        assert self._run is not None
        self._run(lambda: fetch(ids), lambda rows: self._page_arrived(gen, page, ids, rows, replace),
                  lambda exc: self._page_failed(gen, page, exc))

    def _page_arrived(self, gen: int, page: int, ids: Sequence[int], rows: Sequence[tuple], replace: bool) -> None:
        if gen != self._generation:
            return
        self._pending.discard(page)
        self._failed.discard(page)
        if replace:
            for old_id in ids:
                self._rows.pop(old_id, None)
        for t in rows:
            self._rows[t[0]] = t
        self._pages[page] = None
        self._pages.move_to_end(page)
        self._evict()
        first, last = page * PAGE_SIZE, min(len(self._ids), (page + 1) * PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._headers) - 1))

    def _page_failed(self, gen: int, page: int, exc: Exception) -> None:
        if gen != self._generation:
            return
        self._pending.discard(page)
        self._failed.add(page)
        self.fetch_errors += 1
        log.warning("page fetch failed: %s", exc)
        if self.on_fetch_error is not None:
            self.on_fetch_error(exc)

    def _evict(self) -> None:
        while len(self._pages) > MAX_PAGES:
            old, _ = self._pages.popitem(last=False)
            for old_id in self._ids[old * PAGE_SIZE:(old + 1) * PAGE_SIZE]:
                self._rows.pop(old_id, None)

    # ---- paging ----------------------------------------------------------------------------------------
    def _row(self, row: int) -> tuple | None:
        file_id = self._ids[row]
        cached = self._rows.get(file_id)
        if cached is not None:
            return cached
        page = row // PAGE_SIZE
        if page in self._pages:
            return None  # fetched already: the id is hidden or gone
        if self._run is not None:
            if page not in self._failed:  # a failed page waits for refresh() or a new list
                self._start_fetch(page)
            return None
        self._pages[page] = None
        self._evict()
        ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        try:
            fetched = self._fetch(ids)
        except Exception as exc:  # a lost connection must not break painting
            self.fetch_errors += 1
            self._pages.pop(page, None)
            log.warning("page fetch failed: %s", exc)
            if self.on_fetch_error is not None:
                self.on_fetch_error(exc)
            return None
        for t in fetched:
            self._rows[t[0]] = t
        return self._rows.get(file_id)

    # ---- QAbstractTableModel ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        role = role.value if isinstance(role, Qt.ItemDataRole) else role
        if role != _DISPLAY and role != _TOOLTIP and role != _ID and role != _FOREGROUND:  # ints, not enums
            return None
        r, c = index.row(), index.column()
        if not index.isValid() or r >= len(self._ids) or c >= len(self._headers):
            return None
        if role == _ID:
            return self._ids[r]
        row = self._row(r)
        if row is None:
            return None
        if role == _TOOLTIP:
            return self._tooltip(row, c) if self._tooltip else None
        if role == _FOREGROUND:
            return self._foreground(row, c) if self._foreground else None
        return self._display(row, c)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS
