"""The page every form prints on: the department's letterhead (municipality, department, address, phone,
e-mail, logo), the file number, the print date (civil and Hebrew), "page x of y", and a confidentiality line,
in the document's language, right to left. A4 upright, or on its side (``PageInfo.pagesize``: a club's
monthly attendance sheet); a form of no one file (the sheet, the transport list) leaves the file number out.

A logo that cannot be read does not stop the form: it prints without the logo and ``Rendered.warnings``
says so ("logo_unreadable"), for the client to tell the user."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from models.calendar import hebrew_date
from models.department.dto import Letterhead
from reports import Progress
from reports.labels import check_lang, label
from reports.text import RtlParagraph, TextStyle, coverage, draw_line, prepare, wrap

PAGE_WIDTH, PAGE_HEIGHT = A4
LANDSCAPE = landscape(A4)
MARGIN = 40.0
HEADER_HEIGHT = 92.0
FOOTER_HEIGHT = 44.0
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
LOGO_MAX = (110.0, 60.0)

BODY = TextStyle(size=10, leading=14)
BOLD = TextStyle(size=10, leading=14, bold=True)
HEADING = TextStyle(size=12.5, leading=20, bold=True)
TITLE = TextStyle(size=16, leading=24, bold=True)
SMALL = TextStyle(size=8, leading=11, color=(0.25, 0.25, 0.25))
MARK = TextStyle(size=12, leading=14, bold=True, align="end", color=(0.75, 0.1, 0.1))

WARNING_LOGO_UNREADABLE = "logo_unreadable"


def civil_date(d: date) -> str:
    return d.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class PageInfo:
    """What the page template prints around the form's story."""

    letterhead: Letterhead
    lang: str
    title: str
    file_number: str
    printed_at: datetime
    printed_by: str = ""
    mark: str = ""  # printed in red at the end of the file-number line of every page (a protocol's "draft")
    pagesize: tuple[float, float] = A4  # LANDSCAPE: on its side; "" as file_number: no file-number part

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    warnings: tuple[str, ...] = field(default_factory=tuple)


def read_logo(logo: bytes | None) -> tuple[ImageReader | None, list[str]]:
    """The letterhead's logo as an image reportlab can draw, or None (and a warning when it was unreadable)."""
    if not logo:
        return None, []
    from PIL import Image

    try:
        with Image.open(io.BytesIO(logo)) as opened:
            opened.load()  # decodes the whole image: a truncated file fails here, not in the middle of a page
            image = opened.convert("RGBA") if opened.mode not in ("RGB", "RGBA", "L") else opened.copy()
        if image.width <= 0 or image.height <= 0:
            raise ValueError("empty image")
    except Exception:  # any decoder error means the same to the user: the logo is unreadable
        return None, [WARNING_LOGO_UNREADABLE]
    # a photo-sized logo would weigh on every page: 4x the printed size is plenty (about 300 dpi)
    image.thumbnail((int(LOGO_MAX[0] * 4), int(LOGO_MAX[1] * 4)))
    return ImageReader(image), []


class _Pages:
    """The documents of one PDF (one, or several for a batch) and which one is being laid out."""

    def __init__(self, infos: Sequence[PageInfo], progress: Progress | None = None) -> None:
        self.infos = list(infos)
        self.current = 0
        self.progress = progress
        self.logos: list[ImageReader | None] = []
        self.warnings: list[str] = []
        readers: dict[bytes | None, ImageReader | None] = {}
        for info in self.infos:
            key = info.letterhead.logo
            if key not in readers:
                readers[key], warned = read_logo(key)
                self.warnings += [w for w in warned if w not in self.warnings]
            self.logos.append(readers[key])

    def start(self, index: int) -> None:
        """Called as document ``index`` starts (before its first page begins)."""
        if index > 0 and self.progress is not None and not self.progress(index, len(self.infos)):
            from reports import Cancelled

            raise Cancelled(f"cancelled after {index} of {len(self.infos)}")
        self.current = index


class _Start(Flowable):  # type: ignore[misc]
    """A zero-size mark in the story: the next page belongs to document ``index``."""

    def __init__(self, pages: _Pages, index: int) -> None:
        super().__init__()
        self.pages = pages
        self.index = index
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages.start(self.index)


