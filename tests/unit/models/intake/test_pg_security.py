"""The referrals' security on PostgreSQL (revision 0014, Scope.REFERRAL): the SQL rule and the Python clause
agree for every login, and raw-SQL attacks as the logins themselves (reads, writes that would widen what a
login reads, writes in another's name, deletes, rolled-back tricks) are refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError

from models.intake.dto import HandOverInput, NewPerson, OpenFileInput, ReferralInput, Referrer
from models.intake.entities import Referral, ReferralPerson
from models.intake.service import visible_referrals_clause
from models.people.dto import PersonInput
from models.security import security_problems
from tests.support import STAFF, World, as_login, valid_id

REFUSED = "42501"  # insufficient_privilege: a policy's WITH CHECK, a missing grant, the guard
TODAY = date.today()


def sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str | None:
    return getattr(exc.value.orig, "sqlstate", None)


def make_referral(w: World, short: str, persons: tuple[tuple[int, str], ...],
                  new: tuple[NewPerson, ...] = ()) -> int:
    r = w.services(short).intake.create(ReferralInput(
        received_on=TODAY - timedelta(days=2), channel="phone", source="school", referrer=Referrer("מורה"),
        problem="בעיה", urgency="week", existing=persons, new_persons=new))
    return r.id


@pytest.fixture
def cases(pg_world: World) -> dict[str, int]:
    """Referrals in every state, made through the services as the logins (so the policies applied)."""
    w = pg_world
    p = w.persons
    intake = w.services("intake").intake
    teams = {t.name: t.id for t in intake.teams()}
    out = {
        "open": make_referral(w, "intake", ((p["levi_mother"], "parent"),)),
        "by_head": make_referral(w, "north_head", ((p["cohen_child"], "child"),)),
    }
    closed = make_referral(w, "intake", ((p["levi_mother"], "parent"),))
    r = intake.get(closed)
    intake.no_intervention(r.id, r.version, "resolved")
    out["closed"] = closed
    attached = make_referral(w, "intake", ((p["haddad_child"], "child"),))
    r = intake.get(attached)
    intake.attach(r.id, r.version, w.files["haddad"])
    out["attached_south"] = attached
    handed = make_referral(w, "intake", (), (NewPerson(PersonInput(first_name="עדי", last_name="שקד",
                                                                   id_number=valid_id(301)), "parent"),))
    r = intake.get(handed)
    r = intake.open_file(r.id, r.version, OpenFileInput(family_name="משפחת שקד", team_id=teams["צוות צפון"]))
    intake.hand_over(r.id, r.version, HandOverInput(teams["צוות צפון"], w.users["north_worker"].id))
    out["handed_north"] = handed
    return out


def test_the_python_clause_agrees_with_the_sql_rule(pg_world: World, cases: dict[str, int]) -> None:
    w = pg_world
    expected = {
        "intake": set(cases.values()),
        "manager": set(cases.values()),
        "north_head": {cases["open"], cases["by_head"], cases["attached_south"], cases["handed_north"]},
        "south_head": {cases["open"], cases["by_head"], cases["attached_south"]},
        "north_worker": {cases["handed_north"]},
        "north_worker2": {cases["handed_north"]},  # the file is of her team, not restricted
        "south_worker": {cases["attached_south"]},
        "youth_law": {cases["handed_north"]},
        "coordinator": {cases["attached_south"], cases["handed_north"]},  # via the files only
        "club": {cases["attached_south"], cases["handed_north"]},
        "admin": set(),
    }
    assert set(expected) == {s[0] for s in STAFF}
    for short, want in expected.items():
        with as_login(w, short) as conn:
            sql = set(conn.execute(text("SELECT id FROM referrals")).scalars())
            persons = set(conn.execute(text("SELECT DISTINCT referral_id FROM referral_persons")).scalars())
        with w.admin_db.session() as s:  # the owner: no row-level security, the Python clause alone
            python = set(s.scalars(select(Referral.id).where(visible_referrals_clause(w.users[short]))))
            py_persons = set(s.scalars(select(ReferralPerson.referral_id).join(Referral).where(
                visible_referrals_clause(w.users[short]))))
        assert sql == python == want, short
        assert persons == py_persons == want, short


def test_security_problems_clean(pg_world: World) -> None:
    import models.tables  # noqa: F401
    from models.base import Base

    with pg_world.admin_db.engine.connect() as conn:  # the owner of the tables
        assert security_problems(conn, Base.metadata, ["referrals", "referral_persons", "club_requests",
                                                       "department_settings"]) == []


def test_a_family_worker_of_another_team_reads_no_open_referral(pg_world: World, cases: dict[str, int]) -> None:
    with as_login(pg_world, "south_worker") as conn:
        assert conn.execute(text("SELECT count(*) FROM referrals WHERE status = 'open'")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM referral_persons WHERE referral_id = :r"),
                            {"r": cases["open"]}).scalar() == 0


def test_the_admin_reads_nothing(pg_world: World, cases: dict[str, int]) -> None:
    with as_login(pg_world, "admin") as conn:
        for table in ("referrals", "referral_persons", "club_requests"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table


@pytest.mark.parametrize("who", [s[0] for s in STAFF])
def test_nobody_deletes_a_referral(pg_world: World, cases: dict[str, int], who: str) -> None:
    with as_login(pg_world, who) as conn, pytest.raises(DBAPIError) as exc:
        conn.execute(text("DELETE FROM referrals WHERE id = :r"), {"r": cases["open"]})
    assert sqlstate(exc) == REFUSED


def _insert(conn: Connection, worker_id: int, number: str, file_id: int | None = None) -> None:
    conn.execute(text(
        "INSERT INTO referrals (number, received_on, channel, source, referrer_name, referrer_role,"
        " referrer_organisation, referrer_phone, problem, urgency, urgency_rank, notes, intake_worker_id, status,"
        " outcome, decided_on, decided_by_id, file_id, elsewhere_service, elsewhere_detail, no_intervention_reason, outcome_note,"
        " due_by, version, created_by, updated_by) VALUES (:n, current_date, 'phone', 'self', '', '', '', '',"
        " 'x', 'routine', 3, '', :w, :st, :o, :d, :by, :f, '', '', '', '', current_date + 14, 1, '', '')"),
        {"n": number, "w": worker_id, "f": file_id, "st": "open" if file_id is None else "awaiting_handover",
         "o": "" if file_id is None else "attached", "d": None if file_id is None else date.today(),
         "by": None if file_id is None else worker_id})


def test_a_referral_is_inserted_only_by_an_intake_role_in_the_own_name(pg_world: World) -> None:
    w = pg_world
    with as_login(w, "intake") as conn:
        with pytest.raises(DBAPIError) as exc:
            _insert(conn, w.users["north_head"].id, "2099/9001")  # in another's name
        assert sqlstate(exc) == REFUSED
        conn.rollback()
        with pytest.raises(DBAPIError) as exc:  # attached to a file she does not see (restricted)
            _insert(conn, w.users["intake"].id, "2099/9002", w.files["secret"])
        assert sqlstate(exc) == REFUSED
        conn.rollback()
        _insert(conn, w.users["intake"].id, "2099/9003")  # her own: allowed
        conn.rollback()
    with as_login(w, "north_worker") as conn, pytest.raises(DBAPIError) as exc:
        _insert(conn, w.users["north_worker"].id, "2099/9004")  # not an intake role
    assert sqlstate(exc) == REFUSED


def test_linking_a_hidden_person_is_refused(pg_world: World, cases: dict[str, int]) -> None:
    w = pg_world
    with as_login(w, "intake") as conn:
        with pytest.raises(DBAPIError) as exc:
            conn.execute(text("INSERT INTO referral_persons (referral_id, person_id, relation) VALUES (:r, :p, 'parent')"),
                         {"r": cases["open"], "p": w.persons["secret_mother"]})
        assert sqlstate(exc) == REFUSED
        conn.rollback()
        # and after the attempt (rolled back) she still reads nothing of that person
        assert conn.execute(text("SELECT count(*) FROM persons WHERE id = :p"),
                            {"p": w.persons["secret_mother"]}).scalar() == 0
        # the persons of a closed referral are final
        with pytest.raises(DBAPIError) as exc:
            conn.execute(text("INSERT INTO referral_persons (referral_id, person_id, relation) VALUES (:r, :p, 'parent')"),
                         {"r": cases["closed"], "p": w.persons["cohen_father"]})
        assert sqlstate(exc) == REFUSED
        conn.rollback()
        gone = conn.execute(text("DELETE FROM referral_persons WHERE referral_id = :r"), {"r": cases["closed"]})
        assert gone.rowcount == 0
        conn.rollback()


def test_a_family_worker_cannot_change_the_referral_of_her_file(pg_world: World, cases: dict[str, int]) -> None:
    with as_login(pg_world, "north_worker") as conn:
        changed = conn.execute(text("UPDATE referrals SET notes = 'x' WHERE id = :r"), {"r": cases["handed_north"]})
        assert changed.rowcount == 0
        conn.rollback()


def test_the_guard_keeps_closed_referrals_final_and_names_fixed(pg_world: World, cases: dict[str, int]) -> None:
    w = pg_world
    with as_login(w, "intake") as conn:
        with pytest.raises(DBAPIError) as exc:
            conn.execute(text("UPDATE referrals SET problem = 'שונה' WHERE id = :r"), {"r": cases["closed"]})
        assert sqlstate(exc) == REFUSED
        conn.rollback()
        with pytest.raises(DBAPIError) as exc:  # a referral moved to another intake worker
            conn.execute(text("UPDATE referrals SET intake_worker_id = :u WHERE id = :r"),
                         {"u": w.users["north_head"].id, "r": cases["open"]})
        assert sqlstate(exc) == REFUSED
        conn.rollback()
        with pytest.raises(DBAPIError) as exc:  # moved to a hidden file: the WITH CHECK
            conn.execute(text("UPDATE referrals SET file_id = :f WHERE id = :r"),
                         {"f": w.files["secret"], "r": cases["attached_south"]})
        assert sqlstate(exc) == REFUSED
        conn.rollback()
        with pytest.raises(DBAPIError) as exc:  # decided in another's name (who decided keeps reading it)
            conn.execute(text("UPDATE referrals SET status = 'closed', outcome = 'no_intervention',"
                              " no_intervention_reason = 'resolved', decided_on = current_date, decided_by_id = :u"
                              " WHERE id = :r"), {"u": w.users["north_worker"].id, "r": cases["open"]})
        assert sqlstate(exc) == REFUSED
        conn.rollback()
        with pytest.raises(DBAPIError) as exc:  # handed to a worker who does not see the file (south's file)
            conn.execute(text("UPDATE referrals SET status = 'closed', handed_to_id = :u WHERE id = :r"),
                         {"u": w.users["north_worker"].id, "r": cases["attached_south"]})
        assert sqlstate(exc) == REFUSED
        conn.rollback()


def test_a_club_request_cannot_link_a_hidden_person(pg_world: World) -> None:
    w = pg_world
    with as_login(w, "north_worker") as conn:
        with pytest.raises(DBAPIError) as exc:
            conn.execute(text(
                "INSERT INTO club_requests (file_id, person_id, route, reason, goals, urgency, requested_by_id,"
                " requested_on, status, version, created_by, updated_by) VALUES (:f, :p, 'family_worker', 'x', '',"
                " 'routine', :u, current_date, 'waiting', 1, '', '')"),
                {"f": w.files["cohen"], "p": w.persons["secret_mother"], "u": w.users["north_worker"].id})
        # since revision 0017 the clubs' guard refuses first (a request's child must be a child of its file:
        # check_violation 'not_child'); the policy's refusal of a person the login cannot see stands behind it
        assert sqlstate(exc) in (REFUSED, "23514")
        conn.rollback()
