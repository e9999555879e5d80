"""The family file summary. PLACEHOLDER (see reports.forms): a plain reportlab document with the same
signature as the engine's form, so the client can be built and tested against it; no bidi reordering."""

from __future__ import annotations

import io
import sys
import unicodedata
from pathlib import Path
from typing import Any

from models.families.dto import FamilySummary

LABELS = {
    "he": {"file": "תיק משפחה", "members": "בני המשפחה", "tasks": "משימות פתוחות", "notes": "רישומים חתומים",
           "worker": "עובד/ת", "printed": "הודפס", "confidential": "חסוי: מידע אישי לפי חוק הגנת הפרטיות"},
    "ar": {"file": "ملف العائلة", "members": "أفراد العائلة", "tasks": "مهام مفتوحة", "notes": "ملاحظات موقعة",
           "worker": "العامل/ة", "printed": "طبع", "confidential": "سري: معلومات شخصية"},
}
_FONTS = {"latin": "NotoSans-Regular", "hebrew": "NotoSansHebrew-Regular", "arabic": "NotoSansArabic-Regular"}


def _fonts_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

    for name in _FONTS.values():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(_fonts_dir() / f"{name}.ttf")))


def _script(ch: str) -> str:
    if "\u0590" <= ch <= "\u05ff" or "\ufb1d" <= ch <= "\ufb4f":
        return "hebrew"
    if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff":
        return "arabic"
    return "latin"


def _runs(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for ch in text:
        if unicodedata.category(ch) in ("Cf", "Cc"):
            continue
        script = _script(ch)
        if ch.isspace() and out:
            script = out[-1][0]
        if out and out[-1][0] == script:
            out[-1] = (script, out[-1][1] + ch)
        else:
            out.append((script, ch))
    return out


def _wrap(text: str, width: int = 80) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split(" "):
            while len(word) > width:
                lines.append(word[:width])
                word = word[width:]
            if len(line) + len(word) + 1 > width and line:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return lines


def build(data: FamilySummary, lang: str) -> bytes:
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    if lang not in LABELS:
        raise ValueError(f"no labels for language {lang!r}")
    _register()
    label = LABELS[lang]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=True)
    c.setTitle(f"{label['file']} {data.file.file_number}")
    width, height = A4
    state: dict[str, Any] = {"y": height - 50}

    def line(text: str, size: float = 10) -> None:
        if state["y"] < 60:
            c.showPage()
            state["y"] = height - 50
        x = width - 40
        for script, run in reversed(_runs(text)):  # right to left, run by run (no reordering inside a run)
            shown = run[::-1] if script != "latin" else run
            if script == "arabic":
                import arabic_reshaper  # type: ignore[import-untyped]

                shown = arabic_reshaper.reshape(run)[::-1]
            w = c.stringWidth(shown, _FONTS[script], size)
            x -= w
            c.setFont(_FONTS[script], size)
            c.drawString(x, state["y"], shown)
        state["y"] -= size * 1.6

    lh = data.letterhead
    if lh.logo:
        from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

        c.drawImage(ImageReader(io.BytesIO(lh.logo)), 40, height - 90, width=60, height=60,
                    preserveAspectRatio=True, mask="auto")
    line(lh.municipality, 14)
    line(lh.department, 12)
    line("  ".join(x for x in (lh.address, lh.phone, lh.email) if x), 9)
    state["y"] -= 10
    f = data.file
    line(f"{label['file']} {f.file_number}: {f.family_name}", 13)
    line(f"{f.address} {f.locality}".strip())
    line(f"{label['worker']}: {f.worker.full_name if f.worker else ''}")
    line(label["members"], 11)
    for m in f.members:
        line(f"  {m.person.full_name}  {m.person.id_number or ''}  {' '.join(m.person.phones)}")
    line(label["tasks"], 11)
    for t in data.open_tasks:
        line(f"  {t.due_date.strftime('%d/%m/%Y') if t.due_date else ''}  {t.title}")
    line(label["notes"], 11)
    for n in data.notes:
        line(f"  {n.note_date.strftime('%d/%m/%Y')}  {n.author_name}")
        for part in _wrap(n.text):
            line(f"    {part}")
    line(f"{label['printed']}: {data.printed_at.strftime('%d/%m/%Y %H:%M')}  {data.printed_by}", 8)
    line(label["confidential"], 8)
    c.showPage()
    c.save()
    return buf.getvalue()
