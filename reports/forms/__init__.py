"""The forms, by name: what ``maane print`` lists and the client offers. Each is ``build(data, lang) -> bytes``
over its module's DTO, and ``render(data, lang) -> Rendered`` (the PDF, its page count, warnings such as an
unreadable logo). ``render_batch`` lays several forms out as one PDF (fonts embedded once), with progress
and cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from models.families.dto import FamilySummary
from models.intake.dto import IntakeForm
from reports import Progress
from reports.forms import family_summary, intake_summary, referral_letter
from reports.template import PageInfo, Rendered, render_many


@dataclass(frozen=True)
class Form:
    name: str
    title: str  # English, for the command line's list
    data_type: type
    build: Callable[[Any, str], bytes]
    render: Callable[[Any, str], Rendered]
    story: Callable[[Any, str], list[Any]]
    page_info: Callable[[Any, str], PageInfo]
    langs: tuple[str, ...] = ("he", "ar")


FORMS: dict[str, Form] = {
    family_summary.NAME: Form(
        name=family_summary.NAME,
        title="Family file summary (members, address, worker, open tasks, chosen signed notes)",
        data_type=FamilySummary,
        build=family_summary.build,
        render=family_summary.render_summary,
        story=family_summary.story,
        page_info=family_summary.page_info,
    ),
    intake_summary.NAME: Form(
        name=intake_summary.NAME,
        title="Intake summary (the referral, the persons concerned, the problem, urgency and outcome)",
        data_type=IntakeForm,
        build=intake_summary.build,
        render=intake_summary.render_summary,
        story=intake_summary.story,
        page_info=intake_summary.page_info,
    ),
    referral_letter.NAME: Form(
        name=referral_letter.NAME,
        title="Referral letter to the receiving service (a referral referred elsewhere)",
        data_type=IntakeForm,
        build=referral_letter.build,
        render=referral_letter.render_letter,
        story=referral_letter.story,
        page_info=referral_letter.letter_page_info,
    ),
}


def render_batch(items: Sequence[tuple[str, Any, str]], progress: Progress | None = None) -> Rendered:
    """Several forms, each ``(form name, data, lang)``, as one PDF: each starts on a new page with its own
    letterhead and "page x of y". ``progress(done, total)`` as each form is laid out; when it returns False
    the batch stops with ``reports.Cancelled``."""
    documents = []
    for name, data, lang in items:
        form = FORMS[name]
        if not isinstance(data, form.data_type):
            raise TypeError(f"{name} prints a {form.data_type.__name__}, not a {type(data).__name__}")
        documents.append((form.story(data, lang), form.page_info(data, lang)))
    return render_many(documents, progress)
