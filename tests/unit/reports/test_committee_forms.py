"""The committee's four forms (the invitation, the protocol, the decision letter, the summary letter) in Hebrew
and Arabic, with the checks every form passes (each character drawn exists in its font, nothing past the
margins), what each must say, the bad input of issue 9 (a 300-character name, text mixing Hebrew, English,
numbers and brackets, a missing or broken logo, a protocol of 3+ pages), and the FriBidi vectors drawn
through the forms' paragraphs."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import codes
from reports.forms import (
    FORMS,
    committee_invitation,
    committee_protocol,
    decision_letter,
    render_batch,
    summary_letter,
)
from reports.labels import LABELS, LANGS
from reports.template import MARGIN, PAGE_WIDTH
from tests.unit.reports.committee_samples import (
    ARABIC,
    CHAIR,
    COORDINATOR,
    HEBREW,
    WORKER,
    invitation_batch,
    participants,
    protocol_form,
)
from tests.unit.reports.intake_samples import letterhead
from tests.unit.reports.pdfcheck import missing_glyphs, overflowing, pdfium_pages, text_extents
from tests.unit.reports.samples import demo_logo
from tests.unit.reports.strategies import PARAGRAPHS

VECTORS = json.loads((Path(__file__).resolve().parents[2] / "data" / "bidi_vectors.json").read_text("utf-8"))
LETTERS = (committee_protocol.render_protocol, decision_letter.render_letter, summary_letter.render_letter)


def logical(text: str) -> str:
    """What Pdfium gives back for a logical string: Arabic presentation forms as their letters."""
    return unicodedata.normalize("NFKC", text)


def words(lang: str, key: str, **values: object) -> str:
    return logical(LABELS[lang][key].format(**values) if values else LABELS[lang][key])


def has(text: str, phrase: str) -> bool:
    """The words and numbers of ``phrase`` appear in ``text`` in this order. Pdfium's extraction moves a
    full stop or comma after a number to its front in a right-to-left line ("בתאריך .14/12/2026"), and a
    bracket after an English word: the order of the words is what these checks need (the drawn order of
    brackets and numbers is checked against FriBidi's vectors below)."""
    pos = 0
    for token in re.findall(r"\w+", logical(phrase)):
        found = text.find(token, pos)
        if found < 0:
            return False
        pos = found + len(token)
    return True


def checked(rendered, tmp_path, warnings=()) -> list[str]:
    """The checks every form passes; returns Pdfium's text of each page."""
    assert rendered.pdf.startswith(b"%PDF") and rendered.warnings == warnings
    assert missing_glyphs(rendered.pdf) == {}
    assert overflowing(rendered.pdf, MARGIN, PAGE_WIDTH - MARGIN) == []
    pages = pdfium_pages(rendered.pdf, tmp_path)
    assert len(pages) == rendered.pages
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


# ---- the words -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("prefix", "values"), [
    ("level", codes.COMMITTEE_LEVELS), ("reason", codes.HEARING_REASONS), ("kind", codes.PARTICIPANT_KINDS),
    ("decision", codes.DECISION_KINDS), ("weekday", tuple(str(d) for d in range(7))),
])
def test_every_committee_code_has_a_word_in_hebrew_and_in_arabic(prefix, values):
    for lang in LANGS:
        script = re.compile("[\u0590-\u05ff]" if lang == "he" else "[\u0600-\u06ff]")
        for value in values:
            assert script.search(LABELS[lang].get(f"{prefix}_{value}", "")), (lang, prefix, value)
    assert set(LABELS["he"]) == set(LABELS["ar"])


# ---- the invitations -------------------------------------------------------------------------------------------
def test_the_batch_is_one_pdf_a_letter_a_page_each_in_its_addressees_language(qapp, tmp_path):
    batch = invitation_batch()
    assert [x.language for x in batch.letters] == ["he", "he", "ar", "ar"]
    rendered = committee_invitation.render_invitations(batch)
    pages = checked(rendered, tmp_path)
    assert rendered.pages == 4
    for page, letter in zip(pages, batch.letters, strict=True):
        lang = letter.language
        other = "ar" if lang == "he" else "he"
        # its own letterhead and words, the file number and the print date on its page
        assert logical(letterhead().for_language(lang).municipality) in page
        assert words(lang, "inv_purpose_heading") in page and words(other, "inv_purpose_heading") not in page
        assert f"{words(lang, 'file_number')}: {letter.file_number}" in page and "28/11/2026" in page
        assert words(lang, "page_of", page=1, pages=1) in page  # each letter counts its own pages
        # to whom, about whom, when, where
        assert logical(letter.addressee_name) in page and logical(letter.child_name) in page
        assert "14/12/2026" in page and "09:30" in page and words(lang, "weekday_0") in page
        assert words(lang, "level_regular") in page and logical(letter.meeting.place) in page
        assert words(lang, "inv_purpose", child=letter.child_name) in page.replace("\r\n", " ").replace("\n", " ")
        # whom to call to confirm
        assert "08-6200123" in page and logical(COORDINATOR.full_name) in page
        assert words(lang, "coordinator_signature") in page


