"""The demo department and the synthetic generator, on both backends."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

import models.search
from models.db import Database, make_engine
from models.errors import ValidationError
from models.families.entities import FamilyFile, FamilyMember, FileAccess
from models.notes.entities import CaseNote
from models.people.entities import Person, PersonNameKey, PersonPhone
from models.roles import ROLE_CODES
from models.search import brute_force_match, parse_query
from models.services import AuthService, Services
from models.tasks.entities import Task
from models.text import israeli_id_check_digit, israeli_id_valid, phone_digits
from models.users.auth import to_current_user
from models.users.entities import Team, User
from models.users.service import add_user_row
from seeds.demo import DEMO_FILES_TOTAL, DEMO_PASSWORD, database_has_users, seed_demo
from seeds.synthetic import fast_check_digit, seed_synthetic
from tests.support import RUN_TAG, drop_pg_database, ensure_pg_login, pg_admin_url

BACKENDS = ["sqlite"] + (["postgresql"] if pg_admin_url() else [])
PHONE_RE = re.compile(r"^05\d-\d{7}$")


@dataclass
class Demo:
    backend: str
    url: str
    db: Database
    prefix: str
    logins: list

    def db_as(self, short: str) -> Database:
        """SQLite: the one database. PostgreSQL: connected as the staff member's own login (RLS applies)."""
        if self.backend == "sqlite":
            return self.db
        url = make_url(self.url).set(username=self.prefix + short, password=DEMO_PASSWORD)
        return Database(make_engine(url.render_as_string(hide_password=False)))


@pytest.fixture(scope="session", params=BACKENDS)
def demo(request: pytest.FixtureRequest, templates, tmp_path_factory: pytest.TempPathFactory):
    """The demo department, seeded once per backend for the tests of this module (it takes seconds)."""
    backend = request.param
    # Guard: the demo is seeded once per backend per run, whatever the number of xdist workers (they share
    # the parent of their base temp folder). `make test` runs pytest with --dist loadfile, which keeps the
    # tests of this module on one worker.
    base = tmp_path_factory.getbasetemp()
    marker = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / f"demo-seeded-{backend}"
    try:
        marker.open("x").close()
    except FileExistsError:
        pytest.fail(f"the demo department was seeded twice in one test run ({backend}): keep its tests in "
                    "one xdist worker (--dist loadfile)")
    name = None
    if backend == "sqlite":
        url, prefix = templates.sqlite_copy(tmp_path_factory.mktemp("demo") / "demo.sqlite"), ""
    else:
        (name, url), prefix = templates.pg_copy(), f"{RUN_TAG}_"
    db = Database(make_engine(url))
    assert not database_has_users(db)
    logins = seed_demo(db, pg_logins=backend == "postgresql", username_prefix=prefix)
    yield Demo(backend, url, db, prefix, logins)
    db.dispose()
    if name:
        drop_pg_database(name)


def test_demo_staff_and_logins(demo: Demo):
    assert len(demo.logins) == 12
    assert {x.role for x in demo.logins} == set(ROLE_CODES)
    assert len({x.password for x in demo.logins}) == 1 and len(DEMO_PASSWORD) >= 8
    with demo.db.session() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 12
        assert set(s.scalars(select(Team.name))) == {"צוות צפון", "צוות דרום"}
        heads = s.execute(select(User.team_id, func.count()).where(User.role == "team_head").group_by(User.team_id)).all()
        assert len(heads) == 2 and all(n == 1 for _t, n in heads)


def test_demo_families_and_people(demo: Demo):
    today = date.today()
    with demo.db.session() as s:
        assert s.scalar(select(func.count()).select_from(FamilyFile)) == DEMO_FILES_TOTAL
        persons = s.scalars(select(Person)).all()
        assert 800 <= len(persons) <= 1000
        assert all(p.id_kind == "il" and israeli_id_valid(p.id_number) for p in persons)
        assert len({p.id_number for p in persons}) == len(persons)
        assert all(p.birth_date is not None and p.birth_date < today for p in persons)
        assert all(p.search_key for p in persons)
        arab = [p for p in persons if p.first_name_ar and p.last_name_ar]
        assert len(arab) > 100
        assert sum(p.preferred_language == "ar" for p in persons) > 30
        children = s.scalars(select(Person.birth_date).join(FamilyMember, FamilyMember.person_id == Person.id)
                             .where(FamilyMember.relation == "child")).all()
        assert children and all((today - b).days <= 19 * 366 for b in children)
        phones = s.scalars(select(PersonPhone.number)).all()
        assert phones and all(PHONE_RE.match(n) for n in phones)
        assert s.scalar(select(func.count()).select_from(PersonNameKey)) >= 2 * len(persons)
        restricted = s.scalar(select(func.count()).select_from(FamilyFile).where(FamilyFile.restricted.is_(True)))
        assert restricted >= 3
        assert s.scalar(select(func.count()).select_from(FileAccess)) >= 1
        closed = s.scalar(select(func.count()).select_from(FamilyFile).where(FamilyFile.status == "closed"))
        assert 20 <= closed <= 40
        notes = s.scalars(select(CaseNote)).all()
        assert 300 <= len(notes) <= 1200
        assert any(n.signed_at for n in notes) and any(n.signed_at is None for n in notes)
        assert sum(n.corrects_id is not None for n in notes) == 1
        tasks = s.scalars(select(Task)).all()
        assert any(t.due_date < today for t in tasks) and any(t.due_date >= today for t in tasks)


