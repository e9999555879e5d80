"""The protocol of one case heard by the treatment-plan committee (פרוטוקול ועדה לתכניות טיפול והערכה), in
Hebrew or Arabic: the meeting (date, time, place, level, chair, coordinator), the child and the file, who
asked for the hearing and why; the participants with their role and organisation, present or absent; the
sections (background, professionals' views, the parents' position, the child's position, the summary of
the discussion), long texts continuing on more pages; the decisions (kind, text, a plan's items); the vote
(for, against, abstained, the dissent, a parent's reservation) and whether the right to ask for a district
committee hearing was stated; the tasks (responsible, due date); the next review date; signature lines for
the chair and the coordinator; then the addenda, each dated with its author.

A protocol not finalised is a draft: a red banner under the title and "draft" on every page's header."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from models.committees.dto import ProtocolForm
from reports.forms.committee_parts import (
    coded,
    decisions_story,
    meeting_fields,
    participant_role,
    tasks_table,
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
    heading,
    render,
)
from reports.text import RtlParagraph, TextStyle

NAME = "committee_protocol"
DRAFT = TextStyle(size=14, leading=20, bold=True, color=(0.75, 0.1, 0.1))
SECTIONS = (("section_background", "background"), ("section_professionals", "professionals_views"),
            ("section_parents", "parents_position"), ("section_child", "child_position"),
            ("section_discussion", "discussion"))


def story(data: ProtocolForm, lang: str) -> list[Flowable]:
    check_lang(lang)
    c, p, m = data.case, data.protocol, data.meeting
    parts: list[Flowable] = [RtlParagraph(label(lang, NAME), TITLE)]
    if not p.final:
        parts.append(RtlParagraph(label(lang, "draft_banner"), DRAFT))
    parts.append(Spacer(1, 4))

    parts += heading(label(lang, "meeting_details"))
    pairs = meeting_fields(m, lang)
    requested = label(lang, "comma").join(x for x in (c.requested_by_name, c.requested_by_role.strip()) if x)
    pairs += [(label(lang, "hearing_reason"), coded(lang, "reason", c.reason)),
              (label(lang, "requested_by"), requested),
              (label(lang, "child"), c.child.full_name),
              (label(lang, "birth_date"), civil_date(c.child.birth_date) if c.child.birth_date else ""),
              (label(lang, "family_name"), c.family_name),
              (label(lang, "file_number"), c.file_number)]
    parts.append(fields_table(pairs, lang))

    parts += heading(label(lang, "participants"))
    if c.participants:
        rows = [[x.name, participant_role(x, lang), x.organisation,
                 label(lang, "attended" if x.attended else "absent")] for x in c.participants]
        header = [label(lang, k) for k in ("name", "participant_kind", "organisation", "presence")]
        parts.append(grid_table(header, rows, (0.30, 0.28, 0.28, 0.14), lang))
    else:
        parts.append(RtlParagraph(label(lang, "none"), BODY))

    for title, attr in SECTIONS:
        parts += heading(label(lang, title))
        parts.append(RtlParagraph(str(getattr(p, attr)).strip() or label(lang, "none"), BODY))

    parts += heading(label(lang, "decisions"))
    parts += decisions_story(p.decisions, lang)

    parts += heading(label(lang, "vote"))
    parts.append(RtlParagraph(label(lang, "votes", yes=p.votes_for, no=p.votes_against,
                                    abstained=p.votes_abstained), BODY))
    if p.votes_for or p.votes_against or p.votes_abstained:
        parts.append(RtlParagraph(label(lang, "majority" if p.votes_for > p.votes_against else "no_majority"),
                                  BODY))
    for key, text in (("dissent", p.dissent), ("parent_reservation", p.parent_reservation)):
        if text.strip():
            parts += [Spacer(1, 3), RtlParagraph(label(lang, key), BOLD), RtlParagraph(text.strip(), BODY)]
    parts += [Spacer(1, 3), RtlParagraph(label(lang, "district_right" if p.district_right_stated
                                               else "district_right_missing"), BOLD)]

    parts += heading(label(lang, "tasks"))
    parts.append(tasks_table(p.tasks, lang))
    parts += heading(label(lang, "next_review"))
    parts.append(RtlParagraph(civil_date(p.next_review_on) if p.next_review_on else label(lang, "not_set"), BOLD))

    if p.final and p.finalised_at is not None:
        by = p.finalised_by.full_name if p.finalised_by else m.chair_name
        parts += [Spacer(1, 6), RtlParagraph(label(lang, "finalised", name=by, date=civil_date(p.finalised_at.date())),
                                             BODY)]
    parts += signature(m.chair_name, label(lang, "chair"), lang, label(lang, "chair_signature"))
    parts += signature(m.coordinator_name, label(lang, "coordinator"), lang, label(lang, "coordinator_signature"))

    if p.addenda:
        parts += heading(label(lang, "addenda"))
        for a in p.addenda:
            parts += [Spacer(1, 3),
                      RtlParagraph(label(lang, "addendum_by", date=civil_date(a.created_at.date()),
                                         name=a.author.full_name), BOLD),
                      RtlParagraph(a.text.strip() or label(lang, "none"), BODY)]
    return parts


def page_info(data: ProtocolForm, lang: str, name: str = NAME) -> PageInfo:
    mark = label(lang, "draft_mark") if name == NAME and not data.protocol.final else ""
    return PageInfo(letterhead=data.letterhead, lang=lang, title=label(lang, name),
                    file_number=data.case.file_number, printed_at=data.printed_at, printed_by=data.printed_by,
                    mark=mark)


def render_protocol(data: ProtocolForm, lang: str) -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: ProtocolForm, lang: str) -> bytes:
    """The protocol of ``data.case`` as a PDF, in ``lang`` ("he" or "ar")."""
    return render_protocol(data, lang).pdf