def test_only_a_parent_is_told_the_parents_rights(qapp, tmp_path):
    pages = checked(committee_invitation.render_invitations(invitation_batch()), tmp_path)
    kinds = [x.addressee_kind for x in invitation_batch().letters]
    assert kinds == ["mother", "school_counsellor", "mother", "homeroom_teacher"]
    for page, kind, lang in zip(pages, kinds, ["he", "he", "ar", "ar"], strict=True):
        rights = [words(lang, k) for k in committee_invitation.RIGHTS]
        if kind == "mother":
            assert all(r in page for r in rights), page
            assert words(lang, "inv_rights_heading") in page
        else:
            assert not any(r in page for r in rights) and words(lang, "inv_rights_heading") not in page


def test_an_invitation_with_no_phone_anywhere_asks_to_confirm_without_one(qapp, tmp_path):
    batch = invitation_batch()
    letters = tuple(replace(x, meeting=replace(x.meeting, coordinator_phone="")) for x in batch.letters)
    no_phone = replace(batch, letters=letters, letterhead=letterhead(phone=""))
    pages = checked(committee_invitation.render_invitations(no_phone), tmp_path)
    assert words("he", "inv_confirm_no_phone", name=COORDINATOR.full_name) in pages[0]
    # with the coordinator's phone missing, the department's phone
    fallback = replace(batch, letters=letters)
    assert "08-6200000" in pdfium_pages(committee_invitation.build(fallback), tmp_path)[0]


def test_an_empty_batch_and_a_wrong_language_are_refused():
    with pytest.raises(ValueError):
        committee_invitation.build(replace(invitation_batch(), letters=()))
    with pytest.raises(ValueError):
        committee_invitation.build(invitation_batch(), "fr")
    bad = invitation_batch()
    with pytest.raises(ValueError):
        committee_invitation.build(replace(bad, letters=(replace(bad.letters[0], language="ru"),)))


# ---- the protocol ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("index", "lang"), [(HEBREW, "he"), (ARABIC, "ar"), (HEBREW, "ar"), (ARABIC, "he")])
def test_the_protocol_prints_everything_the_committee_recorded(qapp, tmp_path, index, lang):
    data = protocol_form(index)
    p, c = data.protocol, data.case
    text = "\n".join(checked(committee_protocol.render_protocol(data, lang), tmp_path))
    assert words(lang, "committee_protocol") in text and words(lang, "draft_mark") not in text
    for key in ("chair", "coordinator", "participants", "section_background", "section_professionals",
                "section_parents", "section_child", "section_discussion", "decisions", "vote", "tasks",
                "next_review", "chair_signature", "coordinator_signature", "district_right"):
        assert words(lang, key) in text, key
    assert "14/12/2026" in text and "09:30" in text and logical(CHAIR.full_name) in text
    assert c.file_number in text and logical(c.child.full_name) in text
    for x in c.participants:
        assert logical(x.name) in text
    assert words(lang, "absent" if index == HEBREW else "attended") in text  # the father did not come (he)
    for section in (p.background, p.professionals_views, p.parents_position, p.child_position, p.discussion):
        assert has(text, section)
    for d in p.decisions:
        assert words(lang, f"decision_{d.kind}") in text and has(text, d.text)
        assert all(has(text, item) for item in d.items)
    assert has(text, words(lang, "votes", yes=p.votes_for, no=p.votes_against, abstained=p.votes_abstained))
    for t in p.tasks:
        assert logical(t.title) in text and t.due_on is not None and t.due_on.strftime("%d/%m/%Y") in text
        assert t.responsible is not None and logical(t.responsible.full_name) in text
    assert "14/06/2027" in text
    if p.dissent:
        assert has(text, p.dissent) and has(text, p.parent_reservation)


