"""The clubs' four forms (the registration form, the monthly attendance sheet, the fee notice, the transport
list) in Hebrew and Arabic, with the checks every form passes (each character drawn exists in its font,
nothing past the margins, Pdfium reads the text), what each must say, and the bad input of issue 10 (a
300-character name, text mixing Hebrew, English, numbers and brackets, a missing or broken logo), the sheet's
fit (15 children x 23 days on one page, more children on the next under the repeated header) and the
registry (a batch mixing the upright forms and the sheet on its side)."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ContentStream

from models import codes
from models.clubs.dto import CollectorDTO, SheetRow
from reports.forms import (
    FORMS,
    club_attendance_sheet,
    club_fee_notice,
    club_registration,
    club_transport_list,
    render_batch,
)
from reports.labels import LABELS, LANGS
from reports.template import LANDSCAPE, MARGIN, PAGE_WIDTH
from tests.unit.reports.club_samples import (
    ARABIC,
    HEBREW,
    ROUTES,
    SUPERVISOR,
    attendance_sheet,
    club_days,
    fee_notice,
    registration_form,
    sheet_rows,
    transport_list,
)
from tests.unit.reports.committee_samples import invitation_batch
from tests.unit.reports.intake_samples import letterhead
from tests.unit.reports.pdfcheck import _to_unicode, missing_glyphs, overflowing, pdfium_pages, text_extents
from tests.unit.reports.samples import demo_logo
from tests.unit.reports.strategies import PARAGRAPHS

RED = (0.7, 0.05, 0.05)


def logical(text: str) -> str:
    """What Pdfium gives back for a logical string: Arabic presentation forms as their letters."""
    return unicodedata.normalize("NFKC", text)


def words(lang: str, key: str, **values: object) -> str:
    return logical(LABELS[lang][key].format(**values) if values else LABELS[lang][key])


def has(text: str, phrase: str) -> bool:
    """The words and numbers of ``phrase`` appear in ``text`` in this order (Pdfium moves a full stop or a
    bracket next to a number or an English word in a right-to-left line; the order of the words is what
    these checks need)."""
    pos = 0
    for token in re.findall(r"\w+", logical(phrase)):
        found = text.find(token, pos)
        if found < 0:
            return False
        pos = found + len(token)
    return True


def flat(text: str) -> str:
    return " ".join(text.split())


def checked(rendered, tmp_path, warnings=(), right: float = PAGE_WIDTH - MARGIN) -> list[str]:
    """The checks every form passes; returns Pdfium's text of each page."""
    assert rendered.pdf.startswith(b"%PDF") and rendered.warnings == warnings
    assert missing_glyphs(rendered.pdf) == {}
    assert overflowing(rendered.pdf, MARGIN, right) == []
    pages = pdfium_pages(rendered.pdf, tmp_path)
    assert len(pages) == rendered.pages
    return pages


def sheet_checked(rendered, tmp_path, warnings=()) -> list[str]:
    pages = checked(rendered, tmp_path, warnings, right=LANDSCAPE[0] - MARGIN)
    for page in PdfReader(io.BytesIO(rendered.pdf)).pages:  # on its side, every page
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(LANDSCAPE)
    return pages


def drawn_lines(pdf: bytes) -> list[str]:
    """The lines as drawn (visual order): the runs that follow each other on the same line joined."""
    lines: list[str] = []
    last: tuple[int, float] | None = None
    for page, left, right, text in text_extents(pdf):
        if last is not None and last == (page, round(left, 2)):
            lines[-1] += text
        else:
            lines.append(text)
        last = (page, round(right, 2))
    return lines


