"""The PostgreSQL side of the security model (revision 0001's models/migrations/sql/0001_security.sql,
models/security.py and models/pg_admin.py): grants, row-level security, the audit triggers and person search, checked by raw SQL
as real logins of every role against an independent Python statement of the rules in models/roles.py.

Runs only when MAANE_TEST_DATABASE_URL names a superuser connection; it makes its own database and logins
(unique per run) and removes them afterwards.
"""

from __future__ import annotations

import json
import os
import random
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Connection, Engine, create_engine, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

import models.tables  # noqa: F401  (registers every table on the metadata)
from models.base import Base
from models.errors import ValidationError
from models.notes.entities import NOTE_READERS
from models.roles import DEPARTMENT_WIDE, TEAM_SCOPED, Role
from models.text import search_key, search_tokens

PG_URL = os.environ.get("MAANE_TEST_DATABASE_URL") or None

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.skipif(PG_URL is None, reason="PostgreSQL not configured"),
]

T = Base.metadata.tables
INSUFFICIENT_PRIVILEGE = "42501"
RLS_VIOLATION = "42501"  # "new row violates row-level security policy" has the same SQLSTATE

# Staff of the test world: short name -> (role, team letter or None, active)
STAFF: dict[str, tuple[str, str | None, bool]] = {
    "intake": ("intake_worker", None, True),
    "fam_a": ("family_worker", "A", True),
    "fam_a2": ("family_worker", "A", True),
    "fam_b": ("family_worker", "B", True),
    "named_b": ("family_worker", "B", True),
    "youth_a": ("youth_law_worker", "A", True),
    "coord": ("committee_coordinator", None, True),
    "club": ("club_worker", None, True),
    "head_a": ("team_head", "A", True),
    "head_b": ("team_head", "B", True),
    "mgr": ("manager", None, True),
    "admin": ("admin", None, True),
    "gone_a": ("family_worker", "A", False),  # inactive: a login still exists
}
GHOST = "ghost"  # a login in maane_family_worker with no users row

FIRST = ["יוסף", "משה", "שרה", "רחל", "נועה", "מרים", "אחמד", "מוחמד", "פאטמה", "דוד", "דנה", "מיכל", "שירה"]
LAST = [
    "כהן",
    "לוי",
    "מזרחי",
    "פרץ",
    "ביטון",
    "דהן",
    "שלום",
    "חורי",
    "עבאס",
    "מנסור",
    "שפירא",
    "דוידוב",
    "כהנא",
]
SECRET_NAME = ("זרובבל", "קסטלנובו")  # only in team B's restricted file


@dataclass
class Staff:
    short: str
    login: str
    id: int
    role: str
    team_id: int | None
    active: bool


@dataclass
class PersonRow:
    id: int
    search_key: str
    last_key: str
    first_key: str
    words: frozenset[str]


@dataclass
class FileRow:
    id: int
    team_id: int
    restricted: bool
    worker_id: int | None


@dataclass
class SecWorld:
    db_name: str
    db_url: str
    owner: Engine
    prefix: str
    teams: dict[str, int] = field(default_factory=dict)
    staff: dict[str, Staff] = field(default_factory=dict)
    files: dict[int, FileRow] = field(default_factory=dict)
    named: dict[int, set[int]] = field(default_factory=dict)  # file id -> user ids in file_access
    members: dict[int, set[int]] = field(default_factory=dict)  # person id -> file ids
    persons: dict[int, PersonRow] = field(default_factory=dict)
    fixed: dict[str, int] = field(default_factory=dict)  # well-known files and persons by name
    _engines: dict[str, Engine] = field(default_factory=dict)

    def login(self, short: str) -> str:
        return f"{self.prefix}{short}"

    def engine(self, short: str) -> Engine:
        if short not in self._engines:
            url = make_url(self.db_url).set(username=self.login(short), password=None)
            self._engines[short] = create_engine(url, poolclass=NullPool)
        return self._engines[short]

    @contextmanager
    def as_(self, short: str) -> Iterator[Connection]:
        """A connection as the login of ``short``; whatever it did is rolled back unless it commits."""
        with self.engine(short).connect() as conn:
            yield conn

    # --- the rules of models/roles.py, restated in Python ---------------------------------------------
    def can_see_file(self, short: str, f: FileRow) -> bool:
        u = self.staff.get(short)
        if u is None or not u.active or u.role == Role.ADMIN:
            return False
        if u.role == Role.MANAGER:
            return True
        if u.role == Role.TEAM_HEAD and f.team_id == u.team_id:
            return True
        if not f.restricted and u.role in TEAM_SCOPED and u.role != Role.TEAM_HEAD and f.team_id == u.team_id:
            return True
        if not f.restricted and u.role in DEPARTMENT_WIDE and u.role != Role.MANAGER:
            return True
        return f.worker_id == u.id or u.id in self.named.get(f.id, set())

    def visible_files(self, short: str) -> set[int]:
        return {fid for fid, f in self.files.items() if self.can_see_file(short, f)}

    def can_see_person(self, short: str, pid: int) -> bool:
        u = self.staff.get(short)
        if u is None or not u.active or u.role == Role.ADMIN:
            return False
        fids = self.members.get(pid, set())
        return not fids or any(self.can_see_file(short, self.files[f]) for f in fids)

    def visible_persons(self, short: str) -> set[int]:
        return {pid for pid in self.persons if self.can_see_person(short, pid)}

    def expected_search(self, short: str, subs: list[str], prefixes: list[str]) -> set[int]:
        if not subs and not prefixes:
            return set()
        return {
            p.id
            for p in self.persons.values()
            if self.can_see_person(short, p.id)
            and all(s in p.search_key for s in subs)
            and all(any(w.startswith(x) for w in p.words) for x in prefixes)
        }


