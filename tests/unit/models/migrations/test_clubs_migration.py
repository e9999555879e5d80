"""Revision 0017 (clubs): a database at 0016 with a club request upgrades, keeping it (waiting, with the new
columns' values), gets the nine club tables and club_requests' new columns exactly as the metadata declares
them (Alembic's comparison finds no difference) and, on PostgreSQL, their declared security, the re-secured
club_requests, case_notes, referrals and referral_persons, the guard and the definer functions; the downgrade
removes them, keeps the request and puts back revision 0016's security; and up again."""

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
from tests.unit.models.migrations import secured_as_before_0017

TABLES = ("clubs", "club_routes", "club_calendar_days", "club_enrolments", "club_collectors", "club_attendance",
          "club_fee_adjustments", "club_fee_charges", "club_payments")
RESECURED = ("club_requests", "case_notes", "referrals", "referral_persons")
FUNCTIONS = ("maane_club_guard", "maane_club_seat", "maane_club_child_enrolled", "maane_club_counts",
             "maane_last_referral_number")
NEW_COLUMNS = ("preferred_club_id", "risk", "source_name", "source_contact", "pinned_rank", "rank_reason",
               "closed_on", "close_reason", "close_note")
STAMPS = "1, 't', 't'"


@pytest.fixture
def empty_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mig17_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


def _differences(conn: Connection) -> list[object]:
    """What Alembic's autogenerate would change in the club tables to match the metadata."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from models.base import Base

    context = MigrationContext.configure(conn, opts={"compare_type": True})
    out = []
    for diff in compare_metadata(context, Base.metadata):
        changes = diff if isinstance(diff, list) else [diff]
        for change in changes:
            if any(f"'{name}'" in repr(change) for name in (*TABLES, "club_requests")):
                out.append(change)
    return out


def _functions(c: Connection) -> int:
    return int(c.execute(text("SELECT count(*) FROM pg_proc WHERE proname = ANY (:n)"),
                         {"n": list(FUNCTIONS)}).scalar_one())


def _a_request_at_0016(c: Connection) -> None:
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
    c.execute(text("INSERT INTO club_requests (file_id, person_id, route, reason, goals, urgency, requested_by_id,"
                   " requested_on, status, version, created_by, updated_by) VALUES (1, 1, 'family_worker',"
                   f" 'קשיים חברתיים', '', 'week', 1, '2026-09-01', 'waiting', {STAMPS})"))


def test_0017_adds_the_club_tables_and_downgrades(empty_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import security_problems

    engine = make_engine(empty_url)
    request = "SELECT reason, status, risk, source_name, pinned_rank, rank_reason, closed_on, close_reason FROM club_requests"
    try:
        assert upgrade(engine, "0016") == "0016"
        with engine.begin() as c:
            _a_request_at_0016(c)
        assert upgrade(engine, "0017") == "0017"
        with engine.connect() as c:
            assert c.execute(text(request)).one() == ("קשיים חברתיים", "waiting", "medium", "", None, "", None, "")
            for table in TABLES:
                assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, [*TABLES, *RESECURED]) == []
                assert _functions(c) == len(FUNCTIONS)
                triggers = c.execute(text(
                    "SELECT c.relname, t.tgtype FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    " WHERE t.tgname = 'maane_guard' AND c.relname LIKE 'club%'")).all()
                # BEFORE (2) ROW (1) INSERT (4) UPDATE (16), and DELETE (8) of a collector; the routes, the
                # calendar and the requests too (not the clubs)
                assert dict(triggers) == {**{t: 23 for t in (*TABLES[1:], "club_requests")}, "club_collectors": 31}
        with engine.begin() as c, pytest.raises(DBAPIError):  # a withdrawn request says why
            c.execute(text("UPDATE club_requests SET status = 'withdrawn', closed_on = '2026-10-01'"))
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0016")
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0016"
            assert c.execute(text("SELECT reason, status FROM club_requests")).one() == ("קשיים חברתיים", "waiting")
            for table in TABLES:
                with pytest.raises(DBAPIError):
                    c.execute(text(f"SELECT 1 FROM {table}"))
                c.rollback()
            for column in NEW_COLUMNS:
                with pytest.raises(DBAPIError):
                    c.execute(text(f"SELECT {column} FROM club_requests"))
                c.rollback()
            if c.dialect.name == "postgresql":
                assert _functions(c) == 0
                secured_as_before_0017(monkeypatch)
                assert security_problems(c, Base.metadata, list(RESECURED)) == []
                monkeypatch.undo()
        assert upgrade(engine, "0017") == "0017"  # and up again
        with engine.connect() as c:
            assert _differences(c) == []
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, [*TABLES, *RESECURED]) == []
    finally:
        engine.dispose()
