"""Each table's security comes from its declaration (models/security.py): revision 0001 runs a frozen script,
later revisions run the SQL they froze, and a migrated PostgreSQL database matches the declaration of every
table, so a table without its policy, grants or audit trigger fails here."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Connection, ForeignKey, Integer, MetaData, Table, Text, create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

import models.security as security
import models.tables  # noqa: F401  (registers every table on the metadata)
from models.base import Base
from models.security import (
    Scope,
    TableSecurity,
    declaration_of,
    live_security_sql,
    run_postgres_script,
    secure_table,
    secured,
    security_problems,
    table_security_sql,
    undeclared_tables,
)
from tests.support import World, as_login

ROOT = Path(__file__).resolve().parents[3]
SQL_DIR = ROOT / "models" / "migrations" / "sql"
# The SQL files revisions run, frozen: revision 0001's script as it was applied to every database made
# before models.security existed, and any later revision's own file. Never change a hash: a changed script
# makes new databases differ from old ones. Change the database in a new revision (its own SQL, or
# secure_table for a table).
FROZEN_SQL = {
    "0001_security.sql": "1bd80321758a48461af066977f92c2585310a9f8e374e16549b6580097d0971d",
    "0005_close_holes.sql": "d21a8e7fd0aef5ee8550a6f6d93e6dc9a1d59748f6da8ff0dcc94984e723d053",
    "0008_search_speed.sql": "17b10c42b32216057b9f7e6564d2fc9e7767ef913a19eb248a472c337fe04cb5",
    "0010_search_order.sql": "3ce1ff7013f0b17c338d956734154b18c65ccea016e74e15418490a6f3d2d52d",
    "0010_search_order_down.sql": "998a7823f05c7cc0906172721940e60693ea7b798c1565c2ce4345c06ecc8478",
    "0007_staff_changes.sql": "9cb3f70cd858a77ade7fc41db83ee7d8a50aebc9ac24ab704502bae44e00c6a9",
    "0009_access_log.sql": "1e08f9f07257d016359c2746910603e4d566dbcf06d7ce6cbb451955e3cca7fd",
    "0012_search_words.sql": "45bfd7d2fac64df5d4da2c934feb183466f43cd954a74e3544c28c304bf56a7c",
    "0012_search_words_down.sql": "87c833acca94bcb164b81b913bba4291ab39068d41d8734368a253fd4ced70cd",
}
RLS_VIOLATION = "42501"


# --- without a database -------------------------------------------------------------------------------


def test_revisions_run_frozen_scripts_and_no_live_one() -> None:
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SQL_DIR.glob("*.sql")}
    assert files == FROZEN_SQL  # postgres_security.sql, the live script 0001 used to run, is gone
    source = (ROOT / "models" / "migrations" / "versions" / "0001_initial_schema.py").read_text(encoding="utf-8")
    assert re.findall(r'"([\w.]+\.sql)"', source) == ["0001_security.sql"]
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"migrations/sql/*.sql"' in pyproject  # shipped with the package


def test_every_table_declares_its_security() -> None:
    assert undeclared_tables(Base.metadata) == []
    scopes = {t.name: declaration_of(t).scope for t in Base.metadata.sorted_tables}  # type: ignore[union-attr]
    revision_0001 = {
        "audit_events": Scope.AUDIT,
        "case_notes": Scope.FILE,
        "family_files": Scope.FILE_ROOT,
        "family_members": Scope.FILE,
        "file_access": Scope.FILE,
        "person_name_keys": Scope.PERSON,
        "person_phones": Scope.PERSON,
        "persons": Scope.PERSON_ROOT,
        "tasks": Scope.FILE,
        "teams": Scope.REFERENCE,
        "users": Scope.REFERENCE,
    }
    assert {name: scopes[name] for name in revision_0001} == revision_0001  # as 0001's script secured them
    other = MetaData()
    Table("forgotten", other, Column("id", Integer, primary_key=True))
    assert undeclared_tables(other) == ["forgotten"]


def test_declarations_refuse_what_cannot_be_secured() -> None:
    for bad in (
        lambda: TableSecurity(scope=Scope.FILE),  # which column holds the file?
        lambda: TableSecurity.file("family_file_id"),  # the audit trigger records file_id only
        lambda: TableSecurity.person(""),
        lambda: TableSecurity.file(grants={"superuser": ["SELECT"]}),
        lambda: TableSecurity.file(grants={"all": ["TRUNCATE"]}),
        lambda: TableSecurity.file("file_id; drop table x"),
        lambda: TableSecurity(scope=Scope.NONE, grants=(("all", ("SELECT",)),)),
        lambda: TableSecurity(scope=Scope.REFERENCE, file_column="file_id"),
        lambda: TableSecurity.file(signed_column="signed_at"),  # whose draft is it?
        lambda: TableSecurity.file(author_column="author_id; --"),
        lambda: TableSecurity(scope=Scope.PERSON, person_column="person_id", author_column="author_id"),
        lambda: TableSecurity(scope=Scope.REFERENCE, assignee_column="user_id"),
        lambda: TableSecurity(scope=Scope.FILE, file_column="file_id", insert_columns=("file_id",)),
        lambda: TableSecurity.file(confidential_column="confidential"),  # whose rows are confidential to?
    ):
        with pytest.raises(ValueError):
            bad()
    with pytest.raises(ValueError):
        table_security_sql("x; drop", TableSecurity.file())
    with pytest.raises(ValueError):  # the scopes of the three tables revision 0001's functions name
        table_security_sql("clubs", TableSecurity.file_root())


class _RecordingOp:
    """What a migration's ``op`` gives secure_table: the connection (here a PostgreSQL one that records)."""

    def __init__(self, dialect: str) -> None:
        self.dialect = type("D", (), {"name": dialect})()
        self.scripts: list[str] = []

    def get_bind(self) -> Any:
        return self


