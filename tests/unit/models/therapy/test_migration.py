"""Revision 0021 (the therapy centre): a database at 0020 with a family file upgrades, gets
``therapy_referrals`` exactly as the metadata declares it (Alembic's comparison finds no difference), its
CHECKs and unique indexes on both backends and, on PostgreSQL, its declared security and the guard; the
downgrade removes them and keeps the file; and up again."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from models.db import make_engine
from models.migrate import upgrade
from tests.support import RUN_TAG, create_pg_database, drop_pg_database

TABLE = "therapy_referrals"
STAMPS = "1, 't', 't'"
INSERT = ("INSERT INTO therapy_referrals (file_id, subject, person_id, kind, reason, referred_on, referred_by_id,"
          " status, therapist, started_on, sessions_held, ended_on, end_reason, end_note, version, created_by,"
          " updated_by) VALUES (1, :subject, :person, :kind, 'חרדה', '2026-09-01', 1, :status, :therapist, :started,"
          f" 0, NULL, '', '', {STAMPS})")


@pytest.fixture
def empty_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mig21_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


def _differences(conn: Connection) -> list[object]:
    """What Alembic's autogenerate would change in therapy_referrals to match the metadata."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from models.base import Base

    context = MigrationContext.configure(conn, opts={"compare_type": True})
    out = []
    for diff in compare_metadata(context, Base.metadata):
        changes = diff if isinstance(diff, list) else [diff]
        out += [change for change in changes if f"'{TABLE}'" in repr(change)]
    return out


def _a_file_at_0020(c: Connection) -> None:
    c.execute(text("INSERT INTO teams (name, version, created_by, updated_by) VALUES ('צוות', 1, 't', 't')"))
    c.execute(text("INSERT INTO users (username, full_name, role, team_id, active, failed_logins, version,"
                   f" created_by, updated_by) VALUES ('w', 'עובדת', 'family_worker', 1, true, 0, {STAMPS})"))
    c.execute(text("INSERT INTO family_files (file_number, family_name, family_name_key, address, locality,"
                   " neighbourhood, status, opened_on, close_reason, worker_id, team_id, restricted, version,"
                   " created_by, updated_by) VALUES ('2026/0001', 'משפחה', 'משפחה', '', '', '', 'open',"
                   f" '2026-01-01', '', 1, 1, false, {STAMPS})"))
    c.execute(text("INSERT INTO persons (id_kind, id_number, first_name, last_name, first_name_ar, last_name_ar,"
                   " first_name_lat, last_name_lat, sex, preferred_language, first_name_key, last_name_key,"
                   " search_key, version, created_by, updated_by) VALUES ('none', NULL, 'נועה', 'משפחה', '', '',"
                   f" '', '', 'f', 'he', 'נועה', 'משפחה', 'נועה משפחה', {STAMPS})"))
    c.execute(text("INSERT INTO family_members (file_id, person_id, relation) VALUES (1, 1, 'child')"))


def _refused(engine: object, **params: object) -> None:
    with engine.begin() as c, pytest.raises(DBAPIError):  # type: ignore[attr-defined]
        c.execute(text(INSERT), params)


def test_0021_adds_the_therapy_referrals_and_downgrades(empty_url: str) -> None:
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import security_problems

    engine = make_engine(empty_url)
    ok = {"subject": "child", "person": 1, "kind": "emotional", "status": "waiting", "therapist": "", "started": None}
    try:
        assert upgrade(engine, "0020") == "0020"
        with engine.begin() as c:
            _a_file_at_0020(c)
        assert upgrade(engine, "0021") == "0021"
        with engine.connect() as c:
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, [TABLE]) == []
                trigger = c.execute(text(
                    "SELECT p.proname, t.tgtype FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    " JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgname = 'maane_guard' AND c.relname = :t"),
                    {"t": TABLE}).one()
                assert tuple(trigger) == ("maane_therapy_guard", 23)  # BEFORE ROW INSERT UPDATE
        with engine.begin() as c:  # the owner of the tables
            c.execute(text(INSERT), ok)
        # the CHECKs and the unique index of one open referral per person and kind, on both backends
        _refused(engine, **ok)  # a second open emotional therapy of the child
        _refused(engine, **{**ok, "kind": "parent_guidance"})  # not for a child
        _refused(engine, **{**ok, "kind": "art", "therapist": "נעמה"})  # waiting, with a therapist
        _refused(engine, **{**ok, "kind": "art", "subject": "family"})  # the family names nobody
        _refused(engine, **{**ok, "kind": "group", "subject": "family", "person": None, "status": "treating"})
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0020")
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0020"
            assert c.execute(text("SELECT family_name FROM family_files")).scalar() == "משפחה"
            with pytest.raises(DBAPIError):
                c.execute(text(f"SELECT 1 FROM {TABLE}"))
            c.rollback()
            if c.dialect.name == "postgresql":
                assert c.execute(text("SELECT count(*) FROM pg_proc WHERE proname = 'maane_therapy_guard'")).scalar() == 0
        assert upgrade(engine, "0021") == "0021"  # and up again
        with engine.connect() as c:
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, [TABLE]) == []
    finally:
        engine.dispose()
