"""The demo department of the fictional town עין הבשור / عين البسور: 12 staff covering every role, two
teams, 300 family files and about 900 invented people, and referrals to the intake queue in every state
(entered by the intake worker noa; two of them opened files of their own), loaded through the services (so
the data is what the application itself would have written, audit included). Deterministic:
random.Random(2026)."""

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
from seeds.generate import anchor_date, assign_ids_and_phones, id_numbers, make_family, phone

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
    _referrals(rng, svc, users, teams, families, opened)
    from seeds.demo_committees import seed_committees  # the treatment-plan committee's meetings (issue 9)

    seed_committees(db, svc, users)
    from seeds.demo_clubs import seed_clubs  # the six therapeutic clubs (issue 10)

    seed_clubs(db, svc, users)
    from seeds.demo_continuum import seed_continuum  # foster care, the forum, day-care, therapy (issue 11)

    seed_continuum(db, svc, users)
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



# ---- intake: referrals in every state, entered by the demo intake worker (noa) ----------------------------
# received (days ago), urgency, source, channel, problem (invented), what became of it
_REFERRALS: tuple[tuple[int, str, str, str, str, str], ...] = (
    (0, "immediate", "police", "phone", "דיווח של סיור משטרה: שני ילדים קטנים נמצאו לבד בדירה בשעת לילה.", "open"),
    (3, "day", "health", "email", "אחות טיפת חלב מדווחת על תינוקת שלא הגיעה לשלושה מעקבים ועל ירידה במשקל.", "open"),
    (2, "week", "school", "phone", "היעדרויות חוזרות של תלמיד בכיתה ד' ושינוי בהתנהגות מאז תחילת השנה.", "open"),
    (20, "routine", "self", "walk_in", "אם לשלושה פונה לעזרה בהסדרת חובות שכר דירה ובקשה לסיוע במזון.", "open"),
    (1, "routine", "kindergarten", "letter", "גננת מבקשת הערכה התפתחותית לילד בן ארבע ושיחה עם ההורים.", "open"),
    (4, "week", "school", "phone", "יועצת בית הספר מדווחת על ילדה מסוגרת, קשיים חברתיים וירידה בלימודים.",
     "new_file"),
    (6, "day", "department_service", "email", "מחלקת הדיור מעבירה פנייה של משפחה מוכרת לאחר פינוי מדירה.",
     "attached"),
    (10, "day", "court", "letter", "בית משפט לענייני משפחה מבקש תסקיר על מצב הילדים בהליך גירושין.", "handed"),
    (12, "week", "school", "phone", "המורה מדווחת שהילדים מגיעים בלי ארוחת עשר ובבגדים לא מתאימים.",
     "attached_handed"),
    (15, "routine", "other", "phone", "שכנה מבקשת מידע על מסגרות לקשיש בודד בבניין.", "referred_elsewhere"),
    (8, "routine", "anonymous", "phone", "פנייה אנונימית על רעש וצעקות; בבירור נמצא שמדובר בשיפוץ.", "no_intervention"),
)

# the referrals above that opened a family file (outcome new file, then handed over or not): the demo has
# DEMO_FILES files of its department and these
REFERRAL_FILES = sum(1 for r in _REFERRALS if r[5] in ("new_file", "handed"))
DEMO_FILES_TOTAL = DEMO_FILES + REFERRAL_FILES


