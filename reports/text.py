"""Right-to-left and left-to-right text for the PDF forms: fonts, font runs, wrapping, drawing.

In this order (DESIGN.md): Arabic is reshaped (arabic-reshaper); the LOGICAL text is wrapped by measured
width; each line is then reordered to visual order (``reports.bidi.visual_line``) and drawn in runs, each
run in a font that has its glyphs (reportlab has no glyph fallback): Noto Sans Hebrew for Hebrew, Noto Sans
Arabic for Arabic, Noto Sans for Latin, digits and punctuation. A character no shipped font has (emoji, CJK)
becomes U+FFFD, drawn visibly (never a silent drop).

Each line is one PDF text object whose runs follow in visual order: Pdfium (QtPdf) extracts it in logical
order, Arabic as its base letters (tested in tests/unit/reports)."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import arabic_reshaper
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from reports.bidi import visual_line

# binary streams as they are (Flate only): smaller PDFs, and no ASCII85 encoding in pure Python
rl_config.useA85 = 0

def _fonts_dir() -> Path:
    """resources/fonts: in a PyInstaller bundle under sys._MEIPASS, else beside the packages (as
    desktop/resources.py finds it; reports may not import desktop)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "resources" / "fonts").is_dir():
        return Path(bundle) / "resources" / "fonts"
    return Path(__file__).resolve().parent.parent / "resources" / "fonts"


FONTS_DIR = _fonts_dir()
REPLACEMENT = "\ufffd"

# font family -> (regular file, bold file)
_FILES = {
    "latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "hebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
}
# the order a neutral character (space, digit, bracket) looks for a font when the run's font lacks it
_FALLBACK = ("latin", "hebrew", "arabic")


def font_name(family: str, bold: bool = False) -> str:
    return f"Maane-{family}-{'Bold' if bold else 'Regular'}"


@lru_cache(maxsize=1)
def coverage() -> dict[str, frozenset[int]]:
    """Register the shipped fonts with reportlab (once) and return each font's code points."""
    result: dict[str, frozenset[int]] = {}
    for family, files in _FILES.items():
        for bold, file in zip((False, True), files, strict=True):
            path = FONTS_DIR / file
            if not path.is_file():
                raise FileNotFoundError(f"font missing: {path}")
            font = TTFont(font_name(family, bold), str(path))
            pdfmetrics.registerFont(font)
            result[font_name(family, bold)] = frozenset(font.face.charToGlyph)
    return result


def _script(ch: str) -> str | None:
    o = ord(ch)
    if 0x0590 <= o < 0x0600 or 0xFB1D <= o < 0xFB50:
        return "hebrew"
    if 0x0600 <= o < 0x0700 or 0x0750 <= o < 0x0780 or 0x08A0 <= o < 0x0900 or 0xFB50 <= o < 0xFE00 \
            or 0xFE70 <= o < 0xFF00:
        return "arabic"
    return None


@lru_cache(maxsize=8192)
def _printable(ch: str) -> str:
    """The character to draw for ``ch``: itself when a shipped font has it, U+FFFD otherwise."""
    cov = coverage()
    o = ord(ch)
    if any(o in cov[font_name(f)] for f in _FALLBACK) and any(o in cov[font_name(f, True)] for f in _FALLBACK):
        return ch
    return REPLACEMENT


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
# digits joined by dashes: a phone number, an ID number typed with dashes, a range, hours ("08:00-13:00": the
# groups may be times; a match never starts or ends inside one)
_DASHED_NUMBER = re.compile(r"(?<![\w\u2066])(?<!\d:)\+?\d+(?::\d+)*(?:-\d+(?::\d+)*)+(?![\w\u2069]|:\d)")


# the classes reports.bidi.visual_line removes from the drawn line (with LRM, RLM and ALM)
_INVISIBLE = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "BN"})


