"""The monthly attendance sheet of a club (דף נוכחות חודשי), printed for the club on A4 on its side, in Hebrew
or Arabic: the club and the month (civil, with the Hebrew months it spans), one row per child (with the
child's allergies in red under the name), one column per club or camp day (the day's number and weekday
letter; camp days shaded and named), the recorded marks filled in and blank cells for the days to come,
the totals per child and of each day, the legend, and a signature line for the guide.

The marks are glyphs the shipped fonts have (Noto Sans has no check mark): "V" present (the check mark
Israeli forms use), "×" absent with a reason, "!" absent unexplained (red), "–" not enrolled that day.
Fifteen children and 23 days fit on one page; more children continue on the next page under the repeated
caption and day header."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from models.clubs.dto import AttendanceSheet, CalendarDay
from reports.forms.club_parts import club_page_info, month_title
from reports.labels import check_lang, label
from reports.template import BODY, LANDSCAPE, MARGIN, PageInfo, Rendered, render
from reports.text import RtlParagraph, TextStyle, coverage, font_name

NAME = "club_attendance_sheet"
WIDTH = LANDSCAPE[0] - 2 * MARGIN
NAME_WIDTH = 150.0
TOTAL_WIDTH = 32.0
DAY_MAX = 34.0

# MonthRow's marks -> the glyph printed (Noto Sans has each; no check mark, which no shipped font has)
MARKS = {"P": ("V",), "A": ("×",), "U": ("!",), "-": ("–",), "": ("",)}
COLOURED = {"P": colors.Color(0.05, 0.4, 0.15), "U": colors.Color(0.75, 0.05, 0.05),
            "-": colors.Color(0.55, 0.55, 0.55)}

CAPTION = TextStyle(size=11, leading=15, bold=True)
CHILD = TextStyle(size=8.5, leading=10)
ALLERGY = TextStyle(size=6.5, leading=7.5, bold=True, color=(0.7, 0.05, 0.05))
LEGEND = TextStyle(size=7, leading=9, align="end", color=(0.25, 0.25, 0.25))
ROW_MIN = 16.0  # a row to write in by hand (5.6 mm), also when its day is not recorded yet
DAY_NUMBER = TextStyle(size=8, leading=9, bold=True, align="center")
DAY_LETTER = TextStyle(size=7.5, leading=8.5, align="center")
CAMP_WORD = TextStyle(size=5.5, leading=6.5, align="center", color=(0.55, 0.3, 0.0))
HEAD = TextStyle(size=7, leading=8.5, bold=True, align="center")
CAMP_FILL = colors.HexColor("#fbecd5")
HEAD_FILL = colors.HexColor("#e8edf2")
RULE = colors.HexColor("#8795a3")
WEEK_RULE = colors.HexColor("#3d4a57")




def _day_head(day: CalendarDay, lang: str) -> list[Flowable]:
    cell: list[Flowable] = [RtlParagraph(str(day.day.day), DAY_NUMBER),
                            RtlParagraph(label(lang, f"cl_wd_{day.day.weekday()}"), DAY_LETTER)]
    if day.kind == "camp":
        cell.append(RtlParagraph(label(lang, "cl_camp_short"), CAMP_WORD))
    return cell


def _name_cell(name: str, allergies: str, lang: str) -> list[Flowable]:
    cell: list[Flowable] = [RtlParagraph(name, CHILD)]
    if allergies.strip():
        cell.append(RtlParagraph(f"{label(lang, 'cl_allergies')}: {allergies.strip()}", ALLERGY))
    return cell


def legend(lang: str) -> str:
    parts = [f"{MARKS['P'][0]} {label(lang, 'cl_present')}", f"{MARKS['A'][0]} {label(lang, 'cl_absent_reason')}",
             f"{MARKS['U'][0]} {label(lang, 'cl_unexplained')}", f"{MARKS['-'][0]} {label(lang, 'cl_not_enrolled')}",
             f"{label(lang, 'cl_camp_short')}: {label(lang, 'cl_camp_day')}"]
    return "    ".join(parts)


def _caption(data: AttendanceSheet, lang: str, width: float) -> Table:
    """The club and the month at the start of the line, the legend of the marks at its end (on every page)."""
    cells = [RtlParagraph(f"{data.club.name}: {month_title(data.month, lang)}", CAPTION),
             RtlParagraph(legend(lang), LEGEND)]
    widths = [width * 0.42, width * 0.58]
    if lang in ("he", "ar"):
        cells, widths = cells[::-1], widths[::-1]
    table = Table([cells], colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def sheet_table(data: AttendanceSheet, lang: str) -> Table:
    """The grid: the caption and the day header repeated on every page, a row per child, the day totals."""
    coverage()  # the shipped fonts registered (the marks' cells name one)
    days = data.days
    n = len(days)
    day_width = min(DAY_MAX, (WIDTH - NAME_WIDTH - 3 * TOTAL_WIDTH) / n)
    name_width = WIDTH - 3 * TOTAL_WIDTH - n * day_width
    widths = [name_width, *([day_width] * n), *([TOTAL_WIDTH] * 3)]
    cells: list[list[object]] = [[""] * (n + 4)]
    cells.append([RtlParagraph(label(lang, "cl_child"), HEAD), *(_day_head(d, lang) for d in days),
                  RtlParagraph(label(lang, "cl_total_present"), HEAD),
                  RtlParagraph(label(lang, "cl_total_absent"), HEAD),
                  RtlParagraph(label(lang, "cl_total_unexplained"), HEAD)])
    # the marks and numbers (Latin glyphs, digits: no bidi) as plain strings in Noto Sans Bold, which has
    # them: a paragraph per cell took most of the sheet's time
    codes: list[list[str]] = []
    for row in data.rows:
        marks = list(row.marks[:n]) + [""] * (n - len(row.marks))
        codes.append(marks)
        cells.append([_name_cell(row.child_name, row.allergies, lang), *(MARKS.get(m, ("?",))[0] for m in marks),
                      *(str(marks.count(code)) for code in ("P", "A", "U"))])
    per_day = []
    for i in range(n):
        column = [marks[i] for marks in codes]
        recorded = any(m in ("P", "A", "U") for m in column)
        per_day.append(str(column.count("P")) if recorded else "")
    totals = [sum(marks.count(code) for marks in codes) for code in ("P", "A", "U")]
    cells.append([RtlParagraph(label(lang, "cl_day_total"), HEAD), *per_day, *(str(t) for t in totals)])

    last = n + 3  # the index of the last column, logically
    rtl = lang in ("he", "ar")

    def col(i: int) -> int:
        """The drawn column of logical column ``i`` (the name at the right in a right-to-left sheet)."""
        return last - i if rtl else i

    if rtl:
        cells = [list(reversed(r)) for r in cells]
        widths = list(reversed(widths))
    cells[0] = [_caption(data, lang, WIDTH - 4), *([""] * (n + 3))]  # spans the row: its first cell is drawn
    rows = len(cells)
    style: list[tuple[object, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (col(0), 1), (col(0), -1), 4),
        ("RIGHTPADDING", (col(0), 1), (col(0), -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("VALIGN", (0, 1), (-1, 1), "TOP"),  # the day numbers on one line, camp days or not
        ("BACKGROUND", (0, 1), (-1, 1), HEAD_FILL),
        ("BACKGROUND", (0, rows - 1), (-1, rows - 1), HEAD_FILL),
        ("GRID", (0, 1), (-1, -1), 0.4, RULE),
        ("BOX", (0, 1), (-1, -1), 1.0, WEEK_RULE),
    ]
    marks_area = ((min(col(1), col(last)), 2), (max(col(1), col(last)), rows - 1))
    style += [("FONTNAME", *marks_area, font_name("latin", bold=True)), ("FONTSIZE", *marks_area, 9.5),
              ("LEADING", *marks_area, 11), ("ALIGN", *marks_area, "CENTER")]
    for r, marks in enumerate(codes, 2):
        for i, m in enumerate(marks, 1):
            if m in COLOURED:
                style.append(("TEXTCOLOR", (col(i), r), (col(i), r), COLOURED[m]))
    for i, d in enumerate(days, 1):
        if d.kind == "camp":
            style.append(("BACKGROUND", (col(i), 1), (col(i), rows - 1), CAMP_FILL))
        if d.day.weekday() == 3 or i == n:  # after Thursday (and after the last day): the week ends
            edge = "LINEAFTER" if not rtl else "LINEBEFORE"
            style.append((edge, (col(i), 1), (col(i), -1), 1.0, WEEK_RULE))
    style.append(("LINEAFTER" if not rtl else "LINEBEFORE", (col(0), 1), (col(0), -1), 1.0, WEEK_RULE))
    heights = [None, None, *(None if r.allergies.strip() else ROW_MIN for r in data.rows), None]
    table = Table(cells, colWidths=widths, rowHeights=heights, repeatRows=2, hAlign="CENTER")
    table.setStyle(TableStyle(style))
    return table


def story(data: AttendanceSheet, lang: str = "he") -> list[Flowable]:
    check_lang(lang)
    parts: list[Flowable] = []
    if not data.days:
        parts += [RtlParagraph(f"{data.club.name}: {month_title(data.month, lang)}", CAPTION), Spacer(1, 6),
                  RtlParagraph(label(lang, "cl_no_days"), BODY)]
    elif not data.rows:
        parts += [RtlParagraph(f"{data.club.name}: {month_title(data.month, lang)}", CAPTION), Spacer(1, 6),
                  RtlParagraph(label(lang, "cl_no_children"), BODY)]
    else:
        parts.append(sheet_table(data, lang))
    parts += [Spacer(1, 14),
              RtlParagraph(f"{label(lang, 'cl_guide_signature')}: {'_' * 28}    {data.club.guide_name}        "
                           f"{label(lang, 'date')}: {'_' * 14}", BODY)]
    return parts


def page_info(data: AttendanceSheet, lang: str = "he") -> PageInfo:
    return club_page_info(data.letterhead, check_lang(lang), NAME, "", data.printed_on, data.printed_by,
                          pagesize=LANDSCAPE)


def render_sheet(data: AttendanceSheet, lang: str = "he") -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: AttendanceSheet, lang: str = "he") -> bytes:
    """The month's attendance sheet of ``data.club`` as a PDF, in ``lang`` ("he" or "ar")."""
    return render_sheet(data, lang).pdf