def _header(pages: _Pages) -> Any:
    def on_page(canvas: Canvas, doc: Any) -> None:
        canvas._maane_doc = pages.current  # kept with the page's state: its footer belongs to this document
        _draw_header(canvas, pages.infos[pages.current], pages.logos[pages.current])

    return on_page


def _draw_header(canvas: Canvas, info: PageInfo, logo: ImageReader | None) -> None:
    """The letterhead, and the file number and dates line, on every page."""
    lh = info.letterhead.for_language(info.lang)  # an Arabic form prints the Arabic letterhead
    page_width, page_height = info.pagesize
    top = page_height - MARGIN + 8
    canvas.saveState()
    logo_width = 0.0
    if logo is not None:
        w, h = logo.getSize()
        scale = min(LOGO_MAX[0] / w, LOGO_MAX[1] / h)
        logo_width = w * scale
        # the logo on the left: the letterhead's text starts at the right, as a Hebrew letter's does
        canvas.drawImage(logo, MARGIN, top - h * scale, w * scale, h * scale, mask="auto")
    text_x = MARGIN + logo_width + 12
    text_width = page_width - MARGIN - text_x
    y = top - 14
    for text, style in _letterhead_lines(lh):
        for line in wrap(prepare(text), text_width, style.size, style.bold)[:2]:
            draw_line(canvas, line, text_x, y, text_width, style)
            y -= style.leading
    rule_y = page_height - MARGIN - HEADER_HEIGHT + 18
    canvas.setStrokeColor(colors.HexColor("#5a6b7b"))
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, rule_y, page_width - MARGIN, rule_y)
    printed = info.printed_at.date()
    dates = f"{label(info.lang, 'printed_on')}: {civil_date(printed)} ({hebrew_date(printed, info.lang)})"
    if info.file_number:
        dates = f"{label(info.lang, 'file_number')}: {info.file_number}     {dates}"
    draw_line(canvas, prepare(dates), MARGIN, rule_y - 13, info.frame_width, SMALL)
    if info.mark:
        draw_line(canvas, prepare(info.mark), MARGIN, rule_y - 14, info.frame_width, MARK)
    canvas.restoreState()


def _letterhead_lines(lh: Letterhead) -> list[tuple[str, TextStyle]]:
    lines = [(lh.municipality, TextStyle(size=13, leading=17, bold=True)),
             (lh.department, TextStyle(size=11, leading=15, bold=True))]
    if lh.address:
        lines.append((lh.address, SMALL))
    # the phone and e-mail alone on their line, with no Hebrew label: in a right-to-left line Pdfium's
    # extraction turns an address around its dots and @ ("org.example@revacha"), see README
    contact = "     ".join(part for part in (lh.phone, lh.email) if part)
    if contact:
        lines.append((contact, SMALL))
    return [(text, style) for text, style in lines if text]


def _draw_footer(canvas: Canvas, info: PageInfo, number: int, total: int) -> None:
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#5a6b7b"))
    canvas.setLineWidth(0.5)
    y = MARGIN - 4
    width = info.frame_width
    canvas.line(MARGIN, y + 14, MARGIN + width, y + 14)
    page = prepare(label(info.lang, "page_of", page=number, pages=total))
    draw_line(canvas, page, MARGIN, y, width, SMALL)
    if info.printed_by:
        by = prepare(f"{label(info.lang, 'printed_by')}: {info.printed_by}")
        draw_line(canvas, wrap(by, width / 2, SMALL.size)[0], MARGIN, y, width,
                  TextStyle(size=SMALL.size, leading=SMALL.leading, color=SMALL.color, align="end"))
    confidential = prepare(label(info.lang, "confidential"))
    draw_line(canvas, confidential, MARGIN, y - 12, width,
              TextStyle(size=7.5, leading=10, bold=True, align="center", color=(0.45, 0.1, 0.1)))
    canvas.restoreState()


def _numbered_canvas(pages: _Pages) -> type[Canvas]:
    """A canvas that holds its pages until the end, to print "page x of y" (counted within each document of
    a batch) and the footer on each."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            docs = [state.get("_maane_doc", 0) for state in self._held]
            totals = {d: docs.count(d) for d in set(docs)}
            seen: dict[int, int] = {}
            for state, d in zip(self._held, docs, strict=True):
                seen[d] = seen.get(d, 0) + 1
                self.__dict__.update(state)
                _draw_footer(self, pages.infos[d], seen[d], totals[d])
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def render(story: Sequence[Flowable], info: PageInfo) -> Rendered:
    """Lay ``story`` out on the department's pages and return the PDF."""
    return render_many([(story, info)])


