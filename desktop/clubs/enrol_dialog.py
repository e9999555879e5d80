"""A child's enrolment in a club: the child (from the waiting list's request, or found: the family file, then
one of its children), the club, the start (by default the club's next day) and the planned end (30 June), the
goals, diet and allergies, the school the child is picked up from, the transport route and the drop-off
address (the family's, or "collected at the club"), the parents' consent, and the people allowed to collect
the child. Editing an enrolment keeps its club and child.

The service's refusals are said in place and the form keeps everything typed: a full club (with a button to
the club's waiting list), a child outside the club's ages (the field for the reason appears, required; it
appears at once when the dialog can tell from the birth date), a child already in a club, a record someone
else changed (reload)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import age_on, next_club_day, next_weekday, planned_end, school_year_of, today
from desktop.clubs.request_dialog import child_text, club_choice_text, file_children
from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.ops import Ops
from desktop.widgets.dates import make_date_edit, to_date
from desktop.widgets.file_finder import FileFinder
from models.clubs.dto import (
    CalendarDay,
    ClubDTO,
    CollectorInput,
    EnrolInput,
    EnrolmentDTO,
    RequestDTO,
    WaitingRow,
)
from models.errors import DomainError

if TYPE_CHECKING:
    from models.families.dto import FamilyFileDTO, FileRow
    from models.people.dto import PersonDTO
    from models.services import Services

TEXT_MAX = 500
SCHOOL_MAX = 200
COLLECTOR_COLUMNS = 4  # name, relation, phone, ID number
COLLECTOR_MAX = (120, 60, 32, 16)


@dataclass(frozen=True)
class Loaded:
    """What the dialog reads before it can be filled (one call)."""

    clubs: tuple[ClubDTO, ...]
    family: FamilyFileDTO | None
    request: RequestDTO | None
    calendar: tuple[CalendarDay, ...]


def read_calendar(services: Services, club_id: int | None, after: date) -> tuple[CalendarDay, ...]:
    """The club's calendar from ``after``'s school year (and the next one, near the year's end)."""
    if club_id is None:
        return ()
    clubs = services.clubs
    year = school_year_of(after)
    days = tuple(clubs.calendar(year, club_id))
    if next_club_day(days, after) is None:
        days += tuple(clubs.calendar(year + 1, club_id))
    return days


class EnrolDialog(ServiceDialog):
    """``saved(EnrolmentDTO)``; ``waiting_list_requested(club_id)`` when the user, told the club is full,
    asks to see its waiting list (the dialog then closes: nothing was saved)."""

    waiting_list_requested = Signal(int)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None, *, club_id: int | None = None,
                 request: WaitingRow | None = None, enrolment: EnrolmentDTO | None = None) -> None:
        if enrolment is not None:
            title = self.tr("Enrolment — %1").replace("%1", enrolment.child_name)
        elif request is not None:
            title = self.tr("Enrol %1").replace("%1", request.child_name)
        else:
            title = self.tr("Enrol a child")
        super().__init__(ops, title, parent)
        self.setObjectName("enrolDialog")
        self.resize(1000, 640)
        self.services, self.request, self.enrolment = services, request, enrolment
        self.club_id = enrolment.club_id if enrolment is not None else club_id
        self.version = enrolment.version if enrolment is not None else None
        self.clubs: list[ClubDTO] = []
        self.family_children: list[PersonDTO] = []
        self.family: FamilyFileDTO | None = None
        self.request_dto: RequestDTO | None = None
        self.calendar: tuple[CalendarDay, ...] = ()
        self.start_touched = False
        self.age_required = False
        self.finder: FileFinder | None = None

        # ---- the child and the club ------------------------------------------------------------------
        self.child_label = QLabel(self)
        self.child_label.setObjectName("enrolChildLabel")
        self.child = QComboBox(self)
        self.child.setObjectName("enrolChild")
        self.child.setAccessibleName(self.tr("Child"))
        self.child.setEnabled(False)
        self.club = QComboBox(self)
        self.club.setObjectName("enrolClub")
        self.club.setAccessibleName(self.tr("Club"))
        self.club.setEnabled(False)
        if enrolment is None and request is None:
            self.finder = FileFinder(services, ops, self, name="enrol")
            self.finder.files.setMaximumHeight(140)
            self._caption(self.form, self.tr("&Find the family file:"), self.finder.query)
            self._caption(self.form, self.tr("Famil&y files:"), self.finder.files)
            self._caption(self.form, self.tr("C&hild:"), self.child)
            self.finder.found.connect(self._found)
            self.finder.failed.connect(self.show_error)
            self.finder.files.itemSelectionChanged.connect(self._file_chosen)
        else:
            self.child.hide()
            if enrolment is not None:
                self.child_label.setText(f"{enrolment.child_name} — {enrolment.file_number}")
            elif request is not None:
                self.child_label.setText(f"{request.child_name} — {request.file_number}")
            self.form.addRow(self.tr("Child:"), self.child_label)
        self._caption(self.form, self.tr("C&lub:"), self.club)

        # ---- two columns: the enrolment's terms and transport; what the staff need to know --------------
        left, right = QFormLayout(), QFormLayout()
        for f in (left, right):
            f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        now = today()
        self.starts_on = make_date_edit(next_weekday(now), self)
        self.starts_on.setObjectName("enrolStart")
        self.starts_on.dateChanged.connect(self._start_edited)
        self.has_end = QCheckBox(self.tr("Planned &end:"), self)
        self.has_end.setChecked(True)
        self.ends_on = make_date_edit(planned_end(now), self)
        self.ends_on.setObjectName("enrolEnd")
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        self.age_reason_caption = QLabel(self.tr("Reason for enrolling &outside the age range:"), self)
        self.age_reason_caption.setWordWrap(True)
        self.age_reason = QLineEdit(self)
        self.age_reason.setObjectName("enrolAgeReason")
        self.age_reason.setMaxLength(TEXT_MAX)
        self.age_note = QLabel(self)
        self.age_note.setObjectName("enrolAgeNote")
        self.age_note.setWordWrap(True)
        self.age_note.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.school = QLineEdit(self)
        self.school.setObjectName("enrolSchool")
        self.school.setMaxLength(SCHOOL_MAX)
        self.school.setPlaceholderText(self.tr("Where the child is picked up"))
        self.route = QComboBox(self)
        self.route.setObjectName("enrolRoute")
        self.route.setAccessibleName(self.tr("Transport route"))
        self.dropoff = QLineEdit(self)
        self.dropoff.setObjectName("enrolDropoff")
        self.dropoff.setMaxLength(SCHOOL_MAX)
        self.collected = QCheckBox(self.tr("Collected at the club, &no drop-off"), self)
        self.collected.setObjectName("enrolCollected")
        self.collected.toggled.connect(lambda on: self.dropoff.setEnabled(not on))
        self.consent = QCheckBox(self.tr("Parents' &consent signed on:"), self)
        self.consent.setObjectName("enrolConsent")
        self.consent_on = make_date_edit(now, self, maximum=now)
        self.consent_on.setObjectName("enrolConsentOn")
        self.consent_on.setEnabled(False)
        self.consent.toggled.connect(self.consent_on.setEnabled)

        self._caption(left, self.tr("&Starts on:"), self.starts_on)
        left.addRow(self.has_end, self.ends_on)
        left.addRow(self.age_note)
        left.addRow(self.age_reason_caption, self.age_reason)
        self._caption(left, self.tr("School (&pick-up):"), self.school)
        self._caption(left, self.tr("&Route:"), self.route)
        self._caption(left, self.tr("Drop-off &address:"), self.dropoff)
        left.addRow("", self.collected)
        left.addRow(self.consent, self.consent_on)

        self.goals = plain_text_edit(self, 70)
        self.goals.setObjectName("enrolGoals")
        self.diet = QLineEdit(self)
        self.diet.setObjectName("enrolDiet")
        self.diet.setMaxLength(TEXT_MAX)
        self.allergies = QLineEdit(self)
        self.allergies.setObjectName("enrolAllergies")
        self.allergies.setMaxLength(TEXT_MAX)
        self.allergies.setPlaceholderText(self.tr("None known"))
        self.collectors = QTableWidget(0, COLLECTOR_COLUMNS, self)
        self.collectors.setObjectName("enrolCollectors")
        self.collectors.setAccessibleName(self.tr("People allowed to collect the child"))
        self.collectors.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Relation"), self.tr("Phone"),
                                                   self.tr("ID number")])
        self.collectors.verticalHeader().hide()
        self.collectors.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.collectors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        triggers = QAbstractItemView.EditTrigger
        self.collectors.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.collectors.setTabKeyNavigation(False)  # Tab leaves the table; arrows move, typing edits
        self.collectors.setMinimumHeight(110)
        self.add_collector_button = QPushButton(self.tr("A&dd a person"), self)
        self.add_collector_button.setObjectName("addCollector")
        self.add_collector_button.clicked.connect(lambda _c=False: self.add_collector())
        self.remove_collector_button = QPushButton(self.tr("Re&move the person"), self)
        self.remove_collector_button.setObjectName("removeCollector")
        self.remove_collector_button.clicked.connect(lambda _c=False: self.remove_collector())
        collector_buttons = QHBoxLayout()
        collector_buttons.addWidget(self.add_collector_button)
        collector_buttons.addWidget(self.remove_collector_button)
        collector_buttons.addStretch(1)
        collectors_box = QVBoxLayout()
        collectors_box.addWidget(self.collectors, 1)
        collectors_box.addLayout(collector_buttons)
        self._caption(right, self.tr("&Goals:"), self.goals)
        self._caption(right, self.tr("Die&t:"), self.diet)
        self._caption(right, self.tr("Allerg&ies:"), self.allergies)
        collectors_caption = QLabel(self.tr("Allowed to pic&k up the child:"), self)
        collectors_caption.setBuddy(self.collectors)
        right.addRow(collectors_caption, collectors_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.form.addRow(columns)

        self.waiting_button = QPushButton(self.tr("Show the &waiting list"), self)
        self.waiting_button.setObjectName("showWaitingList")
        self.waiting_button.hide()
        self.waiting_button.clicked.connect(self._show_waiting)
        box = cast(QVBoxLayout, self.layout())
        box.insertWidget(box.indexOf(self.reload_button), self.waiting_button, 0, Qt.AlignmentFlag.AlignLeading)
        self._set_age_required(False)
        save_with_ctrl_enter(self, self.submit)
        self.club.currentIndexChanged.connect(self._club_changed)
        self.starts_on.dateChanged.connect(lambda _d: self._check_age())
        self.reload_requested.connect(self._reload)

        if enrolment is not None:
            self._fill(enrolment)
        self._load()

    def _caption(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(field)
        form.addRow(caption, field)
        return caption

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the file search searches (never saves with the previous search's file); Enter in the
        collectors' table edits its cell."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if self.finder is not None and (self.finder.query.hasFocus() or self.finder.files.hasFocus()):
                if self.finder.files.hasFocus():
                    self.child.setFocus()
                event.accept()
                return
            if self.collectors.hasFocus():
                item = self.collectors.currentItem()
                if item is not None:
                    self.collectors.editItem(item)
                event.accept()
                return
        super().keyPressEvent(event)

    # ---- loading -----------------------------------------------------------------------------------------
    def _load(self) -> None:
        services, club_id, now = self.services, self.club_id, today()
        file_id = (self.enrolment.file_id if self.enrolment is not None
                   else self.request.file_id if self.request is not None else None)
        request_id = self.request.request_id if self.request is not None else None
        editing = self.enrolment is not None

        def load() -> Loaded:
            clubs = services.clubs.clubs(include_inactive=editing)
            family = services.families.get(file_id).file if file_id is not None and not editing else None
            request = services.clubs.request(request_id) if request_id is not None else None
            calendar = read_calendar(services, club_id, now) if not editing else ()
            return Loaded(tuple(clubs), family, request, calendar)

        self.set_ready(False)
        self.busy_bar.show()
        self.ops.query(self, load, self._loaded, failure=self._load_failed)

    def _loaded(self, loaded: Loaded) -> None:
        self.busy_bar.hide()
        self.clubs = [c for c in loaded.clubs if c.active or c.id == self.club_id]
        blocked = self.club.blockSignals(True)
        for c in self.clubs:
            self.club.addItem(club_choice_text(c), c.id)
        if self.club_id is not None:
            self.club.setCurrentIndex(max(0, self.club.findData(self.club_id)))
        self.club.blockSignals(blocked)
        self.club.setEnabled(self.enrolment is None and bool(self.clubs))
        self.club_id = self.club.currentData()
        self._fill_routes()
        if loaded.family is not None:
            self._family_loaded(loaded.family)
        if loaded.request is not None:
            self.request_dto = loaded.request
            if not self.goals.toPlainText().strip():
                self.goals.setPlainText(loaded.request.goals)
        if self.enrolment is None:
            self.calendar = loaded.calendar
            self._default_start()
        self._check_age()
        self.set_ready(self._can_save())
        if not self.clubs:
            self.error_label.setText(self.tr("There is no active club to enrol in: add a club first."))
            self.error_label.show()

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def _family_loaded(self, family: FamilyFileDTO) -> None:
        """The family's address is the default drop-off; its children are the choice (a found file)."""
        self.family = family
        if not self.dropoff.text():
            self.dropoff.setText(family.address)
        if self.finder is not None:
            self.family_children = file_children(family)
            self.child.clear()
            on = to_date(self.starts_on)
            for c in self.family_children:
                self.child.addItem(child_text(c, on), c.id)
            self.child.setEnabled(bool(self.family_children))
            if not self.family_children:
                self.error_label.setText(self.tr("This family file has no children: a club is for a child of "
                                                 "the file."))
                self.error_label.show()
            else:
                self.error_label.hide()
            self.set_ready(self._can_save())
            self._check_age()

    def _fill(self, e: EnrolmentDTO) -> None:
        """An enrolment to edit: its values in the fields."""
        self.starts_on.setDate(e.starts_on)
        self.start_touched = True
        self.has_end.setChecked(e.ends_on is not None)
        if e.ends_on is not None:
            self.ends_on.setDate(e.ends_on)
        self.goals.setPlainText(e.goals)
        self.diet.setText(e.diet)
        self.allergies.setText(e.allergies)
        self.school.setText(e.school)
        self.dropoff.setText(e.dropoff_address)
        self.collected.setChecked(not e.dropoff_address)
        self.consent.setChecked(e.consent_signed)
        if e.consent_on is not None:
            self.consent_on.setMaximumDate(max(e.consent_on, today()))
            self.consent_on.setDate(e.consent_on)
        for c in e.collectors:
            self.add_collector((c.name, c.relation, c.phone, c.id_number), edit=False)
        if e.age_override_reason:
            self.age_reason.setText(e.age_override_reason)
            self._set_age_required(True)

    def _reload(self) -> None:
        """After a conflict: read the enrolment again for its version (what was typed stays)."""
        if self.enrolment is None:
            return
        clubs, eid = self.services.clubs, self.enrolment.id

        def arrived(e: EnrolmentDTO) -> None:
            self.enrolment = e
            self.set_version(e.version)

        self.ops.query(self, lambda: clubs.enrolment(eid), arrived, failure=self.show_error)

    # ---- the file and the child (a child found, not from a request) --------------------------------------
    def _found(self, rows: list[FileRow]) -> None:
        if not rows:
            self.child.clear()
            self.child.setEnabled(False)
            self.set_ready(False)

    def chosen_file_id(self) -> int | None:
        if self.enrolment is not None:
            return self.enrolment.file_id
        if self.request is not None:
            return self.request.file_id
        return self.finder.chosen_file_id() if self.finder is not None else None

    def _file_chosen(self) -> None:
        file_id = self.chosen_file_id()
        self.child.clear()
        self.child.setEnabled(False)
        self.family = None
        self.set_ready(False)
        if file_id is None:
            return
        families = self.services.families
        self.ops.query(self, lambda: families.get(file_id).file, self._family_chosen, failure=self.show_error,
                       key=("enrol-family", id(self)))

    def _family_chosen(self, family: FamilyFileDTO) -> None:
        self.dropoff.clear()
        self._family_loaded(family)

    def chosen_person_id(self) -> int | None:
        if self.enrolment is not None:
            return self.enrolment.person_id
        if self.request is not None:
            return self.request.person_id
        return self.child.currentData()

    def _birth_date(self) -> date | None:
        if self.enrolment is not None:
            return self.enrolment.birth_date
        if self.request_dto is not None:
            return self.request_dto.birth_date
        child = next((c for c in self.family_children if c.id == self.child.currentData()), None)
        return child.birth_date if child is not None else None

    def _can_save(self) -> bool:
        return (self.club.currentData() is not None and self.chosen_file_id() is not None
                and self.chosen_person_id() is not None)

    # ---- the club, its routes and days -------------------------------------------------------------------
    def selected_club(self) -> ClubDTO | None:
        return next((c for c in self.clubs if c.id == self.club.currentData()), None)

    def _fill_routes(self) -> None:
        keep = self.route.currentData() if self.route.count() else (
            self.enrolment.route_id if self.enrolment is not None else None)
        self.route.clear()
        self.route.addItem(self.tr("No route"), None)
        club = self.selected_club()
        for r in club.routes if club is not None else ():
            if r.active or r.id == keep:
                self.route.addItem(r.name if not r.stops else f"{r.name} — {r.stops}", r.id)
        self.route.setCurrentIndex(max(0, self.route.findData(keep)))

    def _club_changed(self, *_args: object) -> None:
        self.club_id = self.club.currentData()
        self._fill_routes()
        self._check_age()
        self.set_ready(self._can_save())
        self.waiting_button.hide()
        if self.start_touched or self.club_id is None:
            return
        services, club_id, now = self.services, self.club_id, today()

        def arrived(days: tuple[CalendarDay, ...]) -> None:
            self.calendar = days
            self._default_start()

        self.ops.query(self, lambda: read_calendar(services, club_id, now), arrived, failure=lambda _e: None,
                       key=("enrol-calendar", id(self)))

    def _default_start(self) -> None:
        """The club's next day (not touched by the user)."""
        if self.start_touched:
            return
        day = next_club_day(self.calendar, today())
        if day is not None:
            blocked = self.starts_on.blockSignals(True)
            self.starts_on.setDate(day)
            self.starts_on.blockSignals(blocked)
            self.ends_on.setDate(planned_end(day))
            self._check_age()

    def _start_edited(self, *_args: object) -> None:
        self.start_touched = True

    # ---- the age ----------------------------------------------------------------------------------------------
    def _set_age_required(self, required: bool) -> None:
        self.age_required = required
        self.age_reason_caption.setVisible(required)
        self.age_reason.setVisible(required)
        self.age_note.setVisible(required and bool(self.age_note.text()))

    def _check_age(self) -> None:
        """The child's age on the start date, against the club's ages: outside, the reason is required."""
        club, birth = self.selected_club(), self._birth_date()
        age = age_on(birth, to_date(self.starts_on))
        if club is None or age is None:
            if not (self.last_error is not None and self.last_error.code == "age_outside_range"):
                self._set_age_required(bool(self.age_reason.text()))
            return
        outside = not club.min_age <= age <= club.max_age
        if outside:
            self.age_note.setText(self.tr("On the start date the child is %1; %2 takes children of %3 to %4.")
                                  .replace("%1", str(age)).replace("%2", club.name)
                                  .replace("%3", str(club.min_age)).replace("%4", str(club.max_age)))
        else:
            self.age_note.clear()
        self._set_age_required(outside or bool(self.age_reason.text().strip()))

    # ---- the people allowed to collect the child ---------------------------------------------------------
    def add_collector(self, values: tuple[str, str, str, str] = ("", "", "", ""), *, edit: bool = True) -> int:
        row = self.collectors.rowCount()
        self.collectors.insertRow(row)
        for c, value in enumerate(values):
            self.collectors.setItem(row, c, QTableWidgetItem(value))
        if edit:
            self.collectors.setFocus()
            self.collectors.setCurrentCell(row, 0)
            item = self.collectors.item(row, 0)
            if item is not None:
                self.collectors.editItem(item)
        return row

    def remove_collector(self) -> None:
        row = self.collectors.currentRow()
        if row >= 0:
            self.collectors.removeRow(row)

    def collector_values(self) -> tuple[CollectorInput, ...]:
        out = []
        for r in range(self.collectors.rowCount()):
            cells = []
            for c in range(COLLECTOR_COLUMNS):
                item = self.collectors.item(r, c)
                cells.append((item.text() if item is not None else "").strip()[:COLLECTOR_MAX[c]])
            if any(cells):
                out.append(CollectorInput(name=cells[0], relation=cells[1], phone=cells[2], id_number=cells[3]))
        return tuple(out)

    # ---- saving ------------------------------------------------------------------------------------------
    def value(self) -> EnrolInput:
        club_id, file_id, person_id = self.club.currentData(), self.chosen_file_id(), self.chosen_person_id()
        assert club_id is not None and file_id is not None and person_id is not None
        consent = self.consent.isChecked()
        return EnrolInput(
            club_id=club_id, file_id=file_id, person_id=person_id, starts_on=to_date(self.starts_on),
            request_id=self.request.request_id if self.request is not None else None,
            ends_on=to_date(self.ends_on) if self.has_end.isChecked() else None,
            goals=self.goals.toPlainText().strip(), diet=self.diet.text().strip(),
            allergies=self.allergies.text().strip(), school=self.school.text().strip(),
            route_id=self.route.currentData(),
            dropoff_address="" if self.collected.isChecked() else self.dropoff.text().strip(),
            consent_signed=consent, consent_on=to_date(self.consent_on) if consent else None,
            collectors=self.collector_values(),
            age_override_reason=self.age_reason.text().strip() if self.age_required else "")

    def submit(self) -> None:
        if not self._can_save():
            return
        # a cell being typed in is committed before the form is read
        self.collectors.setCurrentCell(-1, -1)
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        clubs, data, enrolment, version = self.services.clubs, self.value(), self.enrolment, self.version
        if enrolment is None:
            return lambda: clubs.enrol(data)
        assert version is not None
        return lambda: clubs.update_enrolment(enrolment.id, version, data)

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)
        self.waiting_button.setVisible(exc.code == "club_full")
        if exc.code == "age_outside_range":
            self._set_age_required(True)
            self.age_reason.setFocus()
        elif exc.code == "club_full":
            self.waiting_button.setFocus()

    def _show_waiting(self) -> None:
        club_id = self.club.currentData()
        self.reject()
        if club_id is not None:
            self.waiting_list_requested.emit(club_id)
