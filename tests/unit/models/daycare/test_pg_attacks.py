"""Raw-SQL attacks on the day-care rows (revision 0020) as the logins themselves: the guard
``maane_daycare_guard`` and the policies refuse what the service would (a child of another file, a used
version of the income-level table changed, overlapping levels, a share the version does not give) and what
only raw SQL does (a case moved to another child or file, approved in another's name or at another time,
opened in another's name or already approved, its age or protocol forged, its eligibility changed after
approval, its status moved back, an ended case changed, a case for a child of a file the login cannot see).

The guard's codes: SQLSTATE 23514 with the MESSAGE exactly the service's code; its other refusals, the
policies' and the grants': 42501."""

from __future__ import annotations

from sqlalchemy import Connection, text

from tests.support import World, as_login
from tests.unit.models.daycare.test_pg_security import (
    CASE_INSERT,
    RULE,
    Rows,
    case_params,
    refused,
    rows,
    scalar,
)

__all__ = ["rows"]  # the fixture


def _one_case(conn: Connection, sql: str, **params: object) -> None:
    """The statement changes exactly one case (allowed)."""
    assert conn.execute(text(sql), params).rowcount == 1, sql


# --- whose case --------------------------------------------------------------------------------------------


def test_a_case_keeps_its_child_and_file(pg_world: World, rows: Rows) -> None:
    """She sees both north files: the case moved to the other toddler, or under the other file, would tell
    the other family's readers of this one's ground and income."""
    with as_login(pg_world, "north_worker") as conn:
        refused(conn, "UPDATE daycare_cases SET child_id = :c WHERE id = :id", c=rows.other_child, id=rows.north_case)
        refused(conn, "UPDATE daycare_cases SET file_id = :f WHERE id = :id", f=rows.other_file, id=rows.north_case)
        refused(conn, "UPDATE daycare_cases SET file_id = :f, child_id = :c WHERE id = :id", f=rows.other_file,
                c=rows.other_child, id=rows.north_case)
        refused(conn, "UPDATE daycare_cases SET worker_id = :u WHERE id = :id",
                u=pg_world.users["north_worker2"].id, id=rows.north_case)
    for who in ("manager", "owner"):  # the manager, and the owner of the tables, are held to it too
        with (pg_world.admin_db.engine.connect() if who == "owner" else as_login(pg_world, who)) as conn:
            refused(conn, "UPDATE daycare_cases SET child_id = :c WHERE id = :id", c=rows.other_child,
                    id=rows.north_case)


def test_a_case_is_of_a_child_of_its_file(pg_world: World, rows: Rows) -> None:
    w = pg_world
    with as_login(w, "north_worker") as conn:
        # the other north toddler under the north file (she sees both)
        refused(conn, CASE_INSERT, RULE, "not_child", **case_params(w, rows, "north_worker", rows.north_file,
                                                                      rows.other_child))
        # the mother as the toddler
        mother = scalar(conn, "SELECT person_id FROM family_members WHERE file_id = :f AND relation = 'parent'",
                        f=rows.other_file)
        refused(conn, CASE_INSERT, RULE, "not_child", **case_params(w, rows, "north_worker", rows.other_file, mother))
        # and the case as it should be is hers to open
        conn.execute(text(CASE_INSERT), case_params(w, rows, "north_worker", rows.other_file, rows.other_child))
        conn.rollback()


def test_no_case_for_a_child_of_a_file_one_cannot_see(pg_world: World, rows: Rows) -> None:
    w = pg_world
    with as_login(w, "south_worker") as conn:
        assert scalar(conn, "SELECT count(*) FROM family_files WHERE id = :f", f=rows.other_file) == 0
        # the guard looks for the child among the file's members through her own policies: she sees none
        # (and the policy's WITH CHECK, after the guard, would refuse the file and the person she cannot see)
        refused(conn, CASE_INSERT, RULE, "not_child",
                **case_params(w, rows, "south_worker", rows.other_file, rows.other_child))
        # nor the north toddler under her own file
        refused(conn, CASE_INSERT, RULE, "not_child",
                **case_params(w, rows, "south_worker", rows.south_file, rows.other_child))
        # nor a change of the north case she cannot see (no row)
        assert conn.execute(text("UPDATE daycare_cases SET ground_detail = 'x' WHERE id = :c"),
                            {"c": rows.north_case}).rowcount == 0
        conn.rollback()


