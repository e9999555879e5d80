"""An addendum to a final protocol (תוספת לפרוטוקול): the correction of a protocol that can no longer be
changed. It is added at once, with its author and time; it cannot be changed either."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from desktop.families.dialogs import ServiceDialog, plain_text_edit

if TYPE_CHECKING:
    from desktop.ops import Ops
    from models.committees.service import CommitteeService


class AddendumDialog(ServiceDialog):
    """``saved(ProtocolDTO)``: the protocol with the new addendum."""

    def __init__(self, ops: Ops, committees: CommitteeService, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Add addendum"), parent)
        self.setObjectName("addendumDialog")
        self._committees, self._case_id = committees, case_id
        self.resize(640, 380)
        self.text = plain_text_edit(self, 200)
        caption = QLabel(self.tr("Addendum:"), self)
        caption.setBuddy(self.text)
        self.form.addRow(caption, self.text)

    def confirmation(self) -> str | None:
        return self.tr("Add the addendum to the protocol? It can no longer be changed or removed.")

    def confirm_button_text(self) -> str:
        return self.tr("Add")

    def service_call(self) -> Callable[[], Any]:
        committees, case_id, text = self._committees, self._case_id, self.text.toPlainText().strip()
        return lambda: committees.add_addendum(case_id, text)
