"""A large synthetic data set for benchmarks (e.g. 100,000 family files, ~310,000 people), inserted in bulk
with SQLAlchemy Core (executemany in batches) instead of through the services, with the same search material
the services write (models.search.keys_for, person_name_keys rows). Works on SQLite and PostgreSQL (as the
database owner or a superuser: row-level security is bypassed; the PostgreSQL audit triggers still fire
per row). Staff (teams, a team head and family workers per team, a manager) are created when missing."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from time import perf_counter
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from models.db import Database
from models.families.entities import FamilyFile, FamilyMember
from models.people.duplicates import match_key_rows
from models.people.entities import Person, PersonMatchKey, PersonNameKey, PersonPhone
from models.search import keys_for, renumber_name_ranks
from models.service import write_audit
from models.text import search_key
from models.users.entities import Team, User
from models.users.service import add_user_row
from seeds import reference as ref
from seeds.generate import GenFamily, anchor_date, make_family
from seeds.synthetic_clubs import CLUB_WORKER, ClubStats
from seeds.synthetic_clubs import seed_clubs as seed_club_rows
from seeds.synthetic_committees import COORDINATOR, CommitteeStats, seed_committees
from seeds.synthetic_continuum import ContinuumStats, seed_continuum

WHO = "seed:synthetic"
BATCH_ROWS = 5_000
SEED_CACHE_KIB = 256 * 1024  # SQLite page cache while seeding (per connection)
FAMILIES_PER_TRANSACTION = 20_000
CASELOAD = 250  # files per synthetic family worker
SYNTHETIC_ID_RANGE = (30_000_000, 100_000_000)  # first eight digits (the demo uses 20,000,000-29,999,999)
CLOSE_REASONS = ("goals_met", "moved", "refused", "transferred", "no_contact", "other")
MANAGER = "syn_manager"


@dataclass(frozen=True)
class SyntheticStats:
    families: int
    persons: int
    seconds: float
    committees: CommitteeStats | None = None
    clubs: ClubStats | None = None
    continuum: ContinuumStats | None = None

    def __str__(self) -> str:
        extra = ""
        if self.committees is not None:
            c = self.committees
            extra = (f" ({c.final_protocols} final committee protocols at {c.meetings} meetings,"
                     f" {c.open_placements} open placements, {c.seconds:.1f} s of it)")
        if self.clubs is not None and self.clubs.clubs:
            extra += f" ({self.clubs}, {self.clubs.seconds:.1f} s of it)"
        if self.continuum is not None and self.continuum.open_referrals:
            extra += f" ({self.continuum}, {self.continuum.seconds:.1f} s of it)"
        return f"{self.families} family files, {self.persons} persons{extra} in {self.seconds:.1f} s"


def fast_check_digit(first_eight: int) -> int:
    """The Israeli ID check digit of eight digits (same as models.text.israeli_id_check_digit, faster)."""
    total = 0
    for i in range(8):
        d = (first_eight // 10 ** (7 - i)) % 10
        n = d * (1 + i % 2)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


class _IdPool:
    def __init__(self, rng: random.Random, lo: int, hi: int, exclude: set[str]) -> None:
        self._rng, self._lo, self._hi, self._exclude = rng, lo, hi, exclude
        self._seen: set[int] = set()

    def take(self) -> str:
        while True:
            first = self._rng.randrange(self._lo, self._hi)
            if first in self._seen:
                continue
            self._seen.add(first)
            number = f"{first:08d}{fast_check_digit(first)}"
            if number not in self._exclude:
                return number


def _ensure_staff(db: Database, families: int, rng: random.Random) -> dict[int, list[int]]:
    """Team id -> the worker ids of the team (synthetic staff created when missing)."""
    n_teams = max(2, min(12, 2 + families // 20_000))
    per_team = max(1, math.ceil(families / CASELOAD / n_teams))
    team_names = [*ref.TEAMS, *(f"צוות {i}" for i in range(3, n_teams + 1))][:n_teams]

    def name() -> str:
        first = rng.choice(ref.JEWISH_FEMALE + ref.JEWISH_MALE)[0]
        return f"{first} {rng.choice(ref.JEWISH_LAST)[0]}"

    out: dict[int, list[int]] = {}
    with db.session() as s:
        existing = set(s.scalars(select(User.username).where(User.username.like("syn\\_%", escape="\\"))))

        def add(username: str, role: str, team: str | None) -> None:
            if username not in existing:
                add_user_row(s, username=username, full_name=name(), role=role, team=team, password=None, who=WHO)

        add(MANAGER, "manager", None)
        add(COORDINATOR, "committee_coordinator", None)  # the committee's meetings (seeds.synthetic_committees)
        add(CLUB_WORKER, "club_worker", None)  # the therapeutic clubs (seeds.synthetic_clubs)
        for t, team in enumerate(team_names, start=1):
            add(f"syn_t{t:02d}_head", "team_head", team)
            for w in range(1, per_team + 1):
                add(f"syn_t{t:02d}_w{w:03d}", "family_worker", team)
        s.flush()
        teams = {t.name: t.id for t in s.scalars(select(Team).where(Team.name.in_(team_names)))}
        for team in team_names:
            ids = s.scalars(select(User.id).where(User.team_id == teams[team], User.role == "family_worker",
                                                  User.active.is_(True)).order_by(User.id)).all()
            out[teams[team]] = list(ids)
    return out


def _batches(rows: list[dict[str, Any]], size: int = BATCH_ROWS) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    stmt = insert(table)
    for chunk in _batches(rows):
        conn.execute(stmt, chunk)


def seed_synthetic(db: Database, families: int = 1000, seed: int = 1, *,
                   progress: Callable[[int], None] | None = None, committees: bool = True,
                   clubs: bool = True, continuum: bool = True) -> SyntheticStats:
    """Add ``families`` synthetic family files (~3.1 persons each) to the database. Deterministic for a
    given seed on an empty database; ID numbers and file numbers never collide with existing ones. With
    ``committees``, about one new file in five gets a committee hearing with a final protocol
    (seeds.synthetic_committees). With ``clubs``, six full therapeutic clubs with their history, attendance
    and fees, and about 300 waiting requests, unless the database has clubs already (seeds.synthetic_clubs).
    With ``continuum``, foster referrals, risk reports and the forum's meetings, day-care cases and therapy
    referrals (one open foster referral and one undecided report per ten files), unless the database has foster
    referrals already (seeds.synthetic_continuum)."""
    t0 = perf_counter()
    rng = random.Random(seed)
    today = anchor_date()
    teams = _ensure_staff(db, families, rng)
    team_ids = sorted(teams)
    fold = lru_cache(maxsize=None)(search_key)
    with db.session() as s:
        existing_ids = set(s.scalars(select(Person.id_number).where(Person.id_kind == "il")))
        next_person = (s.scalar(select(func.max(Person.id))) or 0) + 1
        next_file = (s.scalar(select(func.max(FamilyFile.id))) or 0) + 1
        numbers = s.scalars(select(FamilyFile.file_number)).all()
    year_next: dict[int, int] = {}
    for n in numbers:
        y, _, k = n.partition("/")
        if y.isdigit() and k.isdigit():
            year_next[int(y)] = max(year_next.get(int(y), 1), int(k) + 1)
    pool = _IdPool(rng, *SYNTHETIC_ID_RANGE, existing_ids)
    first_file = next_file
    persons_total = 0
    done = 0
    while done < families:
        n = min(FAMILIES_PER_TRANSACTION, families - done)
        gen = [make_family(rng, today) for _ in range(n)]
        rows = _rows(rng, gen, pool, fold, team_ids, teams, next_person, next_file, year_next, today)
        with db.session() as s:
            conn = s.connection()
            if not db.is_postgres:
                # a bulk load into indexes in random key order (names, match keys): SQLite's default 2 MB page
                # cache makes every index insert a read from the file once the indexes outgrow it
                conn.exec_driver_sql(f"PRAGMA cache_size=-{SEED_CACHE_KIB}")
            _insert(conn, Person.__table__, rows["persons"])
            _insert(conn, PersonNameKey.__table__, rows["keys"])
            _insert(conn, PersonMatchKey.__table__, rows["match_keys"])
            _insert(conn, PersonPhone.__table__, rows["phones"])
            _insert(conn, FamilyFile.__table__, rows["files"])
            _insert(conn, FamilyMember.__table__, rows["members"])
        next_person += len(rows["persons"])
        next_file += n
        persons_total += len(rows["persons"])
        done += n
        if progress:
            progress(done)
    committee_stats = None
    if committees:
        with db.session() as s:
            # dated from the real today (the follow-up's reviews due, the meetings to come), not the anchor
            committee_stats = seed_committees(s.connection(), random.Random(seed + 1), first_file, date.today())
    club_stats = None
    if clubs:
        with db.session() as s:  # dated from the real today too (the clubs' screens show this month)
            club_stats = seed_club_rows(s.connection(), random.Random(seed + 2), first_file, date.today())
    continuum_stats = None
    if continuum:
        with db.session() as s:  # dated from the real today too (the agenda, the waiting lists of today)
            continuum_stats = seed_continuum(s, random.Random(seed + 3), first_file, date.today())
    if not db.is_postgres:
        # Persons went in without a name rank (so not into the trigram index, row by row): rank everyone
        # at once now, which also indexes them (models.search).
        with db.session() as s:
            conn = s.connection()
            conn.exec_driver_sql(f"PRAGMA cache_size=-{SEED_CACHE_KIB}")
            renumber_name_ranks(conn)
        db.engine.dispose()  # the pooled connections' big page cache was the seed's, not the client's
    with db.session() as s:
        if db.is_postgres:  # explicit ids were inserted: move the sequences past them
            for table in ("persons", "family_files"):
                s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                               f"(SELECT coalesce(max(id), 1) FROM {table}))"))
        write_audit(s, WHO, "seed", entity="synthetic",
                    detail={"families": families, "persons": persons_total, "seed": seed})
    return SyntheticStats(families, persons_total, perf_counter() - t0, committee_stats, club_stats,
                          continuum_stats)


def _rows(rng: random.Random, gen: list[GenFamily], pool: _IdPool, fold: Callable[[str], str],
          team_ids: list[int], teams: dict[int, list[int]], next_person: int, next_file: int,
          year_next: dict[int, int], today: date) -> dict[str, list[dict[str, Any]]]:
    persons: list[dict[str, Any]] = []
    keys: list[dict[str, Any]] = []
    match_keys: list[dict[str, Any]] = []  # the duplicate check's (models.people.duplicates)
    phones: list[dict[str, Any]] = []
    files: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    pid, fid = next_person, next_file
    stamp = {"version": 1, "created_by": WHO, "updated_by": WHO}
    for fam in gen:
        for m in fam.members:
            first, last, key, words = keys_for(m.first_name, m.last_name, m.first_name_ar, m.last_name_ar,
                                               m.first_name_lat, m.last_name_lat, fold=fold)
            persons.append({
                "id": pid, "id_kind": "il", "id_number": pool.take(), "first_name": m.first_name,
                "last_name": m.last_name, "first_name_ar": m.first_name_ar, "last_name_ar": m.last_name_ar,
                "first_name_lat": m.first_name_lat, "last_name_lat": m.last_name_lat, "birth_date": m.birth_date,
                "sex": m.sex, "preferred_language": m.preferred_language, "first_name_key": first,
                "last_name_key": last, "search_key": key, **stamp,
            })
            keys.extend({"person_id": pid, "word": w, "last_name_key": last, "first_name_key": first}
                        for w in dict.fromkeys(w[:80] for w in words))
            match_keys += match_key_rows(pid, (m.first_name, m.last_name, m.first_name_ar, m.last_name_ar,
                                               m.first_name_lat, m.last_name_lat), m.birth_date)
            if m.relation == "parent" or ((today - m.birth_date).days > 14 * 365 and rng.random() < 0.5):
                prefix, subscriber = rng.choice(ref.MOBILE_PREFIXES), f"0{rng.randrange(1_000_000):06d}"
                # An Israeli number in its national form: its key (models.text.phone_digits) is its digits,
                # written here directly (phonenumbers takes ~70 us a number; test_seeds checks they agree).
                phones.append({"person_id": pid, "position": 0, "number": f"{prefix}-{subscriber}",
                               "digits": prefix + subscriber})
            members.append({"file_id": fid, "person_id": pid, "relation": m.relation})
            pid += 1
        team = rng.choice(team_ids)
        year = fam.opened_on.year
        seq = year_next.get(year, 1)
        year_next[year] = seq + 1
        closed = rng.random() < 0.1
        closed_on = fam.opened_on + timedelta(days=rng.randrange(max(1, (today - fam.opened_on).days))) \
            if closed else None
        files.append({
            "id": fid, "file_number": f"{year:04d}/{seq:04d}", "family_name": fam.family_name,
            "family_name_key": fold(fam.family_name), "address": fam.address, "locality": ref.TOWN_HE,
            "neighbourhood": fam.neighbourhood, "status": "closed" if closed else "open",
            "opened_on": fam.opened_on, "closed_on": closed_on,
            "close_reason": rng.choice(CLOSE_REASONS) if closed else "", "worker_id": rng.choice(teams[team]),
            "team_id": team, "restricted": rng.random() < 0.01, **stamp,
        })
        fid += 1
    return {"persons": persons, "keys": keys, "match_keys": match_keys, "phones": phones, "files": files, "members": members}
