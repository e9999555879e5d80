"""Benchmarks of the PDF forms (``reports/``), called by tests/benchmarks/run.py (``--skip-forms`` to skip),
or alone: ``python -m tests.benchmarks.forms``.

- a 3-page family summary (Hebrew), built in full (story, layout, fonts, PDF bytes): median ≤ 80 ms;
- 100 one-page family summaries as one PDF (``reports.forms.render_batch``: one layout, fonts embedded
  once): ≤ 3 s;
- a one-page intake summary (Hebrew) and a referral letter (Arabic), each built in full: median ≤ 30 ms
  (a one-page family summary in each language is measured beside them: the reference on the same machine
  at the same moment);
- the ratio of the 3-page form to a plain reportlab document of the same text without right-to-left
  handling (platypus Paragraphs in one font, the same page size and margins): what our bidi, font runs and
  template cost;
- the committee's forms (issue 9): a 3-page protocol (Hebrew) built in full ≤ 80 ms; 100 invitation letters
  (half Hebrew, half Arabic, each on its own letterhead) as one PDF ≤ 3 s."""

from __future__ import annotations

import io
import statistics
import sys
import time
from dataclasses import replace
from xml.sax.saxutils import escape

from models.families.dto import FamilySummary
from reports.bidi import levels, visual_line
from reports.forms import render_batch
from reports.forms.family_summary import render_summary
from reports.text import coverage, font_name, prepare
from tests.unit.reports.samples import summary

TARGET_3_PAGES_MS = 80.0
TARGET_BATCH_S = 3.0
TARGET_INTAKE_MS = 30.0
TARGET_PROTOCOL_MS = 80.0
TARGET_INVITATIONS_S = 3.0


def three_page_summary() -> FamilySummary:
    """The first sample family with its notes repeated until the summary takes three pages."""
    data = summary(0)
    for copies in range(1, 60):
        # each note different (its number first), so no line repeats another one's bidi work
        notes = tuple(replace(n, text=f"{i + 1}. {n.text}") for i, n in enumerate(data.notes * copies))
        longer = replace(data, notes=notes)
        if render_summary(longer, "he").pages >= 3:
            return longer
    raise AssertionError("never reached three pages")


def plain_texts(data: FamilySummary) -> list[str]:
    f = data.file
    texts = [f.family_name, f.file_number, f.address, f.locality, f.neighbourhood, f.team_name]
    for m in f.members:
        p = m.person
        texts += [p.full_name, m.relation, p.id_number or "", str(p.birth_date), " ".join(p.phones)]
    for t in data.open_tasks:
        texts += [t.title, t.description, str(t.due_date), t.assignee_name]
    for n in data.notes:
        texts += [f"{n.note_date} {n.kind} {n.author_name}", n.text]
    return texts


