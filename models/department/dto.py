"""Plain, frozen data of the department area: the settings every printed form carries."""

from __future__ import annotations

from dataclasses import dataclass, replace

from models.changes import Changes

LOGO_MAX_BYTES = 1024 * 1024  # a logo image file is at most 1 MB


@dataclass(frozen=True)
class Letterhead:
    """The department's letterhead, as the administrator set it in the department settings."""

    municipality: str
    department: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # the logo image file's bytes (PNG or JPEG), None for no logo
    municipality_ar: str = ""  # the same in Arabic, for forms printed in Arabic ("" prints the Hebrew)
    department_ar: str = ""
    address_ar: str = ""

    def for_language(self, lang: str) -> Letterhead:
        """The letterhead a form in ``lang`` prints: in Arabic ("ar") each Arabic text that is set takes the
        place of the Hebrew one (an empty one falls back to the Hebrew); any other language, unchanged."""
        if lang != "ar":
            return self
        return replace(self, municipality=self.municipality_ar or self.municipality,
                       department=self.department_ar or self.department,
                       address=self.address_ar or self.address)


@dataclass(frozen=True)
class DepartmentSettings:
    """The department settings as stored: the letterhead, the logo's type, what a printed form defaults to.
    ``version``: for the optimistic check when the administrator saves them."""

    letterhead: Letterhead
    logo_mime: str = ""  # "image/png" or "image/jpeg" with a logo, "" without
    version: int = 0
    summary_notes: int = 3  # how many of the last signed notes a family summary offers by default
    # the days within which a referral of each urgency gets an outcome; also the default due date of the
    # first-contact task of a hand-over (intake)
    response_days_immediate: int = 0
    response_days_day: int = 1
    response_days_week: int = 7
    response_days_routine: int = 14

    def response_days(self) -> dict[str, int]:
        """Urgency code (models.codes.URGENCIES) -> days."""
        return {"immediate": self.response_days_immediate, "day": self.response_days_day,
                "week": self.response_days_week, "routine": self.response_days_routine}

    def changes(self) -> Changes:
        return Changes()  # nothing a file view shows (each print reads the settings afresh)


@dataclass(frozen=True)
class SettingsChanges:
    """What the administrator saves. ``logo``: the new image file's bytes; None keeps the logo unless
    ``clear_logo``."""

    municipality: str
    department: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None
    clear_logo: bool = False
    summary_notes: int = 3
    municipality_ar: str = ""
    department_ar: str = ""
    address_ar: str = ""
    # the response days per urgency (0..90, immediate <= day <= week <= routine); None keeps the saved value
    response_days_immediate: int | None = None
    response_days_day: int | None = None
    response_days_week: int | None = None
    response_days_routine: int | None = None
