"""A club's details: name, address and phone, capacity, the ages it takes, its weekly hours, the staff (guide,
house mother, the supervising social worker), the monthly fee in shekels, whether it is active, and its
transport routes (added, edited, deactivated: a route is never deleted, the enrolments that used it keep it).
New club: Ctrl+N on the Clubs page; Edit club: the selected one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import MoneyEdit
from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog
from desktop.messages import role_label
from desktop.ops import Ops
from models.clubs.dto import ClubDTO, ClubInput, RouteInput
from models.codes import CLUB_CAPACITY, CLUB_FEE_AGOROT, CLUB_MAX_AGE, CLUB_MIN_AGE
from models.errors import DomainError

if TYPE_CHECKING:
    from models.services import Services
    from models.users.dto import UserRef

NAME_MAX, ADDRESS_MAX, PHONE_MAX, HOURS_MAX, STAFF_MAX = 120, 200, 32, 200, 120
ROUTE_NAME, ROUTE_STOPS, ROUTE_DRIVER, ROUTE_ACTIVE = range(4)
ROUTE_MAX = (120, 500, 120)
ID_ROLE = Qt.ItemDataRole.UserRole


class ClubDialog(ServiceDialog):
    """``club`` None: a new club. ``saved(ClubDTO)``."""

    def __init__(self, services: Services, ops: Ops, club: ClubDTO | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("New club") if club is None else self.tr("Club — %1").replace("%1", club.name)
        super().__init__(ops, title, parent)
        self.setObjectName("clubDialog")
        self.resize(760, 700)
        self.services, self.club = services, club
        self.version = club.version if club is not None else None

        self.name = self._line(NAME_MAX, "clubName")
        self.address = self._line(ADDRESS_MAX, "clubAddress")
        self.phone = self._line(PHONE_MAX, "clubPhone")
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("clubCapacity")
        self.capacity.setRange(1, 60)
        self.capacity.setValue(CLUB_CAPACITY)
        self.capacity.setSuffix(" " + self.tr("children"))
        self.min_age, self.max_age = QSpinBox(self), QSpinBox(self)
        for spin, value, name in ((self.min_age, CLUB_MIN_AGE, "clubMinAge"), (self.max_age, CLUB_MAX_AGE, "clubMaxAge")):
            spin.setObjectName(name)
            spin.setRange(0, 18)
            spin.setValue(value)
        self.min_age.setAccessibleName(self.tr("Youngest age"))
        self.max_age.setAccessibleName(self.tr("Oldest age"))
        ages = QHBoxLayout()
        ages.addWidget(self.min_age)
        to_label = QLabel(self.tr("to"), self)
        ages.addWidget(to_label)
        ages.addWidget(self.max_age)
        ages.addWidget(QLabel(self.tr("years"), self))
        ages.addStretch(1)
        self.hours = self._line(HOURS_MAX, "clubHours")
        self.hours.setPlaceholderText(self.tr("Sunday to Thursday 12:00–18:00"))
        self.guide = self._line(STAFF_MAX, "clubGuide")
        self.house_mother = self._line(STAFF_MAX, "clubHouseMother")
        self.supervisor = QComboBox(self)
        self.supervisor.setObjectName("clubSupervisor")
        self.supervisor.setAccessibleName(self.tr("Supervising social worker"))
        self.supervisor.addItem(self.tr("(none)"), None)
        self.supervisor.setEnabled(False)
        self.fee = MoneyEdit(self)
        self.fee.setObjectName("clubFee")
        self.fee.set_agorot(CLUB_FEE_AGOROT)
        self.fee.setSuffix(f" {self.fee.suffix().strip()} " + self.tr("a month"))
        self.active = QCheckBox(self.tr("Acti&ve (takes children, on the overview)"), self)
        self.active.setObjectName("clubActive")
        self.active.setChecked(True)

        self.routes = QTableWidget(0, 4, self)
        self.routes.setObjectName("clubRoutes")
        self.routes.setAccessibleName(self.tr("Transport routes"))
        self.routes.setHorizontalHeaderLabels([self.tr("Route"), self.tr("Stops"), self.tr("Driver"), self.tr("Active")])
        self.routes.verticalHeader().hide()
        header = self.routes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROUTE_ACTIVE, QHeaderView.ResizeMode.ResizeToContents)
        self.routes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        triggers = QAbstractItemView.EditTrigger
        self.routes.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.routes.setTabKeyNavigation(False)
        self.routes.setMinimumHeight(120)
        self.add_route_button = QPushButton(self.tr("&Add a route"), self)
        self.add_route_button.setObjectName("addRoute")
        self.add_route_button.clicked.connect(lambda _c=False: self.add_route())
        self.toggle_route_button = QPushButton(self.tr("&Deactivate the route"), self)
        self.toggle_route_button.setObjectName("toggleRoute")
        self.toggle_route_button.clicked.connect(lambda _c=False: self.toggle_route())
        self.routes.currentCellChanged.connect(lambda *_a: self._route_selected())
        self.routes.itemChanged.connect(lambda _i: self._route_selected())
        route_buttons = QHBoxLayout()
        route_buttons.addWidget(self.add_route_button)
        route_buttons.addWidget(self.toggle_route_button)
        route_buttons.addStretch(1)
        routes_box = QVBoxLayout()
        routes_box.addWidget(self.routes, 1)
        routes_box.addLayout(route_buttons)

        self._caption(self.tr("&Name:"), self.name)
        self._caption(self.tr("Add&ress:"), self.address)
        self._caption(self.tr("&Phone:"), self.phone)
        self._caption(self.tr("&Capacity:"), self.capacity)
        ages_caption = QLabel(self.tr("A&ges:"), self)
        ages_caption.setBuddy(self.min_age)
        self.form.addRow(ages_caption, ages)
        self._caption(self.tr("&Hours:"), self.hours)
        self._caption(self.tr("G&uide:"), self.guide)
        self._caption(self.tr("House &mother:"), self.house_mother)
        self._caption(self.tr("Supervising social &worker:"), self.supervisor)
        self._caption(self.tr("Monthly &fee:"), self.fee)
        self.form.addRow("", self.active)
        routes_caption = QLabel(self.tr("Transport r&outes:"), self)
        routes_caption.setBuddy(self.routes)
        self.form.addRow(routes_caption, routes_box)
        save_with_ctrl_enter(self, self.submit)
        self.reload_requested.connect(self._reload)

        if club is not None:
            self._fill(club)
        self._route_selected()
        self.set_ready(False)
        self.busy_bar.show()
        clubs = services.clubs
        ops.query(self, clubs.supervisors, self._supervisors_loaded, failure=self._load_failed)
        self.name.setFocus()

    def _line(self, maximum: int, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(maximum)
        edit.setObjectName(name)
        return edit

    def _caption(self, text: str, field: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        return caption

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the routes' table edits the cell (it never saves the club half-typed)."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.routes.hasFocus()
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            item = self.routes.currentItem()
            if item is not None and item.column() != ROUTE_ACTIVE:
                self.routes.editItem(item)
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- loading -----------------------------------------------------------------------------------------
    def _fill(self, club: ClubDTO) -> None:
        self.name.setText(club.name)
        self.address.setText(club.address)
        self.phone.setText(club.phone)
        self.capacity.setValue(club.capacity)
        self.min_age.setValue(club.min_age)
        self.max_age.setValue(club.max_age)
        self.hours.setText(club.hours)
        self.guide.setText(club.guide_name)
        self.house_mother.setText(club.house_mother_name)
        self.fee.set_agorot(club.monthly_fee_agorot)
        self.active.setChecked(club.active)
        for r in club.routes:
            self.add_route((r.name, r.stops, r.driver), route_id=r.id, active=r.active, edit=False)

    def _supervisors_loaded(self, users: Sequence[UserRef]) -> None:
        self.busy_bar.hide()
        current = self.club.supervisor_id if self.club is not None else None
        for u in users:
            self.supervisor.addItem(f"{u.full_name} ({role_label(u.role)})", u.id)
        if current is not None and self.supervisor.findData(current) < 0:
            # no longer a club worker or manager, or inactive: kept as it is until changed
            self.supervisor.addItem(self.club.supervisor_name if self.club is not None else str(current), current)
        self.supervisor.setCurrentIndex(max(0, self.supervisor.findData(current)))
        self.supervisor.setEnabled(True)
        self.set_ready(True)

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def _reload(self) -> None:
        """After a conflict: the club's new version (what was typed stays)."""
        if self.club is None:
            return
        clubs, cid = self.services.clubs, self.club.id

        def arrived(club: ClubDTO) -> None:
            self.club = club
            self._merge_new_routes(club)
            self.set_version(club.version)

        self.ops.query(self, lambda: clubs.club(cid), arrived, failure=self.show_error)

    def _merge_new_routes(self, club: ClubDTO) -> None:
        """Routes another user added meanwhile appear (else saving would deactivate them)."""
        items = [self.routes.item(r, ROUTE_NAME) for r in range(self.routes.rowCount())]
        shown = {item.data(ID_ROLE) for item in items if item is not None}
        for r in club.routes:
            if r.id not in shown:
                self.add_route((r.name, r.stops, r.driver), route_id=r.id, active=r.active, edit=False)

    # ---- routes ------------------------------------------------------------------------------------------
    def add_route(self, values: tuple[str, str, str] = ("", "", ""), *, route_id: int | None = None,
                  active: bool = True, edit: bool = True) -> int:
        blocked = self.routes.blockSignals(True)
        row = self.routes.rowCount()
        self.routes.insertRow(row)
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c == ROUTE_NAME:
                item.setData(ID_ROLE, route_id)
            self.routes.setItem(row, c, item)
        check = QTableWidgetItem(self.tr("active"))
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
        self.routes.setItem(row, ROUTE_ACTIVE, check)
        self.routes.blockSignals(blocked)
        if edit:
            self.routes.setFocus()
            self.routes.setCurrentCell(row, ROUTE_NAME)
            name = self.routes.item(row, ROUTE_NAME)
            if name is not None:
                self.routes.editItem(name)
        self._route_selected()
        return row

    def _route_active(self, row: int) -> bool:
        item = self.routes.item(row, ROUTE_ACTIVE)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def toggle_route(self) -> None:
        """Deactivate the selected route (or activate it again); a new, unsaved route is removed."""
        row = self.routes.currentRow()
        if row < 0:
            return
        name = self.routes.item(row, ROUTE_NAME)
        if name is not None and name.data(ID_ROLE) is None:
            self.routes.removeRow(row)
        else:
            item = self.routes.item(row, ROUTE_ACTIVE)
            if item is not None:
                item.setCheckState(Qt.CheckState.Unchecked if self._route_active(row) else Qt.CheckState.Checked)
        self._route_selected()

    def _route_selected(self) -> None:
        row = self.routes.currentRow()
        self.toggle_route_button.setEnabled(row >= 0)
        name = self.routes.item(row, ROUTE_NAME) if row >= 0 else None
        if name is not None and name.data(ID_ROLE) is None:
            self.toggle_route_button.setText(self.tr("Remove the new route"))
        elif row >= 0 and not self._route_active(row):
            self.toggle_route_button.setText(self.tr("Ac&tivate the route again"))
        else:
            self.toggle_route_button.setText(self.tr("&Deactivate the route"))

    def route_values(self) -> tuple[RouteInput, ...]:
        out = []
        for r in range(self.routes.rowCount()):
            cells = []
            for c in (ROUTE_NAME, ROUTE_STOPS, ROUTE_DRIVER):
                item = self.routes.item(r, c)
                cells.append((item.text() if item is not None else "").strip()[:ROUTE_MAX[c]])
            name_item = self.routes.item(r, ROUTE_NAME)
            route_id = name_item.data(ID_ROLE) if name_item is not None else None
            if route_id is None and not any(cells):
                continue  # an empty new row
            out.append(RouteInput(id=route_id, name=cells[0], stops=cells[1], driver=cells[2],
                                  active=self._route_active(r)))
        return tuple(out)

    # ---- saving ------------------------------------------------------------------------------------------
    def value(self) -> ClubInput:
        return ClubInput(
            name=self.name.text().strip(), address=self.address.text().strip(), phone=self.phone.text().strip(),
            capacity=self.capacity.value(), min_age=self.min_age.value(), max_age=self.max_age.value(),
            hours=self.hours.text().strip(), guide_name=self.guide.text().strip(),
            house_mother_name=self.house_mother.text().strip(), supervisor_id=self.supervisor.currentData(),
            monthly_fee_agorot=self.fee.agorot(), active=self.active.isChecked(), routes=self.route_values())

    def submit(self) -> None:
        self.routes.setCurrentCell(-1, -1)  # commit a cell being typed in
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        clubs, data, version = self.services.clubs, self.value(), self.version
        club_id = self.club.id if self.club is not None else None
        return lambda: clubs.save_club(club_id, data, version)