@lru_cache(maxsize=8)
def runs(pdf: bytes) -> list[tuple[int, float, float, tuple[float, ...], str]]:
    """(page, x, y, fill colour, text) of every run the PDF draws (x, y on the page: tables translate)."""
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for number, page in enumerate(reader.pages, 1):
        fonts = page["/Resources"].get("/Font", {})  # type: ignore[attr-defined]
        maps = {name: _to_unicode(f.get_object()) for name, f in fonts.items()}
        ctm, saved = (0.0, 0.0), []
        x = y = 0.0
        fill: tuple[float, ...] = (0.0, 0.0, 0.0)
        fills: list[tuple[float, ...]] = []
        cmap: dict[int, str] = {}
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                saved.append(ctm)
                fills.append(fill)
            elif op == b"Q":
                ctm = saved.pop()
                fill = fills.pop()
            elif op == b"cm":
                ctm = (ctm[0] + float(operands[4]), ctm[1] + float(operands[5]))
            elif op == b"Tm":
                x, y = float(operands[4]) + ctm[0], float(operands[5]) + ctm[1]
            elif op == b"rg":
                fill = tuple(round(float(v), 2) for v in operands)
            elif op == b"Tf":
                cmap = maps[operands[0]]
            elif op == b"Tj":
                raw = operands[0].original_bytes if hasattr(operands[0], "original_bytes") else bytes(operands[0])
                found.append((number, x, y, fill, "".join(cmap.get(b, "?") for b in raw)))
    return found


def red_text(pdf: bytes) -> str:
    """What the PDF draws in red, as drawn (visual order: a right-to-left word reversed)."""
    return logical(" ".join(t for *_, colour, t in runs(pdf) if colour == RED))


def drawn_has(drawn: str, word: str) -> bool:
    """``word`` (logical) is in text as drawn: Latin as it is, Hebrew and Arabic reversed."""
    word = logical(word)
    return word in drawn or word[::-1] in drawn


def row_cells(pdf: bytes, page: int, y: float, within: float = 1.5) -> list[str]:
    """The texts drawn within ``within`` pt of the baseline ``y`` on ``page``, right to left."""
    line = [(x, t) for p, x, ty, _c, t in runs(pdf) if p == page and abs(ty - y) < within]
    return [t for _x, t in sorted(line, reverse=True)]


def y_of(pdf: bytes, word: str, exact: bool = False) -> tuple[int, float]:
    """The page and baseline of the first run that draws ``word`` (or is exactly it)."""
    return next((p, y) for p, _x, y, _c, t in runs(pdf)
                if (logical(t).strip() == word if exact else drawn_has(logical(t), word)))


# ---- the words -------------------------------------------------------------------------------------------------
def test_every_club_code_and_calendar_word_has_a_word_in_hebrew_and_in_arabic():
    checks = [("method", codes.PAYMENT_METHODS), ("cl_wd", tuple(str(d) for d in range(7))),
              ("month", tuple(str(m) for m in range(1, 13))), ("kind", ("mother", "father", "guardian"))]
    for lang in LANGS:
        script = re.compile("[\u0590-\u05ff]" if lang == "he" else "[\u0600-\u06ff]")
        for prefix, values in checks:
            for value in values:
                assert script.search(LABELS[lang].get(f"{prefix}_{value}", "")), (lang, prefix, value)
        for name in ("club_registration", "club_attendance_sheet", "club_fee_notice", "club_transport_list"):
            assert script.search(LABELS[lang][name])
    assert set(LABELS["he"]) == set(LABELS["ar"])
    # the weekday letters are the calendars' own: Sunday א / ح ... Thursday ה / خ
    assert [LABELS["he"][f"cl_wd_{d}"] for d in (6, 0, 1, 2, 3)] == ["א", "ב", "ג", "ד", "ה"]
    assert [LABELS["ar"][f"cl_wd_{d}"] for d in (6, 0, 1, 2, 3)] == ["ح", "ن", "ث", "ر", "خ"]


