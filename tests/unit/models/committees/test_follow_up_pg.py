"""The follow-up page's definer function on PostgreSQL (revision 0016, ``maane_committee_follow_up``), attacked
as the logins themselves with raw SQL: it reads without the policies, so it must apply the same visibility to
every row itself. A family worker of another team gets nothing of a hidden file, a restricted file's rows go
only to those who see it, the roles without the committee (club, intake, administrator) get nothing, the login
comes from the session (no parameter names a user, no role or setting a login can change widens it), and for
every role its rows are those of the service's SQLite-style statements (the file rule in the query) on the
same data.

The rows are set up as the owner of the tables with raw SQL (tests/unit/models/committees/test_pg_security.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from models.committees import rules
from models.committees.service import FOLLOW_UP_DAYS, FOLLOW_UP_ROWS, PLACED_REVIEW_MONTHS, CommitteeService
from models.families.entities import FamilyFile
from models.service import visible_files_clause
from tests.support import World, as_login
from tests.unit.models.committees.test_pg_security import (
    FINALISE,
    STAMPS,
    case,
    committee_task,
    decision,
    meeting,
    protocol,
)

pytestmark = pytest.mark.postgres_only

TODAY = date.today()
HORIZON = TODAY + timedelta(days=FOLLOW_UP_DAYS)
PLACED_BY = rules.add_months(HORIZON, -PLACED_REVIEW_MONTHS) + timedelta(days=3)
CALL = text("SELECT kind, file_id, child_id, task_id, protocol_id, meeting_id, held_on, title, responsible, due_on,"
            " started_on, setting FROM maane_committee_follow_up(CAST(:day AS date), CAST(:horizon AS date),"
            " CAST(:placed_by AS date), CAST(:rows AS integer))")
PARAMS = {"day": TODAY, "horizon": HORIZON, "placed_by": PLACED_BY, "rows": FOLLOW_UP_ROWS}
READERS = ("north_worker", "north_worker2", "south_worker", "north_head", "south_head", "youth_law", "coordinator",
           "manager")
NON_READERS = ("club", "intake", "admin")


@dataclass
class Seeded:
    cohen_task: int  # the Task of the Cohen child's overdue committee task
    secret_task: int  # the Task of the restricted file's overdue committee task
    haddad_placement: int
    planned: int  # a planned meeting with the Cohen child on its agenda


def _final_with_overdue_task(c: Connection, w: World, file: str, child: str, responsible: str, chair: str) -> int:
    """A final protocol held 200 days ago whose next review is in ten days, with a committee task whose Task is
    five days overdue; returns the Task's id."""
    u = {k: v.id for k, v in w.users.items()}
    held_on = TODAY - timedelta(days=200)
    m = meeting(c, held_on, u[chair], u["coordinator"])
    k = case(c, m, w.files[file], w.persons[child])
    p = protocol(c, k, w.files[file], w.persons[child], held_on)
    c.execute(text("UPDATE committee_protocols SET next_review_on = :r WHERE id = :p"),
              {"r": TODAY + timedelta(days=10), "p": p})
    ct = committee_task(c, p, w.files[file], u[responsible])
    c.execute(text("UPDATE committee_tasks SET due_on = :d WHERE id = :ct"), {"d": TODAY - timedelta(days=5), "ct": ct})
    decision(c, p, w.files[file])  # no protocol is finalised without one
    c.execute(text(FINALISE), {"by": u[chair], "p": p})
    t = int(c.execute(text(
        "INSERT INTO tasks (file_id, title, description, due_date, assignee_id, done, version, created_by,"
        f" updated_by) VALUES (:f, 'שיחה עם בית הספר', '', :d, :a, false, {STAMPS}) RETURNING id"),
        {"f": w.files[file], "d": TODAY - timedelta(days=5), "a": u[responsible]}).scalar_one())
    c.execute(text("UPDATE committee_tasks SET task_id = :t WHERE id = :ct"), {"t": t, "ct": ct})
    c.execute(text("UPDATE committee_meetings SET status = 'held' WHERE id = :m"), {"m": m})
    return t


