"""Text normalisation for search, Israeli ID numbers and phone numbers. Pure functions.

Names and queries arrive as people type or paste them: from WhatsApp, Word or Outlook with invisible
direction and joining marks, with every kind of dash, with Persian or Urdu letter forms, with apostrophes
of several kinds standing for a geresh, with Arabic-Indic digits. ``search_key`` folds all of that away
the same way for the stored keys and for the queries."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from models.errors import ValidationError

_FINALS = {"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"}
# Arabic letter forms: alef maksura and the Persian/Urdu/Kurdish yeh forms to yeh, teh marbuta and the
# Persian/Urdu heh forms to heh, keheh and swash kaf to kaf, alef wasla to alef.
_ARABIC = {
    "ى": "ي", "ی": "ي", "ې": "ي", "ے": "ي", "ۍ": "ي", "ێ": "ي",
    "ة": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه", "ۃ": "ه",
    "ک": "ك", "ڪ": "ك",
    "ٱ": "ا",
}
# Arabic-Indic and Persian digits (NFKD leaves them) to ASCII
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_FOLD = str.maketrans(_FINALS | _ARABIC | _DIGITS | {"\u0640": None})  # and the tatweel dropped
# Characters that join, not separate: geresh and gershayim, the ASCII and typographic quotes people type in
# their place, and the modifier letters and primes that pasted text carries for an apostrophe (ʼ ʹ ʻ ʽ ʾ ʿ
# are letters to Unicode, so they would otherwise stay inside the word).
_APOSTROPHES = "\u05f3\u05f4'\"`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u02b9\u02ba\u02bb\u02bc" \
               "\u02bd\u02be\u02bf\u02c8\u2032\u2033\u2035\u2036\uff07\uff02"
_DROP = str.maketrans(dict.fromkeys(_APOSTROPHES, None))
# Every dash separates words (hyphen, en, em, maqaf, minus, figure dash, ...): Unicode's Pd, and these.
_EXTRA_DASHES = "\u2212\u2043\u2796\ufe63\uff0d"
_WORDS = re.compile(r"[^\W_]+")  # runs of letters and digits; everything else separates


def _is_invisible(ch: str) -> bool:
    """Format characters: direction marks (LRM, RLM, ALM), embeddings and isolates, ZWJ/ZWNJ/ZWSP, the BOM,
    the soft hyphen. Pasted names carry them; they are never part of a word."""
    return unicodedata.category(ch) == "Cf"


def strip_invisible(text: str) -> str:
    """``text`` without its invisible format characters."""
    if text.isascii():
        return text
    return "".join(ch for ch in text if not _is_invisible(ch))


def is_dash(ch: str) -> bool:
    return unicodedata.category(ch) == "Pd" or ch in _EXTRA_DASHES


def ascii_digits(text: str) -> str:
    """Decimal digits of any script (Arabic-Indic, Persian, full-width, ...) as ASCII digits."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        d = unicodedata.decimal(ch, None) if not ch.isascii() else None
        out.append(str(d) if d is not None else ch)
    return "".join(out)


def search_key(text: str | None) -> str:
    """Fold a name for matching: invisible marks removed; niqqud, tashkeel and accents removed; Hebrew
    final letters and the Arabic, Persian and Urdu letter forms folded; geresh, quotes and apostrophes
    dropped; case folded; words separated by anything that is not a letter or digit (every dash)."""
    if not text:
        return ""
    text = strip_invisible(text).translate(_DROP)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    folded = stripped.casefold().translate(_DROP).translate(_FOLD)
    return " ".join(_WORDS.findall(folded))


def joined_forms(key: str) -> list[str]:
    """The words of a folded multi-word name written together ("בנ דוד" -> "בנדוד"), so that a double
    surname typed as one word still finds it. Empty for a one-word name."""
    words = key.split()
    return ["".join(words)] if len(words) > 1 else []


def search_tokens(query: str | None) -> list[str]:
    """The distinct normalised words of a query, longest first (the most selective first)."""
    seen: dict[str, None] = {}
    for tok in search_key(query).split(" "):
        if tok:
            seen.setdefault(tok, None)
    return sorted(seen, key=len, reverse=True)


# ---- characters a search box refuses ---------------------------------------------------------------------
def has_unsearchable(text: str) -> bool:
    """True when ``text`` holds what no name or number contains and some backends cannot store: control
    characters other than white space (NUL: PostgreSQL refuses it in text), lone surrogates (not encodable
    as UTF-8) and noncharacters (U+FDD0-U+FDEF, U+xFFFE and U+xFFFF)."""
    for ch in text:
        o = ord(ch)
        if o < 0x20 or 0x7F <= o <= 0x9F:
            if not ch.isspace():
                return True
        elif 0xD800 <= o <= 0xDFFF or 0xFDD0 <= o <= 0xFDEF or (o & 0xFFFE) == 0xFFFE:
            return True
    return False


# Format characters a name keeps: the zero-width non-joiner and joiner shape Arabic and Persian letters.
_KEPT_FORMAT = frozenset("\u200c\u200d")


def _has_control(text: str, *, allowed: str = "") -> bool:
    """Control characters but ``allowed`` (NUL: PostgreSQL refuses it in text), lone surrogates (not
    encodable as UTF-8), noncharacters."""
    return any(ch not in allowed and (unicodedata.category(ch) == "Cc" or has_unsearchable(ch)) for ch in text)