# ---- the registration form ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("index", [HEBREW, ARABIC])
def test_the_registration_form_prints_everything_the_club_needs_in_the_familys_language(qapp, tmp_path, index):
    data = registration_form(index)
    lang = data.language
    other = "ar" if lang == "he" else "he"
    rendered = club_registration.render_registration(data)
    pages = checked(rendered, tmp_path)
    text = "\n".join(pages)
    c, e = data.club, data.enrolment
    assert words(lang, "club_registration") in text and words(other, "cl_consent_heading") not in text
    assert logical(letterhead().for_language(lang).municipality) in text
    # the club
    for value in (c.name, c.address, SUPERVISOR, c.guide_name):
        assert has(text, value), value
    assert "08-620-0345" in text and "12:00-18:00" in text and "08:00-13:00" in text
    # the child, the file, the parents and their phones, the address
    assert logical(e.child_name) in text and data.file_number in text
    assert e.birth_date is not None and e.birth_date.strftime("%d/%m/%Y") in text
    assert f"{words(lang, 'cl_age')} 9 " in text  # the age on the first day
    for parent in data.parents:
        assert logical(parent.name) in text
    assert words(lang, "kind_mother") in text and words(lang, "kind_father") in text
    assert ("052-555-0134" if index == HEBREW else "050-555-0142") in text
    assert has(text, data.address)
    # transport, school, drop-off
    assert e.route_name and has(text, e.route_name) and has(text, e.school) and has(text, e.dropoff_address)
    # the people allowed to collect the child, with phone and ID
    for x in e.collectors:
        assert logical(x.name) in text and logical(x.relation) in text
        assert not x.id_number or x.id_number in text
    assert words(lang, "cl_collectors_note") in text
    assert has(text, e.goals) and e.starts_on.strftime("%d/%m/%Y") in text
    assert "130.00 ₪" in text
    # the rules, the consent (participation, trips, transport, sharing with the family's social worker)
    assert has(flat(text), words(lang, "cl_rules", fee=words(lang, "cl_fee_monthly", amount="130.00 ₪")))
    assert has(flat(text), words(lang, "cl_consent", child=e.child_name, club=c.name))
    # signature lines: each parent (by name), the club's social worker, with dates
    last = pages[-1]
    for n in (1, 2):
        assert has(last, words(lang, "cl_parent_signature", parent=words(lang, "cl_parent_n", n=n)))
    assert words(lang, "cl_worker_signature") in last and logical(SUPERVISOR) in last
    assert last.count(words(lang, "date")) >= 3
    assert words(lang, "cl_consent_heading") in last  # the consent and its signatures on one page
    # every page: the file number and the print date
    assert all(f"{words(lang, 'file_number')}: {data.file_number}" in page and "17/12/2026" in page
               for page in pages)


def test_the_allergies_and_diet_are_emphasised_in_red(qapp, tmp_path):
    data = registration_form(HEBREW)
    rendered = club_registration.render_registration(data)
    checked(rendered, tmp_path)
    red = red_text(rendered.pdf)
    for word in ("בוטנים", "ואגוזים", "EpiPen", "צמחונית", "גלוטן", "צליאק", "אלרגיות"):
        assert drawn_has(red, word), word
    assert not drawn_has(red, "נועה") and not drawn_has(red, "הגפן")  # nothing else in red
    # none reported: the box says so (never an empty box that reads as "none")
    bare = club_registration.render_registration(registration_form(HEBREW, allergies="", diet=""))
    text = "\n".join(checked(bare, tmp_path))
    assert text.count(words("he", "cl_not_reported")) == 2
    assert drawn_has(red_text(bare.pdf), words("he", "cl_not_reported"))


def test_a_registration_with_no_collectors_no_route_and_no_consent_yet(qapp, tmp_path):
    data = registration_form(ARABIC, collectors=(), route_id=None, route_name="", dropoff_address="",
                             ends_on=None)
    text = "\n".join(checked(club_registration.render_registration(data), tmp_path))
    assert words("ar", "cl_no_collectors") in text and words("ar", "cl_collectors_note") not in text
    assert words("ar", "cl_no_route") in text and words("ar", "cl_collected") in text
    assert " ".join(words("ar", "cl_consent_recorded", date="").split()[:2]) not in text  # not signed yet
    signed = "\n".join(checked(club_registration.render_registration(registration_form(HEBREW)), tmp_path))
    assert has(signed, words("he", "cl_consent_recorded", date="30/11/2026"))


