"""The access log (יומן גישה): the review the Data Security Regulations require. The manager reviews the
whole department's log, a team head the log of her team's files (``Action.REVIEW_ACCESS_LOG``; the scope is
the service's: ``VIEW_ALL_AUDIT`` for the department). A filter bar (person by ID number, file number, staff
member by name, kind of action, allowed or denied, from and to dates; Enter applies it), the events newest
first (time, who by name and role, what, file, person, allowed, what changed), the selected event's
changes field by field (old -> new), and the export of the filter to CSV.

Every call runs off the GUI thread through ``ops``; reading the log is itself recorded by the service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue import (
    AUDIT_ACTIONS,
    AUDIT_ENTITIES,
    AUDIT_FIELDS,
    AUDIT_KINDS,
    FIELD_NAMES,
    audit_event_words,
    audit_field_words,
)
from desktop.messages import (
    close_reason_label,
    message_for,
    note_kind_label,
    relation_label,
    role_label,
    status_label,
)
from desktop.ops import Ops
from desktop.widgets.a11y import bind_label, name_widgets
from desktop.widgets.dates import make_date_edit
from desktop.widgets.tables import Item, Table, fmt_count, select_row
from models.audit.dto import AuditFilter, AuditPage, ReviewRow, StaffName
from models.audit.review import KIND_ORDER
from models.errors import DomainError
from models.roles import ROLE_CODES

COL_TIME, COL_WHO, COL_ROLE, COL_ACTION, COL_FILE, COL_PERSON, COL_ALLOWED, COL_CHANGED = range(8)
PAGE = 200
LTR = "\u2066{}\u2069"  # a left-to-right value (a file number, a date) inside right-to-left text


def _msg(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def describe(row: ReviewRow) -> str:
    """The event in the user's language (the table, the details, the CSV)."""
    return audit_event_words(row.action, row.entity, _msg)


# coded values in a row image, in the words the screens use for them
_CODED = {"kind": note_kind_label, "status": status_label, "relation": relation_label, "role": role_label,
          "close_reason": close_reason_label}


def value_words(field: str, value: str) -> str:
    """A value of a changed field as the user reads it elsewhere (a note's kind, a file's status, a role)."""
    words = _CODED.get(field)
    return words(value) if words is not None and value else value


def changes_text(row: ReviewRow) -> str:
    return "; ".join(f"{audit_field_words(c.field, _msg)}: {value_words(c.field, c.before)} → "
                     f"{value_words(c.field, c.after)}" for c in row.changes)


