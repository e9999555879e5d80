"""A request for a place in a therapeutic club for a child of a family file: the child (the file's children,
with their age), the reason (required), the goals, the urgency and the risk (the waiting list's order follows
them), the preferred club or any club; for a kindergarten's or school's referral (route "school") also the
institution and its contact. Used from the family file's Club tab (route "family_worker") and from the
school referral (route "school"). While the child's age is outside the chosen club's ages the dialog says so
(the club worker will need a reason to enrol the child)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.clubs.common import age_on, risk_label, today, urgency_label
from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.ops import Ops
from desktop.widgets.tables import fmt_count
from models.clubs.dto import ClubDTO, RequestInput
from models.codes import CLUB_RISKS, CLUB_ROUTES, URGENCIES
from models.errors import DomainError

if TYPE_CHECKING:
    from models.families.dto import FamilyFileDTO
    from models.people.dto import PersonDTO
    from models.services import Services

SOURCE_MAX = 200


def file_children(f: FamilyFileDTO) -> list[PersonDTO]:
    """The children of a family file, in the file's order."""
    return [m.person for m in f.members if m.relation == "child"]


def child_text(child: PersonDTO, on: date) -> str:
    """"מרים כהן (11)": the name with the age on ``on``."""
    age = age_on(child.birth_date, on)
    return child.full_name if age is None else f"{child.full_name} ({age})"


def club_choice_text(club: ClubDTO) -> str:
    """A club in a combo: its name and whether a seat is free now."""
    if club.free:
        seats = QCoreApplication.translate("Clubs", "%1 free").replace("%1", fmt_count(club.free))
    else:
        seats = QCoreApplication.translate("Clubs", "full, %1 waiting").replace("%1", fmt_count(club.waiting))
    return f"{club.name} ({seats})"


