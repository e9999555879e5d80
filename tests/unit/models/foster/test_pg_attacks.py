"""Raw-SQL attacks on the foster rows (revision 0018) as the logins themselves: the policies, the grants and
the guard ``maane_foster_guard`` refuse what the service would (a child of another file, a referral without a
decision by a family worker, a move off the pipeline, back without a reason, to "placed" without its
placement) and what only raw SQL does (another user's name, a referral moved to another file or child, its
decision or committee Task swapped, history and visits changed, a document rewritten, a move back-dated into
the future). Each refusal leaves nothing behind."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from tests.support import World, as_login
from tests.unit.models.foster.fosterworld import PDF, TODAY, out_of_home_decision
from tests.unit.models.foster.pgfoster import (
    INSERT_DOCUMENT,
    INSERT_EVENT,
    INSERT_REFERRAL,
    INSERT_VISIT,
    REFUSED,
    RULE,
    Foster,
    count,
    foster,
    referral_params,
    refused,
)

__all__ = ["foster"]  # the fixture


def _status(w: World, referral: int) -> tuple[str, int]:
    with w.admin_db.engine.connect() as owner:
        row = owner.execute(text("SELECT status, version FROM foster_referrals WHERE id = :r"),
                            {"r": referral}).one()
        return str(row[0]), int(row[1])


# --- history, visits, documents -------------------------------------------------------------------------


def test_an_event_in_another_s_name_or_not_of_the_move_made_is_refused(pg_world: World, foster: Foster) -> None:
    w = pg_world
    f = w.files["cohen"]
    with as_login(w, "north_worker") as conn:
        before = count(conn, "foster_referral_events")
        refused(conn, INSERT_EVENT, r=foster.cohen, f=f, a="sent", b="sent", on=TODAY - timedelta(days=1),
                by=w.users["north_worker2"].id)
        # in her own name, but a move the referral did not make (it is "sent", not "placed")
        refused(conn, INSERT_EVENT, r=foster.cohen, f=f, a="matched", b="placed", on=TODAY,
                by=w.users["north_worker"].id)
        refused(conn, INSERT_EVENT, r=foster.cohen, f=f, a="", b="sent", on=TODAY - timedelta(days=1),
                by=w.users["north_worker"].id)
        assert count(conn, "foster_referral_events") == before


@pytest.mark.parametrize("who", ["north_worker", "north_head", "manager"])
def test_history_and_visits_are_never_changed_or_deleted(pg_world: World, foster: Foster, who: str) -> None:
    with as_login(pg_world, who) as conn:
        refused(conn, "UPDATE foster_referral_events SET reason = 'נמחק' WHERE id = :e", e=foster.event)
        refused(conn, "DELETE FROM foster_referral_events WHERE id = :e", e=foster.event)
        refused(conn, "UPDATE foster_visits SET note = 'שונה' WHERE id = :v", v=foster.visit)
        refused(conn, "DELETE FROM foster_visits WHERE id = :v", v=foster.visit)
        refused(conn, "UPDATE foster_documents SET content = :c WHERE id = :d", c=b"%PDF-forged", d=foster.document)
        refused(conn, "UPDATE foster_documents SET title = 'אחר' WHERE id = :d", d=foster.document)
    with pg_world.admin_db.engine.connect() as owner:  # the owner of the tables is held to it too
        refused(owner, "UPDATE foster_referral_events SET reason = 'x' WHERE id = :e", e=foster.event)
        refused(owner, "UPDATE foster_visits SET note = 'x' WHERE id = :v", v=foster.visit)
        refused(owner, "UPDATE foster_documents SET title = 'x' WHERE id = :d", d=foster.document)


def test_documents_and_visits_in_another_s_name_in_the_future_or_not_a_pdf(pg_world: World, foster: Foster) -> None:
    w = pg_world
    f, me, other = w.files["cohen"], w.users["north_worker"].id, w.users["north_head"].id
    with as_login(w, "north_worker") as conn:
        refused(conn, INSERT_DOCUMENT, r=foster.cohen, f=f, content=PDF, by=other)
        refused(conn, INSERT_DOCUMENT, r=foster.cohen, f=f, content=b"MZ\x90\x00 not a pdf", by=me)
        refused(conn, INSERT_VISIT, r=foster.cohen, f=f, on=TODAY, by=other)
        refused(conn, INSERT_VISIT, r=foster.cohen, f=f, on=TODAY + timedelta(days=1), by=me)
        # under another file than its referral's: the composite key
        refused(conn, INSERT_VISIT, "23503", r=foster.cohen, f=w.files["levi"], on=TODAY, by=me)
        conn.execute(text(INSERT_DOCUMENT), {"r": foster.cohen, "f": f, "content": PDF, "by": me})  # hers: fine
        conn.execute(text(INSERT_VISIT), {"r": foster.cohen, "f": f, "on": TODAY, "by": me})
        conn.rollback()
    with as_login(w, "south_worker") as conn:  # another team's referral: not even a visit
        refused(conn, INSERT_VISIT, r=foster.cohen, f=f, on=TODAY, by=w.users["south_worker"].id)
        assert conn.execute(text("DELETE FROM foster_documents WHERE id = :d"), {"d": foster.document}).rowcount == 0
        conn.rollback()


# --- the referral itself ---------------------------------------------------------------------------------


def test_a_raw_move_off_the_pipeline_is_refused(pg_world: World, foster: Foster) -> None:
    w = pg_world
    with as_login(w, "south_head") as conn:  # the Haddad referral is a draft
        refused(conn, "UPDATE foster_referrals SET status = 'placed', stage = 5, placed_on = :d,"
                      " foster_family_code = 'X', foster_locality = 'Y' WHERE id = :r", d=TODAY, r=foster.haddad)
        refused(conn, "UPDATE foster_referrals SET status = 'matched', stage = 4 WHERE id = :r", r=foster.haddad)
        refused(conn, "UPDATE foster_referrals SET status = 'ended', stage = 6, end_reason = 'other',"
                      " ended_on = :d WHERE id = :r", d=TODAY, r=foster.haddad)
    with as_login(w, "north_worker") as conn:  # the Cohen referral is sent
        # to placed without its placement
        refused(conn, "UPDATE foster_referrals SET status = 'placed', stage = 5, placed_on = :d,"
                      " foster_family_code = 'X', foster_locality = 'Y' WHERE id = :r", d=TODAY, r=foster.cohen)
        refused(conn, "UPDATE foster_referrals SET status = 'draft', stage = 0 WHERE id = :r", r=foster.cohen)
        refused(conn, "UPDATE foster_referrals SET status = 'assessment', stage = 2, status_on = :d WHERE id = :r",
                d=TODAY + timedelta(days=3), r=foster.cohen)
        # the stage that orders the page follows the status (the CHECK)
        refused(conn, "UPDATE foster_referrals SET status = 'assessment' WHERE id = :r", RULE, r=foster.cohen)
        # what a move sets changes only with that move
        refused(conn, "UPDATE foster_referrals SET sent_on = :d WHERE id = :r", d=TODAY - timedelta(days=100),
                r=foster.cohen)
        refused(conn, "UPDATE foster_referrals SET status_reason = 'אחרת' WHERE id = :r", r=foster.cohen)
        refused(conn, "UPDATE foster_referrals SET annual_review_on = :d WHERE id = :r", d=TODAY, r=foster.cohen)
        # a move back with its reason is hers to make
        conn.execute(text("UPDATE foster_referrals SET status = 'draft', stage = 0, status_reason = 'תיקון'"
                          " WHERE id = :r"), {"r": foster.cohen})
        conn.rollback()
    assert _status(w, foster.cohen) == ("sent", foster.cohen_version)
    assert _status(w, foster.haddad)[0] == "draft"


def test_file_child_author_decision_and_task_are_kept(pg_world: World, foster: Foster,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    w = pg_world
    with w.admin_db.engine.begin() as owner:  # a child in the Levi file (the north team's too)
        levi_child = int(owner.execute(text(
            "INSERT INTO persons (id_kind, id_number, first_name, last_name, first_name_ar, last_name_ar,"
            " first_name_lat, last_name_lat, sex, preferred_language, first_name_key, last_name_key, search_key,"
            " version, created_by, updated_by) VALUES ('none', NULL, 'תמר', 'לוי', '', '', '', '', 'f', 'he',"
            " 'תמר', 'לוי', 'תמר לוי', 1, 't', 't') RETURNING id")).scalar_one())
        owner.execute(text("INSERT INTO family_members (file_id, person_id, relation) VALUES (:f, :p, 'child')"),
                      {"f": w.files["levi"], "p": levi_child})
    with as_login(w, "north_head") as conn:  # she sees both the Cohen and the Levi files
        refused(conn, "UPDATE foster_referrals SET file_id = :f WHERE id = :r", f=w.files["levi"], r=foster.cohen)
        refused(conn, "UPDATE foster_referrals SET child_id = :c WHERE id = :r", c=levi_child, r=foster.cohen)
        refused(conn, "UPDATE foster_referrals SET file_id = :f, child_id = :c WHERE id = :r", f=w.files["levi"],
                c=levi_child, r=foster.cohen)
        refused(conn, "UPDATE foster_referrals SET created_by_id = :u WHERE id = :r", u=w.users["north_head"].id,
                r=foster.cohen)
        refused(conn, "UPDATE foster_referrals SET decision_id = NULL, kind = 'emergency',"
                      " emergency_reason = 'x' WHERE id = :r", r=foster.cohen)
    with as_login(w, "manager") as conn:
        # another file's task as the Haddad referral's committee task, or its task swapped
        task = int(conn.execute(text("INSERT INTO tasks (file_id, title, description, assignee_id, done, version,"
                                     " created_by, updated_by) VALUES (:f, 't', '', :u, false, 1, 't', 't')"
                                     " RETURNING id"), {"f": w.files["cohen"], "u": w.users["manager"].id}).scalar_one())
        refused(conn, "UPDATE foster_referrals SET committee_task_id = :t WHERE id = :r", t=task, r=foster.haddad)
        # a decision of another child attached to the Haddad referral
        refused(conn, "UPDATE foster_referrals SET decision_id = :d, committee_due_on = NULL WHERE id = :r",
                d=foster.decision, r=foster.haddad)
    assert _status(w, foster.cohen) == ("sent", foster.cohen_version)


def test_a_referral_inserted_for_a_child_of_another_file_is_refused(pg_world: World, foster: Foster) -> None:
    w = pg_world
    with as_login(w, "north_worker") as conn:  # the Haddad child is not hers to see: the policy
        refused(conn, INSERT_REFERRAL, **referral_params(w, child="haddad_child", kind="long_term",
                                                         d=foster.decision))
    with as_login(w, "manager") as conn:  # the manager sees both: the guard (a child of the file)
        refused(conn, INSERT_REFERRAL, **referral_params(w, child="haddad_child", by="manager"))
        refused(conn, INSERT_REFERRAL, **referral_params(w, "levi", child="cohen_child", by="manager"))
        refused(conn, INSERT_REFERRAL, **referral_params(w, child="cohen_father", by="manager"))
        assert count(conn, "foster_referrals") == 2


def test_a_referral_inserted_in_another_s_name_placed_or_without_a_decision_is_refused(
        pg_world: World, foster: Foster, monkeypatch: pytest.MonkeyPatch) -> None:
    w = pg_world
    community, _ = out_of_home_decision(w, monkeypatch, family="haddad", kind="community_plan", days=30)
    with w.admin_db.engine.begin() as owner:  # the Cohen referral ends, so the child may have another one
        owner.execute(text("UPDATE foster_referrals SET status = 'rejected', stage = 7, reject_reason = 'other'"
                           " WHERE id = :r"), {"r": foster.cohen})
    with as_login(w, "north_worker") as conn:
        # a family worker refers only from a decision
        refused(conn, INSERT_REFERRAL, **referral_params(w))
        # in another's name
        refused(conn, INSERT_REFERRAL, **referral_params(w, kind="long_term", d=foster.decision,
                                                         by="north_worker2"))
        # straight as placed, or sent
        refused(conn, INSERT_REFERRAL, **referral_params(w, kind="long_term", d=foster.decision, status="sent",
                                                         stage=1))
        # with her own decision it is hers to make (the CHECKs: not as an emergency without a reason)
        conn.execute(text(INSERT_REFERRAL), referral_params(w, kind="long_term", d=foster.decision, why=""))
        conn.rollback()
    with w.admin_db.engine.begin() as owner:  # the Haddad referral is sent, then rejected
        owner.execute(text("UPDATE foster_referrals SET status = 'sent', stage = 1, sent_on = status_on"
                           " WHERE id = :r"), {"r": foster.haddad})
        owner.execute(text("UPDATE foster_referrals SET status = 'rejected', stage = 7, reject_reason = 'other'"
                           " WHERE id = :r"), {"r": foster.haddad})
    with as_login(w, "south_head") as conn:  # a community plan, or another child's decision: not hers to carry out
        refused(conn, INSERT_REFERRAL, **referral_params(w, "haddad", kind="long_term", d=community, by="south_head"))
        refused(conn, INSERT_REFERRAL, **referral_params(w, "haddad", kind="long_term", d=foster.decision,
                                                         by="south_head"))
    with as_login(w, "coordinator") as conn:  # she reads the decisions, writes no referral
        refused(conn, INSERT_REFERRAL, **referral_params(w, kind="long_term", d=foster.decision, by="coordinator"))


def test_one_open_referral_per_child_even_in_raw_sql(pg_world: World, foster: Foster) -> None:
    with as_login(pg_world, "youth_law") as conn:
        refused(conn, INSERT_REFERRAL, "23505", **referral_params(pg_world, by="youth_law"))


@pytest.mark.parametrize("who", ["coordinator", "club", "intake", "admin"])
def test_the_roles_without_foster_work_write_nothing(pg_world: World, foster: Foster, who: str) -> None:
    w = pg_world
    with as_login(w, who) as conn:
        refused(conn, INSERT_REFERRAL, **referral_params(w, by=who))
        refused(conn, INSERT_VISIT, r=foster.cohen, f=w.files["cohen"], on=TODAY, by=w.users[who].id)
        refused(conn, INSERT_DOCUMENT, r=foster.cohen, f=w.files["cohen"], content=PDF, by=w.users[who].id)
        for sql in ("UPDATE foster_referrals SET reason = 'x'", "DELETE FROM foster_documents"):
            try:
                changed = conn.execute(text(sql)).rowcount
            except Exception as exc:  # no grant at all
                assert getattr(getattr(exc, "orig", None), "sqlstate", None) == REFUSED
                conn.rollback()
            else:
                assert changed == 0
                conn.rollback()


def test_an_emergency_is_dated_today_and_its_committee_not_put_off(pg_world: World, foster: Foster) -> None:
    w = pg_world
    with w.admin_db.engine.begin() as owner:  # the Cohen referral is rejected: the child may have another
        owner.execute(text("UPDATE foster_referrals SET status = 'rejected', stage = 7, reject_reason = 'other'"
                           " WHERE id = :r"), {"r": foster.cohen})
    with as_login(w, "youth_law") as conn:
        refused(conn, INSERT_REFERRAL, **referral_params(w, by="youth_law", on=TODAY + timedelta(days=2),
                                                         due=TODAY + timedelta(days=9)))
        refused(conn, INSERT_REFERRAL, **referral_params(w, by="youth_law", due=TODAY + timedelta(days=60)))
        conn.execute(text(INSERT_REFERRAL), referral_params(w, by="youth_law"))  # as the service makes it
        conn.rollback()
    with as_login(w, "south_head") as conn:  # the Haddad emergency's committee put off
        refused(conn, "UPDATE foster_referrals SET committee_due_on = committee_due_on + 30 WHERE id = :r",
                r=foster.haddad)
