"""The family file summary in Hebrew and Arabic, with the checks every form passes: each character drawn
exists in its font; the ID numbers, dates and phones of the data come out intact in Pdfium's text; a Hebrew
and an Arabic line read in logical order. And bad input: a 300-character name, empty fields, 20 pages of
notes, emoji and CJK."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.text import format_phone
from reports.forms import FORMS
from reports.forms.family_summary import build, render_summary
from reports.template import MARGIN, PAGE_WIDTH, civil_date
from tests.unit.reports.pdfcheck import (
    missing_glyphs,
    overflowing,
    pdfium_pages,
    pdfium_selection,
    text_extents,
)
from tests.unit.reports.samples import summary
from tests.unit.reports.strategies import PARAGRAPHS

CASES = [(0, "he"), (1, "ar"), (0, "ar"), (1, "he")]


def logical(text: str) -> str:
    """What Pdfium should give back for a logical string: Arabic presentation forms as their letters."""
    return unicodedata.normalize("NFKC", text)


def check_form(data, lang, tmp_path) -> str:
    """The checks every form passes; returns Pdfium's text of all pages."""
    rendered = render_summary(data, lang)
    assert rendered.pdf.startswith(b"%PDF") and rendered.warnings == ()
    assert missing_glyphs(rendered.pdf) == {}
    assert overflowing(rendered.pdf, MARGIN, PAGE_WIDTH - MARGIN) == []
    text = "\n".join(pdfium_pages(rendered.pdf, tmp_path))
    f = data.file
    for m in f.members:
        p = m.person
        if p.id_kind == "il":
            # (a passport number mixes letters and digits: in an Arabic line Pdfium's own reordering turns
            # "P1234567" into "1234567P" although it is drawn right; the Israeli ID numbers are digits)
            assert p.id_number in text
        assert civil_date(p.birth_date) in text
        for phone in p.phones:
            assert format_phone(phone) in text
    for t in data.open_tasks:
        assert civil_date(t.due_date) in text
    for n in data.notes:
        assert civil_date(n.note_date) in text
    assert f.file_number in text and civil_date(f.opened_on) in text
    return text


@pytest.mark.parametrize(("index", "lang"), CASES)
def test_the_summary_passes_the_checks_of_every_form(qapp, tmp_path, index, lang):
    check_form(summary(index), lang, tmp_path)


def test_a_hebrew_line_reads_in_logical_order(qapp, tmp_path):
    data = summary(0)
    text = check_form(data, "he", tmp_path)
    lines = text.splitlines()
    assert "סיכום תיק משפחה: בן-דוד" in lines
    # a note's sentence with brackets, a sum, a date and a time, as the worker wrote it
    assert "ביקור בית בנוכחות האם (מיכל) והילדים." in text
    assert "הפניה למועדונית \"אורות\" [כיתה ד']" in text
    # selecting from the start of the title in the viewer copies the title's first words
    pdf = build(data, "he")
    start = pdfium_pages(pdf, tmp_path)[0].index("סיכום תיק")
    assert pdfium_selection(pdf, tmp_path, 0, start, 9) == "סיכום תיק"


def test_an_arabic_line_reads_in_logical_order(qapp, tmp_path):
    data = summary(1)
    text = check_form(data, "ar", tmp_path)
    assert logical("ملخص ملف العائلة: خطيب") in text
    assert logical("لقاء في المكتب مع الأم رانيا (رقم الهوية 017320508).") in text
    assert logical("متابعة مع المدرسة (الصف الخامس)") in text
    # the phone number in an Arabic sentence keeps its order (isolated left to right)
    assert "050-5550142" in text and "08-6200002" in text


def test_labels_follow_the_document_language(qapp, tmp_path):
    he = "\n".join(pdfium_pages(build(summary(0), "he"), tmp_path))
    ar = "\n".join(pdfium_pages(build(summary(0), "ar"), tmp_path))
    assert "בני המשפחה" in he and "أفراد العائلة" not in he
    assert "أفراد العائلة" in ar and "בני המשפחה" not in ar


def test_a_300_character_name_wraps_inside_its_cell(qapp, tmp_path):
    data = summary(0)
    long_first = ("שם-ארוך-מאוד " * 25)[:300]
    member = data.file.members[0]
    long_member = replace(member, person=replace(member.person, first_name=long_first))
    data = replace(data, file=replace(data.file, members=(long_member, *data.file.members[1:])))
    rendered = render_summary(data, "he")
    text = check_form(data, "he", tmp_path)
    assert rendered.pages == 1
    assert text.count("שם-ארוך-מאוד") == long_first.count("שם-ארוך-מאוד") == 23


def test_a_300_character_name_with_no_space_breaks_between_letters(qapp, tmp_path):
    data = summary(1)
    long_last = "خطيب" * 75
    member = data.file.members[0]
    long_member = replace(member, person=replace(member.person, last_name_ar=long_last))
    data = replace(data, file=replace(data.file, members=(long_member, *data.file.members[1:])))
    text = check_form(data, "ar", tmp_path)  # nothing reaches past the margins
    assert "".join(text.split()).count("خطيب") >= 75