def test_a_migration_runs_the_sql_it_froze_whatever_the_declaration_says_later(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frozen = live_security_sql(Base.metadata, "tasks")  # what the migration's author pasted
    op = _RecordingOp("postgresql")
    monkeypatch.setattr(security, "run_script", lambda bind, sql: bind.scripts.append(sql))

    secure_table(op, "tasks", frozen)
    # Later the declaration changes (tasks may be deleted, and link a person) ...
    tasks = Base.metadata.tables["tasks"]
    monkeypatch.setitem(tasks.info, "security", TableSecurity.file("file_id", person_column="assignee_id",
                                                                   delete=True))
    changed = live_security_sql(Base.metadata, "tasks")
    grant = "GRANT SELECT, INSERT, UPDATE, DELETE ON tasks TO maane_app;"
    assert grant in changed and grant not in frozen and "tasks.assignee_id" in changed
    # ... and the migration, run on a new database, still applies what it applied before.
    secure_table(op, "tasks", frozen)
    assert op.scripts == [frozen, frozen]

    with pytest.raises(ValueError):  # the SQL frozen for another table
        secure_table(op, "case_notes", frozen)
    sqlite = _RecordingOp("sqlite")
    secure_table(sqlite, "tasks", frozen)
    run_postgres_script(sqlite, "CREATE OR REPLACE FUNCTION f() ...")
    assert sqlite.scripts == []  # one PC: no logins, no policies
    run_postgres_script(op, "SELECT 1;")
    assert op.scripts[-1] == "SELECT 1;"


def test_the_command_prints_the_sql_to_freeze_into_a_migration(capsys: pytest.CaptureFixture[str]) -> None:
    assert security._main(["case_notes"]) == 0
    namespace: dict[str, Any] = {}
    exec(capsys.readouterr().out, namespace)  # our own output: a constant and comments
    assert namespace["SECURITY_CASE_NOTES"] == live_security_sql(Base.metadata, "case_notes")
    assert security._main([]) == 2


# --- on PostgreSQL ------------------------------------------------------------------------------------


@pytest.fixture
def owner(pg_world: World) -> Iterator[Engine]:
    """The migrated test database (with the world's staff logins and files), as its owner (a superuser)."""
    engine = create_engine(pg_world.url, poolclass=NullPool)
    yield engine
    engine.dispose()



def _sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str | None:
    return getattr(exc.value.orig, "sqlstate", None)


@pytest.mark.postgres_only
def test_the_migrated_database_matches_every_declaration(owner: Engine) -> None:
    with owner.connect() as c:
        assert security_problems(c, Base.metadata) == []
        # nothing in the database escapes the metadata (and so its declaration)
        tables = set(c.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    assert tables - set(Base.metadata.tables) == {"alembic_version"}


@pytest.mark.postgres_only
def test_the_check_names_every_table_that_lost_part_of_its_security(
    owner: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    with owner.connect() as c:
        c.exec_driver_sql("DROP POLICY case_notes_access ON case_notes")
        c.exec_driver_sql("DROP TRIGGER maane_audit ON tasks")
        c.exec_driver_sql("ALTER TABLE file_access NO FORCE ROW LEVEL SECURITY")
        c.exec_driver_sql("GRANT DELETE ON persons TO maane_family_worker")
        c.exec_driver_sql("REVOKE UPDATE ON family_members FROM maane_app")
        c.exec_driver_sql(
            "ALTER POLICY person_phones_access ON person_phones USING (true)"
        )
        problems = security_problems(c, Base.metadata)
        assert problems == [
            "persons: grant not in its declaration: table  maane_family_worker DELETE false",
            "person_phones: policy person_phones_access differs from its declaration "
            + problems[1].split("differs from its declaration ", 1)[1],
            "case_notes: policy case_notes_access missing",
            "family_members: grant missing: table  maane_app UPDATE false",
            "file_access: row-level security forced is False, its declaration (scope file) says True",
            "tasks: trigger maane_audit missing",
        ]
        assert "(is ('PERMISSIVE', ('maane_app',), 'ALL', 'true', " in problems[1]  # USING (true) now
        c.rollback()
        # A declaration changed in the code without a migration that applies it fails the check too.
        tasks = declaration_of(Base.metadata.tables["tasks"])  # as declared (revision 0022), with DELETE
        assert tasks is not None
        monkeypatch.setitem(Base.metadata.tables["tasks"].info, "security",
                            replace(tasks, grants=(("all", ("SELECT", "INSERT", "UPDATE", "DELETE")),)))
        assert security_problems(c, Base.metadata) == ["tasks: grant missing: table  maane_app DELETE false"]
        monkeypatch.setitem(Base.metadata.tables["tasks"].info, "security", None)
        assert security_problems(c, Base.metadata, ["tasks"]) == [
            "tasks: declares no security (Table.info['security'])"
        ]


def _probe(metadata: MetaData, name: str, declaration: TableSecurity, *, person: bool = False) -> Table:
    cols = [
        Column("id", Integer, primary_key=True),
        Column("file_id", Integer, ForeignKey("family_files.id"), nullable=False),
        Column("body", Text, nullable=False),
    ]
    if person:
        cols.append(Column("person_id", Integer, ForeignKey("persons.id"), nullable=False))
    Table("family_files", metadata, Column("id", Integer, primary_key=True))
    Table("persons", metadata, Column("id", Integer, primary_key=True))
    return Table(name, metadata, *cols, info=secured(declaration))


@pytest.mark.postgres_only
def test_a_new_file_table_created_without_its_security_fails_the_check(owner: Engine) -> None:
    md = MetaData()
    probe = _probe(md, "committee_probe", TableSecurity.file("file_id"))
    with owner.connect() as c:
        probe.create(c)
        problems = security_problems(c, md, ["committee_probe"])
        c.rollback()
    assert problems == [
        "committee_probe: row-level security enabled is False, its declaration (scope file) says True",
        "committee_probe: row-level security forced is False, its declaration (scope file) says True",
        "committee_probe: policy committee_probe_access missing",
        "committee_probe: grant missing: sequence committee_probe_id_seq maane_app SELECT false",
        "committee_probe: grant missing: sequence committee_probe_id_seq maane_app USAGE false",
        "committee_probe: grant missing: table  maane_app INSERT false",
        "committee_probe: grant missing: table  maane_app SELECT false",
        "committee_probe: grant missing: table  maane_app UPDATE false",
        "committee_probe: trigger maane_audit missing",
        "committee_probe: the read auditor maane_auditor has no SELECT on it (pgaudit would not log its reads;"
        " revision 0007)",
    ]


@pytest.mark.postgres_only
def test_a_new_file_table_secured_by_its_migration_hides_other_teams_rows(
    pg_world: World, owner: Engine
) -> None:
    w = pg_world
    north, south = w.files["cohen"], w.files["haddad"]  # north team's file; south team's
    md = MetaData()
    probe = _probe(md, "committee_probe", TableSecurity.file("file_id", person_column="person_id"), person=True)
    frozen = live_security_sql(md, "committee_probe")

    class Op:  # what Alembic's op gives the helper
        def __init__(self, bind: Connection) -> None:
            self.bind = bind

        def get_bind(self) -> Connection:
            return self.bind

    with owner.begin() as c:
        probe.create(c)
        secure_table(Op(c), "committee_probe", frozen)
        assert security_problems(c, md, ["committee_probe"]) == []
        for fid, pid, body in ((north, w.persons["cohen_father"], "north"),
                               (south, w.persons["haddad_father"], "south")):
            c.execute(text("INSERT INTO committee_probe (file_id, person_id, body) VALUES (:f, :p, :b)"),
                      {"f": fid, "p": pid, "b": body})

    insert = text("INSERT INTO committee_probe (file_id, person_id, body) VALUES (:f, :p, 'x') RETURNING id")
    with as_login(w, "north_worker") as c:
        assert set(c.execute(text("SELECT body FROM committee_probe")).scalars()) == {"north"}
        assert c.execute(text("UPDATE committee_probe SET body = 'y' WHERE file_id = :f"), {"f": south}).rowcount == 0
        with pytest.raises(DBAPIError) as exc, c.begin_nested():  # DELETE was not granted
            c.execute(text("DELETE FROM committee_probe"))
        assert _sqlstate(exc) == "42501"
        # a row pointing at a file the worker cannot see is refused ...
        with pytest.raises(DBAPIError) as exc, c.begin_nested():
            c.execute(insert, {"f": south, "p": w.persons["haddad_father"]})
        assert _sqlstate(exc) == RLS_VIOLATION
        # ... so is moving a row there, or linking a person the worker cannot see to an own file
        with pytest.raises(DBAPIError) as exc, c.begin_nested():
            c.execute(text("UPDATE committee_probe SET file_id = :s WHERE file_id = :n"), {"s": south, "n": north})
        assert _sqlstate(exc) == RLS_VIOLATION
        with pytest.raises(DBAPIError) as exc, c.begin_nested():
            c.execute(insert, {"f": north, "p": w.persons["haddad_father"]})
        assert _sqlstate(exc) == RLS_VIOLATION
        new_id = c.execute(insert, {"f": north, "p": w.persons["cohen_child"]}).scalar_one()
        c.commit()
    with as_login(w, "south_worker") as c:
        assert set(c.execute(text("SELECT body FROM committee_probe")).scalars()) == {"south"}
    with as_login(w, "admin") as c:  # no case content for the administrator
        assert c.execute(text("SELECT count(*) FROM committee_probe")).scalar_one() == 0
    with owner.connect() as c:  # the change is in the audit, with the login and the file
        row = c.execute(text(
            "SELECT user_name, action, file_id FROM audit_events WHERE entity = 'committee_probe' "
            "AND entity_id = :i"), {"i": new_id}).one()
    assert tuple(row) == (w.name("north_worker"), "db_insert", north)


@pytest.mark.postgres_only
def test_grants_per_role_decide_who_may_write_a_new_table(pg_world: World, owner: Engine) -> None:
    w = pg_world
    north = w.files["cohen"]
    md = MetaData()
    probe = _probe(md, "meeting_probe", TableSecurity.file(
        grants={"all": ["SELECT"], "committee_coordinator": ["INSERT", "UPDATE"]}))
    sql = live_security_sql(md, "meeting_probe")
    assert "GRANT INSERT, UPDATE ON meeting_probe TO maane_committee_coordinator;" in sql
    with owner.begin() as c:
        probe.create(c)
        security.run_script(c, sql)
        assert security_problems(c, md, ["meeting_probe"]) == []
    insert = text("INSERT INTO meeting_probe (file_id, body) VALUES (:f, 'x')")
    with as_login(w, "coordinator") as c:  # the committee coordinator writes (department-wide, non-restricted)
        c.execute(insert, {"f": north})
        assert c.execute(text("SELECT count(*) FROM meeting_probe")).scalar_one() == 1
        c.commit()
    with as_login(w, "north_worker") as c:  # the file's own worker reads it, and may not write
        assert c.execute(text("SELECT count(*) FROM meeting_probe")).scalar_one() == 1
        with pytest.raises(DBAPIError) as exc:
            c.execute(insert, {"f": north})
        assert _sqlstate(exc) == "42501" and "permission denied" in str(exc.value)