@pytest.fixture
def seeded(pg_world: World) -> Iterator[Seeded]:
    w = pg_world
    u = {k: v.id for k, v in w.users.items()}
    with w.admin_db.engine.begin() as c:  # the owner of the tables
        cohen_task = _final_with_overdue_task(c, w, "cohen", "cohen_child", "north_worker", "north_head")
        # a case's child is a child of its file (the guard): the restricted file's only member heard as one
        c.execute(text("UPDATE family_members SET relation = 'child' WHERE file_id = :f AND person_id = :p"),
                  {"f": w.files["secret"], "p": w.persons["secret_mother"]})
        secret_task = _final_with_overdue_task(c, w, "secret", "secret_mother", "north_worker2", "north_head")
        haddad_placement = int(c.execute(text(
            "INSERT INTO placements (file_id, child_id, setting, started_on, ended_on, end_reason, decision_id, note,"
            f" version, created_by, updated_by) VALUES (:f, :c, 'foster_family', :s, NULL, '', NULL, '', {STAMPS})"
            " RETURNING id"), {"f": w.files["haddad"], "c": w.persons["haddad_child"],
                               "s": TODAY - timedelta(days=350)}).scalar_one())
        planned = meeting(c, TODAY + timedelta(days=7), u["manager"], u["coordinator"])
        case(c, planned, w.files["cohen"], w.persons["cohen_child"])
    yield Seeded(cohen_task, secret_task, haddad_placement, planned)


def _call(w: World, who: str, **params: Any) -> list[Any]:
    with as_login(w, who) as conn:
        return list(conn.execute(CALL, {**PARAMS, **params}))


def _files(rows: list[Any]) -> set[int]:
    return {r.file_id for r in rows}


def test_the_function_takes_no_user_and_is_granted_to_the_app_only(pg_world: World) -> None:
    with pg_world.admin_db.engine.connect() as c:
        args, definer, acl = c.execute(text(
            "SELECT pg_get_function_identity_arguments(p.oid), p.prosecdef, p.proacl::text[] FROM pg_proc p"
            " WHERE p.proname = 'maane_committee_follow_up'")).one()
    assert args == "p_day date, p_horizon date, p_placed_by date, p_rows integer"  # dates and a count: no user
    assert definer
    assert [a for a in acl if not a.startswith("postgres=")] == ["maane_app=X/postgres"]  # not PUBLIC


def test_each_reader_gets_the_rows_of_the_files_she_sees_and_no_other(pg_world: World, seeded: Seeded) -> None:
    w = pg_world
    cohen, haddad, secret = w.files["cohen"], w.files["haddad"], w.files["secret"]
    expected = {  # the files whose rows each login reads (the secret file is restricted, north_worker2's)
        "north_worker": {cohen}, "youth_law": {cohen}, "coordinator": {cohen, haddad},
        "north_worker2": {cohen, secret}, "north_head": {cohen, secret}, "manager": {cohen, haddad, secret},
        "south_worker": {haddad}, "south_head": {haddad},
    }
    for who, files in expected.items():
        rows = _call(w, who)
        assert _files(rows) == files, who
        tasks = {r.task_id for r in rows if r.kind == "task"}
        assert (seeded.secret_task in tasks) == (secret in files), who
        assert (seeded.cohen_task in tasks) == (cohen in files), who
        kinds = {(r.kind, r.file_id) for r in rows}
        assert (("placement", haddad) in kinds) == (haddad in files), who
        assert (("protocol", secret) in kinds) == (secret in files), who
        # nothing of a hidden file leaks through a detail either: the planned meeting and the setting are
        # of the child's own (visible) rows
        for r in rows:
            if r.kind == "protocol" and r.file_id == cohen:
                assert r.meeting_id == seeded.planned and r.setting is None
            if r.kind == "placement":
                assert r.setting == "foster_family" and r.meeting_id is None


