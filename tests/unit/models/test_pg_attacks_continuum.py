"""The red team's raw-SQL attacks on the continuum for children at risk (revisions 0018-0021) as the logins
themselves, beyond each area's own attack tests (tests/unit/models/<area>/test_pg_attacks.py): what those
missed, each found by attacking and then closed in the area's guard. (An emergency's committee due date put
off by a raw UPDATE was found by the foster tests at the same time: theirs.)

- A foster referral's history could be forged in the login's own name: an event appended for a move already
  recorded (the same move twice) or for one the referral never made (back from "matched" without a reason),
  since the guard held only that the event ends in the referral's present status.
- A referral's responsible worker could be anyone: the administrator, the club worker, another team's worker
  who cannot see the file.
- An emergency referral's committee Task could be any task of the file: a colleague's, which attaching the
  decision then marks done.
- A committee's out-of-home decision could be attached to an ended or rejected referral (raw SQL, and the
  service), where it carries out nothing yet leaves the list of decisions awaiting a referral.

- The continuum's Tasks (the emergency's reason, the forum's intervention and decision note) were read by
  every login who sees the file, the committee coordinator, the club and the intake workers department-wide
  (the policy of tasks, revision 0005). Closed by revision 0022, in the tasks' declaration: the continuum
  makes them confidential, read only by its readers among those who see the file and by their assignee, and
  a confidential task stays so."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from models.errors import ValidationError
from models.forum.dto import ForumDecisionInput
from tests.support import World, as_login
from tests.unit.models.forum.test_pg_security import Forum, forum
from tests.unit.models.foster.fosterworld import TODAY, out_of_home_decision, referral_input
from tests.unit.models.foster.pgfoster import (
    INSERT_EVENT,
    INSERT_REFERRAL,
    Foster,
    foster,
    referral_params,
    refused,
)

__all__ = ["forum", "foster"]  # the fixtures
pytestmark = pytest.mark.postgres_only
SERVER_TODAY = date.today()  # the guards date by the server's clock


def _events(conn: Connection, referral: int) -> list[tuple[str, str, str]]:
    return [(str(a), str(b), str(r)) for a, b, r in conn.execute(text(
        "SELECT from_status, to_status, reason FROM foster_referral_events WHERE referral_id = :r ORDER BY id"),
        {"r": referral})]


def _refused_here(conn: Connection, sql: str, **params: object) -> None:
    """Refused (42501) after what the transaction did before it (the caller rolls back)."""
    with pytest.raises(DBAPIError) as exc:
        conn.execute(text(sql), params)
    assert getattr(exc.value.orig, "sqlstate", None) == "42501", exc.value


def _owner_value(w: World, sql: str, **params: object) -> object:
    with w.admin_db.engine.connect() as owner:
        return owner.execute(text(sql), params).scalar()


# --- a referral's history ------------------------------------------------------------------------------


def test_a_move_is_recorded_once_and_only_the_move_made(pg_world: World, foster: Foster) -> None:
    """The Cohen referral was made (draft) and sent: its history says so. In her own name the north worker
    appended the sending again, and a move back from "matched" to "sent" (without a reason) that never was:
    the guard held only that an event ends in the referral's present status."""
    w = pg_world
    f, me = w.files["cohen"], w.users["north_worker"].id
    sent_on = TODAY - timedelta(days=1)
    with as_login(w, "north_worker") as conn:
        history = _events(conn, foster.cohen)
        assert history == [("", "draft", ""), ("draft", "sent", "")]
        refused(conn, INSERT_EVENT, r=foster.cohen, f=f, a="draft", b="sent", on=sent_on, by=me)  # twice
        refused(conn, INSERT_EVENT, r=foster.cohen, f=f, a="matched", b="sent", on=sent_on, by=me)  # never made
        refused(conn, INSERT_EVENT, r=foster.cohen, f=f, a="assessment", b="sent", on=sent_on, by=me)
        # a move back made (with its reason), recorded without that reason, or recorded twice
        back = ("UPDATE foster_referrals SET status = 'draft', stage = 0, status_on = :on, status_reason = 'תיקון'"
                " WHERE id = :r")
        conn.execute(text(back), {"on": SERVER_TODAY, "r": foster.cohen})
        _refused_here(conn, INSERT_EVENT, r=foster.cohen, f=f, a="sent", b="draft", on=SERVER_TODAY, by=me)
        conn.rollback()
        conn.execute(text(back), {"on": SERVER_TODAY, "r": foster.cohen})
        record = INSERT_EVENT.replace("'', :by)", "'תיקון', :by)")
        conn.execute(text(record), {"r": foster.cohen, "f": f, "a": "sent", "b": "draft", "on": SERVER_TODAY,
                                    "by": me})  # the move as made: hers to record, once
        _refused_here(conn, record, r=foster.cohen, f=f, a="sent", b="draft", on=SERVER_TODAY, by=me)
        conn.rollback()
        assert _events(conn, foster.cohen) == history
    with as_login(w, "north_head") as conn:  # her team head, in her own name: the same
        refused(conn, INSERT_EVENT, r=foster.cohen, f=f, a="draft", b="sent", on=sent_on,
                by=w.users["north_head"].id)
    with as_login(w, "south_head") as conn:  # the Haddad draft: its creation is recorded already
        refused(conn, INSERT_EVENT, r=foster.haddad, f=w.files["haddad"], a="", b="draft", on=TODAY,
                by=w.users["south_head"].id)


