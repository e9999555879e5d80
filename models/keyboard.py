"""Text typed on the wrong keyboard layout.

Staff user names are Latin (``noa``); on a PC whose keyboard is switched to Hebrew the same keys type
``מםש``, on Arabic ``ىخش``. Each layout maps a letter to one key, so the Latin text the user meant can be
read back from what arrived: the Israeli standard Hebrew layout (SI-1452) and the Arabic (101) layout of
the department's Windows PCs."""

from __future__ import annotations

# SI-1452: the letter each key of a US-English keyboard types on the Hebrew layout.
_HEBREW_KEYS = {
    "q": "/", "w": "'", "e": "ק", "r": "ר", "t": "א", "y": "ט", "u": "ו", "i": "ן", "o": "ם", "p": "פ",
    "a": "ש", "s": "ד", "d": "ג", "f": "כ", "g": "ע", "h": "י", "j": "ח", "k": "ל", "l": "ך", ";": "ף",
    "'": ",", "z": "ז", "x": "ס", "c": "ב", "v": "ה", "b": "נ", "n": "מ", "m": "צ", ",": "ת", ".": "ץ",
    "/": ".",
}
# Arabic (101). The b key types two letters, lam-alef (لا), which g then h also type: both are read.
_ARABIC_KEYS = {
    "q": "ض", "w": "ص", "e": "ث", "r": "ق", "t": "ف", "y": "غ", "u": "ع", "i": "ه", "o": "خ", "p": "ح",
    "[": "ج", "]": "د", "a": "ش", "s": "س", "d": "ي", "f": "ب", "g": "ل", "h": "ا", "j": "ت", "k": "ن",
    "l": "م", ";": "ك", "'": "ط", "z": "ئ", "x": "ء", "c": "ؤ", "v": "ر", "n": "ى", "m": "ة", ",": "و",
    ".": "ز", "/": "ظ",
}
_LAM_ALEF = ("\u0644\u0627", "\ufefb")


def _is_hebrew(ch: str) -> bool:
    return "\u05d0" <= ch <= "\u05ea"


def _is_arabic(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or ch == "\ufefb"


# Back from what arrived to the key: the letters, and on Hebrew the two letter keys that type punctuation
# (w: an apostrophe, q: a slash; a word processor may have turned the apostrophe into a geresh).
HEBREW_TO_LATIN: dict[str, str] = {heb: key for key, heb in _HEBREW_KEYS.items() if _is_hebrew(heb)}
HEBREW_TO_LATIN.update({"'": "w", "\u05f3": "w", "/": "q"})
ARABIC_TO_LATIN: dict[str, str] = {ar: key for key, ar in _ARABIC_KEYS.items() if _is_arabic(ar)}
ARABIC_TO_LATIN.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits


def has_hebrew_letters(text: str) -> bool:
    return any(_is_hebrew(ch) for ch in text)


def has_arabic_letters(text: str) -> bool:
    return any(_is_arabic(ch) for ch in text)


def keyboard_layout(text: str) -> str | None:
    """'he' or 'ar' when ``text`` has letters of that script (the keyboard was on it), else None."""
    if has_hebrew_letters(text):
        return "he"
    if has_arabic_letters(text):
        return "ar"
    return None


def latin_readings(text: str) -> tuple[str, ...]:
    """The Latin keys that may have typed ``text`` on the Hebrew or Arabic layout, most likely first
    (``מםש`` -> ``("noa",)``; ``لاشيس`` -> ``("bads", "ghads")``); empty when ``text`` has no Hebrew or
    Arabic letter. Characters that are the same on both layouts (digits, ``_``) are kept."""
    layout = keyboard_layout(text)
    if layout == "he":
        return ("".join(HEBREW_TO_LATIN.get(ch, ch) for ch in text),)
    if layout == "ar":
        readings = []
        for lam_alef in ("b", "gh"):
            t = text
            for form in _LAM_ALEF:
                t = t.replace(form, lam_alef)
            reading = "".join(ARABIC_TO_LATIN.get(ch, ch) for ch in t)
            if reading not in readings:
                readings.append(reading)
        return tuple(readings)
    return ()


def latin_from_hebrew_layout(text: str) -> str | None:
    """The Latin keys that typed ``text`` on the Hebrew layout (``מםש`` -> ``noa``), or None when ``text``
    has no Hebrew letter."""
    return latin_readings(text)[0] if has_hebrew_letters(text) else None


def same_key(ch: str) -> tuple[str, ...]:
    """The characters the key that types ``ch`` types on the Latin, Hebrew and Arabic layouts (``ch`` itself
    included), e.g. ``same_key("f") == ("f", "כ", "ب")``; a character of no layout gives ``(ch,)``."""
    low = ch.lower()
    for key in _HEBREW_KEYS.keys() | _ARABIC_KEYS.keys():
        if low in (key, _HEBREW_KEYS.get(key), _ARABIC_KEYS.get(key)):
            found = [key, _HEBREW_KEYS.get(key, ""), _ARABIC_KEYS.get(key, "")]
            return tuple(dict.fromkeys(c for c in found if c))
    return (ch,)
