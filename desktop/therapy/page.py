"""The Therapy centre page (טיפולים רגשיים והדרכות הורים): two tabs, the waiting list by the age of the
referral (the oldest first, how many days each has waited) and the treatments under way (the therapist, the
sessions held, since when), both of the files the user sees, both filtered by the kind of therapy.

Actions: Start treatment… (Ctrl+T, a waiting referral: the date and the therapist), Record sessions…
(Ctrl+R, a treatment under way), End the referral… (Ctrl+E), Open the family file (Ctrl+O, or Enter on a row:
the file opens on its Therapy tab), Refresh (F5); Show more reads the next page of a long list. The page
refreshes itself when a referral or a file changes (the change bus)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import FlowLayout
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.therapy.common import days_text, kind_label, who_text
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table, select_row, with_count
from models.changes import Changes
from models.codes import THERAPY_KINDS
from models.errors import DomainError
from models.roles import Action, allowed
from models.therapy.dto import TherapyRow

if TYPE_CHECKING:
    from desktop.therapy.dialogs import EndDialog, SessionsDialog, StartDialog
    from models.services import Services

PAGE = 200  # rows read at a time (Show more reads the next)
PAGE_MAX = 1000  # the most a refresh reads again at once (models.therapy.service.PAGE_MAX)
TAB_WAITING, TAB_TREATMENT = range(2)
WAITING, TREATMENT = "waiting", "in_treatment"


class ReferralList(QWidget):
    """The referrals of one status (``WAITING`` or ``TREATMENT``) in the list's order, read a page at a time.
    ``activated(TherapyRow)``: Enter or a double-click on a row; ``loaded()`` after each answer."""

    activated = Signal(object)
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.ops, self.status = services, ops, status
        self.setObjectName("therapyWaiting" if status == WAITING else "therapyTreatment")
        self.kind: str | None = None
        self.rows: list[TherapyRow] = []
        self.more = False  # the last page was full: there may be more
        self.loading = False
        if status == WAITING:
            headers = [self.tr("No."), self.tr("Waiting"), self.tr("Referred on"), self.tr("Who"), self.tr("Kind"),
                       self.tr("File no."), self.tr("Family"), self.tr("Referred by"), self.tr("Reason")]
            empty = self.tr("Nobody is waiting for the therapy centre. A family worker refers from the family "
                            "file's Therapy tab.")
        else:
            headers = [self.tr("Who"), self.tr("Kind"), self.tr("Therapist"), self.tr("Since"), self.tr("Sessions"),
                       self.tr("Waited"), self.tr("File no."), self.tr("Family"), self.tr("Referred by")]
            empty = self.tr("No treatment is under way.")
        self.table = Table(headers, self, stretch=len(headers) - 1, sortable=status != WAITING, empty_text=empty,
                           name="therapyWaitingTable" if status == WAITING else "therapyTreatmentTable")
        self.table.setAccessibleName(self.tr("Waiting list") if status == WAITING else self.tr("In treatment"))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self._activated())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self, kind: str | None = None, *, keep: bool = True) -> None:
        """Read the list again from its first row (as many rows as shown, at least a page)."""
        self.kind = kind
        count = min(max(PAGE, len(self.rows)), PAGE_MAX) if keep else PAGE
        self._read(0, count, append=False)

    def show_more(self) -> None:
        if self.more and not self.loading:
            self._read(len(self.rows), PAGE, append=True)

    def _read(self, offset: int, limit: int, *, append: bool) -> None:
        therapy, status, kind = self.services.therapy, self.status, self.kind
        self.loading = True

        def read() -> list[TherapyRow]:
            if status == WAITING:
                return therapy.waiting_list(kind, offset, limit)
            return therapy.in_treatment(kind, offset, limit)

        self.ops.query(self, read, lambda rows: self._show(rows, limit, append), failure=self._failed,
                       key=("therapy-list", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.loaded.emit()
        page = self.parent()
        while page is not None and not isinstance(page, TherapyPage):
            page = page.parent()
        if isinstance(page, TherapyPage):
            page.show_error(exc)

    def _show(self, rows: list[TherapyRow], limit: int, append: bool) -> None:
        self.loading = False
        selected = self.selected()
        self.rows = self.rows + rows if append else list(rows)
        self.more = len(rows) == limit
        self.table.set_rows([self._cells(r) for r in self.rows])
        if self.rows:
            ids = [r.id for r in self.rows]
            select_row(self.table, ids.index(selected.id) if selected is not None and selected.id in ids else 0)
        self.loaded.emit()

    def _cells(self, r: TherapyRow) -> list[Item]:
        who = Item(who_text(r.person_name, r.subject), r.id)
        kind = Item(kind_label(r.kind), r.id)
        number, family, by = Item(r.file_number, r.id), Item(r.family_name, r.id), Item(r.referred_by_name, r.id)
        waited = Item(days_text(r.waiting_days), r.id, r.waiting_days)
        if self.status == WAITING:
            position = Item(str(r.position), r.id, r.position)
            position.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            reason = Item(" ".join(r.reason.split()), r.id)
            reason.setToolTip(r.reason)
            return [position, waited, Item(fmt_date(r.referred_on), r.id, r.referred_on.toordinal()), who, kind,
                    number, family, by, reason]
        since = r.started_on
        sessions = Item(str(r.sessions_held), r.id, r.sessions_held)
        sessions.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return [who, kind, Item(r.therapist, r.id), Item(fmt_date(since), r.id, since.toordinal() if since else 0),
                sessions, waited, number, family, by]

    def selected(self) -> TherapyRow | None:
        item = self.table.item(self.table.currentRow(), 0)
        rid = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == rid), None)

    def select(self, referral_id: int) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == referral_id:
                select_row(self.table, row)
                return True
        return False

    def names(self) -> list[str]:
        """Who each row is for, in the table's order (the tests read the list)."""
        col = 3 if self.status == WAITING else 0
        items = (self.table.item(i, col) for i in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def _activated(self) -> None:
        row = self.selected()
        if row is not None:
            self.activated.emit(row)


class TherapyPage(QWidget):
    """``open_file_requested(file_id)`` asks the main window to open a family file (on its Therapy tab)."""

    open_file_requested = Signal(int)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("therapyPage")
        self.services, self.ops = services, ops
        self.can_refer = allowed(services.user.role, Action.REFER_THERAPY)
        self.dialog: QDialog | None = None

        title = QLabel(self.tr("Therapy centre"), self)
        title.setObjectName("pageTitle")
        self.kind = QComboBox(self)
        self.kind.setObjectName("therapyKindFilter")
        self.kind.setAccessibleName(self.tr("Kind of therapy"))
        self.kind.addItem(self.tr("Every kind"), None)
        for code in THERAPY_KINDS:
            self.kind.addItem(kind_label(code), code)
        kind_caption = QLabel(self.tr("&Kind of therapy:"), self)
        kind_caption.setBuddy(self.kind)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("therapyCount")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("therapyError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.start_action = ViewAction(self, self.tr("&Start treatment…"), "Ctrl+T", self.start, name="startTherapy")
        self.sessions_action = ViewAction(self, self.tr("Record sessio&ns…"), "Ctrl+R", self.record_sessions,
                                          name="recordSessions")
        self.end_action = ViewAction(self, self.tr("&End the referral…"), "Ctrl+E", self.end, name="endTherapy")
        self.open_action = ViewAction(self, self.tr("&Open the family file"), "Ctrl+O", self.open_file,
                                      name="openTherapyFile")
        self.refresh_action = ViewAction(self, self.tr("Refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh,
                                         name="refreshTherapy")
        for a in (self.start_action, self.sessions_action, self.end_action):
            a.setVisible(self.can_refer)
        self.more_button = QPushButton(self.tr("Show &more"), self)
        self.more_button.setObjectName("therapyMore")
        self.more_button.clicked.connect(lambda _c=False: self.current_list().show_more())
        self.more_button.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("therapyTabs")
        self.waiting = ReferralList(services, ops, WAITING, self.tabs)
        self.treatment = ReferralList(services, ops, TREATMENT, self.tabs)
        self.tabs.addTab(self.waiting, self.tr("&Waiting"))
        self.tabs.addTab(self.treatment, self.tr("&In treatment"))
        for lst in (self.waiting, self.treatment):
            lst.activated.connect(lambda row: self.open_file_requested.emit(row.file_id))
            lst.loaded.connect(self._update)
            lst.table.itemSelectionChanged.connect(self._update)
        self.tabs.currentChanged.connect(lambda _i: self._update())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh(keep=False))

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(kind_caption)
        head.addWidget(self.kind)
        buttons = FlowLayout()  # wraps: a long translation never widens the main window
        for b in (self.start_action.button, self.sessions_action.button, self.end_action.button,
                  self.open_action.button, self.refresh_action.button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeading)
        ops.bus.subscribe(self, self._changed)
        self._update()
        name_widgets(self)
        self.refresh(keep=False)

    # ---- lists -------------------------------------------------------------------------------------------
    def current_list(self) -> ReferralList:
        return self.treatment if self.tabs.currentIndex() == TAB_TREATMENT else self.waiting

    def selected(self) -> TherapyRow | None:
        return self.current_list().selected()

    def refresh(self, *, keep: bool = True) -> None:
        """F5: both lists again, of the kind chosen."""
        self.error_label.hide()
        kind = self.kind.currentData()
        self.waiting.refresh(kind, keep=keep)
        self.treatment.refresh(kind, keep=keep)

    def show_tab(self, index: int) -> ReferralList:
        self.tabs.setCurrentIndex(index)
        return self.current_list()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.therapy or changes.files:  # a referral moved; a file reassigned or restricted (who sees it)
            self.refresh()

    def show_error(self, exc: DomainError) -> None:
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _update(self) -> None:
        lst = self.current_list()
        row = lst.selected()
        self.start_action.setEnabled(row is not None and row.status == WAITING)
        self.sessions_action.setEnabled(row is not None and row.status == TREATMENT)
        self.end_action.setEnabled(row is not None)
        self.open_action.setEnabled(row is not None)
        self.more_button.setVisible(lst.more)
        n = len(lst.rows)
        text = self.tr("%n waiting", "", n) if lst is self.waiting else self.tr("%n in treatment", "", n)
        self.count_label.setText(with_count(text + ("+" if lst.more else ""), n))

    # ---- actions -----------------------------------------------------------------------------------------
    def _open(self, make: Callable[[TherapyRow], QDialog], wanted: str | None = None) -> QDialog | None:
        row = self.selected()
        if row is None or not self.can_refer or (wanted is not None and row.status != wanted):
            return None
        dialog = make(row)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        table = self.current_list().table
        dialog.finished.connect(lambda _r: table.setFocus())
        self.dialog = dialog
        dialog.open()
        return dialog

    def start(self) -> StartDialog | None:
        from desktop.therapy.dialogs import StartDialog

        found = self._open(lambda row: StartDialog(self.services, self.ops, row, self), WAITING)
        return found if isinstance(found, StartDialog) else None

    def record_sessions(self) -> SessionsDialog | None:
        from desktop.therapy.dialogs import SessionsDialog

        found = self._open(lambda row: SessionsDialog(self.services, self.ops, row, self), TREATMENT)
        return found if isinstance(found, SessionsDialog) else None

    def end(self) -> EndDialog | None:
        from desktop.therapy.dialogs import EndDialog

        found = self._open(lambda row: EndDialog(self.services, self.ops, row, self))
        return found if isinstance(found, EndDialog) else None

    def open_file(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_file_requested.emit(row.file_id)
