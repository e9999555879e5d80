"""The children enrolled in a club today (the "Children" tab of the Clubs page), by name: age, start and
planned end, allergies (highlighted), diet, transport route, and whether the parents' consent is signed (said
in words when it is not). Actions: Enrol a child (not from the waiting list), Edit the enrolment (Enter),
Leave, Print the registration form, Open the family file. It reloads itself when the club or a family file
changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from desktop.clubs.common import FlowLayout, fmt_age, mark_caution, mark_warning, today
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table, select_row, with_count
from models.changes import Changes
from models.clubs.dto import EnrolmentDTO, RosterRow
from models.errors import DomainError

if TYPE_CHECKING:
    from models.services import Services

(COL_CHILD, COL_AGE, COL_FILE, COL_START, COL_END, COL_ALLERGIES, COL_DIET, COL_ROUTE, COL_CONSENT) = range(9)


class RosterView(QWidget):
    """``enrol_requested``: Enrol a child (the page opens the enrolment dialog); ``edit_requested(EnrolmentDTO)``
    and ``leave_requested(RosterRow)`` likewise; ``open_file_requested(file_id)``; ``loaded`` after each load."""

    enrol_requested = Signal()
    edit_requested = Signal(object)
    leave_requested = Signal(object)
    open_file_requested = Signal(int)
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clubRoster")
        self.services, self.ops = services, ops
        self.club_id: int | None = None
        self.rows: list[RosterRow] = []
        self.loading = False

        self.count_label = QLabel(self)
        self.count_label.setObjectName("rosterCount")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("rosterError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.table = Table([self.tr("Child"), self.tr("Age"), self.tr("File no."), self.tr("Since"),
                            self.tr("Planned end"), self.tr("Allergies"), self.tr("Diet"), self.tr("Route"),
                            self.tr("Consent")], self, stretch=COL_ALLERGIES,
                           empty_text=self.tr("No children in this club yet: enrol the first on the waiting list, "
                                              "or Enrol a child."),
                           name="rosterTable")
        self.table.setAccessibleName(self.tr("Children in the club"))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self.edit())  # Enter or a double-click
        self.table.itemSelectionChanged.connect(self._update_actions)

        self.enrol_button = self._button(self.tr("Enrol a chil&d…"), "enrolChild", self.enrol_requested.emit)
        self.edit_button = self._button(self.tr("&Edit the enrolment…"), "editEnrolment", self.edit)
        self.leave_button = self._button(self.tr("&Leaves the club…"), "leaveClub", self.leave)
        self.print_button = self._button(self.tr("&Print the registration form…"), "printRegistration",
                                         self.print_registration)
        self.open_button = self._button(self.tr("&Open the family file"), "openFileFromRoster", self.open_file)
        buttons = FlowLayout()
        for b in (self.enrol_button, self.edit_button, self.leave_button, self.print_button, self.open_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.table, self.enrol_button)
        self._update_actions()
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)

    def _button(self, text: str, name: str, handler: Callable[[], Any]) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _checked=False: handler())
        return b

    # ---- loading -----------------------------------------------------------------------------------------
    def set_club(self, club_id: int | None) -> None:
        self.club_id = club_id
        self.rows = []
        self.table.set_rows([])
        self.count_label.clear()
        self._update_actions()
        self.refresh()

    def refresh(self) -> None:
        club_id = self.club_id
        if club_id is None:
            self.loaded.emit()
            return
        clubs, on = self.services.clubs, today()
        self.loading = True
        self.ops.query(self, lambda: (club_id, clubs.roster(club_id, on)), self._show, failure=self._failed,
                       key=("club-roster", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit()

    def _show(self, answer: tuple[int, tuple[RosterRow, ...]]) -> None:
        club_id, rows = answer
        if club_id != self.club_id:
            return
        self.loading = False
        self.error_label.hide()
        selected = self.selected_id()
        self.rows = list(rows)
        items = []
        now = today()
        for r in self.rows:
            since = Item(fmt_date(r.starts_on), r.enrolment_id, r.starts_on.toordinal())
            if r.starts_on > now:  # enrolled, holding a seat, not started yet
                since.setText(fmt_date(r.starts_on) + " · " + self.tr("not started yet"))
                since.setToolTip(self.tr("Holds a seat from %1").replace("%1", fmt_date(r.starts_on)))
            allergies = Item(r.allergies, r.enrolment_id)
            if r.allergies:
                mark_caution(allergies, self.tr("Allergies: %1").replace("%1", r.allergies))
            consent = Item(self.tr("signed") if r.consent_signed else self.tr("not signed"), r.enrolment_id,
                           int(r.consent_signed))
            if not r.consent_signed:
                consent.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                mark_warning(consent, self.tr("The parents' consent is not signed yet"))
            cells = [Item(r.child_name, r.enrolment_id), Item(fmt_age(r.age), r.enrolment_id,
                                                              -1 if r.age is None else r.age),
                     Item(r.file_number, r.enrolment_id), since,
                     Item(fmt_date(r.ends_on), r.enrolment_id, r.ends_on.toordinal() if r.ends_on else 0),
                     allergies, Item(r.diet, r.enrolment_id), Item(r.route_name, r.enrolment_id), consent]
            cells[COL_AGE].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            items.append(cells)
        self.table.set_rows(items)
        n = len(self.rows)
        self.count_label.setText(with_count(self.tr("%n child(ren)", "", n), n))
        if self.rows:
            select_row(self.table, self._row_of(selected))
        self._update_actions()
        self.loaded.emit()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if self.club_id is not None and (self.club_id in changes.clubs or changes.files):
            self.refresh()

    # ---- the selection -----------------------------------------------------------------------------------
    def _row_of(self, enrolment_id: int | None) -> int:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, COL_CHILD)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == enrolment_id:
                return r
        return 0

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, COL_CHILD) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def selected(self) -> RosterRow | None:
        eid = self.selected_id()
        return next((r for r in self.rows if r.enrolment_id == eid), None)

    def select(self, enrolment_id: int) -> None:
        select_row(self.table, self._row_of(enrolment_id))

    def child_names(self) -> list[str]:
        return [self.table.item(r, COL_CHILD).text() for r in range(self.table.rowCount())]  # type: ignore[union-attr]

    def _update_actions(self) -> None:
        has = self.selected() is not None
        self.enrol_button.setEnabled(self.club_id is not None)
        for b in (self.edit_button, self.leave_button, self.print_button, self.open_button):
            b.setEnabled(has)

    # ---- actions -----------------------------------------------------------------------------------------
    def edit(self) -> None:
        """Read the whole enrolment, then ask the page to open it."""
        row = self.selected()
        if row is None:
            return
        clubs, eid = self.services.clubs, row.enrolment_id

        def arrived(e: EnrolmentDTO) -> None:
            self.edit_requested.emit(e)

        self.ops.query(self, lambda: clubs.enrolment(eid), arrived, failure=self._failed)

    def leave(self) -> None:
        row = self.selected()
        if row is not None:
            self.leave_requested.emit(row)

    def print_registration(self) -> None:
        row = self.selected()
        if row is None:
            return
        from desktop.clubs.printing import print_registration

        print_registration(self, self.services, self.ops, row.enrolment_id)

    def open_file(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_file_requested.emit(row.file_id)
