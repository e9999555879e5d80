"""The demo department of the fictional town עין הבשור / عين البسور: 12 staff covering every role, two
teams, 300 family files and about 900 invented people, loaded through the services (so the data is what
the application itself would have written, audit included). Deterministic: random.Random(2026)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from models.db import Database
from models.errors import ValidationError
from models.families.dto import NewFamilyFile
from models.people.dto import PersonInput
from models.services import Services
from models.users.auth import hash_password, to_current_user
from models.users.dto import CurrentUser
from models.users.entities import User
from models.users.service import add_user_row
from seeds import reference as ref
from seeds.generate import anchor_date, assign_ids_and_phones, id_numbers, make_family

DEMO_PASSWORD = "maane-demo"
DEMO_FILES = 300
SEED = 2026
# First eight digits of the demo ID numbers; the synthetic generator keeps clear of this range.
DEMO_ID_RANGE = (20_000_000, 30_000_000)


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: str
    full_name: str
    password: str


# username, full name (invented), role, team
STAFF: tuple[tuple[str, str, str, str | None], ...] = (
    ("noa", "נועה ברקאי", "intake_worker", None),
    ("dana", "דנה אלמוגי", "family_worker", "צוות צפון"),
    ("yossi", "יוסי שחרור", "family_worker", "צוות צפון"),
    ("rina", "רינה גלעדי", "team_head", "צוות צפון"),
    ("samir", "סמיר נסראללה", "family_worker", "צוות דרום"),
    ("lina", "לינא עודתאללה", "family_worker", "צוות דרום"),
    ("khalil", "ח'ליל מנסוראני", "team_head", "צוות דרום"),
    ("orit", "אורית הדרי", "youth_law_worker", "צוות צפון"),
    ("michal", "מיכל רזיאל", "committee_coordinator", None),
    ("rawiya", "ראוויה סעדאוי", "club_worker", None),
    ("avi", "אבי שגבי", "manager", None),
    ("tomer", "תומר ליבנת", "admin", None),
)
_TEAM_WORKERS = {"צוות צפון": ("dana", "yossi"), "צוות דרום": ("samir", "lina")}
_TEAM_HEADS = {"צוות צפון": "rina", "צוות דרום": "khalil"}


def demo_logins(username_prefix: str = "") -> list[DemoLogin]:
    """The demo's staff accounts, all with the one demo password (on PostgreSQL: server-wide logins)."""
    return [DemoLogin(username_prefix + u, role, full, DEMO_PASSWORD) for u, full, role, _team in STAFF]


def database_has_users(db: Database) -> bool:
    with db.session() as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


def _create_staff(db: Database, *, pg_logins: bool, prefix: str) -> dict[str, CurrentUser]:
    """The staff, keyed by their short name (without ``prefix``). SQLite: one argon2 hash of the shared demo
    password for all (hashing is slow on purpose). PostgreSQL: optionally a login role each."""
    users: dict[str, CurrentUser] = {}
    shared_hash = None if db.is_postgres else hash_password(DEMO_PASSWORD)
    with db.session() as s:
        for short, full_name, role, team in STAFF:
            username = prefix + short
            if db.is_postgres and pg_logins:
                from models.pg_admin import create_login  # the server authenticates PostgreSQL logins

                create_login(s.connection(), username, DEMO_PASSWORD, role)
            u = add_user_row(s, username=username, full_name=full_name, role=role, team=team, password=None,
                             who="seed:demo")
            u.password_hash = shared_hash
            s.flush()
            users[short] = to_current_user(u)
    return users


