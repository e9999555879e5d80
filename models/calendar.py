"""The Hebrew (Jewish) calendar date of a civil date, for the date fields and the headers (pyluach).

- ``he``: Hebrew letters with geresh and gershayim, the way letters of the department print it:
  ``י״ח כסלו תשפ״ז``.
- ``ar``: the day and year in Latin digits and the month by its Arabic name (the names Arabic uses for the
  months of the Hebrew calendar): ``18 كسلو 5787``. Arabic speakers do not read Hebrew numerals, and the
  client shows Latin digits everywhere.
- anything else (``en``): the English transliteration, ``18 Kislev 5787``.
The evening start of the Hebrew day is ignored: a civil date maps to the Hebrew date of its daytime."""

from __future__ import annotations

from datetime import date

from pyluach.dates import HebrewDate
from pyluach.hebrewcal import Year

# pyluach month numbers: 1 Nisan ... 6 Elul, 7 Tishrei ... 12 Adar (Adar I in a leap year), 13 Adar II.
ARABIC_MONTHS: dict[int, str] = {
    1: "نيسان",
    2: "أيار",
    3: "سيوان",
    4: "تموز",
    5: "آب",
    6: "أيلول",
    7: "تشري",
    8: "حشفان",
    9: "كسلو",
    10: "طيفيت",
    11: "شباط",
    12: "آذار",
    13: "آذار الثاني",
}
ARABIC_ADAR_I = "آذار الأول"


def hebrew_date(d: date, lang: str = "he") -> str:
    """The Hebrew date of ``d`` in the language ``lang`` (see the module's docstring)."""
    h = HebrewDate.from_pydate(d)
    if lang == "he":
        return str(h.hebrew_date_string())
    if lang == "ar":
        month = ARABIC_ADAR_I if h.month == 12 and Year(h.year).leap else ARABIC_MONTHS[h.month]
        return f"{h.day} {month} {h.year}"
    return f"{h.day} {h.month_name()} {h.year}"
