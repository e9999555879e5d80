"""Raw-SQL attacks on the forum's rows (revision 0019) as the logins themselves: the guard
``maane_forum_guard``, the policies and the grants refuse what the service would (a report dated in the
future, a child who is not a child of the file, a decision at a meeting not yet held, a due date too late)
and what only raw SQL does: a decision in another's name or by a family worker, a decided report changed (by
anyone, the owner too), a report moved to another file or child, recorded in another's name or already
decided, a report for a child of a file one cannot see, a forged task link, a referral of another file, a
meeting un-held or its date moved under its decisions.

The guard's codes: SQLSTATE 23514 with the MESSAGE exactly the service's code; its other refusals, the
policies' and the grants': 42501."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import text

from models.intake.dto import ReferralInput, Referrer
from tests.support import World, as_login
from tests.unit.models.forum.test_pg_security import (
    DECIDE,
    HELD,
    MEETING,
    REPORT,
    RULE,
    TODAY,
    Forum,
    _id,
    forum,
    refused,
    report,
    seen,
    task,
)

__all__ = ["forum"]  # the fixture


def _decide(**kw: Any) -> dict[str, Any]:
    return {"i": "assessment_visit", "due": HELD + timedelta(days=7), **kw}


# --- recording -------------------------------------------------------------------------------------------


def test_a_report_is_recorded_in_the_login_s_own_name_undecided(pg_world: World, forum: Forum) -> None:
    w = pg_world
    u, f, p = w.users, w.files, w.persons
    with as_login(w, "north_worker") as conn:
        refused(conn, REPORT, f=f["cohen"], c=p["cohen_child"], d=TODAY, u="week", ch="report", ref=None,
                by=u["north_worker2"].id)
        refused(conn, REPORT.replace("decision_note, version", "meeting_id, intervention, decided_by_id, decided_at,"
                                     " decision_note, version")
                .replace(":by, now(), ''", ":by, now(), :m, 'monitoring', :by, now(), ''"),
                f=f["cohen"], c=p["cohen_child"], d=TODAY, u="week", ch="report", ref=None,
                by=u["north_worker"].id, m=forum.meeting)
        refused(conn, REPORT, RULE, "date_future", f=f["cohen"], c=p["cohen_child"], d=TODAY + timedelta(days=1),
                u="week", ch="report", ref=None, by=u["north_worker"].id)
        # the recording time is the server's, whatever the login writes
        mine = _id(conn, REPORT.replace("now()", "'2020-01-01 00:00+00'"), f=f["cohen"], c=p["cohen_child"],
                   d=TODAY, u="week", ch="report", ref=None, by=u["north_worker"].id)
        at = conn.execute(text("SELECT recorded_at::date FROM risk_reports WHERE id = :r"), {"r": mine}).scalar()
        assert at == TODAY
        conn.rollback()


def test_a_report_only_for_a_child_of_the_file_that_one_sees(pg_world: World, forum: Forum) -> None:
    w = pg_world
    u, f, p = w.users, w.files, w.persons
    with as_login(w, "south_worker") as conn:  # the Cohen file is not hers (the guard, which reads the file's
        # members under her own policies, finds no such child; else the policy would refuse)
        refused(conn, REPORT, None, f=f["cohen"], c=p["cohen_child"], d=TODAY, u="week", ch="report", ref=None,
                by=u["south_worker"].id)
        # her own file, a child of a file she cannot see (the guard, run before the policy's check, refuses
        # first: not a child of her file)
        refused(conn, REPORT, RULE, "not_child", f=f["haddad"], c=p["cohen_child"], d=TODAY, u="week",
                ch="report", ref=None, by=u["south_worker"].id)
    with as_login(w, "north_worker") as conn:  # the restricted file's child: she cannot see it
        refused(conn, REPORT, RULE, "not_child", f=f["cohen"], c=forum.secret_child, d=TODAY, u="week",
                ch="report", ref=None, by=u["north_worker"].id)
        # nor its file, where the child is a child
        refused(conn, REPORT, None, f=w.files["secret"], c=forum.secret_child, d=TODAY, u="week", ch="report", ref=None,
                by=u["north_worker"].id)
        # a child she sees, of another file (the Levi file), or a parent: not a child of the Cohen file
        refused(conn, REPORT, RULE, "not_child", f=f["cohen"], c=forum.levi_child, d=TODAY, u="week",
                ch="report", ref=None, by=u["north_worker"].id)
        refused(conn, REPORT, RULE, "not_child", f=f["cohen"], c=p["cohen_father"], d=TODAY, u="week",
                ch="report", ref=None, by=u["north_worker"].id)
    for who in ("coordinator", "club", "admin"):  # no grant
        with as_login(w, who) as conn:
            refused(conn, REPORT, f=f["cohen"], c=p["cohen_child"], d=TODAY, u="week", ch="report", ref=None,
                    by=u[who].id)


def test_a_report_keeps_its_file_child_and_recorder(pg_world: World, forum: Forum) -> None:
    w = pg_world
    f, p, u = w.files, w.persons, w.users
    for who in ("north_worker", "youth_law", "manager"):
        with as_login(w, who) as conn:
            refused(conn, "UPDATE risk_reports SET file_id = :f WHERE id = :r", f=f["levi"], r=forum.cohen_by_worker)
            refused(conn, "UPDATE risk_reports SET child_id = :c WHERE id = :r", c=p["cohen_father"],
                    r=forum.cohen_by_worker)
            refused(conn, "UPDATE risk_reports SET recorded_by_id = :u WHERE id = :r", u=u["north_worker2"].id,
                    r=forum.cohen_by_worker)
    # her colleague does not even see it: nothing changes
    with as_login(w, "north_worker2") as conn:
        done = conn.execute(text("UPDATE risk_reports SET description = 'x' WHERE id = :r"),
                            {"r": forum.cohen_by_worker})
        assert done.rowcount == 0
        conn.commit()
    # the recorder changes her undecided report (the service's update); nobody deletes one
    with as_login(w, "north_worker") as conn:
        conn.execute(text("UPDATE risk_reports SET urgency = 'day' WHERE id = :r"), {"r": forum.cohen_by_worker})
        refused(conn, "UPDATE risk_reports SET reported_on = :d WHERE id = :r", RULE, "date_future",
                d=TODAY + timedelta(days=2), r=forum.cohen_by_worker)
        refused(conn, "DELETE FROM risk_reports WHERE id = :r", r=forum.cohen_by_worker)
    with as_login(w, "manager") as conn:
        refused(conn, "DELETE FROM risk_reports WHERE id = :r", r=forum.haddad)


# --- deciding --------------------------------------------------------------------------------------------


def test_only_a_member_of_the_forum_decides_in_her_own_name(pg_world: World, forum: Forum) -> None:
    w = pg_world
    u, f = w.users, w.files
    with as_login(w, "north_worker") as conn:  # a family worker deciding her own report
        refused(conn, DECIDE, **_decide(m=forum.meeting, resp=None, due=None, t=None, by=u["north_worker"].id,
                                        r=forum.cohen_by_worker, i="no_further_action"))
        t = task(conn, f["cohen"], u["north_worker"].id, HELD + timedelta(days=7))
        refused(conn, DECIDE, **_decide(m=forum.meeting, resp=u["north_worker"].id, t=t, by=u["north_worker"].id,
                                        r=forum.cohen_by_worker))
    with as_login(w, "youth_law") as conn:
        t = task(conn, f["cohen"], u["north_worker"].id, HELD + timedelta(days=7))
        # in another's name
        refused(conn, DECIDE, **_decide(m=forum.meeting, resp=u["north_worker"].id, t=t, by=u["north_head"].id,
                                        r=forum.cohen_by_worker))
    with as_login(w, "youth_law") as conn:  # in her own name, her task: decided
        t = task(conn, f["cohen"], u["north_worker"].id, HELD + timedelta(days=7))
        done = conn.execute(text(DECIDE), _decide(m=forum.meeting, resp=u["north_worker"].id, t=t,
                                                  by=u["youth_law"].id, r=forum.cohen_by_worker))
        assert done.rowcount == 1
        conn.commit()


def test_a_decided_report_is_read_only_for_everyone(pg_world: World, forum: Forum) -> None:
    w = pg_world
    u = w.users
    for who in ("youth_law", "north_head", "manager", "north_worker"):
        with as_login(w, who) as conn:
            refused(conn, "UPDATE risk_reports SET description = 'תוקן' WHERE id = :r", r=forum.decided)
            refused(conn, "UPDATE risk_reports SET intervention = 'monitoring' WHERE id = :r", r=forum.decided)
            refused(conn, "UPDATE risk_reports SET due_on = due_on + 1 WHERE id = :r", r=forum.decided)
    with as_login(w, "north_head") as conn:  # decided again, in her own name
        t = task(conn, w.files["cohen"], u["north_worker"].id, HELD + timedelta(days=1))
        refused(conn, DECIDE, **_decide(m=forum.meeting, resp=u["north_worker"].id, t=t, by=u["north_head"].id,
                                        r=forum.decided, due=HELD + timedelta(days=1)))
    with w.admin_db.engine.connect() as conn:  # the owner of the tables too
        refused(conn, "UPDATE risk_reports SET decision_note = 'x' WHERE id = :r", r=forum.decided)


def test_the_decision_s_task_is_a_task_of_the_file_for_the_responsible_worker(pg_world: World,
                                                                              forum: Forum) -> None:
    w = pg_world
    u, f = w.users, w.files
    with as_login(w, "manager") as conn:  # the manager sees every file and every task
        for forged in (forum.haddad_task,  # a task of another file
                       forum.cohen_task,  # a task of the file for another worker
                       forum.decided_task):  # another decision's task (due on another day)
            refused(conn, DECIDE, **_decide(m=forum.meeting, resp=u["north_worker"].id, t=forged,
                                            by=u["manager"].id, r=forum.cohen_by_worker))
        other_day = task(conn, f["cohen"], u["north_worker"].id, HELD + timedelta(days=2))
        refused(conn, DECIDE, **_decide(m=forum.meeting, resp=u["north_worker"].id, t=other_day,
                                        by=u["manager"].id, r=forum.cohen_by_worker))
        # the task's worker must see the file (the tasks' own trigger)
        refused(conn, "INSERT INTO tasks (file_id, title, description, due_date, assignee_id, done, version,"
                      " created_by, updated_by) VALUES (:f, 't', '', :d, :a, false, 1, 't', 't')",
                f=f["cohen"], d=HELD, a=u["south_worker"].id)
    with as_login(w, "youth_law") as conn:  # a task she cannot see is one she cannot link
        refused(conn, DECIDE, **_decide(m=forum.meeting, resp=u["south_worker"].id, t=forum.haddad_task,
                                        by=u["youth_law"].id, r=forum.cohen_by_worker))
    with as_login(w, "south_head") as conn:  # her file, a north file's task
        refused(conn, DECIDE, **_decide(m=forum.meeting, resp=u["north_worker"].id, t=forum.cohen_task,
                                        by=u["south_head"].id, r=forum.haddad))


def test_the_decision_s_rules_hold_for_raw_sql(pg_world: World, forum: Forum) -> None:
    w = pg_world
    u, f = w.users, w.files
    with as_login(w, "north_head") as conn:
        later = _id(conn, MEETING, d=TODAY + timedelta(days=3), chair=u["north_head"].id)
        conn.commit()
        t = task(conn, f["cohen"], u["north_worker"].id, TODAY + timedelta(days=3))
        refused(conn, DECIDE, RULE, "meeting_future", **_decide(m=later, resp=u["north_worker"].id, t=t,
                                                                 by=u["north_head"].id, r=forum.cohen_by_worker,
                                                                 due=TODAY + timedelta(days=3)))
        # the Cohen report of urgency "day": due within 2 days of the meeting
        t = task(conn, f["cohen"], u["north_worker"].id, HELD + timedelta(days=3))
        refused(conn, DECIDE, RULE, "due_too_late", **_decide(m=forum.meeting, resp=u["north_worker"].id, t=t,
                                                               by=u["north_head"].id, r=forum.cohen_by_youth,
                                                               due=HELD + timedelta(days=3)))
        t = task(conn, f["cohen"], u["north_worker"].id, HELD - timedelta(days=1))
        refused(conn, DECIDE, RULE, "due_before_meeting", **_decide(
            m=forum.meeting, resp=u["north_worker"].id, t=t, by=u["north_head"].id, r=forum.cohen_by_youth,
            due=HELD - timedelta(days=1)))
        # an intervention without its worker and task
        refused(conn, DECIDE, RULE, **_decide(m=forum.meeting, resp=None, t=None, due=None, by=u["north_head"].id,
                                              r=forum.cohen_by_youth))


def test_the_referral_is_one_of_the_report_s_file(pg_world: World, forum: Forum) -> None:
    w = pg_world
    u, f, p = w.users, w.files, w.persons
    intake = w.services("intake").intake
    ref = intake.create(ReferralInput(received_on=TODAY, channel="phone", source="school",
                                      referrer=Referrer("מחנכת", "", "בית ספר הגפן", ""), problem="היעדרויות",
                                      urgency="week", existing=((p["haddad_child"], "child"),)))
    intake.attach(ref.id, ref.version, f["haddad"])
    with as_login(w, "manager") as conn:  # she reads the referral; it is the Haddad file's
        refused(conn, REPORT, f=f["cohen"], c=p["cohen_child"], d=TODAY, u="week", ch="referral", ref=ref.id,
                by=u["manager"].id)
        ok = report(conn, f["haddad"], p["haddad_child"], u["manager"].id, referral=ref.id)
        assert ok in seen(conn)
        conn.rollback()
    with as_login(w, "north_worker") as conn:  # the referral of a file she cannot see
        refused(conn, "UPDATE risk_reports SET referral_id = :ref, channel = 'referral' WHERE id = :r",
                ref=ref.id, r=forum.cohen_by_worker)


# --- meetings --------------------------------------------------------------------------------------------


def test_meetings_are_the_forum_members_and_keep_their_decisions(pg_world: World, forum: Forum) -> None:
    w = pg_world
    u = w.users
    for who in ("north_worker", "coordinator", "intake", "admin"):  # no grant
        with as_login(w, who) as conn:
            refused(conn, MEETING, d=TODAY + timedelta(days=10), chair=u["north_head"].id)
            refused(conn, "UPDATE forum_meetings SET notes = 'x' WHERE id = :m", m=forum.meeting)
    with as_login(w, "south_head") as conn:
        # its decisions are of a north file she cannot see: the date stays all the same
        refused(conn, "UPDATE forum_meetings SET held_on = held_on - 1 WHERE id = :m", m=forum.meeting)
        refused(conn, MEETING, d=TODAY + timedelta(days=10), chair=u["coordinator"].id)  # no member chairs
        conn.execute(text("UPDATE forum_meetings SET status = 'held', notes = 'התקיים' WHERE id = :m"),
                     {"m": forum.meeting})
        conn.commit()
        refused(conn, "UPDATE forum_meetings SET status = 'planned' WHERE id = :m", m=forum.meeting)
        empty = _id(conn, MEETING, d=TODAY + timedelta(days=10), chair=u["south_head"].id)
        conn.execute(text("UPDATE forum_meetings SET held_on = held_on + 7 WHERE id = :m"), {"m": empty})
        conn.rollback()
    with as_login(w, "north_worker") as conn:  # the definer function tells a yes or no, no report
        assert conn.execute(text("SELECT maane_forum_meeting_decided(:m)"), {"m": forum.meeting}).scalar() is True
