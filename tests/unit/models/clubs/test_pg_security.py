"""The clubs' security on PostgreSQL (revision 0017): who reads which club rows, as the logins themselves
with raw SQL, as a worker with psql has it. The rows of an enrolled child (enrolment, collectors, attendance,
fee adjustments, charges, payments) are read only by the roles with VIEW_CLUBS among those who see the file
(the club worker department-wide, a family worker her team's files), written only by the club worker and the
manager; the club worker reads no case note at all; the coordinator, the intake worker and the administrator
read no club row; a club's numbers (maane_club_counts) count every file, and tell nothing else.

The rows are set up as the owner of the tables with raw SQL (the guard holds for the owner too): two clubs of
two places each, club A full with the Cohen child and a child of the restricted file, club B with the Haddad
child; a calendar of club days around them with a closed holiday, a day club A closes and a day missing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from models.security import security_problems
from tests.support import World, as_login

REFUSED = "42501"  # insufficient_privilege: a missing grant, a policy's WITH CHECK, the guard's sentences
RULE = "23514"  # check_violation: a CHECK constraint, and the guard's codes (the MESSAGE is the code)
TODAY = date.today()
START = TODAY - timedelta(days=30)  # the enrolments of the fixture start here
HOLIDAY = START + timedelta(days=5)  # closed for the department; club B opens it as a camp day
A_CLOSED = START + timedelta(days=6)  # a club day of the department that club A closes
NO_DAY = START + timedelta(days=7)  # a day missing from the calendar
OPEN = START + timedelta(days=8)  # a club day for both clubs
STAMPS = "1, 'test', 'test'"
CLUB_ROWS = ("club_enrolments", "club_collectors", "club_attendance", "club_fee_adjustments", "club_fee_charges",
             "club_payments")
TABLES = ("clubs", "club_routes", "club_calendar_days", *CLUB_ROWS, "club_requests", "case_notes", "referrals",
          "referral_persons")


def sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str | None:
    return getattr(exc.value.orig, "sqlstate", None)


def message(exc: DBAPIError) -> str | None:
    """The primary message of the driver's error (the guard's code, for its rules)."""
    diag = getattr(exc.orig, "diag", None)
    return getattr(diag, "message_primary", None)


def _id(conn: Connection, sql: str, **params: Any) -> int:
    return int(conn.execute(text(sql + " RETURNING id"), params).scalar_one())


def school_year(day: date) -> int:
    return day.year if day.month >= 9 else day.year - 1


def club(conn: Connection, name: str, capacity: int) -> int:
    return _id(conn, "INSERT INTO clubs (name, address, phone, capacity, min_age, max_age, hours, guide_name,"
               " house_mother_name, supervisor_id, monthly_fee_agorot, active, version, created_by, updated_by)"
               " VALUES (:n, 'רחוב הגפן 4', '08-0000000', :c, 3, 12, 'א׳-ה׳ 12:00-18:00', 'מדריכה בדויה',"
               f" 'אם בית בדויה', NULL, 13000, true, {STAMPS})", n=name, c=capacity)


def route(conn: Connection, club_id: int, name: str) -> int:
    return _id(conn, "INSERT INTO club_routes (club_id, name, stops, driver, active, version, created_by,"
               f" updated_by) VALUES (:c, :n, 'בית ספר הדקל', '', true, {STAMPS})", c=club_id, n=name)


def day(conn: Connection, on: date, kind: str, club_id: int | None = None, holiday: str = "") -> None:
    conn.execute(text("INSERT INTO club_calendar_days (school_year, day, club_id, kind, holiday, reason,"
                      f" edited_by_id, version, created_by, updated_by) VALUES (:y, :d, :c, :k, :h, :r, NULL,"
                      f" {STAMPS})"),
                 {"y": school_year(on), "d": on, "c": club_id, "k": kind, "h": holiday,
                  "r": "" if club_id is None else "שינוי של המועדונית"})


def person(conn: Connection, first: str, last: str, born: date) -> int:
    return _id(conn, "INSERT INTO persons (id_kind, id_number, first_name, last_name, first_name_ar, last_name_ar,"
               " first_name_lat, last_name_lat, birth_date, sex, preferred_language, first_name_key,"
               " last_name_key, search_key, version, created_by, updated_by) VALUES ('none', NULL, :f, :l, '',"
               f" '', '', '', :b, 'f', 'he', :f, :l, :k, {STAMPS})", f=first, l=last, b=born, k=f"{first} {last}")


def member(conn: Connection, file_id: int, person_id: int, relation: str = "child") -> None:
    conn.execute(text("INSERT INTO family_members (file_id, person_id, relation) VALUES (:f, :p, :r)"),
                 {"f": file_id, "p": person_id, "r": relation})


ENROL = ("INSERT INTO club_enrolments (file_id, person_id, club_id, request_id, starts_on, ends_on, goals, diet,"
         " allergies, school, route_id, dropoff_address, consent_signed, consent_on, age_override_reason, left_on,"
         " leave_reason, leave_note, enrolled_by_id, version, created_by, updated_by) VALUES (:f, :p, :c, NULL,"
         " :s, NULL, 'שילוב חברתי', '', 'בוטנים', 'בית ספר הדקל', :r, '', true, :s, '', NULL, '', '', :by,"
         f" {STAMPS})")


def enrol(conn: Connection, file_id: int, person_id: int, club_id: int, by: int, starts_on: date = TODAY,
          route_id: int | None = None) -> int:
    return _id(conn, ENROL, f=file_id, p=person_id, c=club_id, s=starts_on, r=route_id, by=by)


MARK = ("INSERT INTO club_attendance (enrolment_id, file_id, club_id, day, present, reason, note, task_id,"
        " recorded_by_id) VALUES (:e, :f, :c, :d, :present, :why, '', :t, :by)")


def mark(conn: Connection, enrolment: int, file_id: int, club_id: int, on: date, by: int, present: bool = True,
         task: int | None = None) -> int:
    return _id(conn, MARK, e=enrolment, f=file_id, c=club_id, d=on, present=present, why="", t=task, by=by)


ADJUST = ("INSERT INTO club_fee_adjustments (enrolment_id, file_id, kind, discount_agorot, from_month, to_month,"
          " reason, decided_by_id, decided_on) VALUES (:e, :f, 'discount', 5000, :m, NULL, 'הכנסה נמוכה', :by, :d)")
CHARGE = ("INSERT INTO club_fee_charges (enrolment_id, file_id, club_id, month, fee_agorot, discount_agorot,"
          " amount_agorot, adjustment_id, charged_by_id, charged_at) VALUES (:e, :f, :c, :m, 13000, :disc,"
          " 13000 - :disc, :adj, :by, now())")
PAY = ("INSERT INTO club_payments (enrolment_id, file_id, club_id, paid_on, amount_agorot, method, receipt_no,"
       " note, recorded_by_id, recorded_at) VALUES (:e, :f, :c, :d, :amount, 'cash', '0001', '', :by, now())")
COLLECTOR = ("INSERT INTO club_collectors (enrolment_id, file_id, position, name, relation, phone, id_number)"
             " VALUES (:e, :f, 1, 'סבתא בדויה', 'סבתא', '050-0000099', '')")


@dataclass
class Clubs:
    a: int  # capacity 2, full: the Cohen child and the child of the restricted file
    b: int  # capacity 2: the Haddad child (one place free)
    route_a: int
    route_b: int
    cohen: int  # the enrolments
    secret: int
    haddad: int
    secret_child: int  # a child of the restricted file (north team, north_worker2's)
    cohen_child2: int  # a second child of the Cohen file, not enrolled
    levi_child: int  # a child of the Levi file (north), not enrolled
    adjustment: int  # the Cohen child's discount, charge, payment, collector, attendance
    charge: int
    payment: int
    collector: int
    attendance: int
    haddad_attendance: int
    haddad_payment: int
    note: int  # a signed case note of the Cohen file
    haddad_task: int  # a Task of the Haddad file


@pytest.fixture
def clubs(pg_world: World) -> Iterator[Clubs]:
    w = pg_world
    u = {k: v.id for k, v in w.users.items()}
    f, p = w.files, w.persons
    month = TODAY.replace(day=1)
    with w.admin_db.engine.begin() as c:  # the owner of the tables
        a, b = club(c, "מועדונית הדקל", 2), club(c, "מועדונית הזית", 2)
        route_a, route_b = route(c, a, "קו צפון"), route(c, b, "קו דרום")
        for n in range(0, 45):
            on = START + timedelta(days=n)
            if on == HOLIDAY:
                day(c, on, "closed", holiday="purim")
                day(c, on, "camp", club_id=b)
            elif on != NO_DAY:
                day(c, on, "club")
        day(c, A_CLOSED, "closed", club_id=a)
        secret_child = person(c, "תמר", "סודי", date(2017, 4, 4))
        member(c, f["secret"], secret_child)
        cohen_child2 = person(c, "יונתן", "כהן", date(2018, 8, 8))
        member(c, f["cohen"], cohen_child2)
        levi_child = person(c, "אורי", "לוי", date(2016, 1, 1))
        member(c, f["levi"], levi_child)
        cohen = enrol(c, f["cohen"], p["cohen_child"], a, u["club"], START, route_a)
        secret = enrol(c, f["secret"], secret_child, a, u["club"], START)
        haddad = enrol(c, f["haddad"], p["haddad_child"], b, u["club"], START, route_b)
        # every enrolment has a row in every table under it
        made: dict[int, dict[str, int]] = {}
        for e, file_id, club_id, on in ((cohen, f["cohen"], a, OPEN), (secret, f["secret"], a, OPEN),
                                        (haddad, f["haddad"], b, HOLIDAY)):  # (club B's camp day)
            adjustment = _id(c, ADJUST, e=e, f=file_id, m=month, by=u["manager"], d=TODAY)
            made[e] = {
                "attendance": mark(c, e, file_id, club_id, on, u["club"]),
                "adjustment": adjustment,
                "charge": _id(c, CHARGE, e=e, f=file_id, c=club_id, m=month, disc=5000, adj=adjustment,
                              by=u["club"]),
                "payment": _id(c, PAY, e=e, f=file_id, c=club_id, d=TODAY, amount=8000, by=u["club"]),
                "collector": _id(c, COLLECTOR, e=e, f=file_id),
            }
        note = _id(c, "INSERT INTO case_notes (file_id, author_id, kind, note_date, text, signed_at, version,"
                   f" created_by, updated_by) VALUES (:f, :a, 'home_visit', :d, 'ביקור בית', now(), {STAMPS})",
                   f=f["cohen"], a=u["north_worker"], d=TODAY)
        haddad_task = _id(c, "INSERT INTO tasks (file_id, title, description, due_date, assignee_id, done, version,"
                          f" created_by, updated_by) VALUES (:f, 'שיחה', '', :d, :a, false, {STAMPS})",
                          f=f["haddad"], d=TODAY, a=u["south_worker"])
    yield Clubs(a, b, route_a, route_b, cohen, secret, haddad, secret_child, cohen_child2, levi_child,
                made[cohen]["adjustment"], made[cohen]["charge"], made[cohen]["payment"], made[cohen]["collector"],
                made[cohen]["attendance"], made[haddad]["attendance"], made[haddad]["payment"], note, haddad_task)


def count(conn: Connection, table: str, file_id: int | None = None) -> int:
    where = "" if file_id is None else f" WHERE file_id = {int(file_id)}"
    return int(conn.execute(text(f"SELECT count(*) FROM {table}{where}")).scalar_one())


def files_of(conn: Connection, table: str) -> set[int]:
    return set(conn.execute(text(f"SELECT DISTINCT file_id FROM {table}")).scalars())


def refused(conn: Connection, sql: str, state: str = REFUSED, expected: str | None = None, **params: Any) -> None:
    """The statement is refused with that SQLSTATE (and, for the guard's codes, exactly that MESSAGE)."""
    with pytest.raises(DBAPIError) as exc:
        conn.execute(text(sql), params)
    assert sqlstate(exc) == state, exc.value
    if expected is not None:
        assert message(exc.value) == expected, exc.value
    conn.rollback()


# --- the declarations ------------------------------------------------------------------------------------


def test_security_problems_clean(pg_world: World) -> None:
    import models.tables  # noqa: F401
    from models.base import Base

    with pg_world.admin_db.engine.connect() as conn:
        assert security_problems(conn, Base.metadata, list(TABLES)) == []


# --- reads -----------------------------------------------------------------------------------------------


def test_the_club_worker_reads_the_club_rows_of_the_files_she_sees_and_no_case_note(pg_world: World,
                                                                                    clubs: Clubs) -> None:
    w = pg_world
    with as_login(w, "club") as conn:
        for table in CLUB_ROWS:  # the Cohen and Haddad files; the restricted file is not hers
            assert files_of(conn, table) == {w.files["cohen"], w.files["haddad"]}, table
        assert count(conn, "club_enrolments", w.files["secret"]) == 0
        allergies = conn.execute(text("SELECT allergies FROM club_enrolments WHERE id = :e"),
                                 {"e": clubs.cohen}).scalar_one()
        assert allergies == "בוטנים"  # what the club needs
        assert count(conn, "case_notes") == 0  # the note of the Cohen file is there, not for her
        assert conn.execute(text("SELECT count(*) FROM case_notes WHERE id = :n"), {"n": clubs.note}).scalar() == 0
        assert count(conn, "family_members", w.files["cohen"]) == 3  # the file's members she does see
    with as_login(w, "north_worker") as conn:  # the note is there, for those who write notes
        assert conn.execute(text("SELECT count(*) FROM case_notes WHERE id = :n"), {"n": clubs.note}).scalar() == 1


def test_a_rolled_back_role_change_shows_the_club_worker_no_note(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    with as_login(w, "club") as conn:  # she cannot make herself a family worker ...
        refused(conn, "UPDATE users SET role = 'family_worker' WHERE id = :u", u=w.users["club"].id)
    owner = w.admin_db.engine.connect()
    try:  # ... and the owner's change, never committed, shows her nothing
        owner.execute(text("UPDATE users SET role = 'family_worker' WHERE id = :u"), {"u": w.users["club"].id})
        with as_login(w, "club") as conn:
            assert count(conn, "case_notes") == 0
        owner.rollback()
    finally:
        owner.close()


@pytest.mark.parametrize("who", ["coordinator", "intake", "admin"])
def test_the_roles_without_the_clubs_read_no_club_row(pg_world: World, clubs: Clubs, who: str) -> None:
    """The coordinator and the intake worker see the unrestricted files department-wide; the children's club
    rows are not theirs. The administrator sees no file at all. The clubs themselves are no case content."""
    with as_login(pg_world, who) as conn:
        for table in CLUB_ROWS:
            assert count(conn, table) == 0, table
        assert count(conn, "clubs") == 2 and count(conn, "club_calendar_days") > 0
        if who != "intake":  # intake files club requests (route b), the coordinator and the administrator none
            assert count(conn, "club_requests") == 0


def test_a_family_worker_reads_the_club_rows_of_her_team_s_files_and_writes_none(pg_world: World,
                                                                                 clubs: Clubs) -> None:
    w = pg_world
    u, f = w.users, w.files
    for who, files in (("north_worker", {f["cohen"]}), ("south_worker", {f["haddad"]}),
                       ("north_head", {f["cohen"], f["secret"]}), ("manager", {f["cohen"], f["secret"], f["haddad"]})):
        with as_login(w, who) as conn:
            for table in CLUB_ROWS:
                assert files_of(conn, table) == files, (who, table)
    with as_login(w, "north_worker") as conn:  # her own file's child, still not hers to write
        refused(conn, MARK, e=clubs.cohen, f=f["cohen"], c=clubs.a, d=START, present=True, why="", t=None,
                by=u["north_worker"].id)
        refused(conn, "UPDATE club_enrolments SET allergies = '' WHERE id = :e", e=clubs.cohen)
        refused(conn, "UPDATE club_attendance SET present = false WHERE id = :a", a=clubs.attendance)
        refused(conn, PAY, e=clubs.cohen, f=f["cohen"], c=clubs.a, d=TODAY, amount=100, by=u["north_worker"].id)
        refused(conn, "DELETE FROM club_collectors WHERE id = :c", c=clubs.collector)
        refused(conn, ENROL, f=f["cohen"], p=clubs.cohen_child2, c=clubs.b, s=TODAY, r=None, by=u["north_worker"].id)
        refused(conn, "UPDATE clubs SET capacity = 60 WHERE id = :c", c=clubs.a)
        # and reading is all: nothing changed under the policies either
        assert conn.execute(text("SELECT count(*) FROM club_collectors WHERE id = :c"),
                            {"c": clubs.collector}).scalar() == 1


def test_club_requests_are_read_by_those_who_file_or_run_them(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    with w.admin_db.engine.begin() as c:
        c.execute(text("INSERT INTO club_requests (file_id, person_id, route, reason, goals, urgency,"
                       " requested_by_id, requested_on, status, preferred_club_id, risk, source_name, source_contact,"
                       " pinned_rank, rank_reason, closed_on, close_reason, close_note, version, created_by,"
                       " updated_by) VALUES (:f, :p, 'family_worker', 'קשיים חברתיים', '', 'week', :u, :d,"
                       f" 'waiting', :c, 'high', '', '', NULL, '', NULL, '', '', {STAMPS})"),
                  {"f": w.files["cohen"], "p": clubs.cohen_child2, "u": w.users["north_worker"].id, "d": TODAY,
                   "c": clubs.a})
    for who, seen in (("club", 1), ("north_worker", 1), ("intake", 1), ("youth_law", 1), ("south_worker", 0),
                      ("coordinator", 0), ("admin", 0)):
        with as_login(w, who) as conn:
            assert count(conn, "club_requests") == seen, who


def test_the_club_numbers_count_every_file_and_tell_nothing_else(pg_world: World, clubs: Clubs) -> None:
    """The club worker sees one of club A's two children; the club is full, and the numbers say so."""
    w = pg_world
    for who in ("club", "north_worker", "coordinator"):
        with as_login(w, who) as conn:
            rows = conn.execute(text("SELECT club_id, enrolled, waiting FROM maane_club_counts()")).all()
            assert [tuple(r) for r in rows] == [(clubs.a, 2, 0), (clubs.b, 1, 0)], who
    with as_login(w, "club") as conn:
        assert count(conn, "club_enrolments") == 2  # Cohen (club A) and Haddad (club B): not the secret one
        # on the day the Cohen child leaves (the first day away) her place is free
        later = conn.execute(text("SELECT enrolled FROM maane_club_counts(:d) WHERE club_id = :c"),
                             {"d": TODAY + timedelta(days=10), "c": clubs.a}).scalar_one()
        assert later == 2
    with w.admin_db.engine.begin() as c:
        c.execute(text("UPDATE club_enrolments SET left_on = :d, leave_reason = 'moved' WHERE id = :e"),
                  {"d": TODAY + timedelta(days=10), "e": clubs.cohen})
    with as_login(w, "club") as conn:
        counts: dict[int, int] = dict(conn.execute(text("SELECT club_id, enrolled FROM maane_club_counts(:d)"),
                                   {"d": TODAY + timedelta(days=10)}).all())
        assert counts == {clubs.a: 1, clubs.b: 1}
        now = conn.execute(text("SELECT enrolled FROM maane_club_counts() WHERE club_id = :c"), {"c": clubs.a})
        assert now.scalar_one() == 2  # today she is still there


def test_the_audit_trigger_records_each_club_change_with_the_login(pg_world: World, clubs: Clubs) -> None:
    w = pg_world
    with as_login(w, "club") as conn:
        conn.execute(text("UPDATE club_enrolments SET allergies = 'אגוזים', version = version + 1 WHERE id = :e"),
                     {"e": clubs.haddad})
        mark(conn, clubs.haddad, w.files["haddad"], clubs.b, OPEN, w.users["club"].id, present=False)
        conn.commit()
    with w.admin_db.engine.connect() as owner:
        got = owner.execute(text(
            "SELECT action, entity, entity_id, file_id FROM audit_events WHERE user_name = :u"
            " AND entity LIKE 'club%' ORDER BY id"), {"u": w.name("club")}).all()
    assert [(g[0], g[1], g[3]) for g in got] == [("db_update", "club_enrolments", w.files["haddad"]),
                                                ("db_insert", "club_attendance", w.files["haddad"])]
    assert got[0][2] == clubs.haddad
