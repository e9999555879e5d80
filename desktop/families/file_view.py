"""One family file: header, members, notes timeline, tasks, and (for those allowed) its access log."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.families.dialogs import (
    CloseFileDialog,
    CorrectionDialog,
    NoteDialog,
    ReassignDialog,
    ServiceDialog,
    TaskDialog,
    run_action,
)
from desktop.messages import (
    audit_action_label,
    close_reason_label,
    message_for,
    note_kind_label,
    relation_label,
    status_label,
)
from desktop.widgets.a11y import name_widgets
from desktop.widgets.dates import fmt_date
from models.errors import ConflictError, DomainError


def _item(text: str, data=None) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        it.setData(Qt.ItemDataRole.UserRole, data)
    return it


def _table(parent: QWidget, headers: list[str], stretch: int | None = None) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setWordWrap(True)
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


class FileView(QWidget):
    """``back_requested`` returns to the list; ``file_changed(file_id)`` tells open views to refresh."""

    back_requested = Signal()
    file_changed = Signal(int)

    def __init__(self, services, file_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.file_id = file_id
        self.detail = None
        self.dialog: ServiceDialog | None = None
        self.message_box: QMessageBox | None = None
        self.audit_table: QTableWidget | None = None
        self._audit_loaded = False

        # ---- top bar -------------------------------------------------------------------------------
        self.back_button = QPushButton(self.tr("Back to the list"), self)
        self.back_button.clicked.connect(self.back_requested)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.clicked.connect(self.reload)
        self.reassign_button = QPushButton(self.tr("Reassign to a worker"), self)
        self.reassign_button.clicked.connect(self.open_reassign)
        self.close_button = QPushButton(self.tr("Close the file"), self)
        self.close_button.clicked.connect(self.open_close)
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.clicked.connect(self.reopen)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        bar.addWidget(self.reassign_button)
        bar.addWidget(self.close_button)
        bar.addWidget(self.reopen_button)

        # ---- header --------------------------------------------------------------------------------
        self.title_label = QLabel(self)
        self.title_label.setObjectName("fileTitle")
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.title_label.setFont(f)
        self.restricted_badge = QLabel(self.tr("Restricted file"), self)
        self.restricted_badge.setObjectName("restrictedBadge")
        self.restricted_badge.setStyleSheet(
            "background: #a61b1b; color: white; padding: 2px 8px; border-radius: 4px;")
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.restricted_badge)
        title_row.addStretch(1)
        self.fields: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        names = [("address", self.tr("Address:")), ("locality", self.tr("Locality / neighbourhood:")),
                 ("worker", self.tr("Worker:")), ("team", self.tr("Team:")), ("status", self.tr("Status:")),
                 ("opened", self.tr("Opened:")), ("closed", self.tr("Closed:"))]
        for i, (key, label) in enumerate(names):
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            caption = QLabel(label, self)
            caption.setStyleSheet("color: #555;")
            self.field_labels[key] = caption
            grid.addWidget(caption, i // 3, (i % 3) * 2)
            grid.addWidget(value, i // 3, (i % 3) * 2 + 1)
        for col in (1, 3, 5):
            grid.setColumnMinimumWidth(col, 180)
        grid.setColumnStretch(6, 1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fileError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()

        # ---- tabs ----------------------------------------------------------------------------------
        self.tabs = QTabWidget(self)
        self.members_table = _table(self, [self.tr("Name"), self.tr("Name in Arabic"), self.tr("ID number"),
                                           self.tr("Birth date"), self.tr("Relation"), self.tr("Phones")], stretch=5)
        self.tabs.addTab(self.members_table, self.tr("Members"))

        notes_page = QWidget(self)
        self.notes_table = _table(notes_page, [self.tr("Date"), self.tr("Kind"), self.tr("Author"),
                                               self.tr("State"), self.tr("Text")], stretch=4)
        self.notes_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.notes_table.itemSelectionChanged.connect(self._note_selection_changed)
        self.notes_table.horizontalHeader().sectionResized.connect(
            lambda *_: self.notes_table.resizeRowsToContents())
        self.new_note_button = QPushButton(self.tr("New note"), notes_page)
        self.new_note_button.clicked.connect(self.open_new_note)
        self.sign_button = QPushButton(self.tr("Sign"), notes_page)
        self.sign_button.clicked.connect(self.sign_selected)
        self.correct_button = QPushButton(self.tr("Correction"), notes_page)
        self.correct_button.clicked.connect(self.open_correction)
        nb = QHBoxLayout()
        nb.addWidget(self.new_note_button)
        nb.addWidget(self.sign_button)
        nb.addWidget(self.correct_button)
        nb.addStretch(1)
        nl = QVBoxLayout(notes_page)
        nl.addLayout(nb)
        nl.addWidget(self.notes_table, 1)
        self.tabs.addTab(notes_page, self.tr("Notes"))

        tasks_page = QWidget(self)
        self.tasks_table = _table(tasks_page, [self.tr("Done"), self.tr("Task"), self.tr("Due"),
                                               self.tr("Assignee")], stretch=1)
        self.tasks_table.itemChanged.connect(self._task_item_changed)
        self.new_task_button = QPushButton(self.tr("New task"), tasks_page)
        self.new_task_button.clicked.connect(self.open_new_task)
        tb = QHBoxLayout()
        tb.addWidget(self.new_task_button)
        tb.addStretch(1)
        tl = QVBoxLayout(tasks_page)
        tl.addLayout(tb)
        tl.addWidget(self.tasks_table, 1)
        self.tabs.addTab(tasks_page, self.tr("Tasks"))
        self.tabs.currentChanged.connect(self._tab_changed)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(title_row)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(line)
        layout.addWidget(self.tabs, 1)
        self.reload()
        name_widgets(self)

    # ---- loading -----------------------------------------------------------------------------------------
    def reload(self) -> bool:
        try:
            self.detail = self._services.families.get(self.file_id)
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.error_label.hide()
        self._fill()
        return True

    def _fill(self) -> None:
        d = self.detail
        f, can = d.file, d.can
        self.title_label.setText(self.tr("%1 — file %2").replace("%1", f.family_name).replace("%2", f.file_number))
        self.restricted_badge.setVisible(f.restricted)
        self.fields["address"].setText(f.address)
        self.fields["locality"].setText(" / ".join(x for x in (f.locality, f.neighbourhood) if x))
        self.fields["worker"].setText(f.worker.full_name if f.worker else self.tr("not assigned"))
        self.fields["team"].setText(f.team_name)
        status = status_label(f.status)
        if f.status == "closed" and f.close_reason:
            status += f" ({close_reason_label(f.close_reason)})"
        self.fields["status"].setText(status)
        self.fields["opened"].setText(fmt_date(f.opened_on))
        self.fields["closed"].setText(fmt_date(f.closed_on))
        self.fields["closed"].setVisible(f.closed_on is not None)
        self.field_labels["closed"].setVisible(f.closed_on is not None)
        self.reassign_button.setVisible(can.reassign)
        self.close_button.setVisible(can.close and f.status == "open")
        self.reopen_button.setVisible(can.close and f.status == "closed")
        self.new_note_button.setVisible(can.write_note)
        self.sign_button.setVisible(can.write_note)
        self.correct_button.setVisible(can.write_note)
        self.new_task_button.setVisible(can.manage_tasks)

        self.members_table.setRowCount(0)
        for m in f.members:
            p = m.person
            r = self.members_table.rowCount()
            self.members_table.insertRow(r)
            arabic = f"{p.first_name_ar} {p.last_name_ar}".strip()
            for c, text in enumerate((p.full_name, arabic, p.id_number or "", fmt_date(p.birth_date),
                                      relation_label(m.relation), ", ".join(p.phones))):
                self.members_table.setItem(r, c, _item(text, p.id))

        by_id = {n.id: n for n in d.notes}
        self.notes_table.setRowCount(0)
        for n in d.notes:
            r = self.notes_table.rowCount()
            self.notes_table.insertRow(r)
            state = self.tr("signed") if n.signed else self.tr("draft")
            text = n.text
            if n.corrects_id is not None:
                original = by_id.get(n.corrects_id)
                when = fmt_date(original.note_date) if original else ""
                text = self.tr("Correction of the note of %1").replace("%1", when) + "\n" + text
            if n.corrected_by:
                state += " · " + self.tr("corrected")
            for c, value in enumerate((fmt_date(n.note_date), note_kind_label(n.kind), n.author_name, state, text)):
                self.notes_table.setItem(r, c, _item(value, n.id))
        self.notes_table.resizeRowsToContents()
        self._note_selection_changed()

        self.tasks_table.blockSignals(True)
        self.tasks_table.setRowCount(0)
        for t in d.tasks:
            r = self.tasks_table.rowCount()
            self.tasks_table.insertRow(r)
            done = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if can.manage_tasks:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            done.setFlags(flags)
            done.setCheckState(Qt.CheckState.Checked if t.done else Qt.CheckState.Unchecked)
            done.setData(Qt.ItemDataRole.UserRole, t.id)
            self.tasks_table.setItem(r, 0, done)
            for c, value in enumerate((t.title, fmt_date(t.due_date), t.assignee_name), start=1):
                self.tasks_table.setItem(r, c, _item(value, t.id))
        self.tasks_table.blockSignals(False)

        if can.view_audit and self.audit_table is None:
            self.audit_table = _table(self, [self.tr("Time"), self.tr("User"), self.tr("Action"),
                                             self.tr("Allowed")], stretch=2)
            self.audit_table.setObjectName("auditTable")
            self.tabs.addTab(self.audit_table, self.tr("Access log"))
            name_widgets(self)
        self._audit_loaded = False
        if self.audit_table is not None and self.tabs.currentWidget() is self.audit_table:
            self.load_audit()

    def _tab_changed(self, _index: int) -> None:
        if self.audit_table is not None and self.tabs.currentWidget() is self.audit_table and not self._audit_loaded:
            self.load_audit()

    def load_audit(self) -> None:
        """Fill the access-log tab (viewing it is itself recorded)."""
        try:
            entries = self._services.families.audit_trail(self.file_id)
        except DomainError as exc:
            self.show_error(exc)
            return
        self._audit_loaded = True
        t = self.audit_table
        t.setRowCount(0)
        for e in entries:
            r = t.rowCount()
            t.insertRow(r)
            for c, value in enumerate((e.at.astimezone().strftime("%d/%m/%Y %H:%M:%S") if e.at.tzinfo
                                       else e.at.strftime("%d/%m/%Y %H:%M:%S"), e.user_name,
                                       audit_action_label(e.action), self.tr("yes") if e.allowed else self.tr("no"))):
                t.setItem(r, c, _item(value))

    # ---- errors ------------------------------------------------------------------------------------------
    def show_error(self, exc: DomainError) -> None:
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        if isinstance(exc, ConflictError):
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("The file was changed"), message_for(exc),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("conflictBox")
            box.finished.connect(lambda _r: self.reload())
            self.message_box = box
            box.open()

    # ---- notes -------------------------------------------------------------------------------------------
    def selected_note(self):
        rows = self.notes_table.selectionModel().selectedRows() if self.notes_table.selectionModel() else []
        if not rows or self.detail is None:
            return None
        note_id = self.notes_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((n for n in self.detail.notes if n.id == note_id), None)

    def _note_selection_changed(self) -> None:
        n = self.selected_note()
        me = self._services.user.id
        self.sign_button.setEnabled(n is not None and not n.signed and n.author_id == me)
        self.correct_button.setEnabled(n is not None and n.signed)

    def _open(self, dialog: ServiceDialog) -> ServiceDialog:
        self.dialog = dialog
        dialog.saved.connect(self._after_save)
        dialog.reload_requested.connect(lambda: self._reload_for(dialog))
        dialog.open()
        return dialog

    def _after_save(self, _result) -> None:
        self.reload()
        self.file_changed.emit(self.file_id)

    def _reload_for(self, dialog: ServiceDialog) -> None:
        if self.reload() and dialog.version is not None:
            dialog.set_version(self.detail.file.version)

    def open_new_note(self) -> NoteDialog:
        return self._open(NoteDialog(self._services.notes, self.file_id, self))

    def open_correction(self) -> CorrectionDialog | None:
        n = self.selected_note()
        if n is None or not n.signed:
            return None
        return self._open(CorrectionDialog(self._services.notes, n, self))

    def sign_selected(self) -> None:
        n = self.selected_note()
        if n is None:
            return
        if run_action(self, lambda: self._services.notes.sign(n.id, n.version), self.show_error) is not None:
            self._after_save(None)

    # ---- tasks -------------------------------------------------------------------------------------------
    def open_new_task(self) -> TaskDialog:
        return self._open(TaskDialog(self._services.tasks, self.file_id, self))

    def _task_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or self.detail is None:
            return
        task = next((t for t in self.detail.tasks if t.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if task is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        if done == task.done:
            return
        result = run_action(self, lambda: self._services.tasks.set_done(task.id, task.version, done), self.show_error)
        if result is not None:
            self._after_save(result)
        else:
            self.reload()

    # ---- file actions ------------------------------------------------------------------------------------
    def open_reassign(self) -> ReassignDialog:
        return self._open(ReassignDialog(self._services.families, self.detail.file, self))

    def open_close(self) -> CloseFileDialog:
        return self._open(CloseFileDialog(self._services.families, self.detail.file, self))

    def reopen(self) -> None:
        f = self.detail.file
        if run_action(self, lambda: self._services.families.reopen(f.id, f.version), self.show_error) is not None:
            self._after_save(None)