def test_the_language_asked_for_wins_over_the_familys(qapp, tmp_path):
    data = registration_form(HEBREW)
    text = "\n".join(checked(club_registration.render_registration(data, "ar"), tmp_path))
    assert words("ar", "cl_consent_heading") in text and words("he", "cl_consent_heading") not in text
    assert FORMS["club_registration"].build(data, "ar") == club_registration.build(data, "ar")
    with pytest.raises(ValueError):
        club_registration.build(data, "fr")
    with pytest.raises(ValueError):
        club_registration.build(replace(data, language="ru"))


# ---- the attendance sheet ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_fifteen_children_and_23_days_fit_on_one_page_on_its_side(qapp, tmp_path, lang):
    data = attendance_sheet(15)
    assert len(data.days) == 23 and len(data.rows) == 15
    rendered = club_attendance_sheet.render_sheet(data, lang)
    pages = sheet_checked(rendered, tmp_path)
    assert rendered.pages == 1
    text = pages[0]
    # the club and the month, civil and Hebrew; no file number (a sheet of many families); the print date
    assert logical(data.club.name) in text
    assert words(lang, "month_12") in text and ("כסלו" in text if lang == "he" else logical("كسلو") in text)
    assert words(lang, "file_number") not in text and "17/12/2026" in text
    for row in data.rows:  # (Pdfium reads a row with its marks as one line, the name's words turned around)
        assert all(logical(w) in text for w in row.child_name.split())
        if row.allergies:
            assert has(text, row.allergies)
    # every day's column: its number and weekday letter; the five camp days named
    for d in data.days:
        assert str(d.day.day) in text
    assert text.count(words(lang, "cl_camp_short")) == 5 + 2  # the columns and the legend ("camp: camp day")
    # the guide signs
    assert words(lang, "cl_guide_signature") in text and logical(data.club.guide_name) in text


def test_each_childs_row_has_the_recorded_marks_blank_days_to_come_and_totals(qapp, tmp_path):
    data = attendance_sheet(15)
    pdf = club_attendance_sheet.build(data, "he")
    days = [d.day.day for d in data.days]
    # the header row, right to left: the name's header, the days 1, 2, 3, 6 ... 31, the totals' headers
    page, y = y_of(pdf, "31", exact=True)
    header = [t for t in row_cells(pdf, page, y) if t.strip()]
    assert [int(t) for t in header if t.isdigit()] == days
    glyph = {"P": "V", "A": "×", "U": "!", "-": "–"}
    for row in data.rows:
        page, y = y_of(pdf, row.child_name.split()[0])
        cells = row_cells(pdf, page, y, within=6)  # a name with an allergy under it is a line above the marks
        marks = [t for t in cells if t in ("V", "×", "!", "–")]
        assert marks == [glyph[m] for m in row.marks if m], row.child_name  # day by day, right to left
        totals = [int(t) for t in cells if t.isdigit()]
        assert totals == [row.marks.count("P"), row.marks.count("A"), row.marks.count("U")]
    # the days after the 16th are not recorded: no mark in their columns
    assert all(m == "" for row in data.rows for d, m in zip(data.days, row.marks, strict=True) if d.day.day > 16)
    # the unexplained absences in red
    red = [t for *_, colour, t in runs(pdf) if colour == (0.75, 0.05, 0.05)]
    assert red.count("!") == sum(r.marks.count("U") for r in data.rows) == 3


def test_more_children_continue_on_the_next_page_under_the_repeated_header(qapp, tmp_path):
    data = attendance_sheet(24)
    rendered = club_attendance_sheet.render_sheet(data, "ar")
    pages = sheet_checked(rendered, tmp_path)
    assert rendered.pages == 2
    for page in pages:
        assert logical(data.club.name) in page and words("ar", "month_12") in page
        assert words("ar", "cl_child") in page and words("ar", "cl_total_unexplained") in page
        assert page.count(words("ar", "cl_camp_short")) >= 5
    for row in data.rows:  # each child on one page only (Pdfium may read a row's name words turned around)
        name = logical(row.child_name)
        turned = " ".join(reversed(name.split()))
        assert sum(name in page or turned in page for page in pages) == 1, row.child_name
    assert words("ar", "cl_guide_signature") in pages[-1] and words("ar", "page_of", page=2, pages=2) in pages[1]


