"""Editing a family file (by those allowed: FileCapabilities.edit): the file's details, a member's details,
a member's relation, adding a member (a known person, or a new one after the duplicate check), and opening
a new family file from the list.

Every dialog is a ServiceDialog: the save runs off the GUI thread; a refused save keeps what was typed and
says why, beside the field when the service names one; a stale version (someone else changed the file or
the person meanwhile) is refused with the form kept and a button to reload the version."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.families.dialogs import ServiceDialog
from desktop.messages import message_for, relation_label, role_label
from desktop.ops import Ops
from desktop.widgets.a11y import label_text, name_widgets
from desktop.widgets.dates import fmt_date
from desktop.widgets.person_form import PersonForm
from desktop.widgets.tables import Item, Table, fmt_count, select_row
from models.codes import RELATIONS
from models.errors import DomainError, DuplicateSuspected, ValidationError
from models.families.dto import FileChanges, NewFamilyFile, NewMember
from models.families.service import ADDRESS_MAX, FAMILY_NAME_MAX

if TYPE_CHECKING:
    from desktop.widgets.duplicates import DuplicateCheck
    from models.families.dto import FamilyFileDTO, WorkerLoad
    from models.families.service import FamilyService
    from models.people.dto import PersonDTO, PersonInput
    from models.people.service import PeopleService
    from models.users.dto import CurrentUser, TeamDTO

SEARCH_DEBOUNCE_MS = 250
LOCALITY_MAX = 80


def person_line(p: PersonDTO) -> str:
    """A person in one line, enough to tell two apart: names, ID number, birth date."""
    parts = [p.full_name]
    arabic = f"{p.first_name_ar} {p.last_name_ar}".strip()
    if arabic:
        parts.append(arabic)
    if p.id_number:
        parts.append(p.id_number)
    if p.birth_date:
        parts.append(fmt_date(p.birth_date))
    return " · ".join(parts)


def relation_combo(parent: QWidget, current: str = "child") -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("relation")
    for r in RELATIONS:
        combo.addItem(relation_label(r), r)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _field_of(exc: DomainError) -> str:
    if isinstance(exc, DuplicateSuspected) and exc.params.get("field") == "id_number":
        return "id_number"
    return str(exc.params.get("field") or "") if isinstance(exc, ValidationError) else ""


# ---- the file's details ----------------------------------------------------------------------------------
class FileDetailsDialog(ServiceDialog):
    """Family name, address, locality, neighbourhood (FamilyService.update, versioned)."""

    version: int

    def __init__(self, ops: Ops, families: FamilyService, file_dto: FamilyFileDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Edit file details — %1").replace("%1", file_dto.file_number), parent)
        self.setObjectName("fileDetailsDialog")
        self._families, self._file_id, self.version = families, file_dto.id, file_dto.version
        self.edits: dict[str, QLineEdit] = {}
        for key, label, value, maximum in (
                ("family_name", self.tr("&Family name:"), file_dto.family_name, FAMILY_NAME_MAX),
                ("address", self.tr("&Address:"), file_dto.address, ADDRESS_MAX),
                ("locality", self.tr("&Locality:"), file_dto.locality, LOCALITY_MAX),
                ("neighbourhood", self.tr("&Neighbourhood:"), file_dto.neighbourhood, LOCALITY_MAX)):
            edit = QLineEdit(value, self)
            edit.setObjectName(key)
            edit.setMaxLength(maximum)
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            self.form.addRow(caption, edit)
            self.edits[key] = edit
        self.edits["family_name"].setFocus()

    def changes(self) -> FileChanges:
        e = self.edits
        return FileChanges(e["family_name"].text(), e["address"].text(), e["locality"].text(),
                           e["neighbourhood"].text())

    def service_call(self) -> Callable[[], Any]:
        families, file_id, version, changes = self._families, self._file_id, self.version, self.changes()
        return lambda: families.update(file_id, version, changes)

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)
        edit = self.edits.get(_field_of(exc))
        if edit is not None:
            edit.setFocus()
            edit.selectAll()


# ---- a member's details ----------------------------------------------------------------------------------
class PersonDialog(ServiceDialog):
    """A member's details in the person form (PeopleService.update, versioned by the person's version).
    After a conflict, "Reload" takes the person's current version and shows what is saved now beside the
    form, keeping what was typed: saving again then deliberately replaces it."""

    version: int

    def __init__(self, ops: Ops, people: PeopleService, person: PersonDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Edit person — %1").replace("%1", person.full_name), parent)
        self.setObjectName("personDialog")
        self._people, self.person = people, person
        self.version = person.version
        self.person_form = PersonForm(self)
        self.person_form.set_value(person)
        self.form.addRow(self.person_form)
        self.reload_button.setText(self.tr("Reload the person"))
        self.saved_now = QLabel(self)
        self.saved_now.setObjectName("savedNow")
        self.saved_now.setWordWrap(True)
        self.saved_now.hide()
        self.form.addRow(self.saved_now)
        self.person_form.first_field().setFocus()

    def submit(self) -> None:
        if not self.person_form.validate():
            return
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        people, pid, version, data = self._people, self.person.id, self.version, self.person_form.value()
        return lambda: people.update(pid, version, data)

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)
        field = _field_of(exc)
        if field:
            self.person_form.show_error(field, message_for(exc))

    def _reload(self) -> None:
        people, pid = self._people, self.person.id
        self.ops.query(self, lambda: people.get(pid), self._reloaded, failure=self.show_error)

    def _reloaded(self, person: PersonDTO) -> None:
        self.set_version(person.version)
        self.saved_now.setText(self.tr("Saved now: %1").replace("%1", person_line(person)))
        self.saved_now.show()


# ---- a member's relation ---------------------------------------------------------------------------------
class RelationDialog(ServiceDialog):
    version: int

    def __init__(self, ops: Ops, families: FamilyService, file_dto: FamilyFileDTO, person: PersonDTO,
                 relation: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Change relation — %1").replace("%1", person.full_name), parent)
        self.setObjectName("relationDialog")
        self._families, self._file_id, self.version, self._person_id = families, file_dto.id, file_dto.version, person.id
        self.relation = relation_combo(self, relation)
        caption = QLabel(self.tr("&Relation in the family:"), self)
        caption.setBuddy(self.relation)
        self.form.addRow(caption, self.relation)
        self.relation.setFocus()

    def service_call(self) -> Callable[[], Any]:
        families, file_id, version, pid = self._families, self._file_id, self.version, self._person_id
        relation = str(self.relation.currentData())
        return lambda: families.change_relation(file_id, version, pid, relation)


# ---- choosing a member: a known person, or a new one -------------------------------------------------------
@dataclass(frozen=True)
class ChosenMember:
    """A member chosen for a file: a known person (``person``) or a new one (``data``, with the candidates
    the duplicate check showed and the worker dismissed)."""

    relation: str
    person: PersonDTO | None = None
    data: PersonInput | None = None
    dismissed: tuple[int, ...] = ()

    def label(self) -> str:
        if self.person is not None:
            return person_line(self.person)
        assert self.data is not None
        return f"{self.data.first_name} {self.data.last_name}".strip()


class MemberChooser(QWidget):
    """A known person (search by name, ID number or phone; pick from the list) or a new person (the person
    form), and the relation. ``check(...)`` runs the duplicate check for a new person, off the GUI thread."""

    def __init__(self, ops: Ops, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberChooser")
        self.ops, self._people = ops, people
        self.known_radio = QRadioButton(self.tr("A &known person"), self)
        self.known_radio.setObjectName("knownPerson")
        self.new_radio = QRadioButton(self.tr("A ne&w person"), self)
        self.new_radio.setObjectName("newPerson")
        self.known_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.known_radio)
        group.addButton(self.new_radio)
        modes = QHBoxLayout()
        modes.addWidget(self.known_radio)
        modes.addWidget(self.new_radio)
        modes.addStretch(1)

        known = QWidget(self)
        self.search_edit = QLineEdit(known)
        self.search_edit.setObjectName("personSearch")
        self.search_edit.setPlaceholderText(self.tr("Name, ID number or phone"))
        self.search_edit.setClearButtonEnabled(True)
        search_caption = QLabel(self.tr("&Search:"), known)
        search_caption.setBuddy(self.search_edit)
        self.results = QListWidget(known)
        self.results.setObjectName("personResults")
        self.results.setAccessibleName(self.tr("Persons found"))
        self.results.setMinimumHeight(140)
        self.results_note = QLabel(known)
        self.results_note.setObjectName("resultsNote")
        row = QHBoxLayout()
        row.addWidget(search_caption)
        row.addWidget(self.search_edit, 1)
        known_layout = QVBoxLayout(known)
        known_layout.setContentsMargins(0, 0, 0, 0)
        known_layout.addLayout(row)
        known_layout.addWidget(self.results, 1)
        known_layout.addWidget(self.results_note)
        self.person_form = PersonForm(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(known)
        self.stack.addWidget(self.person_form)

        self.relation = relation_combo(self)
        relation_caption = QLabel(self.tr("&Relation in the family:"), self)
        relation_caption.setBuddy(self.relation)
        self.relation.setAccessibleName(label_text(relation_caption.text()))
        self.search_edit.setAccessibleName(label_text(search_caption.text()))
        relation_row = QHBoxLayout()
        relation_row.addWidget(relation_caption)
        relation_row.addWidget(self.relation, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(modes)
        layout.addWidget(self.stack, 1)
        layout.addLayout(relation_row)
        # the keyboard: modes, then the page shown, then the relation
        QWidget.setTabOrder(self.new_radio, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.results)
        QWidget.setTabOrder(self.results, self.person_form.first_field())
        self.new_radio.toggled.connect(self._mode_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.search)
        self.found: list[PersonDTO] = []
        self.searching = False
        self.check: DuplicateCheck | None = None

    def is_new(self) -> bool:
        return self.new_radio.isChecked()

    def _mode_changed(self, new: bool) -> None:
        self.stack.setCurrentIndex(1 if new else 0)

    def set_new(self, new: bool) -> None:
        (self.new_radio if new else self.known_radio).setChecked(True)

    def first_field(self) -> QWidget:
        return self.person_form.first_field() if self.is_new() else self.search_edit

    # ---- a known person ----------------------------------------------------------------------------------
    def search(self) -> None:
        self._timer.stop()
        query, people = self.search_edit.text(), self._people
        self.searching = True
        self.ops.query(self, lambda: people.search(query), self._found, failure=self._search_failed,
                       key=("member-search", id(self)))

    def _found(self, persons: Sequence[PersonDTO]) -> None:
        self.searching = False
        self.found = list(persons)
        self.results.clear()
        for p in persons:
            item = QListWidgetItem(person_line(p))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.results.addItem(item)
        if persons:
            self.results.setCurrentRow(0)
        self.results_note.setText(
            self.tr("%n person(s) found", "", len(persons)) if self.search_edit.text().strip() else "")

    def _search_failed(self, exc: DomainError) -> None:
        self.searching = False
        self.results.clear()
        self.results_note.setText(message_for(exc))

    def chosen_person(self) -> PersonDTO | None:
        row = self.results.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def relation_code(self) -> str:
        return str(self.relation.currentData())

    # ---- a new person: the duplicate check first ------------------------------------------------------------
    def check_new(self, address: str, on_chosen: Callable[[ChosenMember], None],
                  on_error: Callable[[DomainError], None]) -> None:
        """The duplicate check of the person typed (with the file's ``address``); then ``on_chosen`` with
        the person chosen instead ("use this person") or the new one with the candidates dismissed. Escape
        in the duplicate dialog comes back to the form as typed."""
        from desktop.widgets.duplicates import check_duplicates

        data, relation = self.person_form.value(), self.relation_code()
        self.check = check_duplicates(
            self.ops, self._people, data, address, self.window(),
            lambda person: on_chosen(ChosenMember(relation, person=person)),
            lambda dismissed: on_chosen(ChosenMember(relation, data=data, dismissed=tuple(dismissed))),
            on_error=on_error,
            on_back=lambda: self.person_form.first_field().setFocus())


# ---- adding a member to a file -------------------------------------------------------------------------
class AddMemberDialog(ServiceDialog):
    """Add a member: a known person (FamilyService.add_member) or a new one, after the duplicate check
    (add_new_member with the dismissed candidates; "use this person" adds that person instead). Versioned
    by the file's version."""

    version: int

    def __init__(self, ops: Ops, services_families: FamilyService, people: PeopleService,
                 file_dto: FamilyFileDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Add a member — %1").replace("%1", file_dto.family_name), parent)
        self.setObjectName("addMemberDialog")
        self.resize(620, 620)
        self._families, self._file_id, self.version = services_families, file_dto.id, file_dto.version
        self._address = file_dto.address
        self._members = {m.person.id for m in file_dto.members}
        self.chooser = MemberChooser(ops, people, self)
        self.form.addRow(self.chooser)
        self.chosen: ChosenMember | None = None
        self.chooser.search_edit.setFocus()

    def submit(self) -> None:
        if self.pending or not self.ready:
            return
        self.error_label.hide()
        c = self.chooser
        if not c.is_new():
            person = c.chosen_person()
            if person is None:
                self._say(self.tr("Please search for the person and choose them in the list."))
                c.search_edit.setFocus()
                return
            self._take(ChosenMember(c.relation_code(), person=person))
            return
        if not c.person_form.validate():
            return
        self.set_ready(False)  # until the duplicate check answers
        c.check_new(self._address, self._take, self._check_failed)
        if c.check is not None:
            c.check.finished.connect(lambda: self.set_ready(not self.pending))

    def _take(self, chosen: ChosenMember) -> None:
        if chosen.person is not None and chosen.person.id in self._members:
            self.set_ready(True)
            self._say(message_for(ValidationError("already_member", field="person_id")))
            return
        self.chosen = chosen
        self.set_ready(True)
        self._save()

    def _check_failed(self, exc: DomainError) -> None:
        self.set_ready(True)
        self.show_error(exc)

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def service_call(self) -> Callable[[], Any]:
        families, file_id, version, chosen = self._families, self._file_id, self.version, self.chosen
        assert chosen is not None
        if chosen.person is not None:
            pid = chosen.person.id
            return lambda: families.add_member(file_id, pid, chosen.relation, version=version)
        data = chosen.data
        assert data is not None
        return lambda: families.add_new_member(file_id, data, chosen.relation, version=version,
                                               dismissed=chosen.dismissed)

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)
        field = _field_of(exc)
        if field and self.chooser.is_new():
            self.chooser.person_form.show_error(field, message_for(exc))


class ChooseMemberDialog(QDialog):
    """A member for a file not yet opened (the new-file dialog): a known person or a new one after the
    duplicate check; ``chosen`` holds the answer when the dialog is accepted."""

    def __init__(self, ops: Ops, people: PeopleService, address: Callable[[], str], *, new: bool,
                 taken: Callable[[], set[int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chooseMemberDialog")
        self.setWindowTitle(self.tr("A new person") if new else self.tr("A known person"))
        self.resize(600, 600)
        self._address, self._taken = address, taken
        self.chooser = MemberChooser(ops, people, self)
        self.chooser.set_new(new)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.chosen: ChosenMember | None = None
        name_widgets(self)
        self.chooser.first_field().setFocus()

    def submit(self) -> None:
        self.error_label.hide()
        c = self.chooser
        if not c.is_new():
            person = c.chosen_person()
            if person is None:
                self._say(self.tr("Please search for the person and choose them in the list."))
                return
            self._take(ChosenMember(c.relation_code(), person=person))
            return
        if c.person_form.validate():
            self.buttons.setEnabled(False)
            c.check_new(self._address(), self._take, self._failed)
            if c.check is not None:
                c.check.finished.connect(lambda: self.buttons.setEnabled(True))

    def _take(self, chosen: ChosenMember) -> None:
        if chosen.person is not None and chosen.person.id in self._taken():
            self._say(message_for(ValidationError("already_member", field="person_id")))
            return
        self.chosen = chosen
        self.accept()

    def _failed(self, exc: DomainError) -> None:
        self._say(message_for(exc))
        field = _field_of(exc)
        if field:
            self.chooser.person_form.show_error(field, message_for(exc))

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


# ---- a new family file -------------------------------------------------------------------------------
class NewFileDialog(ServiceDialog):
    """A new family file (FamilyService.open_file): family name, address, locality, neighbourhood, team
    (the user's own preselected), worker (optional; each with the open files and tasks the user can see),
    members (known persons, or new ones after the duplicate check), all saved in one transaction."""

    def __init__(self, ops: Ops, families: FamilyService, people: PeopleService, user: CurrentUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New family file"), parent)
        self.setObjectName("newFileDialog")
        self.resize(720, 640)
        self._families, self._people, self._user = families, people, user
        self.edits: dict[str, QLineEdit] = {}
        for key, label, maximum in (("family_name", self.tr("&Family name:"), FAMILY_NAME_MAX),
                                    ("address", self.tr("&Address:"), ADDRESS_MAX),
                                    ("locality", self.tr("&Locality:"), LOCALITY_MAX),
                                    ("neighbourhood", self.tr("N&eighbourhood:"), LOCALITY_MAX)):
            edit = QLineEdit(self)
            edit.setObjectName(key)
            edit.setMaxLength(maximum)
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            self.form.addRow(caption, edit)
            self.edits[key] = edit
        self.team = QComboBox(self)
        self.team.setObjectName("team")
        caption = QLabel(self.tr("&Team:"), self)
        caption.setBuddy(self.team)
        self.form.addRow(caption, self.team)
        self.worker = QComboBox(self)
        self.worker.setObjectName("worker")
        caption = QLabel(self.tr("&Worker:"), self)
        caption.setBuddy(self.worker)
        self.form.addRow(caption, self.worker)
        self.load_label = QLabel(self)
        self.load_label.setObjectName("workerLoad")
        self.form.addRow("", self.load_label)

        self.members_table = Table([self.tr("Member"), self.tr("Relation"), self.tr("New")], self, stretch=0,
                                   empty_text=self.tr("No members yet: add the family's members."),
                                   name="newFileMembers")
        self.members_table.setMinimumHeight(130)
        members_caption = QLabel(self.tr("Members:"), self)
        members_caption.setBuddy(self.members_table)
        self.add_known_button = self._button(self.tr("Add a &known person…"), "addKnownMember", self.add_known)
        self.add_new_button = self._button(self.tr("Add a new &person…"), "addNewMember", self.add_new)
        self.remove_button = self._button(self.tr("Re&move"), "removeNewFileMember", self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add_known_button, self.add_new_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(self.members_table)
        box.addLayout(buttons)
        self.form.addRow(members_caption, box)

        self.members: list[ChosenMember] = []
        self.member_dialog: ChooseMemberDialog | None = None
        self._loads: dict[int, WorkerLoad] = {}
        self.worker.currentIndexChanged.connect(self._show_load)
        self.set_ready(False)
        self.loaded = False
        self.busy_bar.show()
        ops.query(self, lambda: (families.teams(), families.assignable_workers()), self._lists_loaded,
                  failure=self._load_failed)
        self.edits["family_name"].setFocus()

    def _button(self, text: str, name: str, handler: Callable[[], object]) -> Any:
        from PySide6.QtWidgets import QPushButton

        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAutoDefault(False)
        b.clicked.connect(lambda _c=False: handler())
        return b

    def _lists_loaded(self, lists: tuple[list[TeamDTO], Sequence[WorkerLoad]]) -> None:
        teams, loads = lists
        self.busy_bar.hide()
        for t in teams:
            self.team.addItem(t.name, t.id)
        own = self.team.findData(self._user.team_id) if self._user.team_id is not None else -1
        self.team.setCurrentIndex(max(0, own))
        self.worker.addItem(self.tr("(no worker yet)"), None)
        for load in loads:
            w = load.user
            self._loads[w.id] = load
            label = f"{w.full_name} ({role_label(w.role)}{', ' + w.team_name if w.team_name else ''})"
            self.worker.addItem(label, w.id)
        self.loaded = True
        self.set_ready(True)
        self._show_load()

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def _show_load(self, *_args: object) -> None:
        load = self._loads.get(self.worker.currentData())
        self.load_label.setText("" if load is None else self.tr("Open files: %1 · open tasks: %2").replace(
            "%1", fmt_count(load.open_files)).replace("%2", fmt_count(load.open_tasks)))

    # ---- members -----------------------------------------------------------------------------------------
    def _taken(self) -> set[int]:
        return {m.person.id for m in self.members if m.person is not None}

    def add_known(self) -> ChooseMemberDialog:
        return self._choose(new=False)

    def add_new(self) -> ChooseMemberDialog:
        return self._choose(new=True)

    def _choose(self, *, new: bool) -> ChooseMemberDialog:
        dialog = ChooseMemberDialog(self.ops, self._people, lambda: self.edits["address"].text(), new=new,
                                    taken=self._taken, parent=self)
        dialog.accepted.connect(lambda: self._add(dialog.chosen))
        self.member_dialog = dialog
        dialog.open()
        return dialog

    def _add(self, chosen: ChosenMember | None) -> None:
        if chosen is None:
            return
        self.members.append(chosen)
        self._show_members()
        select_row(self.members_table, len(self.members) - 1)
        self.members_table.setFocus()
        if not self.edits["family_name"].text().strip():  # the family's name, as a worker would write it
            last = chosen.person.last_name if chosen.person else chosen.data.last_name if chosen.data else ""
            if last:
                self.edits["family_name"].setText(
                    QCoreApplication.translate("NewFileDialog", "%1 family").replace("%1", last))

    def remove_selected(self) -> None:
        row = self.members_table.currentRow()
        if 0 <= row < len(self.members):
            del self.members[row]
            self._show_members()

    def _show_members(self) -> None:
        self.members_table.set_rows([[Item(m.label(), i), Item(relation_label(m.relation), i),
                                      Item("✓" if m.person is None else "", i)]
                                     for i, m in enumerate(self.members)])

    # ---- saving ------------------------------------------------------------------------------------------
    def new_file(self) -> NewFamilyFile:
        e = self.edits
        return NewFamilyFile(family_name=e["family_name"].text(), team_id=int(self.team.currentData()),
                             worker_id=self.worker.currentData(), address=e["address"].text(),
                             locality=e["locality"].text(), neighbourhood=e["neighbourhood"].text())

    def service_call(self) -> Callable[[], Any]:
        families, data = self._families, self.new_file()
        known = [(m.person.id, m.relation) for m in self.members if m.person is not None]
        new = [NewMember(m.data, m.relation, dismissed=m.dismissed) for m in self.members if m.data is not None]
        return lambda: families.open_file(data, known, new)

    def show_error(self, exc: DomainError) -> None:
        super().show_error(exc)
        edit = self.edits.get(_field_of(exc))
        if edit is not None:
            edit.setFocus()
