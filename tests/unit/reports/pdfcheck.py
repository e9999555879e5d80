"""Checks the form tests run on every PDF: what each font draws (read from the content streams and the fonts'
ToUnicode maps) and the text Pdfium (QtPdf's QPdfDocument, the viewer of the preview window) extracts."""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase.ttfonts import TTFont

FONTS = Path(__file__).resolve().parents[3] / "resources" / "fonts"
_BFCHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


@cache
def font_cmap(postscript_name: str) -> frozenset[int]:
    """The code points of the shipped font a PDF names (``AAAAAA+NotoSansHebrew-Bold``)."""
    file = FONTS / f"{postscript_name.split('+', 1)[-1]}.ttf"
    assert file.is_file(), f"the PDF uses a font we do not ship: {postscript_name}"
    return frozenset(TTFont(postscript_name, str(file)).face.charToGlyph)


def _to_unicode(font) -> dict[int, str]:
    if "/ToUnicode" not in font:
        return {}
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    body = data.split("beginbfchar", 1)[-1]
    return {int(code, 16): chr(int(uni, 16)) for code, uni in _BFCHAR.findall(body)}


def drawn(pdf: bytes) -> dict[str, str]:
    """Font name -> every character the PDF draws in it (text show operators, decoded by the font's map)."""
    reader = PdfReader(io.BytesIO(pdf))
    result: dict[str, list[str]] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        maps = {name: (str(f.get_object()["/BaseFont"]), _to_unicode(f.get_object())) for name, f in fonts.items()}
        current = None
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                current = maps[operands[0]]
            elif op in (b"Tj", b"'", b'"', b"TJ"):
                strings = operands[-1] if op == b"TJ" else [operands[-1]]
                for s in strings:
                    if isinstance(s, (int, float)):
                        continue
                    raw = s.original_bytes if hasattr(s, "original_bytes") else bytes(s)
                    assert current is not None, "text drawn before any font was set"
                    name, cmap = current
                    chars = [cmap.get(b, f"<unmapped {b}>") if cmap else chr(b) for b in raw]
                    result.setdefault(name, []).extend(chars)
    return {name: "".join(chars) for name, chars in result.items()}


def text_extents(pdf: bytes) -> list[tuple[int, float, float, str]]:
    """(page, left, right, text) of every run of text the PDF draws, measured with the run's font."""
    from reportlab.pdfbase import pdfmetrics

    from reports.text import coverage

    coverage()
    families = {"NotoSans": "latin", "NotoSansHebrew": "hebrew", "NotoSansArabic": "arabic"}
    reader = PdfReader(io.BytesIO(pdf))
    runs = []
    for number, page in enumerate(reader.pages, 1):
        fonts = page["/Resources"].get("/Font", {})
        maps = {name: (str(f.get_object()["/BaseFont"]), _to_unicode(f.get_object())) for name, f in fonts.items()}
        x = 0.0
        font = ("", {})
        size = 0.0
        ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # the graphics state's matrix (tables translate their cells)
        saved = []
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                saved.append(ctm)
            elif op == b"Q":
                ctm = saved.pop()
            elif op == b"cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                A, B, C, D, E, F = ctm
                ctm = (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E,
                       e * B + f * D + F)
            elif op == b"Tm":
                tx = float(operands[4])
                assert ctm[1] == ctm[2] == 0 and ctm[0] == 1, "only translated text is measured"
                x = tx + ctm[4]
            elif op == b"Tf":
                font, size = maps[operands[0]], float(operands[1])
            elif op == b"Tj":
                name, cmap = font
                raw = operands[0].original_bytes if hasattr(operands[0], "original_bytes") else bytes(operands[0])
                chars = "".join(cmap.get(b, "?") for b in raw)
                family, _, style = name.split("+", 1)[-1].partition("-")
                registered = f"Maane-{families[family]}-{style}"
                width = pdfmetrics.stringWidth(chars, registered, size)
                runs.append((number, x, x + width, chars))
                x += width
    return runs


def overflowing(pdf: bytes, left: float, right: float) -> list[tuple[int, float, float, str]]:
    """The runs of text that reach outside [left, right] (should be none: nothing is cut at the margins)."""
    return [r for r in text_extents(pdf) if r[1] < left - 0.01 or r[2] > right + 0.01]


def missing_glyphs(pdf: bytes) -> dict[str, str]:
    """Font name -> the characters drawn in it that it has no glyph for (should be empty)."""
    problems: dict[str, str] = {}
    for name, chars in drawn(pdf).items():
        if "+" not in name:  # a standard font (Helvetica): no text may be drawn in it
            problems[name] = chars
            continue
        cmap = font_cmap(name)
        bad = sorted({ch for ch in chars if ord(ch) not in cmap})
        if bad:
            problems[name] = "".join(bad)
    return problems


def pdfium_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of each page as Pdfium extracts it (needs a Qt application: the ``qapp`` fixture)."""
    from PySide6.QtPdf import QPdfDocument

    path = tmp_path / f"form-{len(list(tmp_path.iterdir()))}.pdf"
    path.write_bytes(pdf)
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_, doc.error()
    pages = [doc.getAllText(i).text() for i in range(doc.pageCount())]
    doc.close()
    return pages


def pdfium_selection(pdf: bytes, tmp_path: Path, page: int, start: int, length: int) -> str:
    """What a worker gets selecting ``length`` characters from index ``start`` in Pdfium."""
    from PySide6.QtPdf import QPdfDocument

    path = tmp_path / f"select-{len(list(tmp_path.iterdir()))}.pdf"
    path.write_bytes(pdf)
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = doc.getSelectionAtIndex(page, start, length).text()
    doc.close()
    return text
