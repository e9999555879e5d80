"""The youth-law forum's minutes (reports/forms/forum_minutes.py) in Hebrew and Arabic: the checks every form
passes (each character drawn exists in its font, nothing past the margins, Pdfium reads the text), what the
minutes must say (the meeting's date with its Hebrew date, the chair, the attendees, each decided report
with its decision, the summary, the signature line), a planned meeting marked so, a meeting with no
decision, long and mixed text, and the registry (``maane print`` finds the form)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from models import codes
from models.calendar import hebrew_date
from models.forum.dto import ForumMeetingDTO, ForumMinutesForm, ForumMinutesItem
from models.users.dto import UserRef
from reports.forms import FORMS, forum_minutes, render_batch
from reports.forms.forum_minutes import WORDS, word
from reports.labels import LANGS
from reports.template import MARGIN, PAGE_WIDTH
from tests.unit.reports.intake_samples import letterhead
from tests.unit.reports.pdfcheck import missing_glyphs, overflowing, pdfium_pages
from tests.unit.reports.samples import demo_logo
from tests.unit.reports.test_club_forms import flat, has, logical

MEETING_DAY = date(2026, 11, 29)  # a Sunday
PRINTED = date(2026, 11, 30)
CHAIR = UserRef(id=5, username="rina", full_name="רינה ראש-צוות", role="team_head", team_id=1)


def item(child: str = "מרים כהן", **changes: object) -> ForumMinutesItem:
    base = ForumMinutesItem(
        file_number="2025/0001", child_name=child, age_years=9, kind="neglect", urgency="day",
        reported_on=date(2026, 11, 24),
        description="המורה דיווחה שהילדה מגיעה לבית הספר רעבה ובבגדים מלוכלכים כבר שבועיים.",
        intervention="assessment_visit", responsible_name="דנה צפונית", due_on=date(2026, 12, 1),
        note="ביקור בית בתיאום עם בית הספר")
    return replace(base, **changes)  # type: ignore[arg-type]


def minutes(items: tuple[ForumMinutesItem, ...] | None = None, *, status: str = "held", logo: bytes | None = None,
            attendees: tuple[str, ...] = ("רינה ראש-צוות", "אורי חוק-הנוער", "סמירה עו\"ס מחוזית"),
            notes: str = "", district: bool = True) -> ForumMinutesForm:
    if items is None:
        items = (item(), item("ليلى حداد", file_number="2025/0003", age_years=None, kind="domestic_violence",
                              urgency="immediate", intervention="no_further_action", responsible_name="",
                              due_on=None, note=""))
    meeting = ForumMeetingDTO(id=3, version=2, held_on=MEETING_DAY, status=status, chair=CHAIR, attendees=attendees,
                              notes=notes, monthly_district=district, decided_count=len(items))
    return ForumMinutesForm(letterhead=letterhead(logo), meeting=meeting, chair_name=CHAIR.full_name, items=items,
                            printed_on=PRINTED)


def checked(rendered, tmp_path) -> str:
    """The checks every form passes; the whole text as Pdfium reads it, whitespace folded."""
    assert rendered.pdf.startswith(b"%PDF") and rendered.warnings == ()
    assert missing_glyphs(rendered.pdf) == {}
    assert overflowing(rendered.pdf, MARGIN, PAGE_WIDTH - MARGIN) == []
    pages = pdfium_pages(rendered.pdf, tmp_path)
    assert len(pages) == rendered.pages
    return flat(logical(" ".join(pages)))


def test_every_forum_code_has_a_word_in_hebrew_and_in_arabic():
    for lang in LANGS:
        assert set(WORDS[lang]) == set(WORDS["he"])
        for code in codes.RISK_REPORT_KINDS:
            assert f"kind_{code}" in WORDS[lang]
        for code in codes.FORUM_INTERVENTIONS:
            assert f"intervention_{code}" in WORDS[lang]
        for code in codes.FORUM_MEETING_STATUSES:
            assert f"status_{code}" in WORDS[lang]
        for code in codes.URGENCIES:
            assert forum_minutes.coded(lang, "urgency", code) != f"urgency_{code}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_minutes_say_the_meeting_the_reports_and_the_decisions(qapp, tmp_path, lang):
    text = checked(forum_minutes.render_minutes(minutes(), lang), tmp_path)
    assert has(text, word(lang, "forum_minutes"))
    assert "29/11/2026" in text and has(text, hebrew_date(MEETING_DAY, lang))  # the meeting's date, civil and Hebrew
    assert "30/11/2026" in text and has(text, hebrew_date(PRINTED, lang))  # the print date, civil and Hebrew
    assert has(text, "רינה ראש-צוות") and has(text, "אורי חוק-הנוער") and has(text, "סמירה עו\"ס מחוזית")
    assert has(text, word(lang, "district_yes")) and has(text, word(lang, "status_held"))
    assert not has(text, word(lang, "planned_banner"))
    # the first item: the child, the file, the report, the decision
    assert has(text, "מרים כהן") and "2025/0001" in text and has(text, word(lang, "age_years", age=9))
    assert has(text, word(lang, "kind_neglect")) and "24/11/2026" in text
    assert has(text, "מגיעה לבית הספר רעבה ובבגדים מלוכלכים")
    assert has(text, word(lang, "intervention_assessment_visit")) and has(text, "דנה צפונית") and "01/12/2026" in text
    assert has(text, "ביקור בית בתיאום עם בית הספר")
    # the second: no birth date, no further action (nobody responsible, no due date)
    assert has(text, "ليلى حداد") and has(text, word(lang, "age_unknown"))
    assert has(text, word(lang, "kind_domestic_violence")) and has(text, word(lang, "intervention_no_further_action"))
    assert has(text, word(lang, "not_set"))
    assert has(text, word(lang, "items_count", n=2)) and has(text, word(lang, "summary"))
    assert has(text, word(lang, "chair_signature"))
    # the items in the meeting's order: the first decided first
    assert text.find(logical("מרים כהן")) < text.find(logical("ليلى حداد"))


@pytest.mark.parametrize("lang", LANGS)
def test_a_planned_meeting_is_marked_and_a_meeting_with_no_decision_says_so(qapp, tmp_path, lang):
    text = checked(forum_minutes.render_minutes(minutes((), status="planned", district=False, attendees=()), lang),
                   tmp_path)
    assert has(text, word(lang, "planned_banner")) and has(text, word(lang, "status_planned"))
    assert has(text, word(lang, "no_items")) and has(text, word(lang, "district_no"))
    assert not has(text, word(lang, "summary"))


@pytest.mark.parametrize("lang", LANGS)
def test_long_and_mixed_text_wraps_inside_the_page_over_several_pages(qapp, tmp_path, lang):
    long_text = ("הילד (בן 7) סיפר ל-school counsellor שאביו מכה אותו; phone 050-1234567. " * 30).strip()
    many = tuple(item(f"ילד {n} כהן-לוי", description=long_text, note="מעקב (שבועי) עם ה-GP " * 8,
                      responsible_name="עובדת סוציאלית עם שם ארוך מאוד " * 3)
                 for n in range(8))
    rendered = forum_minutes.render_minutes(minutes(many, notes="הערה: הישיבה התקיימה בחדר 2 (קומה ב׳)."), lang)
    assert rendered.pages >= 3
    text = checked(rendered, tmp_path)
    assert has(text, "ילד 7 כהן-לוי") and has(text, "הישיבה התקיימה בחדר 2")
    # each description is cut short (the report itself is in the file): "…" (NFKC: "...") ends it
    assert text.count("...") >= len(many) and text.count("counsellor") < 30 * len(many)


def test_the_logo_and_the_registry(qapp, tmp_path):
    form = FORMS[forum_minutes.NAME]
    assert form.data_type is ForumMinutesForm and form.langs == ("he", "ar")
    pdf = form.build(minutes(logo=demo_logo()), "ar")
    assert pdf.startswith(b"%PDF")
    batch = render_batch([(forum_minutes.NAME, minutes(), "he"), (forum_minutes.NAME, minutes(), "ar")])
    assert batch.pages >= 2
    with pytest.raises(ValueError):
        forum_minutes.build(minutes(), "en")
    assert isinstance(forum_minutes.page_info(minutes(), "he").printed_at, datetime)
