"""The letterhead a form prints in its language: Arabic texts in an Arabic form, each empty one falling back
to the Hebrew; a Hebrew form unchanged."""

from __future__ import annotations

from models.department.dto import Letterhead

HEBREW = Letterhead("עיריית נחל צין", "אגף הרווחה", "שדרות הדקל 4", "08-1234567", "r@nahal-tsin.example",
                    b"logo")


def test_an_arabic_form_prints_the_arabic_texts_and_a_hebrew_one_the_hebrew() -> None:
    both = Letterhead(**{**HEBREW.__dict__, "municipality_ar": "بلدية نحال تسين", "department_ar": "قسم الرفاه",
                         "address_ar": "جادة النخيل 4"})
    arabic = both.for_language("ar")
    assert (arabic.municipality, arabic.department, arabic.address) == \
        ("بلدية نحال تسين", "قسم الرفاه", "جادة النخيل 4")
    assert (arabic.phone, arabic.email, arabic.logo) == ("08-1234567", "r@nahal-tsin.example", b"logo")
    assert both.for_language("he") == both


def test_each_empty_arabic_text_falls_back_to_the_hebrew() -> None:
    assert HEBREW.for_language("ar") == HEBREW
    partly = Letterhead(**{**HEBREW.__dict__, "department_ar": "قسم الرفاه"}).for_language("ar")
    assert (partly.municipality, partly.department, partly.address) == ("עיריית נחל צין", "قسم الرفاه", "שדרות הדקל 4")
