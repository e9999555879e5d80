"""Issue 6, hole 2, attacked the way it was found: the administrator's own PostgreSQL login with raw SQL,
inside a transaction that is rolled back. Whatever column of ``users`` he may write, on his own row or on
another's (a name swap makes the policies take him for someone else), he reads no case row; the roads that
do change a role (the definer functions) need a second person's committed decision; the read auditor of
pgaudit is configured."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

import models.tables  # noqa: F401  (the metadata with the declarations)
from models.base import Base
from models.security import AUDITOR_ROLE, declaration_of
from tests.support import RUN_TAG, World, as_login, pg_admin_connection

pytestmark = pytest.mark.postgres_only
REFUSED = "42501"
CASE_TABLES = sorted(t.name for t in Base.metadata.sorted_tables
                     if (d := declaration_of(t)) is not None and d.holds_case_content)



def case_rows(c: Connection) -> int:
    """The case rows the login reads (a table it may not read at all, e.g. audit_event_files for the admin:
    none)."""
    readable = [t for t in CASE_TABLES
                if c.execute(text("SELECT has_table_privilege(:t, 'SELECT')"), {"t": t}).scalar_one()]
    return sum(c.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in readable)


def sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str | None:
    return getattr(exc.value.orig, "sqlstate", None)


def test_the_case_tables_are_the_ones_that_matter() -> None:
    assert {"persons", "family_files", "family_members", "case_notes", "tasks"} <= set(CASE_TABLES)


def test_the_admin_reads_no_case_row_after_changing_any_column_he_can_write(pg_world: World) -> None:
    w = pg_world
    admin, manager = w.name("admin"), w.name("manager")
    with as_login(w, "manager") as c:
        assert case_rows(c) > 0  # what the attack was after
    with as_login(w, "admin") as c:
        columns = c.execute(text(
            "SELECT attname FROM pg_attribute WHERE attrelid = 'users'::regclass AND attnum > 0"
            " AND NOT attisdropped AND has_column_privilege('users', attname, 'UPDATE') ORDER BY attnum"
        )).scalars().all()
        assert {"role", "team_id", "username", "active", "full_name"} <= set(columns)
        c.rollback()
        attempts = []
        for col in columns:
            # his own row takes the manager's value; the manager's row takes his (a swap of names or ids)
            attempts.append(f"UPDATE users SET {col} = (SELECT {col} FROM users WHERE username = '{manager}')"
                            f" WHERE username = '{admin}'")
            attempts.append(f"UPDATE users SET {col} = (SELECT {col} FROM users WHERE username = '{admin}')"
                            f" WHERE username = '{manager}'")
        attempts += [
            "UPDATE users SET role = 'manager', team_id = NULL, active = true WHERE username = current_user",
            f"UPDATE users SET username = username || '_x' WHERE username = '{manager}'",
            # a second row for his own login, active, as manager (the name is unique: refused either way)
            "INSERT INTO users (username, full_name, role, active, failed_logins, version, created_by, updated_by)"
            " VALUES (current_user, 'x', 'manager', true, 0, 1, '', '')",
            "SET ROLE maane_manager",
            "GRANT maane_manager TO CURRENT_USER",
            "SELECT maane_request_staff_change((SELECT id FROM users WHERE username = current_user), 'manager',"
            " NULL, true)",
        ]
        for sql in attempts:
            try:
                c.execute(text(sql))
            except DBAPIError:
                c.rollback()
                continue
            assert case_rows(c) == 0, sql  # it went through: it must not have widened anything
            c.rollback()
        # and nothing of the tries stayed
        assert c.execute(text("SELECT role FROM users WHERE username = current_user")).scalar_one() == "admin"


def test_role_and_team_change_only_through_a_second_persons_decision(pg_world: World) -> None:
    w = pg_world
    worker_id = w.users["north_worker"].id
    with as_login(w, "admin") as c:
        for sql in ("UPDATE users SET role = 'manager' WHERE id = :u", "UPDATE users SET team_id = NULL WHERE id = :u"):
            with pytest.raises(DBAPIError) as exc:  # on another's row too: only through a decided change
                c.execute(text(sql), {"u": worker_id})
            assert sqlstate(exc) == REFUSED
            c.rollback()
        # a request rolled back leaves nothing another could approve
        c.execute(text("SELECT maane_request_staff_change(:u, 'manager', NULL, false)"), {"u": worker_id})
        c.rollback()
        assert c.execute(text("SELECT count(*) FROM staff_changes")).scalar_one() == 0
        change = c.execute(text("SELECT maane_request_staff_change(:u, 'team_head', team_id, false) FROM users"
                                " WHERE id = :u"), {"u": worker_id}).scalar_one()
        c.commit()
        with pytest.raises(DBAPIError) as exc:  # who asked does not decide
            c.execute(text("SELECT maane_decide_staff_change(:c, true)"), {"c": change})
        assert sqlstate(exc) == REFUSED
        c.rollback()
        with pytest.raises(DBAPIError) as exc:  # nor may anyone write the change table itself
            c.execute(text("UPDATE staff_changes SET decided_by = 'x', approved = true"))
        assert sqlstate(exc) == REFUSED
        c.rollback()
    with as_login(w, "north_worker") as c:  # nor the staff member concerned
        with pytest.raises(DBAPIError) as exc:
            c.execute(text("SELECT maane_decide_staff_change(:c, true)"), {"c": change})
        assert sqlstate(exc) == REFUSED
        c.rollback()
    with as_login(w, "manager") as c:
        c.execute(text("SELECT maane_decide_staff_change(:c, true)"), {"c": change})
        c.commit()
        assert c.execute(text("SELECT role FROM users WHERE id = :u"), {"u": worker_id}).scalar_one() == "team_head"
        row = c.execute(text("SELECT requested_by, decided_by, approved FROM staff_changes WHERE id = :c"),
                        {"c": change}).one()
        assert tuple(row) == (w.name("admin"), w.name("manager"), True)
        # the audit trigger recorded the request, its decision and the role change, with the logins
        logged = c.execute(text(
            "SELECT user_name, entity, action FROM audit_events WHERE entity IN ('staff_changes', 'users')"
            " AND action LIKE 'db\\_%' ORDER BY id")).all()
        assert (w.name("admin"), "staff_changes", "db_insert") in logged
        assert (w.name("manager"), "users", "db_update") in logged


def test_the_definer_functions_refuse_case_workers_and_the_admins_own_account(pg_world: World) -> None:
    w = pg_world
    with as_login(w, "north_head") as c:
        for sql in ("SELECT maane_request_staff_change(:u, 'manager', NULL, false)",
                    "SELECT maane_set_staff_password(:u, 'SCRAM-SHA-256$4096:x')",
                    "SELECT maane_create_staff_login('zz_new', 'SCRAM-SHA-256$4096:x', 'manager')"):
            with pytest.raises(DBAPIError) as exc:
                c.execute(text(sql), {"u": w.users["north_worker"].id})
            assert sqlstate(exc) == REFUSED
            c.rollback()
    with as_login(w, "admin") as c:
        with pytest.raises(DBAPIError) as exc:  # a clear password is refused (only verifiers)
            c.execute(text("SELECT maane_set_staff_password(:u, 'plain-text')"), {"u": w.users["north_worker"].id})
        assert sqlstate(exc) == "22023"
        c.rollback()


def test_reads_of_the_case_tables_are_set_up_for_pgaudit_object_auditing(pg_world: World) -> None:
    """pgaudit logs a read of a table when pgaudit.role holds a privilege on it. The auditor role holds
    SELECT on every case table and nothing else, nobody is a member of it, and the database names it in
    pgaudit.role; where the server loads pgaudit, a login's session has it."""
    with pg_admin_connection() as c:
        role = c.execute(text("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = :a"),
                         {"a": AUDITOR_ROLE}).one()
        assert tuple(role) == (False, False)
        assert c.execute(text("SELECT count(*) FROM pg_auth_members WHERE roleid = to_regrole(:a)"),
                         {"a": AUDITOR_ROLE}).scalar_one() == 0
        # ALTER DATABASE settings are not copied to a database made from a template: the migrated template
        setting = c.execute(text(
            "SELECT s.setconfig FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase"
            " WHERE d.datname = :d AND s.setrole = 0"), {"d": f"{RUN_TAG}_template"}).scalar_one()
        assert f"pgaudit.role={AUDITOR_ROLE}" in setting
        preloaded = "pgaudit" in c.execute(text("SHOW shared_preload_libraries")).scalar_one()
    with as_login(pg_world, "admin") as c:
        granted = c.execute(text(
            "SELECT c.relname, a.privilege_type FROM pg_class c, aclexplode(c.relacl) a"
            " WHERE a.grantee = to_regrole(:a) AND c.relnamespace = to_regnamespace(current_schema())"),
            {"a": AUDITOR_ROLE}).all()
        assert sorted(granted) == [(t, "SELECT") for t in CASE_TABLES]
        if preloaded:
            assert c.execute(text("SHOW pgaudit.role")).scalar_one() == AUDITOR_ROLE