class AccessLogView(QWidget):
    loaded = Signal()
    exported = Signal(str)

    def __init__(self, services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessLog")
        self._services = services
        self._ops = ops
        self._rows: list[ReviewRow] = []
        self._page: AuditPage | None = None
        self._filter = AuditFilter()
        self.loading = False

        title = QLabel(QCoreApplication.translate("AccessLogView", "Access log"), self)
        title.setObjectName("pageTitle")
        # ---- the filter bar -------------------------------------------------------------------------------
        self.person_edit = QLineEdit(self)
        self.person_edit.setPlaceholderText(QCoreApplication.translate("AccessLogView", "ID number"))
        self.person_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText("2026/0001")
        self.file_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.user_combo = QComboBox(self)
        self.user_combo.addItem(QCoreApplication.translate("AccessLogView", "(everyone)"), "")
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(QCoreApplication.translate("AccessLogView", "(every action)"), "")
        for kind in KIND_ORDER:
            self.kind_combo.addItem(_msg(AUDIT_KINDS[kind]), kind)
        for combo in (self.user_combo, self.kind_combo):  # long names must not widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.allowed_combo = QComboBox(self)
        self.allowed_combo.addItem(QCoreApplication.translate("AccessLogView", "allowed and denied"), None)
        self.allowed_combo.addItem(QCoreApplication.translate("AccessLogView", "allowed only"), True)
        self.allowed_combo.addItem(QCoreApplication.translate("AccessLogView", "denied only"), False)
        self.from_check = QCheckBox(QCoreApplication.translate("AccessLogView", "&From:"), self)
        self.from_date = make_date_edit(date.today() - timedelta(days=30), self, maximum=date.today())
        self.to_check = QCheckBox(QCoreApplication.translate("AccessLogView", "&To:"), self)
        self.to_date = make_date_edit(date.today(), self, maximum=date.today())
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        self.apply_button = QPushButton(QCoreApplication.translate("AccessLogView", "&Show"), self)
        self.apply_button.setToolTip(QCoreApplication.translate("AccessLogView", "Show the events of this filter") + " (Enter)")
        self.apply_button.clicked.connect(self.apply)
        self.clear_button = QPushButton(QCoreApplication.translate("AccessLogView", "C&lear"), self)
        self.clear_button.clicked.connect(self.clear)
        self.export_button = QPushButton(QCoreApplication.translate("AccessLogView", "&Export CSV…"), self)
        self.export_button.setToolTip(QCoreApplication.translate("AccessLogView", "Save the events of this filter as a CSV file (Excel)"))
        self.export_button.clicked.connect(self.export)
        self.more_button = QPushButton(QCoreApplication.translate("AccessLogView", "Show &more"), self)
        self.more_button.clicked.connect(self.more)
        self.more_button.hide()

        bar = QGridLayout()
        labels = [(QCoreApplication.translate("AccessLogView", "&Person:"), self.person_edit), (QCoreApplication.translate("AccessLogView", "F&ile number:"), self.file_edit),
                  (QCoreApplication.translate("AccessLogView", "Staff &member:"), self.user_combo), (QCoreApplication.translate("AccessLogView", "&Action:"), self.kind_combo),
                  (QCoreApplication.translate("AccessLogView", "Allo&wed:"), self.allowed_combo)]
        for i, (text, field) in enumerate(labels):
            caption = QLabel(text, self)
            bind_label(caption, field)
            bar.addWidget(caption, i // 2, (i % 2) * 2)
            bar.addWidget(field, i // 2, (i % 2) * 2 + 1)
        bind_label(self.from_check, self.from_date.edit)
        bind_label(self.to_check, self.to_date.edit)
        bar.addWidget(self.from_check, 2, 2)
        bar.addWidget(self.from_date, 2, 3)
        bar.addWidget(self.to_check, 3, 2)
        bar.addWidget(self.to_date, 3, 3)
        bar.setColumnStretch(1, 1)
        bar.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("AccessLogView", "Loading…"))
        self.busy_bar.hide()
        self.count_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("accessLogStatus")
        self.status_label.setWordWrap(True)
        for w in (self.apply_button, self.clear_button, self.export_button):
            buttons.addWidget(w)
        buttons.addWidget(self.busy_bar)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        # ---- the events and the selected one's details ------------------------------------------------------
        self.table = Table([QCoreApplication.translate("AccessLogView", "Time"), QCoreApplication.translate("AccessLogView", "Who"), QCoreApplication.translate("AccessLogView", "Role"), QCoreApplication.translate("AccessLogView", "Action"), QCoreApplication.translate("AccessLogView", "File"), QCoreApplication.translate("AccessLogView", "Person"),
                            QCoreApplication.translate("AccessLogView", "Allowed"), QCoreApplication.translate("AccessLogView", "What changed")], self, stretch=COL_CHANGED,
                           empty_text=QCoreApplication.translate("AccessLogView", "No events for this filter."), name="accessLogTable", sortable=False)
        self.table.setAccessibleName(QCoreApplication.translate("AccessLogView", "Access log"))
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("accessLogDetail")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_table = Table([QCoreApplication.translate("AccessLogView", "Field"), QCoreApplication.translate("AccessLogView", "Before"), QCoreApplication.translate("AccessLogView", "After")], self, stretch=2,
                                   empty_text=QCoreApplication.translate("AccessLogView", "Select an event that changed a record to see what changed."),
                                   name="accessLogChanges", sortable=False)
        self.changes_table.setAccessibleName(QCoreApplication.translate("AccessLogView", "What changed"))
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_label)
        details_layout.addWidget(self.changes_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeading)
        splitter.addWidget(top)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        name_widgets(self)
        self._started = False  # the log is read when the page is first shown: reading it is recorded

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self._load_names()
            self.apply()

    # ---- loading ------------------------------------------------------------------------------------------
    def _load_names(self) -> None:
        audit = self._services.audit
        self._ops.query(self, audit.staff_names, self._show_names, failure=self._failed,
                        key=("access-log-names", id(self)))

    def _show_names(self, names: list[StaffName]) -> None:
        current = self.user_combo.currentData()
        while self.user_combo.count() > 1:
            self.user_combo.removeItem(1)
        for n in names:
            self.user_combo.addItem(f"{n.full_name} ({role_label(n.role)})", n.user_name)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(current)))

    def current_filter(self) -> tuple[AuditFilter, str]:
        """The filter the bar shows (read on the GUI thread), and the ID number typed for a person."""
        return AuditFilter(
            file_number=self.file_edit.text().strip(),
            user_name=self.user_combo.currentData() or "",
            kinds=(self.kind_combo.currentData(),) if self.kind_combo.currentData() else (),
            allowed=self.allowed_combo.currentData(),
            date_from=self.from_date.value() if self.from_check.isChecked() else None,
            date_to=self.to_date.value() if self.to_check.isChecked() else None,
        ), self.person_edit.text().strip()

    def apply(self) -> None:
        """Show the first page of the filter's events."""
        flt, id_number = self.current_filter()
        services = self._services

        def fetch() -> tuple[AuditFilter, AuditPage | None]:
            f = flt
            if id_number:
                person = services.people.by_id_number(id_number)
                if person is None:
                    return f, None
                f = replace(f, person_id=person.id)
            return f, services.audit.review(f, limit=PAGE)

        self._start()
        self._ops.query(self, fetch, self._show_first, failure=self._failed, key=("access-log", id(self)))

    def more(self) -> None:
        page, flt, audit = self._page, self._filter, self._services.audit
        if page is None or not page.has_more:
            return
        self._start()
        self._ops.query(self, lambda: audit.review(flt, offset=page.next_offset, limit=PAGE, upto_id=page.upto_id),
                        self._show_more, failure=self._failed, key=("access-log", id(self)))

    def refresh(self) -> None:
        self.apply()

    def clear(self) -> None:
        self.person_edit.clear()
        self.file_edit.clear()
        for combo in (self.user_combo, self.kind_combo, self.allowed_combo):
            combo.setCurrentIndex(0)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.apply()

    def _start(self) -> None:
        self.loading = True
        self.busy_bar.show()
        self.status_label.clear()

    def _stop(self) -> None:
        self.loading = False
        self.busy_bar.hide()

    def _failed(self, exc: DomainError) -> None:
        self._stop()
        self.status_label.setText(message_for(exc))
        self.loaded.emit()

    def _show_first(self, result: tuple[AuditFilter, AuditPage | None]) -> None:
        flt, page = result
        self._filter = flt
        self._rows = []
        if page is None:  # no such person (or not one the reviewer sees)
            self._page = None
            self.status_label.setText(QCoreApplication.translate("AccessLogView", "No person with this ID number."))
        self._show_page(page)

    def _show_more(self, page: AuditPage) -> None:
        self._show_page(page)

    def _show_page(self, page: AuditPage | None) -> None:
        self._stop()
        self._page = page
        if page is not None:
            self._rows += page.rows
        self.more_button.setVisible(bool(page and page.has_more))
        selected = self.selected_row()
        self.table.set_rows([self._cells(r) for r in self._rows])
        count = fmt_count(len(self._rows)) + ("+" if page and page.has_more else "")
        self.count_label.setText(QCoreApplication.translate("AccessLogView", "%1 events").replace("%1", count))
        if selected is not None:
            self.select(selected.id)
        self._show_selected()
        self.loaded.emit()

    def _cells(self, r: ReviewRow) -> list[Item]:
        at = r.at.astimezone()
        file_text = f"{LTR.format(r.file_number)} {r.family_name}".strip() if r.file_number else ""
        if not file_text and r.files_shown:
            file_text = QCoreApplication.translate("AccessLogView", "%1 files").replace("%1", fmt_count(r.files_shown))
        allowed = QCoreApplication.translate("AccessLogView", "allowed") if r.allowed else QCoreApplication.translate("AccessLogView", "denied")
        changed = changes_text(r) or r.summary
        cells = [Item(at.strftime("%d/%m/%Y %H:%M:%S"), r.id, r.at.timestamp()), Item(r.actor_name),
                 Item(role_label(r.actor_role) if r.actor_role else ""), Item(describe(r)), Item(file_text),
                 Item(r.person_name), Item(allowed), Item(changed)]
        if not r.allowed:
            cells[COL_ALLOWED].setForeground(Qt.GlobalColor.darkRed)
        return cells

    # ---- the selected event ---------------------------------------------------------------------------------
    def selected_row(self) -> ReviewRow | None:
        items = self.table.selectedItems()
        if not items:
            return None
        event_id = self.table.item(items[0].row(), COL_TIME).data(Qt.ItemDataRole.UserRole)
        return next((r for r in self._rows if r.id == event_id), None)

    def select(self, event_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_TIME).data(Qt.ItemDataRole.UserRole) == event_id:
                select_row(self.table, row)
                return

    def _show_selected(self) -> None:
        r = self.selected_row()
        if r is None:
            self.details_label.clear()
            self.changes_table.set_rows([])
            return
        at = r.at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
        who = r.actor_name + (f" ({role_label(r.actor_role)})" if r.actor_role else "")
        parts = [f"{LTR.format(at)} · {who} · {describe(r)}"]
        if r.file_number:
            parts.append(QCoreApplication.translate("AccessLogView", "File %1").replace("%1", f"{LTR.format(r.file_number)} {r.family_name}"))
        if r.person_name:
            parts.append(r.person_name)
        if r.summary:
            parts.append(r.summary)
        if not r.allowed:
            parts.append(QCoreApplication.translate("AccessLogView", "Denied: the attempt was refused."))
        self.details_label.setText("\n".join(parts))
        self.changes_table.set_rows([[Item(audit_field_words(c.field, _msg)), Item(value_words(c.field, c.before)),
                                     Item(value_words(c.field, c.after))]
                                     for c in r.changes])

    # ---- export -----------------------------------------------------------------------------------------------
    def export(self) -> None:
        """Ask where, then build and write the CSV of the shown filter off the GUI thread."""
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("AccessLogView", "Export the access log"),
                                              str(Path.home() / "access-log.csv"), QCoreApplication.translate("AccessLogView", "CSV files (*.csv)"))
        if not path:
            return
        self.export_to(path)

    def export_to(self, path: str) -> None:
        flt, audit = self._filter, self._services.audit
        events = self._event_words()
        headers = [QCoreApplication.translate("AccessLogView", "Time"), QCoreApplication.translate("AccessLogView", "Who"), QCoreApplication.translate("AccessLogView", "Role"), QCoreApplication.translate("AccessLogView", "Action"), QCoreApplication.translate("AccessLogView", "File number"), QCoreApplication.translate("AccessLogView", "Family"),
                   QCoreApplication.translate("AccessLogView", "Person"), QCoreApplication.translate("AccessLogView", "Allowed"), QCoreApplication.translate("AccessLogView", "Details"), QCoreApplication.translate("AccessLogView", "Changes (old → new)")]
        roles = {code: role_label(code) for code in ROLE_CODES}

        fields = {f: audit_field_words(f, _msg) for f in (*FIELD_NAMES, *AUDIT_FIELDS)}

        def say(r: ReviewRow) -> str:  # runs on the pool: plain dictionaries, translated here beforehand
            return events.get((r.action, r.entity)) or events.get((r.action, ""), r.action)

        def run() -> str:
            data = audit.export_csv(flt, describe=say, headers=headers, role_name=lambda c: roles.get(c, c),
                                    field_name=lambda f: fields.get(f, f))
            Path(path).write_bytes(data)
            return path

        self._start()
        self._ops.query(self, run, self._exported, failure=self._failed, key=("access-log-export", id(self)))

    @staticmethod
    def _event_words() -> dict[tuple[str, str], str]:
        """Every event's words in the user's language, made on the GUI thread for the export's worker."""
        return {(a, e): audit_event_words(a, e, _msg) for a in AUDIT_ACTIONS for e in (*AUDIT_ENTITIES, "")}

    def _exported(self, path: str) -> None:
        self._stop()
        self.status_label.setText(QCoreApplication.translate("AccessLogView", "Saved: %1").replace("%1", LTR.format(path)))
        self.exported.emit(path)

    # ---- keyboard -----------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.table.hasFocus():
            self.apply()
            event.accept()
            return
        if event.key() == Qt.Key.Key_F5:
            self.refresh()
            event.accept()
            return
        super().keyPressEvent(event)
