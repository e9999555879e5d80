"""Text normalisation for search, Israeli ID numbers and phone numbers. Pure functions."""

from __future__ import annotations

import re
import unicodedata

_FINALS = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ", "ى": "ي", "ة": "ه"})
# geresh, gershayim and the ASCII / typographic quotes people type in their place
_DROP = dict.fromkeys(map(ord, "\u05f3\u05f4'\"`\u2018\u2019\u201c\u201d\u00b4"), None)
_DROP[0x0640] = None  # Arabic tatweel
_SEPARATORS = re.compile(r"[\s\u05be\-_.,;:/\\()\[\]{}<>|!?*%+=&^$#@~]+")


def search_key(text: str | None) -> str:
    """Fold a name for matching: niqqud, tashkeel and accents removed, Hebrew final letters and Arabic
    alef/ya/ta-marbuta forms folded, geresh and quotes dropped, case folded, separators collapsed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    folded = stripped.casefold().translate(_DROP).translate(_FINALS)
    return " ".join(t for t in _SEPARATORS.split(folded) if t)


def search_tokens(query: str | None) -> list[str]:
    """The distinct normalised words of a query, longest first (the most selective first)."""
    seen: dict[str, None] = {}
    for tok in search_key(query).split(" "):
        if tok:
            seen.setdefault(tok, None)
    return sorted(seen, key=len, reverse=True)


def israeli_id_valid(value: str | None) -> bool:
    """True for a 9-digit Israeli ID number (shorter ones are zero-padded) with a valid check digit."""
    if not value:
        return False
    digits = value.strip()
    if not digits.isdigit() or not 5 <= len(digits) <= 9 or set(digits) == {"0"}:
        return False
    digits = digits.zfill(9)
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (1 + i % 2)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def normalize_israeli_id(value: str) -> str:
    return value.strip().zfill(9)


def israeli_id_check_digit(first_eight: str) -> str:
    """The check digit that completes eight digits into a valid ID (used by seeds and tests)."""
    for d in "0123456789":
        if israeli_id_valid(first_eight + d):
            return d
    raise ValueError(first_eight)


def phone_digits(value: str | None) -> str:
    """Digits of a phone number, with the international prefix +972 turned into a leading 0."""
    if not value:
        return ""
    digits = re.sub(r"\D", "", value)
    if digits.startswith("972"):
        digits = "0" + digits[3:]
    return digits


def looks_like_phone(query: str) -> bool:
    stripped = query.strip()
    return bool(re.fullmatch(r"\+?[\d\- ()]{7,16}", stripped)) and len(phone_digits(stripped)) >= 7


FILE_NUMBER_RE = re.compile(r"^(\d{4})/(\d{1,6})$")


def normalize_file_number(value: str) -> str | None:
    """'2026/17' -> '2026/0017'; None when the text is not a file number."""
    m = FILE_NUMBER_RE.match(value.strip())
    if not m:
        return None
    return f"{m.group(1)}/{int(m.group(2)):04d}"
