"""The department's income-level table for day-care (טבלת דרגות הכנסה): its dated versions (the one in force
on a day is the latest from on or before it) and, for the selected version, its levels in an editable table:
income per person per month from (inclusive), to (exclusive; empty for the top level: "and more") and the
parents' monthly share, in shekels with agorot.

New version (Ctrl+Shift+N) copies the version in force (or the one selected) from a date to choose; Save
(Ctrl+S) asks the service, which refuses overlapping brackets (naming the level), a gap, a negative amount...
with the message in words and everything typed kept. A version a case's share was computed with is shown
read-only, with the sentence why: a new version from a date is made instead.

Written by those with MANAGE_INCOME_TABLE (the manager, the administrator): its own module for the
administrator ("Day-care income levels"), and a tab of the Day-care page for the manager."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import FlowLayout
from desktop.daycare.common import CAUTION_COLOR, WARNING_COLOR, today
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from desktop.widgets.tables import Item, Table, select_row
from models.changes import Changes
from models.daycare import rules
from models.daycare.dto import IncomeTableDTO, LevelInput
from models.errors import DomainError
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.services import Services

COL_LEVEL, COL_FROM, COL_TO, COL_SHARE = range(4)
NOTE_MAX = 500
AMOUNT = re.compile(r"^-?\d+(\.\d{1,2})?$")


def amount_text(agorot: int | None) -> str:
    """An amount in a cell of the levels' table: "2,500.00" (the column says ₪); None: ""."""
    return "" if agorot is None else f"{agorot / 100:,.2f}"


def parse_amount(text: str) -> int | None:
    """A cell's text to agorot: "2,500", "2500.5", "₪ 2,500.00" -> 250000, 250050, 250000; "" -> None; not an
    amount -> ValueError (a negative amount is read as it is: the service says it may not be negative)."""
    cleaned = text.replace("₪", "").replace(",", "").replace("\u200f", "").replace("\u200e", "").strip()
    if not cleaned:
        return None
    if not AMOUNT.match(cleaned):
        raise ValueError(text)
    return round(float(cleaned) * 100)