_LINE_SPACES = str.maketrans("\t\r\n", "   ")


def clean_line(value: str, field: str, maximum: int, *, required: bool = False) -> str:
    """One line a person typed (a name, an address, a title), as stored: tabs and line breaks become
    spaces; other control characters are refused (ValidationError ``text_control_character``); the
    invisible format characters are dropped, the joiners (ZWNJ, ZWJ) kept: direction marks, embeddings,
    overrides and isolates (U+202A-U+202E, U+2066-U+2069) make a name display as another; trimmed;
    ``required``: something visible must be left."""
    value = value.translate(_LINE_SPACES)  # a tab or a line break pasted into one line: a space
    if _has_control(value):
        raise ValidationError("text_control_character", field=field)
    if not value.isascii():
        value = "".join(ch for ch in value if ch in _KEPT_FORMAT or not _is_invisible(ch))
    value = value.strip()
    if required and not "".join(ch for ch in value if ch not in _KEPT_FORMAT).strip():
        raise ValidationError("required", field=field)
    if len(value) > maximum:
        raise ValidationError("too_long", field=field, max=maximum)
    return value


def clean_text(value: str, field: str, maximum: int, *, required: bool = False) -> str:
    """A multi-line text a person typed (a note, a description), as stored: control characters other than
    line breaks and tabs refused (``text_control_character``); the bidi embeddings and overrides dropped
    (U+202A-U+202E: they make text display as other text; marks and isolates stay, pasted text needs them);
    trimmed; ``required``: something visible must be left."""
    if _has_control(value, allowed="\n\r\t"):
        raise ValidationError("text_control_character", field=field)
    if not value.isascii():
        value = value.translate(_OVERRIDES)
    value = value.strip()
    if required and not strip_invisible(value).strip():
        raise ValidationError("required", field=field)
    if len(value) > maximum:
        raise ValidationError("too_long", field=field, max=maximum)
    return value


_OVERRIDES = str.maketrans(dict.fromkeys("\u202a\u202b\u202c\u202d\u202e", None))


# ---- Israeli ID numbers ------------------------------------------------------------------------------------
def israeli_id_valid(value: str | None) -> bool:
    """True for a 9-digit Israeli ID number (shorter ones are zero-padded) with a valid check digit."""
    if not value:
        return False
    digits = value.strip()
    if not digits.isascii() or not digits.isdigit() or not 5 <= len(digits) <= 9 or set(digits) == {"0"}:
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


def id_number_digits(value: str) -> str | None:
    """The digits of an ID number as people type it ("12-345678-2", "0 1234567 8", "123456782." with a
    full stop at the end of a sentence, Arabic-Indic digits), or None when it is not one: only digits,
    white space and dashes, then at most a trailing full stop."""
    text = ascii_digits(strip_invisible(value)).strip().rstrip(".").strip()
    compact = "".join(ch for ch in text if not ch.isspace() and not is_dash(ch))
    return compact if compact.isascii() and compact.isdigit() else None


# ---- phone numbers ------------------------------------------------------------------------------------------
PHONE_REGION = "IL"
_PHONE_CHARS = re.compile(r"[\d\s()+./\-]+")


@lru_cache(maxsize=4096)
def parse_phone(value: str | None) -> str | None:
    """The key of a phone number written any way people write it ("(050) 123-4567", "050.123.4567",
    "+972 (0)50-123-4567", "00972 50 1234567", Arabic-Indic digits), parsed by ``phonenumbers`` for
    region IL: Israeli numbers as their national digits with the leading 0 ("0501234567"), others in E.164
    ("+12125551234"). None when ``value`` is not a possible phone number."""
    if not value:
        return None
    text = ascii_digits(strip_invisible(value)).strip().rstrip(".")
    text = "".join("-" if is_dash(ch) else ch for ch in text)
    if not _PHONE_CHARS.fullmatch(text) or sum(ch.isdigit() for ch in text) < 7:
        return None
    import phonenumbers  # 25 ms of imports: not on the way to the login window

    try:
        number = phonenumbers.parse(text, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    if number.country_code == 972:
        return "0" + str(number.national_number)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_digits(value: str | None) -> str:
    """The stored key of a phone number (``parse_phone``); for a number it cannot parse, its digits."""
    if not value:
        return ""
    return parse_phone(value) or re.sub(r"\D", "", ascii_digits(value))


def format_phone(value: str) -> str:
    """A phone number written the usual way for its country (Israeli: "050-123-4567"); unparsable text as
    given."""
    key = parse_phone(value)
    if key is None:
        return value
    import phonenumbers

    number = phonenumbers.parse(key, PHONE_REGION)
    fmt = phonenumbers.PhoneNumberFormat
    return phonenumbers.format_number(number, fmt.NATIONAL if number.country_code == 972 else fmt.INTERNATIONAL)


# ---- file numbers -------------------------------------------------------------------------------------------
FILE_NUMBER_RE = re.compile(r"^(\d{4})/(\d{1,6})$")


def normalize_file_number(value: str) -> str | None:
    """'2026/17' -> '2026/0017'; None when the text is not a file number."""
    m = FILE_NUMBER_RE.match(ascii_digits(strip_invisible(value)).strip())
    if not m:
        return None
    return f"{m.group(1)}/{int(m.group(2)):04d}"