def test_demo_is_not_seeded_twice(demo: Demo):
    assert database_has_users(demo.db)
    with pytest.raises(ValidationError):
        seed_demo(demo.db, pg_logins=False)
    with demo.db.session() as s:
        assert s.scalar(select(func.count()).select_from(FamilyFile)) == DEMO_FILES_TOTAL


def test_demo_worker_signs_in_and_finds_a_family(demo: Demo):
    db = demo.db_as("dana")
    try:
        if demo.backend == "sqlite":
            user = AuthService(db).sign_in("dana", DEMO_PASSWORD)
        else:
            user = AuthService(db).connected_user()
        assert user.role == "family_worker"
        with demo.db.session() as s:
            file_id, last_name = s.execute(
                select(FamilyFile.id, Person.last_name)
                .join(FamilyMember, FamilyMember.file_id == FamilyFile.id)
                .join(Person, Person.id == FamilyMember.person_id)
                .where(FamilyFile.worker_id == user.id, FamilyFile.restricted.is_(False))
                .order_by(FamilyFile.id).limit(1)
            ).one()
        svc = Services(db, user)
        fragment = last_name.split()[0][:3]
        assert file_id in svc.families.search(fragment)
        rows = svc.families.rows(svc.families.search(fragment)[:200])
        assert file_id in {r.id for r in rows}
    finally:
        if db is not demo.db:
            db.dispose()


def test_fast_check_digit_matches_the_reference():
    for first in (1, 12345678, 30000000, 99999999, 20260101, 31415926):
        assert str(fast_check_digit(first)) == israeli_id_check_digit(f"{first:08d}")


SYNTHETIC_QUERIES = ["כה", "מ", "כהן", "כֹּהֵן", "רבינוביץ", "רבינוביצ", "ח'ורי", "חורי", "אבו ס", "משה כ",
                     "حداد", "محم", "فاطمه", "coh", "ab", "דני", "ליה", "צ", "ש", "א", "נ", "ח",
                     # issue 5: double surnames typed together, pasted marks, dashes, the family as listed
                     "בןדוד", "בן\u05beדוד", "אבוסאלח", "ابوصالح", "abusaleh", "\u200fכהן\u200e", "כ\u200dה",
                     "משפחת לוי", "عائلة حداد", "علی", "کریم", "בן\u2013ד"]


def test_synthetic_counts_and_search(db_url: str, backend: str, monkeypatch: pytest.MonkeyPatch):
    db = Database(make_engine(db_url))
    dbs = [db]
    try:
        stats = seed_synthetic(db, families=300, seed=7)
        assert stats.families == 300 and "300 family files" in str(stats)
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(FamilyFile)) == 300
            assert s.scalar(select(func.count()).select_from(Person)) == stats.persons
            assert 800 <= stats.persons <= 1100
            assert s.scalar(select(func.count()).select_from(FamilyMember)) == stats.persons
            assert s.scalar(select(func.count(func.distinct(PersonNameKey.person_id)))) == stats.persons
            assert all(israeli_id_valid(n) for n in s.scalars(select(Person.id_number)))
            phones = s.execute(select(PersonPhone.number, PersonPhone.digits)).all()
            assert phones and all(digits == phone_digits(number) for number, digits in phones)
            everyone = s.execute(select(Person.id, Person.search_key, Person.last_name_key, Person.first_name_key)).all()
            name = f"{RUN_TAG}_synmgr" if backend == "postgresql" else "synmgr"
            if backend == "postgresql":
                ensure_pg_login(name, "manager")
            manager = to_current_user(add_user_row(s, username=name, full_name="מנהלת בדיקה", role="manager",
                                                   team=None, password=None, who="test"))
        if backend == "postgresql":
            url = make_url(db_url).set(username=name, password=None).render_as_string(hide_password=False)
            dbs.append(Database(make_engine(url)))
        svc = Services(dbs[-1], manager)
        ordered = sorted(everyone, key=lambda r: (r.last_name_key, r.first_name_key, r.id))
        # Default thresholds, then thresholds so low that the SQLite plans for huge match sets (a walk of
        # the name order, the last-name block merged with the others) run on this small register too.
        for thresholds in ({}, {"ORDERED_SCAN_FROM": 5, "COUNT_CAP": 60, "SCATTERED_WALK_FROM": 3}):
            for name_, value in thresholds.items():
                monkeypatch.setattr(models.search, name_, value)
            for q in SYNTHETIC_QUERIES:
                parsed = parse_query(q)
                expected = [r.id for r in ordered if brute_force_match(r.search_key, parsed)]
                assert [p.id for p in svc.people.search(q, limit=100_000)] == expected, (q, thresholds)
                assert [p.id for p in svc.people.search(q, limit=50)] == expected[:50], (q, thresholds)
        assert len(svc.families.search("")) == 300
        # a second run adds to the first without clashing ID numbers or file numbers
        more = seed_synthetic(db, families=20, seed=7)
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Person)) == stats.persons + more.persons
            assert s.scalar(select(func.count(func.distinct(FamilyFile.file_number)))) == 320
    finally:
        for d in dbs:
            d.dispose()