def test_a_draft_is_marked_on_every_page_and_a_final_one_on_none(qapp, tmp_path):
    long = "\n".join(f"{i}. דיון ארוך (סעיף {i}) על התכנית." for i in range(1, 120))
    draft = protocol_form(HEBREW, final=False, discussion=long)
    rendered = committee_protocol.render_protocol(draft, "he")
    pages = checked(rendered, tmp_path)
    assert rendered.pages >= 3
    assert all(words("he", "draft_mark") in page for page in pages)
    assert words("he", "draft_banner") in pages[0]
    assert words("he", "district_right") in pages[-1] or words("he", "district_right") in "".join(pages)
    final = checked(committee_protocol.render_protocol(protocol_form(HEBREW, discussion=long), "he"), tmp_path)
    assert not any(words("he", "draft_mark") in page for page in final)
    assert has("".join(final), words("he", "finalised", name=CHAIR.full_name, date="14/12/2026"))
    # a letter about a draft is not marked (only the protocol is)
    for render in (decision_letter.render_letter, summary_letter.render_letter):
        assert words("he", "draft_mark") not in "".join(checked(render(draft, "he"), tmp_path))


def test_the_addenda_come_after_the_signatures_dated_with_their_author(qapp, tmp_path):
    text = "\n".join(checked(committee_protocol.render_protocol(protocol_form(HEBREW), "he"), tmp_path))
    by = words("he", "addendum_by", date="16/12/2026", name=COORDINATOR.full_name)
    assert has(text, by) and "תיקון: ההדרכה תתקיים בימי שלישי (ולא בימי שני)." in text
    assert text.index(words("he", "coordinator_signature")) < text.index(words("he", "addenda")) \
        < text.index(words("he", "addendum_by").split()[0]) < text.index("תיקון: ההדרכה")


def test_a_draft_says_what_is_missing(qapp, tmp_path):
    """An empty draft prints: "none" for each section, no decisions, no tasks, no next review, the district
    right not stated yet."""
    data = protocol_form(HEBREW, final=False, background="", professionals_views="", parents_position="",
                         child_position="", discussion="", decisions=(), tasks=(), next_review_on=None,
                         votes_for=0, votes_against=0, votes_abstained=0, district_right_stated=False)
    text = "\n".join(checked(committee_protocol.render_protocol(data, "ar"), tmp_path))
    assert text.count(words("ar", "none")) >= 7 and words("ar", "not_set") in text
    assert words("ar", "district_right_missing") in text and words("ar", "majority") not in text


def test_a_protocol_of_three_pages_and_more_wraps_and_cuts_nothing(qapp, tmp_path):
    sentence = "{i}. עדי (האם) סיפרה ב-14/12/2026 על קשיים [בבוקר]; טלפון 052-5550134, ADHD (2024)."
    sections = {attr: " ".join(sentence.format(i=f"{k}{i}") for i in range(1, 40))
                for k, attr in enumerate(("background", "professionals_views", "parents_position",
                                          "child_position", "discussion"), 1)}
    data = protocol_form(HEBREW, **sections)
    rendered = committee_protocol.render_protocol(data, "he")
    pages = checked(rendered, tmp_path)
    assert rendered.pages >= 3
    text = "".join(pages)
    assert text.count("052-5550134") == 5 * 39 and text.count("14/12/2026") >= 5 * 39
    # every sentence whole (Pdfium's text of a line mixing English and numbers is not in logical order, so
    # the sentences are counted), the sections in their order
    assert text.count("סיפרה") == 5 * 39 and text.count("[בבוקר]") == 5 * 39
    assert text.count("ADHD") == 5 * 39 and text.count("(2024)") == 5 * 39
    keys = ("section_background", "section_professionals", "section_parents", "section_child",
            "section_discussion", "decisions", "coordinator_signature")
    found = [text.index(words("he", key)) for key in keys]
    assert found == sorted(found)
    assert words("he", "page_of", page=rendered.pages, pages=rendered.pages) in pages[-1]
    assert words("he", "coordinator_signature") in "".join(pages[-2:])
    # every page carries the file number and the print date
    assert all("2026/0463" in page and "28/11/2026" in page for page in pages)


# ---- the letters -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_the_decision_letter_tells_the_parents_what_was_decided_and_their_right(qapp, tmp_path, lang):
    index = HEBREW if lang == "he" else ARABIC
    mother = participants(index)[0]
    data = protocol_form(index, addressee=mother)
    text = "\n".join(checked(decision_letter.render_letter(data, lang), tmp_path))
    child = data.case.child.full_name
    assert logical(mother.name) in text and has(text, mother.address)
    assert words(lang, "dl_subject", child=child) in text and data.case.file_number in text
    assert has(text, words(lang, "dl_intro", date="14/12/2026", child=child))
    for d in data.protocol.decisions:
        assert words(lang, f"decision_{d.kind}") in text and has(text, d.text)
        assert all(has(text, item) for item in d.items)
    for t in data.protocol.tasks:
        assert logical(t.title) in text
    assert has(text, words(lang, "dl_next_review", child=child, date="14/06/2027"))
    assert has(text, words(lang, "dl_right")) and "08-6200000" in text
    assert has(text, words(lang, "dl_contact_phone", name=data.family_worker_name, phone="08-6200000"))
    if data.protocol.parent_reservation:
        assert words(lang, "dl_reservation") in text and has(text, data.protocol.parent_reservation)


