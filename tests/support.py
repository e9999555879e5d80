"""Test databases on both backends, and a small known world of staff, families and people."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, NullPool, create_engine, text
from sqlalchemy.engine import make_url

from models.db import Database, make_engine
from models.families.dto import NewFamilyFile
from models.migrate import upgrade
from models.people.dto import PersonInput
from models.services import Services
from models.text import israeli_id_check_digit
from models.users.auth import hash_password, to_current_user
from models.users.dto import CurrentUser
from models.users.service import add_user_row

PG_ENV = "MAANE_TEST_DATABASE_URL"
RUN_TAG = f"mt{os.getpid()}"


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def valid_id(n: int) -> str:
    first = f"{n:08d}"
    return first + israeli_id_check_digit(first)


@contextmanager
def pg_admin_connection():
    url = pg_admin_url()
    assert url, "PostgreSQL not configured"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def create_pg_database(name: str, template: str = "template0") -> str:
    with pg_admin_connection() as conn:
        extra = " ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8'" if template == "template0" else ""
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{extra}'))
    return make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(name: str) -> None:
    with pg_admin_connection() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def ensure_pg_login(username: str, role: str) -> None:
    from models.pg_admin import create_login

    with pg_admin_connection() as conn:
        create_login(conn, username, None, role)


def drop_pg_logins(prefix: str) -> None:
    with pg_admin_connection() as conn:
        names = conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": prefix + "%"}).scalars()
        for name in list(names):
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))


class TemplateDatabases:
    """One migrated database per backend per test run; each test gets a fresh copy."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._sqlite: Path | None = None
        self._pg: str | None = None

    def sqlite_copy(self, dest: Path) -> str:
        if self._sqlite is None:
            self._sqlite = self.root / "template.sqlite"
            engine = make_engine(f"sqlite:///{self._sqlite}")
            upgrade(engine)
            engine.dispose()  # the last connection to close checkpoints and removes the WAL file
        shutil.copyfile(self._sqlite, dest)
        return f"sqlite:///{dest}"

    def pg_copy(self) -> tuple[str, str]:
        if self._pg is None:
            self._pg = f"{RUN_TAG}_template"
            drop_pg_database(self._pg)
            url = create_pg_database(self._pg)
            engine = make_engine(url)
            upgrade(engine)
            engine.dispose()
        name = f"{RUN_TAG}_{uuid.uuid4().hex[:10]}"
        return name, create_pg_database(name, template=self._pg)

    def close(self) -> None:
        if self._pg is not None:
            drop_pg_database(self._pg)
            drop_pg_logins(RUN_TAG)


@dataclass
class World:
    """Two teams (צוות צפון, צוות דרום), a user of every role and a few files. On PostgreSQL every user is
    also a login, and ``services(name)`` connects as that login, so row-level security applies."""

    url: str
    backend: str
    admin_db: Database
    users: dict[str, CurrentUser] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)
    persons: dict[str, int] = field(default_factory=dict)
    _dbs: dict[str, Database] = field(default_factory=dict)

    def name(self, short: str) -> str:
        return f"{RUN_TAG}_{short}" if self.backend == "postgresql" else short

    def db_for(self, short: str) -> Database:
        if self.backend != "postgresql":
            return self.admin_db
        if short not in self._dbs:
            url = make_url(self.url).set(username=self.name(short), password=None)
            self._dbs[short] = Database(make_engine(url.render_as_string(hide_password=False)))
        return self._dbs[short]

    def services(self, short: str) -> Services:
        return Services(self.db_for(short), self.users[short])

    def close(self) -> None:
        for d in self._dbs.values():
            d.dispose()
        self.admin_db.dispose()


STAFF = [
    # short name, full name, role, team
    ("intake", "נועה אינטייק", "intake_worker", None),
    ("north_worker", "דנה צפונית", "family_worker", "צוות צפון"),
    ("north_worker2", "יעל צפונית", "family_worker", "צוות צפון"),
    ("south_worker", "סמיר דרומי", "family_worker", "צוות דרום"),
    ("north_head", "רונית ראש-צוות", "team_head", "צוות צפון"),
    ("south_head", "חליל ראש-צוות", "team_head", "צוות דרום"),
    ("youth_law", "אורי חוק-הנוער", "youth_law_worker", "צוות צפון"),
    ("coordinator", "מיכל ועדות", "committee_coordinator", None),
    ("club", "שירה מועדוניות", "club_worker", None),
    ("manager", "אבי מנהל", "manager", None),
    ("admin", "מנהל מערכת", "admin", None),
]
PASSWORD = "Maane-test-1"


@lru_cache(maxsize=1)
def password_hash() -> str:
    return hash_password(PASSWORD)


@contextmanager
def as_login(world: World, short: str) -> Iterator[Connection]:
    """A raw connection as the PostgreSQL login of ``short``, as a worker with psql has it (the attack tests)."""
    url = make_url(world.url).set(username=world.name(short), password=None)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def build_world(url: str, backend: str) -> World:
    admin_db = Database(make_engine(url))
    world = World(url=url, backend=backend, admin_db=admin_db)
    with admin_db.session() as s:
        for short, full_name, role, team in STAFF:
            name = world.name(short)
            if backend == "postgresql":
                ensure_pg_login(name, role)
            u = add_user_row(s, username=name, full_name=full_name, role=role, team=team, password=None, who="test")
            if backend == "sqlite":
                u.password_hash = password_hash()  # hashed once per run: argon2 is slow on purpose
            s.flush()
            world.users[short] = to_current_user(u)
    manager = Services(admin_db, world.users["manager"])
    teams = {t.name: t.id for t in manager.families.teams()}
    people = [
        # key, first, last, arabic first/last, birth, id
        ("cohen_father", "משה", "כהן", "", "", date(1980, 3, 1), 1),
        ("cohen_child", "מרים", "כהן", "", "", date(2015, 6, 12), 2),
        ("levi_mother", "שׁוֹשַׁנָּה", "לוי", "", "", date(1985, 1, 20), 3),
        ("haddad_father", "אחמד", "חדאד", "أحمد", "حداد", date(1978, 9, 9), 4),
        ("haddad_child", "לילא", "חדאד", "ليلى", "حداد", date(2016, 2, 2), 5),
        ("secret_mother", "רחל", "סודי", "", "", date(1990, 5, 5), 6),
    ]
    for key, first, last, first_ar, last_ar, born, n in people:
        p = manager.people.create(PersonInput(first_name=first, last_name=last, first_name_ar=first_ar,
                                              last_name_ar=last_ar, birth_date=born, id_number=valid_id(n),
                                              phones=(f"050-00000{n:02d}",)))
        world.persons[key] = p.id
    u = world.users
    for key, family, team, worker, members, restricted in [
        ("cohen", "משפחת כהן", "צוות צפון", "north_worker", [("cohen_father", "parent"), ("cohen_child", "child")], False),
        ("levi", "משפחת לוי", "צוות צפון", "north_worker2", [("levi_mother", "parent")], False),
        ("haddad", "משפחת חדאד", "צוות דרום", "south_worker", [("haddad_father", "parent"), ("haddad_child", "child")], False),
        ("secret", "משפחת סודי", "צוות צפון", "north_worker2", [("secret_mother", "parent")], True),
    ]:
        f = manager.families.open_file(
            NewFamilyFile(family_name=family, team_id=teams[team], worker_id=u[worker].id, address="רחוב הדקל 1",
                          locality="עין הבשור", opened_on=date(2025, 1, 15), restricted=restricted),
            [(world.persons[m], rel) for m, rel in members],
        )
        world.files[key] = f.id
    return world
