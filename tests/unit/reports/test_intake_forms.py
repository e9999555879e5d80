"""The intake summary and the referral letter in Hebrew and Arabic, with the checks every form passes (each
character drawn exists in its font, nothing past the margins, the ID numbers, dates and phones intact in
Pdfium's text), every code printed as a word of the form's language, each outcome's details, a long problem
text continued on more pages, mixed lines with brackets and numbers in logical order, and the letter refused
for a referral not referred elsewhere."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from models import codes
from models.roles import ROLE_CODES
from models.text import format_phone
from reports.forms import FORMS, intake_summary, referral_letter, render_batch
from reports.labels import LABELS, LANGS
from reports.template import MARGIN, PAGE_WIDTH, civil_date
from tests.unit.reports.intake_samples import (
    ATTACHED,
    ELSEWHERE,
    NEW_FILE,
    NO_INTERVENTION,
    OPEN,
    intake_form,
    letterhead,
)
from tests.unit.reports.pdfcheck import missing_glyphs, overflowing, pdfium_pages, text_extents
from tests.unit.reports.samples import summary
from tests.unit.reports.strategies import PARAGRAPHS

ALL = (NEW_FILE, ELSEWHERE, OPEN, NO_INTERVENTION, ATTACHED)


def logical(text: str) -> str:
    """What Pdfium gives back for a logical string: Arabic presentation forms as their letters."""
    return unicodedata.normalize("NFKC", text)


def words(lang: str, key: str) -> str:
    return logical(LABELS[lang][key])


def check_pdf(rendered, data, lang, tmp_path) -> str:
    """The checks every form passes; returns Pdfium's text of all pages."""
    assert rendered.pdf.startswith(b"%PDF") and rendered.warnings == ()
    assert missing_glyphs(rendered.pdf) == {}
    assert overflowing(rendered.pdf, MARGIN, PAGE_WIDTH - MARGIN) == []
    text = "\n".join(pdfium_pages(rendered.pdf, tmp_path))
    r = data.referral
    for rp in r.persons:
        assert rp.person.id_number in text
        assert civil_date(rp.person.birth_date) in text
        name = (f"{rp.person.first_name_ar} {rp.person.last_name_ar}" if lang == "ar" and rp.person.first_name_ar
                else rp.person.full_name)
        assert logical(name) in text
    assert r.number in text and civil_date(r.received_on) in text
    assert f"{rendered.pages}" in text and words(lang, "confidential") in text
    return text


def check_summary(data, lang, tmp_path) -> str:
    text = check_pdf(intake_summary.render_summary(data, lang), data, lang, tmp_path)
    r = data.referral
    if r.referrer.phone:
        assert format_phone(r.referrer.phone) in text
    for key in (f"channel_{r.channel}", f"source_{r.source}", f"urgency_{r.urgency}"):
        assert words(lang, key) in text
    assert logical(r.intake_worker.full_name) in text
    return text


def check_letter(data, lang, tmp_path) -> str:
    return check_pdf(referral_letter.render_letter(data, lang), data, lang, tmp_path)


# ---- the words -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("prefix", "values"), [
    ("channel", codes.REFERRAL_CHANNELS), ("source", codes.REFERRAL_SOURCES), ("urgency", codes.URGENCIES),
    ("outcome", codes.REFERRAL_OUTCOMES), ("elsewhere", codes.ELSEWHERE_SERVICES),
    ("no_intervention", codes.NO_INTERVENTION_REASONS), ("relation", codes.RELATIONS), ("sex", codes.SEXES),
    ("language", codes.LANGUAGES), ("role", ROLE_CODES),
])
def test_every_code_has_a_word_in_hebrew_and_in_arabic(prefix, values):
    """A code the forms print has its own word in each language (label() would print the bare key)."""
    for lang in LANGS:
        script = re.compile("[\u0590-\u05ff]" if lang == "he" else "[\u0600-\u06ff]")
        for value in values:
            assert script.search(LABELS[lang].get(f"{prefix}_{value}", "")), (lang, prefix, value)
    assert LABELS["he"]["urgency_immediate"] == "מיידי" and LABELS["ar"]["urgency_immediate"] == "فوري"
    assert LABELS["he"]["urgency_day"] == "תוך 24 שעות" and LABELS["ar"]["urgency_day"] == "خلال 24 ساعة"


