"""Department settings: a fresh database prints the demo town's letterhead; every role reads the settings,
the administrator alone changes them (service and, on PostgreSQL, the grants: a worker's login cannot UPDATE
the row with raw SQL); changes are audited; a logo must be a readable PNG or JPEG of at most 1 MB."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from models.audit.entities import AuditEvent
from models.department.dto import SettingsChanges
from models.department.service import DEFAULT_LETTERHEAD
from models.errors import ConflictError, PermissionDenied, ValidationError
from tests.support import World, as_login

DATA = Path(__file__).resolve().parents[3] / "data"
PNG = (DATA / "logo.png").read_bytes()
JPEG = (DATA / "logo.jpg").read_bytes()
ROLES = ["intake", "north_worker", "north_head", "youth_law", "coordinator", "club", "manager", "admin"]


def _changes(**kw) -> SettingsChanges:
    base = dict(municipality="עיריית נחל צין", department="אגף הרווחה", address="שדרות הדקל 4",
                phone="08-1234567", email="revacha@nahal-tsin.example")
    return SettingsChanges(**(base | kw))


def test_a_fresh_database_has_the_demo_towns_letterhead_and_every_role_reads_it(world: World) -> None:
    for who in ROLES:
        settings = world.services(who).department.settings()
        assert settings.letterhead == DEFAULT_LETTERHEAD, who
        assert "עין הבשור" in settings.letterhead.municipality
        assert settings.summary_notes == 3 and settings.letterhead.logo is None


def test_the_admin_saves_the_letterhead_and_logo_and_it_is_audited(world: World) -> None:
    admin = world.services("admin").department
    before = admin.settings()
    saved = admin.update(before.version, _changes(logo=PNG))
    assert saved.letterhead.municipality == "עיריית נחל צין" and saved.letterhead.logo == PNG
    assert saved.logo_mime == "image/png" and saved.version == before.version + 1
    # what a worker prints now
    assert world.services("north_worker").department.letterhead() == saved.letterhead
    saved = admin.update(saved.version, _changes(logo=JPEG))
    assert saved.logo_mime == "image/jpeg"
    cleared = admin.update(saved.version, _changes(clear_logo=True))
    assert cleared.letterhead.logo is None and cleared.logo_mime == ""
    with world.admin_db.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.entity == "department_settings",
                                                  AuditEvent.action == "update")).all()
    assert [r.user_name for r in rows] == [world.name("admin")] * 3
    assert '"logo"' in rows[0].detail and '"municipality"' in rows[0].detail


@pytest.mark.parametrize("who", ["north_worker", "north_head", "manager", "intake"])
def test_nobody_but_the_admin_changes_the_settings_and_the_attempt_is_recorded(world: World, who: str) -> None:
    svc = world.services(who).department
    with pytest.raises(PermissionDenied):
        svc.update(svc.settings().version, _changes())
    assert svc.settings().letterhead == DEFAULT_LETTERHEAD
    with world.admin_db.session() as s:
        denied = s.scalars(select(AuditEvent).where(AuditEvent.allowed.is_(False),
                                                    AuditEvent.entity == "department_settings")).all()
    assert [d.user_name for d in denied] == [world.name(who)]


@pytest.mark.parametrize("logo, code", [
    (b"", "logo_unreadable"),
    (b"GIF89a" + b"\0" * 40, "logo_unreadable"),  # a GIF: not PNG or JPEG
    (PNG[: len(PNG) // 2], "logo_unreadable"),  # cut off half-way
    (JPEG[:40], "logo_unreadable"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "logo_unreadable"),  # the signature and nothing of an image
    (PNG + b"\0" * (1024 * 1024), "logo_too_large"),
])
def test_a_bad_logo_is_refused_with_a_clear_code_and_nothing_is_saved(world: World, logo: bytes, code: str) -> None:
    admin = world.services("admin").department
    before = admin.settings()
    with pytest.raises(ValidationError) as exc:
        admin.update(before.version, _changes(logo=logo))
    assert exc.value.code == code and exc.value.params["field"] == "logo"
    assert admin.settings() == before


def test_fields_are_checked_and_a_stale_version_is_a_conflict(world: World) -> None:
    admin = world.services("admin").department
    v = admin.settings().version
    for bad, field in [(_changes(municipality="  "), "municipality"), (_changes(department="א" * 121), "department"),
                       (_changes(email="not an address"), "email"), (_changes(summary_notes=-1), "summary_notes")]:
        with pytest.raises(ValidationError) as exc:
            admin.update(v, bad)
        assert exc.value.params["field"] == field
    admin.update(v, _changes())
    with pytest.raises(ConflictError):
        admin.update(v, _changes(phone="08-7654321"))


@pytest.mark.postgres_only
def test_a_worker_login_cannot_update_the_settings_with_raw_sql(pg_world: World) -> None:
    w = pg_world
    with as_login(w, "north_worker") as c:
        assert c.execute(text("SELECT municipality FROM department_settings")).scalar_one() == \
            DEFAULT_LETTERHEAD.municipality  # reads it: it is printed on every form
        for sql in ["UPDATE department_settings SET municipality = 'זיוף' WHERE id = 1",
                    "INSERT INTO department_settings (id, municipality, department, address, phone, email, logo_mime,"
                    " summary_notes, version, created_by, updated_by) VALUES (2, 'x', 'x', '', '', '', '', 3, 1, '', '')",
                    "DELETE FROM department_settings"]:
            with pytest.raises(DBAPIError) as exc:
                c.execute(text(sql))
            assert getattr(exc.value.orig, "sqlstate", None) == "42501", sql  # insufficient privilege
            c.rollback()
    with as_login(w, "manager") as c, pytest.raises(DBAPIError):
        c.execute(text("UPDATE department_settings SET phone = '1'"))
    # the admin's own raw change goes through and the database itself records it
    with as_login(w, "admin") as c:
        c.execute(text("UPDATE department_settings SET phone = '08-1111111'"))
        c.commit()
    with w.admin_db.session() as s:
        row = s.scalars(select(AuditEvent).where(AuditEvent.entity == "department_settings",
                                                 AuditEvent.action == "db_update")).one()
    assert row.user_name == w.name("admin") and "08-1111111" in row.detail


@pytest.mark.postgres_only
def test_the_database_records_a_new_logo_by_its_digest_not_its_bytes(pg_world: World) -> None:
    """A logo can be 1 MB: the audit trigger records its SHA-256 (old and new), not the image twice over."""
    import hashlib

    w = pg_world
    admin = w.services("admin").department
    admin.update(admin.settings().version, _changes(logo=PNG))
    with w.admin_db.session() as s:
        row = s.scalars(select(AuditEvent).where(AuditEvent.entity == "department_settings",
                                                 AuditEvent.action == "db_update")).one()
    assert f"sha256:{hashlib.sha256(PNG).hexdigest()}" in row.detail
    assert PNG[:64].hex() not in row.detail and len(row.detail) < 2000


def test_the_admin_saves_the_arabic_letterhead_and_an_arabic_form_prints_it(world: World) -> None:
    """The Arabic municipality, department and address are stored, read back by a worker and audited; an
    Arabic form prints them, a Hebrew one the Hebrew; an Arabic field left empty prints the Hebrew one."""
    admin = world.services("admin").department
    saved = admin.update(admin.settings().version, _changes(
        municipality_ar="  بلدية نحال تسين ", department_ar="قسم الرفاه", address_ar=""))
    letterhead = world.services("north_worker").department.letterhead()
    assert letterhead == saved.letterhead
    assert (letterhead.municipality_ar, letterhead.department_ar, letterhead.address_ar) == \
        ("بلدية نحال تسين", "قسم الرفاه", "")
    arabic = letterhead.for_language("ar")
    assert (arabic.municipality, arabic.department, arabic.address) == \
        ("بلدية نحال تسين", "قسم الرفاه", "שדרות הדקל 4")  # no Arabic address: the Hebrew one
    assert arabic.phone == "08-1234567" and arabic.email == "revacha@nahal-tsin.example"
    assert letterhead.for_language("he").municipality == "עיריית נחל צין"
    with world.admin_db.session() as s:
        row = s.scalars(select(AuditEvent).where(AuditEvent.entity == "department_settings",
                                                 AuditEvent.action == "update")).one()
    assert all(f'"{f}"' in row.detail for f in ("municipality_ar", "department_ar", "address_ar"))


def test_the_arabic_fields_are_checked_like_the_hebrew_ones(world: World) -> None:
    admin = world.services("admin").department
    before = admin.settings()
    for bad, field, code in [(_changes(municipality_ar="ب" * 121), "municipality_ar", "too_long"),
                             (_changes(department_ar="ب" * 121), "department_ar", "too_long"),
                             (_changes(address_ar="ش" * 201), "address_ar", "too_long"),
                             (_changes(address_ar="شارع\x00"), "address_ar", "text_control_character")]:
        with pytest.raises(ValidationError) as exc:
            admin.update(before.version, bad)
        assert (exc.value.code, exc.value.params["field"]) == (code, field)
    assert admin.settings() == before
    # the invisible direction marks are dropped, as in the Hebrew fields
    saved = admin.update(before.version, _changes(municipality_ar="\u202eبلدية\u202c"))
    assert saved.letterhead.municipality_ar == "بلدية"
