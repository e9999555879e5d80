"""A person's details as a form: names in Hebrew, Arabic and Latin letters, the identity document with a live
check of an Israeli ID number's check digit, birth date, sex, language for letters, phones.

Used wherever a person is entered or corrected (editing a family file, a new family file, a referral).
The form decides no rule: ``value()`` gives a ``PersonInput`` for the service, which checks it again;
``validate()`` says (beside each field) what the form can already see is wrong (a wrong check digit, more
than four phones) before the call; ``show_error(field, message)`` puts a service's ValidationError beside
its field. Tab order is the order on screen; every field has a label with a mnemonic."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.widgets.dates import DateEdit, make_date_edit, to_date
from desktop.widgets.text import TextBox
from models.codes import ID_KINDS, LANGUAGES, SEXES
from models.people.dto import PersonDTO, PersonInput
from models.text import id_number_digits, israeli_id_valid

MAX_PHONES = 4
ID_DIGITS = 9
ERROR_STYLE = "color: #a61b1b;"
OK_STYLE = "color: #1b6b2a;"
_PHONE_SEPARATORS = re.compile(r"[\n,;،]+")  # lines, commas (also the Arabic comma), semicolons

NAME_FIELDS = ("first_name", "last_name", "first_name_ar", "last_name_ar", "first_name_lat", "last_name_lat")


def split_phones(text: str) -> tuple[str, ...]:
    """The phones typed one per line or separated by commas, trimmed, empty ones left out."""
    return tuple(p.strip() for p in _PHONE_SEPARATORS.split(text) if p.strip())


class PersonForm(QWidget):
    """``changed`` fires when any field is edited (a dialog may clear its error then)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        # created in the order of the keyboard (the focus chain follows the creation order)
        self.first_name = self._line("first_name", self.tr("&First name:"))
        self.last_name = self._line("last_name", self.tr("&Last name:"))
        self.first_name_ar = self._line("first_name_ar", self.tr("First name in &Arabic:"))
        self.last_name_ar = self._line("last_name_ar", self.tr("Last name in A&rabic:"))
        self.first_name_lat = self._line("first_name_lat", self.tr("First name in La&tin letters:"))
        self.last_name_lat = self._line("last_name_lat", self.tr("Last name in Latin l&etters:"))
        for w in (self.first_name_lat, self.last_name_lat):
            w.setPlaceholderText(self.tr("as in the passport, if known"))
            w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Latin letters read left to right

        self.id_kind = QComboBox(self)
        self.id_kind.setObjectName("id_kind")
        for kind, label in ((ID_KINDS[0], self.tr("Israeli ID number")), (ID_KINDS[1], self.tr("Passport")),
                            (ID_KINDS[2], self.tr("None"))):
            self.id_kind.addItem(label, kind)
        self._row("id_kind", self.tr("I&dentity document:"), self.id_kind)
        self.id_number = QLineEdit(self)
        self.id_number.setObjectName("id_number")
        self.id_number.setMaxLength(24)
        self._row("id_number", self.tr("&Number:"), self.id_number)
        self.id_status = QLabel(self)  # the live check, beside (under) the number
        self.id_status.setObjectName("idNumberStatus")
        self.id_status.setWordWrap(True)
        self.form.addRow("", self.id_status)

        self.has_birth_date = QCheckBox(self.tr("&Birth date:"), self)
        self.has_birth_date.setObjectName("has_birth_date")
        self.has_birth_date.setChecked(True)
        self.birth_date: DateEdit = make_date_edit(date.today(), self, maximum=date.today())
        self.birth_date.setMinimumDate(date(1900, 1, 1))
        self.birth_date.setObjectName("birth_date")
        self.has_birth_date.toggled.connect(self.birth_date.setEnabled)
        self.has_birth_date.setToolTip(self.tr("Clear the box when the birth date is not known"))
        self.form.addRow(self.has_birth_date, self.birth_date)
        self.fields["birth_date"] = self.birth_date
        self._error_row("birth_date")

        self.sex = QComboBox(self)
        self.sex.setObjectName("sex")
        for code, label in ((SEXES[0], self.tr("female")), (SEXES[1], self.tr("male")),
                            (SEXES[2], self.tr("not stated"))):
            self.sex.addItem(label, code)
        self._row("sex", self.tr("&Sex:"), self.sex)

        self.language = QComboBox(self)
        self.language.setObjectName("preferred_language")
        for code in LANGUAGES:
            self.language.addItem(self.language_label(code), code)
        self._row("preferred_language", self.tr("Lan&guage for letters:"), self.language)

        self.phones = TextBox(self, min_height=48)
        self.phones.setObjectName("phones")
        self.phones.setMaximumHeight(72)
        self.phones.setPlaceholderText(self.tr("One per line, or separated by commas (up to 4)"))
        self._row("phones", self.tr("&Phones:"), self.phones)

        self.id_kind.currentIndexChanged.connect(self._kind_changed)
        self.id_number.textChanged.connect(self._check_id_live)
        self.id_number.editingFinished.connect(self._check_id_finished)
        self.phones.textChanged.connect(self._check_phones_live)
        for w in (self.first_name, self.last_name, self.first_name_ar, self.last_name_ar, self.first_name_lat,
                  self.last_name_lat, self.id_number):
            w.textEdited.connect(self._emit_changed)
        self.phones.textChanged.connect(self._emit_changed)
        for combo in (self.id_kind, self.sex, self.language):
            combo.currentIndexChanged.connect(self._emit_changed)
        self.birth_date.dateChanged.connect(self._emit_changed)
        self.has_birth_date.toggled.connect(self._emit_changed)
        self._kind_changed()

    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()

    # ---- building ----------------------------------------------------------------------------------------
    def _line(self, field: str, caption: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(field)
        edit.setMaxLength(80)
        self._row(field, caption, edit)
        return edit

    def _row(self, field: str, caption: str, widget: QWidget) -> None:
        label = QLabel(caption, self)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        self.fields[field] = widget
        self._error_row(field)

    def _error_row(self, field: str) -> None:
        if field == "id_number":
            return  # its message is the live status label
        error = QLabel(self)
        error.setObjectName(f"{field}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self.errors[field] = error

    def language_label(self, code: str) -> str:
        return {
            "he": self.tr("Hebrew"), "ar": self.tr("Arabic"), "ru": self.tr("Russian"), "am": self.tr("Amharic"),
            "en": self.tr("English"), "fr": self.tr("French"), "es": self.tr("Spanish"),
            "ti": self.tr("Tigrinya"), "other": self.tr("another language"),
        }.get(code, code)

    # ---- the API ------------------------------------------------------------------------------------------
    def first_field(self) -> QWidget:
        return self.first_name

    def value(self) -> PersonInput:
        """What the form holds, for the service (which checks it). An Israeli ID number typed with dashes,
        spaces or Arabic-Indic digits is passed as its digits."""
        kind = str(self.id_kind.currentData())
        number: str | None = self.id_number.text().strip() or None
        if kind == "il" and number is not None:
            number = id_number_digits(number) or number
        elif kind == "none":
            number = None
        return PersonInput(
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            id_kind=kind, id_number=number,
            first_name_ar=self.first_name_ar.text(), last_name_ar=self.last_name_ar.text(),
            first_name_lat=self.first_name_lat.text(), last_name_lat=self.last_name_lat.text(),
            birth_date=to_date(self.birth_date) if self.has_birth_date.isChecked() else None,
            sex=str(self.sex.currentData()),
            preferred_language=str(self.language.currentData()),
            phones=split_phones(self.phones.toPlainText()),
        )

    def set_value(self, person: PersonDTO | PersonInput) -> None:
        for field in NAME_FIELDS:
            edit = self.fields[field]
            assert isinstance(edit, QLineEdit)
            edit.setText(getattr(person, field))
        self.id_kind.setCurrentIndex(max(0, self.id_kind.findData(person.id_kind)))
        self.id_number.setText(person.id_number or "")
        self.has_birth_date.setChecked(person.birth_date is not None)
        self.birth_date.setDate(person.birth_date or date.today())
        self.sex.setCurrentIndex(max(0, self.sex.findData(person.sex)))
        self.language.setCurrentIndex(max(0, self.language.findData(person.preferred_language)))
        self.phones.setPlainText("\n".join(person.phones))
        self.clear_errors()
        self._kind_changed()

    def show_error(self, field: str, message: str) -> None:
        """``message`` beside ``field`` (a service's ValidationError); the field takes the focus. A field
        the form does not have shows the message under the first name."""
        if field == "id_number":
            self._set_id_status(message, ok=False)
        else:
            label = self.errors.get(field) or self.errors["first_name"]
            label.setText(message)
            self.form.setRowVisible(label, True)
        widget = self.fields.get(field)
        if widget is not None:
            (self.birth_date.edit if widget is self.birth_date else widget).setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            self.form.setRowVisible(label, False)
        self._check_id_live()

    def error_text(self, field: str) -> str:
        """The message shown beside ``field`` now ("" for none)."""
        if field == "id_number":
            return self.id_status.text() if self.id_problem_shown() else ""
        label = self.errors.get(field)
        return label.text() if label is not None else ""

    def validate(self) -> bool:
        """Show what is already visibly wrong beside its field (a wrong check digit, a number that is not
        one, more than four phones); True when nothing is. The service checks everything again."""
        ok = True
        problem = self._id_problem(final=True)
        if problem:
            self._set_id_status(problem, ok=False)
            self.id_number.setFocus()
            ok = False
        if len(split_phones(self.phones.toPlainText())) > MAX_PHONES:
            self.show_error("phones", self._too_many_phones())
            ok = False
        return ok

    # ---- the live checks ----------------------------------------------------------------------------------
    def _too_many_phones(self) -> str:
        return self.tr("At most %1 phones.").replace("%1", str(MAX_PHONES))

    def _kind_changed(self, *_args: object) -> None:
        kind = self.id_kind.currentData()
        self.id_number.setEnabled(kind != "none")
        if kind == "none":
            self.id_number.clear()
        self.id_number.setPlaceholderText(self.tr("9 digits") if kind == "il" else "")
        self._check_id_live()

    def _id_problem(self, *, final: bool) -> str:
        """What is wrong with the number as typed so far ("" when nothing, or nothing yet). While typing
        (``final`` False) a short number is not yet wrong; once the field is left it is checked as is."""
        kind = self.id_kind.currentData()
        text = self.id_number.text().strip()
        if kind != "il" or not text:
            return ""
        digits = id_number_digits(text)
        if digits is None:
            return self.tr("An ID number has only digits.")
        if len(digits) > ID_DIGITS:
            return self.tr("An ID number has at most 9 digits.")
        if len(digits) < ID_DIGITS and not final:
            return ""
        if len(digits) < 5:
            return self.tr("The ID number is too short.")
        if not israeli_id_valid(digits):
            return self.tr("The check digit is wrong: please check the number.")
        return ""

    def _check_id_live(self, *_args: object) -> None:
        problem = self._id_problem(final=False)
        if problem:
            self._set_id_status(problem, ok=False)
            return
        digits = id_number_digits(self.id_number.text()) if self.id_kind.currentData() == "il" else None
        if digits is not None and len(digits) == ID_DIGITS and israeli_id_valid(digits):
            self._set_id_status(self.tr("The check digit is right."), ok=True)
        else:
            self._set_id_status("", ok=True)

    def _check_id_finished(self) -> None:
        problem = self._id_problem(final=True)
        if problem:
            self._set_id_status(problem, ok=False)

    def _set_id_status(self, text: str, *, ok: bool) -> None:
        self.id_status.setText(text)
        self.id_status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.id_status.setProperty("problem", bool(text) and not ok)
        self.form.setRowVisible(self.id_status, bool(text))
        self.id_number.setAccessibleDescription(text)

    def id_problem_shown(self) -> bool:
        """True while the form says the ID number is wrong."""
        return bool(self.id_status.property("problem"))

    def _check_phones_live(self) -> None:
        label = self.errors["phones"]
        if len(split_phones(self.phones.toPlainText())) > MAX_PHONES:
            label.setText(self._too_many_phones())
            self.form.setRowVisible(label, True)
        elif label.text() == self._too_many_phones():
            label.clear()
            self.form.setRowVisible(label, False)
