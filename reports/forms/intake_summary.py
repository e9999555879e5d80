"""The intake summary: a referral (received when, how, from whom), the persons concerned, the presenting
problem and its urgency, and the outcome of the intake (a new file handed to a family worker, attached to a
file, referred elsewhere, no intervention, or none yet), with the intake worker's signature line, on the
department's letterhead, in Hebrew or Arabic."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from models.intake.dto import IntakeForm, ReferralDTO
from models.people.dto import PersonDTO
from models.text import format_phone
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
    heading,
    render,
)
from reports.text import RtlParagraph

NAME = "intake_summary"
NO_FILE = "-"  # the header's file number for a referral that led to no file


def person_name(person: PersonDTO, lang: str) -> str:
    """The name as the form's language writes it: the Arabic-script name on an Arabic form when recorded."""
    if lang == "ar" and (person.first_name_ar or person.last_name_ar):
        return f"{person.first_name_ar} {person.last_name_ar}".strip()
    return person.full_name


def id_number(person: PersonDTO, lang: str) -> str:
    if not person.id_number:
        return ""
    if person.id_kind == "passport":
        return f"{label(lang, 'passport')} {person.id_number}"
    return person.id_number


def coded(lang: str, prefix: str, code: str) -> str:
    """A code as a word of the form's language ("" for no code)."""
    return label(lang, f"{prefix}_{code}") if code else ""


def role_word(lang: str, role: str) -> str:
    return coded(lang, "role", role)


def persons_table(referral: ReferralDTO, lang: str) -> Flowable:
    rows = [[person_name(rp.person, lang), coded(lang, "relation", rp.relation), id_number(rp.person, lang),
             civil_date(rp.person.birth_date) if rp.person.birth_date else "", coded(lang, "sex", rp.person.sex),
             coded(lang, "language", rp.person.preferred_language)]
            for rp in referral.persons]
    header = [label(lang, k) for k in ("name", "relation", "id_number", "birth_date", "sex", "language")]
    return grid_table(header, rows, (0.30, 0.11, 0.18, 0.14, 0.11, 0.16), lang)


def paragraphs(text: str, lang: str) -> list[Flowable]:
    """Free text as the worker typed it (its line breaks kept), or "none"."""
    return [RtlParagraph(text.strip() or label(lang, "none"), BODY)]


def outcome_fields(data: IntakeForm, lang: str) -> list[tuple[str, str]]:
    r = data.referral
    fields = [(label(lang, "decision"), coded(lang, "outcome", r.outcome)),
              (label(lang, "decided_on"), civil_date(r.decided_on) if r.decided_on else "")]
    if r.outcome in ("new_file", "attached"):
        worker = data.worker_name or (r.handed_to.full_name if r.handed_to else "")
        fields += [(label(lang, "file_number" if r.outcome == "new_file" else "attached_to"), r.file_number),
                   (label(lang, "handed_to"), worker or label(lang, "not_handed_yet"))]
    elif r.outcome == "referred_elsewhere":
        fields += [(label(lang, "elsewhere_service"), coded(lang, "elsewhere", r.elsewhere_service)),
                   (label(lang, "elsewhere_detail"), r.elsewhere_detail)]
    elif r.outcome == "no_intervention":
        fields.append((label(lang, "no_intervention_reason"),
                       coded(lang, "no_intervention", r.no_intervention_reason)))
    return fields


def signature(name: str, role: str, lang: str, caption: str) -> list[Flowable]:
    """A signature line: the caption and a line to sign on, the name and role under it, a date to fill."""
    line = "_" * 28
    return [Spacer(1, 22),
            RtlParagraph(f"{caption}: {line}        {label(lang, 'date')}: {'_' * 14}", BODY),
            RtlParagraph(f"{name}{label(lang, 'comma')}{role}" if role else name, BOLD)]


def story(data: IntakeForm, lang: str) -> list[Flowable]:
    check_lang(lang)
    r = data.referral
    parts: list[Flowable] = [RtlParagraph(f"{label(lang, 'intake_summary')}: {label(lang, 'referral')} {r.number}",
                                          TITLE), Spacer(1, 4)]
    parts.append(fields_table([
        (label(lang, "referral_number"), r.number),
        (label(lang, "received_on"), civil_date(r.received_on)),
        (label(lang, "channel"), coded(lang, "channel", r.channel)),
        (label(lang, "source"), coded(lang, "source", r.source)),
        (label(lang, "urgency"), coded(lang, "urgency", r.urgency)),
        (label(lang, "respond_by"), civil_date(r.due_by)),
        (label(lang, "intake_worker"), r.intake_worker.full_name),
    ], lang))

    parts += heading(label(lang, "referrer"))
    ref = r.referrer
    parts.append(fields_table([
        (label(lang, "name"), ref.name),
        (label(lang, "referrer_role"), ref.role),
        (label(lang, "organisation"), ref.organisation),
        (label(lang, "phone"), format_phone(ref.phone) if ref.phone else ""),
    ], lang))

    parts += heading(label(lang, "persons"))
    parts.append(persons_table(r, lang) if r.persons else RtlParagraph(label(lang, "none"), BODY))

    parts += heading(label(lang, "problem"))
    parts += paragraphs(r.problem, lang)
    parts += heading(label(lang, "intake_notes"))
    parts += paragraphs(r.notes, lang)

    parts += heading(label(lang, "outcome"))
    if not r.outcome:
        parts.append(RtlParagraph(label(lang, "no_outcome_yet"), BOLD))
    else:
        parts.append(fields_table(outcome_fields(data, lang), lang))
        if r.outcome_note.strip():
            parts += [Spacer(1, 4), RtlParagraph(label(lang, "outcome_note"), BOLD),
                      RtlParagraph(r.outcome_note.strip(), BODY)]
    parts += signature(r.intake_worker.full_name, role_word(lang, r.intake_worker.role), lang,
                       label(lang, "intake_signature"))
    return parts


def page_info(data: IntakeForm, lang: str, title_key: str = "intake_summary") -> PageInfo:
    return PageInfo(letterhead=data.letterhead, lang=lang, title=label(lang, title_key),
                    file_number=data.referral.file_number or NO_FILE, printed_at=data.printed_at,
                    printed_by=data.printed_by)


def render_summary(data: IntakeForm, lang: str) -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: IntakeForm, lang: str) -> bytes:
    """The intake summary of ``data.referral`` as a PDF, in ``lang`` ("he" or "ar")."""
    return render_summary(data, lang).pdf