def test_a_decision_letter_with_no_addressee_goes_to_both_parents(qapp, tmp_path):
    data = protocol_form(HEBREW, next_review_on=None)
    text = "\n".join(checked(decision_letter.render_letter(data, "he"), tmp_path))
    assert "עדי אלון, רועי אלון" in text and has(text, "רח' הגפן 14, עין הבשור")
    assert words("he", "dl_no_review") in text
    no_phone = replace(data, letterhead=letterhead(phone=""))
    text = "\n".join(checked(decision_letter.render_letter(no_phone, "he"), tmp_path))
    assert words("he", "dl_contact_no_phone", name=WORKER.full_name) in text


def test_the_summary_letter_asks_the_addressee_for_its_own_tasks(qapp, tmp_path):
    teacher = participants(ARABIC)[4]  # a staff member (user 9) responsible for one task
    data = protocol_form(ARABIC, addressee=teacher)
    text = "\n".join(checked(summary_letter.render_letter(data, "ar"), tmp_path))
    assert logical(teacher.name) in text and logical(teacher.organisation) in text
    assert words("ar", "sl_asked") in text and words("ar", "sl_tasks") not in text
    assert logical("تقرير تقدم من المدرسة") in text and logical("تنسيق علاج النطق") not in text
    assert has(text, words("ar", "sl_confidential"))
    assert words("ar", "level_regular") in text and "14/06/2027" in text
    # the parents' positions and reservation are not the school's business
    assert not has(text, data.protocol.parent_reservation) and not has(text, data.protocol.parents_position)


def test_a_summary_letter_to_someone_with_no_task_lists_the_tasks_agreed(qapp, tmp_path):
    counsellor = participants(HEBREW)[4]
    text = "\n".join(checked(summary_letter.render_letter(protocol_form(HEBREW, addressee=counsellor), "he"),
                             tmp_path))
    assert words("he", "sl_tasks") in text and words("he", "sl_asked") not in text
    assert "רישום נועה למועדונית" in text and "אורית נחום" in text and "בית הספר היסודי \"נופים\"" in text
    text = "\n".join(checked(summary_letter.render_letter(protocol_form(HEBREW), "he"), tmp_path))
    assert words("he", "the_professionals") in text


# ---- bad input -------------------------------------------------------------------------------------------------
def test_a_name_of_300_characters_wraps_on_every_form(qapp, tmp_path):
    name = " ".join(["אלכסנדרה", "בת", "עבד", "אלרחמן"] * 30)[:299] + "ה"
    assert len(name) == 300
    name_letters = "".join(name.split())
    batch = invitation_batch(addressee_name=name, child_name=name)
    pages = checked(committee_invitation.render_invitations(batch), tmp_path)
    # the long name makes a letter longer than a page: its second page has its own header
    assert "".join("".join(pages).split()).count(name_letters) >= 2 * len(batch.letters)
    assert all("2026/04" in page for page in pages)
    mother = replace(participants(HEBREW)[0], name=name, organisation=name)
    data = protocol_form(HEBREW, addressee=mother)
    data = replace(data, case=replace(data.case, participants=(mother, *data.case.participants[1:])))
    for render in LETTERS:
        for lang in LANGS:
            text = "".join("".join(checked(render(data, lang), tmp_path)).split())
            if render is committee_protocol.render_protocol:
                # in the participants' table (Pdfium reads a row's wrapped cells line by line, interleaved):
                # the name and the organisation, every word of both
                assert text.count("אלכסנדרה") == 2 * name.count("אלכסנדרה") == 26
                assert text.count("אלרחמן") == 2 * name.count("אלרחמן")
            else:  # the letters' addressee
                assert name_letters in text