def plain_document(texts: list[str]) -> bytes:
    """The same text as plain platypus Paragraphs, logical order, one font: no bidi, no runs, no letterhead."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    coverage()
    style = ParagraphStyle("plain", fontName=font_name("hebrew"), fontSize=10, leading=14)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=132, bottomMargin=64)
    doc.build([Paragraph(escape(t), style) for t in texts])
    return out.getvalue()


def cold_bidi() -> None:
    """Forget the reordered lines: a form printed once finds none of its lines in the caches."""
    visual_line.cache_clear()
    levels.cache_clear()
    prepare.cache_clear()


def timed_ms(fn, repeat: int) -> list[float]:
    fn()
    samples = []
    for _ in range(repeat):
        cold_bidi()
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return samples


def measure(repeat: int = 15) -> list[tuple[str, float, str, bool | None]]:
    """(name, value, target text, ok) rows."""
    three = three_page_summary()
    pages = render_summary(three, "he").pages
    ours = statistics.median(timed_ms(lambda: render_summary(three, "he"), repeat))
    texts = plain_texts(three)
    plain = statistics.median(timed_ms(lambda: plain_document(texts), repeat))
    one_page = [summary(i % 2) for i in range(100)]
    langs = ["he", "ar"] * 50

    def hundred() -> bytes:
        return render_batch([("family_summary", d, lang) for d, lang in zip(one_page, langs, strict=True)]).pdf

    hundred()
    cold_bidi()
    t = time.perf_counter()
    pdf = hundred()
    batch_s = time.perf_counter() - t
    return [
        (f"family summary, {pages} pages (he), ms", ours, f"≤ {TARGET_3_PAGES_MS:g}", ours <= TARGET_3_PAGES_MS),
        ("plain reportlab, same text, no RTL, ms", plain, "-", None),
        ("ratio ours / plain", ours / plain, "-", None),
        (f"100 one-page summaries as one PDF, s ({len(pdf) // 1024} KiB)", batch_s, f"≤ {TARGET_BATCH_S:g}",
         batch_s <= TARGET_BATCH_S),
        *intake_rows(repeat),
        *committee_rows(repeat),
    ]


def intake_rows(repeat: int) -> list[tuple[str, float, str, bool | None]]:
    """The intake forms (issue 8): a one-page intake summary and a referral letter, and the one-page family
    summary as the reference."""
    from reports.forms import family_summary, intake_summary, referral_letter
    from tests.unit.reports.intake_samples import ELSEWHERE, NEW_FILE, intake_form

    new_file, elsewhere, family, family_ar = intake_form(NEW_FILE), intake_form(ELSEWHERE), summary(0), summary(1)
    assert intake_summary.render_summary(new_file, "he").pages == 1
    assert referral_letter.render_letter(elsewhere, "ar").pages == 1
    summary_ms = statistics.median(timed_ms(lambda: intake_summary.build(new_file, "he"), repeat))
    letter_ms = statistics.median(timed_ms(lambda: referral_letter.build(elsewhere, "ar"), repeat))
    family_ms = statistics.median(timed_ms(lambda: family_summary.build(family, "he"), repeat))
    family_ar_ms = statistics.median(timed_ms(lambda: family_summary.build(family_ar, "ar"), repeat))
    return [
        ("intake summary, 1 page (he), ms", summary_ms, f"≤ {TARGET_INTAKE_MS:g}", summary_ms <= TARGET_INTAKE_MS),
        ("referral letter, 1 page (ar), ms", letter_ms, f"≤ {TARGET_INTAKE_MS:g}", letter_ms <= TARGET_INTAKE_MS),
        ("family summary, 1 page (he), ms (reference)", family_ms, "-", None),
        ("family summary, 1 page (ar), ms (reference)", family_ar_ms, "-", None),
    ]


def three_page_protocol():  # -> ProtocolForm
    """The Hebrew sample protocol with its discussion lengthened until it takes three pages."""
    from reports.forms import committee_protocol
    from tests.unit.reports.committee_samples import HEBREW, protocol_form

    base = protocol_form(HEBREW)
    for copies in range(1, 80):
        # each paragraph different (its number first), so no line repeats another one's bidi work
        discussion = "\n".join(f"{i + 1}. {base.protocol.background} {base.protocol.professionals_views}"
                               for i in range(copies))
        data = protocol_form(HEBREW, discussion=discussion)
        if committee_protocol.render_protocol(data, "he").pages >= 3:
            return data
    raise AssertionError("never reached three pages")


def committee_rows(repeat: int) -> list[tuple[str, float, str, bool | None]]:
    """The committee's forms (issue 9): a 3-page protocol, and 100 invitation letters as one PDF."""
    from reports.forms import committee_invitation, committee_protocol
    from tests.unit.reports.committee_samples import invitation_batch

    data = three_page_protocol()
    pages = committee_protocol.render_protocol(data, "he").pages
    protocol_ms = statistics.median(timed_ms(lambda: committee_protocol.build(data, "he"), repeat))
    batch = invitation_batch(copies=25)  # 4 letters a copy: 2 Hebrew, 2 Arabic
    # each letter different (a numbered addressee and file), so no letter finds its lines in the caches
    batch = replace(batch, letters=tuple(
        replace(x, addressee_name=f"{x.addressee_name} {i}", file_number=f"2026/{1000 + i}",
                addressee_address=f"{i} {x.addressee_address}") for i, x in enumerate(batch.letters)))
    assert len(batch.letters) == 100
    committee_invitation.render_invitations(batch)
    cold_bidi()
    t = time.perf_counter()
    rendered = committee_invitation.render_invitations(batch)
    invitations_s = time.perf_counter() - t
    assert rendered.pages == 100
    return [
        (f"committee protocol, {pages} pages (he), ms", protocol_ms, f"≤ {TARGET_PROTOCOL_MS:g}",
         protocol_ms <= TARGET_PROTOCOL_MS),
        (f"100 invitation letters as one PDF, s ({len(rendered.pdf) // 1024} KiB)", invitations_s,
         f"≤ {TARGET_INVITATIONS_S:g}", invitations_s <= TARGET_INVITATIONS_S),
    ]


def main() -> int:
    rows = measure()
    for name, value, target, ok in rows:
        print(f"{name:55} {value:9.2f}  {target:6} {'' if ok is None else 'PASS' if ok else 'MISS'}")
    return 0 if all(ok is not False for *_, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