def test_empty_fields_print(qapp, tmp_path):
    data = summary(0)
    empty = replace(data.file, address="", locality="", neighbourhood="", worker=None, team_name="", members=())
    data = replace(data, file=empty, open_tasks=(), notes=())
    rendered = render_summary(data, "he")
    text = "\n".join(pdfium_pages(rendered.pdf, tmp_path))
    assert rendered.pages == 1
    assert text.splitlines().count("אין") == 3  # no members, no tasks, no notes
    assert missing_glyphs(rendered.pdf) == {}


def test_twenty_pages_of_notes_split_across_pages(qapp, tmp_path):
    data = summary(0)
    long_text = " ".join(f"{i}. ביקור בית ביום 14/12/2026 (שעה 09:30), טלפון 052-5550134." for i in range(1, 1500))
    note = replace(data.notes[0], text=long_text)
    data = replace(data, notes=(note,))
    rendered = render_summary(data, "he")
    assert rendered.pages >= 20
    text = "\n".join(pdfium_pages(rendered.pdf, tmp_path))
    assert text.count("052-5550134") == 1499 + 1  # (+ the first task's description) and f"עמוד {rendered.pages} מתוך {rendered.pages}" in text
    assert missing_glyphs(rendered.pdf) == {}


def test_emoji_and_cjk_print_as_a_visible_replacement(qapp, tmp_path):
    data = summary(1)
    note = replace(data.notes[0], text="الأم قالت 😀 وكتبت 世界 في الرسالة")
    data = replace(data, notes=(note,))
    rendered = render_summary(data, "ar")
    text = "\n".join(pdfium_pages(rendered.pdf, tmp_path))
    assert text.count("\ufffd") == 3 and "😀" not in text
    assert missing_glyphs(rendered.pdf) == {}


def test_the_registry_names_the_form():
    form = FORMS["family_summary"]
    assert form.langs == ("he", "ar")
    assert form.build(summary(0), "he").startswith(b"%PDF")
    with pytest.raises(ValueError):
        form.build(summary(0), "fr")


def test_a_table_row_taller_than_a_page_continues_on_the_next(qapp, tmp_path):
    """A task description may hold 4,000 characters (models/tasks): its row splits across pages, the table's
    header repeated."""
    data = summary(0)
    description = ("תיאור ארוך של משימה (שלב 2) 052-5550134. " * 100)[:4000]
    task = replace(data.open_tasks[0], description=description)
    data = replace(data, open_tasks=(task, *data.open_tasks[1:]))
    rendered = render_summary(data, "he")
    pages = pdfium_pages(rendered.pdf, tmp_path)
    assert rendered.pages >= 2
    assert "".join(pages).count("052-5550134") == description.count("052-5550134") + 1  # + the first note's
    assert sum("משימה תאריך יעד באחריות" in p for p in pages) >= 2
    assert missing_glyphs(rendered.pdf) == {}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(PARAGRAPHS, st.sampled_from(["he", "ar"])), min_size=1, max_size=3))
def test_any_mixed_text_in_the_notes_prints_whole(qapp, tmp_path, notes):
    """Generated paragraphs of Hebrew, Arabic, Latin, numbers, dates, ID numbers, phones and brackets as the
    notes: every character in a font that has it, nothing past the margins, the numbers intact."""
    data = summary(0)
    lang = notes[0][1]
    data = replace(data, notes=tuple(replace(data.notes[0], id=i, text=text) for i, (text, _) in enumerate(notes)))
    text = check_form(data, lang, tmp_path)
    for note_text, _ in notes:
        for number in re.findall(r"(?<![\d/,.-])\d{9}(?![\d/,.-])", note_text):  # ID numbers
            assert number in text
        for date in re.findall(r"(?<![\d/])\d\d/\d\d/\d{4}(?![\d/])", note_text):
            assert date in text
        for phone in re.findall(r"(?<![\d-])05\d-\d{7}(?![\d-])", note_text):
            assert phone in text


@pytest.mark.parametrize(("index", "lang", "title"), [(0, "he", "החפשמ קית םוכיס"), (1, "ar", "ﺔﻠﺋﺎﻌﻟﺍ ﻒﻠﻣ ﺺﺨﻠﻣ")])
def test_the_page_reads_right_to_left(index, lang, title):
    """The title starts at the right margin (its first word, drawn rightmost, ends there)."""
    extents = text_extents(build(summary(index), lang))
    line = [r for r in extents if title in r[3]]
    assert line, title
    _, _, right, _ = max(line, key=lambda r: r[2])
    assert right == pytest.approx(PAGE_WIDTH - MARGIN, abs=0.5)


def test_an_arabic_summary_prints_the_arabic_letterhead_and_a_hebrew_one_the_hebrew(qapp, tmp_path):
    """The department's letterhead in the form's language; an Arabic text left empty prints the Hebrew."""
    from tests.unit.reports.samples import letterhead

    lh = letterhead(municipality_ar="مجلس عين هبسور الإقليمي", address_ar="شارع النخيل، عين هبسور")
    data = replace(summary(1), letterhead=lh)
    ar = check_form(data, "ar", tmp_path)
    assert logical("مجلس عين هبسور الإقليمي") in ar and logical("شارع النخيل، عين هبسور") in ar
    assert lh.municipality not in ar
    assert lh.department in ar  # no Arabic department set: the Hebrew one
    he = check_form(data, "he", tmp_path)
    assert lh.municipality in he and lh.department in he
    assert logical("مجلس عين هبسور") not in he and "مجلس" not in he
