"""Text typed on the wrong keyboard layout.

Staff user names are Latin (``noa``); on a PC whose keyboard is switched to Hebrew the same keys type
``מםש``. The Israeli standard layout (SI-1452) maps each Hebrew letter to one key, so the Latin text the
user meant can be read back from what arrived."""

from __future__ import annotations

# SI-1452: the letter each key of a US-English keyboard types on the Hebrew layout.
_KEYS = {
    "q": "/", "w": "'", "e": "ק", "r": "ר", "t": "א", "y": "ט", "u": "ו", "i": "ן", "o": "ם", "p": "פ",
    "a": "ש", "s": "ד", "d": "ג", "f": "כ", "g": "ע", "h": "י", "j": "ח", "k": "ל", "l": "ך", ";": "ף",
    "'": ",", "z": "ז", "x": "ס", "c": "ב", "v": "ה", "b": "נ", "n": "מ", "m": "צ", ",": "ת", ".": "ץ",
    "/": ".",
}
# Back from what arrived to the key: the letters, and the two letter keys that type punctuation on the Hebrew
# layout (w: an apostrophe, q: a slash; a word processor may have turned the apostrophe into a geresh).
HEBREW_TO_LATIN: dict[str, str] = {heb: key for key, heb in _KEYS.items() if "\u05d0" <= heb <= "\u05ea"}
HEBREW_TO_LATIN.update({"'": "w", "\u05f3": "w", "/": "q"})


def has_hebrew_letters(text: str) -> bool:
    return any("\u05d0" <= ch <= "\u05ea" for ch in text)


def latin_from_hebrew_layout(text: str) -> str | None:
    """The Latin keys that typed ``text`` on the Hebrew layout (``מםש`` -> ``noa``), or None when ``text``
    has no Hebrew letter. Characters that are the same on both layouts (digits, ``_``) are kept."""
    if not has_hebrew_letters(text):
        return None
    return "".join(HEBREW_TO_LATIN.get(ch, ch) for ch in text)
