"""Find a family file inside a dialog: a search field (file number, family name, ID number or phone of a
member; searched after a short pause in typing, or at once on Enter) and a table of the files found, the
first one selected. Intake's "attach to a file" and the committee's "add a case" use it; the dialog places
``query`` and ``files`` in its own form (with its own captions) and reads ``chosen_file_id()``.

Enter in the search field searches; the dialog's keyPressEvent must swallow it there so that it never saves
with a file of the previous search (``swallows(event)`` says when)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.ops import Ops
from desktop.widgets.tables import Item, Table, select_row

if TYPE_CHECKING:
    from models.families.dto import FileRow
    from models.services import Services

SEARCH_DELAY_MS = 250
RESULTS = 30


class FileFinder(QObject):
    """``found(rows)`` after each search (the first row selected); ``failed(DomainError)``; the table's
    ``itemSelectionChanged`` and ``activated`` are the dialog's to connect."""

    found = Signal(list)
    failed = Signal(object)

    def __init__(self, services: Services, ops: Ops, owner: QWidget, *, name: str, with_team: bool = False) -> None:
        super().__init__(owner)
        self.services, self.ops, self.owner, self.with_team = services, ops, owner, with_team
        self.rows: list[FileRow] = []
        self.query = QLineEdit(owner)
        self.query.setObjectName(f"{name}Query")
        self.query.setPlaceholderText(self.tr("File number, family name, ID number or phone"))
        self.query.setClearButtonEnabled(True)
        headers = [self.tr("File no."), self.tr("Family"), self.tr("Address"), self.tr("Worker")]
        if with_team:
            headers.append(self.tr("Team"))
        self.files = Table(headers, owner, stretch=1, empty_text=self.tr("Type to find the family file"),
                           name=f"{name}Files")
        self.files.setAccessibleName(self.tr("Family files found"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.run_search)

    def swallows(self, event: QKeyEvent) -> bool:
        """Enter (without Ctrl) typed in the search field: it searches, nothing else may take it."""
        return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.query.hasFocus())

    def run_search(self) -> None:
        self.timer.stop()
        text = self.query.text().strip()
        if not text:
            return
        families = self.services.families

        def find() -> list[FileRow]:
            return families.rows(families.search(text, include_closed=False, limit=RESULTS), text)

        self.ops.query(self.owner, find, self._found, failure=self.failed.emit, key=("file-finder", id(self)))

    def _found(self, rows: list[FileRow]) -> None:
        self.rows = list(rows)
        self.files.set_rows([[Item(r.file_number, r.id), Item(r.family_name, r.id), Item(r.address, r.id),
                              Item(r.worker_name, r.id), *([Item(r.team_name, r.id)] if self.with_team else [])]
                             for r in self.rows])
        if self.rows:
            select_row(self.files, 0)
        self.found.emit(self.rows)

    def chosen_file_id(self) -> int | None:
        row = self.files.currentRow()
        item = self.files.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

