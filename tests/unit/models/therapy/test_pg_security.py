"""The therapy centre's security on PostgreSQL (revision 0021): who reads which referrals, as the logins
themselves with raw SQL, as a worker with psql has it. A referral is read only by the roles with VIEW_THERAPY
(the family and youth-law workers, team heads, the manager) among those who see its file (the policy says what
models.service.visible_files_clause says); the committee coordinator, the club worker and the intake worker,
who see unrestricted files department-wide, and the administrator, who sees no file, read none; and none of
them writes one. Nobody deletes a referral.

The referrals are made through the service (the north worker's for the Cohen child and father, the south
worker's for the Haddad child, the restricted file's mother, the Levi mother's ended one)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import Connection, select, text

from models.families.entities import FamilyFile
from models.security import security_problems
from models.service import visible_files_clause
from tests.support import World, as_login
from tests.unit.models.clubs.test_pg_security import refused
from tests.unit.models.therapy.therapyworld import TODAY, move_today, refer

pytestmark = pytest.mark.postgres_only
STAMPS = "1, 'test', 'test'"
READERS = ("north_worker", "north_worker2", "south_worker", "north_head", "south_head", "youth_law", "manager")
OTHERS = ("coordinator", "club", "intake", "admin")
INSERT = ("INSERT INTO therapy_referrals (file_id, subject, person_id, kind, reason, referred_on, referred_by_id,"
          " status, therapist, started_on, sessions_held, ended_on, end_reason, end_note, version, created_by,"
          " updated_by) VALUES (:f, :subject, :p, :kind, 'חרדה', :on, :by, :status, :therapist, :started, 0, NULL,"
          f" '', '', {STAMPS})")


@dataclass
class Referrals:
    cohen_child: int  # waiting (north_worker)
    cohen_father: int  # in treatment (north_worker)
    haddad_child: int  # waiting (south_worker)
    secret_mother: int  # waiting, the restricted file (north_worker2)
    levi_mother: int  # ended (north_worker2)


@pytest.fixture
def therapy(pg_world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[Referrals]:
    w = pg_world
    move_today(monkeypatch, TODAY)
    a = refer(w, "cohen", "cohen_child", on=TODAY - timedelta(days=30))
    b = refer(w, "cohen", "cohen_father", kind="parent_guidance", on=TODAY - timedelta(days=40))
    w.services("north_worker").therapy.start(b.id, b.version, TODAY - timedelta(days=20), "נעמה בדויה")
    c = refer(w, "haddad", "haddad_child", on=TODAY - timedelta(days=10))
    d = refer(w, "secret", "secret_mother", on=TODAY - timedelta(days=5))
    e = refer(w, "levi", "levi_mother", kind="parent_guidance", on=TODAY - timedelta(days=60))
    w.services("north_worker2").therapy.end(e.id, e.version, TODAY - timedelta(days=50), "moved")
    yield Referrals(a.id, b.id, c.id, d.id, e.id)


def files_of(conn: Connection) -> set[int]:
    return set(conn.execute(text("SELECT DISTINCT file_id FROM therapy_referrals")).scalars())


def count(conn: Connection) -> int:
    return int(conn.execute(text("SELECT count(*) FROM therapy_referrals")).scalar_one())


def test_security_problems_clean(pg_world: World) -> None:
    import models.tables  # noqa: F401
    from models.base import Base

    with pg_world.admin_db.engine.connect() as conn:
        assert security_problems(conn, Base.metadata, ["therapy_referrals"]) == []


@pytest.mark.parametrize("who", READERS)
def test_the_readers_read_the_referrals_of_the_files_they_see(pg_world: World, therapy: Referrals, who: str) -> None:
    """The policy reads as the Python rule of visible files: a family worker her team's unrestricted files
    and her own, the team head all her team's, the manager every file."""
    w = pg_world
    with w.admin_db.session() as s:
        visible = set(s.scalars(select(FamilyFile.id).where(visible_files_clause(w.users[who]))))
    with_referrals = {w.files[k] for k in ("cohen", "haddad", "secret", "levi")}
    with as_login(w, who) as conn:
        assert files_of(conn) == visible & with_referrals, who
    # the service reads the same: the lists, and each visible file's referrals
    svc = w.services(who).therapy
    listed = {r.file_id for r in svc.waiting_list()} | {r.file_id for r in svc.in_treatment()}
    by_file = {f for f in visible if svc.file_referrals(f)}
    assert listed | by_file == visible & with_referrals, who


