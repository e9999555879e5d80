"""The foster-care referral's printed forms in the print preview:

- the referral package: the referral to the foster-care service (reports/forms/foster_referral.py), then the
  committee's protocol of the decision it carries out (reports/forms/committee_protocol.py, from
  ``services.committees.protocol_form`` of the decision's case), then every document attached to the
  referral, merged into ONE PDF (reports/merge.py, pypdf);
- the placement summary (reports/forms/foster_placement_summary.py);
- an attached document as it was stored.

Each is built off the GUI thread (``build_*``: no Qt, also what ``maane print`` could run); a print or a save
is recorded through ``services.foster.record_output`` (who, which form of which referral, when)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.messages import message_for
from desktop.ops import Ops
from desktop.printing.jobs import Printed
from desktop.printing.preview import PreviewWindow
from desktop.widgets.dates import ui_language
from models.errors import ValidationError

if TYPE_CHECKING:
    from models.services import Services

FOSTER_REFERRAL = "foster_referral"
FOSTER_PLACEMENT_SUMMARY = "foster_placement_summary"
FOSTER_DOCUMENT = "foster_document"


def form_language(lang: str | None = None) -> str:
    """The forms go to the foster-care service: in the UI's language when it is Hebrew or Arabic, else Hebrew."""
    lang = lang or ui_language()
    return lang if lang in ("he", "ar") else "he"


def referral_parts(services: Services, referral_id: int, lang: str) -> tuple[int, list[tuple[str, bytes]]]:
    """The referral's file and the package's parts in order, each (what it is, its PDF): the referral form,
    the committee's protocol (when the referral carries out a decision), the attached documents."""
    from reports.forms import committee_protocol, foster_referral

    data = services.foster.referral_form(referral_id)
    parts = [(FOSTER_REFERRAL, foster_referral.build(data, lang))]
    decision = data.referral.decision
    if decision is not None:
        protocol = services.committees.protocol_form(decision.case_id)
        parts.append(("committee_protocol", committee_protocol.build(protocol, lang)))
    parts += list(services.foster.attachments(referral_id))
    return data.referral.file_id, parts


def build_package(services: Services, referral_id: int, lang: str) -> Printed:
    """The referral form, the protocol and the documents as one PDF. A stored document that cannot be read
    as a PDF any more is refused naming it (nothing half-printed)."""
    from reports.merge import merge_pdfs, page_count

    file_id, parts = referral_parts(services, referral_id, lang)
    for title, pdf in parts:
        try:
            page_count(pdf)
        except ValueError as exc:
            raise ValidationError("not_pdf", field="document", value=title) from exc
    return Printed(merge_pdfs([pdf for _title, pdf in parts]), FOSTER_REFERRAL, (file_id,))


def build_summary(services: Services, referral_id: int, lang: str) -> Printed:
    from reports.forms import foster_placement_summary

    data = services.foster.placement_summary_form(referral_id)
    return Printed(foster_placement_summary.build(data, lang), FOSTER_PLACEMENT_SUMMARY, (data.referral.file_id,))


def build_document(services: Services, document_id: int, file_id: int) -> Printed:
    return Printed(services.foster.document(document_id), FOSTER_DOCUMENT, (file_id,))


class FosterPreview(PreviewWindow):
    """The preview of a foster form; its print and save are recorded against the referral."""

    def __init__(self, services: Services, ops: Ops, build: Callable[[], Printed], form: str, referral_id: int,
                 parent: QWidget | None = None, *, title: str = "") -> None:
        self.form, self.referral_id = form, referral_id
        super().__init__(services, ops, build, parent, title=title)

    def _record(self, kind: str) -> None:
        foster, form, rid = self.services.foster, self.form, self.referral_id
        self.ops.query(self, lambda: foster.record_output(rid, form, kind),
                       lambda _r: self.output_recorded.emit(kind),
                       failure=lambda exc: self.show_error(message_for(exc)))


def _open(parent: QWidget | None, services: Services, ops: Ops, build: Callable[[], Printed], form: str,
          referral_id: int, title: str) -> FosterPreview:
    # parented to the main window: the preview stays open when the screen that asked closes
    owner = parent.window() if parent is not None else None
    window = FosterPreview(services, ops, build, form, referral_id, owner, title=title)
    window.show()
    return window


def print_package(parent: QWidget | None, services: Services, ops: Ops, referral_id: int, child: str,
                  lang: str | None = None) -> FosterPreview:
    lang = form_language(lang)
    title = QCoreApplication.translate("FosterPrint", "Foster referral with its attachments — %1").replace("%1", child)
    return _open(parent, services, ops, lambda: build_package(services, referral_id, lang), FOSTER_REFERRAL,
                 referral_id, title)


def print_summary(parent: QWidget | None, services: Services, ops: Ops, referral_id: int, child: str,
                  lang: str | None = None) -> FosterPreview:
    lang = form_language(lang)
    title = QCoreApplication.translate("FosterPrint", "Placement summary — %1").replace("%1", child)
    return _open(parent, services, ops, lambda: build_summary(services, referral_id, lang),
                 FOSTER_PLACEMENT_SUMMARY, referral_id, title)


def open_document(parent: QWidget | None, services: Services, ops: Ops, referral_id: int, file_id: int,
                  document_id: int, title: str) -> FosterPreview:
    return _open(parent, services, ops, lambda: build_document(services, document_id, file_id), FOSTER_DOCUMENT,
                 referral_id, title)
