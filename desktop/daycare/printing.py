"""The day-care approval letter in the print preview: built off the GUI thread from
``services.daycare.approval_letter`` (approved or placed cases only) in the family's language
(reports/forms/daycare_approval.py lays it out); a print or a save is recorded through
``services.daycare.record_output`` (who, which case, when)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.messages import message_for
from desktop.ops import Ops
from desktop.printing.jobs import Printed
from desktop.printing.preview import PreviewWindow

if TYPE_CHECKING:
    from models.services import Services

DAYCARE_APPROVAL = "daycare_approval"  # the form's name (reports.forms.FORMS; what record_output records)


def build_approval_letter(services: Services, case_id: int) -> Printed:
    """The approval letter (no Qt: runs on the pool), in the family's language."""
    from reports.forms import daycare_approval

    data = services.daycare.approval_letter(case_id)
    lang = data.language if data.language in ("he", "ar") else "he"
    return Printed(daycare_approval.build(data, lang), DAYCARE_APPROVAL, (data.case.file_id,))


class DaycarePreview(PreviewWindow):
    """The preview of a case's approval letter; its print and save are recorded against the case."""

    def __init__(self, services: Services, ops: Ops, case_id: int, parent: QWidget | None = None) -> None:
        self.case_id = case_id
        super().__init__(services, ops, lambda: build_approval_letter(services, case_id), parent,
                         title=QCoreApplication.translate("DaycarePrint", "Day-care approval letter"))

    def _record(self, kind: str) -> None:
        daycare, case_id = self.services.daycare, self.case_id
        self.ops.query(self, lambda: daycare.record_output(case_id, DAYCARE_APPROVAL, kind),
                       lambda _r: self.output_recorded.emit(kind),
                       failure=lambda exc: self.show_error(message_for(exc)))


def print_approval_letter(parent: QWidget | None, services: Services, ops: Ops, case_id: int) -> DaycarePreview:
    # parented to the main window: the preview stays open when the screen that asked is replaced
    owner = parent.window() if parent is not None else None
    window = DaycarePreview(services, ops, case_id, owner)
    window.show()
    return window
