"""The clubs' school-year calendar, computed from the Hebrew calendar (pyluach). Pure: no database.

A school year runs from 1 September to 31 August (school year 2026: 1 Sep 2026 .. 31 Aug 2027). Each day is
one of CLUB_DAY_KINDS:

- "closed": Friday and Saturday; the holidays on which the clubs close (Rosh Hashana, Yom Kippur, Sukkot's
  seven days and Shemini Atzeret, the first and the last day of Passover, Shavuot, Yom HaZikaron, Yom
  HaAtzmaut, Purim, Tisha B'Av); the whole of August ("summer");
- "camp" (a day camp, CAMP_HOURS): Hanukkah's weekdays, Passover's intermediate days and July ("summer");
- "club" (CLUB_HOURS): every other Sunday to Thursday.

``holiday`` is the code (HOLIDAYS) of what makes the day other than a plain club day: a closing holiday on any
day (also a Saturday), the camp's holiday or "summer"; a plain weekend day has none. Dates follow Israel
(Passover seven days, one day of Shavuot; Purim on 14 Adar, Adar II in a leap year; Tisha B'Av moved to
Sunday when 9 Av is a Saturday). pyluach 2.3 knows no modern holidays: Yom HaAtzmaut is computed here (5
Iyar, moved to Thursday when it falls on a Friday or Saturday and to Tuesday when on a Monday; Yom HaZikaron
the day before it).
"""

from __future__ import annotations

from datetime import date, time, timedelta

from pyluach.dates import HebrewDate

HOLIDAYS = ("rosh_hashana", "yom_kippur", "sukkot", "shemini_atzeret", "hanukkah", "purim", "passover",
            "yom_hazikaron", "yom_haatzmaut", "shavuot", "tisha_bav", "summer")
CLUB_HOURS = (time(12, 0), time(18, 0))
CAMP_HOURS = (time(8, 0), time(13, 0))

_TISHREI, _KISLEV, _NISAN, _IYAR, _SIVAN = 7, 9, 1, 2, 3
_FRIDAY, _SATURDAY = 4, 5  # date.weekday()
_MONDAY = 0


def hours(kind: str) -> tuple[time, time] | None:
    """The opening hours of a day of ``kind`` (None: closed)."""
    return {"club": CLUB_HOURS, "camp": CAMP_HOURS}.get(kind)


def independence_day(hebrew_year: int) -> date:
    """Yom HaAtzmaut of a Hebrew year: 5 Iyar, or the Thursday before when that is a Friday or a Saturday,
    or the Tuesday after when it is a Monday (the rule since 2004)."""
    fifth = HebrewDate(hebrew_year, _IYAR, 5).to_pydate()
    if fifth.weekday() == _FRIDAY:
        return fifth - timedelta(days=1)
    if fifth.weekday() == _SATURDAY:
        return fifth - timedelta(days=2)
    if fifth.weekday() == _MONDAY:
        return fifth + timedelta(days=1)
    return fifth


def _closing_holiday(h: HebrewDate, d: date, independence: date) -> str:
    """The code of the holiday on which the clubs close that falls on ``d``, or ""."""
    month, day = h.month, h.day
    if month == _TISHREI:
        if day in (1, 2):
            return "rosh_hashana"
        if day == 10:
            return "yom_kippur"
        if 15 <= day <= 21:
            return "sukkot"
        if day == 22:
            return "shemini_atzeret"
    if month == _NISAN and day in (15, 21):
        return "passover"
    if month == _SIVAN and day == 6:
        return "shavuot"
    if d == independence:
        return "yom_haatzmaut"
    if d == independence - timedelta(days=1):
        return "yom_hazikaron"
    if h.holiday(israel=True) == "Purim":
        return "purim"
    if h.fast_day() == "9 of Av":
        return "tisha_bav"
    return ""


def _camp_holiday(h: HebrewDate) -> str:
    if h.festival(israel=True, include_working_days=True) == "Chanuka":
        return "hanukkah"
    if h.month == _NISAN and 16 <= h.day <= 20:
        return "passover"
    return ""


def default_day(d: date) -> tuple[str, str]:
    """The (kind, holiday) of one day by the rules of the module's docstring."""
    h = HebrewDate.from_pydate(d)
    # the Hebrew year of the coming Iyar (Tishrei starts the Hebrew year: from Tishrei to Iyar it is the same)
    closing = _closing_holiday(h, d, independence_day(h.year))
    if closing:
        return "closed", closing
    if d.month == 8:
        return "closed", "summer"
    if d.weekday() in (_FRIDAY, _SATURDAY):
        return "closed", ""
    if d.month == 7:
        return "camp", "summer"
    camp = _camp_holiday(h)
    if camp:
        return "camp", camp
    return "club", ""


def default_year(school_year: int) -> list[tuple[date, str, str]]:
    """Every day of the school year (1 September ``school_year`` to 31 August the next year), in order, as
    (day, kind, holiday)."""
    first, last = date(school_year, 9, 1), date(school_year + 1, 8, 31)
    out = []
    d = first
    while d <= last:
        kind, holiday = default_day(d)
        out.append((d, kind, holiday))
        d += timedelta(days=1)
    return out
