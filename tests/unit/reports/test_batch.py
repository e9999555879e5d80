"""reports.batch and reports.forms.render_batch: several forms as one PDF, with progress and cancel."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from reports import Cancelled, batch
from reports.forms import render_batch
from reports.forms.family_summary import build
from tests.unit.reports.pdfcheck import missing_glyphs, pdfium_pages
from tests.unit.reports.samples import summary


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_batch_joins_pdfs_in_order_and_reports_progress(qapp, tmp_path):
    docs = [build(summary(0), "he"), build(summary(1), "ar"), build(summary(0), "ar")]
    seen = []
    joined = batch(docs, progress=lambda done, total: seen.append((done, total)) or True)
    assert page_count(joined) == sum(page_count(d) for d in docs)
    pages = pdfium_pages(joined, tmp_path)
    assert "2026/0457" in pages[0] and "2026/0812" in pages[1] and "2026/0457" in pages[2]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_batch_stops_when_progress_says_cancel():
    built = []

    def docs():
        for i in range(5):
            built.append(i)
            yield build(summary(i % 2), "he")

    with pytest.raises(Cancelled):
        batch(docs(), progress=lambda done, total: done < 2, total=5)
    assert built == [0, 1]  # the forms after the cancel were never built


def test_render_batch_lays_out_many_forms_in_one_pdf(qapp, tmp_path):
    items = [("family_summary", summary(i % 2), lang) for i, lang in enumerate(["he", "ar", "he", "ar"])]
    seen = []
    rendered = render_batch(items, progress=lambda done, total: seen.append(done) or True)
    pages = pdfium_pages(rendered.pdf, tmp_path)
    assert rendered.pages == len(pages) == 4
    assert ["2026/0457" in p for p in pages] == [True, False, True, False]
    assert all(("עמוד 1 מתוך 1" in p) or ("صفحة 1 من 1" in p) for p in pages)
    assert seen == [1, 2, 3, 4]
    assert missing_glyphs(rendered.pdf) == {}
    # the fonts are embedded once, not once per form
    assert len(rendered.pdf) < 2 * len(build(summary(0), "he")) + len(build(summary(1), "ar"))


def test_render_batch_cancel_and_wrong_data():
    items = [("family_summary", summary(0), "he")] * 5
    with pytest.raises(Cancelled):
        render_batch(items, progress=lambda done, total: done < 2)
    with pytest.raises(TypeError):
        render_batch([("family_summary", "not a summary", "he")])
    with pytest.raises(KeyError):
        render_batch([("no_such_form", summary(0), "he")])