def test_the_two_languages_have_the_same_labels():
    assert set(LABELS["he"]) == set(LABELS["ar"])


# ---- the intake summary ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("index", ALL)
@pytest.mark.parametrize("lang", LANGS)
def test_every_sample_summary_passes_the_checks_of_every_form(qapp, tmp_path, index, lang):
    check_summary(intake_form(index), lang, tmp_path)


def test_a_new_file_prints_its_number_and_the_worker_handed_to(qapp, tmp_path):
    data = intake_form(NEW_FILE)
    text = check_summary(data, "he", tmp_path)
    assert "סיכום אינטייק: פנייה 2026/0118" in text.splitlines()
    assert data.referral.decided_on is not None
    assert words("he", "outcome_new_file") in text and civil_date(data.referral.decided_on) in text
    assert "2026/0463" in text and "דנה כרמלי" in text
    assert "מס' תיק: 2026/0463" in text  # the header names the file the referral opened
    assert "יועצת בית הספר" in text and "בית הספר היסודי \"נופים\"" in text
    assert words("he", "no_outcome_yet") not in text


def test_an_open_referral_prints_no_outcome_yet(qapp, tmp_path):
    for lang in LANGS:
        text = check_summary(intake_form(OPEN), lang, tmp_path)
        assert words(lang, "no_outcome_yet") in text
        assert all(words(lang, f"outcome_{o}") not in text for o in codes.REFERRAL_OUTCOMES)


def test_a_file_attached_and_not_handed_over_says_so(qapp, tmp_path):
    text = check_summary(intake_form(ATTACHED), "he", tmp_path)
    assert words("he", "outcome_attached") in text and words("he", "attached_to") in text
    assert "2026/0457" in text and words("he", "not_handed_yet") in text


def test_referred_elsewhere_prints_the_service_and_the_detail(qapp, tmp_path):
    data = intake_form(ELSEWHERE)
    text = check_summary(data, "ar", tmp_path)
    assert words("ar", "outcome_referred_elsewhere") in text and words("ar", "elsewhere_health") in text
    # (the detail wraps in its cell)
    assert logical("مركز تطور الطفل - حي الزيتون") in text and logical("(الطابق 2)") in text
    # the Arabic names of the persons on the Arabic form, their Hebrew-letter names on the Hebrew one
    assert logical("كريم منصور") in text and "כרים מנסור" not in text
    he = check_summary(data, "he", tmp_path)
    assert "כרים מנסור" in he and words("he", "elsewhere_health") in he


def test_no_intervention_prints_the_reason(qapp, tmp_path):
    for lang in LANGS:
        text = check_summary(intake_form(NO_INTERVENTION), lang, tmp_path)
        assert words(lang, "outcome_no_intervention") in text
        assert words(lang, "no_intervention_information_only") in text


def test_labels_follow_the_document_language(qapp, tmp_path):
    he = check_summary(intake_form(NEW_FILE), "he", tmp_path)
    ar = check_summary(intake_form(NEW_FILE), "ar", tmp_path)
    for key in ("persons", "problem", "referrer", "outcome", "intake_signature", "urgency_day", "role_intake_worker"):
        assert words("he", key) in he and words("ar", key) not in he
        assert words("ar", key) in ar and words("he", key) not in ar
    # the Arabic form on the Arabic letterhead
    assert logical(letterhead().municipality_ar) in ar and letterhead().municipality not in ar


def test_a_hebrew_line_with_brackets_and_numbers_reads_in_logical_order(qapp, tmp_path):
    text = check_summary(intake_form(NEW_FILE), "he", tmp_path)
    assert "נועה (כיתה ג') מגיעה לבית הספר רעבה ועייפה כבר שלושה שבועות; נעדרה 6 ימים בנובמבר." in text
    assert "האם (עדי) אמרה בשיחה" in text and "\"לא מצליחה להחזיק את הבית\" מאז שהאב עזב [לפני" in text
    assert "20/11/2026" in text and "08-6205555" in text and "12:00" in text