# --- the committee an emergency awaits -----------------------------------------------------------------


def test_the_committee_task_is_the_author_s(pg_world: World, foster: Foster) -> None:
    """An emergency made with raw SQL whose committee Task is a colleague's task of the file (attaching the
    decision would mark it done) is refused; a Task of the author's, as the service makes it, is hers."""
    w = pg_world
    with w.admin_db.engine.begin() as owner:
        owner.execute(text("UPDATE foster_referrals SET status = 'rejected', stage = 7, reject_reason = 'other'"
                           " WHERE id = :r"), {"r": foster.cohen})
    task = ("INSERT INTO tasks (file_id, title, description, due_date, assignee_id, done, version, created_by,"
            " updated_by) VALUES (:f, 'לבדוק', '', :d, :a, false, 1, 't', 't') RETURNING id")
    with_task = INSERT_REFERRAL.replace(":due, NULL,", ":due, :t,")
    with as_login(w, "youth_law") as conn:
        colleague = conn.execute(text(task), {"f": w.files["cohen"], "d": TODAY,
                                              "a": w.users["north_worker"].id}).scalar_one()
        mine = conn.execute(text(task), {"f": w.files["cohen"], "d": TODAY + timedelta(days=7),
                                         "a": w.users["youth_law"].id}).scalar_one()
        conn.commit()
        refused(conn, with_task, **referral_params(w, by="youth_law", t=colleague))
        conn.execute(text(with_task), referral_params(w, by="youth_law", t=mine))
        conn.rollback()


