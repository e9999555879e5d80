"""Who reads the foster rows on PostgreSQL (revision 0018), as the logins with raw SQL: the family and youth-law
workers, team heads and the manager the rows of the files they see; a family worker of another team none;
the committee coordinator, the club and intake workers and the administrator none at all, though most of
them see the files. The page's definer function answers each login exactly what the policies let her read;
the guard's pipeline is the rules' pipeline."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from models.codes import FOSTER_STATUSES
from models.foster import rules
from models.security import security_problems
from tests.support import World, as_login
from tests.unit.models.foster.pgfoster import TABLES, Foster, count, files_of, foster

__all__ = ["foster"]  # the fixture

PAGE = "SELECT * FROM maane_foster_page(0, 7, '', '', '', 0, 500, 50)"


def test_security_problems_clean(pg_world: World) -> None:
    import models.tables  # noqa: F401
    from models.base import Base

    with pg_world.admin_db.engine.connect() as conn:
        assert security_problems(conn, Base.metadata, list(TABLES)) == []


@pytest.mark.parametrize("who", ["coordinator", "club", "intake", "admin"])
def test_the_roles_without_foster_work_read_no_foster_row(pg_world: World, foster: Foster, who: str) -> None:
    with as_login(pg_world, who) as conn:
        for table in TABLES:
            assert count(conn, table) == 0, table
        assert conn.execute(text(PAGE)).all() == []
        if who in ("coordinator", "club", "intake"):  # they do see the Cohen file itself
            assert conn.execute(text("SELECT count(*) FROM family_files WHERE id = :f"),
                                {"f": pg_world.files["cohen"]}).scalar() == 1


def test_each_reader_reads_the_rows_of_the_files_she_sees(pg_world: World, foster: Foster) -> None:
    w = pg_world
    f = w.files
    for who, files in (("north_worker", {f["cohen"]}), ("youth_law", {f["cohen"]}), ("north_head", {f["cohen"]}),
                       ("south_worker", {f["haddad"]}), ("south_head", {f["haddad"]}),
                       ("manager", {f["cohen"], f["haddad"]})):
        with as_login(w, who) as conn:
            assert files_of(conn, "foster_referrals") == files, who
            for table in TABLES[1:]:
                assert files_of(conn, table) <= files, (who, table)
    with as_login(w, "south_worker") as conn:  # another team's referral: not even by its id
        for table, row in (("foster_referrals", foster.cohen), ("foster_documents", foster.document),
                           ("foster_visits", foster.visit), ("foster_referral_events", foster.event)):
            assert conn.execute(text(f"SELECT count(*) FROM {table} WHERE id = :i"), {"i": row}).scalar() == 0
        # nor changed: an UPDATE finds nothing
        changed = conn.execute(text("UPDATE foster_referrals SET reason = 'x' WHERE id = :i"), {"i": foster.cohen})
        assert changed.rowcount == 0
        conn.rollback()


@pytest.mark.parametrize("who", ["north_worker", "youth_law", "north_head", "south_worker", "south_head", "manager"])
def test_the_page_function_answers_what_the_policies_let_her_read(pg_world: World, foster: Foster, who: str) -> None:
    with as_login(pg_world, who) as conn:
        rows = conn.execute(text(PAGE)).mappings().all()
        counted = {(r["status"], r["kind"]): r["n"] for r in rows if r["part"] == "count"}
        policies = {(st, k): n for st, k, n in conn.execute(text(
            "SELECT status, kind, count(*) FROM foster_referrals GROUP BY status, kind"))}
        assert counted == policies
        listed = [r["id"] for r in rows if r["part"] == "row"]
        assert sorted(listed) == sorted(conn.execute(text("SELECT id FROM foster_referrals")).scalars())
        awaiting = {r["decision_id"] for r in rows if r["part"] == "awaiting"}
        visible = set(conn.execute(text(
            "SELECT d.id FROM committee_decisions d JOIN committee_protocols p ON p.id = d.protocol_id"
            " WHERE d.kind IN ('foster_family', 'residential') AND p.finalised_at IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM foster_referrals x WHERE x.decision_id = d.id)")).scalars())
        assert awaiting == visible
        # a query for the other team's file number finds nothing of it
        other = pg_world.files["haddad" if who.startswith("north") or who == "youth_law" else "cohen"]
        number = conn.execute(text("SELECT file_number FROM family_files WHERE id = :f"), {"f": other}).scalar()
        if number is not None and who != "manager":
            found = conn.execute(text("SELECT id FROM maane_foster_page(0, 7, '', :q, '', 0, 50, 0)"
                                      " WHERE part = 'row'"), {"q": number}).all()
            assert found == []


def test_the_page_function_names_no_user_and_settings_widen_nothing(pg_world: World, foster: Foster) -> None:
    with as_login(pg_world, "south_worker") as conn:
        before = conn.execute(text(PAGE)).all()
        conn.execute(text("SELECT set_config('maane.user', :u, false)"), {"u": pg_world.name("manager")})
        conn.execute(text("SET application_name = 'manager'"))
        assert conn.execute(text(PAGE)).all() == before
        assert {r.id for r in conn.execute(text(PAGE)) if r.part == "row"} == {foster.haddad}


def test_the_guard_moves_as_the_rules_do(pg_world: World) -> None:
    allowed = {(a, b): (2 if back else 1) for a, b, back in rules.transitions()}
    with pg_world.admin_db.engine.connect() as conn:
        for a in FOSTER_STATUSES:
            for b in FOSTER_STATUSES:
                got = conn.execute(text("SELECT maane_foster_transition(:a, :b)"), {"a": a, "b": b}).scalar()
                assert got == allowed.get((a, b), 0), (a, b)
