"""Migrations: a database at an older revision upgrades to the one this code expects, keeping its rows."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from models.db import make_engine
from models.migrate import head, is_current, upgrade
from models.settings import SCHEMA_REVISION
from tests.support import RUN_TAG, create_pg_database, drop_pg_database


@pytest.fixture
def empty_url(backend: str, tmp_path: Path):
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mig_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


def test_0002_adds_an_empty_description_to_existing_tasks(empty_url):
    assert head() == SCHEMA_REVISION
    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0001") == "0001"
        assert not is_current(engine)
        with engine.begin() as c:
            c.execute(text("INSERT INTO teams (name, version, created_by, updated_by) VALUES ('צוות', 1, 't', 't')"))
            c.execute(text("INSERT INTO users (username, full_name, role, team_id, active, failed_logins, version,"
                           " created_by, updated_by) VALUES ('w', 'עובדת', 'family_worker', 1, true, 0, 1, 't', 't')"))
            c.execute(text("INSERT INTO family_files (file_number, family_name, family_name_key, address, locality,"
                           " neighbourhood, status, opened_on, close_reason, worker_id, team_id, restricted,"
                           " version, created_by, updated_by) VALUES ('2025/0001', 'משפחה', 'משפחה', '', '', '',"
                           " 'open', '2025-01-01', '', 1, 1, false, 1, 't', 't')"))
            c.execute(text("INSERT INTO tasks (file_id, title, due_date, assignee_id, done, version, created_by,"
                           " updated_by) VALUES (1, 'ישנה', NULL, 1, false, 1, 't', 't')"))
        assert upgrade(engine, "0002") == "0002"
        with engine.connect() as c:
            assert c.execute(text("SELECT title, description FROM tasks")).one() == ("ישנה", "")
    finally:
        engine.dispose()
