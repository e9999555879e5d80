"""The family file summary: the file (address, worker, team, status), its members, the open tasks and the
signed notes the worker chose, on the department's letterhead, in Hebrew or Arabic."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from models.families.dto import FamilySummary
from models.people.dto import PersonDTO
from models.text import format_phone
from reports.labels import check_lang, label
from reports.template import (
    BODY,
    SMALL,
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

NAME = "family_summary"


def _name(person: PersonDTO, lang: str) -> str:
    if lang == "ar" and (person.first_name_ar or person.last_name_ar):
        return f"{person.first_name_ar} {person.last_name_ar}".strip()
    return person.full_name


def _id_number(person: PersonDTO, lang: str) -> str:
    if not person.id_number:
        return ""
    if person.id_kind == "passport":
        return f"{label(lang, 'passport')} {person.id_number}"
    return person.id_number


def story(data: FamilySummary, lang: str) -> list[Flowable]:
    check_lang(lang)
    f = data.file
    status = label(lang, f"status_{f.status}")
    fields = [
        (label(lang, "family_name"), f.family_name),
        (label(lang, "file_number"), f.file_number),
        (label(lang, "address"), f.address),
        (label(lang, "locality"), f.locality),
        (label(lang, "neighbourhood"), f.neighbourhood),
        (label(lang, "worker"), f.worker.full_name if f.worker else ""),
        (label(lang, "team"), f.team_name),
        (label(lang, "status"), status),
        (label(lang, "opened_on"), civil_date(f.opened_on)),
    ]
    if f.closed_on is not None:
        fields.append((label(lang, "closed_on"), civil_date(f.closed_on)))
    parts: list[Flowable] = [RtlParagraph(f"{label(lang, 'family_summary')}: {f.family_name}", TITLE)]
    if f.restricted:
        parts.append(RtlParagraph(label(lang, "restricted"), TextStyle(size=10, leading=14, bold=True,
                                                                     color=(0.55, 0.1, 0.1))))
    parts += [Spacer(1, 4), fields_table(fields, lang)]

    parts += heading(label(lang, "members"))
    if f.members:
        rows = [[_name(m.person, lang), label(lang, f"relation_{m.relation}"), _id_number(m.person, lang),
                 civil_date(m.person.birth_date) if m.person.birth_date else "",
                 "\n".join(format_phone(p) for p in m.person.phones)]
                for m in f.members]
        header = [label(lang, k) for k in ("name", "relation", "id_number", "birth_date", "phones")]
        parts.append(grid_table(header, rows, (0.31, 0.12, 0.19, 0.16, 0.22), lang))
    else:
        parts.append(RtlParagraph(label(lang, "none"), BODY))

    parts += heading(label(lang, "open_tasks"))
    if data.open_tasks:
        rows = [[t.title + (f"\n{t.description}" if t.description else ""),
                 civil_date(t.due_date) if t.due_date else "", t.assignee_name]
                for t in data.open_tasks]
        header = [label(lang, k) for k in ("task", "due_date", "assignee")]
        parts.append(grid_table(header, rows, (0.56, 0.16, 0.28), lang))
    else:
        parts.append(RtlParagraph(label(lang, "none"), BODY))

    parts += heading(label(lang, "notes"))
    if not data.notes:
        parts.append(RtlParagraph(label(lang, "none"), BODY))
    for note in data.notes:
        signed = f"  ({label(lang, 'signed_at')} {civil_date(note.signed_at.date())})" if note.signed_at else ""
        title = f"{civil_date(note.note_date)}  {label(lang, 'note_' + note.kind)}  {note.author_name}{signed}"
        parts += [Spacer(1, 4), RtlParagraph(title, TextStyle(size=10, leading=14, bold=True)),
                  RtlParagraph(note.text, BODY)]
    parts += [Spacer(1, 8), RtlParagraph("", SMALL)]
    return parts


def page_info(data: FamilySummary, lang: str) -> PageInfo:
    return PageInfo(letterhead=data.letterhead, lang=lang, title=label(lang, "family_summary"),
                    file_number=data.file.file_number, printed_at=data.printed_at, printed_by=data.printed_by)


def render_summary(data: FamilySummary, lang: str) -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: FamilySummary, lang: str) -> bytes:
    """The family file summary as a PDF, in ``lang`` ("he" or "ar")."""
    return render_summary(data, lang).pdf