def test_fifteen_children_all_with_allergies_still_fit_one_page(qapp, tmp_path):
    rows = tuple(replace(r, allergies="בוטנים, שומשום וקיווי") for r in sheet_rows(15))
    rendered = club_attendance_sheet.render_sheet(attendance_sheet(rows=rows), "he")
    sheet_checked(rendered, tmp_path)
    assert rendered.pages == 1


def test_a_month_with_fewer_days_and_a_month_closed_or_empty(qapp, tmp_path):
    july = tuple(d for d in club_days(date(2027, 7, 1)))
    camp = tuple(replace(d, kind="camp") for d in july)
    rows = tuple(SheetRow(child_name=f"ילד {i}", marks=("",) * len(camp), allergies="") for i in range(3))
    data = attendance_sheet(rows=rows, days=camp, month=date(2027, 7, 1))
    text = sheet_checked(club_attendance_sheet.render_sheet(data, "he"), tmp_path)[0]
    assert text.count(words("he", "cl_camp_short")) == len(camp) + 2 and words("he", "month_7") in text
    closed = attendance_sheet(rows=(), days=(), month=date(2027, 8, 1))
    text = sheet_checked(club_attendance_sheet.render_sheet(closed, "ar"), tmp_path)[0]
    assert words("ar", "cl_no_days") in text and words("ar", "month_8") in text
    empty = attendance_sheet(rows=())
    text = sheet_checked(club_attendance_sheet.render_sheet(empty, "he"), tmp_path)[0]
    assert words("he", "cl_no_children") in text


def test_the_marks_are_glyphs_the_fonts_have_and_the_legend_explains_them(qapp, tmp_path):
    for lang in LANGS:
        rendered = club_attendance_sheet.render_sheet(attendance_sheet(15), lang)
        text = sheet_checked(rendered, tmp_path)[0]  # missing_glyphs() is empty: each mark exists in its font
        for key in ("cl_present", "cl_absent_reason", "cl_unexplained", "cl_not_enrolled", "cl_camp_day"):
            assert words(lang, key) in text, key


# ---- the fee notice ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("index", [HEBREW, ARABIC])
def test_the_fee_notice_tells_the_family_what_it_owes_and_how_to_pay(qapp, tmp_path, index):
    data = fee_notice(index)
    lang = data.language
    rendered = club_fee_notice.render_notice(data)
    text = "\n".join(checked(rendered, tmp_path))
    lines = drawn_lines(rendered.pdf)  # (Pdfium reads "A-1043" in a right-to-left line as "-1043A")
    month = words(lang, "month_12") + " 2026"
    assert logical(data.addressee) in text and has(text, data.address)
    assert words(lang, "cl_family", name=data.family_name) in text
    assert has(text, words(lang, "cl_fee_subject", month=month)) and data.file_number in text
    for line in data.lines:
        assert logical(line.child_name) in text
    assert "130.00 ₪" in text
    for p in data.payments:
        assert p.paid_on.strftime("%d/%m/%Y") in text and any(p.receipt_no in line for line in lines)
        assert words(lang, f"method_{p.method}") in text
    assert has(text, words(lang, "cl_how_to_pay", department=letterhead().for_language(lang).department,
                           file=data.file_number))
    assert "08-6200000" in text and words(lang, "cl_hardship").split()[0] in text
    if index == HEBREW:  # a discount, a total, a balance with arrears
        assert "50.00 ₪" in text and "80.00 ₪" in text and "210.00 ₪" in text and "100.00 ₪" in text
        assert f"{words('he', 'cl_balance')}: 240.00 ₪" in text and f"{words('he', 'cl_arrears')}: 130.00 ₪" in text
    else:  # an exemption (nothing to pay), a payment that left a credit
        assert words("ar", "cl_exemption") in text and "0.00 ₪" in text and "65.00 ₪" in text
        assert words("ar", "cl_credit") in text and words("ar", "cl_balance") not in text
        assert "-65" not in text and "65.00-" not in text  # a credit in words, never a minus sign


