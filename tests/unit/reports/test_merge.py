"""reports.merge: several PDFs as one (the foster-care referral's package), the pages of each part in order;
a part that is not a PDF, a damaged one or one locked by a password refused naming the part; a scanner's
"protected" PDF that opens without a password taken."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from reports.merge import merge_pdfs, page_count


def blank(pages: int, width: float = 595, height: float = 842) -> bytes:
    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(width=width, height=height)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def encrypted(pages: int, user_password: str) -> bytes:
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(blank(pages))))
    w.encrypt(user_password=user_password, owner_password="owner-secret")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_the_parts_pages_come_one_part_after_the_other():
    first, second, third = blank(1, 595, 842), blank(3, 842, 595), blank(2, 500, 700)  # told apart by size
    merged = merge_pdfs([first, second, third])
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in PdfReader(io.BytesIO(merged)).pages]
    assert sizes == [(595, 842)] + [(842, 595)] * 3 + [(500, 700)] * 2
    assert page_count(merged) == 6


def test_a_pdf_protected_without_a_user_password_is_taken_one_locked_by_a_password_is_refused():
    assert page_count(merge_pdfs([blank(1), encrypted(2, "")])) == 3
    with pytest.raises(ValueError, match="part 2 is a PDF protected by a password"):
        merge_pdfs([blank(1), encrypted(1, "secret")])


@pytest.mark.parametrize("bad, message", [
    (b"", "part 2 is not a PDF"),
    (b"\x89PNG\r\n\x1a\n not a pdf", "part 2 is not a PDF"),
    (b"%PDF-1.7\n%%EOF", "part 2"),
])
def test_a_part_that_is_not_a_readable_pdf_is_refused_naming_it(bad, message):
    with pytest.raises(ValueError, match=message):
        merge_pdfs([blank(1), bad])


def test_a_truncated_pdf_is_refused():
    whole = blank(2)
    with pytest.raises(ValueError, match="part 1"):
        merge_pdfs([whole[: len(whole) // 3]])


def test_nothing_to_merge():
    with pytest.raises(ValueError, match="nothing to merge"):
        merge_pdfs([])