def test_a_decision_is_not_attached_to_a_closed_referral(pg_world: World, foster: Foster,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The Haddad emergency was rejected; the committee then decides a foster family for the child. Attached to
    the rejected referral (raw SQL, or through the service, which the window does not offer), the decision
    carries out nothing yet leaves the page's list of decisions awaiting a referral."""
    w = pg_world
    decision, _ = out_of_home_decision(w, monkeypatch, family="haddad", days=30)
    with w.admin_db.engine.begin() as owner:  # sent, then rejected (no family found)
        owner.execute(text("UPDATE foster_referrals SET status = 'sent', stage = 1, sent_on = status_on"
                           " WHERE id = :r"), {"r": foster.haddad})
        owner.execute(text("UPDATE foster_referrals SET status = 'rejected', stage = 7,"
                           " reject_reason = 'no_family_found' WHERE id = :r"), {"r": foster.haddad})
    head = w.services("south_head").foster
    assert [d.decision_id for d in head.referrals().awaiting_referral] == [decision]
    with as_login(w, "south_head") as conn:
        refused(conn, "UPDATE foster_referrals SET decision_id = :d, committee_due_on = NULL WHERE id = :r",
                d=decision, r=foster.haddad)
    r = head.referral(foster.haddad)
    with pytest.raises(ValidationError) as exc:
        head.attach_decision(r.id, r.version, decision)
    assert (exc.value.code, exc.value.params.get("field")) == ("status_not_allowed", "status")
    assert [d.decision_id for d in head.referrals().awaiting_referral] == [decision]
    assert head.referral(foster.haddad).decision is None


# --- the responsible worker --------------------------------------------------------------------------------


def test_the_worker_of_a_referral_writes_referrals_and_sees_its_file(pg_world: World, foster: Foster) -> None:
    """The Cohen referral's responsible worker set to a user who writes no foster referral or cannot see the
    file (the service refuses each: "invalid_choice"), or a referral made so; her colleague of the team is
    hers to name, through the service as in raw SQL."""
    w = pg_world
    others = [w.users[who].id for who in ("admin", "club", "coordinator", "intake", "south_worker", "south_head")]
    with as_login(w, "north_worker") as conn:
        for other in others:
            refused(conn, "UPDATE foster_referrals SET worker_id = :u WHERE id = :r", u=other, r=foster.cohen)
        conn.execute(text("UPDATE foster_referrals SET worker_id = :u WHERE id = :r"),
                     {"u": w.users["north_worker2"].id, "r": foster.cohen})
        conn.rollback()
    assert _owner_value(w, "SELECT worker_id FROM foster_referrals WHERE id = :r",
                        r=foster.cohen) == w.users["north_worker"].id
    north = w.services("north_worker").foster
    r = north.referral(foster.cohen)
    r = north.update(r.id, r.version, referral_input(w, decision_id=foster.decision,
                                                     worker_id=w.users["north_worker2"].id))
    assert r.worker is not None and r.worker.id == w.users["north_worker2"].id
    with w.admin_db.engine.begin() as owner:
        owner.execute(text("UPDATE foster_referrals SET status = 'rejected', stage = 7, reject_reason = 'other'"
                           " WHERE id = :r"), {"r": foster.cohen})
    made_for = INSERT_REFERRAL.replace("'', :by, :by, NULL,", "'', :worker, :by, NULL,")
    with as_login(w, "youth_law") as conn:
        for other in others:
            refused(conn, made_for, **referral_params(w, by="youth_law"), worker=other)
        conn.execute(text(made_for), {**referral_params(w, by="youth_law"), "worker": w.users["north_worker"].id})
        conn.rollback()


# --- what the continuum writes into the file's Tasks -----------------------------------------------------


def _decided_task(w: World, forum: Forum, report: int, responsible: str) -> int:
    """The forum decides ``report`` (of the Cohen file, undecided) through its service, as the window does:
    its Task for ``responsible``. (The fixture's own decided Task was written by the owner's raw SQL, an
    ordinary task as any a login types.)"""
    svc = w.services("youth_law").forum
    r = next(x for x in svc.file_reports(w.files["cohen"]) if x.id == report)
    decided = svc.decide(r.id, r.version, forum.meeting, ForumDecisionInput(
        "assessment_visit", w.users[responsible].id, SERVER_TODAY - timedelta(days=2), "ביקור בית: חשד להזנחה"))
    assert decided.task_id is not None
    return decided.task_id


def test_the_continuum_s_tasks_are_not_read_outside_it(pg_world: World, foster: Foster, forum: Forum) -> None:
    """The emergency referral's Task (its reason as description) and a forum decision's Task (the
    intervention as title, the decision note as description) of files the coordinator, the club and intake
    workers see: they read neither, nor change them, as they read and change the file's ordinary tasks."""
    w = pg_world
    continuum = [foster.task, _decided_task(w, forum, forum.cohen_by_youth, "north_worker")]
    ordinary = [forum.cohen_task, forum.haddad_task]
    for who in ("manager", "youth_law", "north_worker"):  # the Cohen file's readers; the Haddad one's too
        with as_login(w, who) as conn:
            read = set(conn.execute(text("SELECT id FROM tasks WHERE id = ANY (:t)"), {"t": continuum}).scalars())
            assert read == ({*continuum} if who == "manager" else {continuum[1]}), who
    seen = {}
    for who in ("coordinator", "club", "intake"):
        with as_login(w, who) as conn:
            seen[who] = conn.execute(text("SELECT title, description FROM tasks WHERE id = ANY (:t)"),
                                     {"t": continuum}).all()
            assert len(conn.execute(text("SELECT id FROM tasks WHERE id = ANY (:t)"), {"t": ordinary}).all()) == 2
            changed = conn.execute(text("UPDATE tasks SET done = true, title = 'x' WHERE id = ANY (:t)"
                                        " RETURNING description"), {"t": continuum}).all()
            assert changed == [], who
            conn.rollback()
    assert seen == {"coordinator": [], "club": [], "intake": []}, seen


def test_a_confidential_task_stays_so_and_is_read_by_its_assignee(pg_world: World, forum: Forum) -> None:
    """A forum decision's Task given to the club worker: hers to read and tick done, not her department-wide
    colleagues'. Made an ordinary task again (it would then be read by every login who sees the file) by
    nobody: its assignee, a reader of the continuum, the owner of the tables. Nor given away by its assignee
    to a colleague outside the continuum, nor written confidential for another by one outside it."""
    w = pg_world
    task = _decided_task(w, forum, forum.cohen_by_worker, "club")
    with as_login(w, "club") as conn:
        assert conn.execute(text("SELECT description FROM tasks WHERE id = :t"), {"t": task}).scalar_one() == (
            "ביקור בית: חשד להזנחה")
        conn.execute(text("UPDATE tasks SET done = true WHERE id = :t"), {"t": task})  # hers to tick
        _refused_here(conn, "UPDATE tasks SET confidential = false WHERE id = :t", t=task)
        conn.rollback()
        _refused_here(conn, "UPDATE tasks SET assignee_id = :u WHERE id = :t", u=w.users["coordinator"].id, t=task)
        conn.rollback()
    for who in ("coordinator", "intake"):
        with as_login(w, who) as conn:
            assert conn.execute(text("SELECT id FROM tasks WHERE id = :t"), {"t": task}).all() == [], who
    for who in ("youth_law", "manager"):
        with as_login(w, who) as conn:
            _refused_here(conn, "UPDATE tasks SET confidential = false WHERE id = :t", t=task)
            conn.rollback()
    with w.admin_db.engine.connect() as owner:
        _refused_here(owner, "UPDATE tasks SET confidential = false WHERE id = :t", t=task)
        owner.rollback()
    with as_login(w, "coordinator") as conn:  # a confidential task she would not read
        _refused_here(conn, "INSERT INTO tasks (file_id, title, description, assignee_id, done, confidential, version,"
                      " created_by, updated_by) VALUES (:f, 't', '', :a, false, true, 1, 't', 't')",
                      f=w.files["cohen"], a=w.users["north_worker"].id)
    assert _owner_value(w, "SELECT confidential FROM tasks WHERE id = :t", t=task) is True