def test_an_arabic_line_with_brackets_and_numbers_reads_in_logical_order(qapp, tmp_path):
    text = check_summary(intake_form(ELSEWHERE), "ar", tmp_path)
    assert logical("وابنها كريم (9 سنوات) يحتاج إلى متابعة تطورية (علاج نطق).") in text
    assert "2024" in text and "050-5550142" in text  # the phone in an Arabic sentence keeps its order


def test_a_long_problem_continues_on_more_pages_and_nothing_is_cut(qapp, tmp_path):
    problem = " ".join(f"{i}. הילד (בן 9) סיפר ליועצת ב-14/12/2026 על מריבות בבית; טלפון האם 052-5550134." for i in
                       range(1, 400))
    data = replace(intake_form(NEW_FILE), referral=replace(intake_form(NEW_FILE).referral, problem=problem))
    rendered = intake_summary.render_summary(data, "he")
    assert rendered.pages >= 4
    text = check_pdf(rendered, data, "he", tmp_path)
    assert text.count("052-5550134") == 399
    assert f"עמוד {rendered.pages} מתוך {rendered.pages}" in text
    assert words("he", "intake_signature") in text  # the signature line after it, on the last page
    assert words("he", "intake_signature") in pdfium_pages(rendered.pdf, tmp_path)[-1]


def test_empty_texts_print(qapp, tmp_path):
    """A self-referral with no referrer, no notes, no outcome note: the form prints, "none" where empty."""
    base = intake_form(ATTACHED)
    data = replace(base, referral=replace(base.referral, notes="", outcome_note=""))
    text = check_summary(data, "ar", tmp_path)
    assert words("ar", "none") in text and words("ar", "outcome_note") not in text


@pytest.mark.parametrize(("form", "lang", "title"), [
    (intake_summary, "he", "קייטניא םוכיס"), (intake_summary, "ar", "ﻝﺎﺒﻘﺘﺳﻻﺍ ﺺﺨﻠﻣ"),
    (referral_letter, "he", "דובכל"), (referral_letter, "ar", "ﺓﺮﻀﺣ"),
])
def test_the_forms_read_right_to_left(form, lang, title):
    """The title (the letter's "to") starts at the right margin (its first word, drawn rightmost, ends there)."""
    extents = text_extents(form.build(intake_form(ELSEWHERE if form is referral_letter else NEW_FILE), lang))
    line = [r for r in extents if title in r[3]]
    assert line, title
    assert max(r[2] for r in line) == pytest.approx(PAGE_WIDTH - MARGIN, abs=0.5)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(PARAGRAPHS, PARAGRAPHS, st.sampled_from(LANGS))
def test_any_mixed_problem_and_detail_print_whole(qapp, tmp_path, problem, detail, lang):
    """Generated Hebrew, Arabic, Latin, numbers, dates, ID numbers, phones and brackets as the problem and
    the receiving service's detail: every character in a font that has it, nothing past the margins, the
    numbers intact, on both forms."""
    base = intake_form(ELSEWHERE)
    data = replace(base, referral=replace(base.referral, problem=problem, elsewhere_detail=detail))
    for text in (check_summary(data, lang, tmp_path), check_letter(data, lang, tmp_path)):
        for source in (problem, detail):
            for number in re.findall(r"(?<![\d/,.-])\d{9}(?![\d/,.-])", source):
                assert number in text
            for date in re.findall(r"(?<![\d/])\d\d/\d\d/\d{4}(?![\d/])", source):
                assert date in text
            for phone in re.findall(r"(?<![\d-])05\d-\d{7}(?![\d-])", source):
                assert phone in text