def render_many(documents: Sequence[tuple[Sequence[Flowable], PageInfo]],
                progress: Progress | None = None) -> Rendered:
    """Several documents in one PDF, each from a new page with its own header and its own "page x of y";
    the fonts are embedded once. ``progress(done, total)`` after each document; False cancels
    (``reports.Cancelled``)."""
    if not documents:
        raise ValueError("nothing to render")
    for _, info in documents:
        check_lang(info.lang)
    coverage()  # registers the fonts
    pages = _Pages([info for _, info in documents], progress)
    first = documents[0][1]
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=first.pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT - 20, title=first.title if len(documents) == 1 else "",
        author=first.letterhead.for_language(first.lang).department, subject=f"{first.title} {first.file_number}"
        if len(documents) == 1 else "", creator="Maane", lang=first.lang, invariant=True,
    )
    # one page template per page size, the first document's first (a batch may mix upright and on its side)
    sizes = list(dict.fromkeys(tuple(info.pagesize) for _, info in documents))
    templates = {size: f"page{i}" if i else "page" for i, size in enumerate(sizes)}
    doc.addPageTemplates([
        PageTemplate(id=templates[size], pagesize=size, onPage=_header(pages), frames=[
            Frame(MARGIN, doc.bottomMargin, size[0] - 2 * MARGIN, size[1] - doc.topMargin - doc.bottomMargin,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])
        for size in sizes])
    flowables: list[Flowable] = []
    for index, (story, info) in enumerate(documents):
        if index:
            flowables += [_Start(pages, index)]
            if len(sizes) > 1:
                flowables.append(NextPageTemplate(templates[tuple(info.pagesize)]))
            flowables.append(PageBreak())
        flowables += list(story)
    doc.build(flowables, canvasmaker=_numbered_canvas(pages))
    if progress is not None:
        progress(len(documents), len(documents))  # all done: nothing left to cancel
    return Rendered(pdf=out.getvalue(), pages=doc.page, warnings=tuple(pages.warnings))


# ---- building blocks of the forms' stories ------------------------------------------------------------------
def heading(text: str) -> list[Flowable]:
    return [Spacer(1, 6), RtlParagraph(text, HEADING)]


def fields_table(pairs: Sequence[tuple[str, str]], lang: str) -> Table:
    """Label: value pairs, two per row, the first pair at the right (in a right-to-left document)."""
    cells: list[list[Flowable]] = []
    row: list[Flowable] = []
    for key, value in pairs:
        row += [RtlParagraph(key, BOLD), RtlParagraph(value or "-", BODY)]
        if len(row) == 4:
            cells.append(row)
            row = []
    if row:
        cells.append([*row, RtlParagraph("", BODY), RtlParagraph("", BODY)])
    widths = [FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.3] * 2
    if lang in ("he", "ar"):
        cells = [list(reversed(r)) for r in cells]
        widths = list(reversed(widths))
    table = Table(cells, colWidths=widths, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


Cell = str | tuple[str, TextStyle]  # a table cell: its text, or its text with a style of its own


def grid_table(header: Sequence[str], rows: Sequence[Sequence[Cell]], fractions: Sequence[float],
               lang: str, width: float = FRAME_WIDTH, body: TextStyle = BODY) -> Table:
    """A table with a header row (repeated on every page it spans), the first column at the right in RTL.
    A cell may carry its own style (``(text, style)``: an allergy in red, a total in bold); ``body``: the
    other cells' style (its size also the header's)."""
    head = BOLD if body is BODY else TextStyle(size=body.size, leading=body.leading, bold=True)

    def cell(value: Cell) -> Flowable:
        return RtlParagraph(value[0], value[1]) if isinstance(value, tuple) else RtlParagraph(value, body)

    cells: list[list[Flowable]] = [[RtlParagraph(h, head) for h in header]]
    cells += [[cell(v) for v in r] for r in rows]
    widths = [width * f for f in fractions]
    if lang in ("he", "ar"):
        cells = [list(reversed(r)) for r in cells]
        widths = list(reversed(widths))
    # splitInRow: a row taller than a page (a 4,000-character task description) continues on the next page
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="CENTER", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf2")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8c2cc")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