@lru_cache(maxsize=8192)
def _prepared_char(ch: str) -> str:
    if ch in "\t\u00a0\u2007\u202f" or (ch.isspace() and ch not in "\n\r\u2028\u2029"):
        return " "
    if ch in "\r\u2028\u2029":
        return "\n"
    if ch == "\n":
        return ch
    if unicodedata.category(ch) == "Cc":
        return REPLACEMENT
    if unicodedata.bidirectional(ch) in _INVISIBLE or ch in "\u200e\u200f\u061c":
        return ch  # bidi marks, ZWJ...: steer the algorithm, removed from the drawn line (reports.bidi)
    return _printable(ch)


@lru_cache(maxsize=4096)
def prepare(text: str) -> str:
    """Logical text ready to wrap: Arabic reshaped, tabs and other white space as spaces, controls and
    characters no font has as U+FFFD (visible), invisible format marks kept for the bidi algorithm.

    In Arabic text a number with dashes ("050-1234567", hours "08:00-13:00") is isolated left to right (LRI ...
    PDI): the bidi algorithm, after an Arabic letter, makes its digit groups Arabic numbers that a dash does
    not join, and the phone number would read "1234567-050". The isolate marks are removed from the drawn
    line."""
    if _ARABIC.search(text):
        text = _DASHED_NUMBER.sub(lambda m: f"\u2066{m.group(0)}\u2069", text)
        text = arabic_reshaper.reshape(text)
    return "".join(map(_prepared_char, text))


@lru_cache(maxsize=65536)
def font_for(ch: str, previous: str | None, bold: bool = False) -> str:
    """The font that draws ``ch``: its script's font, else the previous character's font when it has the
    glyph (fewer runs), else the first font that has it."""
    cov = coverage()
    script = _script(ch)
    if script is not None and ord(ch) in cov[font_name(script, bold)]:
        return font_name(script, bold)
    if previous is not None and ord(ch) in cov[previous]:
        return previous
    for family in _FALLBACK:
        name = font_name(family, bold)
        if ord(ch) in cov[name]:
            return name
    return font_name("latin", bold)  # only U+FFFD reaches here after prepare(), and Noto Sans has it


def runs(visual: str, bold: bool = False) -> list[tuple[str, str]]:
    """A visual line as (font name, text) runs, left to right."""
    result: list[tuple[str, str]] = []
    current: str | None = None
    start = 0
    for i, ch in enumerate(visual):
        font = font_for(ch, current, bold)
        if font != current:
            if current is not None:
                result.append((current, visual[start:i]))
            current, start = font, i
    if current is not None:
        result.append((current, visual[start:]))
    return result


@lru_cache(maxsize=32768)
def char_width(ch: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(ch, font, size))


@lru_cache(maxsize=8192)
def _widest(ch: str, size: float, bold: bool) -> float:
    """The widest advance ``ch`` has among the fonts that have it."""
    cov = coverage()
    names = [font_name(family, bold) for family in _FALLBACK]
    widths = [char_width(ch, name, size) for name in names if ord(ch) in cov[name]]
    return max(widths) if widths else char_width(ch, font_name("latin", bold), size)


@lru_cache(maxsize=65536)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width wrapping counts for a line: each character at its widest among the fonts that have it.
    Which font draws a space or a bracket depends on its neighbours in VISUAL order, unknown while the
    logical text is wrapped; counting the widest keeps every drawn line inside its frame."""
    return sum(_widest(ch, size, bold) for ch in text)


def drawn_width(parts: Sequence[tuple[str, str]], size: float) -> float:
    """The width of a line's runs as drawn, each in its font."""
    return sum(char_width(ch, font, size) for font, chunk in parts for ch in chunk)


def _tokens(paragraph: str) -> Iterator[str]:
    """Words with their trailing spaces; a line may break after any token."""
    start = 0
    n = len(paragraph)
    i = 0
    while i < n:
        while i < n and paragraph[i] != " ":
            i += 1
        while i < n and paragraph[i] == " ":
            i += 1
        yield paragraph[start:i]
        start = i


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Wrap prepared LOGICAL text into lines no wider than ``width`` (trailing spaces do not count). Hard line
    breaks end a line (the newline stays at the end of its line); a word wider than the line is broken
    between characters. ``"".join(wrap(text, ...)) == text``."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, size, bold))
        lines[-1] += "\n"
    lines[-1] = lines[-1][:-1]
    return lines


