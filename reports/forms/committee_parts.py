"""What the committee's four forms share (the invitation, the protocol, the decision letter, the summary
letter): the meeting's details, dates with their weekday and Hebrew date, the decisions with their plan
items, the tasks table, the addressee block and the signature lines, in Hebrew or Arabic."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from reportlab.platypus import Flowable, Indenter, Spacer

from models.calendar import hebrew_date
from models.committees.dto import DecisionDTO, MeetingBrief, ParticipantDTO, ProtocolTaskDTO
from reports.forms.intake_summary import coded, signature
from reports.labels import label
from reports.template import BODY, BOLD, civil_date, grid_table
from reports.text import RtlParagraph, TextStyle

ITEM_INDENT = 16.0
CONFIDENTIAL = TextStyle(size=9, leading=13, bold=True, color=(0.45, 0.1, 0.1))

__all__ = ["CONFIDENTIAL", "addressee_lines", "bullets", "coded", "day_and_date", "decisions_story",
           "meeting_fields", "signature", "tasks_table", "time_text"]


def day_and_date(d: date, lang: str) -> str:
    """"Monday, 14/12/2026 (Hebrew date)" in the form's language."""
    day = label(lang, "day_name", day=label(lang, f"weekday_{d.weekday()}"))
    return f"{day}{label(lang, 'comma')}{civil_date(d)} ({hebrew_date(d, lang)})"


def time_text(t: time) -> str:
    return t.strftime("%H:%M")


def meeting_fields(meeting: MeetingBrief, lang: str, *, chair: bool = True) -> list[tuple[str, str]]:
    pairs = [(label(lang, "meeting_date"), day_and_date(meeting.held_on, lang)),
             (label(lang, "time"), time_text(meeting.starts_at)),
             (label(lang, "place"), meeting.place),
             (label(lang, "level"), coded(lang, "level", meeting.level))]
    if chair:
        pairs += [(label(lang, "chair"), meeting.chair_name), (label(lang, "coordinator"), meeting.coordinator_name)]
    return pairs


def bullets(items: Sequence[str], style: TextStyle = BODY) -> list[Flowable]:
    """A list, each item on its own lines after a bullet, indented from the start (the right in RTL)."""
    if not items:
        return []
    return [Indenter(right=ITEM_INDENT), *(RtlParagraph(f"• {item}", style) for item in items),
            Indenter(right=-ITEM_INDENT)]


def decisions_story(decisions: Sequence[DecisionDTO], lang: str) -> list[Flowable]:
    """Each decision numbered with its kind in words, its text, and a community plan's items as a list."""
    if not decisions:
        return [RtlParagraph(label(lang, "none"), BODY)]
    parts: list[Flowable] = []
    for n, decision in enumerate(decisions, 1):
        parts += [Spacer(1, 3), RtlParagraph(f"{n}. {coded(lang, 'decision', decision.kind)}", BOLD),
                  RtlParagraph(decision.text.strip() or label(lang, "none"), BODY)]
        if decision.items:
            parts.append(RtlParagraph(label(lang, "plan_items"), BODY))
            parts += bullets(decision.items)
    return parts


def tasks_table(tasks: Sequence[ProtocolTaskDTO], lang: str) -> Flowable:
    if not tasks:
        return RtlParagraph(label(lang, "none"), BODY)
    rows = [[f"{t.title}\n{t.description.strip()}" if t.description.strip() else t.title,
             t.responsible.full_name if t.responsible else label(lang, "not_set"),
             civil_date(t.due_on) if t.due_on else label(lang, "not_set")] for t in tasks]
    header = [label(lang, k) for k in ("task", "responsible", "due_date")]
    return grid_table(header, rows, (0.56, 0.26, 0.18), lang)


def participant_role(p: ParticipantDTO, lang: str) -> str:
    """The participant's kind in words, with the role title as typed ("homeroom teacher, 4th grade")."""
    kind = coded(lang, "kind", p.kind)
    title = p.role_title.strip()
    return f"{kind}{label(lang, 'comma')}{title}" if title and title != kind else kind


def addressee_lines(name: str, role: str, organisation: str, address: str, lang: str) -> list[Flowable]:
    """"To" and the addressee: the name in bold, the role and organisation, the address."""
    parts: list[Flowable] = [RtlParagraph(label(lang, "to"), BODY), RtlParagraph(name, BOLD)]
    detail = label(lang, "comma").join(x for x in (role.strip(), organisation.strip()) if x)
    if detail:
        parts.append(RtlParagraph(detail, BODY))
    if address.strip():
        parts.append(RtlParagraph(address.strip(), BODY))
    return parts