def test_a_case_is_opened_in_the_login_s_own_name_as_a_draft(pg_world: World, rows: Rows) -> None:
    w = pg_world
    with as_login(w, "north_worker") as conn:
        base = case_params(w, rows, "north_worker", rows.other_file, rows.other_child)
        refused(conn, CASE_INSERT, **{**base, "worker": w.users["north_head"].id})
        refused(conn, CASE_INSERT, **{**base, "status": "approved", "approver": w.users["north_worker"].id,
                                      "approved_at": "now"})
        refused(conn, CASE_INSERT, **{**base, "approver": w.users["north_head"].id, "approved_at": "now"})


# --- approval ----------------------------------------------------------------------------------------------


def test_a_case_is_approved_in_the_login_s_own_name_at_the_server_s_time(pg_world: World, rows: Rows) -> None:
    w = pg_world
    approve = ("UPDATE daycare_cases SET status = 'approved', approved_by_id = :by, approved_at = {at},"
               " version = version + 1 WHERE id = :c")
    me, head = w.users["north_worker"].id, w.users["north_head"].id
    with as_login(w, "north_worker") as conn:
        refused(conn, approve.format(at="now()"), by=head, c=rows.north_case)  # in the team head's name
        refused(conn, approve.format(at="now() - interval '3 days'"), by=me, c=rows.north_case)  # back-dated
        _one_case(conn, approve.format(at="now()"), by=me, c=rows.north_case)
        conn.commit()
        # approved once: neither the approver nor the time changes after
        refused(conn, "UPDATE daycare_cases SET approved_by_id = :by WHERE id = :c", by=head, c=rows.north_case)
        refused(conn, "UPDATE daycare_cases SET approved_at = now() - interval '1 day' WHERE id = :c",
                c=rows.north_case)
        refused(conn, "UPDATE daycare_cases SET approved_by_id = NULL, approved_at = NULL, status = 'draft'"
                " WHERE id = :c", c=rows.north_case)


def test_an_approved_case_keeps_its_eligibility_and_share_and_moves_only_forward(pg_world: World,
                                                                                 rows: Rows) -> None:
    w = pg_world
    worker = w.services("north_worker").daycare
    c = worker.case(rows.north_case)
    c = worker.approve(c.id, c.version)
    with as_login(w, "north_worker") as conn:
        for change in ("ground = 'abuse_neglect', medical_info = true", "monthly_income = 0, income_level = 1,"
                       " parent_share = 0", "household_size = 8", "ground_detail = 'אחר'",
                       "calculation = '[]'", "protocol_id = NULL, committee = 'toddlers_at_risk',"
                       " committee_reference = 'x'"):
            refused(conn, f"UPDATE daycare_cases SET {change} WHERE id = :c", c=c.id)
        _one_case(conn, "UPDATE daycare_cases SET status = 'placed', centre_name = 'מעון הדקל',"
                        " start_on = '2027-09-01' WHERE id = :c", c=c.id)
        conn.commit()
        refused(conn, "UPDATE daycare_cases SET status = 'approved' WHERE id = :c", c=c.id)  # back
        _one_case(conn, "UPDATE daycare_cases SET status = 'ended', ended_on = '2027-10-01',"
                        " end_reason = 'עברו דירה' WHERE id = :c", c=c.id)
        conn.commit()
        # ended is final
        refused(conn, "UPDATE daycare_cases SET status = 'placed', ended_on = NULL, end_reason = '' WHERE id = :c",
                c=c.id)
        refused(conn, "UPDATE daycare_cases SET centre_name = 'אחר' WHERE id = :c", c=c.id)


# --- eligibility forged ------------------------------------------------------------------------------------


def test_the_age_and_the_protocol_are_the_child_s(pg_world: World, rows: Rows) -> None:
    w = pg_world
    with as_login(w, "north_worker") as conn:
        base = case_params(w, rows, "north_worker", rows.other_file, rows.other_child)
        refused(conn, CASE_INSERT, **{**base, "age": 20})  # she is 26 months on 1 September 2027
        # the draft protocol, or the north toddler's final protocol, for the other toddler
        refused(conn, CASE_INSERT, **{**base, "committee": "treatment_plan", "p": rows.draft, "ref": ""})
        refused(conn, "UPDATE daycare_cases SET protocol_id = :p WHERE id = :c", p=rows.draft, c=rows.north_case)
        # an older school year to make a 37-month-old toddler look younger
        refused(conn, "UPDATE daycare_cases SET school_year = 2026 WHERE id = :c", c=rows.north_case)
        # both changed together: the age the guard computes (14 months in 2026) is accepted, as the service would
        _one_case(conn, "UPDATE daycare_cases SET school_year = 2026, age_months = 14 WHERE id = :c",
                  c=rows.north_case)
        conn.rollback()


