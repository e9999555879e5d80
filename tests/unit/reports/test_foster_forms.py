"""The foster-care forms (the referral to the foster-care service, the placement summary) in Hebrew and Arabic,
with the checks every form passes (each character drawn exists in its font, nothing past the margins, Pdfium
reads the text), what each must say, the emergency referral without a decision (its reason and the
committee's due date in red), bad input (a 300-character service name, text mixing Hebrew, English, numbers
and brackets, a 4,000-character reason running onto more pages) and the package the client prints: the
referral form, the committee's protocol and the attached documents merged into one PDF (reports/merge.py).

Invented data (the fictional town of the other forms' samples). ``python -m tests.unit.reports.test_foster_forms
OUTDIR`` writes each form in Hebrew and Arabic and the merged package as OUTDIR/foster_*.pdf (to render with
../shared/tools/pdf-look)."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from models import codes
from models.committees.dto import PersonBrief
from models.foster.dto import (
    DecisionOption,
    FosterDocumentDTO,
    FosterEventDTO,
    FosterParent,
    FosterReferralDTO,
    FosterReferralForm,
    FosterVisitDTO,
    PlacementSummaryForm,
)
from models.users.dto import UserRef
from reports.forms import committee_protocol, foster_placement_summary, foster_referral
from reports.forms.foster_referral import WORDS
from reports.merge import merge_pdfs, page_count
from reports.template import MARGIN, PAGE_WIDTH
from tests.unit.reports.committee_samples import protocol_form
from tests.unit.reports.intake_samples import letterhead
from tests.unit.reports.pdfcheck import missing_glyphs, overflowing, pdfium_pages

PRINTED_ON = date(2026, 12, 20)
HELD_ON = date(2026, 12, 14)
WORKER = UserRef(id=7, username="dana", full_name="דנה לוין", role="youth_law_worker", team_id=1)
CHILD = PersonBrief(id=23, first_name="נועה", last_name="בן-דוד", birth_date=date(2019, 4, 9), preferred_language="he")
CHILD_AR = PersonBrief(id=31, first_name="كريم", last_name="منصور", birth_date=date(2021, 8, 2),
                       preferred_language="ar")
DECISION_TEXT = "השמה במשפחת אומנה לטווח ארוך; הסדרי קשר שבועיים עם האם בפיקוח."
SERVICE = "שירות האומנה \"מתן\" - מחוז דרום"


def _events(placed: bool) -> tuple[FosterEventDTO, ...]:
    steps = [("", "draft", date(2026, 12, 15), ""), ("draft", "sent", date(2026, 12, 16), ""),
             ("sent", "assessment", date(2026, 12, 17), ""), ("assessment", "proposed", date(2027, 1, 4), ""),
             ("proposed", "assessment", date(2027, 1, 6), "המשפחה המוצעת חזרה בה (סיבות בריאות)"),
             ("assessment", "matched", date(2027, 1, 20), "")]
    if placed:
        steps.append(("matched", "placed", date(2027, 2, 1), ""))
    return tuple(FosterEventDTO(from_status=a, to_status=b, moved_on=d, reason=why, moved_by=WORKER.full_name,
                                moved_at=datetime.combine(d, datetime.min.time()).replace(hour=10))
                 for a, b, d, why in steps)


def referral(*, emergency: bool = False, placed: bool = True, **changes: Any) -> FosterReferralDTO:
    decision = None if emergency else DecisionOption(
        decision_id=5, protocol_id=3, case_id=9, file_id=40, child=CHILD, held_on=HELD_ON, kind="foster_family",
        text=DECISION_TEXT, has_referral=True)
    events = _events(placed)
    r = FosterReferralDTO(
        id=12, version=7, file_id=40, file_number="2026/0463", family_name="משפחת בן-דוד", child=CHILD,
        age_years=7, kind="emergency" if emergency else "long_term", status="placed" if placed else "matched",
        status_on=events[-1].moved_on, status_reason="", decision=decision,
        emergency_reason="הילדה נמצאה לבד בבית שלושה ימים; האם אושפזה." if emergency else "",
        committee_due_on=date(2026, 12, 22) if emergency else None, committee_missing=emergency,
        service_name=SERVICE, reason="הילדה זקוקה למסגרת משפחתית יציבה, מעקב רפואי (אסתמה) וליווי רגשי.",
        worker=WORKER, sent_on=date(2026, 12, 16), foster_family_code="FF-2291" if placed else "",
        foster_locality="עומר" if placed else "", placed_on=date(2027, 2, 1) if placed else None,
        placement_id=4 if placed else None, contact_arrangements="מפגש שבועי עם האם במרכז הקשר, ימי רביעי 16:00.",
        annual_review_on=date(2027, 12, 14) if placed else None, end_reason="", reject_reason="", ended_on=None,
        events=events,
        documents=(FosterDocumentDTO(id=1, kind="assessment", title="הערכה פסיכולוגית (ד\"ר כהן)",
                                     filename="assessment.pdf", size=1200, added_by=WORKER.full_name,
                                     added_at=datetime(2026, 12, 15, 11, 0)),
                   FosterDocumentDTO(id=2, kind="medical", title="מכתב רופאת הילדים", filename="medical.pdf",
                                     size=900, added_by=WORKER.full_name, added_at=datetime(2026, 12, 15, 11, 5))),
        visits=(FosterVisitDTO(id=2, visited_on=date(2027, 2, 15), kind="worker_visit", with_whom="משפחת האומנה",
                               note="הילדה משתלבת היטב בגן.", recorded_by=WORKER.full_name),
                FosterVisitDTO(id=1, visited_on=date(2027, 2, 10), kind="parents_visit", with_whom="האם",
                               note="מפגש חם, 90 דקות.", recorded_by=WORKER.full_name)) if placed else (),
        next_statuses=("ended",) if placed else ("placed", "rejected", "proposed"))
    return replace(r, **changes) if changes else r


PARENTS = (FosterParent(name="מיכל בן-דוד", relation="mother", phone="0501234567", address="רח' הגפן 12, עין הבשור"),
           FosterParent(name="אבי בן-דוד", relation="father", phone="052-7654321", address="רח' האלה 3, באר שבע"))


def referral_form(**changes: Any) -> FosterReferralForm:
    r = changes.pop("referral", None) or referral(placed=False)
    values: dict[str, Any] = {
        "letterhead": letterhead(), "child": r.child, "child_id_number": "000000018", "parents": PARENTS,
        "address": "רח' הגפן 12, עין הבשור", "worker_name": WORKER.full_name, "worker_role": WORKER.role,
        "decision_text": DECISION_TEXT if r.decision is not None else "",
        "protocol_held_on": HELD_ON if r.decision is not None else None, "printed_on": PRINTED_ON,
        "printed_by": WORKER.full_name, **changes}
    return FosterReferralForm(referral=r, **values)


def summary_form(**changes: Any) -> PlacementSummaryForm:
    r = changes.pop("referral", None) or referral()
    values: dict[str, Any] = {"letterhead": letterhead(), "child": r.child, "events": r.events, "visits": r.visits,
                              "annual_review_on": r.annual_review_on, "printed_on": PRINTED_ON,
                              "printed_by": WORKER.full_name, **changes}
    return PlacementSummaryForm(referral=r, **values)


# ---- the checks ---------------------------------------------------------------------------------------------------
def logical(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def has(text: str, phrase: str) -> bool:
    """The words and numbers of ``phrase`` appear in ``text`` in this order."""
    pos = 0
    for token in re.findall(r"\w+", logical(phrase)):
        found = text.find(token, pos)
        if found < 0:
            return False
        pos = found + len(token)
    return True


def checked(rendered, tmp_path) -> list[str]:
    assert rendered.pdf.startswith(b"%PDF") and rendered.warnings == ()
    assert missing_glyphs(rendered.pdf) == {}
    assert overflowing(rendered.pdf, MARGIN, PAGE_WIDTH - MARGIN) == []
    pages = pdfium_pages(rendered.pdf, tmp_path)
    assert len(pages) == rendered.pages
    return pages


def test_every_foster_code_has_a_word_in_hebrew_and_in_arabic():
    assert set(WORDS["he"]) == set(WORDS["ar"])
    for lang, script in (("he", "[\u0590-\u05ff]"), ("ar", "[\u0600-\u06ff]")):
        for prefix, values in (("kind", codes.FOSTER_KINDS), ("status", codes.FOSTER_STATUSES),
                               ("end", codes.FOSTER_END_REASONS), ("reject", codes.FOSTER_REJECT_REASONS),
                               ("doc", codes.FOSTER_DOCUMENT_KINDS), ("visit", codes.FOSTER_VISIT_KINDS)):
            for value in values:
                assert re.search(script, WORDS[lang].get(f"{prefix}_{value}", "")), (lang, prefix, value)


# ---- the referral form -------------------------------------------------------------------------------------------
def test_the_referral_form_says_what_the_foster_care_service_needs_in_hebrew(qapp, tmp_path):
    data = referral_form()
    text = "\n".join(checked(foster_referral.render_referral(data, "he"), tmp_path))
    assert logical(WORDS["he"]["foster_referral"]) in text
    assert logical(letterhead().municipality) in text
    assert "2026/0463" in text and "20/12/2026" in text  # the file number and the print date in the header
    for value in ("נועה בן-דוד", "09/04/2019", "000000018", "רח' הגפן 12", "מיכל בן-דוד", "אבי בן-דוד",
                  "אם", "אב", "050-123-4567", "14/12/2026", "השמה במשפחת אומנה לטווח ארוך", "אומנה לטווח ארוך",
                  "מסגרת משפחתית יציבה", "מפגש שבועי עם האם", "הערכה פסיכולוגית", "מכתב רופאת הילדים",
                  "דנה לוין", "עו\"ס לחוק הנוער", "7 שנים", "מתן"):
        assert has(text, value), value
    # the protocol is listed first among the attachments, then the documents in their order
    assert text.index("פרוטוקול הוועדה") < text.index("הערכה פסיכולוגית") < text.index("מכתב רופאת הילדים")
    assert WORDS["he"]["emergency_heading"] not in text


def test_the_referral_form_in_arabic(qapp, tmp_path):
    r = referral(placed=False, child=CHILD_AR, age_years=5, service_name="خدمة الحضانة - لواء الجنوب",
                 reason="يحتاج الطفل إلى إطار عائلي مستقر.")
    data = referral_form(referral=r, parents=(FosterParent("سلمى منصور", "mother", "0541112233", "شارع الزيتون 4"),))
    text = "\n".join(checked(foster_referral.render_referral(data, "ar"), tmp_path))
    for value in (WORDS["ar"]["foster_referral"], "كريم منصور", "سلمى منصور", "الأم", "خدمة الحضانة",
                  "يحتاج الطفل إلى إطار عائلي مستقر", WORDS["ar"]["kind_long_term"], "5 سنوات"):
        assert has(text, value), value
    assert not re.search("[\u05d0-\u05ea]{4}", logical(WORDS["ar"]["foster_referral"]))


def test_an_emergency_referral_says_why_and_by_when_the_committee_must_decide(qapp, tmp_path):
    r = referral(emergency=True, placed=False, documents=())
    data = referral_form(referral=r)
    text = "\n".join(checked(foster_referral.render_referral(data, "he"), tmp_path))
    assert has(text, WORDS["he"]["emergency_heading"]) and has(text, "האם אושפזה")
    assert has(text, "22/12/2026")  # the committee's due date
    assert has(text, WORDS["he"]["no_attachments"]) and "פרוטוקול הוועדה" not in text
    assert has(text, WORDS["he"]["kind_emergency"])


def test_bad_input_long_and_mixed_texts_stay_inside_the_page(qapp, tmp_path):
    mixed = "בקשה (דחופה) ל-ASAP [ref: 2291/B] של Dr. Smith — 3 מפגשים {שבועיים}"
    r = referral(placed=False, service_name="ש" * 300, reason=(mixed + " ") * 120, contact_arrangements=mixed)
    rendered = foster_referral.render_referral(referral_form(referral=r), "he")
    pages = checked(rendered, tmp_path)
    assert rendered.pages >= 2  # the long reason runs onto more pages
    assert has("\n".join(pages), "Dr. Smith")


# ---- the placement summary -----------------------------------------------------------------------------------------
def test_the_placement_summary_shows_the_pipeline_the_placement_visits_and_annual_review(qapp, tmp_path):
    text = "\n".join(checked(foster_placement_summary.render_summary(summary_form(), "he"), tmp_path))
    assert logical(WORDS["he"]["foster_placement_summary"]) in text
    # (Pdfium reads a Latin code in a right-to-left line as "-2291FF": its words are checked one by one)
    assert "FF" in text and "2291" in text
    for value in ("נועה בן-דוד", "2026/0463", "עומר", "01/02/2027", "14/12/2027",
                  "המשפחה המוצעת חזרה בה", "הילדה משתלבת היטב בגן", "מפגש חם", "מפגש שבועי עם האם",
                  WORDS["he"]["status_placed"], WORDS["he"]["status_matched"], WORDS["he"]["status_sent"]):
        assert has(text, value), value
    # the pipeline in its order, the visits oldest first
    assert text.index("15/12/2026") < text.index("16/12/2026") < text.index("20/01/2027")
    assert text.index("10/02/2027") < text.index("15/02/2027")


def test_the_placement_summary_of_an_ended_placement_in_arabic(qapp, tmp_path):
    r = referral(child=CHILD_AR, status="ended", ended_on=date(2027, 9, 1), end_reason="returned_home",
                 annual_review_on=None)
    text = "\n".join(checked(foster_placement_summary.render_summary(summary_form(referral=r, annual_review_on=None),
                                                                     "ar"), tmp_path))
    for value in (WORDS["ar"]["foster_placement_summary"], "كريم منصور", WORDS["ar"]["end_returned_home"],
                  "01/09/2027", WORDS["ar"]["annual_review_unknown"]):
        assert has(text, value), value


def test_a_referral_not_placed_yet_says_so(qapp, tmp_path):
    r = referral(placed=False)
    text = "\n".join(checked(foster_placement_summary.render_summary(summary_form(referral=r), "he"), tmp_path))
    assert has(text, WORDS["he"]["not_placed"]) and has(text, WORDS["he"]["no_visits"])


# ---- the package: referral form + protocol + documents --------------------------------------------------------------
def test_the_referral_the_protocol_and_the_documents_merge_into_one_pdf_in_that_order(qapp, tmp_path):
    form = foster_referral.build(referral_form(), "he")
    protocol = committee_protocol.build(protocol_form(), "he")
    document = foster_placement_summary.build(summary_form(), "he")  # stands for an attached PDF
    merged = merge_pdfs([form, protocol, document])
    sizes = [page_count(p) for p in (form, protocol, document)]
    assert page_count(merged) == sum(sizes) and len(PdfReader(io.BytesIO(merged)).pages) == sum(sizes)
    pages = pdfium_pages(merged, tmp_path)
    assert logical(WORDS["he"]["foster_referral"]) in pages[0]
    assert "פרוטוקול" in pages[sizes[0]]
    assert logical(WORDS["he"]["foster_placement_summary"]) in pages[sizes[0] + sizes[1]]


def test_a_part_that_is_not_a_pdf_is_refused_naming_it():
    form = foster_referral.build(referral_form(), "he")
    with pytest.raises(ValueError, match="part 2 is not a PDF"):
        merge_pdfs([form, b"GIF89a not a pdf"])
    with pytest.raises(ValueError, match="part 3"):
        merge_pdfs([form, form, b"%PDF-1.4\n garbage without pages or trailer"])
    with pytest.raises(ValueError, match="nothing to merge"):
        merge_pdfs([])


def main(argv: list[str] | None = None) -> int:
    """Writes the foster forms (Hebrew and Arabic, placed and emergency) and the merged package to OUTDIR."""
    import sys

    from tests.unit.reports.samples import demo_logo

    out = Path((argv if argv is not None else sys.argv[1:])[0])
    out.mkdir(parents=True, exist_ok=True)
    logo_head = replace(letterhead(), logo=demo_logo())
    ar = referral(placed=True, child=CHILD_AR, age_years=5, service_name="خدمة الحضانة - لواء الجنوب",
                  reason="يحتاج الطفل إلى إطار عائلي مستقر ومتابعة طبية.",
                  contact_arrangements="لقاء أسبوعي مع الأم في مركز اللقاءات.")
    parents_ar = (FosterParent("سلمى منصور", "mother", "0541112233", "شارع الزيتون 4، عين هبسور"),)
    forms = {
        "foster_referral_he": foster_referral.build(referral_form(letterhead=logo_head), "he"),
        "foster_referral_ar": foster_referral.build(referral_form(referral=ar, parents=parents_ar,
                                                                  letterhead=logo_head), "ar"),
        "foster_referral_emergency_he": foster_referral.build(
            referral_form(referral=referral(emergency=True, placed=False), letterhead=logo_head), "he"),
        "foster_placement_summary_he": foster_placement_summary.build(summary_form(letterhead=logo_head), "he"),
        "foster_placement_summary_ar": foster_placement_summary.build(summary_form(referral=ar,
                                                                                   letterhead=logo_head), "ar"),
    }
    forms["foster_package_he"] = merge_pdfs([forms["foster_referral_he"],
                                             committee_protocol.build(protocol_form(logo=demo_logo()), "he")])
    for name, pdf in forms.items():
        (out / f"{name}.pdf").write_bytes(pdf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
