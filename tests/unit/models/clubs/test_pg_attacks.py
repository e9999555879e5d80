"""Raw-SQL attacks on the clubs' rows (revision 0017) as the logins themselves, mostly the club worker, who
writes them: the guard ``maane_club_guard`` and the policies refuse what the service would (a seat beyond
the capacity, counting the children of files she cannot see; a child of another file; a child in two clubs;
attendance on a closed day, outside the enrolment or for another club; a payment of nothing or for another
club), and what only raw SQL does (another user's name, a row moved to another child or club, a payment
changed, attendance deleted, a referral changed or decided, a month charged twice or without its adjustment,
an ended discount reopened, a calendar day edited in another's name, a route moved to another club, attendance
left outside a shortened enrolment). Club requests: filed in the login's own name, waiting, for a child of
the file; pinned, enrolled from or withdrawn only by the club worker and the manager, withdrawn by whoever
filed it. The definer functions answer only those who need them (whether a child is in a club: those who
enrol; the last referral number: those who register referrals).

The guard's codes: SQLSTATE 23514 with the MESSAGE exactly the service's code; its other refusals, the
policies' and the grants': 42501."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import text

from tests.support import World, as_login
from tests.unit.models.clubs.test_pg_security import (
    A_CLOSED,
    ADJUST,
    CHARGE,
    COLLECTOR,
    ENROL,
    HOLIDAY,
    MARK,
    NO_DAY,
    OPEN,
    PAY,
    RULE,
    STAMPS,
    START,
    TODAY,
    Clubs,
    _id,
    clubs,
    count,
    enrol,
    member,
    refused,
)

__all__ = ["clubs"]  # the fixture


def _leave(w: World, enrolment: int, on: object) -> None:
    with w.admin_db.engine.begin() as c:  # the owner
        c.execute(text("UPDATE club_enrolments SET left_on = :d, leave_reason = 'moved' WHERE id = :e"),
                  {"d": on, "e": enrolment})


# --- capacity -------------------------------------------------------------------------------------------


def test_no_seat_beyond_the_capacity_counting_the_children_she_cannot_see(pg_world: World, clubs: Clubs) -> None:
    """Club A takes two children: the Cohen child and a child of the restricted file, which the club worker
    cannot see. She sees one child in club A and a free place; the database counts both."""
    w = pg_world
    me = w.users["club"].id
    with as_login(w, "club") as conn:
        assert conn.execute(text("SELECT count(*) FROM club_enrolments WHERE club_id = :c"),
                            {"c": clubs.a}).scalar() == 1
        refused(conn, ENROL, RULE, "club_full", f=w.files["levi"], p=clubs.levi_child, c=clubs.a, s=TODAY, r=None,
                by=me)
        enrol(conn, w.files["levi"], clubs.levi_child, clubs.b, me)  # club B has a free place
        conn.rollback()
    for who in ("manager", "owner"):  # the manager, and the owner of the tables, are held to it too
        with (w.admin_db.engine.connect() if who == "owner" else as_login(w, who)) as conn:
            refused(conn, ENROL, RULE, "club_full", f=w.files["levi"], p=clubs.levi_child, c=clubs.a, s=TODAY,
                    r=None, by=w.users["manager"].id)


def test_only_those_who_enrol_take_the_lock_of_a_club(pg_world: World, clubs: Clubs) -> None:
    """The guard's seat function locks the club's row until the transaction ends: called directly by a login
    that enrols no one, it would hold up every enrolment in the club."""
    w = pg_world
    seat = "SELECT maane_club_seat(:c, current_date, NULL)"
    for who in ("north_worker", "coordinator", "admin"):
        with as_login(w, who) as conn:
            refused(conn, seat, c=clubs.b)
    with as_login(w, "club") as conn:
        conn.execute(text(seat), {"c": clubs.b})  # a place is free in club B
        refused(conn, seat, RULE, "club_full", c=clubs.a)


def test_a_child_who_left_takes_a_seat_again_only_if_one_is_free(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    me = w.users["club"].id
    _leave(w, clubs.cohen, START + timedelta(days=10))
    with as_login(w, "club") as conn:  # the Cohen child's place is free: the Levi child takes it
        enrol(conn, w.files["levi"], clubs.levi_child, clubs.a, me)
        conn.commit()
        # un-leaving, or leaving later, would make three children in a club of two
        refused(conn, "UPDATE club_enrolments SET left_on = NULL, leave_reason = '' WHERE id = :e", RULE,
                "club_full", e=clubs.cohen)
        refused(conn, "UPDATE club_enrolments SET left_on = :d WHERE id = :e", RULE, "club_full",
                d=TODAY + timedelta(days=30), e=clubs.cohen)
        # a leaving day moved earlier frees more, and is hers to record
        conn.execute(text("UPDATE club_enrolments SET left_on = :d WHERE id = :e"),
                     {"d": START + timedelta(days=9), "e": clubs.cohen})
        conn.rollback()


# --- who is enrolled --------------------------------------------------------------------------------------


def test_only_a_child_of_the_file_is_enrolled_under_it(pg_world: World, clubs: Clubs) -> None:
    """She sees both files: the Cohen child enrolled under the Haddad file would show the south team (who
    cannot see her) her name, allergies and collectors through the Haddad file's club rows."""
    w = pg_world
    p, f, me = w.persons, w.files, w.users["club"].id
    with as_login(w, "club") as conn:
        refused(conn, ENROL, RULE, "not_child", f=f["haddad"], p=clubs.cohen_child2, c=clubs.b, s=TODAY, r=None,
                by=me)
        refused(conn, ENROL, RULE, "not_child", f=f["cohen"], p=p["cohen_father"], c=clubs.b, s=TODAY, r=None,
                by=me)  # a parent
        # a child of the restricted file, under a file she sees
        refused(conn, ENROL, RULE, "not_child", f=f["cohen"], p=clubs.secret_child, c=clubs.b, s=TODAY, r=None,
                by=me)
        # the restricted file's enrolment is not hers to change (the policy: no row)
        assert conn.execute(text("UPDATE club_enrolments SET allergies = '' WHERE id = :e"),
                            {"e": clubs.secret}).rowcount == 0
        conn.rollback()
        enrol(conn, f["cohen"], clubs.cohen_child2, clubs.b, me)  # the file's own second child
        conn.rollback()