class IncomeTablesView(QWidget):
    """``saved(IncomeTableDTO)`` after a version is saved."""

    saved = Signal(object)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomeTablesView")
        self.services, self.ops = services, ops
        self.can_edit = allowed(services.user.role, Action.MANAGE_INCOME_TABLE)
        self.tables: list[IncomeTableDTO] = []
        self.current: IncomeTableDTO | None = None  # the version shown; None with ``new_from``: a new one
        self.editing_new = False
        self.dirty = False
        self.loading = False
        self.last_error: DomainError | None = None
        self._select_after: int | None = None
        self._filling = False

        title = QLabel(self.tr("Day-care income levels"), self)
        title.setObjectName("pageTitle")
        explain = QLabel(self.tr("The parents' share is found from the household's income per person (a month) in "
                                 "the version in force on 1 September of the school year (or on the day the case "
                                 "is prepared, if later)."), self)
        explain.setWordWrap(True)

        # ---- the versions --------------------------------------------------------------------------------
        self.versions = Table([self.tr("In force from"), self.tr("Levels"), self.tr("Note"), self.tr("Used")], self,
                              stretch=2, sortable=False, empty_text=self.tr("No income table yet: make the first "
                                                                           "version."), name="incomeTableVersions")
        self.versions.setAccessibleName(self.tr("Versions of the income table"))
        self.versions.itemSelectionChanged.connect(self._version_selected)
        self.new_action = ViewAction(self, self.tr("Ne&w version…"), "Ctrl+Shift+N", self.new_version,
                                     name="newIncomeTable")
        self.refresh_action = ViewAction(self, self.tr("Refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh,
                                         name="refreshIncomeTables")
        self.new_action.setVisible(self.can_edit)
        versions_box = QGroupBox(self.tr("Versions"), self)
        versions_layout = QVBoxLayout(versions_box)
        versions_layout.addWidget(self.versions, 1)
        versions_buttons = FlowLayout()
        versions_buttons.addWidget(self.new_action.button)
        versions_buttons.addWidget(self.refresh_action.button)
        versions_layout.addLayout(versions_buttons)

        # ---- the selected version ------------------------------------------------------------------------
        self.editor_box = QGroupBox(self.tr("The version"), self)
        self.valid_from = make_date_edit(today(), self.editor_box)
        self.valid_from.setObjectName("incomeTableValidFrom")
        self.note = QLineEdit(self.editor_box)
        self.note.setObjectName("incomeTableNote")
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. the ministry's update of January"))
        self.state_label = QLabel(self.editor_box)
        self.state_label.setObjectName("incomeTableState")
        self.state_label.setWordWrap(True)
        self.levels = QTableWidget(0, 4, self.editor_box)
        self.levels.setObjectName("incomeLevels")
        self.levels.setAccessibleName(self.tr("Income levels"))
        self.levels.setHorizontalHeaderLabels([self.tr("Level"), self.tr("From (₪ per person)"),
                                               self.tr("To (₪ per person; empty: and more)"),
                                               self.tr("Parents' share (₪ a month)")])
        self.levels.verticalHeader().hide()
        header = self.levels.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        self.levels.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.levels.setTabKeyNavigation(False)
        self.levels.itemChanged.connect(self._edited)
        self.add_level_button = QPushButton(self.tr("Add a le&vel"), self.editor_box)
        self.add_level_button.setObjectName("addIncomeLevel")
        self.add_level_button.clicked.connect(lambda _c=False: self.add_level())
        self.remove_level_button = QPushButton(self.tr("&Remove the last level"), self.editor_box)
        self.remove_level_button.setObjectName("removeIncomeLevel")
        self.remove_level_button.clicked.connect(lambda _c=False: self.remove_last_level())
        self.save_action = ViewAction(self, self.tr("&Save the version"), QKeySequence.StandardKey.Save, self.save,
                                      button_parent=self.editor_box, name="saveIncomeTable")
        self.discard_button = QPushButton(self.tr("&Undo the changes"), self.editor_box)
        self.discard_button.setObjectName("discardIncomeTable")
        self.discard_button.clicked.connect(lambda _c=False: self.discard())
        self.error_label = QLabel(self.editor_box)
        self.error_label.setObjectName("incomeTableError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {WARNING_COLOR};")
        self.error_label.hide()
        form = QFormLayout()
        for text, field in ((self.tr("In force fro&m:"), self.valid_from), (self.tr("N&ote:"), self.note)):
            caption = QLabel(text, self.editor_box)
            caption.setBuddy(field)
            form.addRow(caption, field)
        level_buttons = FlowLayout()  # wraps when narrow: the window's width is never set by this row
        for b in (self.add_level_button, self.remove_level_button, self.discard_button, self.save_action.button):
            level_buttons.addWidget(b)
        editor = QVBoxLayout(self.editor_box)
        editor.addWidget(self.state_label)
        editor.addLayout(form)
        editor.addWidget(self.levels, 1)
        editor.addLayout(level_buttons)
        editor.addWidget(self.error_label)
        self.valid_from.dateChanged.connect(lambda _d: self._edited())
        self.note.textEdited.connect(lambda _t: self._edited())

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(versions_box)
        splitter.addWidget(self.editor_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(splitter, 1)
        ops.bus.subscribe(self, self._changed)
        self._show(None)
        name_widgets(self)
        self.refresh()

    # ---- loading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.dirty:
            return  # never over what is being typed; Undo the changes first
        self.loading = True
        daycare = self.services.daycare
        self.ops.query(self, daycare.income_tables, self._loaded, failure=self._failed,
                       key=("income-tables", id(self)))

    def _changed(self, changes: Changes, origin: object) -> None:
        if changes.income_tables and origin is not self:
            self.refresh()

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.show_error(exc)

    def _loaded(self, tables: list[IncomeTableDTO]) -> None:
        self.loading = False
        self.tables = sorted(tables, key=lambda t: t.valid_from, reverse=True)
        in_force = rules.table_in_force(self.tables, today())
        rows = []
        for t in self.tables:
            date_item = Item(fmt_date(t.valid_from), t.id, t.valid_from.toordinal())
            if in_force is not None and t.id == in_force.id:
                date_item.setText(self.tr("%1 (in force)").replace("%1", fmt_date(t.valid_from)))
            rows.append([date_item, Item(str(len(t.levels)), t.id), Item(t.note, t.id),
                         Item(self.tr("yes") if t.in_use else self.tr("no"), t.id)])
        self.versions.set_rows(rows)
        wanted = self._select_after if self._select_after is not None else (
            self.current.id if self.current is not None else (in_force.id if in_force is not None else None))
        self._select_after = None
        index = next((i for i, t in enumerate(self.tables) if t.id == wanted), 0 if self.tables else -1)
        if index >= 0:
            select_row(self.versions, index)
            self._version_selected()
        else:
            self._show(None)

    def selected_table(self) -> IncomeTableDTO | None:
        item = self.versions.item(self.versions.currentRow(), 0) if self.versions.currentRow() >= 0 else None
        tid = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.tables if t.id == tid), None)

    def select(self, table_id: int) -> None:
        index = next((i for i, t in enumerate(self.tables) if t.id == table_id), -1)
        if index >= 0:
            select_row(self.versions, index)

    def _version_selected(self) -> None:
        if self.dirty:
            return
        self._show(self.selected_table())

    # ---- the editor --------------------------------------------------------------------------------------
    def _show(self, table: IncomeTableDTO | None, *, new_from: IncomeTableDTO | None = None,
              valid_from: date | None = None) -> None:
        """Show ``table`` (None and ``new_from`` None: nothing selected), or a new version copied from
        ``new_from``'s levels, in force from ``valid_from``."""
        self._filling = True
        self.current = table
        self.editing_new = table is None and (new_from is not None or valid_from is not None)
        source = table or new_from
        self.valid_from.setValue(valid_from or (table.valid_from if table is not None else today()))
        self.note.setText(table.note if table is not None else "")
        self.levels.setRowCount(0)
        for lv in (source.levels if source is not None else ()):
            self._append(lv.income_from, lv.income_to, lv.parent_share)
        if self.editing_new and not source:
            self._append(0, None, 0)
        self._filling = False
        self.dirty = self.editing_new
        self.error_label.hide()
        self._update_state()

    def editable(self) -> bool:
        """The shown version may be edited: a new one, or one no case has used, by whoever keeps the table."""
        return self.can_edit and (self.editing_new or (self.current is not None and not self.current.in_use))

    def _update_state(self) -> None:
        editable = self.editable()
        shown = self.editing_new or self.current is not None
        self.editor_box.setEnabled(shown)
        triggers = QAbstractItemView.EditTrigger
        self.levels.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
                                    if editable else triggers.NoEditTriggers)
        self.valid_from.setEnabled(editable)
        self.note.setReadOnly(not editable)
        self.add_level_button.setVisible(editable)
        self.remove_level_button.setVisible(editable)
        self.remove_level_button.setEnabled(self.levels.rowCount() > 1)
        self.save_action.setVisible(editable)
        self.save_action.setEnabled(self.dirty)
        self.discard_button.setVisible(editable)
        self.discard_button.setEnabled(self.dirty)
        self.versions.setEnabled(not self.dirty)
        self.new_action.setEnabled(self.can_edit and not self.dirty)
        if self.editing_new:
            text, color = self.tr("A new version, not saved yet: it comes into force on the date above."), CAUTION_COLOR
        elif self.current is not None and self.current.in_use:
            text, color = (self.tr("This version was used to compute the parents' share of a day-care case: it can no "
                                   "longer be changed. To change the levels, make a new version from a date."),
                           CAUTION_COLOR)
        elif self.current is not None and not self.can_edit:
            text, color = self.tr("The department's manager keeps this table."), ""
        elif self.current is not None:
            text, color = self.tr("No case has used this version yet: it can still be corrected."), ""
        else:
            text, color = "", ""
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {color};" if color else "")
        self.state_label.setVisible(bool(text))

    def read_only_reason(self) -> str:
        return self.state_label.text() if self.current is not None and not self.editable() else ""

    def _append(self, low: int, high: int | None, share: int) -> None:
        row = self.levels.rowCount()
        self.levels.insertRow(row)
        level = QTableWidgetItem(str(row + 1))
        level.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.levels.setItem(row, COL_LEVEL, level)
        for col, value in ((COL_FROM, low), (COL_TO, high), (COL_SHARE, share)):
            item = QTableWidgetItem(amount_text(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.levels.setItem(row, col, item)

    def _edited(self, *_args: object) -> None:
        if self._filling or not self.editable():
            return
        self.dirty = True
        self._update_state()

    def set_cell(self, row: int, col: int, text: str) -> None:
        """Type ``text`` into a cell (as a user does: the table becomes changed)."""
        item = self.levels.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.levels.setItem(row, col, item)
        item.setText(text)

    def add_level(self) -> int:
        """A level after the last: from where the last ends (the last one gets an end to fill in)."""
        rows = self.levels.rowCount()
        low = 0
        if rows:
            last_to = self.levels.item(rows - 1, COL_TO)
            last_from = self.levels.item(rows - 1, COL_FROM)
            try:
                low = parse_amount(last_to.text() if last_to else "") or 0
                if not low:
                    low = (parse_amount(last_from.text() if last_from else "") or 0) + 100_000
                    self.set_cell(rows - 1, COL_TO, amount_text(low))
            except ValueError:
                low = 0
        self._filling = True
        self._append(low, None, 0)
        self._filling = False
        self._edited()
        self.levels.setFocus()
        self.levels.setCurrentCell(rows, COL_SHARE)
        return rows

    def remove_last_level(self) -> None:
        rows = self.levels.rowCount()
        if rows <= 1:
            return
        self.levels.removeRow(rows - 1)
        self.set_cell(rows - 2, COL_TO, "")  # the new last level is open-ended
        self._edited()

    def discard(self) -> None:
        """Undo the changes: the version as saved (a new one is dropped)."""
        self.dirty = False
        table = self.current if self.current is not None else self.selected_table()
        self._show(table)
        self.versions.setEnabled(True)

    def new_version(self) -> None:
        """A new version copied from the one in force (or the selected one), from the first day of next month."""
        if not self.can_edit or self.dirty:
            return
        base = rules.table_in_force(self.tables, today()) or self.selected_table()
        start = today().replace(day=1)
        start = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
        self._show(None, new_from=base, valid_from=start)
        self.note.setFocus()

    def level_values(self) -> tuple[LevelInput, ...]:
        """The levels as typed; ValueError("level", n, column) for a cell that is not an amount."""
        out = []
        for r in range(self.levels.rowCount()):
            cells = []
            for col in (COL_FROM, COL_TO, COL_SHARE):
                item = self.levels.item(r, col)
                text = item.text() if item is not None else ""
                try:
                    value = parse_amount(text)
                except ValueError:
                    raise ValueError(r + 1, col, text) from None
                if value is None and col != COL_TO:
                    raise ValueError(r + 1, col, text)
                cells.append(value)
            low, high, share = cells
            assert low is not None and share is not None
            out.append(LevelInput(level=r + 1, income_from=low, income_to=high, parent_share=share))
        return tuple(out)

    def show_error(self, exc: DomainError) -> None:
        """The refusal in words; a refusal that names a level puts the cursor on that level's row."""
        self.last_error = exc
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        level = exc.params.get("level")
        if isinstance(level, int) and 1 <= level <= self.levels.rowCount():
            self.levels.setCurrentCell(level - 1, COL_FROM)

    def show_text_error(self, text: str) -> None:
        self.last_error = None
        self.error_label.setText(text)
        self.error_label.show()

    def save(self) -> None:
        if not self.editable() or not self.dirty:
            return
        self.levels.setCurrentCell(-1, -1)  # commit a cell being typed in
        try:
            levels = self.level_values()
        except ValueError as exc:
            level, col, text = exc.args
            column = {COL_FROM: self.tr("from"), COL_TO: self.tr("to"), COL_SHARE: self.tr("share")}[col]
            self.show_text_error(self.tr("Level %1, %2: \"%3\" is not an amount in shekels (for example 2,500.00).")
                                 .replace("%1", str(level)).replace("%2", column).replace("%3", text))
            return
        daycare, valid_from, note = self.services.daycare, to_date(self.valid_from), self.note.text().strip()
        current = self.current
        if current is None:
            def call() -> IncomeTableDTO:
                return daycare.create_table(valid_from, note, levels)
        else:
            tid, version = current.id, current.version

            def call() -> IncomeTableDTO:
                return daycare.update_table(tid, version, valid_from, note, levels)
        self.save_action.setEnabled(False)
        self.ops.write(self, call, self._saved, failure=self._save_failed)

    def _save_failed(self, exc: DomainError) -> None:
        self.save_action.setEnabled(self.dirty)
        self.show_error(exc)

    def _saved(self, table: IncomeTableDTO) -> None:
        self.dirty = False
        self.editing_new = False
        self.current = table
        self.last_error = None
        self.error_label.hide()
        self._select_after = table.id
        self.saved.emit(table)
        self.refresh()
