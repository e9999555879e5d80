"""The forum's security on PostgreSQL (revision 0019): who reads which risk report, as the logins themselves
with raw SQL, as a worker with psql has it. A report is read by the forum's members (the youth-law workers,
team heads, the manager) among those who see its file, and by the worker who recorded it; the committee
coordinator, the club worker and the administrator read none; a family or intake worker only those she
recorded; a team head of another team none of this team's. The forum's meetings are no case content: every
role reads them.

The rows are set up as the owner of the tables with raw SQL: a meeting three days ago; two undecided reports
of the Cohen file (recorded by its family worker and by the youth-law worker), one decided at the meeting
(with its Task for the family worker), one of the Haddad file (south) and one of the restricted file."""

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
TODAY = date.today()  # the guard dates by the server's clock
HELD = TODAY - timedelta(days=3)  # the meeting
REPORTED = TODAY - timedelta(days=5)
STAMPS = "1, 'test', 'test'"

REPORT = ("INSERT INTO risk_reports (file_id, child_id, reported_on, reporter_kind, reporter_name, reporter_phone,"
          " kind, description, urgency, channel, referral_id, recorded_by_id, recorded_at, decision_note, version,"
          " created_by, updated_by) VALUES (:f, :c, :d, 'school', 'יועצת בית הספר', '', 'neglect',"
          f" 'הילד מגיע רעב לבית הספר', :u, :ch, :ref, :by, now(), '', {STAMPS})")
DECIDE = ("UPDATE risk_reports SET meeting_id = :m, intervention = :i, responsible_id = :resp, due_on = :due,"
          " task_id = :t, decided_by_id = :by, decided_at = now(), decision_note = 'ביקור בית' WHERE id = :r")
TASK = ("INSERT INTO tasks (file_id, title, description, due_date, assignee_id, done, version, created_by,"
        f" updated_by) VALUES (:f, 'Youth-law forum: assessment visit', '', :d, :a, false, {STAMPS})")
MEETING = ("INSERT INTO forum_meetings (held_on, status, chair_id, attendees, notes, monthly_district, version,"
           f" created_by, updated_by) VALUES (:d, 'planned', :chair, '', '', false, {STAMPS})")


def sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str | None:
    return getattr(exc.value.orig, "sqlstate", None)


def message(exc: DBAPIError) -> str | None:
    diag = getattr(exc.orig, "diag", None)
    return getattr(diag, "message_primary", None)


def _id(conn: Connection, sql: str, **params: Any) -> int:
    return int(conn.execute(text(sql + " RETURNING id"), params).scalar_one())


def report(conn: Connection, file_id: int, child_id: int, by: int, *, urgency: str = "week",
           on: date = REPORTED, referral: int | None = None) -> int:
    return _id(conn, REPORT, f=file_id, c=child_id, d=on, u=urgency, ch="referral" if referral else "report",
               ref=referral, by=by)


def task(conn: Connection, file_id: int, assignee: int, due: date) -> int:
    return _id(conn, TASK, f=file_id, d=due, a=assignee)


def refused(conn: Connection, sql: str, state: str | None = REFUSED, expected: str | None = None,
            **params: Any) -> None:
    """The statement is refused with that SQLSTATE (None: either, the policy's or the guard's) and, for the
    guard's codes, exactly that MESSAGE."""
    with pytest.raises(DBAPIError) as exc:
        conn.execute(text(sql), params)
    assert sqlstate(exc) in ((REFUSED, RULE) if state is None else (state,)), exc.value
    if expected is not None:
        assert message(exc.value) == expected, exc.value
    conn.rollback()


def person(conn: Connection, first: str, last: str, born: date) -> int:
    return _id(conn, "INSERT INTO persons (id_kind, id_number, first_name, last_name, first_name_ar, last_name_ar,"
               " first_name_lat, last_name_lat, birth_date, sex, preferred_language, first_name_key,"
               " last_name_key, search_key, version, created_by, updated_by) VALUES ('none', NULL, :f, :l, '',"
               f" '', '', '', :b, 'f', 'he', :f, :l, :k, {STAMPS})", f=first, l=last, b=born, k=f"{first} {last}")