def _split(query: str) -> tuple[list[str], list[str]]:
    tokens = search_tokens(query)
    return [t for t in tokens if len(t) >= 3], [t for t in tokens if len(t) < 3]


def _superuser_url(database: str | None = None) -> str:
    url = make_url(PG_URL)
    if database is not None:
        url = url.set(database=database)
    return url.render_as_string(hide_password=False)


def _populate(w: SecWorld, conn: Connection) -> None:
    rnd = random.Random(20260511)
    for letter in ("A", "B"):
        w.teams[letter] = conn.execute(
            insert(T["teams"]).values(name=f"{w.prefix}team {letter}").returning(T["teams"].c.id)
        ).scalar_one()
    for short, (role, team, active) in STAFF.items():
        team_id = w.teams[team] if team else None
        uid = conn.execute(
            insert(T["users"])
            .values(username=w.login(short), full_name=short, role=role, team_id=team_id, active=active)
            .returning(T["users"].c.id)
        ).scalar_one()
        w.staff[short] = Staff(short, w.login(short), uid, role, team_id, active)

    def add_file(team: str, restricted: bool, worker: int | None, number: str) -> int:
        fid = conn.execute(
            insert(T["family_files"])
            .values(
                file_number=number,
                family_name="משפחה",
                status="open",
                opened_on=date(2026, 1, 1),
                team_id=w.teams[team],
                restricted=restricted,
                worker_id=worker,
            )
            .returning(T["family_files"].c.id)
        ).scalar_one()
        w.files[fid] = FileRow(fid, w.teams[team], restricted, worker)
        conn.execute(
            insert(T["case_notes"]).values(
                file_id=fid,
                author_id=w.staff["mgr"].id,
                kind="other",
                note_date=date(2026, 1, 2),
                text="note",
                # signed: everyone who sees the file reads it (a draft only its author and the
                # supervisors of the file's team: tests/unit/models/test_holes.py)
                signed_at=datetime(2026, 1, 2, 12, 0, tzinfo=UTC),
            )
        )
        conn.execute(
            insert(T["tasks"]).values(file_id=fid, title="task", assignee_id=w.staff["mgr"].id, done=False)
        )
        return fid

    def add_person(first: str, last: str) -> int:
        key = search_key(f"{first} {last}")
        pid = conn.execute(
            insert(T["persons"])
            .values(
                id_kind="none",
                id_number=None,
                first_name=first,
                last_name=last,
                first_name_key=search_key(first),
                last_name_key=search_key(last),
                search_key=key,
            )
            .returning(T["persons"].c.id)
        ).scalar_one()
        words = frozenset(key.split())
        for word in words:
            conn.execute(insert(T["person_name_keys"]).values(person_id=pid, word=word))
        conn.execute(
            insert(T["person_phones"]).values(person_id=pid, number="050-0000000", digits="0500000000")
        )
        w.persons[pid] = PersonRow(pid, key, search_key(last), search_key(first), words)
        return pid

    def join(fid: int, pid: int) -> None:
        conn.execute(insert(T["family_members"]).values(file_id=fid, person_id=pid, relation="other"))
        w.members.setdefault(pid, set()).add(fid)

    def name_on(fid: int, short: str) -> None:
        conn.execute(insert(T["file_access"]).values(file_id=fid, user_id=w.staff[short].id))
        w.named.setdefault(fid, set()).add(w.staff[short].id)

    s = w.staff
    w.fixed["FA"] = add_file("A", False, s["fam_a"].id, f"{w.prefix[:4]}/1")
    w.fixed["RA"] = add_file("A", True, s["fam_a2"].id, f"{w.prefix[:4]}/2")
    w.fixed["FB"] = add_file("B", False, s["fam_b"].id, f"{w.prefix[:4]}/3")
    w.fixed["RB"] = add_file("B", True, None, f"{w.prefix[:4]}/4")
    name_on(w.fixed["RA"], "named_b")
    for name, first, last, files in [
        ("pa1", "אברהם", "אבוקסיס", ["FA"]),
        ("pa2", "שרה", "אבוקסיס", ["FA"]),
        ("pr1", "רבקה", "סודית", ["RA"]),
        ("pb1", "יעקב", "ברזילי", ["FB"]),
        ("shared", "לאה", "משותפת", ["FA", "FB"]),
        ("secret", *SECRET_NAME, ["RB"]),
        ("free", "חדש", "בלי תיק", []),
    ]:
        w.fixed[name] = add_person(first, last)
        for f in files:
            join(w.fixed[f], w.fixed[name])

    # A random crowd: files of both teams (a fifth restricted), persons in zero, one or two files.
    workers = [s[k].id for k in ("fam_a", "fam_a2", "fam_b", "named_b", "youth_a", "head_a")] + [None]
    crowd_files = []
    for i in range(40):
        fid = add_file(rnd.choice("AB"), rnd.random() < 0.2, rnd.choice(workers), f"{w.prefix[:4]}/{100 + i}")
        crowd_files.append(fid)
        if rnd.random() < 0.15:
            name_on(fid, rnd.choice(["fam_b", "youth_a", "intake", "admin", "gone_a"]))
    for _ in range(300):
        pid = add_person(rnd.choice(FIRST), rnd.choice(LAST))
        for fid in rnd.sample(crowd_files, rnd.choice([0, 1, 1, 1, 2])):
            join(fid, pid)


