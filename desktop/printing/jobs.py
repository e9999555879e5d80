"""Building printed forms from the services: what the preview window runs off the GUI thread and what
``maane print`` runs. No Qt here (the command line imports it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from models.department.dto import Letterhead
from models.errors import ValidationError
from models.families.dto import FamilyFileDTO, FamilySummary, MemberDTO
from models.families.service import FAMILY_SUMMARY_FORM, family_language
from models.people.dto import PersonDTO

if TYPE_CHECKING:
    from models.services import Services

LANGUAGES = ("he", "ar")
MAX_BATCH = 200  # files in one batch of summaries (the client's dialog and the command line alike)
EACH_FAMILY = "family"  # a batch's language: each file's summary in its family's (family_language)
Progress = Callable[[int, int], bool]  # (done, total) -> False cancels


@dataclass(frozen=True)
class Printed:
    """A built form: its PDF, the form's name and the family files it prints (for the audit of its output)."""

    pdf: bytes
    form: str
    file_ids: tuple[int, ...]


def family_summary(services: Services, file_id: int, note_ids: Sequence[int] | None, lang: str) -> Printed:
    """One family file's summary (audited as a print by the service)."""
    from reports.forms import family_summary as form

    data = services.families.summary(file_id, note_ids)
    return Printed(form.build(data, lang), FAMILY_SUMMARY_FORM, (file_id,))


def family_summaries(services: Services, file_ids: Sequence[int], lang: str,
                     progress: Progress | None = None) -> Printed | None:
    """Several files' summaries (each with its default notes) as one PDF, laid out as one document (fonts
    embedded once); None when ``progress`` said stop. Progress counts each file twice: its read (audited as
    a print by the service) and its layout. ``lang`` "he" or "ar", or ``EACH_FAMILY``: each summary in its
    family's language."""
    from reports import Cancelled
    from reports.forms import family_summary as form
    from reports.forms import render_batch

    if len(file_ids) > MAX_BATCH:
        raise ValidationError("batch_too_large", field="file_ids", max=MAX_BATCH, value=len(file_ids))
    total = 2 * len(file_ids)
    items = []
    for done, file_id in enumerate(file_ids, 1):
        data = services.families.summary(file_id, None)
        items.append((form.NAME, data, family_language(data.file) if lang == EACH_FAMILY else lang))
        if progress is not None and not progress(done, total):
            return None
    laid_out = None if progress is None else (lambda done, _n: progress(len(file_ids) + done, total))
    try:
        rendered = render_batch(items, laid_out)
    except Cancelled:
        return None
    return Printed(rendered.pdf, FAMILY_SUMMARY_FORM, tuple(file_ids))


def sample_summary(letterhead: Letterhead, lang: str) -> FamilySummary:
    """An invented family's summary on ``letterhead``: the department settings' preview of the letterhead."""
    person = PersonDTO(0, 1, "il", None, "ישראל" if lang == "he" else "سامي", "ישראלי" if lang == "he" else "سامي",
                       "", "", "", "", None, "x", lang, ())
    file = FamilyFileDTO(0, 1, "2026/0000", "משפחת דוגמה" if lang == "he" else "عائلة مثال", "רחוב לדוגמה 1", "", "",
                         "open", date(2026, 1, 1), None, "", None, 0, "", False, (), (MemberDTO(person, "parent"),))
    return FamilySummary(file, (), (), letterhead, "", datetime.now(UTC))


def letterhead_sample(letterhead: Letterhead, lang: str = "he") -> bytes:
    from reports.forms import family_summary as form

    return form.build(sample_summary(letterhead, lang), lang)
