"""The duplicate check before anyone new is created (issue 8, item 2): match keys, blocking, scoring, reasons.

Pure functions, no database and no Qt: models.people.service reads the candidates and calls these.

**Match keys.** Every name a person has (Hebrew, Arabic script, Latin letters) gives one row of
``person_match_keys``: a consonant skeleton of the first name and of the last name, with the birth date.
Names in Hebrew letters and in Arabic script share one space: Arabic script is transliterated letter by letter
to Hebrew letters first (محمد -> מחמד), so a name typed in Hebrew finds the same name recorded in Arabic and
the other way round. Latin names have a skeleton of their own (Latin letters never meet Hebrew ones). A
skeleton (``skeleton``) is the folded name (models.text.search_key: niqqud, geresh, final letters, invisible
marks, case) with its words written together (עבד אל = עבדאל), then:

* Hebrew letters: the vowel letters ו, י, א, ה dropped after the first letter (full and defective spelling,
  final ה/א: מוחמד, מחמד, מוחמאד -> מחמד; נועה, נעה -> נע), ט -> ת, כ -> ק, repeated letters once;
* Latin letters: sch/sh -> s, ch/kh -> h, ph -> f, tz/ts -> z, c/q/ck -> k, w -> v, the vowels (and y)
  dropped after the first letter, a first vowel written "a", repeated letters once (Mohammed, Muhammad,
  Mohamad -> mhmd; Cohen, Kohen -> khn).

**Blocking.** A person is a candidate when one of these index probes finds them: the same ID number (id kind
and number), a phone in common (PersonPhone.digits), the same (last, first) skeleton, the same last skeleton
with a birth date near the typed one (the same, a few days apart, or day and month swapped), the same first
skeleton with such a birth date. At most ``MAX_CANDIDATES`` rows are scored.

**Scoring** (0-100, ``score``). Names are compared with rapidfuzz (``fuzz.ratio``) on the folded names of
the same space, the best pair of the input's and the candidate's spellings counting. A name's similarity is
its ratio, raised to ``VARIANT_SIM`` when the skeletons are equal, the ratio is at least
``VARIANT_FLOOR`` and one spelling is the other with vowel letters added (a spelling variant: מחמד, מוחמד,
מוחמאד; Mohamed, Mohammed. חסן and חוסיין share a skeleton, but their ratio, 67, keeps them apart, and
מחמוד and מוחמד differ in where the vowel letters stand: two names, often twins). The name is *similar* when both first and last name reach
``SIMILAR``. Points: the name ``NAME_POINTS`` x the mean similarity of first and last (half of that when the
name is not similar), the same birth date ``BIRTH_SAME``, a near one ``BIRTH_NEAR`` (a few days apart, day
and month swapped, or the same year where one of the two is the 1st of January, the usual stand-in for an
unknown day), a clearly different one ``BIRTH_DIFFERENT`` (negative), a phone in common ``PHONE_POINTS``,
the same address on one of their visible files ``ADDRESS_POINTS``; two different ID numbers of the same kind
``ID_DIFFERENT`` (negative). The same ID number is 100. A clearly different birth date keeps any name under
``MIN_SCORE`` (at most 60 - 30 + 10 with the address): so when a birth date is typed, the (last, first)
probe reads only persons of an unknown or near birth date. Candidates under ``MIN_SCORE`` are not shown, but
for a phone in common (the family is known, whoever's the phone is).

**Strong** (the save of a new person is refused until the worker dismisses the candidate): the same ID
number; or a phone in common and a similar name; or a similar name and the same birth date. Neither of the
last two when both have ID numbers of the same kind and they differ (a check digit makes a typo unlikely).
Siblings (same surname, address and phone, other first names and birth dates) are never strong: their first
names are not similar. The thresholds were tuned on the must-match and must-not-match pairs of
tests/unit/models/people/test_duplicates.py.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from models.text import search_key

# --- thresholds (see the module docstring) ----------------------------------------------------------------
SIMILAR = 85
VARIANT_SIM = 92
VARIANT_FLOOR = 75
NAME_POINTS = 0.6
BIRTH_SAME = 30
BIRTH_NEAR = 15
BIRTH_DIFFERENT = -30
PHONE_POINTS = 30
ADDRESS_POINTS = 10
ID_DIFFERENT = -30
MIN_SCORE = 45
NEAR_DAYS = 3
MAX_CANDIDATES = 500
SCRIPTS = ("he", "ar", "lat")

# --- transliteration of Arabic script to Hebrew letters -----------------------------------------------------
_AR_TO_HE = str.maketrans({
    "ا": "א", "أ": "א", "إ": "א", "آ": "א", "ء": "א", "ٱ": "א",
    "ب": "ב", "ت": "ת", "ث": "ת", "ج": "ג", "ح": "ח", "خ": "ח", "د": "ד", "ذ": "ד", "ر": "ר", "ز": "ז",
    "س": "ס", "ش": "ש", "ص": "צ", "ض": "ד", "ط": "ט", "ظ": "ז", "ع": "ע", "غ": "ג", "ف": "פ", "ق": "ק",
    "ك": "כ", "ل": "ל", "م": "מ", "ن": "נ", "ه": "ה", "ة": "ה", "و": "ו", "ؤ": "ו", "ي": "י", "ى": "י",
    "ئ": "י", "پ": "פ", "چ": "צ", "ڤ": "ו", "گ": "ג",
})
_HE_VOWEL_LETTERS = frozenset("וייאה")
_HE_SOUNDS = str.maketrans({"ט": "ת", "כ": "ק"})
_LAT_DIGRAPHS = (("sch", "s"), ("sh", "s"), ("ch", "h"), ("kh", "h"), ("ph", "f"), ("tz", "z"), ("ts", "z"),
                 ("ck", "k"))
_LAT_SOUNDS = str.maketrans({"c": "k", "q": "k", "w": "v", "x": "k"})
_LAT_VOWELS = frozenset("aeiouy")


def _is_latin(ch: str) -> bool:
    return "a" <= ch <= "z"


def _is_hebrew(ch: str) -> bool:
    return "\u05d0" <= ch <= "\u05ea"


@lru_cache(maxsize=65536)
def name_form(name: str) -> str:
    """A name folded for comparing (models.text.search_key), its words written together, Arabic script
    transliterated to Hebrew letters. Empty for an empty name."""
    return "".join(search_key(name).split()).translate(_AR_TO_HE)


def space_of(form: str) -> str:
    """'lat' for a name in Latin letters, 'he' for Hebrew letters (and Arabic script, transliterated), ''
    for nothing comparable."""
    for ch in form:
        if _is_latin(ch):
            return "lat"
        if _is_hebrew(ch):
            return "he"
    return ""


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The match key of one name (see the module docstring)."""
    form = name_form(name)
    if space_of(form) == "lat":
        return _latin_skeleton(form)
    return _hebrew_skeleton(form)