@pytest.mark.parametrize("who", NON_READERS)
def test_the_roles_without_the_committee_get_nothing(pg_world: World, seeded: Seeded, who: str) -> None:
    """The club and intake workers see the unrestricted files department-wide, the administrator none: the
    committee's rows are not theirs, whatever the dates and row count asked for."""
    assert _call(pg_world, who) == []
    assert _call(pg_world, who, day=TODAY + timedelta(days=3650), horizon=TODAY + timedelta(days=3650),
                 placed_by=TODAY + timedelta(days=3650), rows=1_000_000) == []


def test_the_login_comes_from_the_session_not_from_anything_the_login_can_set(pg_world: World,
                                                                               seeded: Seeded) -> None:
    w = pg_world
    secret = w.files["secret"]
    manager_login = w.name("manager")
    with as_login(w, "north_worker") as conn:
        # the settings a client could set, and a role it is not a member of
        conn.execute(text("SELECT set_config('maane.user', :m, false), set_config('application_name', :m, false)"),
                     {"m": manager_login})
        assert secret not in _files(list(conn.execute(CALL, PARAMS)))
        with pytest.raises(DBAPIError):
            conn.execute(text(f'SET ROLE "{manager_login}"'))
        conn.rollback()
        with pytest.raises(DBAPIError):
            conn.execute(text(f'SET SESSION AUTHORIZATION "{manager_login}"'))
        conn.rollback()
        # a group role she is a member of: still her own login's rows (session_user), never more
        conn.execute(text("SET ROLE maane_app"))
        assert secret not in _files(list(conn.execute(CALL, PARAMS)))
        conn.rollback()
    with as_login(w, "admin") as conn:  # the administrator makes himself a manager inside a transaction
        try:
            conn.execute(text("UPDATE users SET role = 'manager' WHERE username = :u"), {"u": w.name("admin")})
        except DBAPIError:
            conn.rollback()
        assert list(conn.execute(CALL, PARAMS)) == []
        conn.rollback()


def _sqlite_style(w: World, who: str, day: date) -> tuple[list[Any], list[Any]]:
    """The service's SQLite statements (the file rule in the query: ``visible_files_clause``) run by the owner
    for ``who`` on the same data."""
    user = w.users[who]

    def only_visible(stmt: Any, file_id: Any) -> Any:
        return stmt.join(FamilyFile, FamilyFile.id == file_id).where(visible_files_clause(user))

    owner = CommitteeService(w.admin_db, user)
    owner._only_visible = only_visible  # type: ignore[method-assign]
    with w.admin_db.session() as s:
        tasks = owner._overdue_tasks(s, day)
        reviews = owner._reviews(s, day, day + timedelta(days=FOLLOW_UP_DAYS))
    return tasks, reviews


@pytest.mark.parametrize("offset", [0, 40, -200])
def test_the_service_on_the_function_matches_the_sqlite_style_statements_for_every_reader(
    pg_world: World, seeded: Seeded, offset: int
) -> None:
    w = pg_world
    day = TODAY + timedelta(days=offset)
    for who in READERS:
        follow = w.services(who).committees.follow_up(day)
        tasks, reviews = _sqlite_style(w, who, day)
        assert list(follow.overdue_tasks) == tasks, who
        assert list(follow.reviews) == reviews, who
    assert any(w.services("manager").committees.follow_up(TODAY).overdue_tasks)


def test_the_function_s_readers_are_the_committee_s_readers() -> None:
    """The function names the roles that read committee rows in its own SQL (a frozen revision): the same as
    the policies' ``readers`` (models.committees.entities.COMMITTEE_READERS, the roles with VIEW_COMMITTEES)."""
    import importlib.util
    import re
    from pathlib import Path

    from models.committees.entities import COMMITTEE_READERS

    path = Path(__file__).resolve().parents[4] / "models" / "migrations" / "versions" / "0016_committees.py"
    spec = importlib.util.spec_from_file_location("revision_0016", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = re.search(r"c\.role NOT IN \(([^)]*)\)", module.FOLLOW_UP_FUNCTION)
    assert found is not None
    assert tuple(sorted(re.findall(r"'([a-z_]+)'", found.group(1)))) == COMMITTEE_READERS