@pytest.fixture(scope="module")
def sec() -> Iterator[SecWorld]:
    from models.migrate import upgrade
    from models.pg_admin import create_login, drop_login

    tag = f"{os.getpid()}{secrets.token_hex(2)}"
    prefix = f"t{tag}_"
    db_name = f"maane_sec_{tag}"
    admin = create_engine(_superuser_url(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as c:
        c.exec_driver_sql(
            f"CREATE DATABASE \"{db_name}\" TEMPLATE template0 ENCODING 'UTF8'"
            " LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8'"
        )
    owner = create_engine(_superuser_url(db_name), poolclass=NullPool)
    w = SecWorld(db_name=db_name, db_url=_superuser_url(db_name), owner=owner, prefix=prefix)
    logins: list[str] = []
    try:
        upgrade(owner)  # the schema and its security as every database gets them: by the migrations
        with owner.begin() as conn:
            _populate(w, conn)
        with admin.connect() as c:
            for short, (role, _team, _active) in STAFF.items():
                create_login(c, w.login(short), None, role)
                logins.append(w.login(short))
            create_login(c, w.login(GHOST), None, "family_worker")
            logins.append(w.login(GHOST))
        yield w
    finally:
        for e in w._engines.values():
            e.dispose()
        owner.dispose()
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
            for name in logins:
                drop_login(c, name)
        admin.dispose()


def _ids(conn: Connection, sql: str, **params) -> set[int]:
    return set(conn.execute(text(sql), params).scalars())


def _sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str | None:
    return getattr(exc.value.orig, "sqlstate", None)


ALL_LOGINS = [*STAFF, GHOST]


# --- family files and their rows -----------------------------------------------------------------------


@pytest.mark.parametrize("who", ALL_LOGINS)
def test_each_login_sees_exactly_the_files_the_rules_allow(sec: SecWorld, who: str) -> None:
    expected = sec.visible_files(who)
    with sec.as_(who) as c:
        assert _ids(c, "SELECT id FROM family_files") == expected
        for table in ("family_members", "case_notes", "tasks"):
            got = _ids(c, f"SELECT DISTINCT file_id FROM {table}")
            # the notes only for the roles that read notes (revision 0017: not the club worker)
            readable = expected if table != "case_notes" or STAFF.get(who, ("",))[0] in NOTE_READERS else set()
            assert got == readable & _ids_superuser(sec, f"SELECT DISTINCT file_id FROM {table}"), table
        assert _ids(c, "SELECT DISTINCT file_id FROM file_access") == expected & set(sec.named)


def _ids_superuser(sec: SecWorld, sql: str) -> set[int]:
    with sec.owner.connect() as c:
        return _ids(c, sql)


@pytest.mark.parametrize("who", ALL_LOGINS)
def test_each_login_sees_exactly_the_persons_the_rules_allow(sec: SecWorld, who: str) -> None:
    expected = sec.visible_persons(who)
    with sec.as_(who) as c:
        assert _ids(c, "SELECT id FROM persons") == expected
        assert _ids(c, "SELECT DISTINCT person_id FROM person_phones") == expected
        assert _ids(c, "SELECT DISTINCT person_id FROM person_name_keys") == expected


def test_team_b_worker_cannot_read_or_change_a_team_a_file(sec: SecWorld) -> None:
    fa = sec.fixed["FA"]
    with sec.as_("fam_b") as c:
        assert _ids(c, "SELECT id FROM family_files WHERE id = :f", f=fa) == set()
        for table in ("family_members", "case_notes", "tasks"):
            assert _ids(c, f"SELECT id FROM {table} WHERE file_id = :f", f=fa) == set(), table
        for person in ("pa1", "pa2"):
            assert _ids(c, "SELECT id FROM persons WHERE id = :p", p=sec.fixed[person]) == set()
            assert _ids(c, "SELECT id FROM person_phones WHERE person_id = :p", p=sec.fixed[person]) == set()
        # a person also in a team B file is visible
        assert _ids(c, "SELECT id FROM persons WHERE id = :p", p=sec.fixed["shared"]) == {sec.fixed["shared"]}
        assert c.execute(text("UPDATE family_files SET address = 'x' WHERE id = :f"), {"f": fa}).rowcount == 0
        assert c.execute(text("UPDATE case_notes SET text = 'x' WHERE file_id = :f"), {"f": fa}).rowcount == 0
        assert c.execute(text("DELETE FROM family_members WHERE file_id = :f"), {"f": fa}).rowcount == 0
        c.rollback()
    with sec.as_("fam_a") as c:
        assert _ids(c, "SELECT id FROM family_files WHERE id = :f", f=fa) == {fa}
        assert len(_ids(c, "SELECT id FROM family_members WHERE file_id = :f", f=fa)) == 3
        assert c.execute(text("UPDATE family_files SET address = 'x' WHERE id = :f"), {"f": fa}).rowcount == 1
        c.rollback()


def test_restricted_file_only_for_those_entitled(sec: SecWorld) -> None:
    ra = sec.fixed["RA"]
    pr1 = sec.fixed["pr1"]
    seen_by = {"fam_a2", "head_a", "mgr", "named_b"}  # assigned worker, team head, manager, named user
    for who in ALL_LOGINS:
        with sec.as_(who) as c:
            sees = _ids(c, "SELECT id FROM family_files WHERE id = :f", f=ra) == {ra}
            assert sees == (who in seen_by), who
            assert (_ids(c, "SELECT id FROM persons WHERE id = :p", p=pr1) == {pr1}) == (who in seen_by), who
            notes = _ids(c, "SELECT id FROM case_notes WHERE file_id = :f", f=ra)
            assert bool(notes) == (who in seen_by), who


def test_admin_sees_no_case_content_but_manages_users(sec: SecWorld) -> None:
    with sec.as_("admin") as c:
        for table in (
            "family_files",
            "family_members",
            "case_notes",
            "tasks",
            "file_access",
            "persons",
            "person_phones",
            "person_name_keys",
        ):
            assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0, table
        assert c.execute(text("SELECT count(*) FROM users")).scalar_one() >= len(STAFF)
        assert list(c.execute(text("SELECT maane_search_persons(ARRAY['אבוקסיס'], ARRAY[]::text[])"))) == []
        team = c.execute(
            text(
                "INSERT INTO teams (name, version, created_by, updated_by) VALUES "
                "(:n, 1, '', '') RETURNING id"
            ),
            {"n": sec.prefix + "team C"},
        ).scalar_one()
        # an account the admin adds starts inactive (revision 0007): an approved staff change activates it
        c.execute(
            text(
                "INSERT INTO users (username, full_name, role, team_id, active, failed_logins, version, "
                "created_by, updated_by) VALUES (:u, 'x', 'family_worker', :t, false, 0, 1, '', '')"
            ),
            {"u": sec.prefix + "newbie", "t": team},
        )
        with pytest.raises(DBAPIError) as exc:
            c.execute(text("UPDATE users SET active = true WHERE username = :u"), {"u": sec.prefix + "newbie"})
        assert _sqlstate(exc) == INSUFFICIENT_PRIVILEGE
        c.rollback()
        with pytest.raises(DBAPIError) as exc:
            c.execute(
                text(
                    "INSERT INTO persons (id_kind, first_name, last_name, first_name_ar, last_name_ar, "
                    "first_name_lat, last_name_lat, sex, preferred_language, first_name_key, "
                    "last_name_key, search_key, version, created_by, updated_by) VALUES "
                    "('none', 'א', 'ב', '', '', '', '', 'x', 'he', '', '', '', 1, '', '')"
                )
            )
        assert _sqlstate(exc) == RLS_VIOLATION
        c.rollback()
    with sec.as_("mgr") as c, pytest.raises(DBAPIError) as exc:
        c.execute(text("UPDATE users SET full_name = 'x' WHERE id = :u"), {"u": sec.staff["fam_a"].id})
    assert _sqlstate(exc) == INSUFFICIENT_PRIVILEGE


def test_intake_sees_non_restricted_files_of_both_teams(sec: SecWorld) -> None:
    with sec.as_("intake") as c:
        got = _ids(
            c,
            "SELECT id FROM family_files WHERE id = ANY(:ids)",
            ids=[sec.fixed[k] for k in ("FA", "FB", "RA", "RB")],
        )
    assert got == {sec.fixed["FA"], sec.fixed["FB"]}


def test_unknown_and_inactive_logins_see_nothing_and_get_no_error(sec: SecWorld) -> None:
    for who in (GHOST, "gone_a"):
        with sec.as_(who) as c:
            for table in (
                "family_files",
                "family_members",
                "case_notes",
                "tasks",
                "file_access",
                "persons",
                "person_phones",
                "person_name_keys",
            ):
                assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0, (who, table)
            assert (
                c.execute(
                    text("SELECT count(*) FROM audit_events WHERE user_name <> current_user")
                ).scalar_one()
                == 0
            )
            assert list(c.execute(text("SELECT maane_search_persons(ARRAY['כהנ'], ARRAY['י'])"))) == []
            assert (
                c.execute(
                    text("SELECT maane_user_can_see_file(:f, current_user)"), {"f": sec.fixed["FA"]}
                ).scalar_one()
                is False
            )
            with pytest.raises(DBAPIError) as exc:  # cannot register a person either
                c.execute(
                    text(
                        "INSERT INTO persons (id_kind, first_name, last_name, first_name_ar, "
                        "last_name_ar, first_name_lat, last_name_lat, sex, preferred_language, "
                        "first_name_key, last_name_key, search_key, version, created_by, updated_by) "
                        "VALUES ('none', 'א', 'ב', '', '', '', '', 'x', 'he', '', '', '', 1, '', '')"
                    )
                )
            assert _sqlstate(exc) == RLS_VIOLATION


def test_case_roles_register_persons_and_open_files_only_where_they_may(sec: SecWorld) -> None:
    with sec.as_("fam_a") as c:
        pid = c.execute(
            text(
                "INSERT INTO persons (id_kind, first_name, last_name, first_name_ar, last_name_ar, first_name_lat, "
                "last_name_lat, sex, preferred_language, first_name_key, last_name_key, search_key, version, "
                "created_by, updated_by) VALUES ('none', 'חדשה', 'מאוד', '', '', '', '', 'f', 'he', 'חדשה', "
                "'מאוד', 'חדשה מאוד', 1, '', '') RETURNING id"
            )
        ).scalar_one()
        c.execute(
            text(
                "INSERT INTO person_phones (person_id, position, number, digits) VALUES (:p, 0, '050', '050')"
            ),
            {"p": pid},
        )
        assert _ids(c, "SELECT id FROM persons WHERE id = :p", p=pid) == {pid}
        opened = (
            "INSERT INTO family_files (file_number, family_name, family_name_key, address, locality, "
            "neighbourhood, status, opened_on, close_reason, team_id, restricted, version, created_by, "
            "updated_by) VALUES (:n, 'x', '', '', '', '', 'open', '2026-02-01', '', :t, false, 1, '', '') "
            "RETURNING id"
        )
        fid = c.execute(text(opened), {"n": "new/1", "t": sec.teams["A"]}).scalar_one()
        c.execute(
            text("INSERT INTO family_members (file_id, person_id, relation) VALUES (:f, :p, 'parent')"),
            {"f": fid, "p": pid},
        )
        with pytest.raises(DBAPIError) as exc, c.begin_nested():
            c.execute(text(opened), {"n": "new/2", "t": sec.teams["B"]})
        assert _sqlstate(exc) == RLS_VIOLATION
        with pytest.raises(DBAPIError) as exc, c.begin_nested():  # nor move a file to the other team
            c.execute(
                text("UPDATE family_files SET team_id = :t WHERE id = :f"), {"t": sec.teams["B"], "f": fid}
            )
        assert _sqlstate(exc) == RLS_VIOLATION
        with pytest.raises(DBAPIError) as exc, c.begin_nested():  # nor note on a file it cannot see
            c.execute(
                text(
                    "INSERT INTO case_notes (file_id, author_id, kind, note_date, text, version, "
                    "created_by, updated_by) VALUES (:f, :a, 'other', '2026-02-01', 'x', 1, '', '')"
                ),
                {"f": sec.fixed["FB"], "a": sec.staff["fam_a"].id},
            )
        assert _sqlstate(exc) == RLS_VIOLATION
        c.rollback()


# --- helper functions -------------------------------------------------------------------------------


def test_helper_functions_agree_with_the_rules(sec: SecWorld) -> None:
    people = [sec.fixed[k] for k in ("pa1", "pr1", "pb1", "shared", "secret", "free")] + list(sec.persons)[
        -40:
    ]
    with sec.owner.connect() as c:
        for who in [*ALL_LOGINS, "nobody_at_all"]:
            name = sec.login(who)
            files = _ids(c, "SELECT id FROM family_files WHERE maane_user_can_see_file(id, :u)", u=name)
            assert files == sec.visible_files(who), who
            got = _ids(
                c,
                "SELECT id FROM persons WHERE id = ANY(:p) AND maane_user_can_see_person(id, :u)",
                p=people,
                u=name,
            )
            assert got == sec.visible_persons(who) & set(people), who


def test_the_python_clause_agrees_with_the_sql_rule(sec: SecWorld) -> None:
    """The visibility rule is written twice, in SQL (maane_file_rule, applied by the policies and the
    helper functions) and in Python (visible_files_clause, the services' filter on SQLite): both give
    every active staff member exactly the files of the rules above, so they give each other's answer."""
    from sqlalchemy import select

    from models.families.entities import FamilyFile
    from models.people.entities import Person
    from models.service import visible_files_clause, visible_persons_clause
    from models.users.dto import CurrentUser

    with sec.owner.connect() as c:
        for who, u in sec.staff.items():
            if not u.active:  # an inactive user cannot log in, so never has a CurrentUser
                continue
            user = CurrentUser(id=u.id, username=u.login, full_name=who, role=u.role, team_id=u.team_id,
                               team_name="")
            in_python = set(c.execute(select(FamilyFile.id).where(visible_files_clause(user))).scalars())
            in_sql = _ids(c, "SELECT id FROM family_files WHERE maane_user_can_see_file(id, :u)", u=u.login)
            assert in_python == in_sql == sec.visible_files(who), who
            persons = set(c.execute(select(Person.id).where(visible_persons_clause(user))).scalars())
            assert persons == sec.visible_persons(who), who
        with sec.as_("fam_b") as login:  # and the policies, for a login, say the same
            fam_b = sec.staff["fam_b"]
            user = CurrentUser(id=fam_b.id, username=fam_b.login, full_name="fam_b", role=fam_b.role,
                               team_id=fam_b.team_id, team_name="")
            under_rls = set(login.execute(select(FamilyFile.id)).scalars())
            assert under_rls == set(c.execute(select(FamilyFile.id).where(visible_files_clause(user))).scalars())


# --- person search ----------------------------------------------------------------------------------

QUERIES = ["כהן", "כהן י", "לוי", "מ", "ש דה", "אבוקסיס", "דו", "דוד", "חורי פ", "מש", "זרובבל", "ה", "אבר א"]


@pytest.mark.parametrize("who", ["fam_a", "fam_b", "named_b", "head_a", "head_b", "intake", "youth_a", "mgr"])
def test_search_returns_what_a_brute_force_filter_returns(sec: SecWorld, who: str) -> None:
    with sec.as_(who) as c:
        for q in QUERIES:
            subs, prefixes = _split(q)
            got = c.execute(text("SELECT maane_search_persons(:s, :p)"), {"s": subs, "p": prefixes}).scalars()
            got_list = list(got)
            assert len(got_list) == len(set(got_list)), q
            assert set(got_list) == sec.expected_search(who, subs, prefixes), (who, q)
            # with a limit: the first visible matches in name order
            expected = sorted(
                sec.expected_search(who, subs, prefixes),
                key=lambda pid: (sec.persons[pid].last_key, sec.persons[pid].first_key, pid),
            )[:7]
            limited = list(
                c.execute(
                    text("SELECT * FROM maane_search_persons(:s, :p, 7)"), {"s": subs, "p": prefixes}
                ).scalars()
            )
            assert limited == expected, (who, q)


def test_search_never_shows_another_teams_restricted_file(sec: SecWorld) -> None:
    subs, prefixes = _split(" ".join(SECRET_NAME))
    secret = sec.fixed["secret"]
    for who in ALL_LOGINS:
        with sec.as_(who) as c:
            got = set(
                c.execute(text("SELECT maane_search_persons(:s, :p)"), {"s": subs, "p": prefixes}).scalars()
            )
        assert (secret in got) == (who in {"head_b", "mgr"}), who


def test_search_escapes_like_wildcards_and_ignores_empty_criteria(sec: SecWorld) -> None:
    with sec.as_("mgr") as c:

        def search(subs: list[str], prefixes: list[str]) -> list[int]:
            return list(
                c.execute(text("SELECT maane_search_persons(:s, :p)"), {"s": subs, "p": prefixes}).scalars()
            )

        assert search(["%%%"], []) == []
        assert search(["___"], []) == []
        assert search(["\\\\\\"], []) == []
        assert search([], []) == []
        assert search(["", ""], [""]) == []


def test_search_runs_on_the_indexes(sec: SecWorld) -> None:
    """The plans of the queries maane_search_persons runs, logged by auto_explain while the session is the
    manager's login (the table is small here, so sequential scans are switched off: this checks that the
    queries can use ix_persons_search_key_trgm and ix_person_name_keys_word at all; on 100,000 synthetic
    persons the planner chooses them unaided)."""
    with sec.owner.connect() as c:
        notices: list[str] = []
        c.connection.driver_connection.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
        try:
            c.exec_driver_sql("LOAD 'auto_explain'")
        except DBAPIError:
            pytest.skip("auto_explain is not installed")
        for setting in (
            "auto_explain.log_min_duration = 0",
            "auto_explain.log_nested_statements = on",
            "client_min_messages = log",
            "enable_seqscan = off",
        ):
            c.exec_driver_sql(f"SET {setting}")
        c.exec_driver_sql(f'SET SESSION AUTHORIZATION "{sec.login("mgr")}"')
        by_trigram = (
            c.execute(text("SELECT maane_search_persons(ARRAY['כהנ'], ARRAY[]::text[])")).scalars().all()
        )
        trigram_plans = [n for n in notices if "p.search_key LIKE" in n]
        notices.clear()
        by_prefix = (
            c.execute(text("SELECT maane_search_persons(ARRAY[]::text[], ARRAY['מ'])")).scalars().all()
        )
        prefix_plans = [n for n in notices if "FROM person_name_keys k" in n]
        c.exec_driver_sql("RESET SESSION AUTHORIZATION")
        c.rollback()
    assert by_trigram and by_prefix
    assert trigram_plans and "ix_persons_search_key_trgm" in trigram_plans[0], trigram_plans
    assert prefix_plans and "ix_person_name_keys_word" in prefix_plans[0], prefix_plans


# --- audit --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", [*STAFF, GHOST])
def test_audit_is_append_only_and_stamped_by_the_server(sec: SecWorld, who: str) -> None:
    login = sec.login(who)
    with sec.as_(who) as c:
        # the services' way in (revision 0005): the definer function, which takes no user name or time
        c.execute(text("SELECT maane_write_audit('view', 'family_file', :f, :f, true, '')"), {"f": sec.fixed["FA"]})
        c.commit()
        row = c.execute(text(
            "SELECT user_name, at > now() - interval '1 hour' FROM audit_events WHERE action = 'view' "
            "AND user_name = current_user ORDER BY id DESC LIMIT 1")).one()
        assert tuple(row) == (login, True)
        assert (
            c.execute(
                text("SELECT count(*) FROM audit_events WHERE user_name = :u AND action = 'view'"),
                {"u": login},
            ).scalar_one()
            >= 1
        )
        c.rollback()
        for statement in (
            "UPDATE audit_events SET detail = 'x'",
            "DELETE FROM audit_events",
            "TRUNCATE audit_events",
            "INSERT INTO audit_events (id, user_name, action, entity, allowed, detail) "
            "VALUES (999999, 'x', 'view', '', true, '')",
            # no direct INSERT at all since revision 0005 (issue 6, hole 7: forged events)
            "INSERT INTO audit_events (at, user_name, action, entity, entity_id, file_id, allowed, detail) "
            "VALUES ('2000-01-01', 'someone_else', 'view', 'family_file', NULL, NULL, true, '')",
            "SELECT maane_write_audit('db_update', 'case_notes', NULL, NULL, true, '')",
        ):
            with pytest.raises(DBAPIError) as exc:
                c.execute(text(statement))
            assert _sqlstate(exc) == INSUFFICIENT_PRIVILEGE, statement
            c.rollback()


def test_audit_is_append_only_for_the_owner_too(sec: SecWorld) -> None:
    with sec.owner.connect() as c:
        for statement in (
            "UPDATE audit_events SET detail = 'x'",
            "DELETE FROM audit_events",
            "TRUNCATE audit_events",
        ):
            with pytest.raises(DBAPIError) as exc:
                c.execute(text(statement))
            assert "append-only" in str(exc.value), statement
            c.rollback()


def test_audit_trigger_records_a_change_with_the_login_and_old_and_new_values(sec: SecWorld) -> None:
    fa = sec.fixed["FA"]
    with sec.as_("fam_a") as c:
        c.execute(text("UPDATE family_files SET address = 'רחוב הרצל 1' WHERE id = :f"), {"f": fa})
        c.commit()
    with sec.owner.connect() as c:
        row = c.execute(
            text(
                "SELECT user_name, action, entity, entity_id, file_id, allowed, detail FROM audit_events "
                "WHERE entity = 'family_files' AND action = 'db_update' AND entity_id = :f ORDER BY id DESC LIMIT 1"
            ),
            {"f": fa},
        ).one()
        assert row[:6] == (sec.login("fam_a"), "db_update", "family_files", fa, fa, True)
        detail = json.loads(row.detail)
        assert detail["old"]["address"] == ""
        assert detail["new"]["address"] == "רחוב הרצל 1"
        # users: the password hash never reaches the log
        c.execute(
            text("UPDATE users SET password_hash = 'secret-hash' WHERE id = :u"),
            {"u": sec.staff["gone_a"].id},
        )
        users_detail = c.execute(
            text("SELECT detail FROM audit_events WHERE entity = 'users' ORDER BY id DESC LIMIT 1")
        ).scalar_one()
        assert "secret-hash" not in users_detail and "password_hash" not in users_detail
        c.rollback()
        # a row without an id column (file_access): entity_id NULL, file_id kept
        c.execute(
            text("INSERT INTO file_access (file_id, user_id) VALUES (:f, :u)"),
            {"f": sec.fixed["FB"], "u": sec.staff["club"].id},
        )
        ev = c.execute(
            text(
                "SELECT entity_id, file_id, action FROM audit_events WHERE entity = 'file_access' "
                "ORDER BY id DESC LIMIT 1"
            )
        ).one()
        assert tuple(ev) == (None, sec.fixed["FB"], "db_insert")
        c.rollback()


def test_who_reads_which_audit_events(sec: SecWorld) -> None:
    fa, fb = sec.fixed["FA"], sec.fixed["FB"]
    with sec.as_("fam_b") as c:
        c.execute(text("UPDATE family_files SET locality = 'עיר' WHERE id = :f"), {"f": fb})
        c.commit()
    with sec.as_("fam_a") as c:
        c.execute(text("UPDATE family_files SET locality = 'עיר' WHERE id = :f"), {"f": fa})
        c.commit()
    with sec.owner.connect() as c:
        total = c.execute(text("SELECT count(*) FROM audit_events")).scalar_one()
    with sec.as_("mgr") as c:
        assert c.execute(text("SELECT count(*) FROM audit_events")).scalar_one() == total
    with sec.owner.connect() as c:
        case_images = c.execute(text(
            "SELECT count(*) FROM audit_events WHERE action LIKE 'db\\_%' AND entity NOT IN ('users', 'teams')"
        )).scalar_one()
    assert case_images > 0
    with sec.as_("admin") as c:  # every access event, but no row image of a case table (case content)
        assert c.execute(text("SELECT count(*) FROM audit_events")).scalar_one() == total - case_images
        assert c.execute(text("SELECT count(*) FROM audit_events WHERE entity = 'case_notes'")).scalar_one() == 0
    with sec.as_("fam_b") as c:
        assert set(c.execute(text("SELECT DISTINCT user_name FROM audit_events")).scalars()) == {
            sec.login("fam_b")
        }
    with sec.as_("head_a") as c:
        files = _ids(c, "SELECT DISTINCT file_id FROM audit_events WHERE file_id IS NOT NULL")
        assert fa in files and fb not in files
        assert files <= sec.visible_files("head_a")


# --- pg_admin and the script itself -------------------------------------------------------------------


def test_create_login_validates_and_moves_between_groups(sec: SecWorld) -> None:
    from models.pg_admin import create_login, drop_login, is_superuser_or_createrole

    with sec.owner.connect() as c:
        for bad in (
            "",
            "A",
            "a",
            "1abc",
            "ab-c",
            "ab c",
            'a"; drop role x',
            "maane_app",
            "pg_monitor",
            "postgres",
            "x" * 64,
        ):
            with pytest.raises(ValidationError) as err:
                create_login(c, bad, None, "family_worker")
            assert err.value.code == "username_invalid"
        with pytest.raises(ValidationError) as err:
            create_login(c, sec.login("x1"), None, "superuser")
        assert err.value.code == "role_unknown"
        assert is_superuser_or_createrole(c) is True

        name = sec.login("mover")
        create_login(c, name, "pa'ss%word", "family_worker")
        create_login(c, name, None, "team_head")
        groups = set(
            c.execute(
                text(
                    "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"
                ),
                {"n": name},
            ).scalars()
        )
        assert groups == {"maane_team_head"}
        verifier = c.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name}
        ).scalar_one()
        assert verifier.startswith("SCRAM-SHA-256$")
        c.rollback()  # DDL is transactional: the login is gone again
        assert (
            c.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar_one() == 0
        )
        drop_login(c, name)  # no error for a login that does not exist
        c.rollback()
    with sec.as_("fam_a") as c:
        assert is_superuser_or_createrole(c) is False


def test_each_tables_security_applies_again_without_harm(sec: SecWorld) -> None:
    from models.security import live_security_sql, run_script, security_problems

    with sec.owner.begin() as c:
        for table in Base.metadata.sorted_tables:
            run_script(c, live_security_sql(Base.metadata, table.name))
    with sec.owner.connect() as c:
        assert security_problems(c, Base.metadata) == []
    for who in ("fam_a", "head_b", "admin"):
        with sec.as_(who) as c:
            assert _ids(c, "SELECT id FROM family_files") == sec.visible_files(who), who
            assert _ids(c, "SELECT id FROM persons") == sec.visible_persons(who), who
