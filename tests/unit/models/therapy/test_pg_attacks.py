"""Raw-SQL attacks on the therapy referrals (revision 0021) as the logins themselves, mostly the family
workers, who write them: the guard ``maane_therapy_guard`` and the policy refuse what the service would (a
date in the future, a person who is not a child or a parent of the file, a hidden person, a file not seen, a
second open referral of a kind) and what only raw SQL does (another user's name, a referral made already
started, a referral moved to another file, person or kind, its reason or date rewritten, a status moved
backwards, an ended referral reopened or rewritten, a treatment's start moved).

The guard's codes: SQLSTATE 23514 with the MESSAGE exactly the service's code; its other refusals, the
policy's and the grants': 42501; the unique index of one open referral per person and kind: 23505."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from models.errors import ValidationError
from models.therapy.dto import TherapyInput
from tests.support import World, as_login
from tests.unit.models.clubs.test_pg_security import REFUSED, RULE, message, refused, sqlstate
from tests.unit.models.therapy.test_pg_security import INSERT, Referrals, therapy
from tests.unit.models.therapy.therapyworld import TODAY

__all__ = ["therapy"]  # the fixture
pytestmark = pytest.mark.postgres_only
SERVER_TODAY = date.today()  # the guard's today is the server's


def _params(w: World, who: str, file: str = "cohen", person: str | None = "cohen_child", **kw: Any) -> dict[str, Any]:
    subject = kw.pop("subject", "family" if person is None else ("child" if person.endswith("child") else "parent"))
    return {"f": w.files[file], "subject": subject, "p": None if person is None else w.persons[person],
            "kind": kw.pop("kind", "art"), "on": kw.pop("on", TODAY), "by": kw.pop("by", w.users[who].id),
            "status": kw.pop("status", "waiting"), "therapist": kw.pop("therapist", ""),
            "started": kw.pop("started", None), **kw}


def _insert(conn: Connection, params: dict[str, Any]) -> int:
    return int(conn.execute(text(INSERT + " RETURNING id"), params).scalar_one())


def _one_of(conn: Connection, params: dict[str, Any], states: tuple[str, ...], code: str | None = None) -> None:
    with pytest.raises(DBAPIError) as exc:
        conn.execute(text(INSERT), params)
    assert sqlstate(exc) in states, exc.value
    if code is not None and sqlstate(exc) == RULE:
        assert message(exc.value) == code
    conn.rollback()


# --- making a referral -------------------------------------------------------------------------------------


def test_a_referral_is_made_in_the_login_s_own_name_and_waiting(pg_world: World, therapy: Referrals) -> None:
    w = pg_world
    with as_login(w, "north_worker") as conn:
        refused(conn, INSERT, **_params(w, "north_worker", by=w.users["north_head"].id))  # the head's name
        refused(conn, INSERT, **_params(w, "north_worker", status="in_treatment", therapist="נעמה", started=TODAY))
        _insert(conn, _params(w, "north_worker"))  # her own, waiting: the service's way
        conn.rollback()
    with w.admin_db.engine.connect() as owner:  # the owner too makes it waiting
        refused(owner, INSERT, **_params(w, "north_worker", status="in_treatment", therapist="נעמה", started=TODAY))


def test_no_referral_dated_after_the_server_s_today(pg_world: World, therapy: Referrals) -> None:
    w = pg_world
    with as_login(w, "north_worker") as conn:
        refused(conn, INSERT, RULE, "date_future", **_params(w, "north_worker", on=SERVER_TODAY + timedelta(days=1)))
        _insert(conn, _params(w, "north_worker", on=SERVER_TODAY))
        conn.rollback()


def test_only_a_child_or_a_parent_of_the_file(pg_world: World, therapy: Referrals) -> None:
    """The father as a child, the child as a parent, the Levi mother (a file she sees) under the Cohen file:
    each would show the Cohen file's readers a therapy that is not of their file's child or parent."""
    w = pg_world
    with as_login(w, "north_head") as conn:
        refused(conn, INSERT, RULE, "therapy_not_child", **_params(w, "north_head", person="cohen_father",
                                                                   subject="child"))
        refused(conn, INSERT, RULE, "therapy_not_parent", **_params(w, "north_head", person="cohen_child",
                                                                    subject="parent", kind="emotional"))
        refused(conn, INSERT, RULE, "therapy_not_parent", **_params(w, "north_head", person="levi_mother",
                                                                    kind="parent_guidance"))
        # the family as a whole names nobody (a CHECK)
        refused(conn, INSERT, RULE, **_params(w, "north_head", subject="family", kind="group"))


def test_no_hidden_person_and_no_file_not_seen(pg_world: World, therapy: Referrals) -> None:
    """The restricted file's mother under the Cohen file; the Haddad file, which the north worker does not see:
    refused by the guard (a member she cannot see is no member) or by the policy, and nothing shows."""
    w = pg_world
    with as_login(w, "north_worker") as conn:
        _one_of(conn, _params(w, "north_worker", person="secret_mother", kind="parent_guidance"),
                (RULE, REFUSED), "therapy_not_parent")
        _one_of(conn, _params(w, "north_worker", "haddad", "haddad_child"), (RULE, REFUSED), "therapy_not_child")
        assert conn.execute(text("SELECT count(*) FROM therapy_referrals WHERE file_id = :f"),
                            {"f": w.files["haddad"]}).scalar() == 0


def test_one_open_referral_per_person_and_kind_even_of_a_file_not_seen(pg_world: World, therapy: Referrals) -> None:
    """The Haddad child is also a child of the Levi file; the south worker referred her to emotional therapy
    from the Haddad file, which the Levi file's worker cannot see: her second referral of that kind is refused
    by the unique index, and the service says "therapy_open"."""
    w = pg_world
    with w.admin_db.engine.begin() as owner:
        owner.execute(text("INSERT INTO family_members (file_id, person_id, relation) VALUES (:f, :p, 'child')"),
                      {"f": w.files["levi"], "p": w.persons["haddad_child"]})
    with as_login(w, "north_worker2") as conn:
        assert conn.execute(text("SELECT count(*) FROM therapy_referrals WHERE id = :r"),
                            {"r": therapy.haddad_child}).scalar() == 0  # not hers to see
        refused(conn, INSERT, "23505", **_params(w, "north_worker2", "levi", "haddad_child", kind="emotional"))
        _insert(conn, _params(w, "north_worker2", "levi", "haddad_child", kind="art"))  # another kind
        conn.rollback()
    with pytest.raises(ValidationError) as exc:
        w.services("north_worker2").therapy.refer(TherapyInput(
            file_id=w.files["levi"], subject="child", person_id=w.persons["haddad_child"], kind="emotional",
            reason="חרדה", referred_on=TODAY))
    assert exc.value.code == "therapy_open"
    with as_login(w, "north_worker") as conn:  # and the family's: one open per file and kind
        _insert(conn, _params(w, "north_worker", person=None, kind="group"))
        refused(conn, INSERT, "23505", **_params(w, "north_worker", person=None, kind="group"))


# --- changing one ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("column", "value"), [
    ("file_id", "levi"), ("person_id", "cohen_father"), ("kind", "'art'"), ("reason", "'אחר'"),
    ("referred_by_id", "north_head"), ("referred_on", "referred_on - 1"), ("subject", "'parent'"),
])
def test_a_referral_keeps_what_was_referred_by_whom_and_when(pg_world: World, therapy: Referrals, column: str,
                                                             value: str) -> None:
    w = pg_world
    sql_value = {"levi": str(w.files["levi"]), "cohen_father": str(w.persons["cohen_father"]),
                 "north_head": str(w.users["north_head"].id)}.get(value, value)
    for who in ("north_worker", "manager"):
        with as_login(w, who) as conn:
            refused(conn, f"UPDATE therapy_referrals SET {column} = {sql_value} WHERE id = :r", r=therapy.cohen_child)


def test_the_status_only_moves_forward_and_an_ended_referral_is_final(pg_world: World, therapy: Referrals) -> None:
    w = pg_world
    with as_login(w, "north_worker") as conn:
        # in treatment back to waiting
        refused(conn, "UPDATE therapy_referrals SET status = 'waiting', therapist = '', started_on = NULL,"
                      " sessions_held = 0 WHERE id = :r", r=therapy.cohen_father)
        # a treatment's start moved
        refused(conn, "UPDATE therapy_referrals SET started_on = started_on - 1 WHERE id = :r", r=therapy.cohen_father)
    with as_login(w, "north_worker2") as conn:  # the Levi mother's ended referral: reopened, rewritten
        refused(conn, "UPDATE therapy_referrals SET status = 'waiting', ended_on = NULL, end_reason = ''"
                      " WHERE id = :r", r=therapy.levi_mother)
        refused(conn, "UPDATE therapy_referrals SET end_reason = 'goals_met' WHERE id = :r", r=therapy.levi_mother)
        refused(conn, "UPDATE therapy_referrals SET end_note = 'נכתב מחדש' WHERE id = :r", r=therapy.levi_mother)
    with w.admin_db.engine.connect() as owner:  # the owner is held to it too
        refused(owner, "UPDATE therapy_referrals SET status = 'in_treatment', therapist = 'x', started_on = ended_on,"
                       " ended_on = NULL, end_reason = '' WHERE id = :r", r=therapy.levi_mother)
    with as_login(w, "north_worker") as conn:  # forward is hers: the therapist changes, sessions, the end
        conn.execute(text("UPDATE therapy_referrals SET therapist = 'רותם בדויה', sessions_held = 6 WHERE id = :r"),
                     {"r": therapy.cohen_father})
        conn.execute(text("UPDATE therapy_referrals SET status = 'ended', ended_on = :d, end_reason = 'goals_met'"
                          " WHERE id = :r"), {"r": therapy.cohen_father, "d": SERVER_TODAY})
        conn.rollback()


def test_no_start_or_end_after_the_server_s_today(pg_world: World, therapy: Referrals) -> None:
    w = pg_world
    later = SERVER_TODAY + timedelta(days=1)
    with as_login(w, "north_worker") as conn:
        refused(conn, "UPDATE therapy_referrals SET status = 'in_treatment', therapist = 'נעמה', started_on = :d"
                      " WHERE id = :r", RULE, "date_future", d=later, r=therapy.cohen_child)
        refused(conn, "UPDATE therapy_referrals SET status = 'ended', ended_on = :d, end_reason = 'dropped_out'"
                      " WHERE id = :r", RULE, "date_future", d=later, r=therapy.cohen_father)
        # and a referral still waiting does not end with its goals met (a CHECK)
        refused(conn, "UPDATE therapy_referrals SET status = 'ended', ended_on = :d, end_reason = 'goals_met'"
                      " WHERE id = :r", RULE, d=SERVER_TODAY, r=therapy.cohen_child)


def test_a_referral_of_a_file_not_seen_is_not_changed(pg_world: World, therapy: Referrals) -> None:
    w = pg_world
    with as_login(w, "north_worker") as conn:  # the Haddad file's, the restricted file's: no row for her
        for r in (therapy.haddad_child, therapy.secret_mother):
            assert conn.execute(text("UPDATE therapy_referrals SET sessions_held = 1 WHERE id = :r"),
                                {"r": r}).rowcount == 0
        conn.commit()
    with as_login(w, "north_head") as conn:  # the team head moves the worker's referral of her team's file
        assert conn.execute(text("UPDATE therapy_referrals SET status = 'ended', ended_on = :d,"
                                 " end_reason = 'moved' WHERE id = :r"),
                            {"d": SERVER_TODAY, "r": therapy.secret_mother}).rowcount == 1
        conn.rollback()
