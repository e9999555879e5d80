"""The placement summary of a foster-care referral (סיכום השמה באומנה), in Hebrew or Arabic: the child and the
file, the referral (kind, foster-care service, the committee's decision or the emergency), the pipeline with
its dates, who moved each step and why (a move backwards always has its reason), the placement as the
service reported it (the foster family's code and locality, the start; the end and its reason), the contact
arrangements with the parents, the visits recorded, and the annual review date the committee must hear the
child by, with the worker's signature line."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from models.foster.dto import PlacementSummaryForm
from reports.forms.foster_referral import (
    ALERT,
    coded,
    dated,
    decision_part,
    foster_page_info,
    section,
    word,
)
from reports.forms.intake_summary import signature
from reports.labels import check_lang, label
from reports.template import (
    BODY,
    BOLD,
    TITLE,
    PageInfo,
    Rendered,
    civil_date,
    fields_table,
    grid_table,
    render,
)
from reports.text import RtlParagraph

NAME = "foster_placement_summary"


def story(data: PlacementSummaryForm, lang: str) -> list[Flowable]:
    check_lang(lang)
    r, c = data.referral, data.child
    parts: list[Flowable] = [RtlParagraph(f"{word(lang, NAME)}: {c.full_name}", TITLE), Spacer(1, 4)]

    parts += section(word(lang, "child_details"))
    parts.append(fields_table([
        (word(lang, "child"), c.full_name),
        (label(lang, "birth_date"), dated(c.birth_date, lang)),
        (word(lang, "age"), "" if r.age_years is None else word(lang, "years", n=r.age_years)),
        (label(lang, "file_number"), r.file_number),
        (word(lang, "kind"), coded(lang, "kind", r.kind)),
        (word(lang, "service"), r.service_name),
        (word(lang, "status"), f"{coded(lang, 'status', r.status)} ({civil_date(r.status_on)})"),
        (label(lang, "worker"), r.worker.full_name if r.worker is not None else ""),
    ], lang))
    parts += decision_part(r, "", None, lang)

    parts += section(word(lang, "pipeline_heading"))
    rows = [[civil_date(e.moved_on), coded(lang, "status", e.to_status),
             coded(lang, "status", e.from_status) if e.from_status else word(lang, "created"), e.moved_by,
             e.reason] for e in data.events]
    if rows:
        header = [word(lang, k) for k in ("moved_on", "status", "previous", "moved_by", "reason")]
        parts.append(grid_table(header, rows, (0.14, 0.18, 0.18, 0.18, 0.32), lang))
    else:
        parts.append(RtlParagraph(label(lang, "none"), BODY))

    parts += section(word(lang, "placement_heading"))
    if r.placed_on is None:
        parts.append(RtlParagraph(word(lang, "not_placed"), BODY))
    else:
        pairs = [(word(lang, "family_code"), r.foster_family_code),
                 (word(lang, "locality"), r.foster_locality),
                 (word(lang, "placed_on"), dated(r.placed_on, lang))]
        if r.ended_on is not None:
            pairs += [(word(lang, "ended_on"), dated(r.ended_on, lang)),
                      (word(lang, "end_reason"), coded(lang, "end", r.end_reason))]
        parts.append(fields_table(pairs, lang))
    if r.reject_reason:
        parts.append(RtlParagraph(f"{word(lang, 'reject_reason')}: {coded(lang, 'reject', r.reject_reason)}", BODY))

    parts += section(word(lang, "contact_heading"))
    parts.append(RtlParagraph(r.contact_arrangements.strip() or label(lang, "none"), BODY))

    parts += section(word(lang, "visits_heading"))
    if data.visits:
        rows = [[civil_date(v.visited_on), coded(lang, "visit", v.kind), v.with_whom, v.note, v.recorded_by]
                for v in sorted(data.visits, key=lambda v: (v.visited_on, v.id))]
        header = [word(lang, k) for k in ("moved_on", "visit_kind", "with_whom", "note", "recorded_by")]
        parts.append(grid_table(header, rows, (0.14, 0.18, 0.18, 0.32, 0.18), lang))
    else:
        parts.append(RtlParagraph(word(lang, "no_visits"), BODY))

    # the annual review and the signature kept on one page
    review = section(word(lang, "annual_review_heading"))
    if data.annual_review_on is not None:
        review.append(RtlParagraph(word(lang, "annual_review", date=dated(data.annual_review_on, lang)), ALERT))
    else:
        review.append(RtlParagraph(word(lang, "annual_review_unknown"), BOLD))
    worker = r.worker.full_name if r.worker is not None else ""
    review += signature(worker, "", lang, word(lang, "worker_signature"))
    parts.append(KeepTogether(review))
    return parts


def page_info(data: PlacementSummaryForm, lang: str) -> PageInfo:
    return foster_page_info(data.letterhead, lang, NAME, data.referral.file_number, data.printed_on, data.printed_by)


def render_summary(data: PlacementSummaryForm, lang: str = "he") -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: PlacementSummaryForm, lang: str = "he") -> bytes:
    """The placement summary of ``data.referral`` as a PDF, in ``lang`` ("he" or "ar")."""
    return render_summary(data, lang).pdf