class RequestDialog(ServiceDialog):
    """``saved(RequestDTO)``. ``route``: CLUB_ROUTES ("family_worker" from the file's tab, "school" from the
    school referral, with the institution given as ``source_name`` and ``source_contact``)."""

    def __init__(self, services: Services, ops: Ops, file_id: int, parent: QWidget | None = None,
                 route: str = "family_worker", *, source_name: str = "", source_contact: str = "",
                 person_id: int | None = None) -> None:
        assert route in CLUB_ROUTES
        super().__init__(ops, self.tr("Request a club"), parent)
        self.setObjectName("clubRequestDialog")
        self.resize(640, 560)
        self.services, self.file_id, self.route = services, file_id, route
        self.wanted_person = person_id
        self.family_children: list[PersonDTO] = []
        self.clubs: list[ClubDTO] = []
        self.family_name = ""

        self.child = QComboBox(self)
        self.child.setObjectName("requestChild")
        self.child.setAccessibleName(self.tr("Child"))
        self.child.setEnabled(False)
        self.reason = plain_text_edit(self, 80)
        self.reason.setObjectName("requestReason")
        self.goals = plain_text_edit(self, 60)
        self.goals.setObjectName("requestGoals")
        self.urgency = QComboBox(self)
        self.urgency.setObjectName("requestUrgency")
        self.urgency.setAccessibleName(self.tr("Urgency"))
        for code in URGENCIES:
            self.urgency.addItem(urgency_label(code), code)
        self.urgency.setCurrentIndex(self.urgency.findData("routine"))
        self.risk = QComboBox(self)
        self.risk.setObjectName("requestRisk")
        self.risk.setAccessibleName(self.tr("Risk"))
        for code in CLUB_RISKS:
            self.risk.addItem(risk_label(code), code)
        self.risk.setCurrentIndex(self.risk.findData("medium"))
        self.club = QComboBox(self)
        self.club.setObjectName("requestClub")
        self.club.setAccessibleName(self.tr("Preferred club"))
        self.club.addItem(self.tr("Any club (on every club's list)"), None)
        self.age_note = QLabel(self)
        self.age_note.setObjectName("requestAgeNote")
        self.age_note.setWordWrap(True)
        self.age_note.setStyleSheet("color: #8a5a00;")
        self.age_note.hide()
        self.source_name = QLineEdit(source_name, self)
        self.source_name.setObjectName("requestSourceName")
        self.source_name.setMaxLength(SOURCE_MAX)
        self.source_contact = QLineEdit(source_contact, self)
        self.source_contact.setObjectName("requestSourceContact")
        self.source_contact.setMaxLength(SOURCE_MAX)
        self.source_contact.setPlaceholderText(self.tr("Name and phone of who referred"))

        self.file_label = QLabel(self)
        self.file_label.setObjectName("requestFile")
        self.form.addRow(self.tr("Family file:"), self.file_label)
        self._caption(self.tr("C&hild:"), self.child)
        self._caption(self.tr("&Reason for a club:"), self.reason)
        self._caption(self.tr("&Goals:"), self.goals)
        self._caption(self.tr("&Urgency:"), self.urgency)
        self._caption(self.tr("Ris&k:"), self.risk)
        self._caption(self.tr("Preferred c&lub:"), self.club)
        self.form.addRow("", self.age_note)
        if route == "school":
            self._caption(self.tr("Kindergarten or &school:"), self.source_name)
            self._caption(self.tr("Co&ntact:"), self.source_contact)
        else:
            self.source_name.hide()
            self.source_contact.hide()
        save_with_ctrl_enter(self, self.submit)
        self.child.currentIndexChanged.connect(self._check_age)
        self.club.currentIndexChanged.connect(self._check_age)

        self.set_ready(False)
        self.busy_bar.show()
        families, clubs = services.families, services.clubs
        ops.query(self, lambda: (families.get(file_id).file, clubs.clubs()), self._loaded, failure=self._load_failed)
        self.reason.setFocus()

    def _caption(self, text: str, field: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        return caption

    # ---- loading -----------------------------------------------------------------------------------------
    def _loaded(self, answer: tuple[FamilyFileDTO, tuple[ClubDTO, ...]]) -> None:
        f, clubs = answer
        self.busy_bar.hide()
        self.family_name = f.family_name
        self.setWindowTitle(self.tr("Request a club — %1").replace("%1", f.family_name))
        self.file_label.setText(f"{f.file_number} — {f.family_name}")
        self.family_children = file_children(f)
        on = today()
        for c in self.family_children:
            self.child.addItem(child_text(c, on), c.id)
        if self.wanted_person is not None:
            self.child.setCurrentIndex(max(0, self.child.findData(self.wanted_person)))
        self.clubs = [c for c in clubs if c.active]
        for club in self.clubs:
            self.club.addItem(club_choice_text(club), club.id)
        self.child.setEnabled(bool(self.family_children))
        if not self.family_children:
            self.error_label.setText(self.tr("This family file has no children: a club is requested for a child "
                                             "of the file. Add the child to the file first."))
            self.error_label.show()
        self.set_ready(bool(self.family_children))
        self._check_age()

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def _check_age(self, *_args: object) -> None:
        """Say so when the child's age is outside the preferred club's ages."""
        child = next((c for c in self.family_children if c.id == self.child.currentData()), None)
        club = next((c for c in self.clubs if c.id == self.club.currentData()), None)
        age = age_on(child.birth_date, today()) if child is not None else None
        if club is None or age is None or club.min_age <= age <= club.max_age:
            self.age_note.hide()
            return
        self.age_note.setText(self.tr("%1 is %2: this club takes children of %3 to %4. The club worker will need a "
                                      "reason to enrol the child.").replace("%1", child.full_name if child else "")
                              .replace("%2", str(age)).replace("%3", str(club.min_age)).replace("%4", str(club.max_age)))
        self.age_note.show()

    # ---- saving ------------------------------------------------------------------------------------------
    def value(self) -> RequestInput:
        return RequestInput(
            file_id=self.file_id, person_id=self.child.currentData(), route=self.route,
            reason=self.reason.toPlainText().strip(), goals=self.goals.toPlainText().strip(),
            urgency=self.urgency.currentData(), risk=self.risk.currentData(),
            preferred_club_id=self.club.currentData(),
            source_name=self.source_name.text().strip() if self.route == "school" else "",
            source_contact=self.source_contact.text().strip() if self.route == "school" else "")

    def submit(self) -> None:
        if self.child.currentData() is None:
            return
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        clubs, data = self.services.clubs, self.value()
        return lambda: clubs.request_club(data)