def seed_demo(db: Database, *, pg_logins: bool = True, username_prefix: str = "") -> list[DemoLogin]:
    """Load the demo department into an empty database and return its logins (one shared password).
    Refused (ValidationError 'database_not_empty') when the database already has users.
    PostgreSQL: with ``pg_logins`` every staff member also gets a login role with the demo password
    (logins are cluster-wide: tests pass a ``username_prefix`` of their own)."""
    if database_has_users(db):
        raise ValidationError("database_not_empty")
    rng = random.Random(SEED)
    today = anchor_date()
    users = _create_staff(db, pg_logins=pg_logins, prefix=username_prefix)
    svc = {name: Services(db, u) for name, u in users.items()}
    intake = svc["noa"]
    teams = {t.name: t.id for t in intake.families.teams()}

    families = [make_family(rng, today, latin_share=0.1) for _ in range(DEMO_FILES)]
    assign_ids_and_phones(rng, families, id_numbers(rng, sum(len(f.members) for f in families),
                                                    *DEMO_ID_RANGE), today)
    opened: list[tuple[int, int, str, str, date]] = []  # file id, version, team, worker, opened_on
    for i, fam in enumerate(families):
        team = ref.TEAMS[0] if (not fam.arab and rng.random() < 0.75) or (fam.arab and rng.random() < 0.25) \
            else ref.TEAMS[1]
        worker = "orit" if team == ref.TEAMS[0] and i % 20 == 7 else rng.choice(_TEAM_WORKERS[team])
        members = []
        for m in fam.members:
            p = intake.people.create(PersonInput(
                first_name=m.first_name, last_name=m.last_name, id_kind="il", id_number=m.id_number,
                first_name_ar=m.first_name_ar, last_name_ar=m.last_name_ar, first_name_lat=m.first_name_lat,
                last_name_lat=m.last_name_lat, birth_date=m.birth_date, sex=m.sex,
                preferred_language=m.preferred_language, phones=m.phones,
            ), allow_same_name=True)
            members.append((p.id, m.relation))
        f = intake.families.open_file(NewFamilyFile(
            family_name=fam.family_name, team_id=teams[team], worker_id=users[worker].id, address=fam.address,
            locality=ref.TOWN_HE, neighbourhood=fam.neighbourhood, opened_on=fam.opened_on,
        ), members)
        opened.append((f.id, f.version, team, worker, fam.opened_on))

    _notes_and_tasks(rng, svc, opened, today)
    _restrict_and_close(rng, svc, users, opened, today)
    return demo_logins(username_prefix)


def _notes_and_tasks(rng: random.Random, svc: dict[str, Services], opened: list, today: date) -> None:
    kinds = list(ref.NOTE_TEXTS)
    corrected = False
    for file_id, _version, _team, worker, opened_on in opened:
        w = svc[worker]
        span = max(1, (today - opened_on).days)
        dates = sorted(opened_on + timedelta(days=rng.randrange(span)) for _ in range(rng.randint(1, 4)))
        for j, d in enumerate(dates):
            kind = rng.choice(kinds)
            last = j == len(dates) - 1
            sign = not last or rng.random() < 0.6  # the newest note is sometimes still a draft
            note = w.notes.add(file_id, kind, d, rng.choice(ref.NOTE_TEXTS[kind]), sign=sign)
            if sign and not corrected and j == 0 and len(dates) > 1:
                w.notes.correct(note.id, "תיקון לרישום: התאריך של הביקור הקודם נרשם בטעות; שאר הפרטים נכונים.",
                                note_date=dates[-1])
                corrected = True
        if rng.random() < 0.4:
            for _ in range(rng.randint(1, 2)):
                due = date.today() + timedelta(days=rng.randint(-30, 60))  # some are overdue
                w.tasks.add(file_id, rng.choice(ref.TASK_TITLES), due)


def _restrict_and_close(rng: random.Random, svc: dict[str, Services], users: dict[str, CurrentUser],
                        opened: list, today: date) -> None:
    picks = rng.sample(range(len(opened)), 6 + len(opened) // 10)
    restricted, closing = picks[:6], picks[6:]
    named = {"צוות צפון": ("orit",), "צוות דרום": ("lina", "samir")}
    versions = {i: opened[i][1] for i in range(len(opened))}
    for i in restricted:
        file_id, _v, team, worker, _o = opened[i]
        head = svc[_TEAM_HEADS[team]]
        who = [users[n].id for n in named[team] if n != worker][:1]
        f = head.families.set_restricted(file_id, versions[i], True, who)
        versions[i] = f.version
    reasons = ("goals_met", "goals_met", "moved", "refused", "transferred", "no_contact", "other")
    for i in closing:
        file_id, _v, team, _w, opened_on = opened[i]
        head = svc[_TEAM_HEADS[team]]
        closed_on = opened_on + timedelta(days=rng.randrange(max(1, (today - opened_on).days)))
        head.families.close(file_id, versions[i], rng.choice(reasons), closed_on)
