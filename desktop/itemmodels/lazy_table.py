"""A table model over a long list of ids that fetches its rows in pages as the view asks.

It holds only the ids of the current search; rows come from a ``fetch(ids) -> list[tuple]`` callable
(page of ``PAGE_SIZE``) and are cached as plain tuples, at most ``MAX_PAGES`` pages (the least recently
fetched go first: scrolling through 100,000 files must not keep them all). A page is fetched on the first
``data()`` miss for a row in it (synchronous: one indexed query of 100 rows, ~3 ms on SQLite; pages of 200
took 7-16 ms and pushed the paging step that fetched one over 50 ms now and then).

With a ``run`` (the operation layer) pages come off the GUI thread, and the model reads ahead: as soon as
the view shows a row of page ``p``, pages ``p + 1`` and ``p - 1`` are asked for too, so a scroll finds its
next rows already there (no empty rows, no second paint when they arrive). An arriving page announces
``dataChanged`` only for the rows a view asked for while it was on its way: a page read ahead was asked for
by no one, and any ``dataChanged`` makes the view repaint all it shows."""

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
# The roles data() answers; a delegate asks for seven per cell (font, alignment, check state, decoration,
# background too): the others are turned away by one set lookup.
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, _ID))

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
        self._asked: dict[int, tuple[int, int]] = {}  # pending page -> first and last row a view asked for
        self._failed: set[int] = set()
        self._near = -1  # the page of the row asked for last: its neighbours are read ahead
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
        self._asked.clear()
        self._failed.clear()
        self._near = -1
        if rows is not None and self._ids:
            self._pages[0] = None
            for t in rows:
                self._rows[t[0]] = t
        self.endResetModel()
        if rows is not None and self._run is not None:  # the first page is in view: the second is next
            self._near = 0
            self._read_ahead(0)

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
            # A page on its way (read ahead, say) may have been read before the change: its answer is
            # dropped (a new generation) and the page asked for again, like every page cached.
            self._generation += 1
            on_its_way = sorted(self._pending)
            self._pending.clear()
            self._asked.clear()  # an answer to refresh() announces its whole page
            for page in list(self._pages) + sorted(self._failed) + on_its_way:
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
        asked = self._asked.pop(page, None)
        self._failed.discard(page)
        if replace:
            for old_id in ids:
                self._rows.pop(old_id, None)
        for t in rows:
            self._rows[t[0]] = t
        self._pages[page] = None
        self._pages.move_to_end(page)
        self._evict()
        if replace:  # the rows shown may have changed: all of the page
            asked = (page * PAGE_SIZE, min(len(self._ids), (page + 1) * PAGE_SIZE) - 1)
        if asked is not None and asked[1] >= asked[0]:
            self.dataChanged.emit(self.index(asked[0], 0), self.index(asked[1], len(self._headers) - 1))

    def _page_failed(self, gen: int, page: int, exc: Exception) -> None:
        if gen != self._generation:
            return
        self._pending.discard(page)
        self._asked.pop(page, None)
        self._failed.add(page)
        self.fetch_errors += 1
        log.warning("page fetch failed: %s", exc)
        if self.on_fetch_error is not None:
            self.on_fetch_error(exc)

    def _read_ahead(self, page: int) -> None:
        """Ask for the pages next to ``page`` (the one in view) that are neither here nor on their way."""
        for near in (page + 1, page - 1):
            if (0 <= near * PAGE_SIZE < len(self._ids) and near not in self._pages and near not in self._pending
                    and near not in self._failed):
                self._start_fetch(near)

    def _evict(self) -> None:
        while len(self._pages) > MAX_PAGES:
            old, _ = self._pages.popitem(last=False)
            for old_id in self._ids[old * PAGE_SIZE:(old + 1) * PAGE_SIZE]:
                self._rows.pop(old_id, None)

    # ---- paging ----------------------------------------------------------------------------------------
    def _row(self, row: int) -> tuple | None:
        cached = self._rows.get(self._ids[row])
        if self._run is None:
            return cached if cached is not None else self._fetch_now(row)
        page = row // PAGE_SIZE
        if cached is None and page not in self._pages and page not in self._failed:
            # on its way (a failed page waits for refresh() or a new list); a page fetched already and
            # without this row: the id is hidden or gone
            self._start_fetch(page)
            first, last = self._asked.get(page, (row, row))
            self._asked[page] = (min(first, row), max(last, row))
        if page != self._near:  # the first row of another page in view: read its neighbours ahead
            self._near = page
            self._read_ahead(page)
        return cached

    def _fetch_now(self, row: int) -> tuple | None:
        """Without a runner: fetch the row's page here (unless fetched already: the id is hidden or gone)."""
        page = row // PAGE_SIZE
        if page in self._pages:
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
        return self._rows.get(self._ids[row])

    # ---- QAbstractTableModel ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES:  # an int from a view; a Qt.ItemDataRole (an IntEnum) hashes as its value
            return None
        r, c = index.row(), index.column()  # an invalid index has row and column -1
        if not (0 <= r < len(self._ids) and 0 <= c < len(self._headers)):
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

    # flags(): QAbstractTableModel's own (enabled, selectable, never has children), answered in C++: a
    # Python override was two more calls into Python per cell painted.
