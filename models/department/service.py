"""The department settings: read by every signed-in user (each printed form carries the letterhead), changed
by the administrator alone; every change audited."""

from __future__ import annotations

import io

from sqlalchemy.orm import Session

from models.department.dto import LOGO_MAX_BYTES, DepartmentSettings, Letterhead, SettingsChanges
from models.department.entities import (
    ADDRESS_MAX,
    DEPARTMENT_MAX,
    EMAIL_MAX,
    MUNICIPALITY_MAX,
    PHONE_MAX,
    RESPONSE_DAYS_MAX,
    DepartmentSetting,
)
from models.errors import ValidationError
from models.roles import Action
from models.service import ServiceBase
from models.text import clean_line

SETTINGS_ID = 1
# What a fresh database prints until the administrator sets the department's own letterhead (revisions 0011
# and 0013 write the same row): the fictional town of the demo.
DEFAULT_LETTERHEAD = Letterhead(
    municipality="עיריית עין הבשור",
    department="המחלקה לשירותים חברתיים",
    address="רחוב הגפן 1, עין הבשור",
    phone="08-0000000",
    email="revacha@ein-habesor.example",
    municipality_ar="بلدية عين هبسور",
    department_ar="قسم الخدمات الاجتماعية",
    address_ar="شارع الغيفن 1، عين هبسور",
)
SUMMARY_NOTES_MAX = 50


def logo_mime(data: bytes) -> str:
    """The type of a logo image file: ``image/png`` or ``image/jpeg`` when the whole image decodes and it is
    at most 1 MB; otherwise ValidationError ``logo_too_large`` or ``logo_unreadable`` (field ``logo``)."""
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError("logo_too_large", field="logo", max=LOGO_MAX_BYTES // 1024)
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        mime, kind = "image/png", "PNG"
    elif data.startswith(b"\xff\xd8\xff"):
        mime, kind = "image/jpeg", "JPEG"
    else:
        raise ValidationError("logo_unreadable", field="logo")
    from PIL import Image  # the imaging library reportlab draws images with; loaded only to check a logo

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != kind or image.width < 1 or image.height < 1:
                raise ValidationError("logo_unreadable", field="logo")
            image.load()  # decodes every pixel: a truncated or damaged file fails here
    except ValidationError:
        raise
    except Exception as exc:  # PIL raises many kinds (OSError, SyntaxError, ValueError, DecompressionBomb...)
        raise ValidationError("logo_unreadable", field="logo") from exc
    return mime


def _dto(row: DepartmentSetting | None) -> DepartmentSettings:
    if row is None:
        return DepartmentSettings(DEFAULT_LETTERHEAD)
    letterhead = Letterhead(row.municipality, row.department, row.address, row.phone, row.email, row.logo,
                            municipality_ar=row.municipality_ar, department_ar=row.department_ar,
                            address_ar=row.address_ar)
    return DepartmentSettings(letterhead, row.logo_mime, row.version, row.summary_notes,
                              response_days_immediate=row.response_days_immediate,
                              response_days_day=row.response_days_day,
                              response_days_week=row.response_days_week,
                              response_days_routine=row.response_days_routine)


def read_settings(s: Session) -> DepartmentSettings:
    """The settings inside another service's transaction (a print reads the letterhead with its data)."""
    return _dto(s.get(DepartmentSetting, SETTINGS_ID))


RESPONSE_URGENCIES = ("immediate", "day", "week", "routine")  # models.codes.URGENCIES, most urgent first


def _response_days(row: DepartmentSetting, changes: SettingsChanges) -> dict[str, int]:
    """The response days to save: each one given, or the saved one; each 0..90 (ValidationError "invalid" on
    its field), and never more for a more urgent one ("response_days_order")."""
    out: dict[str, int] = {}
    for urgency in RESPONSE_URGENCIES:
        field = f"response_days_{urgency}"
        given = getattr(changes, field)
        value = getattr(row, field) if given is None else given
        if not isinstance(value, int) or not 0 <= value <= RESPONSE_DAYS_MAX:
            raise ValidationError("invalid", field=field, max=RESPONSE_DAYS_MAX)
        out[urgency] = value
    values = [out[u] for u in RESPONSE_URGENCIES]
    if values != sorted(values):
        raise ValidationError("response_days_order", field="response_days_day")
    return out


class DepartmentService(ServiceBase):
    def settings(self) -> DepartmentSettings:
        """The settings (every signed-in user: the letterhead is printed on every form). Not audited: no
        case content, read with each print."""
        with self._read() as s:
            return read_settings(s)

    def letterhead(self) -> Letterhead:
        return self.settings().letterhead

    def update(self, version: int, changes: SettingsChanges) -> DepartmentSettings:
        """Save the settings (administrator). The fields are checked first, the logo decoded; a stale
        ``version`` is a ConflictError. Audited with the names of the fields that changed."""
        self._require(Action.MANAGE_DEPARTMENT, entity="department_settings", entity_id=SETTINGS_ID)
        values = {
            "municipality": clean_line(changes.municipality, "municipality", MUNICIPALITY_MAX, required=True),
            "department": clean_line(changes.department, "department", DEPARTMENT_MAX, required=True),
            "address": clean_line(changes.address, "address", ADDRESS_MAX),
            "phone": clean_line(changes.phone, "phone", PHONE_MAX),
            "email": clean_line(changes.email, "email", EMAIL_MAX),
            "municipality_ar": clean_line(changes.municipality_ar, "municipality_ar", MUNICIPALITY_MAX),
            "department_ar": clean_line(changes.department_ar, "department_ar", DEPARTMENT_MAX),
            "address_ar": clean_line(changes.address_ar, "address_ar", ADDRESS_MAX),
        }
        if values["email"] and ("@" not in values["email"] or " " in values["email"]):
            raise ValidationError("invalid", field="email")
        if not 0 <= changes.summary_notes <= SUMMARY_NOTES_MAX:
            raise ValidationError("invalid", field="summary_notes")
        new_mime = logo_mime(changes.logo) if changes.logo is not None else None
        with self._tx() as s:
            row = s.get(DepartmentSetting, SETTINGS_ID)
            if row is None:  # a database whose row was never written (revision 0011 writes it)
                raise ValidationError("department_settings_missing")
            self._check_version(row, version)
            changed = [k for k, v in values.items() if getattr(row, k) != v]
            for key, value in values.items():
                setattr(row, key, value)
            if row.summary_notes != changes.summary_notes:
                row.summary_notes = changes.summary_notes
                changed.append("summary_notes")
            days = _response_days(row, changes)
            for urgency, n_days in days.items():
                column = f"response_days_{urgency}"
                if getattr(row, column) != n_days:
                    setattr(row, column, n_days)
                    changed.append(column)
            if new_mime is not None and changes.logo != row.logo:
                row.logo, row.logo_mime = changes.logo, new_mime
                changed.append("logo")
            elif changes.clear_logo and changes.logo is None and row.logo is not None:
                row.logo, row.logo_mime = None, ""
                changed.append("logo")
            row.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity="department_settings", entity_id=SETTINGS_ID,
                        detail={"fields": changed})
            return _dto(row)
