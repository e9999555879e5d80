"""More raw-SQL attacks on the committee's security (revision 0016), as the logins themselves: rules the
service kept that the database did not (a case's child not a child of its file, a draft's task pointed at
another file's Task, a protocol finalised with no decision, a meeting re-dated, re-chaired or cancelled
under a final protocol, an addendum back-dated)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from tests.support import World, as_login
from tests.unit.models.committees.test_pg_security import (
    FINALISE,
    STAMPS,
    TODAY,
    Rows,
    _refused,
    decision,
    rows,
    task,
)

__all__ = ["rows"]  # the fixture

CASE_SQL = ("INSERT INTO committee_cases (meeting_id, position, file_id, child_id, reason, requested_by_name,"
            f" requested_by_role, background, version, created_by, updated_by) VALUES (:m, 5, :f, :c, 'review',"
            f" 'x', '', '', {STAMPS})")


def test_a_case_s_child_is_a_child_of_its_file(pg_world: World, rows: Rows) -> None:
    """The coordinator sees both files: the Cohen child put on a case of the Haddad file would show the
    south team (who cannot see her) her name through the case, its protocol and the follow-up page."""
    w = pg_world
    p, f = w.persons, w.files
    with as_login(w, "coordinator") as conn:
        _refused(conn, CASE_SQL, m=rows.by_manager, f=f["haddad"], c=p["cohen_child"])
        _refused(conn, CASE_SQL, m=rows.north, f=f["cohen"], c=p["cohen_father"])  # a parent, not a child
        # a case moved to a file its child is not a child of
        _refused(conn, "UPDATE committee_cases SET file_id = :f WHERE id = :c", f=f["haddad"],
                 c=rows.draft_case)
        conn.execute(text(CASE_SQL), {"m": rows.by_manager, "f": f["cohen"], "c": p["cohen_child"]})  # its own
        conn.rollback()
    with as_login(w, "manager") as conn:
        _refused(conn, CASE_SQL, m=rows.by_manager, f=f["haddad"], c=p["cohen_child"])


def test_a_draft_s_task_gets_only_a_task_of_its_file_assigned_to_its_responsible(pg_world: World,
                                                                                 rows: Rows) -> None:
    w = pg_world
    u = {k: v.id for k, v in w.users.items()}
    with w.admin_db.engine.begin() as c:
        other_file = task(c, w.files["haddad"], u["south_worker"])
        wrong_assignee = task(c, w.files["cohen"], u["north_worker2"])
        right = task(c, w.files["cohen"], u["north_worker"])
    sql = "UPDATE committee_tasks SET task_id = :t WHERE id = :ct"
    with as_login(w, "coordinator") as conn:
        _refused(conn, sql, t=other_file, ct=rows.draft_task)
        _refused(conn, sql, t=wrong_assignee, ct=rows.draft_task)
        _refused(conn, "INSERT INTO committee_tasks (protocol_id, file_id, position, title, description,"
                 " responsible_id, due_on, task_id) VALUES (:p, :f, 2, 't', '', :r, NULL, :t)",
                 p=rows.draft, f=w.files["cohen"], r=u["north_worker"], t=other_file)
        conn.execute(text(sql), {"t": right, "ct": rows.draft_task})  # what finalising does
        conn.rollback()


def test_no_protocol_is_final_without_a_decision(pg_world: World, rows: Rows) -> None:
    w = pg_world
    u = w.users
    with w.admin_db.engine.begin() as c:
        c.execute(text("DELETE FROM committee_decisions WHERE protocol_id = :p"), {"p": rows.draft})
    with as_login(w, "north_head") as conn:  # the chair
        _refused(conn, FINALISE, by=u["north_head"].id, p=rows.draft)
    with w.admin_db.engine.begin() as c:
        decision(c, rows.draft, w.files["cohen"])
    with as_login(w, "north_head") as conn:
        conn.execute(text(FINALISE), {"by": u["north_head"].id, "p": rows.draft})
        conn.rollback()


def test_a_meeting_with_a_final_protocol_keeps_its_date_and_chair_and_is_not_cancelled(
        pg_world: World, rows: Rows) -> None:
    """The chair finalises with raw SQL and leaves the meeting planned; the coordinator, who may change a
    planned meeting, then moved it, gave it another chair or cancelled it under the final protocol."""
    w = pg_world
    u = w.users
    with as_login(w, "north_head") as conn:
        conn.execute(text(FINALISE), {"by": u["north_head"].id, "p": rows.draft})
        conn.commit()
    with as_login(w, "coordinator") as conn:
        _refused(conn, "UPDATE committee_meetings SET held_on = held_on - 3 WHERE id = :m", m=rows.north)
        _refused(conn, "UPDATE committee_meetings SET chair_id = :c WHERE id = :m", c=u["manager"].id, m=rows.north)
        _refused(conn, "UPDATE committee_meetings SET status = 'cancelled', cancel_reason = 'x' WHERE id = :m",
                 m=rows.north)
        conn.execute(text("UPDATE committee_meetings SET place = 'חדר 2' WHERE id = :m"), {"m": rows.north})
        conn.execute(text("UPDATE committee_meetings SET status = 'held' WHERE id = :m"), {"m": rows.north})
        conn.rollback()


def test_an_addendum_is_dated_by_the_server(pg_world: World, rows: Rows) -> None:
    w = pg_world
    with as_login(w, "coordinator") as conn:
        conn.execute(text("INSERT INTO committee_addenda (protocol_id, file_id, text, author_id, created_at)"
                          " VALUES (:p, :f, 'תיקון', :a, :d)"),
                     {"p": rows.final, "f": w.files["cohen"], "a": w.users["coordinator"].id,
                      "d": TODAY - timedelta(days=400)})
        back = conn.execute(text("SELECT created_at::date FROM committee_addenda WHERE protocol_id = :p"
                                 " ORDER BY id DESC LIMIT 1"), {"p": rows.final}).scalar_one()
        assert back == conn.execute(text("SELECT now()::date")).scalar_one()
        conn.rollback()




PLACEMENT_SQL = ("INSERT INTO placements (file_id, child_id, setting, started_on, ended_on, end_reason, decision_id,"
                 f" note, version, created_by, updated_by) VALUES (:f, :c, 'foster_family', :d, NULL, '', :dec, '',"
                 f" {STAMPS})")


def test_a_placed_child_is_a_child_of_its_file_and_its_decision_a_final_one_of_hers(pg_world: World,
                                                                                    rows: Rows) -> None:
    """The coordinator sees both files: the Cohen child placed under the Haddad file would show the south
    team her name through the placement and the follow-up page; a placement pointed at a decision of
    another child, file or a draft, carried out what nobody decided."""
    w = pg_world
    p, f = w.persons, w.files
    with w.admin_db.engine.begin() as c:
        draft_decision = int(c.execute(text("SELECT id FROM committee_decisions WHERE protocol_id = :p"),
                                       {"p": rows.draft}).scalar_one())
        south_decision = decision(c, rows.south_draft, f["haddad"])
    with as_login(w, "coordinator") as conn:
        _refused(conn, PLACEMENT_SQL, f=f["haddad"], c=p["cohen_child"], d=TODAY, dec=None)
        _refused(conn, PLACEMENT_SQL, f=f["cohen"], c=p["cohen_father"], d=TODAY, dec=None)  # not a child
        _refused(conn, PLACEMENT_SQL, f=f["cohen"], c=p["cohen_child"], d=TODAY, dec=draft_decision)
        _refused(conn, PLACEMENT_SQL, f=f["cohen"], c=p["cohen_child"], d=TODAY, dec=south_decision)
        conn.execute(text(PLACEMENT_SQL), {"f": f["cohen"], "c": p["cohen_child"], "d": TODAY,
                                           "dec": rows.final_decision})
        conn.rollback()
    with as_login(w, "north_worker") as conn:  # her file's child, then moved / re-pointed
        placed = int(conn.execute(text(PLACEMENT_SQL + " RETURNING id"), {"f": f["cohen"], "c": p["cohen_child"],
                                                                        "d": TODAY, "dec": None}).scalar_one())
        conn.commit()
        _refused(conn, "UPDATE placements SET child_id = :c WHERE id = :id", c=p["cohen_father"], id=placed)
        _refused(conn, "UPDATE placements SET decision_id = :d WHERE id = :id", d=draft_decision, id=placed)
        conn.execute(text("UPDATE placements SET decision_id = :d WHERE id = :id"),
                     {"d": rows.final_decision, "id": placed})
        conn.rollback()


def test_a_team_head_adds_an_addendum_only_as_the_meeting_s_chair(pg_world: World, rows: Rows) -> None:
    """The service lets the coordinators, the manager and the meeting's chair add an addendum; the database
    let any team head who sees the file add one to a final protocol of a meeting she did not chair."""
    w = pg_world
    u = w.users
    with as_login(w, "manager") as conn:  # the chair of the Haddad child's meeting finalises
        conn.execute(text(FINALISE), {"by": u["manager"].id, "p": rows.south_draft})
        conn.commit()
    sql = ("INSERT INTO committee_addenda (protocol_id, file_id, text, author_id, created_at)"
           " VALUES (:p, :f, 'תיקון', :a, now())")
    with as_login(w, "south_head") as conn:  # sees the Haddad file, did not chair
        _refused(conn, sql, p=rows.south_draft, f=w.files["haddad"], a=u["south_head"].id)
    with as_login(w, "north_head") as conn:  # the chair of the Cohen child's meeting
        conn.execute(text(sql), {"p": rows.final, "f": w.files["cohen"], "a": u["north_head"].id})
        conn.rollback()


def test_placements_are_read_only_by_the_committee_s_readers(pg_world: World, rows: Rows) -> None:
    """A child placed out of home is committee content: the club and intake workers, who see the file, read
    no placement of it; the file's worker and the coordinator do."""
    w = pg_world
    with w.admin_db.engine.begin() as c:  # the owner of the tables
        c.execute(text("INSERT INTO placements (file_id, child_id, setting, started_on, end_reason, note, version,"
                       " created_by, updated_by) VALUES (:f, :c, 'foster_family', current_date - 30, '', '', 1,"
                       " 'test', 'test')"), {"f": w.files["cohen"], "c": w.persons["cohen_child"]})
    for who, seen in (("club", 0), ("intake", 0), ("admin", 0), ("north_worker", 1), ("coordinator", 1)):
        with as_login(w, who) as conn:
            n = conn.execute(text("SELECT count(*) FROM placements WHERE file_id = :f"),
                             {"f": w.files["cohen"]}).scalar_one()
            assert n == seen, who