def test_a_fee_notice_with_nothing_owed_and_no_charges_or_payments(qapp, tmp_path):
    data = fee_notice(HEBREW, lines=(), payments=(), balance_agorot=0, arrears_agorot=0)
    text = "\n".join(checked(club_fee_notice.render_notice(data), tmp_path))
    for key in ("cl_no_charges", "cl_no_payments", "cl_nothing_owed"):
        assert words("he", key) in text
    assert words("he", "cl_arrears") not in text
    # no phone on the letterhead: no "for questions" line
    text = "\n".join(checked(club_fee_notice.render_notice(replace(data, letterhead=letterhead(phone=""))),
                             tmp_path))
    assert words("he", "cl_questions_phone", phone="").split(":")[0] not in text


# ---- the transport list ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_the_transport_list_gives_each_route_its_children_and_who_collects_them(qapp, tmp_path, lang):
    data = transport_list()
    rendered = club_transport_list.render_list(data, lang)
    text = "\n".join(checked(rendered, tmp_path))
    assert logical(data.club.name) in text and "14/12/2026" in text and words(lang, "weekday_0") in text
    assert words(lang, "file_number") not in text
    for route in ROUTES:
        assert has(text, words(lang, "cl_route_heading", route=route.name))
        assert has(text, route.driver) and has(text, route.stops)
    for group in data.routes:
        assert words(lang, "cl_children_count", n=len(group.children)) in text
        for c in group.children:
            assert logical(c.child_name) in text and has(text, c.school)
            assert has(text, c.dropoff_address) if c.dropoff_address else words(lang, "cl_collected") in text
            for x in c.collectors:
                assert logical(x.name) in text
    assert "052-555-0134" in text and "050-555-0142" in text and "04-620-0777" in text
    # the children collected at the club last
    assert text.index(words(lang, "cl_no_route_heading")) > text.index(logical(ROUTES[1].name.split()[0]))
    red = red_text(rendered.pdf)
    for allergy in ("בוטנים", "EpiPen", "חלב", "سمسم", "طحينة"):
        assert drawn_has(red, allergy), allergy
    assert not drawn_has(red, "נועה") and not drawn_has(red, "كريم")


def test_a_day_with_no_children_says_so(qapp, tmp_path):
    text = "\n".join(checked(club_transport_list.render_list(transport_list(routes=()), "ar"), tmp_path))
    assert words("ar", "cl_no_children_day") in text


# ---- bad input ---------------------------------------------------------------------------------------------------
def test_a_name_of_300_characters_wraps_on_every_form(qapp, tmp_path):
    name = " ".join(["אלכסנדרה", "בת", "עבד", "אלרחמן"] * 30)[:299] + "ה"
    assert len(name) == 300
    letters = "".join(name.split())

    def whole(pages: list[str]) -> str:
        return "".join("".join(pages).split())

    for lang in LANGS:
        reg = registration_form(HEBREW, child_name=name, club_changes={"name": name},
                                collectors=(CollectorDTO(id=1, name=name, relation=name, phone="0525550134",
                                                         id_number="000000018"),))
        text = whole(checked(club_registration.render_registration(reg, lang), tmp_path))
        assert text.count(letters) >= 3  # the title, the club, the child, the consent...
        assert text.count("אלכסנדרה") >= 6 * 30 // 4 * 2
        rows = (SheetRow(child_name=name, marks=("P",) * 23, allergies=name), *sheet_rows(14))
        sheet = attendance_sheet(rows=rows)
        text = whole(sheet_checked(club_attendance_sheet.render_sheet(sheet, lang), tmp_path))
        assert text.count("אלרחמן") >= 2 * name.count("אלרחמן")  # the name and the allergy, every word
        notice = fee_notice(HEBREW, addressee=name, family_name=name, address=name)
        notice = replace(notice, lines=(replace(notice.lines[0], child_name=name, club_name=name),))
        text = whole(checked(club_fee_notice.render_notice(notice, lang), tmp_path))
        assert text.count(letters) >= 2 and text.count("אלכסנדרה") >= 4 * name.count("אלכסנדרה")
        t = transport_list()
        child = replace(t.routes[0].children[0], child_name=name, school=name, allergies=name)
        t = replace(t, routes=(replace(t.routes[0], children=(child,)),))
        text = whole(checked(club_transport_list.render_list(t, lang), tmp_path))
        assert text.count("אלרחמן") >= 3 * name.count("אלרחמן")