def _collapse(letters: Iterable[str]) -> str:
    out: list[str] = []
    for ch in letters:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _hebrew_skeleton(form: str) -> str:
    letters = [ch for ch in form if _is_hebrew(ch) or ch.isdigit()]
    if not letters:
        return ""
    head, rest = letters[0], letters[1:]
    kept = [head] + [ch for ch in rest if ch not in _HE_VOWEL_LETTERS]
    return _collapse("".join(kept).translate(_HE_SOUNDS))


def _latin_skeleton(form: str) -> str:
    text = "".join(ch for ch in unicodedata.normalize("NFKD", form) if _is_latin(ch))
    for a, b in _LAT_DIGRAPHS:
        text = text.replace(a, b)
    text = text.translate(_LAT_SOUNDS)
    if not text:
        return ""
    head = "a" if text[0] in _LAT_VOWELS and text[0] != "y" else text[0]
    return _collapse(head + "".join(ch for ch in text[1:] if ch not in _LAT_VOWELS))


@dataclass(frozen=True)
class NameKeys:
    """One spelling of a person's name: its script ("he", "ar", "lat": where it is recorded), its comparing
    space, the folded forms and the skeletons."""

    script: str
    space: str
    first: str
    last: str
    first_key: str
    last_key: str
    arabic: bool = False  # written in Arabic script (transliterated to Hebrew letters here)


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def name_keys(script: str, first_name: str, last_name: str) -> NameKeys | None:
    """The keys of one spelling, or None when it has nothing to match on (no letters in either name)."""
    first, last = name_form(first_name), name_form(last_name)
    space = space_of(first + last)
    if not space:
        return None
    return NameKeys(script, space, first, last, skeleton(first_name), skeleton(last_name),
                    _has_arabic(first_name + last_name))


