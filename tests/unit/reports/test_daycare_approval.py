"""The day-care approval letter (reports/forms/daycare_approval.py) in Hebrew and Arabic: the checks every form
passes (each character drawn exists in its font, nothing past the margins, Pdfium reads the text), what the
letter must say (the parents and their address, the file number, the print date civil and Hebrew, the child,
the school year, the ground in general words, the committee, the centre and start date once placed, the
parents' share and every step of its calculation in order, the worker's name and role, the signature line),
what it must never say (the abuse or neglect details, the medical source), an approved case not placed yet,
the top bracket (open-ended), long and mixed text, and the registry (``maane print`` finds the form)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import pytest

from models.calendar import hebrew_date
from models.committees.dto import PersonBrief
from models.daycare.dto import ApprovalLetterForm, DaycareCaseDTO, LetterChild, ShareCalculation, ShareStep
from models.users.dto import UserRef
from reports.forms import FORMS, daycare_approval, render_batch
from reports.forms.daycare_approval import STEPS, WORDS, months_text, word
from reports.labels import LANGS, label
from reports.template import MARGIN, PAGE_WIDTH
from tests.unit.reports.intake_samples import letterhead
from tests.unit.reports.pdfcheck import missing_glyphs, overflowing, pdfium_pages
from tests.unit.reports.samples import demo_logo
from tests.unit.reports.test_club_forms import flat, has, logical

PRINTED = date(2026, 11, 29)
WORKER = UserRef(id=2, username="dana", full_name="דנה צפונית", role="family_worker", team_id=1)
DETAIL = "האם סיפרה שהאב מכה את הפעוט; חבלות בידיים"  # the worker's opinion: never in the letter
SOURCE = "מרפאת טיפת חלב רחוב הזית"  # the medical source: never in the letter


def calculation(income: int = 1_240_000, size: int = 4, top: bool = False) -> ShareCalculation:
    per_person = income // size
    low, high, level, share = (500_000, None, 5, 180_000) if top else (250_000, 350_000, 3, 85_000)
    values = {"household_income": f"{income / 100:,.2f} ₪", "household_size": str(size),
              "per_person": f"{per_person / 100:,.2f} ₪", "table": "01/01/2026",
              "bracket": f"≥ {low / 100:,.2f} ₪" if high is None else f"{low / 100:,.2f}–{high / 100:,.2f} ₪",
              "level": str(level), "share": f"{share / 100:,.2f} ₪"}
    return ShareCalculation(monthly_income=income, household_size=size, per_person=per_person, table_id=1,
                            table_valid_from=date(2026, 1, 1), level=level, bracket_from=low, bracket_to=high,
                            parent_share=share, steps=tuple(ShareStep(s, values[s]) for s in STEPS))


def case(**changes: object) -> DaycareCaseDTO:
    base = DaycareCaseDTO(
        id=7, version=3, file_id=1, file_number="2025/0001", family_name="משפחת כהן",
        child=PersonBrief(id=9, first_name="נועה", last_name="כהן", birth_date=date(2024, 2, 10),
                          preferred_language="he"),
        school_year=2026, age_months=30, ground="abuse_neglect", ground_detail=DETAIL, medical_info=True,
        medical_source=SOURCE, specialist_kind="", specialist_name="", specialist_on=None, committee="treatment_plan",
        protocol_id=4, protocol_held_on=date(2026, 10, 20), committee_on=None, committee_reference="",
        calculation=calculation(), centre_name="מעון ויצו הדקל", start_on=date(2026, 11, 15), status="placed",
        ended_on=None, end_reason="", approved_by="רונית ראש-צוות", approved_at=datetime(2026, 10, 25, 10, 0),
        worker=WORKER)
    return replace(base, **changes)  # type: ignore[arg-type]


def letter(lang: str = "he", *, logo: bytes | None = None, **changes: object) -> ApprovalLetterForm:
    return ApprovalLetterForm(letterhead=letterhead(logo), case=case(**changes),
                              child=LetterChild(name="נועה כהן", birth_date=date(2024, 2, 10), id_number="000000018"),
                              parents=("משה כהן", "שרה כהן"), address="רחוב הדקל 1, עין הבשור",
                              worker_name="דנה צפונית", worker_role="family_worker", language=lang,
                              printed_on=PRINTED)


def after(text: str, phrase: str, pos: int = 0) -> int:
    """Where the words of ``phrase`` end in ``text`` when they appear in order from ``pos`` (as ``has``
    finds them); -1 when they do not."""
    for token in re.findall(r"\w+", logical(phrase)):
        found = text.find(token, pos)
        if found < 0:
            return -1
        pos = found + len(token)
    return pos


def checked(rendered, tmp_path) -> str:
    """The checks every form passes; the whole text as Pdfium reads it, whitespace folded."""
    assert rendered.pdf.startswith(b"%PDF") and rendered.warnings == ()
    assert missing_glyphs(rendered.pdf) == {}
    assert overflowing(rendered.pdf, MARGIN, PAGE_WIDTH - MARGIN) == []
    pages = pdfium_pages(rendered.pdf, tmp_path)
    assert len(pages) == rendered.pages
    return flat(logical(" ".join(pages)))


def test_every_word_in_hebrew_and_in_arabic():
    assert set(WORDS["ar"]) == set(WORDS["he"])
    for lang in LANGS:
        for step in STEPS:
            assert f"step_{step}" in WORDS[lang]
        for ground in ("abuse_neglect", "parent_unable", "developmental_delay"):
            assert f"ground_{ground}" in WORDS[lang]
        for committee in ("treatment_plan", "toddlers_at_risk"):
            assert f"committee_{committee}" in WORDS[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_the_letter_says_the_child_the_placement_and_the_share_step_by_step(qapp, tmp_path, lang):
    rendered = daycare_approval.render_letter(letter(lang))
    assert rendered.pages == 1
    text = checked(rendered, tmp_path)
    assert has(text, "משה כהן") and has(text, "שרה כהן") and has(text, "רחוב הדקל 1, עין הבשור")
    assert "2025/0001" in text
    assert "29/11/2026" in text and has(text, hebrew_date(PRINTED, lang))  # the print date, civil and Hebrew
    assert has(text, "נועה כהן") and "10/02/2024" in text and "000000018" in text
    assert has(text, months_text(lang, 30)) and "2026-2027" in text
    assert has(text, word(lang, "ground_abuse_neglect")) and has(text, word(lang, "committee_treatment_plan"))
    assert "20/10/2026" in text  # the committee's day
    assert has(text, "מעון ויצו הדקל") and "15/11/2026" in text
    # the share, then the steps in their order with their values
    assert has(text, word(lang, "share_sentence", amount="850.00 ₪"))
    expected = [(word(lang, "step_household_income"), "12,400.00"), (word(lang, "step_household_size"), "4"),
                (word(lang, "step_per_person"), "3,100.00"), (word(lang, "step_table"), "01/01/2026"),
                (word(lang, "step_bracket"), "2,500.00"), (word(lang, "step_level"), "3"),
                (word(lang, "step_share"), "850.00")]
    table = text[text.find(logical(word(lang, "calculation_heading"))):]
    pos = 0
    for what, value in expected:
        end = after(table, what, pos)
        assert end >= 0, what
        assert value in table[end:end + 40], (what, value)  # the value in the step's row
        pos = end
    assert "3,500.00" in table  # the bracket's upper bound
    assert has(text, "דנה צפונית") and has(text, label(lang, "role_family_worker"))
    assert has(text, word(lang, "signature"))


@pytest.mark.parametrize("lang", LANGS)
def test_a_letter_to_parents_never_carries_the_abuse_details_or_the_medical_source(qapp, tmp_path, lang):
    text = checked(daycare_approval.render_letter(letter(lang)), tmp_path)
    for secret in (DETAIL, SOURCE, "מכה", "חבלות", "טיפת חלב"):
        assert logical(secret) not in text
    assert "רונית" not in text  # nor who approved inside the department


@pytest.mark.parametrize("lang", LANGS)
def test_an_approved_case_not_yet_placed_and_the_top_bracket(qapp, tmp_path, lang):
    data = letter(lang, status="approved", centre_name="", start_on=None, committee="toddlers_at_risk",
                  protocol_id=None, protocol_held_on=None, committee_on=date(2026, 10, 12),
                  committee_reference="פב/2026/14", ground="developmental_delay",
                  calculation=calculation(2_400_000, 3, top=True))
    text = checked(daycare_approval.render_letter(data), tmp_path)
    assert has(text, word(lang, "not_placed"))
    assert has(text, word(lang, "committee_toddlers_at_risk")) and "12/10/2026" in text and "2026/14" in text
    assert has(text, word(lang, "ground_developmental_delay"))
    assert has(text, word(lang, "bracket_from", low="5,000.00 ₪")) and "≥" not in text  # in words, not the service's sign
    assert has(text, word(lang, "share_sentence", amount="1,800.00 ₪")) and "8,000.00" in text


@pytest.mark.parametrize("lang", LANGS)
def test_long_and_mixed_text_stays_inside_the_page(qapp, tmp_path, lang):
    long_name = "מעון יום (WIZO) ע\"ש רחל ולאה [סניף 2] — " * 6
    data = letter(lang, centre_name=long_name.strip(), family_name="כהן-לוי " * 20)
    data = replace(data, parents=("אמא עם שם ארוך מאוד מאוד " * 5, "Father O'Neil (אבא)"),
                   address="רחוב הדקל 1, דירה 4 (כניסה ב׳), עין הבשור 8765432 " * 3)
    text = checked(daycare_approval.render_letter(data), tmp_path)
    assert has(text, "WIZO") and "Father" in text and "Neil" in text


def test_the_logo_the_family_s_language_and_the_registry(qapp, tmp_path):
    form = FORMS[daycare_approval.NAME]
    assert form.data_type is ApprovalLetterForm and form.langs == ("he", "ar")
    assert form.build(letter("ar", logo=demo_logo()), "ar").startswith(b"%PDF")
    arabic = checked(daycare_approval.render_letter(letter("ar")), tmp_path)  # no language given: the family's
    assert has(arabic, WORDS["ar"]["share_heading"]) and not has(arabic, WORDS["he"]["share_heading"])
    batch = render_batch([(daycare_approval.NAME, letter("he"), "he"), (daycare_approval.NAME, letter("ar"), "ar")])
    assert batch.pages == 2
    with pytest.raises(ValueError):
        daycare_approval.build(letter(), "en")
    assert isinstance(daycare_approval.page_info(letter(), "he").printed_at, datetime)


def test_an_age_in_months_takes_the_number_s_form_of_the_word():
    assert [months_text("he", n) for n in (1, 2, 5)] == ["חודש אחד", "חודשיים", "5 חודשים"]
    assert [months_text("ar", n) for n in (1, 2, 4, 10, 11, 30)] == ["شهر واحد", "شهران", "4 أشهر", "10 أشهر",
                                                                   "11 شهرًا", "30 شهرًا"]
