from models.text import (
    israeli_id_check_digit,
    israeli_id_valid,
    normalize_file_number,
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
