"""The Hebrew date beside the civil one (models.calendar), checked against dates everyone knows."""

from __future__ import annotations

from datetime import date

import pytest

from models.calendar import hebrew_date


@pytest.mark.parametrize(("civil", "he", "ar", "en"), [
    (date(2025, 9, 23), "א׳ תשרי תשפ״ו", "1 تشري 5786", "1 Tishrei 5786"),        # Rosh Hashanah 5786
    (date(2025, 4, 13), "ט״ו ניסן תשפ״ה", "15 نيسان 5785", "15 Nissan 5785"),      # Passover 5785
    (date(2024, 12, 26), "כ״ה כסלו תשפ״ה", "25 كسلو 5785", "25 Kislev 5785"),      # Hanukkah 5785, first day
    (date(2024, 3, 1), "כ״א אדר א׳ תשפ״ד", "21 آذار الأول 5784", "21 Adar 1 5784"),  # a leap year's Adar I
    (date(2024, 3, 24), "י״ד אדר ב׳ תשפ״ד", "14 آذار الثاني 5784", "14 Adar 2 5784"),  # Purim in Adar II
    (date(2025, 3, 14), "י״ד אדר תשפ״ה", "14 آذار 5785", "14 Adar 5785"),          # Purim, a plain year
])
def test_hebrew_date_in_each_language(civil, he, ar, en):
    assert hebrew_date(civil, "he") == he
    assert hebrew_date(civil, "ar") == ar
    assert hebrew_date(civil, "en") == en
    assert hebrew_date(civil) == he


def test_arabic_rendering_uses_latin_digits_and_no_hebrew_letters():
    text = hebrew_date(date(2026, 11, 28), "ar")
    assert text == "18 كسلو 5787"
    assert not any("\u0590" <= ch <= "\u05ff" for ch in text)
    assert not any("\u0660" <= ch <= "\u0669" for ch in text)