@lru_cache(maxsize=65536)
def person_name_keys(first_name: str, last_name: str, first_name_ar: str = "", last_name_ar: str = "",
                     first_name_lat: str = "", last_name_lat: str = "") -> tuple[NameKeys, ...]:
    """Every spelling of a person's name that has something to match on (memoised: names repeat)."""
    out: list[NameKeys] = []
    for script, f, la in (("he", first_name, last_name), ("ar", first_name_ar, last_name_ar),
                          ("lat", first_name_lat, last_name_lat)):
        k = name_keys(script, f, la)
        if k is not None:
            out.append(k)
    return tuple(out)


def match_key_rows(person_id: int, names: Sequence[str], birth_date: date | None) -> list[dict[str, Any]]:
    """The rows of person_match_keys of a person (``names``: the six name fields in PersonInput's order)."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for k in person_name_keys(*names):  # a spelling of the same keys as an earlier one adds nothing
        rows.setdefault((k.first_key[:80], k.last_key[:80]), {
            "person_id": person_id, "script": k.script, "first_key": k.first_key[:80],
            "last_key": k.last_key[:80], "birth_date": birth_date})
    return list(rows.values())


def near_dates(born: date) -> list[date]:
    """The birth dates a probe accepts besides the range of a few days: day and month swapped."""
    out = []
    if born.day <= 12 and born.day != born.month:
        with contextlib.suppress(ValueError):
            out.append(date(born.year, born.day, born.month))
    return out


def date_range(born: date) -> tuple[date, date]:
    return born - timedelta(days=NEAR_DAYS), born + timedelta(days=NEAR_DAYS)


def year_range(born: date) -> tuple[date, date]:
    """The birth dates "near" by the year alone: the whole year for the 1st of January (the usual stand-in
    for an unknown day), else the 1st of January of that year."""
    first = date(born.year, 1, 1)
    return (first, date(born.year, 12, 31)) if born == first else (first, first)


def birth_relation(a: date | None, b: date | None) -> str:
    """'same', 'near', 'different' or '' (one of them unknown)."""
    if a is None or b is None:
        return ""
    if a == b:
        return "same"
    if abs((a - b).days) <= NEAR_DAYS or b in near_dates(a):
        return "near"
    if a.year == b.year and ((a.month, a.day) == (1, 1) or (b.month, b.day) == (1, 1)):
        return "near"
    return "different"


# --- scoring -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Probe:
    """What was typed, folded: the spellings, the birth date, the ID number, the phones, the address."""

    names: tuple[NameKeys, ...]
    birth_date: date | None = None
    id_kind: str = "none"
    id_number: str | None = None
    phones: frozenset[str] = frozenset()
    address: str = ""


@dataclass(frozen=True)
class Known:
    """A candidate as read for scoring."""

    person_id: int
    names: tuple[NameKeys, ...]
    birth_date: date | None
    id_kind: str
    id_number: str | None
    phones: frozenset[str] = frozenset()
    addresses: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Verdict:
    person_id: int
    score: int
    strong: bool
    reasons: tuple[str, ...]
    name_similar: bool = False
    extra: dict[str, object] = field(default_factory=dict)


@lru_cache(maxsize=262144)
def _similarity(a: str, b: str, key_a: str, key_b: str) -> float:
    """0-100 (memoised: the candidates of one check share their names)."""
    from rapidfuzz import fuzz  # kept out of the client's start-up

    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    sim = float(fuzz.ratio(a, b))
    if key_a and key_a == key_b and sim >= VARIANT_FLOOR and _one_spelling(a, b):
        sim = max(sim, float(VARIANT_SIM))
    return sim


def _plain(form: str) -> str:
    """A folded name with the letters that sound alike made one (ט/ת, כ/ק) and without a final ה/א."""
    out = form.translate(_HE_SOUNDS)
    return out[:-1] if len(out) > 1 and out[-1] in "הא" else out


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _one_spelling(a: str, b: str) -> bool:
    """The two forms differ only as full and defective spelling do: one is the other with vowel letters
    added (מחמד, מוחמד, מוחמאד). מחמוד and מוחמד share a skeleton but not this: two names. Latin names of
    one skeleton: yes (their vowels vary)."""
    if space_of(a) == "lat":  # Latin spellings change the vowels themselves (Mohammed, Muhammad)
        return True
    a, b = _plain(a), _plain(b)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not _subsequence(short, long):
        return False
    rest = list(long)
    for ch in short:  # what the longer one adds must be vowel letters
        rest.remove(ch)
    return all(ch in _HE_VOWEL_LETTERS for ch in rest)


@lru_cache(maxsize=65536)
def _name_match(probe: tuple[NameKeys, ...], known: tuple[NameKeys, ...]) -> tuple[float, float, str]:
    """(first similarity, last similarity, reason) of the best pair of spellings in a common space."""
    best = (0.0, 0.0, "")
    best_mean = -1.0
    for p in probe:
        for k in known:
            if p.space != k.space:
                continue
            first = _similarity(p.first, k.first, p.first_key, k.first_key)
            last = _similarity(p.last, k.last, p.last_key, k.last_key)
            mean = (first + last) / 2 if p.first and p.last else max(first, last)
            if mean <= best_mean:
                continue
            if "lat" in (p.script, k.script):
                reason = "name_latin"
            elif p.arabic or k.arabic:
                reason = "name_arabic"
            elif p.first == k.first and p.last == k.last:
                reason = "name"
            else:
                reason = "name_variant"
            best, best_mean = (first, last, reason), mean
    return best


def normalise_address(address: str) -> str:
    return " ".join(search_key(address).split())


def score(probe: Probe, known: Known, *, with_address: bool = True) -> Verdict:
    """The score, strength and reasons of one candidate (see the module docstring)."""
    reasons: list[str] = []
    same_id = (probe.id_number is not None and probe.id_kind == known.id_kind
               and probe.id_number == known.id_number)
    other_id = (probe.id_number is not None and known.id_number is not None and probe.id_kind == known.id_kind
                and not same_id)
    phone = bool(probe.phones & known.phones)
    first, last, name_reason = _name_match(probe.names, known.names)
    has_first = any(n.first for n in probe.names)
    has_last = any(n.last for n in probe.names)
    if has_first and has_last:
        similar = first >= SIMILAR and last >= SIMILAR
        mean = (first + last) / 2
    else:  # only one of the names typed: that one decides
        similar = max(first, last) >= SIMILAR and bool(name_reason)
        mean = max(first, last)
    birth = birth_relation(probe.birth_date, known.birth_date)
    points = NAME_POINTS * mean * (1.0 if similar else 0.5)
    points += {"same": BIRTH_SAME, "near": BIRTH_NEAR, "different": BIRTH_DIFFERENT, "": 0}[birth]
    if phone:
        points += PHONE_POINTS
    if other_id:
        points += ID_DIFFERENT
    address = with_address and bool(probe.address) and probe.address in known.addresses
    if address:
        points += ADDRESS_POINTS
    if same_id:
        points = 100.0
    strong = same_id or (not other_id and similar and (phone or birth == "same"))
    if same_id:
        reasons.append("id_number")
    if phone:
        reasons.append("phone")
    if similar and name_reason:
        reasons.append(name_reason)
    if birth == "same":
        reasons.append("birth_date")
    elif birth == "near":
        reasons.append("birth_date_near")
    if address:
        reasons.append("address")
    return Verdict(known.person_id, max(0, min(100, round(points))), strong, tuple(reasons), similar)
