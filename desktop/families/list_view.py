"""The family-file list: search as you type (off the GUI thread), a lazy table, open a file; select several
files (Shift/Ctrl+click, Shift+arrows, Ctrl+A) and print their summaries as one PDF (Ctrl+Shift+P)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.itemmodels.lazy_table import PAGE_SIZE, LazyTableModel
from desktop.messages import message_for, status_label
from desktop.ops import Ops
from desktop.widgets.a11y import label_text
from desktop.widgets.actions import ViewAction
from desktop.widgets.due import overdue_brush, overdue_word
from desktop.widgets.tables import fmt_count, select_row, with_count
from models.changes import Changes
from models.errors import DomainError
from models.roles import CASE_ROLES, Action, allowed

if TYPE_CHECKING:
    from desktop.families.edit_dialogs import NewFileDialog
    from desktop.printing.batch_dialog import BatchPrintDialog
    from desktop.printing.preview import PreviewWindow
    from models.families.dto import FileRow
    from models.services import Services

DEBOUNCE_MS = 250
# "My files" is offered to those who carry a caseload, and checked at first for the family workers, whose
# day starts from their own files
CASELOAD_ROLES = frozenset(r.value for r in CASE_ROLES)
MY_FILES_FIRST: frozenset[str] = frozenset()

COL_NUMBER, COL_NAME, COL_ADDRESS, COL_WORKER, COL_TEAM, COL_STATUS, COL_TASKS, COL_RESTRICTED, COL_MATCHED = range(9)


class RowTexts:
    """Turns a FileRow into the plain tuple the model caches: the file's id, the text of each column, the
    number of overdue tasks and the tasks cell's tooltip. Built on the GUI thread (the translated words),
    called on the pool with each page: painting a cell is then one tuple lookup, with no formatting on the
    GUI thread."""

    def __init__(self, view: FamilyListView) -> None:
        self.restricted = QCoreApplication.translate("FamilyListView", "restricted")
        self.tasks_tooltip = QCoreApplication.translate("FamilyListView", "%1 open task(s), %2 of them overdue")
        self.matched_how = {"id_number": QCoreApplication.translate("FamilyListView", "ID number"),
                            "phone": QCoreApplication.translate("FamilyListView", "phone")}
        self.status = {s: status_label(s) for s in ("open", "closed")}
        self.overdue = overdue_word()

    def __call__(self, r: FileRow) -> tuple:
        tasks = tooltip = ""
        if r.open_tasks:
            tasks = fmt_count(r.open_tasks)
            if r.overdue_tasks:
                tasks += f" · {fmt_count(r.overdue_tasks)} {self.overdue}"
                tooltip = self.tasks_tooltip.replace("%1", fmt_count(r.open_tasks)).replace(
                    "%2", fmt_count(r.overdue_tasks))
        how = self.matched_how.get(r.matched_on)
        matched = f"{r.matched}, {how}" if r.matched and how else r.matched  # "משה כהן, ID number"
        return (r.id, r.file_number, r.family_name, ", ".join(x for x in (r.address, r.locality) if x),
                r.worker_name, r.team_name, self.status.get(r.status, r.status), tasks,
                self.restricted if r.restricted else "", matched, r.overdue_tasks, tooltip)


# where RowTexts puts what is not a column's text
_OVERDUE, _TOOLTIP = 10, 11


class FamilyListView(QWidget):
    """``open_file_requested(file_id)`` asks the main window to show a file."""

    open_file_requested = Signal(int)
    search_finished = Signal(int)  # the number of files found (tests and the status bar listen)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ops = ops
        self._seq = 0
        self.searching = False
        self._shown_query = ""  # the search whose ids the model holds: its rows name the member who matched
        self._texts = RowTexts(self)
        self._overdue_brush = overdue_brush()

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("familySearch")
        self.search_edit.setPlaceholderText(self.tr("Search: family name, member name, ID number, phone or "
                                                    "file number"))
        self.search_edit.setClearButtonEnabled(True)
        self.include_closed = QCheckBox(self.tr("Include closed"), self)
        self.include_closed.setChecked(True)
        # My files: the files whose worker is the user; checked at first for those who carry a caseload
        self.mine = QCheckBox(self.tr("&My files"), self)
        self.mine.setObjectName("myFiles")
        self.mine.setToolTip(self.tr("Only the files assigned to you"))
        self.mine.setChecked(services.user.role in MY_FILES_FIRST)
        self.mine.setVisible(services.user.role in CASELOAD_ROLES)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("fileCount")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("searchError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.model = LazyTableModel(self._fetch, self._headers(), self._display, self,
                                    foreground=self._foreground, tooltip=self._tooltip, run=ops.runner(self))
        self.model.on_fetch_error = self._show_error
        self.table = QTableView(self)
        self.table.setObjectName("familyTable")
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several files at once (to print their summaries); Enter and double-click open the current one
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # One line per row, fixed height: no text layout for wrapping and no height to compute per row
        # (paging through 100,000 rows must not stall the window).
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in ((COL_NUMBER, 100), (COL_NAME, 180), (COL_ADDRESS, 240), (COL_WORKER, 140),
                           (COL_TEAM, 110), (COL_STATUS, 70), (COL_TASKS, 110), (COL_RESTRICTED, 70),
                           (COL_MATCHED, 160)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(COL_MATCHED, True)  # until a search shows whom it found
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)

        self.print_action = ViewAction(self, QCoreApplication.translate("FamilyListView", "Print summaries…"),
                                       QKeySequence("Ctrl+Shift+P"), self.open_batch_print,
                                       name="printSummariesButton")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.print_action.action)
        # whoever sees the files may print their summaries (each one audited by the service)
        self.print_action.setVisible(allowed(services.user.role, Action.VIEW_FILES))
        self.new_file_action = ViewAction(self, self.tr("New family file…"), QKeySequence("Ctrl+Shift+N"),
                                          self.open_new_file, name="newFileButton")
        self.new_file_action.setVisible(allowed(services.user.role, Action.OPEN_FILE))
        self.new_file_dialog: NewFileDialog | None = None
        self.batch_dialog: BatchPrintDialog | None = None
        self.preview: PreviewWindow | None = None
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()

        search_label = QLabel(self.tr("Search:"), self)
        search_label.setBuddy(self.search_edit)
        self.search_edit.setAccessibleName(label_text(search_label.text()))
        self.table.setAccessibleName(self.tr("Family files"))
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.mine)
        top.addWidget(self.include_closed)
        top.addWidget(self.count_label)
        top.addWidget(self.print_action.button)
        top.addWidget(self.new_file_action.button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self._return_pressed)
        self.include_closed.toggled.connect(lambda _c: self.run_search())
        self.mine.toggled.connect(lambda _c: self.run_search())
        ops.bus.subscribe(self, self._changed)

    def _headers(self) -> list[str]:
        return [self.tr("File no."), self.tr("Family"), self.tr("Address"), self.tr("Worker"), self.tr("Team"),
                self.tr("Status"), self.tr("Open tasks"), self.tr("Restricted"), self.tr("Matched")]

    def _fetch(self, ids: Sequence[int]) -> list[tuple]:  # on the pool
        texts = self._texts
        return [texts(r) for r in self._services.families.rows(ids, self._shown_query)]

    @staticmethod
    def _display(row: tuple, column: int) -> str:
        return row[column + 1]

    def _foreground(self, row: tuple, column: int):
        return self._overdue_brush if column == COL_TASKS and row[_OVERDUE] else None

    @staticmethod
    def _tooltip(row: tuple, column: int) -> str | None:
        return (row[_TOOLTIP] or None) if column == COL_TASKS else None

    # ---- searching -------------------------------------------------------------------------------------
    def run_search(self) -> None:
        """Start a search for the current text now (the debounce timer calls this).

        Two steps, so the first rows show at once even when thousands match: the first page of ids with its
        rows, then, if there is more, the whole list (which replaces the page, keeping the selected file)."""
        self._timer.stop()
        self._seq += 1
        seq = self._seq
        query = self.search_edit.text()
        include_closed = self.include_closed.isChecked()
        mine = self.mine.isChecked() and self.mine.isVisibleTo(self)
        families = self._services.families
        page_size = PAGE_SIZE
        texts = self._texts

        def first_page() -> tuple[list[int], list[tuple]]:
            ids = families.search(query, include_closed=include_closed, limit=page_size + 1, mine=mine)
            return ids, [texts(r) for r in families.rows(ids[:page_size], query)]

        self.searching = True
        self._ops.query(self, first_page, lambda res: self._first_page_done(seq, res, query, include_closed, mine),
                        failure=lambda exc: self._search_failed(seq, exc), key=("family-search", id(self)))

    def _first_page_done(self, seq: int, result: tuple[list[int], list[tuple]], query: str,
                         include_closed: bool, mine: bool = False) -> None:
        ids, rows = result
        if seq != self._seq:
            return  # a newer search is under way: this result is stale
        self._show_query(query)  # the rows are of this search: they name the member who matched
        if len(ids) <= PAGE_SIZE:
            self._search_done(seq, ids, rows)
            return
        self.error_label.hide()
        self.model.set_ids(ids[:PAGE_SIZE], rows)
        self.count_label.setText(self.tr("more than %1 files…").replace("%1", fmt_count(PAGE_SIZE)))
        select_row(self.table, 0)
        families = self._services.families
        self._ops.query(self, lambda: families.search(query, include_closed=include_closed, mine=mine),
                        lambda all_ids: self._search_done(seq, all_ids, rows if all_ids[:PAGE_SIZE] == ids[:PAGE_SIZE] else None),
                        failure=lambda exc: self._search_failed(seq, exc), key=("family-search", id(self)))

    def _search_done(self, seq: int, ids: list[int], rows: list[tuple] | None = None) -> None:
        if seq != self._seq:
            return  # a newer search is under way: this result is stale
        self.searching = False
        self.error_label.hide()
        keep = self.selected_file_id()
        self.model.set_ids(ids, rows)
        self.count_label.setText(with_count(self.tr("%n file(s)", "", len(ids)), len(ids)))
        if ids:
            select_row(self.table, ids.index(keep) if keep in ids[:PAGE_SIZE] else 0)
        self.search_finished.emit(len(ids))

    def _show_query(self, query: str) -> None:
        """The rows about to be shown are of ``query``'s search: they name the member who matched, in a
        column shown only while there is a search."""
        self._shown_query = query
        self.table.setColumnHidden(COL_MATCHED, not query.strip())

    def _search_failed(self, seq: int, exc: DomainError) -> None:
        if seq != self._seq:
            return
        self.searching = False
        self._show_error(exc)
        self.search_finished.emit(-1)

    def _changed(self, changes: Changes, _origin: object) -> None:
        """Files were changed somewhere in the client: show their rows as they are now."""
        if changes.files:
            self.model.refresh()

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, DomainError):
            self.error_label.setText(message_for(exc))
        else:
            self.error_label.setText(self.tr("The list could not be loaded: %1").replace("%1", str(exc)))
        self.error_label.show()

    # ---- keyboard and opening --------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_search(self) -> None:
        self.search_edit.clear()
        self.run_search()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear_search()
            event.accept()
            return
        super().keyPressEvent(event)

    def _return_pressed(self) -> None:
        if self._timer.isActive() or self.searching:
            self.run_search()
            return
        self.open_selected()

    def selected_file_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.id_at(index.row())

    def selected_file_ids(self) -> list[int]:
        """The ids of the selected files, in the list's order. From the ranges of the selection and the ids
        the model holds for the whole search: rows not fetched yet (Ctrl+A over 100,000) count too, and
        nothing is fetched to know them."""
        selection = self.table.selectionModel().selection()
        spans = sorted((r.top(), r.bottom()) for r in (selection.at(i) for i in range(selection.count())))
        ids, end = self.model.ids(), -1  # end: the last row taken (ranges may overlap)
        chosen: list[int] = []
        for top, bottom in spans:  # slices of the ids: Ctrl+A over 100,000 rows in ~1 ms, not one by one
            if bottom > end:
                chosen.extend(ids[max(top, end + 1):bottom + 1])
                end = bottom
        return chosen

    def _selection_changed(self) -> None:
        self.print_action.setEnabled(self.table.selectionModel().hasSelection())

    # ---- printing several files --------------------------------------------------------------------------
    def open_batch_print(self) -> BatchPrintDialog | None:
        """Print summaries (Ctrl+Shift+P): the number of files and the language, then the preview of all."""
        ids = self.selected_file_ids()
        if not ids:
            return None
        from desktop.printing.batch_dialog import BatchPrintDialog

        dialog = BatchPrintDialog(len(ids), self)
        dialog.chosen.connect(lambda lang: self.open_batch_preview(ids, lang))
        dialog.rejected.connect(lambda: self.table.setFocus(Qt.FocusReason.OtherFocusReason))
        self.batch_dialog = dialog
        dialog.open()
        return dialog

    def open_batch_preview(self, file_ids: Sequence[int], lang: str) -> PreviewWindow:
        from desktop.printing.preview import open_family_summaries

        self.preview = open_family_summaries(self._services, self._ops, file_ids, lang, self)
        return self.preview

    # ---- a new family file ---------------------------------------------------------------------------
    def open_new_file(self) -> NewFileDialog | None:
        """New family file (Ctrl+Shift+N): once saved, the new file opens."""
        if not allowed(self._services.user.role, Action.OPEN_FILE):
            return None
        from desktop.families.edit_dialogs import NewFileDialog

        dialog = NewFileDialog(self._ops, self._services.families, self._services.people, self._services.user,
                               self)
        dialog.saved.connect(lambda f: self.open_file_requested.emit(f.id))
        dialog.rejected.connect(lambda: self.table.setFocus(Qt.FocusReason.OtherFocusReason))
        self.new_file_dialog = dialog
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        file_id = self.selected_file_id()
        if file_id is not None:
            self.open_file_requested.emit(file_id)

    def _activated(self, index: QModelIndex) -> None:
        file_id = self.model.id_at(index.row())
        if file_id is not None:
            self.open_file_requested.emit(file_id)

    def refresh(self) -> None:
        """Re-run the current search (after a change elsewhere)."""
        self.run_search()
