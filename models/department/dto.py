"""Plain, frozen data of the department area: the settings every printed form carries."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Letterhead:
    """The department's letterhead, as the administrator set it in the department settings."""

    municipality: str
    department: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # the logo image file's bytes (PNG or JPEG), None for no logo
