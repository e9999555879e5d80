import pytest

from models.text import (
    format_phone,
    has_unsearchable,
    id_number_digits,
    israeli_id_check_digit,
    israeli_id_valid,
    normalize_file_number,
    parse_phone,
    phone_digits,
    search_key,
    search_tokens,
)


def test_hebrew_final_letters_niqqud_and_geresh_are_folded():
    assert search_key("כֹּהֵן") == search_key("כהנ") == "כהנ"
    assert search_key("שׁוֹשַׁנָּה") == "שושנה"
    assert search_key("צ׳רניחובסקי") == search_key("צ'רניחובסקי") == "צרניחובסקי"
    assert search_key('בר"ג') == "ברג"


def test_arabic_tashkeel_and_letter_forms_are_folded():
    assert search_key("أَحْمَد") == search_key("احمد")
    assert search_key("إبراهيم") == search_key("ابراهيم")
    assert search_key("ليلى") == search_key("ليلي")
    assert search_key("فاطمة") == search_key("فاطمه")


def test_latin_is_case_and_accent_folded_and_separators_split_words():
    assert search_key("Zoë O'Brien") == "zoe obrien"
    assert search_key("כהן-לוי") == "כהנ לוי"
    assert sorted(search_tokens("  לוי  כהן לוי ")) == ["כהנ", "לוי"]
    assert search_tokens("אב אברהם")[0] == "אברהמ"  # longest (most selective) first


def test_israeli_id_check_digit():
    assert israeli_id_valid("000000018")
    assert israeli_id_valid("18") is False  # too short to be an ID number
    assert israeli_id_valid("123456782")
    assert not israeli_id_valid("123456789")
    assert not israeli_id_valid("12345678a")
    assert not israeli_id_valid("000000000")
    assert not israeli_id_valid("")
    for first in ("12345678", "31415926", "00001234"):
        assert israeli_id_valid(first + israeli_id_check_digit(first))


def test_file_numbers_and_phones():
    assert normalize_file_number("2026/17") == "2026/0017"
    assert normalize_file_number(" 2025/0003 ") == "2025/0003"
    assert normalize_file_number("כהן") is None
    assert phone_digits("+972-52-123-4567") == "0521234567"
    assert phone_digits("050 1234567") == "0501234567"


# Invisible marks pasted from WhatsApp, Word and Outlook: RLM, LRM, ALM, embeddings LRE..RLO and PDF,
# isolates LRI..PDI, ZWJ, ZWNJ, ZWSP, word joiner, BOM, soft hyphen.
INVISIBLE = ["\u200f", "\u200e", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
             "\u2067", "\u2068", "\u2069", "\u200d", "\u200c", "\u200b", "\u2060", "\ufeff", "\u00ad"]


@pytest.mark.parametrize("mark", INVISIBLE)
def test_invisible_marks_vanish_wherever_they_are(mark):
    assert search_key(f"{mark}כהן{mark}") == search_key(f"כ{mark}הן") == "כהנ"
    assert search_key(f"Co{mark}hen") == "cohen"
    assert search_tokens(f"{mark}משה{mark} {mark}כהן") == ["משה", "כהנ"]


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u05be",
                                  "\u2212", "\ufe63", "\uff0d"])
def test_every_dash_separates_words(dash):
    assert search_key(f"כהן{dash}לוי") == "כהנ לוי"
    assert search_key(f"Ben{dash}David") == "ben david"


def test_persian_and_urdu_letters_fold_to_arabic_and_modifier_apostrophes_to_nothing():
    assert search_key("کریم") == search_key("كريم")  # keheh, Farsi yeh
    assert search_key("علی") == search_key("علي") == search_key("على")
    assert search_key("فاطمۀ") == search_key("فاطمه") == search_key("فاطمة") == search_key("فاطمە")
    assert search_key("شاہ") == search_key("شاه") == search_key("شاھ")
    assert search_key("ے") == search_key("ي")
    for apostrophe in ("\u02bc", "\u2032", "\u02b9", "\u02bb", "\u05f3", "'", "\u2019", "`", "\u00b4"):
        assert search_key(f"צ{apostrophe}רניחובסקי") == "צרניחובסקי", apostrophe
        assert search_key(f"ח{apostrophe}ורי") == "חורי", apostrophe


@pytest.mark.parametrize("typed", [
    "050-1234567", "050 123 4567", "(050) 123-4567", "050.123.4567", "0501234567", "+972 50 123 4567",
    "+972-50-1234567", "(+972) 50-123-4567", "+972 (0)50 123 4567", "00972 50 123 4567", "00972501234567",
    "٠٥٠١٢٣٤٥٦٧", "۰۵۰-۱۲۳-۴۵۶۷", "050\u2013123\u20134567", "\u200f050-1234567\u200e", "050-1234567.",
])
def test_phone_numbers_as_people_type_them(typed):
    assert parse_phone(typed) == phone_digits(typed) == "0501234567"
    assert format_phone(typed) == "050-123-4567"


def test_what_is_not_a_phone_number():
    for text in ("", "abc", "12345", "050-12a4567", "*3456789", "+", "(050)"):
        assert parse_phone(text) is None, text
    assert parse_phone("+1 (212) 555-1234") == "+12125551234"  # abroad: E.164
    assert parse_phone("02-6234567") == "026234567"


def test_id_numbers_as_people_type_them():
    assert id_number_digits("123456782") == "123456782"
    assert id_number_digits("123456782.") == "123456782"
    assert id_number_digits(" 12-345678-2 ") == "123456782"
    assert id_number_digits("12 345 678 2") == "123456782"
    assert id_number_digits("12\u2013345678\u20132") == "123456782"
    assert id_number_digits("١٢٣٤٥٦٧٨٢") == "123456782"
    for text in ("12.345", "12345678a", "(123)", "+972", ""):
        assert id_number_digits(text) is None, text
    assert not israeli_id_valid("١٢٣٤٥٦٧٨٢")  # the stored form is ASCII: parse first


def test_characters_no_search_box_accepts():
    for text in ("\x00", "כהן\x00", "\x07", "\ud800", "a\udfff", "\U0010ffff", "\ufffe", "\ufdd0", "\x9bx"):
        assert has_unsearchable(text), repr(text)
    for text in ("כהן", "\t כהן\n", "\u200fכהן", "🙂", "x\u00a0y", ""):
        assert not has_unsearchable(text), repr(text)
