"""The decision letter to the parents (מכתב החלטות הוועדה), in Hebrew or Arabic: the committee's decisions in
plain words (with a plan's items), the tasks that follow (who, by when), the parents' reservation as recorded,
the next review date, the right to ask for a district committee hearing and how, and the family worker's
name and contact; signed by the committee's coordinator.

Addressed to ``ProtocolForm.addressee`` (a parent) when given, else to the case's parents together."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from models.codes import PARENT_KINDS
from models.committees.dto import ParticipantDTO, ProtocolForm
from reports.forms.committee_parts import (
    addressee_lines,
    decisions_story,
    participant_role,
    signature,
    tasks_table,
)
from reports.forms.committee_protocol import page_info
from reports.labels import check_lang, label
from reports.template import BODY, HEADING, SMALL, PageInfo, Rendered, civil_date, heading, render
from reports.text import RtlParagraph

NAME = "decision_letter"


def parents(data: ProtocolForm) -> tuple[ParticipantDTO, ...]:
    return tuple(x for x in data.case.participants if x.kind in PARENT_KINDS)


def to_lines(data: ProtocolForm, lang: str) -> list[Flowable]:
    a = data.addressee
    if a is not None:
        return addressee_lines(a.name, participant_role(a, lang), a.organisation, a.address, lang)
    found = parents(data)
    if not found:
        return addressee_lines(label(lang, "the_parents"), "", "", "", lang)
    names = label(lang, "comma").join(x.name for x in found)
    address = next((x.address for x in found if x.address.strip()), "")
    return addressee_lines(names, "", "", address, lang)


def story(data: ProtocolForm, lang: str) -> list[Flowable]:
    check_lang(lang)
    c, p, m = data.case, data.protocol, data.meeting
    child = c.child.full_name
    department = data.letterhead.for_language(lang).department
    parts: list[Flowable] = to_lines(data, lang)
    parts += [Spacer(1, 12),
              RtlParagraph(f"{label(lang, 'subject')}: {label(lang, 'dl_subject', child=child)}", HEADING),
              RtlParagraph(f"{label(lang, 'file_number')}: {c.file_number}", BODY),
              Spacer(1, 8),
              RtlParagraph(label(lang, "greeting"), BODY),
              Spacer(1, 4),
              RtlParagraph(label(lang, "dl_intro", date=civil_date(m.held_on), child=child), BODY)]
    parts += decisions_story(p.decisions, lang)
    if p.parent_reservation.strip():
        parts += [Spacer(1, 6), RtlParagraph(label(lang, "dl_reservation"), BODY),
                  RtlParagraph(p.parent_reservation.strip(), BODY)]
    if p.tasks:
        parts += heading(label(lang, "dl_tasks"))
        parts.append(tasks_table(p.tasks, lang))
    parts += heading(label(lang, "next_review"))
    parts.append(RtlParagraph(label(lang, "dl_next_review", child=child, date=civil_date(p.next_review_on))
                              if p.next_review_on else label(lang, "dl_no_review"), BODY))
    parts += heading(label(lang, "dl_right_heading"))
    parts.append(RtlParagraph(label(lang, "dl_right"), BODY))
    parts += heading(label(lang, "dl_contact_heading"))
    phone = data.letterhead.phone.strip()
    worker = data.family_worker_name or m.coordinator_name
    parts.append(RtlParagraph(label(lang, "dl_contact_phone", name=worker, phone=phone) if phone
                              else label(lang, "dl_contact_no_phone", name=worker), BODY))
    parts += [Spacer(1, 8), RtlParagraph(label(lang, "closing"), BODY)]
    parts += signature(m.coordinator_name, label(lang, "coordinator"), lang, label(lang, "coordinator_signature"))
    parts.append(RtlParagraph(department, SMALL))
    return parts


def letter_page_info(data: ProtocolForm, lang: str) -> PageInfo:
    return page_info(data, lang, NAME)


def render_letter(data: ProtocolForm, lang: str) -> Rendered:
    return render(story(data, lang), letter_page_info(data, lang))


def build(data: ProtocolForm, lang: str) -> bytes:
    """The decision letter of ``data.case`` to its parents as a PDF, in ``lang`` ("he" or "ar")."""
    return render_letter(data, lang).pdf