def test_the_share_is_the_one_the_version_gives(pg_world: World, rows: Rows) -> None:
    w = pg_world
    with w.admin_db.engine.begin() as owner:  # an older version, of the same levels
        old = owner.execute(text("INSERT INTO income_tables (valid_from, note, created_by_id, version, created_by,"
                                 " updated_by) VALUES ('2025-01-01', '', :by, 1, 't', 't') RETURNING id"),
                            {"by": w.users["manager"].id}).scalar_one()
        owner.execute(text("INSERT INTO income_levels (table_id, level, income_from, income_to, parent_share)"
                           " SELECT :old, level, income_from, income_to, parent_share FROM income_levels"
                           " WHERE table_id = :t"), {"old": old, "t": rows.used})
    with as_login(w, "north_worker") as conn:
        base = case_params(w, rows, "north_worker", rows.other_file, rows.other_child)
        # a share not of the version, or a version older than the one in force on 1 September
        for forged in ({"share": 0}, {"level": 1, "share": 0}, {"level": 4, "share": 160_000}, {"t": old}):
            refused(conn, CASE_INSERT, RULE, "share_not_of_table", **{**base, **forged})
        refused(conn, "UPDATE daycare_cases SET parent_share = 0 WHERE id = :c", RULE, "share_not_of_table",
                c=rows.north_case)
        refused(conn, "UPDATE daycare_cases SET monthly_income = 100 WHERE id = :c", RULE, "share_not_of_table",
                c=rows.north_case)
        # an income and share that agree are the draft's to change
        _one_case(conn, "UPDATE daycare_cases SET monthly_income = 100, income_level = 1, parent_share = 0"
                        " WHERE id = :c", c=rows.north_case)
        conn.rollback()


# --- the income-level table --------------------------------------------------------------------------------


def test_a_used_version_and_its_levels_never_change(pg_world: World, rows: Rows) -> None:
    for who in ("manager", "admin", "owner"):
        with (pg_world.admin_db.engine.connect() if who == "owner" else as_login(pg_world, who)) as conn:
            for sql in ("UPDATE income_levels SET parent_share = 0 WHERE table_id = :t",
                        "UPDATE income_levels SET income_to = income_to WHERE table_id = :t AND level = 1",
                        "DELETE FROM income_levels WHERE table_id = :t AND level = 4",
                        "INSERT INTO income_levels (table_id, level, income_from, income_to, parent_share)"
                        " VALUES (:t, 9, 9000000, NULL, 1)",
                        "UPDATE income_tables SET valid_from = '2025-06-01' WHERE id = :t",
                        "UPDATE income_tables SET note = 'x' WHERE id = :t"):
                refused(conn, sql, RULE, "table_in_use", t=rows.used)
            # a level moved from the unused version into the used one
            refused(conn, "UPDATE income_levels SET table_id = :t WHERE table_id = :u AND level = 4", t=rows.used,
                    u=rows.unused)
    with as_login(pg_world, "manager") as conn:
        assert scalar(conn, "SELECT sum(parent_share) FROM income_levels WHERE table_id = :t", t=rows.used) == 290_000


def test_the_levels_of_a_version_never_overlap(pg_world: World, rows: Rows) -> None:
    level = ("INSERT INTO income_levels (table_id, level, income_from, income_to, parent_share)"
             " VALUES (:t, :n, :f, :to, 1000)")
    for who in ("manager", "admin"):
        with as_login(pg_world, who) as conn:
            for n, start, end in ((5, 100_000, 150_000), (5, 450_000, 600_000), (5, 0, None), (5, 600_000, None),
                                  (5, 499_999, 500_001)):
                refused(conn, level, RULE, "brackets_overlap", t=rows.unused, n=n, f=start, to=end)
            refused(conn, "UPDATE income_levels SET income_to = 400000 WHERE table_id = :t AND level = 2", RULE,
                    "brackets_overlap", t=rows.unused)
            # widening a bracket into a gap the service would refuse is no overlap: the database allows it
            conn.execute(text("DELETE FROM income_levels WHERE table_id = :t AND level = 3"), {"t": rows.unused})
            conn.execute(text("UPDATE income_levels SET income_to = 500000 WHERE table_id = :t AND level = 2"),
                         {"t": rows.unused})
            conn.rollback()