def test_hebrew_english_numbers_and_brackets_read_in_logical_order(qapp, tmp_path):
    goals = "נועה (כיתה ג') תגבור בקריאה [3 פעמים בשבוע]; אבחון ADHD (2024) של ד\"ר Miller, טלפון 052-5550134."
    data = registration_form(HEBREW, goals=goals)
    text = "\n".join(checked(club_registration.render_registration(data), tmp_path))
    # (Pdfium's text of a line mixing English and numbers is not in logical order after them: the drawn
    # order is checked below)
    assert "נועה (כיתה ג') תגבור בקריאה [3 פעמים בשבוע]; אבחון" in text
    assert "052-5550134" in text and "(2024)" in text and "Miller" in text
    drawn = {t.strip(): left for _p, left, _r, t in text_extents(club_registration.build(data))
             if {"ADHD", "Miller"} & set(re.findall(r"\w+", t))}
    adhd = next(x for k, x in drawn.items() if "ADHD" in k)
    miller = next(x for k, x in drawn.items() if "Miller" in k)
    assert adhd > miller  # right to left: ADHD (read first) right of Miller
    # in Arabic, a time range after an Arabic word is drawn as it is written (not "00:00-13:08")
    lines = drawn_lines(club_registration.build(registration_form(ARABIC)))
    joined = "\n".join(lines)
    assert "08:00-13:00" in joined and "12:00-18:00" in joined and "00:00-13:08" not in joined
    # ... and a phone number (the collectors' table)
    assert "054-555-0199" in joined


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(PARAGRAPHS, PARAGRAPHS, st.sampled_from(LANGS))
def test_any_mixed_text_prints_whole(qapp, tmp_path, goals, allergies, lang):
    """Generated Hebrew, Arabic, Latin, numbers, dates, ID numbers, phones and brackets as the goals and the
    allergies: every character in a font that has it, nothing past the margins, the numbers intact."""
    data = registration_form(HEBREW, goals=goals, allergies=allergies)
    text = "\n".join(checked(club_registration.render_registration(data, lang), tmp_path))
    for source in (goals, allergies):
        for number in re.findall(r"(?<![\d/,.-])\d{9}(?![\d/,.-])", source):
            assert number in text
        for day in re.findall(r"(?<![\d/])\d\d/\d\d/\d{4}(?![\d/])", source):
            assert day in text
        for phone in re.findall(r"(?<![\d-])05\d-\d{7}(?![\d-])", source):
            assert phone in text


@pytest.mark.parametrize("logo", [None, b"\x89PNG\r\n\x1a\n truncated", b"not an image at all"])
def test_a_missing_or_broken_logo_still_prints_every_form(qapp, tmp_path, logo):
    warnings = ("logo_unreadable",) if logo else ()
    for lang in LANGS:
        checked(club_registration.render_registration(registration_form(HEBREW, logo=logo), lang), tmp_path,
                warnings)
        sheet_checked(club_attendance_sheet.render_sheet(attendance_sheet(logo=logo), lang), tmp_path, warnings)
        checked(club_fee_notice.render_notice(fee_notice(ARABIC, logo=logo), lang), tmp_path, warnings)
        checked(club_transport_list.render_list(transport_list(logo=logo), lang), tmp_path, warnings)


