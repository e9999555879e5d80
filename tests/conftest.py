"""Fixtures: every database test runs on SQLite, and on PostgreSQL when MAANE_TEST_DATABASE_URL is set."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.support import TemplateDatabases, World, build_world, pg_admin_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BACKENDS = ["sqlite"] + (["postgresql"] if pg_admin_url() else [])


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory):
    t = TemplateDatabases(tmp_path_factory.mktemp("templates"))
    yield t
    t.close()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_url(backend: str, templates: TemplateDatabases, tmp_path: Path):
    """A freshly migrated, empty database of the backend under test."""
    if backend == "sqlite":
        yield templates.sqlite_copy(tmp_path / "maane.sqlite")
        return
    from tests.support import drop_pg_database

    name, url = templates.pg_copy()
    yield url
    drop_pg_database(name)


@pytest.fixture
def world(db_url: str, backend: str):
    w: World = build_world(db_url, backend)
    yield w
    w.close()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """The CI guard reads this line: PostgreSQL tests must have run."""
    passed = terminalreporter.stats.get("passed", [])
    n = sum(1 for r in passed if "postgresql" in r.nodeid or "postgres_only" in getattr(r, "keywords", {}))
    terminalreporter.write_line(f"MAANE-POSTGRES-TESTS-RAN: {n}")


@pytest.fixture
def sqlite_world(templates: TemplateDatabases, tmp_path: Path):
    """The world on SQLite only: for what exists only there (Maane's own passwords and lock-out)."""
    w = build_world(templates.sqlite_copy(tmp_path / "maane.sqlite"), "sqlite")
    yield w
    w.close()


@pytest.fixture
def pg_world(templates: TemplateDatabases):
    """The world on PostgreSQL only: for what exists only there (logins, row-level security)."""
    if not pg_admin_url():
        pytest.skip("PostgreSQL not configured (set MAANE_TEST_DATABASE_URL; CI does)")
    from tests.support import drop_pg_database

    name, url = templates.pg_copy()
    w = build_world(url, "postgresql")
    yield w
    w.close()
    drop_pg_database(name)
