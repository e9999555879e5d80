"""The referral letter: the department refers a referral to another service (the outcome "referred
elsewhere"). Addressed to the receiving service, it says who is referred, why, what is asked, whom to contact
at the department, that the information is confidential under the Privacy Protection Law, and is signed by
the intake worker; on the department's letterhead, in Hebrew or Arabic (the client offers the first person's
language)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from models.intake.dto import IntakeForm
from reports.forms.intake_summary import coded, id_number, page_info, person_name, role_word, signature
from reports.labels import check_lang, label
from reports.template import (
    BODY,
    BOLD,
    HEADING,
    SMALL,
    PageInfo,
    Rendered,
    civil_date,
    grid_table,
    heading,
    render,
)
from reports.text import RtlParagraph, TextStyle

NAME = "referral_letter"
OUTCOME = "referred_elsewhere"  # the only outcome a referral letter is written for

CONFIDENTIAL = TextStyle(size=9, leading=13, bold=True, color=(0.45, 0.1, 0.1))


def check_outcome(data: IntakeForm) -> None:
    if data.referral.outcome != OUTCOME:
        raise ValueError(f"a referral letter is written for a referral referred elsewhere, not for outcome "
                         f"{data.referral.outcome or 'none'!r} (referral {data.referral.number})")


def story(data: IntakeForm, lang: str) -> list[Flowable]:
    check_lang(lang)
    check_outcome(data)
    r = data.referral
    department = data.letterhead.for_language(lang).department
    names = [person_name(rp.person, lang) for rp in r.persons]
    parts: list[Flowable] = [
        RtlParagraph(label(lang, "to"), BODY),
        RtlParagraph(coded(lang, "elsewhere", r.elsewhere_service), BOLD),
    ]
    if r.elsewhere_detail.strip():
        parts.append(RtlParagraph(r.elsewhere_detail.strip(), BODY))
    subject = label(lang, "subject_referral", names=label(lang, "comma").join(names))
    parts += [Spacer(1, 14),
              RtlParagraph(f"{label(lang, 'subject')}: {subject}", HEADING),
              RtlParagraph(f"{label(lang, 'referral_number')}: {r.number}", BODY),
              Spacer(1, 10),
              RtlParagraph(label(lang, "greeting"), BODY),
              Spacer(1, 4),
              RtlParagraph(label(lang, "letter_intro", department=department, number=r.number,
                                 date=civil_date(r.received_on)), BODY),
              Spacer(1, 4)]
    rows = [[person_name(rp.person, lang), civil_date(rp.person.birth_date) if rp.person.birth_date else "",
             id_number(rp.person, lang), coded(lang, "relation", rp.relation)] for rp in r.persons]
    header = [label(lang, k) for k in ("name", "birth_date", "id_number", "relation")]
    parts.append(grid_table(header, rows, (0.40, 0.18, 0.24, 0.18), lang))

    parts += heading(label(lang, "letter_reason"))
    parts.append(RtlParagraph(r.problem.strip() or label(lang, "none"), BODY))
    parts += heading(label(lang, "letter_request"))
    parts.append(RtlParagraph(r.outcome_note.strip() or label(lang, "letter_default_request"), BODY))

    parts += heading(label(lang, "letter_contact"))
    worker = r.intake_worker
    phone = data.letterhead.phone.strip()
    contact = (label(lang, "letter_contact_phone", name=worker.full_name, role=role_word(lang, worker.role),
                     phone=phone) if phone else
               label(lang, "letter_contact_no_phone", name=worker.full_name, role=role_word(lang, worker.role)))
    parts.append(RtlParagraph(contact, BODY))
    parts += [Spacer(1, 10), RtlParagraph(label(lang, "letter_confidential"), CONFIDENTIAL),
              Spacer(1, 10), RtlParagraph(label(lang, "closing"), BODY)]
    parts += signature(worker.full_name, role_word(lang, worker.role), lang, label(lang, "signature"))
    parts.append(RtlParagraph(department, SMALL))
    return parts


def letter_page_info(data: IntakeForm, lang: str) -> PageInfo:
    return page_info(data, lang, "referral_letter")


def render_letter(data: IntakeForm, lang: str) -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo). ValueError for a referral not referred
    elsewhere."""
    return render(story(data, lang), letter_page_info(data, lang))


def build(data: IntakeForm, lang: str) -> bytes:
    """The referral letter of ``data.referral`` (referred elsewhere) as a PDF, in ``lang`` ("he" or "ar")."""
    return render_letter(data, lang).pdf