def member(conn: Connection, file_id: int, person_id: int, relation: str = "child") -> None:
    conn.execute(text("INSERT INTO family_members (file_id, person_id, relation) VALUES (:f, :p, :r)"),
                 {"f": file_id, "p": person_id, "r": relation})


@dataclass
class Forum:
    meeting: int
    cohen_by_worker: int  # undecided, recorded by north_worker
    cohen_by_youth: int  # undecided, recorded by youth_law
    decided: int  # of the Cohen file, recorded by north_worker, decided by youth_law at the meeting
    decided_task: int
    haddad: int  # undecided, recorded by south_worker
    secret: int  # undecided, of the restricted file, recorded by north_worker2
    secret_child: int
    levi_child: int  # a child of the Levi file (north, no report)
    cohen_task: int  # a Task of the Cohen file for north_worker2, not a decision's
    haddad_task: int  # a Task of the Haddad file


@pytest.fixture
def forum(pg_world: World) -> Iterator[Forum]:
    w = pg_world
    u = {k: v.id for k, v in w.users.items()}
    f, p = w.files, w.persons
    with w.admin_db.engine.begin() as c:  # the owner of the tables
        meeting = _id(c, MEETING, d=HELD, chair=u["north_head"])
        secret_child = person(c, "תמר", "סודי", date(2017, 4, 4))
        member(c, f["secret"], secret_child)
        levi_child = person(c, "אורי", "לוי", date(2016, 1, 1))
        member(c, f["levi"], levi_child)
        cohen_by_worker = report(c, f["cohen"], p["cohen_child"], u["north_worker"])
        cohen_by_youth = report(c, f["cohen"], p["cohen_child"], u["youth_law"], urgency="day")
        decided = report(c, f["cohen"], p["cohen_child"], u["north_worker"], urgency="immediate")
        decided_task = task(c, f["cohen"], u["north_worker"], HELD + timedelta(days=1))
        c.execute(text(DECIDE), {"m": meeting, "i": "assessment_visit", "resp": u["north_worker"],
                                 "due": HELD + timedelta(days=1), "t": decided_task, "by": u["youth_law"],
                                 "r": decided})
        haddad = report(c, f["haddad"], p["haddad_child"], u["south_worker"])
        secret = report(c, f["secret"], secret_child, u["north_worker2"])
        cohen_task = task(c, f["cohen"], u["north_worker2"], HELD + timedelta(days=1))
        haddad_task = task(c, f["haddad"], u["south_worker"], HELD + timedelta(days=1))
    yield Forum(meeting, cohen_by_worker, cohen_by_youth, decided, decided_task, haddad, secret, secret_child,
                levi_child, cohen_task, haddad_task)


def seen(conn: Connection) -> set[int]:
    return set(conn.execute(text("SELECT id FROM risk_reports")).scalars())


# --- the declarations ------------------------------------------------------------------------------------


def test_security_problems_clean(pg_world: World) -> None:
    import models.tables  # noqa: F401
    from models.base import Base

    with pg_world.admin_db.engine.connect() as conn:
        assert security_problems(conn, Base.metadata, ["forum_meetings", "risk_reports"]) == []


# --- reads -----------------------------------------------------------------------------------------------


def test_the_forum_s_members_read_the_reports_of_the_files_they_see(pg_world: World, forum: Forum) -> None:
    w = pg_world
    cohen = {forum.cohen_by_worker, forum.cohen_by_youth, forum.decided}
    for who, expected in (("youth_law", cohen),  # not the restricted file, not the south's
                          ("north_head", cohen | {forum.secret}),
                          ("south_head", {forum.haddad}),  # a team head of another team: none of the north's
                          ("manager", cohen | {forum.secret, forum.haddad})):
        with as_login(w, who) as conn:
            assert seen(conn) == expected, who


