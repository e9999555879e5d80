"""The school year's calendar from the Hebrew calendar (models.clubs.calendar): dates checked against a
printed Israeli calendar for 5787 (school year 2026) and the published dates of Yom HaAtzmaut and Tisha B'Av
in recent years."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date, timedelta

import pytest

from models.clubs.calendar import (
    CAMP_HOURS,
    CLUB_HOURS,
    HOLIDAYS,
    default_day,
    default_year,
    hours,
    independence_day,
)
from models.codes import CLUB_DAY_KINDS


def kinds(first: date, last: date) -> list[tuple[date, str, str]]:
    out = []
    d = first
    while d <= last:
        out.append((d, *default_day(d)))
        d += timedelta(days=1)
    return out


def test_a_school_year_is_every_day_from_1_september_to_31_august() -> None:
    year = default_year(2026)
    assert year[0][0] == date(2026, 9, 1) and year[-1][0] == date(2027, 8, 31) and len(year) == 365
    assert all(b[0] - a[0] == timedelta(days=1) for a, b in itertools.pairwise(year))
    assert {k for _d, k, _h in year} == set(CLUB_DAY_KINDS)
    assert {h for _d, _k, h in year} - {""} <= set(HOLIDAYS)
    assert len(default_year(2027)) == 366  # 29 February 2028


def test_friday_and_saturday_are_closed_sunday_to_thursday_are_club_days() -> None:
    # an ordinary week of November 2026 (no holiday)
    assert [k for _d, k, _h in kinds(date(2026, 11, 15), date(2026, 11, 21))] == \
        ["club", "club", "club", "club", "club", "closed", "closed"]
    assert default_day(date(2026, 11, 20)) == ("closed", "")


def test_tishrei_5787_rosh_hashana_yom_kippur_sukkot_and_shemini_atzeret_are_closed() -> None:
    # Rosh Hashana 5787: Saturday-Sunday 12-13 September 2026; Yom Kippur Monday 21 September; Sukkot
    # 26 September - 2 October; Shemini Atzeret (Simchat Torah in Israel) Saturday 3 October
    assert default_day(date(2026, 9, 11)) == ("closed", "")  # a Friday, the eve
    assert default_day(date(2026, 9, 12)) == ("closed", "rosh_hashana")
    assert default_day(date(2026, 9, 13)) == ("closed", "rosh_hashana")
    assert default_day(date(2026, 9, 14)) == ("club", "")  # the Fast of Gedaliah is a club day
    assert default_day(date(2026, 9, 21)) == ("closed", "yom_kippur")
    sukkot = kinds(date(2026, 9, 26), date(2026, 10, 2))
    assert [(k, h) for _d, k, h in sukkot] == [("closed", "sukkot")] * 7
    assert default_day(date(2026, 10, 3)) == ("closed", "shemini_atzeret")
    assert default_day(date(2026, 10, 4)) == ("club", "")


def test_hanukkah_5787_weekdays_are_camp_days() -> None:
    # Hanukkah 5787: the eight days are Saturday 5 December to Saturday 12 December 2026 (the first candle
    # on the evening of Friday 4 December)
    assert [(d.day, k, h) for d, k, h in kinds(date(2026, 12, 4), date(2026, 12, 13))] == [
        (4, "closed", ""), (5, "closed", ""), (6, "camp", "hanukkah"), (7, "camp", "hanukkah"),
        (8, "camp", "hanukkah"), (9, "camp", "hanukkah"), (10, "camp", "hanukkah"), (11, "closed", ""),
        (12, "closed", ""), (13, "club", "")]


def test_passover_5787_first_and_last_day_closed_the_intermediate_days_camp() -> None:
    # Passover 5787: the seder on the evening of Wednesday 21 April 2027; the first day Thursday 22 April,
    # the seventh (last) day Wednesday 28 April
    assert [(d.day, k, h) for d, k, h in kinds(date(2027, 4, 21), date(2027, 4, 29))] == [
        (21, "club", ""), (22, "closed", "passover"), (23, "closed", ""), (24, "closed", ""),
        (25, "camp", "passover"), (26, "camp", "passover"), (27, "camp", "passover"),
        (28, "closed", "passover"), (29, "club", "")]


def test_purim_memorial_and_independence_day_shavuot_5787() -> None:
    # Purim Tuesday 23 March 2027 (Shushan Purim, Wednesday 24, is a club day outside Jerusalem); Yom
    # HaZikaron Tuesday 11 May and Yom HaAtzmaut Wednesday 12 May 2027; Shavuot Friday 11 June 2027
    assert default_day(date(2027, 3, 23)) == ("closed", "purim")
    assert default_day(date(2027, 3, 24)) == ("club", "")
    assert default_day(date(2027, 5, 11)) == ("closed", "yom_hazikaron")
    assert default_day(date(2027, 5, 12)) == ("closed", "yom_haatzmaut")
    assert default_day(date(2027, 6, 11)) == ("closed", "shavuot")


@pytest.mark.parametrize(("hebrew_year", "expected"), [
    (5781, date(2021, 4, 15)),  # 5 Iyar on a Saturday: Thursday 3 Iyar
    (5782, date(2022, 5, 5)),  # a Thursday: as is
    (5783, date(2023, 4, 26)),  # a Wednesday
    (5784, date(2024, 5, 14)),  # 5 Iyar on a Monday: Tuesday 6 Iyar
    (5785, date(2025, 5, 1)),  # 5 Iyar on a Friday: Thursday 4 Iyar
    (5786, date(2026, 4, 22)),
])
def test_independence_day_moves_off_friday_saturday_and_monday(hebrew_year: int, expected: date) -> None:
    assert independence_day(hebrew_year) == expected
    assert default_day(expected) == ("closed", "yom_haatzmaut")
    assert default_day(expected - timedelta(days=1)) == ("closed", "yom_hazikaron")


def test_july_is_camp_august_closed_and_tisha_bav_closes_a_camp_day() -> None:
    summer = kinds(date(2027, 7, 1), date(2027, 7, 31))
    assert {k for d, k, _h in summer if d.weekday() < 4 or d.weekday() == 6} == {"camp"}
    assert {h for _d, k, h in summer if k == "camp"} == {"summer"}
    assert {(k, h) for _d, k, h in kinds(date(2027, 8, 1), date(2027, 8, 31))} == {("closed", "summer"),
                                                                                   ("closed", "tisha_bav")}
    # Tisha B'Av 5786 is Thursday 23 July 2026 (a camp day otherwise); in 5785 9 Av was a Saturday and the
    # fast Sunday 3 August 2025
    assert default_day(date(2026, 7, 23)) == ("closed", "tisha_bav")
    assert default_day(date(2026, 7, 22)) == ("camp", "summer")
    assert default_day(date(2025, 8, 3)) == ("closed", "tisha_bav")


def test_the_year_in_numbers_and_the_hours() -> None:
    counts = Counter(k for _d, k, _h in default_year(2026))
    # 29 camp days: 5 of Hanukkah, 3 of Passover's weekdays, 21 weekdays of July 2027 (Sunday-Thursday,
    # none a holiday)
    assert counts["camp"] == 29
    assert counts["club"] + counts["camp"] + counts["closed"] == 365
    assert hours("club") == CLUB_HOURS and hours("camp") == CAMP_HOURS and hours("closed") is None
    assert (CLUB_HOURS[0].hour, CLUB_HOURS[1].hour) == (12, 18)
    assert (CAMP_HOURS[0].hour, CAMP_HOURS[1].hour) == (8, 13)
