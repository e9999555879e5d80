"""The committee's printed forms in the print preview: the protocol of a case (in Hebrew or Arabic), the
decision letter to the parents (one letter to each parent chosen, in the parent's language) and the summary
letter to a professional (the school, the health service...). Built off the GUI thread from
``services.committees.protocol_form``; a print or a save is recorded through
``services.committees.record_output`` (who, which form of which case, when)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import letter_language_label, message_for, participant_kind_label
from desktop.ops import Ops
from desktop.printing.jobs import Printed
from desktop.printing.preview import PreviewWindow
from desktop.widgets.a11y import name_widgets
from models.codes import PARENT_KINDS

if TYPE_CHECKING:
    from models.committees.dto import CaseDTO, MeetingDTO, ParticipantDTO
    from models.services import Services

COMMITTEE_PROTOCOL = "committee_protocol"
DECISION_LETTER = "decision_letter"
SUMMARY_LETTER = "summary_letter"
FORMS = (COMMITTEE_PROTOCOL, DECISION_LETTER, SUMMARY_LETTER)
LETTERS = (DECISION_LETTER, SUMMARY_LETTER)
NOT_PROFESSIONALS = (*PARENT_KINDS, "minor")


def build_committee_form(services: Services, case_id: int, form: str, lang: str,
                         addressee_id: int | None = None) -> Printed:
    """The form's PDF (no Qt: runs on the pool). A letter is printed in its addressee's language."""
    from reports.forms import FORMS as REGISTRY

    data = services.committees.protocol_form(case_id, addressee_id)
    if data.addressee is not None and form in LETTERS:
        lang = data.addressee.language
    return Printed(REGISTRY[form].build(data, lang), form, (data.case.file_id,))


def default_addressees(case: CaseDTO, form: str) -> list[int]:
    """Whom a letter goes to unless the user chooses otherwise: the decision letter to every parent and
    guardian on the case; the summary letter to the first professional from outside the department."""
    if form == DECISION_LETTER:
        return [p.id for p in case.participants if p.kind in PARENT_KINDS]
    outside = [p for p in case.participants if p.kind not in NOT_PROFESSIONALS and p.user_id is None]
    return [outside[0].id] if outside else []


def candidates(case: CaseDTO, form: str) -> list[ParticipantDTO]:
    """Whom the letter may be addressed to: the parents (and guardians) for the decision letter, the
    professionals for the summary letter."""
    if form == DECISION_LETTER:
        return [p for p in case.participants if p.kind in PARENT_KINDS]
    return [p for p in case.participants if p.kind not in NOT_PROFESSIONALS]


class CommitteePreview(PreviewWindow):
    """The preview of one committee form; its print and save are recorded against the case."""

    def __init__(self, services: Services, ops: Ops, case_id: int, form: str, lang: str,
                 addressee_id: int | None = None, parent: QWidget | None = None, *, title: str = "") -> None:
        self.case_id = case_id
        self.addressee_id = addressee_id
        super().__init__(services, ops, lambda: build_committee_form(services, case_id, form, lang, addressee_id),
                         parent, title=title)

    def _record(self, kind: str) -> None:
        assert self.printed is not None
        committees, form, case_id = self.services.committees, self.printed.form, self.case_id
        self.ops.query(self, lambda: committees.record_output(case_id, form, kind),
                       lambda _r: self.output_recorded.emit(kind),
                       failure=lambda exc: self.show_error(message_for(exc)))


class AddresseeDialog(QDialog):
    """Whom a letter goes to: the case's parents or professionals, ticked; one letter each, in each one's
    language. ``chosen(ids)`` on OK."""

    chosen = Signal(object)

    def __init__(self, case: CaseDTO, form: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addresseeDialog")
        self.form = form
        if form == DECISION_LETTER:
            self.setWindowTitle(QCoreApplication.translate("CommitteePrint", "Decision letter — to whom?"))
            intro = QCoreApplication.translate("CommitteePrint", "One letter to each parent ticked, in the parent's language:")
            empty = QCoreApplication.translate("CommitteePrint", "No parent or guardian is among the case's participants: "
                                               "add them to the case first.")
        else:
            self.setWindowTitle(QCoreApplication.translate("CommitteePrint", "Summary letter — to whom?"))
            intro = QCoreApplication.translate("CommitteePrint", "One letter to each professional ticked, in the addressee's language:")
            empty = QCoreApplication.translate("CommitteePrint", "No professional is among the case's participants: add "
                                               "the school or the other service to the case first.")
        self.setMinimumWidth(520)
        people = candidates(case, form)
        defaults = set(default_addressees(case, form))
        label = QLabel(intro if people else empty, self)
        label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("addressees")
        self.list.setAccessibleName(QCoreApplication.translate("CommitteePrint", "Addressees"))
        for p in people:
            text = f"{p.name} — {participant_kind_label(p.kind)}"
            if p.organisation:
                text += f", {p.organisation}"
            text += f" ({letter_language_label(p.language)})"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in defaults else Qt.CheckState.Unchecked)
        self.list.setVisible(bool(people))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("CommitteePrint", "Preview"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _i: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._update()
        name_widgets(self)

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.ids()))

    def _ok(self) -> None:
        ids = self.ids()
        if ids:
            self.chosen.emit(ids)
            self.accept()


def form_title(form: str, case: CaseDTO, addressee: str = "") -> str:
    if form == DECISION_LETTER:
        text = QCoreApplication.translate("CommitteePrint", "Decision letter — %1")
    elif form == SUMMARY_LETTER:
        text = QCoreApplication.translate("CommitteePrint", "Summary letter — %1")
    else:
        text = QCoreApplication.translate("CommitteePrint", "Protocol — %1")
    name = case.child.full_name + (f" → {addressee}" if addressee else "")
    return text.replace("%1", name)


def open_previews(services: Services, ops: Ops, case: CaseDTO, form: str, addressee_ids: Sequence[int],
                  parent: QWidget | None = None) -> list[CommitteePreview]:
    """One preview per addressee (each letter in its addressee's language)."""
    names = {p.id: p.name for p in case.participants}
    languages = {p.id: p.language for p in case.participants}
    windows = []
    for pid in addressee_ids:
        window = CommitteePreview(services, ops, case.id, form, languages.get(pid, "he"), pid, parent,
                                  title=form_title(form, case, names.get(pid, "")))
        window.show()
        windows.append(window)
    return windows


def open_committee_form(services: Services, ops: Ops, meeting: MeetingDTO, case: CaseDTO, form: str, lang: str,
                        parent: QWidget | None = None) -> QWidget | None:
    """The protocol: its preview at once. A letter: first whom to (AddresseeDialog), then a preview each."""
    if form == COMMITTEE_PROTOCOL:
        window = CommitteePreview(services, ops, case.id, form, lang, None, parent, title=form_title(form, case))
        window.show()
        return window
    dialog = AddresseeDialog(case, form, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.chosen.connect(lambda ids: setattr(dialog, "previews", open_previews(services, ops, case, form, ids, parent)))
    dialog.open()
    return dialog
