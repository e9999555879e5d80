"""The clubs' printed forms in the print preview: the registration form of an enrolment (with the consent and
signature lines, in the family's language), the month's attendance sheet of a club (to print for the
club's door), a family's fee notice for a month (in the family's language) and a club's transport list of a
day. Each is built off the GUI thread from its ``services.clubs`` call (reports/forms/club_*.py lays it
out); a print or a save is recorded through ``services.clubs.record_output`` (who, which form of which
record, when)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.messages import message_for
from desktop.ops import Ops
from desktop.printing.jobs import Printed
from desktop.printing.preview import PreviewWindow
from desktop.widgets.dates import fmt_date, ui_language

if TYPE_CHECKING:
    from models.services import Services

# the forms' names (reports.forms.FORMS; also what record_output records)
CLUB_REGISTRATION = "club_registration"
CLUB_ATTENDANCE_SHEET = "club_attendance_sheet"
CLUB_FEE_NOTICE = "club_fee_notice"
CLUB_TRANSPORT_LIST = "club_transport_list"


def form_language(lang: str | None = None) -> str:
    """The language of a form printed for the club's staff (the sheet, the transport list): the UI's,
    Hebrew when the UI is in English."""
    lang = lang or ui_language()
    return lang if lang in ("he", "ar") else "he"


def _build(form: str, data: Any, lang: str, file_ids: tuple[int, ...]) -> Printed:
    from reports.forms import FORMS

    return Printed(FORMS[form].build(data, lang), form, file_ids)


def build_registration(services: Services, enrolment_id: int) -> Printed:
    """The registration form (no Qt: runs on the pool), in the family's language."""
    data = services.clubs.registration_form(enrolment_id)
    return _build(CLUB_REGISTRATION, data, form_language(data.language), (data.enrolment.file_id,))


def build_attendance_sheet(services: Services, club_id: int, month: date, lang: str) -> Printed:
    data = services.clubs.attendance_sheet(club_id, month)
    return _build(CLUB_ATTENDANCE_SHEET, data, lang, ())


def build_fee_notice(services: Services, file_id: int, month: date) -> Printed:
    data = services.clubs.fee_notice(file_id, month)
    return _build(CLUB_FEE_NOTICE, data, form_language(data.language), (file_id,))


def build_transport_list(services: Services, club_id: int, day: date, lang: str) -> Printed:
    data = services.clubs.transport_list(club_id, day)
    return _build(CLUB_TRANSPORT_LIST, data, lang, ())


class ClubPreview(PreviewWindow):
    """The preview of one club form; its print and save are recorded against ``entity_id`` (the enrolment,
    the club or the family file the form is of)."""

    def __init__(self, services: Services, ops: Ops, build: Callable[[], Printed], form: str, entity_id: int,
                 parent: QWidget | None = None, *, title: str = "") -> None:
        self.form, self.entity_id = form, entity_id
        super().__init__(services, ops, build, parent, title=title)

    def _record(self, kind: str) -> None:
        clubs, form, entity_id = self.services.clubs, self.form, self.entity_id
        self.ops.query(self, lambda: clubs.record_output(form, entity_id, kind),
                       lambda _r: self.output_recorded.emit(kind),
                       failure=lambda exc: self.show_error(message_for(exc)))


def _open(parent: QWidget | None, services: Services, ops: Ops, build: Callable[[], Printed], form: str,
          entity_id: int, title: str) -> ClubPreview:
    # parented to the main window: the preview stays open when the screen that asked is replaced
    owner = parent.window() if parent is not None else None
    window = ClubPreview(services, ops, build, form, entity_id, owner, title=title)
    window.show()
    return window


def print_registration(parent: QWidget | None, services: Services, ops: Ops, enrolment_id: int) -> ClubPreview:
    title = QCoreApplication.translate("ClubPrint", "Club registration form")
    return _open(parent, services, ops, lambda: build_registration(services, enrolment_id), CLUB_REGISTRATION,
                 enrolment_id, title)


def print_attendance_sheet(parent: QWidget | None, services: Services, ops: Ops, club_id: int,
                           month: date) -> ClubPreview:
    lang = form_language()
    title = QCoreApplication.translate("ClubPrint", "Attendance sheet — %1").replace("%1", month.strftime("%m/%Y"))
    return _open(parent, services, ops, lambda: build_attendance_sheet(services, club_id, month, lang),
                 CLUB_ATTENDANCE_SHEET, club_id, title)


def print_fee_notice(parent: QWidget | None, services: Services, ops: Ops, file_id: int,
                     month: date) -> ClubPreview:
    title = QCoreApplication.translate("ClubPrint", "Fee notice — %1").replace("%1", month.strftime("%m/%Y"))
    return _open(parent, services, ops, lambda: build_fee_notice(services, file_id, month), CLUB_FEE_NOTICE,
                 file_id, title)


def print_transport_list(parent: QWidget | None, services: Services, ops: Ops, club_id: int,
                         day: date) -> ClubPreview:
    lang = form_language()
    title = QCoreApplication.translate("ClubPrint", "Transport list — %1").replace("%1", fmt_date(day))
    return _open(parent, services, ops, lambda: build_transport_list(services, club_id, day, lang),
                 CLUB_TRANSPORT_LIST, club_id, title)
