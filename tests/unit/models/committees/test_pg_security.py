"""The committee's security on PostgreSQL (revision 0016): raw-SQL attacks as the logins themselves, as a
worker with psql has it. The rows under a meeting are read only by the roles with VIEW_COMMITTEES who see
the file; a final protocol and everything under it are read-only for everyone (the owner too); only the
meeting's chair finalises, in the login's own name; addenda are append-only, in the author's own name; a
case is never put on a cancelled meeting; a rolled-back role change widens nothing; the audit trigger
records who changed what.

The rows are set up as the owner of the tables with raw SQL (the guard holds for the owner too: a protocol
is finalised by its meeting's chair, its tasks get their Tasks after)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from models.security import Scope, TableSecurity, security_problems, table_security_sql
from tests.support import World, as_login

REFUSED = "42501"  # insufficient_privilege: a policy's WITH CHECK, a missing grant, the guard
TODAY = date.today()
UNDER_MEETING = ("committee_cases", "committee_participants", "committee_protocols", "committee_decisions",
                 "committee_tasks", "committee_addenda")
TABLES = ("committee_meetings", *UNDER_MEETING, "placements")
STAMPS = "1, 'test', 'test'"


def sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str | None:
    return getattr(exc.value.orig, "sqlstate", None)


def _id(conn: Connection, sql: str, **params: Any) -> int:
    return int(conn.execute(text(sql + " RETURNING id"), params).scalar_one())


def meeting(conn: Connection, held_on: date, chair: int, coordinator: int, status: str = "planned") -> int:
    return _id(conn, "INSERT INTO committee_meetings (held_on, starts_at, place, level, chair_id, coordinator_id,"
               " status, notes, cancel_reason, version, created_by, updated_by) VALUES (:d, '09:00', 'חדר ישיבות',"
               f" 'regular', :ch, :co, :st, '', :why, {STAMPS})", d=held_on, ch=chair, co=coordinator, st=status,
               why="בוטלה" if status == "cancelled" else "")


def case(conn: Connection, meeting_id: int, file_id: int, child_id: int, position: int = 1) -> int:
    return _id(conn, "INSERT INTO committee_cases (meeting_id, position, file_id, child_id, reason,"
               " requested_by_name, requested_by_role, background, version, created_by, updated_by) VALUES"
               f" (:m, :pos, :f, :c, 'review', 'עובדת המשפחה', '', 'רקע', {STAMPS})",
               m=meeting_id, pos=position, f=file_id, c=child_id)


def participant(conn: Connection, case_id: int, file_id: int, person_id: int | None, name: str = "הורה") -> int:
    return _id(conn, "INSERT INTO committee_participants (case_id, file_id, kind, name, organisation, role_title,"
               " phone, email, address, language, method, person_id, user_id, invited_on, confirmed, attended,"
               f" version, created_by, updated_by) VALUES (:c, :f, 'father', :n, '', '', '050-0000001', '', '',"
               f" 'he', 'mail', :p, NULL, NULL, false, false, {STAMPS})", c=case_id, f=file_id, p=person_id, n=name)


def protocol(conn: Connection, case_id: int, file_id: int, child_id: int, held_on: date) -> int:
    return _id(conn, "INSERT INTO committee_protocols (case_id, file_id, child_id, held_on, background,"
               " professionals_views, parents_position, child_position, discussion, votes_for, votes_against,"
               " votes_abstained, dissent, parent_reservation, district_right_stated, next_review_on,"
               " finalised_at, finalised_by_id, version, created_by, updated_by) VALUES (:c, :f, :ch, :d, 'רקע',"
               " 'עמדות', 'עמדת ההורים', 'עמדת הילדה', 'דיון', 3, 0, 0, '', '', true, :r, NULL, NULL,"
               f" {STAMPS})", c=case_id, f=file_id, ch=child_id, d=held_on, r=held_on + timedelta(days=180))


def decision(conn: Connection, protocol_id: int, file_id: int) -> int:
    return _id(conn, "INSERT INTO committee_decisions (protocol_id, file_id, position, kind, text, items)"
               " VALUES (:p, :f, 1, 'community_plan', 'תכנית בקהילה', '[]')", p=protocol_id, f=file_id)


def committee_task(conn: Connection, protocol_id: int, file_id: int, responsible: int) -> int:
    return _id(conn, "INSERT INTO committee_tasks (protocol_id, file_id, position, title, description,"
               " responsible_id, due_on, task_id) VALUES (:p, :f, 1, 'שיחה עם בית הספר', '', :r, :d, NULL)",
               p=protocol_id, f=file_id, r=responsible, d=TODAY + timedelta(days=30))


def task(conn: Connection, file_id: int, assignee: int) -> int:
    return _id(conn, "INSERT INTO tasks (file_id, title, description, due_date, assignee_id, done, version,"
               f" created_by, updated_by) VALUES (:f, 'שיחה עם בית הספר', '', :d, :a, false, {STAMPS})",
               f=file_id, a=assignee, d=TODAY + timedelta(days=30))


FINALISE = ("UPDATE committee_protocols SET finalised_at = now(), finalised_by_id = :by, version = version + 1"
            " WHERE id = :p")


@dataclass
class Rows:
    held: int  # a held meeting (chair: north_head) with a final protocol on the Cohen child
    final_case: int
    final_participant: int
    final: int
    final_decision: int
    final_task: int
    addendum: int
    north: int  # a planned meeting of yesterday (chair: north_head), a draft on the Cohen child
    draft_case: int
    draft_participant: int
    draft: int
    draft_task: int
    by_manager: int  # a planned meeting of yesterday (chair: the manager), a draft on the Haddad child
    south_draft: int
    cancelled: int


@pytest.fixture
def rows(pg_world: World) -> Iterator[Rows]:
    w = pg_world
    u = {k: v.id for k, v in w.users.items()}
    p, f = w.persons, w.files
    with w.admin_db.engine.begin() as c:  # the owner of the tables
        held_on = TODAY - timedelta(days=30)
        held = meeting(c, held_on, u["north_head"], u["coordinator"])
        final_case = case(c, held, f["cohen"], p["cohen_child"])
        final_participant = participant(c, final_case, f["cohen"], p["cohen_father"])
        final = protocol(c, final_case, f["cohen"], p["cohen_child"], held_on)
        final_decision = decision(c, final, f["cohen"])
        final_task = committee_task(c, final, f["cohen"], u["north_worker"])
        c.execute(text(FINALISE), {"by": u["north_head"], "p": final})
        c.execute(text("UPDATE committee_tasks SET task_id = :t WHERE id = :ct"),
                  {"t": task(c, f["cohen"], u["north_worker"]), "ct": final_task})
        c.execute(text("UPDATE committee_meetings SET status = 'held' WHERE id = :m"), {"m": held})
        addendum = _id(c, "INSERT INTO committee_addenda (protocol_id, file_id, text, author_id, created_at)"
                       " VALUES (:p, :f, 'תיקון', :a, now())", p=final, f=f["cohen"], a=u["coordinator"])

        yesterday = TODAY - timedelta(days=1)
        north = meeting(c, yesterday, u["north_head"], u["coordinator"])
        draft_case = case(c, north, f["cohen"], p["cohen_child"])
        draft_participant = participant(c, draft_case, f["cohen"], p["cohen_father"])
        draft = protocol(c, draft_case, f["cohen"], p["cohen_child"], yesterday)
        decision(c, draft, f["cohen"])
        draft_task = committee_task(c, draft, f["cohen"], u["north_worker"])

        by_manager = meeting(c, yesterday, u["manager"], u["coordinator"])
        south_case = case(c, by_manager, f["haddad"], p["haddad_child"])
        south_draft = protocol(c, south_case, f["haddad"], p["haddad_child"], yesterday)
        decision(c, south_draft, f["haddad"])  # no protocol is finalised without one

        cancelled = meeting(c, TODAY + timedelta(days=20), u["manager"], u["coordinator"], "cancelled")
    yield Rows(held, final_case, final_participant, final, final_decision, final_task, addendum, north,
               draft_case, draft_participant, draft, draft_task, by_manager, south_draft, cancelled)


def _count(conn: Connection, table: str, file_id: int | None = None) -> int:
    where = "" if file_id is None else f" WHERE file_id = {int(file_id)}"
    return int(conn.execute(text(f"SELECT count(*) FROM {table}{where}")).scalar_one())


def _refused(conn: Connection, sql: str, **params: Any) -> None:
    with pytest.raises(DBAPIError) as exc:
        conn.execute(text(sql), params)
    assert sqlstate(exc) == REFUSED, exc.value
    conn.rollback()


# --- the declarations ------------------------------------------------------------------------------------


def test_the_new_options_change_nothing_for_the_other_tables_and_refuse_nonsense() -> None:
    plain = TableSecurity.file("file_id", guard="maane_x_guard")
    assert "BEFORE INSERT OR UPDATE ON t\n" in table_security_sql("t", plain)
    deleting = TableSecurity.file("file_id", guard="maane_x_guard", guard_delete=True)
    assert "BEFORE INSERT OR UPDATE OR DELETE ON t\n" in table_security_sql("t", deleting)
    read = TableSecurity.file("file_id", readers=("manager", "team_head", "manager"))
    assert read.readers == ("manager", "team_head")
    assert "USING ((SELECT maane_my_role()) IN ('manager', 'team_head') AND EXISTS" in table_security_sql("t", read)
    for bad in (
        lambda: TableSecurity.file("file_id", guard_delete=True),  # which guard?
        lambda: TableSecurity.file("file_id", readers=("superuser",)),
        lambda: TableSecurity(scope=Scope.REFERENCE, readers=("manager",)),
    ):
        with pytest.raises(ValueError):
            bad()


def test_security_problems_clean(pg_world: World) -> None:
    import models.tables  # noqa: F401
    from models.base import Base

    with pg_world.admin_db.engine.connect() as conn:
        assert security_problems(conn, Base.metadata, list(TABLES)) == []


# --- reads -----------------------------------------------------------------------------------------------


def test_the_files_workers_read_the_committee_rows_a_worker_of_another_team_none(
    pg_world: World, rows: Rows
) -> None:
    cohen = pg_world.files["cohen"]
    for who in ("north_worker", "north_head", "youth_law", "coordinator", "manager"):
        with as_login(pg_world, who) as conn:
            assert _count(conn, "committee_protocols", cohen) == 2, who
            for table in UNDER_MEETING:
                assert _count(conn, table, cohen) > 0, (who, table)
    with as_login(pg_world, "south_worker") as conn:
        for table in UNDER_MEETING:
            assert _count(conn, table, cohen) == 0, table
        assert _count(conn, "committee_cases") == 1  # the Haddad child's, a file of her team
        assert _count(conn, "committee_meetings") == 4  # the meetings themselves are no case content


@pytest.mark.parametrize("who", ["club", "admin", "intake"])
def test_the_roles_without_the_committee_read_nothing_under_a_meeting(
    pg_world: World, rows: Rows, who: str
) -> None:
    """The club and intake workers see unrestricted files department-wide; the committee's rows are not
    theirs. The administrator sees no file at all."""
    with as_login(pg_world, who) as conn:
        for table in UNDER_MEETING:
            assert _count(conn, table) == 0, table
        # and writing one is no way in either
        _refused(conn, "INSERT INTO committee_addenda (protocol_id, file_id, text, author_id, created_at)"
                 " VALUES (:p, :f, 'x', :a, now())", p=rows.final, f=pg_world.files["cohen"],
                 a=pg_world.users[who].id)


def test_a_rolled_back_role_change_does_not_widen_reads(pg_world: World, rows: Rows) -> None:
    w = pg_world
    with as_login(w, "club") as conn:  # she cannot make herself a family worker ...
        _refused(conn, "UPDATE users SET role = 'family_worker' WHERE id = :u", u=w.users["club"].id)
        assert _count(conn, "committee_protocols") == 0
    owner = w.admin_db.engine.connect()
    try:  # ... and the owner's change, never committed, shows her nothing
        owner.execute(text("UPDATE users SET role = 'committee_coordinator' WHERE id = :u"),
                      {"u": w.users["club"].id})
        with as_login(w, "club") as conn:
            assert _count(conn, "committee_protocols") == 0
        owner.rollback()
    finally:
        owner.close()
    with as_login(w, "club") as conn:
        assert _count(conn, "committee_protocols") == 0
        assert _count(conn, "committee_cases") == 0


# --- writes that would widen reads -------------------------------------------------------------------------


def test_nobody_links_a_person_or_a_file_they_cannot_see(pg_world: World, rows: Rows) -> None:
    w = pg_world
    p, f = w.persons, w.files
    with as_login(w, "coordinator") as conn:  # the restricted file and its mother are not hers
        _refused(conn, "INSERT INTO committee_cases (meeting_id, position, file_id, child_id, reason,"
                 " requested_by_name, requested_by_role, background, version, created_by, updated_by) VALUES"
                 f" (:m, 2, :f, :c, 'review', 'x', '', '', {STAMPS})", m=rows.north, f=f["secret"],
                 c=p["secret_mother"])
        _refused(conn, "INSERT INTO committee_cases (meeting_id, position, file_id, child_id, reason,"
                 " requested_by_name, requested_by_role, background, version, created_by, updated_by) VALUES"
                 f" (:m, 2, :f, :c, 'review', 'x', '', '', {STAMPS})", m=rows.north, f=f["cohen"],
                 c=p["secret_mother"])
        _refused(conn, "INSERT INTO committee_participants (case_id, file_id, kind, name, phone, organisation,"
                 " role_title, email, address, language, method, person_id, confirmed, attended, version,"
                 f" created_by, updated_by) VALUES (:c, :f, 'mother', 'x', '050', '', '', '', '', 'he', 'mail',"
                 f" :p, false, false, {STAMPS})", c=rows.draft_case, f=f["cohen"], p=p["secret_mother"])
        # a participant moved to a person she cannot see
        _refused(conn, "UPDATE committee_participants SET person_id = :p WHERE id = :id",
                 p=p["secret_mother"], id=rows.draft_participant)
        # the same participant with a person she sees is hers to add
        participant(conn, rows.draft_case, f["cohen"], p["levi_mother"], "אם")
        conn.rollback()
    with as_login(w, "north_worker") as conn:  # sees the file, keeps no agenda
        _refused(conn, "UPDATE committee_cases SET background = 'x' WHERE id = :c", c=rows.draft_case)
        _refused(conn, "DELETE FROM committee_participants WHERE id = :id", id=rows.draft_participant)


def test_a_case_is_never_put_on_a_cancelled_meeting(pg_world: World, rows: Rows) -> None:
    w = pg_world
    sql = ("INSERT INTO committee_cases (meeting_id, position, file_id, child_id, reason, requested_by_name,"
           f" requested_by_role, background, version, created_by, updated_by) VALUES (:m, 1, :f, :c, 'review',"
           f" 'x', '', '', {STAMPS})")
    params = {"m": rows.cancelled, "f": w.files["cohen"], "c": w.persons["cohen_child"]}
    for who in ("coordinator", "manager"):
        with as_login(w, who) as conn:
            _refused(conn, sql, **params)
            _refused(conn, "UPDATE committee_cases SET meeting_id = :m WHERE id = :c", m=rows.cancelled,
                     c=rows.draft_case)
    with w.admin_db.engine.connect() as owner:
        _refused(owner, sql, **params)


# --- a final protocol --------------------------------------------------------------------------------------


def _final_writes(r: Rows, w: World) -> list[tuple[str, dict[str, Any]]]:
    f = w.files["cohen"]
    return [
        ("UPDATE committee_protocols SET discussion = 'שונה' WHERE id = :id", {"id": r.final}),
        ("UPDATE committee_protocols SET finalised_at = NULL, finalised_by_id = NULL WHERE id = :id",
         {"id": r.final}),
        ("DELETE FROM committee_protocols WHERE id = :id", {"id": r.final}),
        ("UPDATE committee_decisions SET text = 'שונה' WHERE id = :id", {"id": r.final_decision}),
        ("DELETE FROM committee_decisions WHERE id = :id", {"id": r.final_decision}),
        ("INSERT INTO committee_decisions (protocol_id, file_id, position, kind, text, items) VALUES"
         " (:p, :f, 2, 'other', 'עוד', '[]')", {"p": r.final, "f": f}),
        ("UPDATE committee_tasks SET title = 'שונה' WHERE id = :id", {"id": r.final_task}),
        ("UPDATE committee_tasks SET task_id = NULL WHERE id = :id", {"id": r.final_task}),
        ("DELETE FROM committee_tasks WHERE id = :id", {"id": r.final_task}),
        ("UPDATE committee_cases SET background = 'שונה' WHERE id = :id", {"id": r.final_case}),
        ("DELETE FROM committee_cases WHERE id = :id", {"id": r.final_case}),
        ("UPDATE committee_participants SET attended = NOT attended WHERE id = :id", {"id": r.final_participant}),
        ("DELETE FROM committee_participants WHERE id = :id", {"id": r.final_participant}),
        ("INSERT INTO committee_participants (case_id, file_id, kind, name, phone, organisation, role_title,"
         " email, address, language, method, confirmed, attended, version, created_by, updated_by) VALUES"
         f" (:c, :f, 'other', 'x', '050', '', '', '', '', 'he', 'mail', false, false, {STAMPS})",
         {"c": r.final_case, "f": f}),
    ]


@pytest.mark.parametrize("who", ["coordinator", "manager", "north_head", "owner"])
def test_a_final_protocol_and_everything_under_it_are_read_only_for_everyone(
    pg_world: World, rows: Rows, who: str
) -> None:
    w = pg_world
    conn = w.admin_db.engine.connect() if who == "owner" else None
    with conn if conn is not None else as_login(w, who) as c:
        for sql, params in _final_writes(rows, w):
            with pytest.raises(DBAPIError) as exc:
                c.execute(text(sql), params)
            assert sqlstate(exc) == REFUSED, (who, sql, exc.value)
            c.rollback()
        # the draft of another meeting stays theirs to change (a keeper of the agenda, or its chair)
        c.execute(text("UPDATE committee_protocols SET discussion = 'טיוטה' WHERE id = :id"), {"id": rows.draft})
        c.rollback()


def test_a_team_head_who_is_not_the_chair_cannot_finalise_nor_write_the_draft(pg_world: World, rows: Rows) -> None:
    w = pg_world
    with as_login(w, "south_head") as conn:  # sees the Haddad file; the manager chairs that meeting
        assert _count(conn, "committee_protocols", w.files["haddad"]) == 1
        _refused(conn, FINALISE, by=w.users["south_head"].id, p=rows.south_draft)
        _refused(conn, FINALISE, by=w.users["manager"].id, p=rows.south_draft)
        _refused(conn, "UPDATE committee_protocols SET discussion = 'x' WHERE id = :p", p=rows.south_draft)
        _refused(conn, "UPDATE committee_meetings SET status = 'held' WHERE id = :m", m=rows.by_manager)
    with as_login(w, "manager") as conn:  # the chair, in her own name
        conn.execute(text(FINALISE), {"by": w.users["manager"].id, "p": rows.south_draft})
        conn.rollback()


def test_nobody_finalises_in_another_s_name(pg_world: World, rows: Rows) -> None:
    w = pg_world
    chair = w.users["north_head"].id
    for who in ("coordinator", "manager"):
        with as_login(w, who) as conn:
            _refused(conn, FINALISE, by=chair, p=rows.draft)  # the chair's name, not the login's
            _refused(conn, FINALISE, by=w.users[who].id, p=rows.draft)  # the login's, not the chair's
    with as_login(w, "coordinator") as conn:  # a protocol's date is its meeting's
        _refused(conn, "UPDATE committee_protocols SET held_on = held_on - 1 WHERE id = :p", p=rows.draft)


def test_a_coordinator_cannot_make_herself_the_chair_to_finalise(pg_world: World, rows: Rows) -> None:
    """The chair is an active team head or the manager: a coordinator (who may change a planned meeting) who
    names herself, a family worker or an inactive head the chair is refused, so she never finalises."""
    w = pg_world
    me = w.users["coordinator"].id
    with as_login(w, "coordinator") as conn:
        _refused(conn, "UPDATE committee_meetings SET chair_id = :c WHERE id = :m", c=me, m=rows.north)
        _refused(conn, "UPDATE committee_meetings SET chair_id = :c WHERE id = :m", c=w.users["north_worker"].id,
                 m=rows.north)
        _refused(conn, "INSERT INTO committee_meetings (held_on, starts_at, place, level, chair_id, coordinator_id,"
                 " status, notes, cancel_reason, version, created_by, updated_by) VALUES (current_date + 30, '09:00',"
                 " 'x', 'regular', :c, :c, 'planned', '', '', 1, '', '')", c=me)
        _refused(conn, FINALISE, by=me, p=rows.draft)
        # a team head or the manager may be named chair
        conn.execute(text("UPDATE committee_meetings SET chair_id = :c WHERE id = :m"),
                     {"c": w.users["manager"].id, "m": rows.north})
        conn.rollback()
    with w.admin_db.engine.begin() as c:  # an inactive team head is no chair either
        c.execute(text("UPDATE users SET active = false WHERE id = :u"), {"u": w.users["south_head"].id})
    try:
        with as_login(w, "coordinator") as conn:
            _refused(conn, "UPDATE committee_meetings SET chair_id = :c WHERE id = :m", c=w.users["south_head"].id,
                     m=rows.north)
    finally:
        with w.admin_db.engine.begin() as c:
            c.execute(text("UPDATE users SET active = true WHERE id = :u"), {"u": w.users["south_head"].id})


def test_the_chair_finalises_gives_the_tasks_their_task_once_and_marks_her_meeting_held(
    pg_world: World, rows: Rows
) -> None:
    w = pg_world
    me, cohen, worker = w.users["north_head"].id, w.files["cohen"], w.users["north_worker"].id
    with as_login(w, "north_head") as conn:
        conn.execute(text(FINALISE), {"by": me, "p": rows.draft})
        t = task(conn, cohen, worker)
        conn.execute(text("UPDATE committee_tasks SET task_id = :t WHERE id = :ct"), {"t": t, "ct": rows.draft_task})
        conn.execute(text("UPDATE committee_meetings SET status = 'held', version = version + 1 WHERE id = :m"),
                     {"m": rows.north})
        conn.commit()
        other = task(conn, cohen, worker)
        conn.commit()
        _refused(conn, "UPDATE committee_tasks SET task_id = :t WHERE id = :ct", t=other, ct=rows.draft_task)
        # the meeting: only marked held, nothing else
        _refused(conn, "UPDATE committee_meetings SET place = 'אחר' WHERE id = :m", m=rows.north)
        _refused(conn, "UPDATE committee_protocols SET discussion = 'x' WHERE id = :p", p=rows.draft)
    with as_login(w, "coordinator") as conn:  # a held meeting keeps its date, and stays held
        _refused(conn, "UPDATE committee_meetings SET held_on = held_on + 7 WHERE id = :m", m=rows.north)
        _refused(conn, "UPDATE committee_meetings SET status = 'planned' WHERE id = :m", m=rows.north)
        conn.execute(text("UPDATE committee_meetings SET notes = 'סוכם' WHERE id = :m"), {"m": rows.north})
        conn.rollback()


def test_a_task_of_a_final_protocol_gets_only_a_task_of_its_file_assigned_to_its_responsible(
    pg_world: World, rows: Rows
) -> None:
    w = pg_world
    with w.admin_db.engine.begin() as owner:
        owner.execute(text(FINALISE), {"by": w.users["north_head"].id, "p": rows.draft})
        wrong_person = task(owner, w.files["cohen"], w.users["north_head"].id)
    with as_login(w, "north_head") as conn:
        _refused(conn, "UPDATE committee_tasks SET task_id = :t WHERE id = :ct", t=wrong_person, ct=rows.draft_task)


# --- addenda --------------------------------------------------------------------------------------------


def test_addenda_are_append_only_in_the_author_s_own_name_on_final_protocols(pg_world: World, rows: Rows) -> None:
    w = pg_world
    cohen = w.files["cohen"]
    add = ("INSERT INTO committee_addenda (protocol_id, file_id, text, author_id, created_at)"
           " VALUES (:p, :f, 'תוספת', :a, now())")
    with as_login(w, "coordinator") as conn:
        conn.execute(text(add), {"p": rows.final, "f": cohen, "a": w.users["coordinator"].id})
        conn.rollback()
        _refused(conn, add, p=rows.final, f=cohen, a=w.users["manager"].id)  # in another's name
        _refused(conn, add, p=rows.draft, f=cohen, a=w.users["coordinator"].id)  # a draft takes no addendum
    for who in ("coordinator", "manager", "north_head"):
        with as_login(w, who) as conn:
            _refused(conn, "UPDATE committee_addenda SET text = 'שונה' WHERE id = :a", a=rows.addendum)
            _refused(conn, "DELETE FROM committee_addenda WHERE id = :a", a=rows.addendum)
    with w.admin_db.engine.connect() as owner:  # the owner holds every grant; the guard still refuses
        _refused(owner, "UPDATE committee_addenda SET text = 'שונה' WHERE id = :a", a=rows.addendum)
        _refused(owner, "DELETE FROM committee_addenda WHERE id = :a", a=rows.addendum)


# --- the audit trigger ------------------------------------------------------------------------------------


def test_the_audit_trigger_records_each_change_with_the_login(pg_world: World, rows: Rows) -> None:
    w = pg_world
    with as_login(w, "coordinator") as conn:
        conn.execute(text("UPDATE committee_participants SET confirmed = true WHERE id = :p"),
                     {"p": rows.draft_participant})
        conn.execute(text("DELETE FROM committee_decisions WHERE protocol_id = :p"), {"p": rows.draft})
        conn.commit()
    with w.admin_db.engine.connect() as owner:
        got = owner.execute(text(
            "SELECT user_name, action, entity, entity_id, file_id FROM audit_events"
            " WHERE entity IN ('committee_participants', 'committee_decisions') AND user_name = :u ORDER BY id"),
            {"u": w.name("coordinator")}).all()
    assert [(g[1], g[2], g[4]) for g in got] == [
        ("db_update", "committee_participants", w.files["cohen"]),
        ("db_delete", "committee_decisions", w.files["cohen"]),
    ]
    assert got[0][3] == rows.draft_participant


# --- protocols and placements ------------------------------------------------------------------------------


def test_a_protocol_is_of_its_case_s_child_and_meeting_date(pg_world: World, rows: Rows) -> None:
    w = pg_world
    cohen = w.files["cohen"]
    with w.admin_db.engine.begin() as owner:  # a case with no protocol yet
        spare = case(owner, rows.by_manager, cohen, w.persons["cohen_child"], position=2)
    for who in ("coordinator", "manager"):
        with as_login(w, who) as conn:
            yesterday = TODAY - timedelta(days=1)
            with pytest.raises(DBAPIError) as exc:  # another child of the file (the father, here)
                protocol(conn, spare, cohen, w.persons["cohen_father"], yesterday)
            assert sqlstate(exc) == REFUSED
            conn.rollback()
            with pytest.raises(DBAPIError) as exc:  # another date
                protocol(conn, spare, cohen, w.persons["cohen_child"], yesterday - timedelta(days=1))
            assert sqlstate(exc) == REFUSED
            conn.rollback()
            protocol(conn, spare, cohen, w.persons["cohen_child"], yesterday)  # its own
            conn.rollback()


def test_placements_are_written_by_the_case_roles_for_children_they_see(pg_world: World, rows: Rows) -> None:
    w = pg_world
    sql = ("INSERT INTO placements (file_id, child_id, setting, started_on, ended_on, end_reason, decision_id,"
           f" note, version, created_by, updated_by) VALUES (:f, :c, 'foster_family', :d, NULL, '', NULL, '',"
           f" {STAMPS})")
    cohen = {"f": w.files["cohen"], "c": w.persons["cohen_child"], "d": TODAY}
    with as_login(w, "north_worker") as conn:  # her file
        conn.execute(text(sql), cohen)
        conn.rollback()
    for who in ("south_worker", "club", "admin", "intake"):  # another team's file; no grant; sees no file
        with as_login(w, who) as conn:
            _refused(conn, sql, **cohen)
    with as_login(w, "north_worker") as conn:  # a child she cannot see, filed under her own file
        _refused(conn, sql, f=w.files["cohen"], c=w.persons["secret_mother"], d=TODAY)
