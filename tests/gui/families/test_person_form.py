"""The person form: the live check digit, the values it gives and takes, the keyboard order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.widgets.a11y import name_widgets, unnamed_widgets
from desktop.widgets.person_form import PersonForm, split_phones
from models.people.dto import PersonDTO, PersonInput
from tests.gui.helpers import type_text
from tests.support import valid_id


def _form(qtbot) -> PersonForm:
    form = PersonForm()
    qtbot.addWidget(form)
    name_widgets(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    return form


def _wrong(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def test_the_check_digit_is_checked_as_it_is_typed(qtbot):
    form = _form(qtbot)
    good = valid_id(31415)
    form.id_number.setFocus()
    qtbot.keyClicks(form.id_number, _wrong(good)[:8])
    assert not form.id_problem_shown()  # still typing: not yet wrong
    qtbot.keyClicks(form.id_number, _wrong(good)[8])
    assert form.id_problem_shown()
    assert form.id_status.isVisible()
    assert "#a61b1b" in form.id_status.styleSheet()  # in red
    assert not form.validate()
    qtbot.keyClick(form.id_number, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.id_number, good[8])
    assert not form.id_problem_shown()
    assert form.validate()


def test_an_id_number_typed_with_dashes_or_arabic_digits_is_its_digits(qtbot):
    form = _form(qtbot)
    good = valid_id(2718)
    form.id_number.setFocus()
    type_text(form.id_number, f"{good[:2]}-{good[2:8]}-{good[8]}")
    assert not form.id_problem_shown()
    assert form.value().id_number == good
    form.id_number.clear()
    arabic = "".join(chr(0x0660 + int(d)) for d in good)
    type_text(form.id_number, arabic)
    assert not form.id_problem_shown()
    assert form.value().id_number == good


def test_a_short_number_is_wrong_once_the_field_is_left(qtbot):
    form = _form(qtbot)
    form.id_number.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.id_number)
    qtbot.keyClicks(form.id_number, "123")
    assert not form.id_problem_shown()
    qtbot.keyClick(form.id_number, Qt.Key.Key_Tab)
    assert form.id_problem_shown()


def test_a_passport_number_is_not_checked_for_a_check_digit(qtbot):
    form = _form(qtbot)
    form.id_kind.setCurrentIndex(form.id_kind.findData("passport"))
    qtbot.keyClicks(form.id_number, "AB1234567")
    assert not form.id_problem_shown()
    assert form.value().id_kind == "passport"
    form.id_kind.setCurrentIndex(form.id_kind.findData("none"))
    assert not form.id_number.isEnabled()
    assert form.value().id_number is None


def test_value_and_set_value_round_trip(qtbot):
    form = _form(qtbot)
    person = PersonDTO(id=1, version=3, id_kind="il", id_number=valid_id(77), first_name="נועה",
                       last_name="ברק", first_name_ar="نوعا", last_name_ar="براك", first_name_lat="Noa",
                       last_name_lat="Barak", birth_date=date(2015, 3, 9), sex="f", preferred_language="ar",
                       phones=("050-0000001", "04-6000002"))
    form.set_value(person)
    assert form.value() == PersonInput(
        first_name="נועה", last_name="ברק", id_kind="il", id_number=valid_id(77), first_name_ar="نوعا",
        last_name_ar="براك", first_name_lat="Noa", last_name_lat="Barak", birth_date=date(2015, 3, 9),
        sex="f", preferred_language="ar", phones=("050-0000001", "04-6000002"))
    form.has_birth_date.setChecked(False)
    assert form.value().birth_date is None
    assert not form.birth_date.isEnabled()


def test_phones_by_line_or_comma_and_at_most_four(qtbot):
    assert split_phones("050-0000001, 04-6000002\n\n052 000 0003;") == ("050-0000001", "04-6000002", "052 000 0003")
    form = _form(qtbot)
    form.phones.setPlainText("050-0000001,050-0000002,050-0000003,050-0000004")
    assert form.error_text("phones") == ""
    form.phones.setPlainText("050-0000001,050-0000002,050-0000003,050-0000004,050-0000005")
    assert form.error_text("phones") != ""
    assert not form.validate()


def test_a_service_error_is_shown_beside_its_field(qtbot):
    form = _form(qtbot)
    form.show_error("birth_date", "x")
    assert form.errors["birth_date"].isVisible()
    assert form.error_text("birth_date") == "x"
    form.clear_errors()
    assert not form.errors["birth_date"].isVisible()


def test_tab_goes_through_the_fields_in_order(qtbot):
    form = _form(qtbot)
    form.activateWindow()
    form.first_field().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.first_name)
    expected = [form.last_name, form.first_name_ar, form.last_name_ar, form.first_name_lat, form.last_name_lat,
                form.id_kind, form.id_number, form.has_birth_date, form.birth_date.edit, form.sex,
                form.language, form.phones]
    seen: list = []
    for _ in range(len(expected) + 2):  # Tab also steps through the date's day, month and year
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not seen or QApplication.focusWidget() is not seen[-1]:
            seen.append(QApplication.focusWidget())
    assert seen == expected
    assert unnamed_widgets(form) == []
