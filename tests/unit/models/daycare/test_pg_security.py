"""Day-care's security on PostgreSQL (revision 0020), as the logins themselves with raw SQL: the cases are
read only by the day-care roles (family and youth-law workers, team heads, the manager) among those who see
the file; the committee coordinator, the club and intake workers and the administrator read none. The
income-level table is read by every login and written only by the manager and the administrator (the
administrator keeps it, and reads no case); a version some case used is known to all
(``maane_income_tables_in_use``), the definer function that holds a version answers only those who write cases.

The rows are made through the services (as the logins: the guard holds for them): the table of 1 January
2026 (used by the cases) and one of 1 January 2028 (unused), a case of a north toddler (a final and a draft
protocol of hers), a case of a south toddler, another north toddler without a case."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from models.daycare.entities import DAYCARE_READERS
from models.security import security_problems
from tests.support import World, as_login
from tests.unit.models.daycare.daycareworld import make_table, move_today, new_case, protocol, toddler

REFUSED = "42501"  # insufficient_privilege: a missing grant, a policy's WITH CHECK, the guard's sentences
RULE = "23514"  # check_violation: a CHECK constraint, and the guard's codes (the MESSAGE is the code)
TABLES = ("income_tables", "income_levels", "daycare_cases")
EVERYONE = ("intake", "north_worker", "north_worker2", "south_worker", "north_head", "south_head", "youth_law",
            "coordinator", "club", "manager", "admin")


def sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


def message(exc: DBAPIError) -> str | None:
    diag = getattr(exc.orig, "diag", None)
    return getattr(diag, "message_primary", None)


def refused(conn: Connection, sql: str, state: str = REFUSED, expected: str | None = None, **params: Any) -> None:
    """The statement is refused with that SQLSTATE (and, for the guard's codes, exactly that MESSAGE); the
    transaction rolled back."""
    with pytest.raises(DBAPIError) as exc:
        conn.execute(text(sql), params)
    assert sqlstate(exc.value) == state, exc.value
    if expected is not None:
        assert message(exc.value) == expected, exc.value
    conn.rollback()


def scalar(conn: Connection, sql: str, **params: Any) -> Any:
    return conn.execute(text(sql), params).scalar()


@dataclass
class Rows:
    used: int  # the version of 1 January 2026, used by the cases
    unused: int  # the version of 1 January 2028
    north_file: int
    north_child: int
    north_case: int
    final: int  # a final protocol of the north toddler
    draft: int  # a draft protocol of the north toddler
    south_file: int
    south_child: int
    south_case: int
    other_file: int  # another north file, a toddler without a case
    other_child: int


@pytest.fixture
def rows(pg_world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[Rows]:
    w = pg_world
    move_today(monkeypatch)
    used = make_table(w, date(2026, 1, 1)).id
    unused = make_table(w, date(2028, 1, 1), who="admin").id
    north_file, north_child = toddler(w, date(2025, 6, 15))
    final = protocol(w, north_file, north_child)
    draft = protocol(w, north_file, north_child, date(2027, 3, 1), final=False)
    north_case = new_case(w, north_file, north_child, committee="treatment_plan", protocol_id=final).id
    south_file, south_child = toddler(w, date(2025, 2, 1), team="צוות דרום", worker="south_worker")
    south_case = new_case(w, south_file, south_child, who="south_worker").id
    other_file, other_child = toddler(w, date(2025, 7, 1), worker="north_worker")
    yield Rows(used, unused, north_file, north_child, north_case, final, draft, south_file, south_child,
               south_case, other_file, other_child)


def test_security_problems_clean(pg_world: World, rows: Rows) -> None:
    with pg_world.admin_db.engine.connect() as c:
        from models.base import Base

        assert security_problems(c, Base.metadata, list(TABLES)) == []


def test_the_cases_are_read_by_the_day_care_roles_who_see_the_file(pg_world: World, rows: Rows) -> None:
    w = pg_world
    cases = {rows.north_file: rows.north_case, rows.south_file: rows.south_case}
    for who in EVERYONE:
        with as_login(w, who) as conn:
            files = {int(f) for f in conn.execute(text("SELECT id FROM family_files WHERE id = ANY (:f)"),
                                                  {"f": list(cases)}).scalars()}
            seen = {int(c) for c in conn.execute(text("SELECT id FROM daycare_cases")).scalars()}
            wanted = {cases[f] for f in files} if w.users[who].role in DAYCARE_READERS else set()
            assert seen == wanted, who
    # the roles without day-care read none, though they see the files
    for who in ("coordinator", "club", "intake", "admin"):
        with as_login(w, who) as conn:
            assert scalar(conn, "SELECT count(*) FROM daycare_cases") == 0, who
    with as_login(w, "club") as conn:
        assert scalar(conn, "SELECT count(*) FROM family_files WHERE id = :f", f=rows.north_file) == 1
    with as_login(w, "north_worker") as conn:
        assert scalar(conn, "SELECT count(*) FROM daycare_cases WHERE id = :c", c=rows.south_case) == 0


def test_the_income_table_is_read_by_all_and_kept_by_the_manager_and_the_administrator(pg_world: World,
                                                                                    rows: Rows) -> None:
    w = pg_world
    insert = ("INSERT INTO income_tables (valid_from, note, created_by_id, version, created_by, updated_by)"
              " VALUES (:d, '', :by, 1, 't', 't') RETURNING id")
    for who in EVERYONE:
        with as_login(w, who) as conn:
            assert scalar(conn, "SELECT count(*) FROM income_tables") == 2, who
            assert scalar(conn, "SELECT count(*) FROM income_levels") == 8, who
            # which versions are in use: every login learns it (the screens show it), also the administrator
            used = {int(t) for t in conn.execute(text("SELECT table_id FROM maane_income_tables_in_use()")).scalars()}
            assert used == {rows.used}, who
            if who in ("manager", "admin"):
                new = scalar(conn, insert, d=date(2029, 1, 1), by=w.users[who].id)
                conn.execute(text("INSERT INTO income_levels (table_id, level, income_from, income_to, parent_share)"
                                  " VALUES (:t, 1, 0, NULL, 0)"), {"t": new})
                conn.execute(text("DELETE FROM income_levels WHERE table_id = :t"), {"t": new})
                conn.rollback()
                other = "admin" if who == "manager" else "manager"  # in another's name
                refused(conn, insert, d=date(2029, 1, 1), by=w.users[other].id)
            else:
                refused(conn, insert, d=date(2029, 1, 1), by=w.users[who].id)
                refused(conn, "UPDATE income_levels SET parent_share = 0 WHERE table_id = :t", t=rows.unused)
                refused(conn, "DELETE FROM income_levels WHERE table_id = :t", t=rows.unused)


def test_the_administrator_keeps_the_table_through_the_service_and_reads_no_case(pg_world: World,
                                                                                 rows: Rows) -> None:
    w = pg_world
    admin = w.services("admin").daycare
    tables = {t.id: t for t in admin.income_tables()}
    assert tables[rows.used].in_use and not tables[rows.unused].in_use
    t = tables[rows.unused]
    edited = admin.update_table(t.id, t.version, t.valid_from, "עודכן", t.levels)
    assert edited.note == "עודכן"
    with as_login(w, "admin") as conn:
        assert scalar(conn, "SELECT count(*) FROM daycare_cases") == 0
        assert scalar(conn, "SELECT count(*) FROM persons") == 0


def test_only_those_who_write_cases_hold_a_version(pg_world: World, rows: Rows) -> None:
    hold = "SELECT maane_income_table_hold(:t)"
    for who in ("admin", "coordinator", "club", "intake"):
        with as_login(pg_world, who) as conn:
            refused(conn, hold, t=rows.used)
    for who in ("north_worker", "youth_law", "south_head", "manager"):
        with as_login(pg_world, who) as conn:
            conn.execute(text(hold), {"t": rows.used})
            conn.rollback()


def test_the_roles_without_day_care_write_no_case(pg_world: World, rows: Rows) -> None:
    w = pg_world
    for who in ("coordinator", "club", "intake", "admin"):
        with as_login(w, who) as conn:
            refused(conn, "UPDATE daycare_cases SET ground_detail = 'x' WHERE id = :c", c=rows.north_case)
            refused(conn, CASE_INSERT, **case_params(w, rows, who, rows.other_file, rows.other_child))


# a case of the other north toddler (born 1 July 2025: 26 months on 1 September 2027), its share at level 2
CASE_INSERT = (
    "INSERT INTO daycare_cases (file_id, child_id, school_year, age_months, ground, ground_detail, medical_info,"
    " medical_source, specialist_kind, specialist_name, specialist_on, committee, protocol_id, committee_on,"
    " committee_reference, household_size, monthly_income, income_table_id, income_level, parent_share,"
    " calculation, centre_name, start_on, status, ended_on, end_reason, approved_by_id, approved_at, worker_id,"
    " version, created_by, updated_by) VALUES (:f, :c, 2027, :age, 'parent_unable', 'חוות דעת', false, '', '',"
    " '', NULL, :committee, :p, NULL, :ref, 4, 1240000, :t, :level, :share, '[]', '', NULL, :status, NULL, '',"
    " :approver, :approved_at, :worker, 1, 't', 't')")


def case_params(w: World, rows: Rows, who: str, file_id: int, child_id: int, **kw: Any) -> dict[str, Any]:
    params: dict[str, Any] = dict(f=file_id, c=child_id, age=26, committee="toddlers_at_risk", p=None, ref="ו/14",
                                  t=rows.used, level=2, share=45_000, status="draft", approver=None,
                                  approved_at=None, worker=w.users[who].id)
    params.update(kw)
    return params
