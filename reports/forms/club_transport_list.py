"""The transport list of a club for a day (רשימת הסעות), for the drivers and the staff, in Hebrew or Arabic:
the club and the day (weekday, civil and Hebrew date), then per route (its name, driver, stops) the children
with their school, the drop-off address ("collected at the club" when none), who may collect them (name,
relation, phone), a parent's phone and their allergies (in red); the children with no route last, collected
at the club."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from models.clubs.dto import TransportChild, TransportList, TransportRoute
from reports.forms.club_parts import Cell, club_page_info, day_and_date, grid, phones
from reports.labels import check_lang, label
from reports.template import BODY, HEADING, SMALL, TITLE, PageInfo, Rendered, fields_table, render
from reports.text import RtlParagraph, TextStyle

NAME = "club_transport_list"
FRACTIONS = (0.16, 0.15, 0.17, 0.24, 0.14, 0.14)
CELL = TextStyle(size=9, leading=12.5)
CHILD = TextStyle(size=9, leading=12.5, bold=True)
ALLERGY = TextStyle(size=9, leading=12.5, bold=True, color=(0.7, 0.05, 0.05))


def _collectors(child: TransportChild) -> str:
    """Each one's name and relation, the phone on a line of its own (a number never wraps with words)."""
    lines = []
    for x in child.collectors:
        lines.append(f"{x.name} ({x.relation.strip()})" if x.relation.strip() else x.name)
        if x.phone.strip():
            lines.append(phones([x.phone]))
    return "\n".join(lines)


def route_story(group: TransportRoute, lang: str) -> list[Flowable]:
    r = group.route
    title = label(lang, "cl_route_heading", route=r.name) if r is not None else label(lang, "cl_no_route_heading")
    parts: list[Flowable] = [CondPageBreak(90), Spacer(1, 8), RtlParagraph(title, HEADING)]
    details = [(label(lang, "cl_driver"), r.driver), (label(lang, "cl_stops"), r.stops)] if r is not None else []
    details = [(k, v) for k, v in details if v.strip()]
    if details:
        parts.append(fields_table(details, lang))
    parts.append(RtlParagraph(label(lang, "cl_children_count", n=len(group.children)), SMALL))
    rows: list[list[Cell]] = [
        [(c.child_name, CHILD), c.school, c.dropoff_address.strip() or label(lang, "cl_collected"),
         _collectors(c), phones([c.parent_phone]), (c.allergies.strip(), ALLERGY)] for c in group.children]
    header = [label(lang, k) for k in ("cl_child", "cl_school", "cl_dropoff", "cl_who_collects", "cl_parent_phone",
                                       "cl_allergies")]
    parts.append(grid(header, rows, FRACTIONS, lang, body=CELL))
    return parts


def story(data: TransportList, lang: str = "he") -> list[Flowable]:
    check_lang(lang)
    parts: list[Flowable] = [
        RtlParagraph(f"{label(lang, NAME)}: {data.club.name}", TITLE),
        RtlParagraph(day_and_date(data.day, lang), HEADING),
    ]
    if data.club.address or data.club.phone:
        parts.append(RtlParagraph(label(lang, "comma").join(x for x in (data.club.address, phones([data.club.phone]))
                                                            if x), BODY))
    groups = [g for g in data.routes if g.children]
    if not groups:
        parts += [Spacer(1, 8), RtlParagraph(label(lang, "cl_no_children_day"), BODY)]
    for group in sorted(groups, key=lambda g: g.route is None):
        parts += route_story(group, lang)
    return parts


def page_info(data: TransportList, lang: str = "he") -> PageInfo:
    return club_page_info(data.letterhead, check_lang(lang), NAME, "", data.printed_on, data.printed_by)


def render_list(data: TransportList, lang: str = "he") -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: TransportList, lang: str = "he") -> bytes:
    """The transport list of ``data.club`` on ``data.day`` as a PDF, in ``lang`` ("he" or "ar")."""
    return render_list(data, lang).pdf
