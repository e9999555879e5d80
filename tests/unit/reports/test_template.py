"""reports.template: the letterhead, file number, civil and Hebrew print dates, "page x of y" and the
confidentiality line on every page, in the document's language; the logo, and a logo that cannot be read."""

from __future__ import annotations

import io
import os
from dataclasses import replace

import pytest
from PIL import Image
from pypdf import PdfReader

from models.calendar import hebrew_date
from reports.labels import LABELS, label
from reports.template import (
    BODY,
    WARNING_LOGO_UNREADABLE,
    PageInfo,
    read_logo,
    render,
    render_many,
)
from reports.text import RtlParagraph
from tests.unit.reports.pdfcheck import missing_glyphs, pdfium_pages
from tests.unit.reports.samples import PRINTED_AT, letterhead


def png(width=240, height=120) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(out, "PNG")
    return out.getvalue()


def info(lang="he", **changes) -> PageInfo:
    base = PageInfo(letterhead=letterhead(), lang=lang, title=label(lang, "family_summary"),
                    file_number="2026/0457", printed_at=PRINTED_AT, printed_by="דנה כרמלי")
    return replace(base, **changes)


def story(pages: int) -> list:
    return [RtlParagraph("שורה של טקסט במסמך. " * 40, BODY) for _ in range(pages * 9)]


def images(pdf: bytes) -> int:
    count = 0
    for page in PdfReader(io.BytesIO(pdf)).pages[:1]:
        xobjects = page["/Resources"].get("/XObject", {})
        count += sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")
    return count


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_every_page_carries_the_letterhead_dates_page_number_and_confidentiality(qapp, tmp_path, lang):
    rendered = render(story(3), info(lang))
    assert rendered.pages >= 3 and rendered.warnings == ()
    pages = pdfium_pages(rendered.pdf, tmp_path)
    assert len(pages) == rendered.pages
    lh = letterhead()
    for number, text in enumerate(pages, 1):
        for part in (lh.municipality, lh.department, lh.email, lh.phone, "2026/0457", "28/11/2026",
                     hebrew_date(PRINTED_AT.date(), lang), label(lang, "confidential"), "דנה כרמלי"):
            assert part in text, (number, part)
        assert label(lang, "page_of", page=number, pages=rendered.pages) in text
    assert missing_glyphs(rendered.pdf) == {}


def test_labels_exist_in_both_languages():
    assert LABELS["he"].keys() == LABELS["ar"].keys()
    with pytest.raises(ValueError):
        label("en", "file_number")
    with pytest.raises(ValueError):
        render(story(1), info("en"))


def test_the_logo_prints_on_the_letterhead():
    rendered = render(story(1), info(letterhead=letterhead(logo=png())))
    assert rendered.warnings == ()
    assert images(rendered.pdf) == 1


@pytest.mark.parametrize("logo", [b"not an image at all", png()[:60], b"\x89PNG\r\n\x1a\n" + b"\0" * 40],
                         ids=["garbage", "truncated", "header only"])
def test_an_unreadable_logo_prints_the_form_without_it_and_says_so(qapp, tmp_path, logo):
    rendered = render(story(1), info(letterhead=letterhead(logo=logo)))
    assert rendered.warnings == (WARNING_LOGO_UNREADABLE,)
    assert images(rendered.pdf) == 0
    assert letterhead().municipality in pdfium_pages(rendered.pdf, tmp_path)[0]


def test_no_logo_is_no_warning():
    assert read_logo(None) == (None, [])
    assert read_logo(b"") == (None, [])


def test_a_batch_numbers_the_pages_of_each_document_on_its_own(qapp, tmp_path):
    first, second = info(file_number="2026/0001"), info("ar", file_number="2026/0002")
    seen = []
    rendered = render_many([(story(2), first), (story(1), second)], progress=lambda d, t: seen.append((d, t)) or True)
    pages = pdfium_pages(rendered.pdf, tmp_path)
    firsts = [p for p in pages if "2026/0001" in p]
    seconds = [p for p in pages if "2026/0002" in p]
    assert len(firsts) + len(seconds) == len(pages) == rendered.pages
    for number, text in enumerate(firsts, 1):
        assert label("he", "page_of", page=number, pages=len(firsts)) in text
    for number, text in enumerate(seconds, 1):
        assert label("ar", "page_of", page=number, pages=len(seconds)) in text
        assert label("ar", "confidential") in text
    assert seen == [(1, 2), (2, 2)]


def test_the_margin_check_sees_text_past_the_margin():
    """The check the form tests run (nothing reaches past the margins) does see a line that does."""
    from reportlab.pdfgen.canvas import Canvas

    from reports.template import MARGIN, PAGE_WIDTH
    from reports.text import TextStyle, draw_line
    from tests.unit.reports.pdfcheck import overflowing

    out = io.BytesIO()
    canvas = Canvas(out)
    draw_line(canvas, "שורה בתוך השוליים", MARGIN, 700, 300, TextStyle())
    canvas.saveState()
    canvas.translate(PAGE_WIDTH - MARGIN - 20, 0)  # as a table cell would be placed
    draw_line(canvas, "שורה שחורגת מהשוליים 123", 0, 650, 200, TextStyle(align="end"))
    canvas.restoreState()
    canvas.save()
    found = overflowing(out.getvalue(), MARGIN, PAGE_WIDTH - MARGIN)
    assert found  # the second line, drawn from 20 pt before the right margin
    assert all(right > PAGE_WIDTH - MARGIN for _, _, right, _ in found)
    assert not any("ךותב" in text for *_, text in found)  # the first line stays inside


def test_a_photo_sized_logo_is_scaled_down_before_it_goes_in():
    out = io.BytesIO()
    Image.frombytes("RGB", (2000, 1500), os.urandom(2000 * 1500 * 3)).save(out, "PNG", compress_level=1)
    rendered = render(story(1), info(letterhead=letterhead(logo=out.getvalue())))
    assert rendered.warnings == () and images(rendered.pdf) == 1
    assert len(rendered.pdf) < 1_000_000  # the photo itself is 9 MB of pixels