@pytest.mark.parametrize("who", ["coordinator", "club", "admin"])
def test_the_coordinator_club_worker_and_administrator_read_no_report(pg_world: World, forum: Forum,
                                                                      who: str) -> None:
    """The coordinator and the club worker see the unrestricted files department-wide; the reports are not
    theirs. The administrator sees no file at all. The meetings are no case content."""
    with as_login(pg_world, who) as conn:
        assert seen(conn) == set()
        assert conn.execute(text("SELECT count(*) FROM forum_meetings")).scalar_one() == 1


def test_a_family_or_intake_worker_reads_only_the_reports_she_recorded(pg_world: World, forum: Forum) -> None:
    w = pg_world
    with as_login(w, "north_worker") as conn:  # hers, the decided one too (her file's tab shows the decision)
        assert seen(conn) == {forum.cohen_by_worker, forum.decided}
        decision = conn.execute(text("SELECT intervention, task_id FROM risk_reports WHERE id = :r"),
                                {"r": forum.decided}).one()
        assert tuple(decision) == ("assessment_visit", forum.decided_task)
    with as_login(w, "north_worker2") as conn:  # the restricted file's report, hers
        assert seen(conn) == {forum.secret}
    with as_login(w, "south_worker") as conn:
        assert seen(conn) == {forum.haddad}
    with as_login(w, "intake") as conn:  # she sees the files, records none yet
        assert seen(conn) == set()
        mine = report(conn, w.files["cohen"], w.persons["cohen_child"], w.users["intake"].id)
        assert seen(conn) == {mine}
        conn.rollback()


def test_a_recorder_who_loses_the_file_loses_her_reports(pg_world: World, forum: Forum) -> None:
    """The recorder reads her reports of the files she sees: the file moved to the south team, the north's
    family worker reads none of its reports any more."""
    w = pg_world
    with w.admin_db.engine.begin() as c:
        south = c.execute(text("SELECT team_id FROM family_files WHERE id = :f"), {"f": w.files["haddad"]}).scalar()
        c.execute(text("UPDATE family_files SET team_id = :t, worker_id = NULL WHERE id = :f"),
                  {"t": south, "f": w.files["cohen"]})
    with as_login(w, "north_worker") as conn:
        assert seen(conn) == set()
    with as_login(w, "south_head") as conn:
        assert forum.decided in seen(conn)


# --- the agenda's definer function ---------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["youth_law", "north_head", "south_head", "manager", "north_worker", "north_worker2",
                                 "intake", "coordinator", "club", "admin"])
def test_the_agenda_function_shows_what_the_policies_show_in_the_agenda_s_order(pg_world: World, forum: Forum,
                                                                             who: str) -> None:
    """maane_forum_agenda reads without the policies: it must show each login exactly the undecided reports
    the policy of risk_reports shows her (members of the forum: those of the files they see; anyone else: those
    she recorded), in the order of models.forum.rules.agenda_key, and count them."""
    from models.forum import rules

    w = pg_world
    with as_login(w, who) as conn:
        expected = conn.execute(text(
            "SELECT r.id, r.urgency, r.reported_on, p.birth_date FROM risk_reports r"
            " JOIN persons p ON p.id = r.child_id WHERE r.decided_at IS NULL")).all()
        rows = conn.execute(text("SELECT total, id FROM maane_forum_agenda(0, 100)")).all()
        ordered = sorted(expected, key=lambda r: rules.agenda_key(r, r.birth_date, TODAY))
        assert [r.id for r in rows if r.id is not None] == [r.id for r in ordered], who
        assert rows[0].total == len(expected), who
        page = conn.execute(text("SELECT total, id FROM maane_forum_agenda(1, 1)")).all()
        assert [r.id for r in page if r.id is not None] == [r.id for r in ordered][1:2], who
