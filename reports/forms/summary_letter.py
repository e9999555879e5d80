"""The summary letter to the school or another professional (מכתב סיכום ועדה), in Hebrew or Arabic: the
committee met (when, its level), the decisions about the child, what is asked of the addressee (the tasks
of the addressee when the addressee is a staff member responsible for some, else the tasks agreed), the next
review date, and the confidentiality of what it tells; signed by the committee's coordinator.

Addressed to ``ProtocolForm.addressee`` (a participant) when given, else to the professionals who took part."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from models.committees.dto import ProtocolForm
from reports.forms.committee_parts import (
    CONFIDENTIAL,
    addressee_lines,
    coded,
    decisions_story,
    participant_role,
    signature,
    tasks_table,
)
from reports.forms.committee_protocol import page_info
from reports.labels import check_lang, label
from reports.template import BODY, HEADING, SMALL, PageInfo, Rendered, civil_date, heading, render
from reports.text import RtlParagraph

NAME = "summary_letter"


def story(data: ProtocolForm, lang: str) -> list[Flowable]:
    check_lang(lang)
    c, p, m = data.case, data.protocol, data.meeting
    child = c.child.full_name
    department = data.letterhead.for_language(lang).department
    a = data.addressee
    parts: list[Flowable] = (
        addressee_lines(a.name, participant_role(a, lang), a.organisation, a.address, lang) if a is not None
        else addressee_lines(label(lang, "the_professionals"), "", "", "", lang))
    parts += [Spacer(1, 12),
              RtlParagraph(f"{label(lang, 'subject')}: {label(lang, 'sl_subject', child=child)}", HEADING),
              RtlParagraph(f"{label(lang, 'file_number')}: {c.file_number}", BODY),
              Spacer(1, 8),
              RtlParagraph(label(lang, "greeting"), BODY),
              Spacer(1, 4),
              RtlParagraph(label(lang, "sl_intro", date=civil_date(m.held_on), department=department,
                                 level=coded(lang, "level", m.level), child=child), BODY)]
    parts += heading(label(lang, "sl_decisions"))
    parts += decisions_story(p.decisions, lang)
    mine = tuple(t for t in p.tasks if a is not None and a.user_id is not None and t.responsible is not None
                 and t.responsible.id == a.user_id)
    if mine or p.tasks:
        parts += heading(label(lang, "sl_asked" if mine else "sl_tasks"))
        parts.append(tasks_table(mine or p.tasks, lang))
    parts += heading(label(lang, "next_review"))
    parts.append(RtlParagraph(label(lang, "dl_next_review", child=child, date=civil_date(p.next_review_on))
                              if p.next_review_on else label(lang, "dl_no_review"), BODY))
    parts += [Spacer(1, 10), RtlParagraph(label(lang, "sl_confidential"), CONFIDENTIAL),
              Spacer(1, 8), RtlParagraph(label(lang, "closing"), BODY)]
    parts += signature(m.coordinator_name, label(lang, "coordinator"), lang, label(lang, "coordinator_signature"))
    parts.append(RtlParagraph(department, SMALL))
    return parts


def letter_page_info(data: ProtocolForm, lang: str) -> PageInfo:
    return page_info(data, lang, NAME)


def render_letter(data: ProtocolForm, lang: str) -> Rendered:
    return render(story(data, lang), letter_page_info(data, lang))


def build(data: ProtocolForm, lang: str) -> bytes:
    """The summary letter of ``data.case`` to ``data.addressee`` as a PDF, in ``lang`` ("he" or "ar")."""
    return render_letter(data, lang).pdf
