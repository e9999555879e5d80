"""What the clubs' four forms share (the registration form, the monthly attendance sheet, the fee notice, the
transport list): money as "130.00 ₪", a child's age, a month by name with its Hebrew months, a day with its
weekday and Hebrew date, phones, a heading that never ends a page, a table whose cells may carry their own
style, a red frame for what must not be missed (allergies, diet), and the page of a club form (upright or on
its side; with no file number for a form of no one family)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from pyluach.dates import HebrewDate
from pyluach.hebrewcal import Year
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from models.calendar import ARABIC_ADAR_I, ARABIC_MONTHS, hebrew_date
from models.clubs.rules import age_on, format_money, today
from models.department.dto import Letterhead
from models.text import format_phone
from reports.forms.committee_parts import day_and_date
from reports.labels import label
from reports.template import FRAME_WIDTH, Cell, PageInfo, civil_date, grid_table, heading
from reports.text import RtlParagraph, TextStyle

__all__ = [
    "ALERT",
    "Cell",
    "age_on",
    "alert_box",
    "civil_month",
    "club_page_info",
    "dated",
    "day_and_date",
    "grid",
    "hebrew_months",
    "money",
    "month_title",
    "phones",
    "relation_word",
    "section",
]

ALERT = TextStyle(size=10.5, leading=15, bold=True, color=(0.7, 0.05, 0.05))
ALERT_BORDER = colors.HexColor("#b3261e")
ALERT_FILL = colors.HexColor("#fdf0ee")
PARENT_RELATIONS = ("mother", "father", "guardian")  # the ParentContact codes with a word of their own


def money(agorot: int) -> str:
    """Agorot as the clubs print money (``models.clubs.rules.format_money``): 13000 -> "130.00 ₪". A negative
    amount prints as its size: the forms say "credit" in words (a minus sign in right-to-left text moves to
    the number's far side)."""
    return format_money(abs(agorot))


def civil_month(month: date, lang: str) -> str:
    """"דצמבר 2026" / "كانون الأول 2026". The Arabic names (as in Israel and the Levant) are the same words as
    some Hebrew months' Arabic names, so ``month_title`` adds the number."""
    return f"{label(lang, f'month_{month.month}')} {month.year}"


def _hebrew_month(h: HebrewDate, lang: str) -> tuple[str, str]:
    if lang == "he":
        return str(h.month_name(hebrew=True)), str(h.hebrew_year())
    name = ARABIC_ADAR_I if h.month == 12 and Year(h.year).leap else ARABIC_MONTHS[h.month]
    return name, str(h.year)


def hebrew_months(first: date, last: date, lang: str) -> str:
    """The Hebrew month(s) the days ``first``..``last`` fall in: "כסלו–טבת תשפ״ז", "أيلول 5786 – تشري 5787"."""
    a, b = HebrewDate.from_pydate(first), HebrewDate.from_pydate(last)
    (ma, ya), (mb, yb) = _hebrew_month(a, lang), _hebrew_month(b, lang)
    if (a.year, a.month) == (b.year, b.month):
        return f"{ma} {ya}"
    if ya == yb:
        return f"{ma} – {mb} {yb}"
    return f"{ma} {ya} – {mb} {yb}"


def month_title(month: date, lang: str) -> str:
    """The civil month and the Hebrew months it spans: "דצמבר 2026 (כסלו – טבת תשפ״ז)"; in Arabic with the
    month's number too, "كانون الأول 2026 (12/2026)، كسلو – طيفيت 5787" (see ``civil_month``)."""
    first = month.replace(day=1)
    last = (first.replace(year=first.year + 1, month=1) if first.month == 12
            else first.replace(month=first.month + 1)).toordinal() - 1
    return label(lang, "cl_month_title", month=civil_month(first, lang), number=f"{first.month:02d}/{first.year}",
                 hebrew=hebrew_months(first, date.fromordinal(last), lang))


def phones(values: Sequence[str]) -> str:
    """Phone numbers written the usual way, one after another."""
    return ", ".join(format_phone(v) for v in values if v.strip())


def relation_word(relation: str, lang: str) -> str:
    """A parent's relation: mother, father, guardian in words; any other as typed."""
    return label(lang, f"kind_{relation}") if relation in PARENT_RELATIONS else relation


def alert_box(lines: Sequence[tuple[str, str]], lang: str, width: float = FRAME_WIDTH) -> Flowable:
    """A framed block in red for what must not be missed (allergies, diet): "label: text" per line."""
    cells = [[RtlParagraph(f"{key}: {value}", ALERT)] for key, value in lines]
    table = Table(cells, colWidths=[width], hAlign="CENTER")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, ALERT_BORDER),
        ("BACKGROUND", (0, 0), (-1, -1), ALERT_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (0, 0), 5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))
    return table


# the tables of the club forms: the engine's, whose cells may carry their own style
grid = grid_table


def section(title: str) -> list[Flowable]:
    """A heading that never ends a page: with less than ~4 lines left, it starts the next one."""
    return [CondPageBreak(64), *heading(title)]


def club_page_info(letterhead: Letterhead, lang: str, name: str, file_number: str, printed_on: date | None,
                   printed_by: str, pagesize: tuple[float, float] = A4) -> PageInfo:
    """The page of a club form: ``file_number`` "" for a form of no one family (the attendance sheet, the
    transport list)."""
    printed = printed_on or today()
    return PageInfo(letterhead=letterhead, lang=lang, title=label(lang, name), file_number=file_number,
                    printed_at=datetime.combine(printed, time(0)), printed_by=printed_by, pagesize=pagesize)


def dated(d: date | None, lang: str) -> str:
    """dd/mm/yyyy with the Hebrew date, or "" for no date."""
    return f"{civil_date(d)} ({hebrew_date(d, lang)})" if d else ""