def _referrals(rng: random.Random, svc: dict[str, Services], users: dict[str, CurrentUser], teams: dict[str, int],
               families: list, opened: list) -> None:
    """Referrals in every state for the intake queue: open ones of each urgency (two overdue), one awaiting
    its hand-over after a new file (with a club request for a child), one attached to a known file, and
    closed ones of each outcome. New families of their own (invented, ID numbers clear of the others)."""
    from models.intake.dto import (
        ClubRequestInput,
        HandOverInput,
        NewPerson,
        OpenFileInput,
        ReferralInput,
        Referrer,
    )

    intake = svc["noa"].intake
    today = date.today()  # referrals age from the day the demo is loaded
    new = [make_family(rng, today, latin_share=0.1) for _ in _REFERRALS]
    used = {m.id_number for fam in families for m in fam.members}
    assign_ids_and_phones(rng, new, id_numbers(rng, sum(len(f.members) for f in new), *DEMO_ID_RANGE,
                                               exclude=used), today)
    referrers = {"police": ("רס\"ל עמית גורן", "שוטר סיור", "תחנת משטרה עין הבשור"),
                 "health": ("שלומית אבירם", "אחות", "טיפת חלב מרכז"),
                 "school": ("הדס נוימן", "יועצת", "בית ספר הגפן"),
                 "kindergarten": ("מירב כהנא", "גננת", "גן רימון"),
                 "department_service": ("גלית ששון", "עו\"ס דיור", "המחלקה לשירותים חברתיים"),
                 "court": ("מזכירות", "", "בית המשפט לענייני משפחה"),
                 "other": ("אסתר פלד", "שכנה", "")}
    north = teams[ref.TEAMS[0]]
    # known files the intake worker sees and may attach to: open, not restricted
    known_files = [fid for fid, *_rest in opened[:40]
                   if (f := svc["avi"].families.get(fid).file).status == "open" and not f.restricted][:2]
    for (days_ago, urgency, source, channel, problem, outcome), fam in zip(_REFERRALS, new, strict=True):
        name, role, organisation = referrers.get(source, ("", "", ""))
        people = tuple(NewPerson(PersonInput(
            first_name=m.first_name, last_name=m.last_name, id_number=m.id_number, first_name_ar=m.first_name_ar,
            last_name_ar=m.last_name_ar, first_name_lat=m.first_name_lat, last_name_lat=m.last_name_lat,
            birth_date=m.birth_date, sex=m.sex, preferred_language=m.preferred_language, phones=m.phones),
            m.relation) for m in fam.members)
        existing: tuple[tuple[int, str], ...] = ()
        known = known_files[outcome == "attached_handed"]
        if outcome in ("attached", "attached_handed"):  # a family the department knows: its members, no one new
            members = svc["avi"].families.get(known).file.members
            existing, people = tuple((m.person.id, m.relation) for m in members), ()
        r = intake.create(ReferralInput(
            received_on=today - timedelta(days=days_ago), channel=channel, source=source,
            referrer=Referrer(name, role, organisation, phone(rng) if name else ""), problem=problem,
            urgency=urgency, existing=existing, new_persons=people))
        if outcome in ("new_file", "handed"):
            kids = [p.person.id for p in r.persons if p.relation == "child"]
            clubs = (ClubRequestInput(kids[0], "קשיים חברתיים ובדידות; זקוקה למסגרת אחר הצהריים.",
                                      "שילוב בקבוצת גיל, חיזוק הביטחון העצמי", "week"),) if kids and \
                outcome == "new_file" else ()
            r = intake.open_file(r.id, r.version, OpenFileInput(
                family_name=fam.family_name, team_id=north, address=fam.address, locality=ref.TOWN_HE,
                neighbourhood=fam.neighbourhood, club_requests=clubs))
        elif outcome in ("attached", "attached_handed"):
            r = intake.attach(r.id, r.version, known)
        elif outcome == "referred_elsewhere":
            intake.refer_elsewhere(r.id, r.version, "nonprofit", "עמותת \"יד לקשיש\" עין הבשור",
                                   "מבקשים ליצור קשר עם הפונה")
        elif outcome == "no_intervention":
            intake.no_intervention(r.id, r.version, "resolved", "בבירור טלפוני: שיפוץ בדירה, אין חשש.")
        if outcome == "handed":
            intake.hand_over(r.id, r.version, HandOverInput(north, users["dana"].id))
        elif outcome == "attached_handed":  # back to a worker of the family's own team
            team = svc["avi"].families.get(known).file.team_name
            worker = users[_TEAM_WORKERS[team][1]].id
            intake.hand_over(r.id, r.version, HandOverInput(teams[team], worker))