def _wrap_paragraph(paragraph: str, width: float, size: float, bold: bool) -> list[str]:
    lines: list[str] = []
    line = ""
    line_width = 0.0  # width of ``line`` without its trailing spaces
    for token in _tokens(paragraph):
        word = token.rstrip(" ")
        word_width = text_width(word, size, bold)
        spaces = text_width(line[len(line.rstrip(" ")):], size, bold) if line else 0.0
        if line and line_width + spaces + word_width <= width:
            line += token
            line_width += spaces + word_width
            continue
        if line:
            lines.append(line)
            line, line_width = "", 0.0
        if word_width <= width:
            line, line_width = token, word_width
            continue
        # a word wider than the line: break it between characters (never between a base and its marks)
        piece = ""
        piece_width = 0.0
        for ch in word:
            w = text_width(ch, size, bold)
            if piece and piece_width + w > width and not unicodedata.combining(ch):
                lines.append(piece)
                piece, piece_width = "", 0.0
            piece += ch
            piece_width += w
        line, line_width = piece + token[len(word):], piece_width
    lines.append(line)
    return lines


@dataclass(frozen=True)
class TextStyle:
    size: float = 10.0
    leading: float = 14.0
    bold: bool = False
    align: str = "start"  # "start" (right in rtl), "end", "center"
    color: tuple[float, float, float] = (0.0, 0.0, 0.0)


def draw_line(canvas: Canvas, logical: str, x: float, y: float, width: float, style: TextStyle,
              base: str = "rtl") -> None:
    """Draw one logical line (already wrapped) in the box [x, x + width] at baseline y."""
    visual = visual_line(logical.rstrip(" \n"), base)
    if not visual:
        return
    parts = runs(visual, style.bold)
    drawn = drawn_width(parts, style.size)
    start_right = (base == "rtl") == (style.align == "start")
    if style.align == "center":
        left = x + (width - drawn) / 2
    elif start_right:
        left = x + width - drawn
    else:
        left = x
    obj = canvas.beginText(left, y)
    obj.setFillColorRGB(*style.color)
    for font, chunk in parts:
        obj.setFont(font, style.size)
        obj.textOut(chunk)
    canvas.drawText(obj)


class RtlParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of plain text (no markup) in one style and direction, wrapped by measured width; splits
    between lines across frames and pages."""

    def __init__(self, text: str, style: TextStyle | None = None, base: str = "rtl",
                 *, _lines: Sequence[str] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style or TextStyle()
        self.base = base
        self._prepared = prepare(text) if _lines is None else ""
        self._lines: list[str] | None = list(_lines) if _lines is not None else None
        self._wrapped_for: float | None = None

    def lines(self, width: float) -> list[str]:
        if self._lines is None or (self._wrapped_for is not None and self._wrapped_for != width):
            self._lines = wrap(self._prepared, width, self.style.size, self.style.bold)
            self._wrapped_for = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        return [RtlParagraph(self.text, self.style, self.base, _lines=lines[:fit]),
                RtlParagraph(self.text, self.style, self.base, _lines=lines[fit:])]

    def draw(self) -> None:
        lines = self._lines or []
        # baseline a little above the bottom of each line box (descenders)
        y = self.height - self.style.leading + self.style.leading * 0.28
        for line in lines:
            draw_line(self.canv, line, 0.0, y, self.width, self.style, self.base)
            y -= self.style.leading


def visual_runs(text: str, base: str = "rtl", bold: bool = False) -> list[tuple[str, str]]:
    """The runs one unwrapped line is drawn in (for checks and tools)."""
    return runs(visual_line(prepare(text).replace("\n", " "), base), bold)

