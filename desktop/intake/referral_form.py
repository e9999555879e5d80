"""The referral form (פנייה חדשה): a worker on the phone fills it without the mouse.

Order on screen and on Tab: date received (today), channel (phone), source, the referrer (name, role,
organisation, phone; disabled for a self-referral or an anonymous one), the persons concerned (relation,
"Find a known person" searching as it is typed: Up/Down choose, Enter adds; "Add a new person…": the person
form, then the duplicate check off the GUI thread before the person is added), the presenting problem, the
urgency (no default: it must be chosen), notes. Ctrl+Enter saves (Enter alone never does: it adds the
person found). A refused save keeps everything typed and puts the message beside the field; a possible
duplicate found at the save (someone registered the same person a moment ago) shows the duplicate dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.messages import (
    channel_label,
    field_name,
    message_for,
    relation_label,
    source_label,
    urgency_label,
)
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from desktop.widgets.duplicates import DuplicateCheck, candidate_name, check_duplicates, show_duplicates
from desktop.widgets.person_form import PersonForm
from desktop.widgets.tables import Item, Table, select_row
from models.codes import REFERRAL_CHANNELS, REFERRAL_SOURCES, RELATIONS, URGENCIES
from models.errors import DomainError, DuplicateSuspected, ValidationError
from models.intake.dto import NewPerson, ReferralDTO, ReferralInput, Referrer
from models.people.dto import DuplicateCandidate, PersonDTO, PersonInput

if TYPE_CHECKING:
    from models.services import Services

NO_REFERRER = ("self", "anonymous")  # no referrer to record
SEARCH_DELAY_MS = 250
FOUND_LIMIT = 8
COL_PERSON, COL_ID, COL_BORN, COL_RELATION, COL_KIND = range(5)


@dataclass(frozen=True)
class Entry:
    """A person on the referral: a known one (``person``) or a new one (``data``, with the candidates the
    worker dismissed at the duplicate check)."""

    relation: str
    person: PersonDTO | None = None
    data: PersonInput | None = None
    dismissed: tuple[int, ...] = ()

    @property
    def name(self) -> str:
        if self.person is not None:
            return self.person.full_name
        assert self.data is not None
        return f"{self.data.first_name} {self.data.last_name}".strip()

    @property
    def id_number(self) -> str:
        src = self.person if self.person is not None else self.data
        return (src.id_number or "") if src is not None else ""

    @property
    def birth_date(self) -> date | None:
        src = self.person if self.person is not None else self.data
        return src.birth_date if src is not None else None


class PersonDialog(QDialog):
    """A new person for the referral: the person form; OK runs the duplicate check (off the GUI thread)
    and then adds the person (new, or the known one the worker chose); Escape in the duplicate dialog
    comes back here with what was typed."""

    added = Signal(object)  # Entry

    def __init__(self, services: Services, ops: Ops, relation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPersonDialog")
        self.setWindowTitle(self.tr("Add a new person"))
        self.services, self.ops, self.relation = services, ops, relation
        self.person_form = PersonForm(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialogError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Check and add"))
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.person_form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.check_op: DuplicateCheck | None = None
        self.person_form.first_field().setFocus()

    def showEvent(self, event) -> None:  # the person form's rows are in: bind the labels, name the fields
        name_widgets(self)
        super().showEvent(event)

    def check(self) -> None:
        if self.check_op is not None and self.check_op.dialog is None and self.check_op.op is not None \
                and not self.check_op.op.finished:
            return  # the check is running
        if not self.person_form.validate():
            return
        data = self.person_form.value()
        self.error_label.hide()
        self.ok_button.setEnabled(False)

        def existing(person: PersonDTO) -> None:
            self.added.emit(Entry(self.relation, person=person))
            self.accept()

        def new(dismissed: tuple[int, ...]) -> None:
            self.added.emit(Entry(self.relation, data=data, dismissed=dismissed))
            self.accept()

        def failed(exc: DomainError) -> None:
            self.ok_button.setEnabled(True)
            field = exc.params.get("field")
            if isinstance(exc, ValidationError) and isinstance(field, str):
                self.person_form.show_error(field, message_for(exc))
            self.error_label.setText(message_for(exc))
            self.error_label.show()

        def back() -> None:
            self.ok_button.setEnabled(True)
            self.person_form.first_field().setFocus()

        self.check_op = check_duplicates(self.ops, self.services.people, data, "", self, existing, new,
                                         on_error=failed, on_back=back)


class _FindKeys(QObject):
    """Up/Down in the search field move through the persons found (the focus stays in the field)."""

    def __init__(self, found: QListWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.found = found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.found.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.found.setCurrentRow(max(0, min(self.found.count() - 1, self.found.currentRow() + step)))
            return True
        return False


class ReferralDialog(ServiceDialog):
    """A new referral, or an open one to correct (``referral``). ``saved(ReferralDTO)`` after the save."""

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None, *,
                 referral: ReferralDTO | None = None) -> None:
        title = self.tr("Referral %1").replace("%1", referral.number) if referral else self.tr("New referral")
        super().__init__(ops, title, parent)
        self.setObjectName("referralDialog")
        self.services, self.referral = services, referral
        self.resize(860, 700)
        self.entries: list[Entry] = []
        self.person_dialog: PersonDialog | None = None
        self.duplicate_dialog: QDialog | None = None
        self.searching = False
        self.add_when_found = False
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setToolTip(self.tr("Save the referral (Ctrl+Enter)"))
        # Enter adds the person found or moves on; only Ctrl+Enter saves
        for b in self.buttons.buttons():
            if isinstance(b, QPushButton):
                b.setAutoDefault(False)
                b.setDefault(False)

        self.received_on = make_date_edit(date.today(), self, maximum=date.today())
        self.channel = QComboBox(self)
        for c in REFERRAL_CHANNELS:
            self.channel.addItem(channel_label(c), c)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("— choose —"), "")
        for s in REFERRAL_SOURCES:
            self.source.addItem(source_label(s), s)
        self.referrer_name = QLineEdit(self)
        self.referrer_role = QLineEdit(self)
        self.referrer_role.setPlaceholderText(self.tr("e.g. homeroom teacher, school counsellor, nurse"))
        self.referrer_organisation = QLineEdit(self)
        self.referrer_organisation.setPlaceholderText(self.tr("e.g. the school's name"))
        self.referrer_phone = QLineEdit(self)
        self.referrer_phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        # the persons concerned
        self.relation = QComboBox(self)
        for r in RELATIONS:
            self.relation.addItem(relation_label(r), r)
        self.relation.setCurrentIndex(self.relation.findData("child"))
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findPerson")
        self.find_edit.setPlaceholderText(self.tr("Name, ID number or phone; Enter adds the person found"))
        self.find_edit.setClearButtonEnabled(True)
        self.found = QListWidget(self)
        self.found.setObjectName("foundPersons")
        self.found.setMaximumHeight(96)
        self.found.setAccessibleName(self.tr("Persons found"))
        self.found.hide()
        self.find_keys = _FindKeys(self.found, self)
        self.find_edit.installEventFilter(self.find_keys)
        self.new_person_button = QPushButton(self.tr("Add a &new person…"), self)
        self.new_person_button.setObjectName("addNewPerson")
        self.new_person_button.setAutoDefault(False)
        self.persons = Table([self.tr("Person"), self.tr("ID number"), self.tr("Birth date"), self.tr("Relation"),
                              self.tr("Known or new")], self, stretch=COL_PERSON, sortable=False,
                             empty_text=self.tr("No person yet: find a known person or add a new one"),
                             name="referralPersons")
        self.persons.setAccessibleName(self.tr("Persons concerned"))
        self.persons.setMinimumHeight(110)
        self.persons.setMaximumHeight(130)
        self.remove_button = QPushButton(self.tr("Re&move from the referral"), self)
        self.remove_button.setObjectName("removePerson")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the selected person (Delete)"))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.persons,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.remove_selected)

        self.problem = plain_text_edit(self, 70)
        self.urgency = QComboBox(self)
        self.urgency.addItem(self.tr("— choose the urgency —"), "")
        for u in URGENCIES:
            self.urgency.addItem(urgency_label(u), u)
        self.notes = plain_text_edit(self, 40)

        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.new_person_button)
        persons_box = QVBoxLayout()
        persons_box.addWidget(self.persons)
        persons_box.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.captions: dict[str, QLabel] = {}
        rows: list[tuple[str, str, QWidget]] = [
            ("received_on", self.tr("&Date received:"), self.received_on),
            ("channel", self.tr("C&hannel:"), self.channel),
            ("source", self.tr("S&ource:"), self.source),
            ("referrer_name", self.tr("Referrer's n&ame:"), self.referrer_name),
            ("referrer_role", self.tr("Referrer's &role:"), self.referrer_role),
            ("referrer_organisation", self.tr("Or&ganisation:"), self.referrer_organisation),
            ("referrer_phone", self.tr("Referrer's &phone:"), self.referrer_phone),
            ("relation", self.tr("Re&lation:"), self.relation)]
        for key, text, field in rows:
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.captions[key] = caption
            self.form.addRow(caption, field)
        caption = QLabel(self.tr("&Find a known person:"), self)
        caption.setBuddy(self.find_edit)
        self.captions["persons"] = caption
        self.form.addRow(caption, find_row)
        self.form.addRow("", self.found)
        caption = QLabel(self.tr("Persons concerned:"), self)
        caption.setBuddy(self.persons)
        self.form.addRow(caption, persons_box)
        rows = [("problem", self.tr("Presenting pro&blem:"), self.problem),
                ("urgency", self.tr("&Urgency:"), self.urgency),
                ("notes", self.tr("No&tes:"), self.notes)]
        for key, text, field in rows:
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.captions[key] = caption
            self.form.addRow(caption, field)

        order: list[QWidget] = [self.received_on.edit, self.channel, self.source, self.referrer_name,
                                self.referrer_role, self.referrer_organisation, self.referrer_phone, self.relation,
                                self.find_edit, self.found, self.new_person_button, self.persons,
                                self.remove_button, self.problem, self.urgency, self.notes, self.ok_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self).activated.connect(self.submit)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.find_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.find_edit.returnPressed.connect(self.add_found)
        self.found.itemActivated.connect(lambda _item: self.add_found())
        self.new_person_button.clicked.connect(self.add_new_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.source.currentIndexChanged.connect(self._source_changed)
        if referral is not None:
            self.set_referral(referral)
        self._source_changed()
        self._show_persons()
        self.received_on.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter never saves (a worker on the phone presses it to add the person found or by habit);
        Ctrl+Enter does (QDialog would otherwise press the default button)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- filling -----------------------------------------------------------------------------------------
    def set_referral(self, r: ReferralDTO) -> None:
        self.version = r.version
        self.received_on.setDate(r.received_on)
        self.channel.setCurrentIndex(max(0, self.channel.findData(r.channel)))
        self.source.setCurrentIndex(max(0, self.source.findData(r.source)))
        self.referrer_name.setText(r.referrer.name)
        self.referrer_role.setText(r.referrer.role)
        self.referrer_organisation.setText(r.referrer.organisation)
        self.referrer_phone.setText(r.referrer.phone)
        self.problem.setPlainText(r.problem)
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(r.urgency)))
        self.notes.setPlainText(r.notes)
        self.entries = [Entry(p.relation, person=p.person) for p in r.persons]

    def _source_changed(self, *_args: object) -> None:
        enabled = self.source.currentData() not in NO_REFERRER
        for w in (self.referrer_name, self.referrer_role, self.referrer_organisation, self.referrer_phone):
            w.setEnabled(enabled)

    # ---- the persons -------------------------------------------------------------------------------------
    def run_search(self) -> None:
        text = self.find_edit.text().strip()
        if len(text) < 2:
            self.found.clear()
            self.found.hide()
            return
        people = self.services.people
        self.searching = True
        self.ops.query(self, lambda: people.search(text, FOUND_LIMIT), self._found, failure=self._search_failed,
                       key=("referral-find", id(self)))

    def _found(self, persons: list[PersonDTO]) -> None:
        self.searching = False
        self.found.clear()
        for p in persons:
            text = candidate_name(p)
            details = [d for d in (p.id_number or "", fmt_date(p.birth_date)) if d]
            if details:
                text += " · " + " · ".join(details)
            item = QListWidgetItem(text, self.found)
            item.setData(Qt.ItemDataRole.UserRole, p)
        if not persons:
            item = QListWidgetItem(self.tr("Nobody found: add a new person"), self.found)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.found.setVisible(True)
        self.found.setCurrentRow(0 if persons else -1)
        if self.add_when_found:
            self.add_when_found = False
            self.add_found()

    def _search_failed(self, exc: DomainError) -> None:
        self.searching = False
        self.add_when_found = False
        self.show_error(exc)

    def found_person(self) -> PersonDTO | None:
        item = self.found.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, PersonDTO) else None

    def add_found(self) -> None:
        if self.search_timer.isActive() or self.searching:
            # Enter typed before the answer came (a fast typist): add the first person found when it comes
            if self.search_timer.isActive():
                self.search_timer.stop()
                self.run_search()
            self.add_when_found = True
            return
        person = self.found_person()
        if person is None:
            return
        if self.add_entry(Entry(self.relation.currentData(), person=person)):
            self.find_edit.clear()
            self.found.clear()
            self.found.hide()
        self.find_edit.setFocus()

    def add_entry(self, entry: Entry) -> bool:
        """Add a person; refused (with the message) when the person is already on the referral."""
        if self._already_there(entry):
            self.show_error(ValidationError("person_twice", field="persons"))
            return False
        self.entries.append(entry)
        self.error_label.hide()
        self._show_persons()
        select_row(self.persons, len(self.entries) - 1)
        return True

    def _already_there(self, entry: Entry) -> bool:
        for e in self.entries:
            if entry.person is not None and e.person is not None and e.person.id == entry.person.id:
                return True
            if entry.data is not None and e.data is not None and entry.data.id_number \
                    and entry.data.id_number == e.data.id_number:
                return True
        return False

    def add_new_person(self) -> PersonDialog:
        dialog = PersonDialog(self.services, self.ops, self.relation.currentData(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.added.connect(self.add_entry)
        dialog.finished.connect(lambda _r: self.find_edit.setFocus())
        self.person_dialog = dialog
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        row = self.persons.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._show_persons()
            if self.entries:
                select_row(self.persons, min(row, len(self.entries) - 1))

    def _show_persons(self) -> None:
        rows = []
        for i, e in enumerate(self.entries):
            kind = self.tr("known") if e.person is not None else self.tr("new")
            born = Item(fmt_date(e.birth_date), i)
            number = Item(e.id_number, i)
            for cell in (born, number):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            rows.append([Item(e.name, i), number, born, Item(relation_label(e.relation), i), Item(kind, i)])
        self.persons.set_rows(rows)
        self.remove_button.setEnabled(bool(self.entries))

    # ---- saving ------------------------------------------------------------------------------------------
    def value(self) -> ReferralInput:
        enabled = self.source.currentData() not in NO_REFERRER
        referrer = Referrer(self.referrer_name.text(), self.referrer_role.text(), self.referrer_organisation.text(),
                            self.referrer_phone.text()) if enabled else Referrer()
        return ReferralInput(
            received_on=to_date(self.received_on), channel=self.channel.currentData(),
            source=self.source.currentData() or "", referrer=referrer, problem=self.problem.toPlainText(),
            urgency=self.urgency.currentData() or "", notes=self.notes.toPlainText(),
            existing=tuple((e.person.id, e.relation) for e in self.entries if e.person is not None),
            new_persons=tuple(NewPerson(e.data, e.relation, e.dismissed) for e in self.entries if e.data is not None),
        )

    def service_call(self) -> Callable[[], Any]:
        intake, data, r, version = self.services.intake, self.value(), self.referral, self.version
        if r is not None and version is not None:
            return lambda: intake.update(r.id, version, data)
        return lambda: intake.create(data)

    def _failed(self, exc: DomainError) -> None:
        super()._failed(exc)
        if isinstance(exc, DuplicateSuspected) and any(e.data is not None for e in self.entries):
            self._recheck_new_persons(exc)
            return
        index = exc.params.get("person")  # a new person's detail (the n-th new person): say whose
        news = [i for i, e in enumerate(self.entries) if e.data is not None]
        if isinstance(index, int) and 0 <= index < len(news):
            row = news[index]
            self.error_label.setText(f"{self.entries[row].name}: {message_for(exc)}")
            select_row(self.persons, row)
            self.persons.setFocus()
            return
        self.focus_field(exc.params.get("field"))

    def focus_field(self, field: object) -> None:
        widgets: dict[str, QWidget] = {
            "received_on": self.received_on, "channel": self.channel, "source": self.source,
            "referrer_name": self.referrer_name, "referrer_role": self.referrer_role,
            "referrer_organisation": self.referrer_organisation, "referrer_phone": self.referrer_phone,
            "problem": self.problem, "urgency": self.urgency, "notes": self.notes, "persons": self.find_edit,
            "person_id": self.persons, "relation": self.persons}
        target = widgets.get(field) if isinstance(field, str) else None
        if target is None and isinstance(field, str):  # a new person's field: the persons' table
            target = self.persons if field in _PERSON_FIELDS else None
        if target is None and self.last_error is not None and self.last_error.code in ("no_person", "person_twice"):
            target = self.find_edit
        for key, caption in self.captions.items():
            caption.setStyleSheet("color: #a61b1b; font-weight: bold;" if widgets.get(key) is target else "")
        if target is not None:
            target.setFocus()

    def error_field(self) -> str:
        """The field named by the last error, in words ("" if none)."""
        field = self.last_error.params.get("field") if self.last_error is not None else None
        return field_name(field) if isinstance(field, str) else ""

    def _recheck_new_persons(self, exc: DomainError) -> None:
        """A possible duplicate appeared at the save: run the check again for the new persons, show the
        candidates of the first one concerned; the worker uses the known person or confirms the new one
        (the form keeps everything), then saves again."""
        people = self.services.people
        news = [(i, e.data) for i, e in enumerate(self.entries) if e.data is not None]
        same_id = exc.params.get("field") == "id_number"
        wanted = exc.params.get("person_id")

        def check() -> list[tuple[int, list[DuplicateCandidate]]]:
            return [(i, people.duplicates(data, address="")) for i, data in news]

        def arrived(results: list[tuple[int, list[DuplicateCandidate]]]) -> None:
            for i, found in results:
                entry = self.entries[i] if i < len(self.entries) else None
                if entry is None or not found:
                    continue
                ids = {c.person.id for c in found}
                if (wanted is not None and wanted not in ids) or (
                        wanted is None and not any(c.strong and c.person.id not in entry.dismissed for c in found)):
                    continue
                self._show_duplicates(i, entry, found, allow_new=not same_id)
                return

        self.ops.query(self, check, arrived, failure=self.show_error)

    def _show_duplicates(self, index: int, entry: Entry, found: list[DuplicateCandidate], *, allow_new: bool) -> None:
        def existing(person: PersonDTO) -> None:
            self.entries[index] = Entry(entry.relation, person=person)
            self._show_persons()
            self.ok_button.setFocus()

        def new(dismissed: tuple[int, ...]) -> None:
            self.entries[index] = replace(entry, dismissed=tuple(sorted(set(entry.dismissed) | set(dismissed))))
            self._show_persons()
            self.ok_button.setFocus()

        self.duplicate_dialog = show_duplicates(found, entry.data, self, existing, new if allow_new else None)


_PERSON_FIELDS = frozenset({"first_name", "last_name", "id_number", "id_kind", "birth_date", "sex", "phones",
                            "preferred_language", "first_name_ar", "last_name_ar", "first_name_lat",
                            "last_name_lat", "name_birth_date", "candidates"})