def test_a_child_is_in_one_club_at_a_time_in_any_file(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    p, f, me = w.persons, w.files, w.users["club"].id
    with as_login(w, "club") as conn:
        refused(conn, ENROL, RULE, "already_enrolled", f=f["cohen"], p=p["cohen_child"], c=clubs.b, s=TODAY,
                r=None, by=me)
    _leave(w, clubs.cohen, TODAY + timedelta(days=10))
    with as_login(w, "club") as conn:  # leaving in ten days: club B from the day she leaves, not before
        refused(conn, ENROL, RULE, "already_enrolled", f=f["cohen"], p=p["cohen_child"], c=clubs.b, s=TODAY,
                r=None, by=me)
        enrol(conn, f["cohen"], p["cohen_child"], clubs.b, me, TODAY + timedelta(days=10))
        conn.rollback()
    # the child of the restricted file is a child of the Levi file too (the other parent's): enrolled in club A
    # under the restricted file, which the club worker cannot see, she is not enrolled again under the Levi file
    with w.admin_db.engine.begin() as c:
        member(c, f["levi"], clubs.secret_child)
    with as_login(w, "club") as conn:
        assert conn.execute(text("SELECT count(*) FROM club_enrolments WHERE person_id = :p"),
                            {"p": clubs.secret_child}).scalar() == 0
        refused(conn, ENROL, RULE, "already_enrolled", f=f["levi"], p=clubs.secret_child, c=clubs.b, s=TODAY,
                r=None, by=me)
        # the definer function answers of a child of a file she sees only: asked of the restricted file, no
        ask = "SELECT maane_club_child_enrolled(:p, :f, :d, NULL, NULL)"
        assert conn.execute(text(ask), {"p": clubs.secret_child, "f": f["secret"], "d": TODAY}).scalar() is False
        assert conn.execute(text(ask), {"p": p["haddad_father"], "f": f["secret"], "d": TODAY}).scalar() is False


def test_an_enrolment_keeps_its_club_file_child_and_author(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    f = w.files
    with as_login(w, "club") as conn:
        refused(conn, ENROL, f=f["levi"], p=clubs.levi_child, c=clubs.b, s=TODAY, r=None, by=w.users["manager"].id)
        for column, value in (("club_id", clubs.b), ("person_id", clubs.cohen_child2),
                              ("enrolled_by_id", w.users["manager"].id)):
            refused(conn, f"UPDATE club_enrolments SET {column} = :v WHERE id = :e", v=value, e=clubs.cohen)
        # moved, with its child, to another file she sees (the guard; the composite keys hold the rows under it)
        refused(conn, "UPDATE club_enrolments SET file_id = :f WHERE id = :e", f=f["levi"], e=clubs.cohen)
        conn.execute(text("UPDATE club_enrolments SET allergies = 'אגוזים' WHERE id = :e"), {"e": clubs.cohen})
        conn.rollback()


def test_a_route_and_a_request_are_the_enrolment_s_own(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    f, me = w.files, w.users["club"].id
    with w.admin_db.engine.begin() as c:
        request = _id(c, "INSERT INTO club_requests (file_id, person_id, route, reason, goals, urgency,"
                      " requested_by_id, requested_on, status, preferred_club_id, risk, source_name, source_contact,"
                      " pinned_rank, rank_reason, closed_on, close_reason, close_note, version, created_by,"
                      " updated_by) VALUES (:f, :p, 'family_worker', 'קשיים', '', 'week', :u, :d, 'waiting', NULL,"
                      f" 'medium', '', '', NULL, '', NULL, '', '', {STAMPS})",
                      f=f["cohen"], p=clubs.cohen_child2, u=w.users["north_worker"].id, d=TODAY)
    with as_login(w, "club") as conn:
        refused(conn, ENROL, RULE, "route_other_club", f=f["levi"], p=clubs.levi_child, c=clubs.b, s=TODAY,
                r=clubs.route_a, by=me)
        refused(conn, ENROL.replace("VALUES (:f, :p, :c, NULL,", "VALUES (:f, :p, :c, :req,"), f=f["levi"],
                p=clubs.levi_child, c=clubs.b, s=TODAY, r=None, by=me, req=request)  # another child's request
        conn.execute(text(ENROL.replace("VALUES (:f, :p, :c, NULL,", "VALUES (:f, :p, :c, :req,")),
                     {"f": f["cohen"], "p": clubs.cohen_child2, "c": clubs.b, "s": TODAY, "r": clubs.route_b,
                      "by": me, "req": request})
        conn.rollback()


def test_only_those_who_enrol_ask_whether_a_child_is_in_a_club(pg_world: World, clubs: Clubs) -> None:
    """The definer function counts the enrolments of every file: the coordinator and the intake worker see the
    Cohen file and read none of its club rows; asking it (and moving the days) would tell them whether, and
    from when to when, the child is in a club."""
    w = pg_world
    ask = "SELECT maane_club_child_enrolled(:p, :f, :d, NULL, NULL)"
    params: dict[str, Any] = {"p": w.persons["cohen_child"], "f": w.files["cohen"], "d": TODAY}
    for who in ("coordinator", "intake", "north_worker", "north_head", "youth_law", "admin"):
        with as_login(w, who) as conn:
            refused(conn, ask, **params)
    for who in ("club", "manager"):
        with as_login(w, who) as conn:
            assert conn.execute(text(ask), params).scalar() is True, who


def test_an_enrolment_keeps_the_days_of_its_recorded_attendance(pg_world: World, clubs: Clubs) -> None:
    """The Cohen child was marked present on OPEN: a later start or an earlier leaving day would leave the
    mark outside her enrolment (and her month's fee without a day)."""
    w = pg_world
    with as_login(w, "club") as conn:
        refused(conn, "UPDATE club_enrolments SET starts_on = :d WHERE id = :e", d=OPEN + timedelta(days=1),
                e=clubs.cohen)
        for left in (OPEN, OPEN - timedelta(days=1)):  # the leaving day is the first day away
            refused(conn, "UPDATE club_enrolments SET left_on = :d, leave_reason = 'moved' WHERE id = :e", d=left,
                    e=clubs.cohen)
        conn.execute(text("UPDATE club_enrolments SET left_on = :d, leave_reason = 'moved' WHERE id = :e"),
                     {"d": OPEN + timedelta(days=1), "e": clubs.cohen})
        conn.execute(text("UPDATE club_enrolments SET starts_on = :d WHERE id = :e"), {"d": OPEN, "e": clubs.cohen})
        conn.rollback()


def test_a_route_keeps_its_club(pg_world: World, clubs: Clubs) -> None:
    """Moved to club B, club A's route would be the route of the Cohen child's enrolment in club A."""
    with as_login(pg_world, "club") as conn:
        refused(conn, "UPDATE club_routes SET club_id = :c WHERE id = :r", c=clubs.b, r=clubs.route_a)
        conn.execute(text("UPDATE club_routes SET driver = 'נהג בדוי 050-0000000' WHERE id = :r"),
                     {"r": clubs.route_a})
        conn.rollback()


# --- attendance -----------------------------------------------------------------------------------------


def test_attendance_only_on_an_open_day_of_the_club_s_calendar(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    me, cohen, haddad = w.users["club"].id, w.files["cohen"], w.files["haddad"]
    with as_login(w, "club") as conn:
        for day in (HOLIDAY, A_CLOSED, NO_DAY):  # the department's holiday, club A's own, a day not in it
            refused(conn, MARK, RULE, "closed_day", e=clubs.cohen, f=cohen, c=clubs.a, d=day, present=True,
                    why="", t=None, by=me)
        # club B keeps the department's club day that club A closed
        conn.execute(text(MARK), {"e": clubs.haddad, "f": haddad, "c": clubs.b, "d": A_CLOSED, "present": False,
                                  "why": "sick", "t": None, "by": me})
        conn.execute(text(MARK), {"e": clubs.cohen, "f": cohen, "c": clubs.a, "d": OPEN + timedelta(days=1),
                                  "present": True, "why": "", "t": None, "by": me})
        conn.rollback()


def test_attendance_only_within_the_enrolment_for_its_club_in_the_login_s_name(pg_world: World,
                                                                              clubs: Clubs) -> None:
    w = pg_world
    me, cohen = w.users["club"].id, w.files["cohen"]
    _leave(w, clubs.cohen, START + timedelta(days=10))
    params: dict[str, Any] = {"e": clubs.cohen, "f": cohen, "c": clubs.a, "present": True, "why": "", "t": None,
                              "by": me}
    with as_login(w, "club") as conn:
        refused(conn, MARK, RULE, "not_enrolled_that_day", **{**params, "d": START - timedelta(days=1)})
        refused(conn, MARK, RULE, "not_enrolled_that_day", **{**params, "d": START + timedelta(days=12)})
        refused(conn, MARK, **{**params, "d": OPEN, "c": clubs.b})  # for another club
        refused(conn, MARK, **{**params, "d": START + timedelta(days=9), "by": w.users["manager"].id})
        # the leaving day is the first day she is gone (as the service and the club's numbers count it)
        refused(conn, MARK, RULE, "not_enrolled_that_day", **{**params, "d": START + timedelta(days=10)})
        conn.execute(text(MARK), {**params, "d": START + timedelta(days=9)})  # her last day
        conn.rollback()


def test_a_mark_keeps_its_day_is_changed_in_the_login_s_name_and_is_never_deleted(pg_world: World,
                                                                                clubs: Clubs) -> None:
    w = pg_world
    with as_login(w, "club") as conn:
        refused(conn, "UPDATE club_attendance SET day = :d WHERE id = :a", d=OPEN + timedelta(days=1),
                a=clubs.attendance)
        refused(conn, "UPDATE club_attendance SET club_id = :c WHERE id = :a", c=clubs.b, a=clubs.attendance)
        refused(conn, "DELETE FROM club_attendance WHERE id = :a", a=clubs.attendance)
        # a Task of another file on an absence of the Cohen child
        refused(conn, "UPDATE club_attendance SET task_id = :t WHERE id = :a", t=clubs.haddad_task,
                a=clubs.attendance)
    with as_login(w, "manager") as conn:  # the club worker's mark, changed in the club worker's name
        refused(conn, "UPDATE club_attendance SET present = false, reason = 'sick' WHERE id = :a",
                a=clubs.attendance)
        conn.execute(text("UPDATE club_attendance SET present = false, reason = 'sick', recorded_by_id = :u"
                          " WHERE id = :a"), {"u": w.users["manager"].id, "a": clubs.attendance})
        conn.rollback()
        # the absence's Task alone (what the third unexplained absence does), a Task of the child's file
        conn.execute(text("UPDATE club_attendance SET task_id = :t WHERE id = :a"),
                     {"t": clubs.haddad_task, "a": clubs.haddad_attendance})
        conn.rollback()
    with w.admin_db.engine.connect() as owner:  # nobody deletes a mark but the owner, who is no login
        assert owner.execute(text("SELECT count(*) FROM club_attendance")).scalar() == 3


# --- money ------------------------------------------------------------------------------------------------


def test_a_payment_is_positive_of_its_enrolment_s_club_in_the_login_s_name_and_not_dated_ahead(
        pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    me, cohen = w.users["club"].id, w.files["cohen"]
    params: dict[str, Any] = {"e": clubs.cohen, "f": cohen, "c": clubs.a, "d": TODAY, "amount": 13000, "by": me}
    with as_login(w, "club") as conn:
        for amount in (0, -13000):
            refused(conn, PAY, RULE, 'new row for relation "club_payments" violates check constraint'
                    ' "ck_club_payments_amount_positive"', **{**params, "amount": amount})
        refused(conn, PAY, **{**params, "c": clubs.b})  # for another club
        refused(conn, PAY, **{**params, "by": w.users["manager"].id})  # in another's name
        refused(conn, PAY, RULE, "future_day", **{**params, "d": TODAY + timedelta(days=1)})
        # of a child never enrolled: under the Cohen file, an enrolment of another file's child
        refused(conn, PAY, **{**params, "e": clubs.haddad})
        conn.execute(text(PAY), params)
        conn.rollback()


def test_a_payment_or_a_charge_is_never_changed_or_deleted(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    for who in ("club", "manager", "owner"):
        with (w.admin_db.engine.connect() if who == "owner" else as_login(w, who)) as conn:
            refused(conn, "UPDATE club_payments SET amount_agorot = 1 WHERE id = :p", p=clubs.payment)
            refused(conn, "UPDATE club_fee_charges SET discount_agorot = 13000, amount_agorot = 0 WHERE id = :c",
                    c=clubs.charge)
            if who != "owner":  # no grant; the owner's DELETE is an administrator's, not a login's
                refused(conn, "DELETE FROM club_payments WHERE id = :p", p=clubs.payment)
                refused(conn, "DELETE FROM club_fee_charges WHERE id = :c", c=clubs.charge)


def test_a_charge_is_the_club_s_fee_once_a_month_less_only_the_adjustment_in_force(pg_world: World,
                                                                                   clubs: Clubs) -> None:
    """No free month without a decision with a reason, no full fee over a discount decided, no second charge
    of a month on another of its days."""
    w = pg_world
    me, cohen = w.users["club"].id, w.files["cohen"]
    next_month = (TODAY.replace(day=1) + timedelta(days=32)).replace(day=1)
    charge: dict[str, Any] = {"e": clubs.cohen, "f": cohen, "c": clubs.a, "m": next_month, "disc": 5000,
                              "adj": clubs.adjustment, "by": me}
    with as_login(w, "club") as conn:
        refused(conn, CHARGE, **{**charge, "disc": 13000, "adj": None})  # exempted by no one
        refused(conn, CHARGE, **{**charge, "disc": 13000})  # more than the discount decided
        refused(conn, CHARGE, **{**charge, "disc": 0, "adj": None})  # the discount in force ignored
        refused(conn, CHARGE, **{**charge, "m": TODAY.replace(day=2)})  # this month (charged) again, on its 2nd
        refused(conn, CHARGE.replace("13000, :disc, 13000 - :disc", "20000, :disc, 20000 - :disc"), **charge)
        conn.execute(text(CHARGE), charge)
        conn.rollback()


def test_charges_and_adjustments_are_of_their_enrolment_in_the_login_s_name(pg_world: World,
                                                                            clubs: Clubs) -> None:
    w = pg_world
    me, manager, cohen = w.users["club"].id, w.users["manager"].id, w.files["cohen"]
    next_month = (TODAY.replace(day=1) + timedelta(days=32)).replace(day=1)
    charge: dict[str, Any] = {"e": clubs.cohen, "f": cohen, "c": clubs.a, "m": next_month, "disc": 0, "adj": None,
                              "by": me}
    with as_login(w, "club") as conn:
        refused(conn, CHARGE, **{**charge, "by": manager})
        refused(conn, CHARGE, **{**charge, "c": clubs.b})
        with w.admin_db.engine.connect() as owner:  # the Haddad child's discount
            other = owner.execute(text("SELECT id FROM club_fee_adjustments WHERE enrolment_id = :e"),
                                  {"e": clubs.haddad}).scalar_one()
        refused(conn, CHARGE, **{**charge, "disc": 5000, "adj": other})
        conn.execute(text(CHARGE), {**charge, "disc": 5000, "adj": clubs.adjustment})
        conn.rollback()
        adjust: dict[str, Any] = {"e": clubs.cohen, "f": cohen, "m": next_month, "d": TODAY}
        refused(conn, ADJUST, **adjust, by=manager)
        conn.execute(text(ADJUST), {**adjust, "by": me})
        conn.rollback()
        # a decision is never changed, only ended
        refused(conn, "UPDATE club_fee_adjustments SET discount_agorot = 13000 WHERE id = :a", a=clubs.adjustment)
        refused(conn, "UPDATE club_fee_adjustments SET decided_by_id = :u WHERE id = :a", u=me, a=clubs.adjustment)
        conn.execute(text("UPDATE club_fee_adjustments SET to_month = :m WHERE id = :a"),
                     {"m": next_month, "a": clubs.adjustment})
        conn.rollback()


def test_an_ended_exemption_or_discount_is_not_reopened(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    month = TODAY.replace(day=1)
    later = (month + timedelta(days=70)).replace(day=1)
    with w.admin_db.engine.begin() as c:  # ended this month (a new decision from next month)
        c.execute(text("UPDATE club_fee_adjustments SET to_month = :m WHERE id = :a"), {"m": month, "a": clubs.adjustment})
    with as_login(w, "club") as conn:
        for value in (None, later):  # reopened, or extended: the months after it charged in full would owe less
            refused(conn, "UPDATE club_fee_adjustments SET to_month = :m WHERE id = :a", m=value, a=clubs.adjustment)
        conn.execute(text("UPDATE club_fee_adjustments SET to_month = from_month WHERE id = :a"),
                     {"a": clubs.adjustment})  # ended earlier still
        conn.rollback()


def test_a_calendar_day_is_edited_in_the_login_s_name_and_keeps_its_date(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    me, manager = w.users["club"].id, w.users["manager"].id
    edit = ("UPDATE club_calendar_days SET kind = 'closed', reason = 'שביתה', edited_by_id = :u"
            " WHERE day = :d AND club_id IS NULL")
    with as_login(w, "club") as conn:
        refused(conn, edit, u=manager, d=TODAY)  # in the manager's name
        refused(conn, edit, u=None, d=TODAY)  # as if computed from the Hebrew calendar
        refused(conn, "UPDATE club_calendar_days SET day = day + 60 WHERE day = :d AND club_id IS NULL", d=TODAY)
        refused(conn, "INSERT INTO club_calendar_days (school_year, day, club_id, kind, holiday, reason,"
                f" edited_by_id, version, created_by, updated_by) VALUES (2030, '2030-10-01', :c, 'club', '', 'x',"
                f" :u, {STAMPS})", c=clubs.a, u=manager)
        assert conn.execute(text(edit), {"u": me, "d": TODAY}).rowcount == 1
        conn.rollback()


def test_collectors_stay_under_their_enrolment(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    with as_login(w, "club") as conn:
        refused(conn, "UPDATE club_collectors SET enrolment_id = :e, file_id = :f WHERE id = :c", e=clubs.haddad,
                f=w.files["haddad"], c=clubs.collector)
        _id(conn, COLLECTOR, e=clubs.cohen, f=w.files["cohen"])
        conn.execute(text("DELETE FROM club_collectors WHERE id = :c"), {"c": clubs.collector})
        conn.rollback()
    with as_login(w, "north_worker") as conn:  # she reads them; deleting one is no reader's
        assert count(conn, "club_collectors", w.files["cohen"]) == 1
        refused(conn, "DELETE FROM club_collectors WHERE id = :c", c=clubs.collector)


# --- club requests --------------------------------------------------------------------------------------

REQUEST = ("INSERT INTO club_requests (file_id, person_id, route, reason, goals, urgency, requested_by_id,"
           " requested_on, status, preferred_club_id, risk, source_name, source_contact, pinned_rank, rank_reason,"
           " closed_on, close_reason, close_note, version, created_by, updated_by) VALUES (:f, :p, 'family_worker',"
           " 'קשיים חברתיים', '', 'routine', :u, :d, :st, NULL, 'medium', '', '', :rank, :why, :closed, '', '',"
           f" {STAMPS})")


def _request(**kw: Any) -> dict[str, Any]:
    return {"st": "waiting", "rank": None, "why": "", "closed": None, "d": TODAY, **kw}


def test_a_club_request_is_filed_in_the_login_s_name_waiting_for_a_child_of_the_file(pg_world: World,
                                                                                      clubs: Clubs) -> None:
    w = pg_world
    f, p, me = w.files, w.persons, w.users["north_worker"].id
    mine = _request(f=f["cohen"], p=clubs.cohen_child2, u=me)
    with as_login(w, "north_worker") as conn:
        refused(conn, REQUEST, **{**mine, "u": w.users["north_head"].id})  # in her team head's name
        refused(conn, REQUEST, **{**mine, "st": "enrolled", "closed": TODAY})  # enrolled by no one
        refused(conn, REQUEST, **{**mine, "rank": 1, "why": "דחוף"})  # first on the list
        refused(conn, REQUEST, RULE, "not_child", **{**mine, "p": p["cohen_father"]})  # a parent
        _id(conn, REQUEST, **mine)
        conn.rollback()
    with as_login(w, "club") as conn:  # she sees both files: the Haddad child on the Cohen file's list
        refused(conn, REQUEST, RULE, "not_child", **_request(f=f["cohen"], p=p["haddad_child"],
                                                              u=w.users["club"].id))


def test_only_the_club_worker_pins_or_enrols_a_request_and_the_filer_withdraws_hers(pg_world: World,
                                                                                    clubs: Clubs) -> None:
    w = pg_world
    with w.admin_db.engine.begin() as c:
        request = _id(c, REQUEST, **_request(f=w.files["cohen"], p=clubs.cohen_child2, u=w.users["north_worker"].id,
                                             d=TODAY - timedelta(days=3)))
    withdraw = ("UPDATE club_requests SET status = 'withdrawn', closed_on = current_date,"
                " close_reason = 'family_declined' WHERE id = :r")
    enrolled = "UPDATE club_requests SET status = 'enrolled', closed_on = current_date WHERE id = :r"
    pin = "UPDATE club_requests SET pinned_rank = 1, rank_reason = 'דחוף' WHERE id = :r"
    earlier = "UPDATE club_requests SET requested_on = requested_on - 365 WHERE id = :r"
    with as_login(w, "north_worker") as conn:  # she filed it: withdrawing it is all she does
        for sql in (enrolled, pin, earlier, "UPDATE club_requests SET urgency = 'immediate', risk = 'high'"
                    " WHERE id = :r", "UPDATE club_requests SET requested_by_id = :u WHERE id = :r"):
            refused(conn, sql, r=request, u=w.users["north_head"].id)
    for who in ("north_head", "intake", "youth_law"):  # they see it; it is not theirs
        with as_login(w, who) as conn:
            for sql in (withdraw, enrolled, pin):
                refused(conn, sql, r=request)
    with as_login(w, "club") as conn:
        refused(conn, earlier, r=request)  # the list's order is overridden by a pin with a reason
        refused(conn, "UPDATE club_requests SET person_id = :p WHERE id = :r", p=w.persons["cohen_child"],
                r=request)
        conn.execute(text(pin), {"r": request})
        conn.execute(text(enrolled), {"r": request})
        conn.rollback()
    with as_login(w, "north_worker") as conn:
        conn.execute(text(withdraw), {"r": request})
        conn.commit()
        refused(conn, "UPDATE club_requests SET status = 'waiting', closed_on = NULL, close_reason = ''"
                " WHERE id = :r", r=request)  # withdrawn is final
    with as_login(w, "club") as conn:
        refused(conn, "UPDATE club_requests SET status = 'waiting', closed_on = NULL, close_reason = ''"
                " WHERE id = :r", r=request)


# --- referrals (route c: a school refers a family the department does not know) ---------------------------

REFERRAL = ("INSERT INTO referrals (number, received_on, channel, source, referrer_name, referrer_role,"
            " referrer_organisation, referrer_phone, problem, urgency, urgency_rank, notes, intake_worker_id, status,"
            " outcome, decided_on, decided_by_id, file_id, elsewhere_service, elsewhere_detail,"
            " no_intervention_reason, outcome_note, due_by, version, created_by, updated_by) VALUES (:n,"
            " current_date, 'phone', 'kindergarten', 'גננת בדויה', 'גננת', 'גן הדקל', '08-0000001', 'קשיים בגן',"
            " 'week', 2, '', :w, :st, :o, :d, :by, NULL, '', '', :why, '', current_date + 7, 1, '', '')")


def _referral(number: str, worker: int, decided: bool = False) -> dict[str, Any]:
    return {"n": number, "w": worker, "st": "closed" if decided else "open",
            "o": "no_intervention" if decided else "", "d": TODAY if decided else None,
            "by": worker if decided else None, "why": "resolved" if decided else ""}


def test_the_club_worker_registers_a_referral_in_her_name_and_never_changes_or_decides_one(
        pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    me, intake = w.users["club"].id, w.users["intake"].id
    prefix = f"{TODAY.year:04d}/"
    with as_login(w, "intake") as conn:  # intake's own open referral, which the club worker cannot read
        theirs = _id(conn, REFERRAL, **_referral(prefix + "0007", intake))
        conn.commit()
    for who in ("coordinator", "north_worker", "youth_law", "admin"):  # who registers none counts none
        with as_login(w, who) as conn:
            assert conn.execute(text("SELECT maane_last_referral_number(:p)"), {"p": prefix}).scalar() is None, who
    with as_login(w, "club") as conn:
        assert conn.execute(text("SELECT count(*) FROM referrals")).scalar() == 0
        # the next number, of every referral (she reads only her own)
        last = conn.execute(text("SELECT maane_last_referral_number(:p)"), {"p": prefix}).scalar_one()
        assert last == prefix + "0007"
        refused(conn, REFERRAL, **_referral(prefix + "0008", intake))  # in intake's name
        refused(conn, REFERRAL, **_referral(prefix + "0008", me, decided=True))  # decided at once
        mine = _id(conn, REFERRAL, **_referral(prefix + "0008", me))
        child = _id(conn, "INSERT INTO persons (id_kind, id_number, first_name, last_name, first_name_ar,"
                    " last_name_ar, first_name_lat, last_name_lat, sex, preferred_language, first_name_key,"
                    " last_name_key, search_key, version, created_by, updated_by) VALUES ('none', NULL, 'עדן',"
                    f" 'בדויה', '', '', '', '', 'f', 'he', 'עדן', 'בדויה', 'עדן בדויה', {STAMPS})")
        conn.execute(text("INSERT INTO referral_persons (referral_id, person_id, relation) VALUES (:r, :p, 'child')"),
                     {"r": mine, "p": child})
        conn.commit()
        # the persons of intake's referral are not hers to add
        refused(conn, "INSERT INTO referral_persons (referral_id, person_id, relation) VALUES (:r, :p, 'child')",
                r=theirs, p=child)
        # her referral is hers to read, not to change or decide: no row is writable
        assert conn.execute(text("SELECT status FROM referrals WHERE id = :r"), {"r": mine}).scalar() == "open"
        for sql in ("UPDATE referrals SET problem = 'שונה' WHERE id = :r",
                    "UPDATE referrals SET status = 'closed', outcome = 'no_intervention', decided_on = current_date,"
                    " decided_by_id = :u, no_intervention_reason = 'resolved' WHERE id = :r"):
            assert conn.execute(text(sql), {"r": mine, "u": me}).rowcount == 0
        assert conn.execute(text("UPDATE referral_persons SET relation = 'other' WHERE referral_id = :r"),
                            {"r": mine}).rowcount == 0
        assert conn.execute(text("DELETE FROM referral_persons WHERE referral_id = :r"), {"r": mine}).rowcount == 0
        refused(conn, "DELETE FROM referrals WHERE id = :r", r=mine)
        conn.commit()
    with as_login(w, "intake") as conn:  # intake reads it, whole, and decides it
        assert conn.execute(text("SELECT status, intake_worker_id, problem FROM referrals WHERE id = :r"),
                            {"r": mine}).one() == ("open", me, "קשיים בגן")
        assert conn.execute(text("SELECT count(*) FROM referral_persons WHERE referral_id = :r"),
                            {"r": mine}).scalar() == 1