def test_hebrew_english_numbers_and_brackets_read_in_logical_order(qapp, tmp_path):
    he = "\n".join(checked(committee_protocol.render_protocol(protocol_form(HEBREW), "he"), tmp_path))
    assert "נועה (כיתה ג') מגיעה לבית הספר רעבה ועייפה כבר שלושה שבועות; נעדרה 6 ימים בנובמבר." in he
    assert "אבחון ADHD" in he and "ותכנית טיפול של ד\"ר Miller;" in he
    assert "• מועדונית טיפולית, 5 ימים בשבוע (12:00-18:00)" in he
    assert "בשיחת טלפון (052-5550134)" in he
    ar = "\n".join(checked(committee_protocol.render_protocol(protocol_form(ARABIC), "ar"), tmp_path))
    assert logical("كريم (9 سنوات) يحتاج إلى متابعة تطورية (علاج نطق)؛") in ar
    assert logical("(صف صغير)") in ar and logical("(يفضل 3 أيام)") in ar
    # drawn right to left: ADHD and the bracketed year after it, Miller at the line's end (leftmost)
    runs = {r[3].strip(): r for r in text_extents(committee_protocol.build(protocol_form(HEBREW), "he"))
            if {"ADHD", "Miller"} & set(re.findall(r"\w+", r[3]))}
    adhd = next(r for k, r in runs.items() if "ADHD" in k)
    miller = next(r for k, r in runs.items() if "Miller" in k)
    assert adhd[1] > miller[2]


def test_the_fribidi_vectors_are_drawn_as_fribidi_orders_them(qapp):
    """Each right-to-left vector as a line of the protocol's discussion: the line drawn is FriBidi's visual
    order (brackets mirrored)."""
    rtl = [v for v in VECTORS["vectors"] if v["base"] == "rtl"]
    data = protocol_form(HEBREW, discussion="\n".join(v["logical"] for v in rtl))
    lines = drawn_lines(committee_protocol.build(data, "he"))
    for v in rtl:
        assert v["visual"] in lines, v["source"]


@pytest.mark.parametrize("logo", [None, b"\x89PNG\r\n\x1a\n truncated", b"not an image at all"])
def test_a_missing_or_broken_logo_still_prints_every_form(qapp, tmp_path, logo):
    warnings = ("logo_unreadable",) if logo else ()
    checked(committee_invitation.render_invitations(invitation_batch(logo=logo)), tmp_path, warnings)
    for render in LETTERS:
        for lang in LANGS:
            checked(render(protocol_form(HEBREW, logo=logo), lang), tmp_path, warnings)


def test_the_demo_logo_prints_with_no_warning(qapp, tmp_path):
    checked(committee_invitation.render_invitations(invitation_batch(logo=demo_logo())), tmp_path)
    checked(committee_protocol.render_protocol(protocol_form(ARABIC, logo=demo_logo()), "ar"), tmp_path)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(PARAGRAPHS, PARAGRAPHS, st.sampled_from(LANGS))
def test_any_mixed_text_prints_whole(qapp, tmp_path, discussion, item, lang):
    """Generated Hebrew, Arabic, Latin, numbers, dates, ID numbers, phones and brackets as the discussion and
    a plan item: every character in a font that has it, nothing past the margins, the numbers intact."""
    base = protocol_form(HEBREW)
    decision = replace(base.protocol.decisions[0], items=(item,))
    data = protocol_form(HEBREW, discussion=discussion, decisions=(decision,))
    for render in (committee_protocol.render_protocol, decision_letter.render_letter):
        text = "\n".join(checked(render(data, lang), tmp_path))
        for source in (discussion, item) if render is committee_protocol.render_protocol else (item,):
            for number in re.findall(r"(?<![\d/,.-])\d{9}(?![\d/,.-])", source):
                assert number in text
            for date in re.findall(r"(?<![\d/])\d\d/\d\d/\d{4}(?![\d/])", source):
                assert date in text
            for phone in re.findall(r"(?<![\d-])05\d-\d{7}(?![\d-])", source):
                assert phone in text


# ---- the registry ----------------------------------------------------------------------------------------------
def test_the_registry_names_the_four_forms_and_a_batch_mixes_them(qapp, tmp_path):
    for name in ("committee_invitation", "committee_protocol", "decision_letter", "summary_letter"):
        form = FORMS[name]
        assert form.langs == ("he", "ar")
        data = invitation_batch() if name == "committee_invitation" else protocol_form(HEBREW)
        assert form.build(data, "he").startswith(b"%PDF")
        with pytest.raises(ValueError):
            form.build(data, "fr")
    rendered = render_batch([("committee_invitation", invitation_batch(), "he"),
                             ("decision_letter", protocol_form(ARABIC), "ar")])
    pages = checked(rendered, tmp_path)
    assert rendered.pages == 5  # four letters, then the decision letter
    assert words("ar", "inv_purpose_heading") in pages[2] and words("ar", "dl_right_heading") in pages[4]
    with pytest.raises(TypeError):
        render_batch([("committee_protocol", invitation_batch(), "he")])
