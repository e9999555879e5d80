"""The invitation to the treatment-plan committee (הזמנה לוועדה לתכניות טיפול והערכה): one letter per
addressee, each in the addressee's language (Hebrew or Arabic) on the letterhead of that language; a batch
is ONE PDF, each letter from a new page with its own "page x of y".

A letter names the addressee (name, role, organisation, address), the child and the file number; the
meeting's date with its weekday and Hebrew date, time, place and level; the purpose (one joint discussion
that decides the child's treatment plan); to a parent, the parent's rights at the hearing (to state a
position, make proposals, record a reservation, bring a significant person, ask for an interpreter); whom to
call to confirm (the coordinator, the phone); the coordinator's signature line.

``lang`` of ``build``/``render_invitations`` is checked but does not choose the letters' language: each
letter prints in its own ``InvitationLetter.language``."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from models.codes import PARENT_KINDS
from models.committees.dto import InvitationBatch, InvitationLetter
from reports import Progress
from reports.forms.committee_parts import addressee_lines, bullets, coded, meeting_fields, signature
from reports.labels import check_lang, label
from reports.template import BODY, HEADING, SMALL, PageInfo, Rendered, fields_table, heading, render_many
from reports.text import RtlParagraph

NAME = "committee_invitation"
RIGHTS = ("inv_right_position", "inv_right_proposals", "inv_right_reservation", "inv_right_person",
          "inv_right_interpreter")


def letter_story(batch: InvitationBatch, letter: InvitationLetter) -> list[Flowable]:
    lang = check_lang(letter.language)
    m = letter.meeting
    department = batch.letterhead.for_language(lang).department
    child = letter.child_name
    parts: list[Flowable] = addressee_lines(letter.addressee_name, coded(lang, "kind", letter.addressee_kind),
                                            letter.addressee_organisation, letter.addressee_address, lang)
    parts += [Spacer(1, 12),
              RtlParagraph(f"{label(lang, 'subject')}: {label(lang, 'inv_subject', child=child)}", HEADING),
              RtlParagraph(f"{label(lang, 'file_number')}: {letter.file_number}", BODY),
              Spacer(1, 8),
              RtlParagraph(label(lang, "greeting"), BODY),
              Spacer(1, 4),
              RtlParagraph(label(lang, "inv_intro", department=department, child=child), BODY),
              Spacer(1, 4)]
    pairs = meeting_fields(m, lang, chair=False)
    pairs.append((label(lang, "hearing_reason"), coded(lang, "reason", letter.reason)))
    parts.append(fields_table(pairs, lang))
    parts += heading(label(lang, "inv_purpose_heading"))
    parts.append(RtlParagraph(label(lang, "inv_purpose", child=child), BODY))
    if letter.addressee_kind in PARENT_KINDS:
        parts += heading(label(lang, "inv_rights_heading"))
        parts.append(RtlParagraph(label(lang, "inv_rights_intro"), BODY))
        parts += bullets([label(lang, key) for key in RIGHTS])
    parts += heading(label(lang, "inv_confirm_heading"))
    phone = m.coordinator_phone.strip() or batch.letterhead.phone.strip()
    confirm = (label(lang, "inv_confirm", name=m.coordinator_name, phone=phone) if phone
               else label(lang, "inv_confirm_no_phone", name=m.coordinator_name))
    parts += [RtlParagraph(confirm, BODY), Spacer(1, 8), RtlParagraph(label(lang, "closing"), BODY)]
    parts += signature(m.coordinator_name, label(lang, "coordinator"), lang, label(lang, "coordinator_signature"))
    parts.append(RtlParagraph(department, SMALL))
    return parts


def letter_page_info(batch: InvitationBatch, letter: InvitationLetter) -> PageInfo:
    return PageInfo(letterhead=batch.letterhead, lang=letter.language, title=label(letter.language, NAME),
                    file_number=letter.file_number, printed_at=batch.printed_at, printed_by=batch.printed_by)


def documents(batch: InvitationBatch, lang: str) -> list[tuple[list[Flowable], PageInfo]]:
    """Each letter's story and page, in the batch's order (``lang`` checked only: see the module)."""
    check_lang(lang)
    if not batch.letters:
        raise ValueError("an invitation batch with no letters")
    return [(letter_story(batch, letter), letter_page_info(batch, letter)) for letter in batch.letters]


def story(batch: InvitationBatch, lang: str) -> list[Flowable]:
    """The first letter's story (a batch of several is laid out by ``documents``)."""
    return documents(batch, lang)[0][0]


def page_info(batch: InvitationBatch, lang: str) -> PageInfo:
    return documents(batch, lang)[0][1]


def render_invitations(batch: InvitationBatch, lang: str = "he", progress: Progress | None = None) -> Rendered:
    """The letters as one PDF (fonts embedded once), with its page count and warnings (an unreadable logo).
    ``progress(done, total)`` after each letter; False cancels (``reports.Cancelled``)."""
    return render_many(documents(batch, lang), progress)


def build(batch: InvitationBatch, lang: str = "he") -> bytes:
    return render_invitations(batch, lang).pdf

