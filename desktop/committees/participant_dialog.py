"""A participant of a case (new or edited): kind, name, organisation, role, phone, e-mail, the address a
letter goes to, the invitation's language and method; and "Add the family": the file's parents, the minor
and the family worker the service suggests, as a checklist. A participant with no way to be reached (no
phone, e-mail or address, and not a staff member) is refused with a message before any call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from desktop.committees.common import announcing, save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog
from desktop.messages import invitation_method_label, letter_language_label, participant_kind_label
from desktop.ops import Ops
from models.codes import INVITATION_METHODS, LETTER_LANGUAGES, PARTICIPANT_KINDS
from models.committees import rules
from models.committees.dto import CaseDTO, ParticipantDTO, ParticipantInput
from models.errors import DomainError

if TYPE_CHECKING:
    from models.services import Services

STAFF_KINDS = ("family_worker",)


def contact_text(p: ParticipantDTO | ParticipantInput) -> str:
    return " · ".join(x for x in (p.phone, p.email, p.address) if x.strip())


class ParticipantDialog(ServiceDialog):
    """A new participant of ``case`` (``participant`` None) or one to edit. ``saved(ParticipantDTO)``."""

    def __init__(self, services: Services, ops: Ops, case: CaseDTO, participant: ParticipantDTO | None = None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("New participant — %1") if participant is None else self.tr("Participant — %1")).replace(
            "%1", case.child.full_name)
        super().__init__(ops, title, parent)
        self.setObjectName("participantDialog")
        self.setMinimumWidth(560)
        self.services, self.case, self.participant = services, case, participant
        self.version = None if participant is None else participant.version
        p = participant
        self.kind = QComboBox(self)
        self.kind.setObjectName("participantKind")
        for code in PARTICIPANT_KINDS:
            self.kind.addItem(participant_kind_label(code), code)
        self.name = QLineEdit(p.name if p else "", self)
        self.name.setMaxLength(120)
        self.organisation = QLineEdit(p.organisation if p else "", self)
        self.organisation.setPlaceholderText(self.tr("e.g. the school's name"))
        self.role_title = QLineEdit(p.role_title if p else "", self)
        self.role_title.setPlaceholderText(self.tr("e.g. homeroom teacher, 4th grade"))
        self.phone = QLineEdit(p.phone if p else "", self)
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.email = QLineEdit(p.email if p else "", self)
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.address = QLineEdit(p.address if p else "", self)
        self.address.setPlaceholderText(self.tr("Where the letter goes"))
        self.language = QComboBox(self)
        self.language.setObjectName("participantLanguage")
        for code in LETTER_LANGUAGES:
            self.language.addItem(letter_language_label(code), code)
        self.method = QComboBox(self)
        self.method.setObjectName("participantMethod")
        for code in INVITATION_METHODS:
            self.method.addItem(invitation_method_label(code), code)
        if p is not None:
            for combo, value in ((self.kind, p.kind), (self.language, p.language), (self.method, p.method)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
        for text, field in ((self.tr("&Kind:"), self.kind), (self.tr("&Name:"), self.name),
                            (self.tr("&Organisation:"), self.organisation), (self.tr("&Role:"), self.role_title),
                            (self.tr("&Phone:"), self.phone), (self.tr("&E-mail:"), self.email),
                            (self.tr("A&ddress:"), self.address), (self.tr("Letter &language:"), self.language),
                            (self.tr("&Invited:"), self.method)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        save_with_ctrl_enter(self, self.submit)
        self.kind.setFocus()

    def value(self) -> ParticipantInput:
        p = self.participant
        return ParticipantInput(kind=self.kind.currentData(), name=self.name.text().strip(),
                                organisation=self.organisation.text().strip(), role_title=self.role_title.text().strip(),
                                phone=self.phone.text().strip(), email=self.email.text().strip(),
                                address=self.address.text().strip(), language=self.language.currentData(),
                                method=self.method.currentData(), person_id=p.person_id if p else None,
                                user_id=p.user_id if p else None)

    def submit(self) -> None:
        data = self.value()
        if not self.pending and not rules.reachable(data.phone, data.email, data.address, data.user_id):
            self.error_label.setText(self.tr("There is no way to reach this participant: please give a phone, "
                                             "an e-mail or an address."))
            self.error_label.show()
            self.phone.setFocus()
            return
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        committees, data, p, version, cid = (self.services.committees, self.value(), self.participant, self.version,
                                             self.case.id)
        mid = self.case.meeting_id
        if p is None:
            return announcing(lambda: committees.add_participant(cid, data), mid)
        assert version is not None
        return announcing(lambda: committees.update_participant(p.id, version, data), mid)


class FamilyParticipantsDialog(ServiceDialog):
    """"Add the family": the participants the service suggests for ``case`` (the parents in their language,
    the minor, the family worker; those already on the case left out), each checked; OK adds the checked
    ones together (all or, when one is refused, none). ``saved(list[ParticipantDTO])``."""

    def __init__(self, services: Services, ops: Ops, case: CaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Add the family — %1").replace("%1", case.child.full_name), parent)
        self.setObjectName("familyParticipantsDialog")
        self.setMinimumWidth(560)
        self.services, self.case = services, case
        self.suggested: list[ParticipantInput] = []
        self.list = QListWidget(self)
        self.list.setObjectName("suggestedParticipants")
        self.list.setAccessibleName(self.tr("Suggested participants"))
        caption = QLabel(self.tr("&Participants to add:"), self)
        caption.setBuddy(self.list)
        self.form.addRow(caption, self.list)
        save_with_ctrl_enter(self, self.submit)
        self.load()
        self.list.setFocus()

    def load(self) -> None:
        self.set_ready(False)
        self.busy_bar.show()
        committees, cid = self.services.committees, self.case.id
        self.ops.query(self, lambda: committees.suggested_participants(cid), self._loaded, failure=self._failed_load)

    def _loaded(self, suggested: list[ParticipantInput]) -> None:
        self.busy_bar.hide()
        unchecked = {(s.kind, s.name) for i, s in enumerate(self.suggested)
                     if self.list.item(i) is not None and self.list.item(i).checkState() != Qt.CheckState.Checked}
        self.list.clear()
        self.suggested = list(suggested)
        for s in self.suggested:
            parts = [participant_kind_label(s.kind), s.name]
            if s.kind not in STAFF_KINDS:
                parts.append(letter_language_label(s.language))
            contact = contact_text(s)
            if contact:
                parts.append(contact)
            item = QListWidgetItem(" — ".join(parts), self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if (s.kind, s.name) in unchecked else Qt.CheckState.Checked)
        if self.suggested:
            self.list.setCurrentRow(0)
            self.set_ready(True)
        elif not self.error_label.isVisible():
            self.error_label.setText(self.tr("The family's parents, the child and the family worker are all on "
                                             "the case already."))
            self.error_label.show()

    def _failed_load(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def chosen(self) -> list[ParticipantInput]:
        return [s for i, s in enumerate(self.suggested)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        if not self.chosen():
            return
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        committees, cid, chosen = self.services.committees, self.case.id, self.chosen()
        # all of them in one transaction: a refusal adds none, and the dialog keeps the choice
        return announcing(lambda: committees.add_participants(cid, chosen), self.case.meeting_id)
