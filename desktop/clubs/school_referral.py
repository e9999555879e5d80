"""A kindergarten or school refers a child for a club (route c). The club worker records the institution
(kind, name, who referred and a phone), then asks "is the family known to the department?":

* found (the family-file search: number, family name, ID number or phone): the club request is filed on that
  file (the request dialog, route "school", the institution filled in);
* not known: the child's and a parent's details as the institution gave them, the reason, the urgency and
  the preferred club go to intake's queue as a referral (``services.clubs.refer_to_intake``); intake opens
  the file and files the club request from it. The page then says the referral's number."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import today, urgency_label
from desktop.clubs.request_dialog import RequestDialog, club_choice_text
from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.messages import source_label
from desktop.ops import Ops
from desktop.widgets.dates import make_date_edit, to_date
from desktop.widgets.duplicates import DuplicateDialog, show_duplicates
from desktop.widgets.file_finder import FileFinder
from models.clubs.dto import ClubDTO, RequestDTO, SchoolReferralInput
from models.codes import URGENCIES
from models.errors import DomainError, DuplicateSuspected
from models.people.dto import DuplicateCandidate, PersonDTO, PersonInput

if TYPE_CHECKING:
    from models.families.dto import FileRow
    from models.services import Services

SOURCES = ("school", "kindergarten")
NAME_MAX, TEXT_MAX, PHONE_MAX = 60, 200, 32


class SchoolReferralDialog(ServiceDialog):
    """``saved(ReferralDTO)``: an unknown family's referral registered in intake's queue;
    ``request_filed(RequestDTO)``: a known family's club request filed (the dialog closes either way)."""

    request_filed = Signal(object)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Referral from a kindergarten or school"), parent)
        self.setObjectName("schoolReferralDialog")
        self.resize(820, 720)
        self.services = services
        self.request_dialog: RequestDialog | None = None
        self.duplicate_dialog: DuplicateDialog | None = None
        self.clubs: list[ClubDTO] = []
        self.dismissed: tuple[int, ...] = ()  # the possible duplicates the worker saw and set aside

        # ---- the institution ---------------------------------------------------------------------------
        self.source = QComboBox(self)
        self.source.setObjectName("referralSource")
        self.source.setAccessibleName(self.tr("Referred by"))
        for code in SOURCES:
            self.source.addItem(source_label(code), code)
        self.source_name = self._line(TEXT_MAX, "referralSourceName")
        self.source_contact = self._line(TEXT_MAX, "referralSourceContact")
        self.source_contact.setPlaceholderText(self.tr("Name and phone of who referred"))
        self._caption(self.form, self.tr("Referred &by:"), self.source)
        self._caption(self.form, self.tr("Name of the &institution:"), self.source_name)
        self._caption(self.form, self.tr("Co&ntact:"), self.source_contact)

        # ---- step 1: is the family known? --------------------------------------------------------------
        self.search_page = QWidget(self)
        self.search_page.setObjectName("referralSearch")
        search_form = QFormLayout(self.search_page)
        search_form.setContentsMargins(0, 0, 0, 0)
        question = QLabel(self.tr("Is the family known to the department? Search for its file first."),
                          self.search_page)
        question.setWordWrap(True)
        question.setStyleSheet("font-weight: bold;")
        question.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        search_form.addRow(question)
        self.finder = FileFinder(services, ops, self.search_page, name="referral")
        self.finder.files.setMinimumHeight(160)  # the table takes the room the step has
        self._caption(search_form, self.tr("&Find the family file:"), self.finder.query)
        self._caption(search_form, self.tr("Famil&y files:"), self.finder.files)
        self.known_button = QPushButton(self.tr("The family is &known: request a club…"), self.search_page)
        self.known_button.setObjectName("familyKnown")
        self.known_button.setEnabled(False)
        self.known_button.clicked.connect(lambda _c=False: self.family_known())
        self.unknown_button = QPushButton(self.tr("The family is n&ot known: refer to intake…"), self.search_page)
        self.unknown_button.setObjectName("familyUnknown")
        self.unknown_button.clicked.connect(lambda _c=False: self.family_unknown())
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.known_button)
        step_buttons.addWidget(self.unknown_button)
        step_buttons.addStretch(1)
        search_form.addRow(step_buttons)
        self.finder.files.itemSelectionChanged.connect(self._file_chosen)
        self.finder.files.activated.connect(lambda _i: self.family_known())
        self.finder.failed.connect(self.show_error)

        # ---- step 2: a family the department does not know ----------------------------------------------
        self.unknown_page = QWidget(self)
        self.unknown_page.setObjectName("referralUnknown")
        unknown_form = QFormLayout(self.unknown_page)
        unknown_form.setContentsMargins(0, 0, 0, 0)
        unknown_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        explain = QLabel(self.tr("What the institution told about the family. Intake receives it as a referral, opens "
                                 "the family's file and files the club request."), self.unknown_page)
        explain.setWordWrap(True)
        unknown_form.addRow(explain)
        self.child_first = self._line(NAME_MAX, "referralChildFirst", self.unknown_page)
        self.child_last = self._line(NAME_MAX, "referralChildLast", self.unknown_page)
        self.has_birth = QCheckBox(self.tr("Child's birth &date:"), self.unknown_page)
        self.has_birth.setObjectName("referralHasBirth")
        now = today()
        self.birth_date = make_date_edit(now.replace(year=now.year - 8), self.unknown_page, maximum=now)
        self.birth_date.setObjectName("referralBirthDate")
        self.birth_date.setEnabled(False)
        self.has_birth.toggled.connect(self.birth_date.setEnabled)
        self.parent_name = self._line(TEXT_MAX, "referralParent", self.unknown_page)
        self.phone = self._line(PHONE_MAX, "referralPhone", self.unknown_page)
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.address = self._line(TEXT_MAX, "referralAddress", self.unknown_page)
        self.reason = plain_text_edit(self.unknown_page, 80)
        self.reason.setObjectName("referralReason")
        self.urgency = QComboBox(self.unknown_page)
        self.urgency.setObjectName("referralUrgency")
        self.urgency.setAccessibleName(self.tr("Urgency"))
        for code in URGENCIES:
            self.urgency.addItem(urgency_label(code), code)
        self.urgency.setCurrentIndex(self.urgency.findData("routine"))
        self.club = QComboBox(self.unknown_page)
        self.club.setObjectName("referralClub")
        self.club.setAccessibleName(self.tr("Preferred club"))
        self.club.addItem(self.tr("Any club"), None)
        self._caption(unknown_form, self.tr("Child's &first name:"), self.child_first)
        self._caption(unknown_form, self.tr("Child's &last name:"), self.child_last)
        unknown_form.addRow(self.has_birth, self.birth_date)
        self._caption(unknown_form, self.tr("A &parent's name:"), self.parent_name)
        self._caption(unknown_form, self.tr("P&hone:"), self.phone)
        self._caption(unknown_form, self.tr("Add&ress:"), self.address)
        self._caption(unknown_form, self.tr("Reason for a &club:"), self.reason)
        self._caption(unknown_form, self.tr("&Urgency:"), self.urgency)
        self._caption(unknown_form, self.tr("Pr&eferred club:"), self.club)
        self.back_button = QPushButton(self.tr("B&ack to the search"), self.unknown_page)
        self.back_button.setObjectName("referralBack")
        self.back_button.clicked.connect(lambda _c=False: self.back_to_search())
        unknown_form.addRow(self.back_button)
        self.unknown_page.hide()

        pages = QVBoxLayout()
        pages.addWidget(self.search_page)
        pages.addWidget(self.unknown_page)
        self.form.addRow(pages)
        self.ok_button.setText(self.tr("Send to intake"))
        self.ok_button.hide()
        save_with_ctrl_enter(self, self.submit)
        self.save_failed.connect(self._refused)
        self.set_ready(False)
        clubs = services.clubs
        ops.query(self, clubs.clubs, self._clubs_loaded, failure=self.show_error)
        self.source_name.setFocus()

    def _line(self, maximum: int, name: str, parent: QWidget | None = None) -> QLineEdit:
        edit = QLineEdit(parent or self)
        edit.setMaxLength(maximum)
        edit.setObjectName(name)
        return edit

    def _caption(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        caption = QLabel(text, field.parentWidget())
        caption.setBuddy(field)
        form.addRow(caption, field)
        return caption

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the file search searches; it never sends the referral."""
        if self.finder.swallows(event):
            event.accept()
            return
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.step == "search"
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.accept()  # step 1 has no OK (Enter on a file found requests the club on it)
            return
        super().keyPressEvent(event)

    def _clubs_loaded(self, clubs: tuple[ClubDTO, ...]) -> None:
        self.clubs = [c for c in clubs if c.active]
        for c in self.clubs:
            self.club.addItem(club_choice_text(c), c.id)

    # ---- step 1 ------------------------------------------------------------------------------------------
    @property
    def step(self) -> str:
        return "unknown" if self.unknown_page.isVisibleTo(self) else "search"

    def _file_chosen(self) -> None:
        self.known_button.setEnabled(self.finder.chosen_file_id() is not None)

    def chosen_file(self) -> FileRow | None:
        file_id = self.finder.chosen_file_id()
        return next((r for r in self.finder.rows if r.id == file_id), None)

    def family_known(self) -> RequestDialog | None:
        """The club request on the file found (route "school", the institution filled in)."""
        file_id = self.finder.chosen_file_id()
        if file_id is None:
            return None
        dialog = RequestDialog(self.services, self.ops, file_id, self, route="school",
                               source_name=self._source_text(), source_contact=self.source_contact.text().strip())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(self._request_saved)
        self.request_dialog = dialog
        dialog.open()
        return dialog

    def _source_text(self) -> str:
        return self.source_name.text().strip()

    def _request_saved(self, request: RequestDTO) -> None:
        self.request_filed.emit(request)
        self.accept()

    def family_unknown(self) -> None:
        """Step 2: the unknown family's form; OK sends it to intake."""
        self.search_page.hide()
        self.unknown_page.show()
        self.ok_button.show()
        self.set_ready(True)
        name = self.finder.query.text().strip()
        if name and not self.child_last.text() and not any(ch.isdigit() for ch in name):
            self.child_last.setText(name)  # what was searched for is most likely the family name
        self.child_first.setFocus()

    def back_to_search(self) -> None:
        self.unknown_page.hide()
        self.search_page.show()
        self.ok_button.hide()
        self.set_ready(False)
        self.error_label.hide()
        self.finder.query.setFocus()

    # ---- step 2: saving ----------------------------------------------------------------------------------
    def value(self) -> SchoolReferralInput:
        return SchoolReferralInput(
            source=self.source.currentData(), source_name=self._source_text(),
            source_contact=self.source_contact.text().strip(), child_first_name=self.child_first.text().strip(),
            child_last_name=self.child_last.text().strip(),
            child_birth_date=to_date(self.birth_date) if self.has_birth.isChecked() else None,
            parent_name=self.parent_name.text().strip(), phone=self.phone.text().strip(),
            address=self.address.text().strip(), reason=self.reason.toPlainText().strip(),
            urgency=self.urgency.currentData(), preferred_club_id=self.club.currentData(),
            dismissed=self.dismissed)

    def submit(self) -> None:
        if self.step != "unknown":
            return
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        clubs, data = self.services.clubs, self.value()
        return lambda: clubs.refer_to_intake(data)

    # ---- a child or parent who may already be known ------------------------------------------------------
    def _persons(self) -> list[PersonInput]:
        data = self.value()
        out = [PersonInput(first_name=data.child_first_name, last_name=data.child_last_name,
                           birth_date=data.child_birth_date, id_number=None)]
        words = data.parent_name.split()
        if words:
            first, last = (words[0], " ".join(words[1:])) if len(words) > 1 else (words[0], data.child_last_name)
            out.append(PersonInput(first_name=first, last_name=last, id_number=None,
                                   phones=(data.phone,) if data.phone else ()))
        return out

    def _refused(self, exc: DomainError) -> None:
        """Someone who may be the child or the parent is already registered: show who (the family may be
        known after all). "Use this person" goes back to the search with that person's name; "None of these"
        sends the referral again with them set aside."""
        if not isinstance(exc, DuplicateSuspected) or exc.params.get("field") not in ("candidates", "name_birth_date"):
            return
        people, persons, address = self.services.people, self._persons(), self.address.text().strip()

        def candidates() -> list[DuplicateCandidate]:
            seen: dict[int, DuplicateCandidate] = {}
            for p in persons:
                for c in people.duplicates(p, address=address):
                    if c.person.id not in seen or seen[c.person.id].score < c.score:
                        seen[c.person.id] = c
            return sorted(seen.values(), key=lambda c: -c.score)

        self.ops.query(self, candidates, self._show_duplicates, failure=self.show_error)

    def _show_duplicates(self, found: list[DuplicateCandidate]) -> None:
        if not found:
            return
        self.duplicate_dialog = show_duplicates(found, self._persons()[0], self, self._known_person,
                                                self._confirmed_new)

    def _known_person(self, person: PersonDTO) -> None:
        """The child (or parent) is known: find the family's file by that person."""
        self.back_to_search()
        self.finder.query.setText(person.id_number or person.full_name)
        self.finder.run_search()

    def _confirmed_new(self, dismissed: tuple[int, ...]) -> None:
        self.dismissed = tuple(sorted(set(self.dismissed) | set(dismissed)))
        self.submit()
