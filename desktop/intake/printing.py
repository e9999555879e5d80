"""The intake forms in the print preview: the intake summary of any referral and the referral letter of one
referred elsewhere, in Hebrew or Arabic, built off the GUI thread from ``services.intake.form``; a print or
a save is recorded through ``services.intake.record_output`` (who, which form of which referral, when)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.messages import message_for
from desktop.ops import Ops
from desktop.printing.jobs import Printed
from desktop.printing.preview import PreviewWindow

if TYPE_CHECKING:
    from models.intake.dto import ReferralDTO
    from models.services import Services

INTAKE_SUMMARY = "intake_summary"
REFERRAL_LETTER = "referral_letter"
FORMS = (INTAKE_SUMMARY, REFERRAL_LETTER)


def referral_language(referral: ReferralDTO) -> str:
    """The letter's default language: the first person's language for letters when it is Arabic, else
    Hebrew (the forms exist in these two)."""
    first = referral.persons[0].person.preferred_language if referral.persons else "he"
    return "ar" if first == "ar" else "he"


def build_intake_form(services: Services, referral_id: int, form: str, lang: str) -> Printed:
    """The form's PDF (no Qt: runs on the pool)."""
    from reports.forms import intake_summary, referral_letter

    data = services.intake.form(referral_id)
    module = referral_letter if form == REFERRAL_LETTER else intake_summary
    file_ids = () if data.referral.file_id is None else (data.referral.file_id,)
    return Printed(module.build(data, lang), form, file_ids)


class IntakePreview(PreviewWindow):
    """The preview of an intake form; its print and save are recorded against the referral."""

    def __init__(self, services: Services, ops: Ops, referral_id: int, form: str, lang: str,
                 parent: QWidget | None = None, *, title: str = "") -> None:
        self.referral_id = referral_id
        super().__init__(services, ops, lambda: build_intake_form(services, referral_id, form, lang), parent,
                         title=title)

    def _record(self, kind: str) -> None:
        assert self.printed is not None
        intake, form, referral_id = self.services.intake, self.printed.form, self.referral_id
        self.ops.query(self, lambda: intake.record_output(referral_id, form, kind),
                       lambda _r: self.output_recorded.emit(kind),
                       failure=lambda exc: self.show_error(message_for(exc)))


def open_intake_form(services: Services, ops: Ops, referral: ReferralDTO, form: str, lang: str,
                     parent: QWidget | None = None) -> IntakePreview:
    if form == REFERRAL_LETTER:
        title = QCoreApplication.translate("IntakePrint", "Referral letter — %1").replace("%1", referral.number)
    else:
        title = QCoreApplication.translate("IntakePrint", "Intake summary — %1").replace("%1", referral.number)
    window = IntakePreview(services, ops, referral.id, form, lang, parent, title=title)
    window.show()
    return window