def test_the_demo_logo_prints_with_no_warning(qapp, tmp_path):
    sheet_checked(club_attendance_sheet.render_sheet(attendance_sheet(logo=demo_logo()), "ar"), tmp_path)
    checked(club_registration.render_registration(registration_form(ARABIC, logo=demo_logo())), tmp_path)


# ---- the registry ------------------------------------------------------------------------------------------------
def test_the_registry_names_the_four_forms_and_a_batch_mixes_upright_and_on_its_side(qapp, tmp_path):
    samples = {"club_registration": registration_form(HEBREW), "club_attendance_sheet": attendance_sheet(),
               "club_fee_notice": fee_notice(ARABIC), "club_transport_list": transport_list()}
    for name, data in samples.items():
        form = FORMS[name]
        assert form.langs == ("he", "ar") and isinstance(data, form.data_type)
        assert form.build(data, "he").startswith(b"%PDF")
        with pytest.raises(ValueError):
            form.build(data, "fr")
    rendered = render_batch([("club_registration", samples["club_registration"], "he"),
                             ("club_attendance_sheet", samples["club_attendance_sheet"], "ar"),
                             ("committee_invitation", invitation_batch(), "he"),
                             ("club_transport_list", samples["club_transport_list"], "he")])
    assert missing_glyphs(rendered.pdf) == {}
    pages = pdfium_pages(rendered.pdf, tmp_path)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in PdfReader(io.BytesIO(rendered.pdf)).pages]
    upright, side = (595, 842), (842, 595)
    assert sizes == [upright, upright, side, upright, upright, upright, upright, upright]
    assert words("he", "cl_consent_heading") in pages[1] and words("ar", "cl_guide_signature") in pages[2]
    assert words("ar", "page_of", page=1, pages=1) in pages[2] and words("he", "cl_route_heading", route="")[:5] \
        in pages[-1]
    with pytest.raises(TypeError):
        render_batch([("club_fee_notice", attendance_sheet(), "he")])


def test_a_child_who_started_later_in_the_month_is_marked_not_enrolled_before(qapp, tmp_path):
    """The third child of the sample started on 8/12: the days before are marked "–", the others recorded."""
    rows = sheet_rows(15)
    later = next(r for r in rows if r.marks[0] == "-")
    first_day = next(i for i, m in enumerate(later.marks) if m != "-")
    assert club_days()[first_day].day == date(2026, 12, 8)
    pdf = club_attendance_sheet.build(attendance_sheet(rows=rows), "he")
    page, y = y_of(pdf, later.child_name.split()[0])
    cells = [t for t in row_cells(pdf, page, y, within=6) if t in ("V", "×", "!", "–")]
    assert cells[:first_day] == ["–"] * first_day and "–" not in cells[first_day:]


def test_a_transport_child_with_no_collectors_and_a_route_with_no_driver(qapp, tmp_path):
    t = transport_list()
    bare_route = replace(ROUTES[0], driver="", stops="")
    child = replace(t.routes[0].children[0], collectors=(), parent_phone="", allergies="")
    data = replace(t, routes=(replace(t.routes[0], route=bare_route, children=(child,)),))
    text = "\n".join(checked(club_transport_list.render_list(data, "he"), tmp_path))
    assert words("he", "cl_driver") not in text and logical(child.child_name) in text


def test_the_age_printed_is_the_childs_age_on_the_first_day(qapp, tmp_path):
    birthday = date(2026, 3, 9)  # Noa's 9th
    for starts_on, age in ((birthday - timedelta(days=1), 8), (birthday, 9)):
        data = registration_form(HEBREW, starts_on=starts_on)
        text = "\n".join(checked(club_registration.render_registration(data), tmp_path))
        assert f"{words('he', 'cl_age')} {age} " in text
    no_birth = registration_form(HEBREW, birth_date=None)
    text = "\n".join(checked(club_registration.render_registration(no_birth), tmp_path))
    assert f"{words('he', 'cl_age')} - " in text  # not known: a dash, as every empty field
