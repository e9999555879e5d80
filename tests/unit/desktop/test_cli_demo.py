"""Issue 6, hole 8: ``maane seed demo`` on a PostgreSQL server creates server-wide logins that all share the
demo password. It refuses unless asked explicitly (--pg-logins / --yes-create-logins), says what it would
create, and writes nothing."""

from __future__ import annotations

import pytest

from desktop.cli import main as cli
from models.db import make_engine, schema_revision
from seeds.demo import DEMO_PASSWORD, STAFF, DemoLogin, demo_logins
from tests.support import RUN_TAG, create_pg_database, drop_pg_database, pg_admin_url


@pytest.fixture
def empty_pg():
    if not pg_admin_url():
        pytest.skip("PostgreSQL not configured (set MAANE_TEST_DATABASE_URL; CI does)")
    name = f"{RUN_TAG}_demo_cli"
    url = create_pg_database(name)
    yield url
    drop_pg_database(name)


@pytest.mark.postgres_only
@pytest.mark.parametrize("extra", [[], ["--if-empty"]])
def test_seed_demo_on_postgres_refuses_without_consent_and_says_what_it_would_create(
        empty_pg, extra, monkeypatch, capsys):
    called: list[object] = []
    monkeypatch.setattr("seeds.demo.seed_demo", lambda *a, **k: called.append(a) or [])
    assert cli(["seed", "demo", *extra, "--database", empty_pg]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert err.startswith(f"maane: not seeded: on a PostgreSQL server the demo creates {len(STAFF)} server-wide logins")
    assert f"all with the same password ({DEMO_PASSWORD})" in err and "--pg-logins" in err
    for username, _full, role, _team in STAFF:
        assert f"  {username:<16} {role}\n" in err
    assert called == []
    engine = make_engine(empty_pg)
    try:  # nothing written: not even the schema
        assert schema_revision(engine) is None
    finally:
        engine.dispose()


@pytest.mark.postgres_only
@pytest.mark.parametrize("flag", ["--pg-logins", "--yes-create-logins"])
def test_seed_demo_on_postgres_goes_ahead_when_asked_and_names_the_logins(empty_pg, flag, monkeypatch, capsys):
    # The demo itself (300 files, the real logins) is loaded in tests/unit/test_seeds.py under a prefix of
    # the test run; here the seeding is replaced, the command's decision and words are what is tested.
    seeded: list[dict] = []

    def fake_seed(db, **kw) -> list[DemoLogin]:
        seeded.append(kw)
        return demo_logins()

    monkeypatch.setattr("seeds.demo.seed_demo", fake_seed)
    assert cli(["seed", "demo", flag, "--database", empty_pg]) == 0
    out = capsys.readouterr().out
    assert seeded == [{}]  # with its logins (pg_logins defaults to True)
    assert f"Created {len(STAFF)} server-wide PostgreSQL logins, all with the password below" in out
    assert out.rstrip().endswith(f"password: {DEMO_PASSWORD}")
    assert all(f"  {u:<16} {role:<22} {full}" in out for u, full, role, _t in STAFF)


def test_seed_demo_on_sqlite_needs_no_flag(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("seeds.demo.seed_demo", lambda db, **kw: demo_logins())
    assert cli(["seed", "demo", "--database", f"sqlite:///{tmp_path / 'demo.sqlite'}"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Demo data loaded. Demo logins") and "server-wide" not in out
