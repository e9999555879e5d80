"""The notes timeline (רישום שוטף): a table of notes above a reading pane with the selected note in full;
new note, edit a draft, sign (asks first: a signed note is final), correction of a signed note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from desktop.families.dialogs import CorrectionDialog, NoteDialog
from desktop.families.tabs.base import FileTab
from desktop.messages import note_kind_label
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table
from models.families.dto import FileDetail
from models.notes.dto import NoteDTO

if TYPE_CHECKING:
    from desktop.families.file_view import FileView

FIRST_LINE_MAX = 120


class NotesTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.notes: dict[int, NoteDTO] = {}
        self.table = Table([QCoreApplication.translate("FileView", "Date"),
                            QCoreApplication.translate("FileView", "Kind"),
                            QCoreApplication.translate("FileView", "Author"),
                            QCoreApplication.translate("FileView", "State"),
                            QCoreApplication.translate("FileView", "Text")], self, stretch=4,
                           empty_text=self.tr("No notes yet."), name="notesTable")
        self.table.setAccessibleName(QCoreApplication.translate("FileView", "Notes"))
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reading_pane = QPlainTextEdit(self)
        self.reading_pane.setObjectName("noteReadingPane")
        self.reading_pane.setReadOnly(True)
        self.reading_pane.setTabChangesFocus(True)
        self.reading_pane.setAccessibleName(self.tr("The selected note"))
        self.reading_pane.setPlaceholderText(self.tr("Select a note to read it in full."))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.reading_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)

        self.new_action = ViewAction(view, QCoreApplication.translate("FileView", "New note"), "Ctrl+N",
                                     self.open_new_note, button_parent=self)
        self.edit_action = ViewAction(view, self.tr("Edit draft"), "Ctrl+E", self.open_edit_draft,
                                      button_parent=self)
        self.sign_action = ViewAction(view, QCoreApplication.translate("FileView", "Sign"), "Ctrl+Shift+S",
                                      self.sign_selected, button_parent=self)
        self.correct_action = ViewAction(view, QCoreApplication.translate("FileView", "Correction"),
                                         "Ctrl+Shift+E", self.open_correction, button_parent=self)
        self.new_note_button, self.edit_button = self.new_action.button, self.edit_action.button
        self.sign_button, self.correct_button = self.sign_action.button, self.correct_action.button
        bar = QHBoxLayout()
        for b in (self.new_note_button, self.edit_button, self.sign_button, self.correct_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    # ---- showing -----------------------------------------------------------------------------------------
    def show_detail(self, detail: FileDetail) -> None:
        keep = self.selected_note()
        self.notes = {n.id: n for n in detail.notes}
        rows = []
        for n in detail.notes:
            rows.append([Item(fmt_date(n.note_date), n.id, (n.note_date.toordinal(), n.id)),
                         Item(note_kind_label(n.kind), n.id), Item(n.author_name, n.id),
                         Item(self.state_text(n), n.id), Item(self._first_line(n), n.id)])
        self.table.set_rows(rows)
        for a in (self.new_action, self.edit_action, self.sign_action, self.correct_action):
            a.setVisible(detail.can.write_note)
        if keep is not None:
            self.select_note(keep.id)
        self._selection_changed()

    def state_text(self, n: NoteDTO) -> str:
        state = (QCoreApplication.translate("FileView", "signed") if n.signed
                 else QCoreApplication.translate("FileView", "draft"))
        if n.corrected_by:
            state += " · " + QCoreApplication.translate("FileView", "corrected")
        return state

    def full_text(self, n: NoteDTO) -> str:
        """The note as the reading pane shows it (a correction says what it corrects)."""
        if n.corrects_id is None:
            return n.text
        original = self.notes.get(n.corrects_id)
        when = fmt_date(original.note_date) if original else ""
        return QCoreApplication.translate("FileView", "Correction of the note of %1").replace("%1", when) + "\n" + n.text

    def _first_line(self, n: NoteDTO) -> str:
        line = self.full_text(n).replace("\n", " ⏎ ")
        return line if len(line) <= FIRST_LINE_MAX else line[:FIRST_LINE_MAX - 1] + "…"

    def selected_note(self) -> NoteDTO | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else self.notes.get(item.data(Qt.ItemDataRole.UserRole))

    def select_note(self, note_id: int) -> None:
        from desktop.widgets.tables import select_row

        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == note_id:
                select_row(self.table, r)
                return

    def _selection_changed(self) -> None:
        n = self.selected_note()
        me = self.view.services.user.id
        own_draft = n is not None and not n.signed and n.author_id == me
        self.edit_action.setEnabled(own_draft)
        self.sign_action.setEnabled(own_draft)
        self.correct_action.setEnabled(n is not None and n.signed)
        if n is None:
            self.reading_pane.clear()
            return
        head = " · ".join((fmt_date(n.note_date), note_kind_label(n.kind), n.author_name, self.state_text(n)))
        self.reading_pane.setPlainText(head + "\n\n" + self.full_text(n))

    def focus_target(self) -> QWidget:
        return self.table

    # ---- actions -----------------------------------------------------------------------------------------
    def _family_name(self) -> str:
        return self.view.detail.file.family_name if self.view.detail else ""

    def open_new_note(self) -> NoteDialog | None:
        if self.view.detail is None or not self.new_action.action.isEnabled():
            return None
        d = NoteDialog(self.view.ops, self.view.services.notes, self.view.file_id, self._family_name(), self.view)
        return self.view.open_dialog(d, self.table)

    def open_edit_draft(self) -> NoteDialog | None:
        n = self.selected_note()
        if n is None or n.signed or n.author_id != self.view.services.user.id:
            return None
        d = NoteDialog(self.view.ops, self.view.services.notes, self.view.file_id, self._family_name(),
                       self.view, draft=n)
        return self.view.open_dialog(d, self.table)

    def open_correction(self) -> CorrectionDialog | None:
        n = self.selected_note()
        if n is None or not n.signed:
            return None
        d = CorrectionDialog(self.view.ops, self.view.services.notes, n, self._family_name(), self.view)
        return self.view.open_dialog(d, self.table)

    def sign_selected(self) -> None:
        """Sign the selected draft, after the user confirmed that a signed note is final."""
        n = self.selected_note()
        if n is None or n.signed or n.author_id != self.view.services.user.id:
            return
        notes = self.view.services.notes
        self.view.ask(QCoreApplication.translate("FileView", "Sign"),
                      QCoreApplication.translate(
                          "NotesTab", "Sign the note of %1? A signed note can no longer be changed or deleted; a "
                          "mistake can only be fixed by a correction.").replace("%1", fmt_date(n.note_date)),
                      QCoreApplication.translate("FileView", "Sign"),
                      lambda: self.view.write(lambda: notes.sign(n.id, n.version)))