def test_the_examples_of_the_rule(pg_world: World, therapy: Referrals) -> None:
    w = pg_world
    f = w.files
    for who, files in (("north_worker", {f["cohen"], f["levi"]}), ("north_worker2", {f["cohen"], f["levi"], f["secret"]}),
                       ("south_worker", {f["haddad"]}), ("north_head", {f["cohen"], f["levi"], f["secret"]}),
                       ("youth_law", {f["cohen"], f["levi"]}),
                       ("manager", {f["cohen"], f["levi"], f["secret"], f["haddad"]})):
        with as_login(w, who) as conn:
            assert files_of(conn) == files, who


@pytest.mark.parametrize("who", OTHERS)
def test_the_coordinator_club_intake_workers_and_the_administrator_read_and_write_none(
        pg_world: World, therapy: Referrals, who: str) -> None:
    w = pg_world
    with as_login(w, who) as conn:
        assert count(conn) == 0
        assert conn.execute(text("SELECT count(*) FROM therapy_referrals WHERE id = :r"),
                            {"r": therapy.cohen_child}).scalar() == 0
        # not even of a file they see (the coordinator, club and intake workers see the Cohen file)
        refused(conn, INSERT, f=w.files["cohen"], subject="child", p=w.persons["cohen_child"], kind="art",
                on=TODAY, by=w.users[who].id, status="waiting", therapist="", started=None)
        refused(conn, "UPDATE therapy_referrals SET sessions_held = 9 WHERE id = :r", r=therapy.cohen_father)
        refused(conn, "DELETE FROM therapy_referrals WHERE id = :r", r=therapy.cohen_child)
    with w.admin_db.engine.connect() as owner:  # and nothing changed
        assert owner.execute(text("SELECT sessions_held FROM therapy_referrals WHERE id = :r"),
                             {"r": therapy.cohen_father}).scalar() == 0


def test_a_rolled_back_role_change_shows_the_coordinator_nothing(pg_world: World, therapy: Referrals) -> None:
    w = pg_world
    with as_login(w, "coordinator") as conn:  # she cannot make herself a family worker ...
        refused(conn, "UPDATE users SET role = 'family_worker' WHERE id = :u", u=w.users["coordinator"].id)
    owner = w.admin_db.engine.connect()
    try:  # ... and the owner's change, never committed, shows her nothing
        owner.execute(text("UPDATE users SET role = 'family_worker' WHERE id = :u"), {"u": w.users["coordinator"].id})
        with as_login(w, "coordinator") as conn:
            assert count(conn) == 0
        owner.rollback()
    finally:
        owner.close()


def test_nobody_deletes_a_referral(pg_world: World, therapy: Referrals) -> None:
    w = pg_world
    for who in ("north_worker", "north_head", "manager"):
        with as_login(w, who) as conn:
            refused(conn, "DELETE FROM therapy_referrals WHERE id = :r", r=therapy.cohen_child)
    with w.admin_db.engine.connect() as owner:
        assert owner.execute(text("SELECT count(*) FROM therapy_referrals")).scalar() == 5


def test_the_audit_trigger_records_each_change_with_the_login(pg_world: World, therapy: Referrals) -> None:
    w = pg_world
    with w.admin_db.engine.connect() as owner:  # the fixture's own changes are before this
        last = owner.execute(text("SELECT coalesce(max(id), 0) FROM audit_events")).scalar_one()
    with as_login(w, "north_worker") as conn:
        conn.execute(text("UPDATE therapy_referrals SET sessions_held = 2, version = version + 1 WHERE id = :r"),
                     {"r": therapy.cohen_father})
        conn.execute(text(INSERT), {"f": w.files["cohen"], "subject": "child", "p": w.persons["cohen_child"],
                                    "kind": "art", "on": date.today(), "by": w.users["north_worker"].id,
                                    "status": "waiting", "therapist": "", "started": None})
        conn.commit()
    with w.admin_db.engine.connect() as owner:
        got = owner.execute(text(
            "SELECT action, entity_id, file_id FROM audit_events WHERE user_name = :u"
            " AND entity = 'therapy_referrals' AND id > :last ORDER BY id"),
            {"u": w.name("north_worker"), "last": last}).all()
    assert [(g[0], g[2]) for g in got] == [("db_update", w.files["cohen"]), ("db_insert", w.files["cohen"])]
    assert got[0][1] == therapy.cohen_father