# ---- the referral letter ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_the_letter_addresses_the_service_and_says_who_why_and_what(qapp, tmp_path, lang):
    data = intake_form(ELSEWHERE)
    r = data.referral
    text = check_letter(data, lang, tmp_path)
    lines = text.splitlines()
    # addressee: the service in words and the detail as typed
    assert words(lang, "to") in lines and words(lang, "elsewhere_health") in lines
    assert logical(r.elsewhere_detail) in lines
    # the subject names the persons referred
    names = [f"{p.person.first_name_ar} {p.person.last_name_ar}" if lang == "ar" else p.person.full_name
             for p in r.persons]
    subject = f"{LABELS[lang]['subject']}: " + LABELS[lang]["subject_referral"].format(
        names=LABELS[lang]["comma"].join(names))
    assert logical(subject) in lines
    # why (the problem) and what is asked (the outcome note)
    assert logical("وابنها كريم (9 سنوات) يحتاج إلى متابعة تطورية (علاج نطق).") in text
    assert "050-5550142" in text and logical("نرجو تحديد موعد تقييم لكريم خلال 30 يوما") in text
    # the contact at the department: the intake worker, her role, the department's phone
    contact = [line for line in lines if r.intake_worker.full_name in line and "08-6200000" in line]
    assert contact and words(lang, "role_intake_worker") in contact[0]
    # confidential under the Privacy Protection Law; signed
    assert (("חוק הגנת הפרטיות" in text) if lang == "he" else (logical("قانون حماية الخصوصية") in text))
    assert words(lang, "closing") in text and words(lang, "letter_confidential")[:30] in text
    # the PDF's title (what a viewer's title bar shows)
    info = PdfReader(io.BytesIO(referral_letter.build(data, lang))).metadata
    assert info is not None and info.title == LABELS[lang]["referral_letter"]


def test_the_letter_is_in_the_language_chosen(qapp, tmp_path):
    he = check_letter(intake_form(ELSEWHERE), "he", tmp_path)
    ar = check_letter(intake_form(ELSEWHERE), "ar", tmp_path)
    for key in ("letter_reason", "letter_request", "letter_contact", "greeting", "elsewhere_health"):
        assert words("he", key) in he and words("ar", key) not in he
        assert words("ar", key) in ar and words("he", key) not in ar
    assert "חוק הגנת הפרטיות" in he and "1981" in he


def test_a_letter_with_no_note_asks_to_review_and_with_no_phone_gives_none(qapp, tmp_path):
    base = intake_form(ELSEWHERE)
    data = replace(base, referral=replace(base.referral, outcome_note=""), letterhead=letterhead(phone=""))
    text = check_letter(data, "he", tmp_path)
    assert words("he", "letter_default_request") in text
    assert "08-6200000" not in text and "סמאח ח'ורי" in text


@pytest.mark.parametrize("index", [NEW_FILE, OPEN, NO_INTERVENTION, ATTACHED])
def test_the_letter_refuses_a_referral_not_referred_elsewhere(index):
    data = intake_form(index)
    for lang in LANGS:
        with pytest.raises(ValueError, match="referred elsewhere"):
            referral_letter.build(data, lang)
        with pytest.raises(ValueError, match="referred elsewhere"):
            render_batch([("referral_letter", data, lang)])


def test_a_long_reason_continues_the_letter_on_a_second_page(qapp, tmp_path):
    base = intake_form(ELSEWHERE)
    problem = "\n".join(f"{i}. الطفل (9 سنوات) غاب عن المدرسة يوم 14/12/2026؛ هاتف الأم 050-5550142." for i in
                        range(1, 90))
    data = replace(base, referral=replace(base.referral, problem=problem))
    rendered = referral_letter.render_letter(data, "ar")
    assert rendered.pages >= 2
    text = check_pdf(rendered, data, "ar", tmp_path)
    assert text.count("14/12/2026") == 89
    assert words("ar", "closing") in pdfium_pages(rendered.pdf, tmp_path)[-1]


# ---- the registry ----------------------------------------------------------------------------------------------
def test_the_registry_names_both_forms_and_they_print_in_one_batch(qapp, tmp_path):
    for name in ("intake_summary", "referral_letter"):
        form = FORMS[name]
        assert form.langs == ("he", "ar") and form.build(intake_form(ELSEWHERE), "he").startswith(b"%PDF")
        with pytest.raises(ValueError):
            form.build(intake_form(ELSEWHERE), "fr")
    rendered = render_batch([("intake_summary", intake_form(ELSEWHERE), "ar"),
                             ("referral_letter", intake_form(ELSEWHERE), "ar"),
                             ("family_summary", summary(0), "he")])
    pages = pdfium_pages(rendered.pdf, tmp_path)
    assert rendered.pages == len(pages) == 3
    assert words("ar", "intake_summary") in pages[0] and words("ar", "letter_reason") in pages[1]
    assert "סיכום תיק משפחה" in pages[2]
    with pytest.raises(TypeError):
        render_batch([("intake_summary", summary(0), "he")])


def test_an_unreadable_logo_prints_both_forms_without_it_and_says_so(qapp, tmp_path):
    data = intake_form(ELSEWHERE, logo=b"\x89PNG\r\n\x1a\n truncated")
    for rendered in (intake_summary.render_summary(data, "he"), referral_letter.render_letter(data, "ar")):
        assert rendered.warnings == ("logo_unreadable",) and rendered.pages == 1
        assert missing_glyphs(rendered.pdf) == {}


def test_a_passport_number_is_named_so_on_both_forms(qapp, tmp_path):
    base = intake_form(ELSEWHERE)
    first = base.referral.persons[0]
    passport = replace(first, person=replace(first.person, id_kind="passport", id_number="P1234567"))
    data = replace(base, referral=replace(base.referral, persons=(passport, *base.referral.persons[1:])))
    for rendered in (intake_summary.render_summary(data, "he"), referral_letter.render_letter(data, "he")):
        assert "דרכון" in "\n".join(pdfium_pages(rendered.pdf, tmp_path))
        # drawn left to right as typed (Pdfium's own extraction turns it into "1234567P" after a Hebrew word,
        # as in the family summary's test)
        assert any("P1234567" in run[3] for run in text_extents(rendered.pdf))


def test_english_words_and_a_bracket_after_them_in_a_hebrew_line(qapp, tmp_path):
    """"לנועה אבחון ADHD (משנת 2024) ותכנית טיפול של ד"ר Miller." reads right to left: ADHD rightmost of the
    three, the bracketed Hebrew after it (its opening bracket, mirrored, on ADHD's left), Miller at the end
    (leftmost). Pdfium's own extraction misplaces the bracket after an English word, so the drawn runs are
    checked: (page, left, right, text in visual order)."""
    pdf = intake_summary.build(intake_form(NEW_FILE), "he")
    runs = {r[3].strip(): r for r in text_extents(pdf) if {"ADHD", "2024", "Miller"} & set(re.findall(r"\w+", r[3]))}
    assert set(runs) == {") ADHD", "(2024", ".Miller"}
    assert runs[") ADHD"][1] > runs["(2024"][2] > runs[".Miller"][2]
    text = "\n".join(pdfium_pages(pdf, tmp_path))
    assert "לנועה אבחון ADHD" in text and "ותכנית טיפול של ד\"ר Miller." in text


def test_forty_persons_continue_the_tables_on_the_next_page_with_their_header(qapp, tmp_path):
    base = intake_form(ELSEWHERE)
    first = base.referral.persons[0]
    many = tuple(replace(first, person=replace(first.person, id=i, id_number=f"{i:08d}{i % 10}",
                                               first_name_ar=f"كريم {i}"))
                 for i in range(100, 140))
    data = replace(base, referral=replace(base.referral, persons=many))
    for rendered, header in ((intake_summary.render_summary(data, "ar"), "persons"),
                             (referral_letter.render_letter(data, "ar"), "letter_reason")):
        pages = pdfium_pages(rendered.pdf, tmp_path)
        assert rendered.pages >= 2 and words("ar", header) in "".join(pages)
        assert sum(words("ar", "birth_date") in p for p in pages) >= 2  # the table's header on each page
        assert all(f"{i:08d}{i % 10}" in "".join(pages) for i in range(100, 140))
        assert missing_glyphs(rendered.pdf) == {} and overflowing(rendered.pdf, MARGIN, PAGE_WIDTH - MARGIN) == []
