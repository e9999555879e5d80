"""Benchmarks against the targets: ``python -m tests.benchmarks.run [--families N] [--skip-postgres]``.

Builds a SQLite database with the synthetic generator (100,000 family files by default), times the seed,
then times what a user waits for, through the services: the exact ID lookup, and every kind of query a user
types into each search box (the people search's top 50 and the family search's first page of list rows):
an ID number, a phone number, 1-2 letters, 3+ letters, two words, Arabic. On SQLite as the manager; on
PostgreSQL (when MAANE_TEST_DATABASE_URL is set) both as a manager and as a family worker of one team with
her own caseload, each connected as their own login, so row-level security applies. The slowest query of
each PostgreSQL role is run once more with auto_explain (EXPLAIN ANALYZE with BUFFERS of every statement,
those inside the definer search functions too) and its plans are printed in the notes after the table
(``--notes FILE`` keeps table and notes in a file). Finally the desktop client: start-up to the login
window, and the resident memory of a client showing the family list. First of all, the PDF forms
(tests/benchmarks/forms.py; ``--skip-forms``).

The client is measured in child processes by tests/benchmarks/client.py (start-up to the login window;
the family list's first rows, the longest GUI step while scrolling it to the end, and resident memory).
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event, select, update

from models.db import Database, make_engine
from models.families.entities import FamilyFile
from models.migrate import upgrade
from models.people.entities import Person, PersonPhone
from models.services import Services
from models.users.auth import hash_password, to_current_user
from models.users.entities import User
from seeds.synthetic import MANAGER, seed_synthetic
from tests.benchmarks import intake as intake_queue

ROOT = Path(__file__).resolve().parents[2]
BENCH_PASSWORD = "bench-password-1"
MARKER = "MAANE-MEASURE "

# What a user types into the two search boxes (people search, family search), by kind. ID numbers and
# phone numbers are sampled from the data set (measure_services).
NAME_QUERIES = {
    "1-2 letters": ["כ", "מ", "אב", "נו", "ד", "ש"],
    "3+ letters": ["כהן", "רבינו", "אברה", "לוי", "שושנ", "זילבר", "שמיר", "גרינ"],
    "two words": ["משה כהן", "נועה ל", "דוד מזרחי", "יעל פר", "אחמד חדאד"],
    "Arabic": ["محمد", "حداد", "فاط", "خوري", "علي"],
}
FILE_NAME_QUERIES = {
    "1-2 letters": ["א", "מ", "ש", "כה"],
    "3+ letters": ["כהן", "חדאד", "לוי"],
    "two words": ["נועה לוי", "משה כ"],
    "Arabic": ["محمد", "خوري"],
}

# operation -> (median target ms, p95 target ms); None where there is no target
TARGETS: dict[str, tuple[float | None, float | None]] = {
    "ID lookup (people.by_id_number)": (1.0, None),
    "ID or phone in a search box": (5.0, None),
    "name search top-50": (5.0, 20.0),
    "list first rows after a search": (150.0, None),
    "duplicate check": (10.0, 40.0),  # issue 8: through the service, as an intake worker
    "intake queue first rows": (150.0, None),  # issue 8: 5,000 open referrals, as an intake worker
    "committee follow-up": (200.0, None),  # issue 9: ~20,000 final protocols (tests/benchmarks/committees.py)
    "club attendance grid": (100.0, None),  # issue 10: a full club's month (tests/benchmarks/clubs.py)
    "club month reports": (300.0, None),  # issue 10: the six clubs' grids and the month's closing list
    "foster referrals first rows": (150.0, None),  # issue 11: 10,000 open referrals (tests/benchmarks/continuum.py)
    "forum agenda first rows": (150.0, None),  # issue 11: 10,000 undecided risk reports
}


@dataclass
class Row:
    name: str
    median: float | None
    p95: float | None
    target: str
    ok: bool | None
    note: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, samples_ms: list[float], target_key: str | None, note: str = "") -> None:
        med, p95 = statistics.median(samples_ms), percentile(samples_ms, 95)
        t_med, t_p95 = TARGETS.get(target_key or "", (None, None))
        parts, ok = [], None
        if t_med is not None:
            parts.append(f"median ≤ {t_med:g}")
            ok = med <= t_med
        if t_p95 is not None:
            parts.append(f"p95 ≤ {t_p95:g}")
            ok = bool(ok) and p95 <= t_p95
        self.rows.append(Row(name, med, p95, ", ".join(parts) or "-", ok, note or f"n={len(samples_ms)}"))
        progress(f"{name}: median {med:.2f} ms, p95 {p95:.2f} ms")

    def add_single(self, name: str, value: float | None, unit: str, target: float, note: str = "") -> None:
        ok = None if value is None else value <= target
        self.rows.append(Row(name, value, None, f"≤ {target:g} {unit}", ok, note))
        progress(f"{name}: {value if value is None else round(value, 2)} {note}")

    def add_single_info(self, name: str, value: float, note: str = "") -> None:
        self.rows.append(Row(name, value, None, "-", None, note))
        progress(f"{name}: {value:.2f} {note}")

    def add_info(self, name: str, samples: list[float]) -> None:
        """A measured row with no target of its own."""
        median, p95 = statistics.median(samples), percentile(samples, 95)
        self.rows.append(Row(name, median, p95, "-", None, "background"))
        progress(f"{name}: median {median:.2f} ms")

    def note(self, title: str, text: str) -> None:
        self.notes.append(f"{title}\n{text.rstrip()}")
        progress(f"note: {title}")

    def print(self, out=None) -> None:
        out = out or sys.stdout
        head = ("operation", "median", "p95", "target", "result", "note")
        lines = [head] + [
            (r.name, fmt(r.median), fmt(r.p95), r.target, {True: "PASS", False: "MISS", None: "n/a" if r.target != "-" else ""}[r.ok], r.note)
            for r in self.rows
        ]
        widths = [max(len(x[i]) for x in lines) for i in range(len(head))]
        for i, line in enumerate(lines):
            print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip(), file=out)
            if i == 0:
                print("  ".join("-" * w for w in widths), file=out)
        if self.notes:
            print("\nNotes", file=out)
            for n in self.notes:
                print("\n" + n, file=out)


def progress(message: str) -> None:
    print(f"... {message}", file=sys.stderr, flush=True)


def fmt(v: float | None) -> str:
    if v is None:
        return "-"
    return f"{v:.2f}" if v < 10 else f"{v:.1f}"


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up (statement cache, pages)
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def people_search(svc: Services, q: str) -> None:
    svc.people.search(q, limit=50)


def family_first_rows(svc: Services, q: str) -> None:
    """What the family list waits for before it shows rows (desktop list_view): the first page of ids
    (desktop.itemmodels.lazy_table.PAGE_SIZE + 1), then its rows with the member who matched."""
    found = svc.families.search(q, limit=101)
    svc.families.rows(found[:100], q)


@dataclass
class Slowest:
    box: str = ""
    query: str = ""
    median: float = 0.0
    run: Callable[[Services, str], None] | None = None

    def offer(self, box: str, query: str, samples: list[float], run: Callable[[Services, str], None]) -> None:
        med = statistics.median(samples)
        if med > self.median:
            self.box, self.query, self.median, self.run = box, query, med, run


def sample_numbers(db: Database) -> tuple[list[str], list[str]]:
    """ID numbers and phone numbers as people type them, sampled from the data set (the same for every role)."""
    with db.session() as s:
        ids = s.scalars(select(Person.id_number).where(Person.id_kind == "il")).all()
        phones = s.scalars(select(PersonPhone.number).order_by(PersonPhone.person_id).limit(2000)).all()
    rng = random.Random(5)
    return rng.sample(list(ids), min(300, len(ids))), rng.sample(list(phones), min(20, len(phones)))


def measure_services(report: Report, db: Database, user, label: str, repeat: int,
                     numbers: tuple[list[str], list[str]]) -> Slowest:
    """Every kind of query a user types in each search box, as ``user``; returns the slowest query."""
    # As the client does once its main window is up (desktop/app.py): the objects of the set-up (here the
    # seed's) leave the garbage collector's full passes.
    gc.collect()
    gc.freeze()
    svc = Services(db, user)
    ids, phones = numbers
    slowest = Slowest()
    lookups: list[float] = []
    for number in ids:
        lookups += timed(lambda n=number: svc.people.by_id_number(n), 2)
    report.add(f"{label} ID lookup (people.by_id_number)", lookups, "ID lookup (people.by_id_number)")
    few = max(3, repeat // 4)
    typed = {"ID number": ids[:10], "phone": phones[:10]}
    for box, run in (("people search", people_search), ("family search first rows", family_first_rows)):
        for kind, queries in typed.items():
            samples: list[float] = []
            for q in queries:
                got = timed(lambda q=q, run=run: run(svc, q), few)
                slowest.offer(box, q, got, run)
                samples += got
            report.add(f"{label} {box}: {kind}", samples, "ID or phone in a search box",
                       note=f"n={len(samples)}")
    every: list[float] = []
    for kind, queries in NAME_QUERIES.items():
        samples = []
        worst = ("", 0.0)
        for q in queries:
            got = timed(lambda q=q: people_search(svc, q), repeat)
            slowest.offer("people search", q, got, people_search)
            samples += got
            if statistics.median(got) > worst[1]:
                worst = (q, statistics.median(got))
        every += samples
        report.add(f"{label} people search top-50: {kind}", samples, "name search top-50",
                   note=f"n={len(samples)}; slowest {worst[0]!r} {worst[1]:.1f} ms")
    report.add(f"{label} people search top-50: all", every, "name search top-50", note=f"n={len(every)}")
    whole = len(svc.families.search(""))
    got = timed(lambda: family_first_rows(svc, ""), few)
    report.add(f"{label} family search first rows: nothing typed", got, "list first rows after a search",
               note=f"{whole} files")
    report.add_info(f"{label}   then the whole id list ''", timed(lambda: svc.families.search(""), few))
    for kind, queries in FILE_NAME_QUERIES.items():
        samples = []
        worst = ("", 0.0)
        counts = []
        for q in queries:
            got = timed(lambda q=q: family_first_rows(svc, q), few)
            slowest.offer("family search first rows", q, got, family_first_rows)
            samples += got
            counts.append(f"{q} {len(svc.families.search(q))}")
            if statistics.median(got) > worst[1]:
                worst = (q, statistics.median(got))
        report.add(f"{label} family search first rows: {kind}", samples, "list first rows after a search",
                   note=f"slowest {worst[0]!r} {worst[1]:.1f} ms; files: " + ", ".join(counts))
    q = "מ"
    report.add_info(f"{label}   then the whole id list {q!r}", timed(lambda: svc.families.search(q), few))
    mine = len(svc.families.search("", mine=True))
    if mine:  # My files (issue 8): the user's own caseload, with nothing typed and with a name
        for q in ("", "כהן"):
            got = timed(lambda q=q: family_first_rows_mine(svc, q), few)
            report.add(f"{label} family search first rows: My files {q!r}", got, "list first rows after a search",
                       note=f"{mine} files of the user's")
    return slowest


def family_first_rows_mine(svc: Services, q: str) -> None:
    """The first page of "My files", as the family list shows it."""
    found = svc.families.search(q, limit=101, mine=True)
    svc.families.rows(found[:100], q)


def measure_client(report: Report, url: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    starts: list[float] = []
    failure = ""
    for _ in range(5):
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "tests.benchmarks.client", "--measure-startup", "--database", url],
                           env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
        elapsed = time.perf_counter() - t
        if r.returncode != 0 or MARKER not in r.stdout:
            failure = (r.stderr.strip().splitlines() or [f"exit {r.returncode}, no MAANE-MEASURE line"])[-1][:80]
            break
        starts.append(elapsed)
    if starts:
        report.add_single("client start to login window (s, median of 5)", statistics.median(starts), "s", 0.6)
    else:
        report.add_single("client start to login window (s)", None, "s", 0.6, note=f"not measured: {failure}")
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.client", "--measure-family-list", "--database", url],
                             env=env, cwd=ROOT, stdin=subprocess.PIPE, stdout=out, stderr=out)
        assert p.stdin is not None
        try:
            p.stdin.write(f"{MANAGER}\n{BENCH_PASSWORD}\n".encode())
            p.stdin.close()
        except BrokenPipeError:
            pass
        _pid, status, _usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode(errors="replace")
        marked = MARKER in output
        tail = (output.strip().splitlines() or ["no MAANE-MEASURE line"])[-1][:80]
    if p.returncode == 0 and marked:
        fields = dict(f.split("=", 1) for f in output.split(MARKER, 1)[1].split() if "=" in f)
        rss_mb = float(fields["peak_rss_mb"])  # the child's own peak (rusage would count this process too)
        report.add_single("client: family list first rows shown (s)", float(fields["first_rows_s"]), "s", 0.15,
                          note=f"{fields['rows']} files")
        report.add_single("client: longest GUI step scrolling to the end (s)", float(fields["worst_step_s"]), "s",
                          0.05, note=f"{fields['scroll_steps']} page steps")
        report.add_single("client RSS with the family list (MB)", rss_mb, "MB", 250)
    else:
        report.add_single("client RSS with the family list (MB)", None, "MB", 250,
                          note="not measured: " + (tail or f"exit {p.returncode}"))


def measure_forms(report: Report) -> None:
    """The PDF forms (tests/benchmarks/forms.py): a 3-page form, 100 one-page forms as one PDF, and the cost
    of our right-to-left handling against plain reportlab."""
    from tests.benchmarks import forms

    for name, value, target, ok in forms.measure():
        report.rows.append(Row(name, value, None, target, ok, "forms"))
        progress(f"{name}: {value:.2f}")


def sqlite_part(report: Report, families: int, repeat: int, tmp: Path) -> str:
    url = f"sqlite:///{tmp / 'bench.sqlite'}"
    engine = make_engine(url)
    upgrade(engine)
    db = Database(engine)
    stats = seed_synthetic(db, families=families, seed=1)
    report.add_single(f"SQLite synthetic seed, {families} files ({stats.persons} persons) (s)", stats.seconds,
                      "s", 120 * families / 100_000)
    with db.session() as s:
        s.execute(update(User).where(User.username == MANAGER).values(password_hash=hash_password(BENCH_PASSWORD)))
        manager = to_current_user(s.scalar(select(User).where(User.username == MANAGER)))
    queue_user = intake_user(db, "bench_intake")
    intake_queue.seed_referrals(db, queue_user.id)  # 5,000 open referrals (and 1,000 closed) for the queue
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()  # the statistics are rolled back otherwise
    measure_services(report, db, manager, "SQLite", repeat, sample_numbers(db))
    measure_dedup(report, db, "SQLite", intake_user(db, "bench_intake"), repeat)
    measure_queue(report, db, "SQLite", queue_user, repeat)
    from tests.benchmarks.committees import synthetic_users

    for who, user in synthetic_users(db).items():  # the committee's pages (issue 9)
        measure_committees(report, db, f"SQLite {who}", user, repeat)
    from tests.benchmarks.clubs import club_worker

    measure_clubs(report, db, "SQLite club worker", club_worker(db), repeat)  # the clubs' pages (issue 10)
    from tests.benchmarks.continuum import synthetic_users as continuum_users

    for who, user in continuum_users(db).items():  # the continuum's pages (issue 11)
        measure_continuum(report, db, f"SQLite {who}", user, repeat)
    db.dispose()
    return url


def postgres_part(report: Report, families: int, repeat: int) -> None:
    """As a manager's own login and as a family worker's (one team, her own caseload): row-level security
    applies to both. The slowest query of each is run again with auto_explain (every statement inside the
    definer functions too) and its plans kept in the notes."""
    from sqlalchemy.engine import make_url

    from models.users.service import add_user_row
    from tests.support import create_pg_database, drop_pg_database, drop_pg_logins, ensure_pg_login

    tag = f"bench{os.getpid()}"
    name = f"{tag}_db"
    drop_pg_database(name)
    url = create_pg_database(name)
    try:
        engine = make_engine(url)
        upgrade(engine)
        db = Database(engine)
        stats = seed_synthetic(db, families=families, seed=1)
        report.add_single_info(f"PostgreSQL synthetic seed, {families} files ({stats.persons} persons) (s)",
                               stats.seconds, note="no target (the 2-minute one is SQLite's); audit triggers fire per row")
        numbers = sample_numbers(db)
        users = {}
        for role, full_name in (("manager", "מנהלת מדידה"), ("family_worker", "עובדת מדידה"),
                                ("intake_worker", "אינטייק מדידה"), ("committee_coordinator", "רכזת מדידה"),
                                ("club_worker", "עו\"ס מועדוניות מדידה"), ("team_head", "ראש צוות מדידה"),
                                ("youth_law_worker", "פקידת סעד מדידה")):
            login = f"{tag}_{role}"
            ensure_pg_login(login, role)
            with db.session() as s:
                team = None
                if role in ("family_worker", "team_head", "youth_law_worker"):  # the team of syn_t01_w001
                    first = s.scalar(select(User).where(User.username == "syn_t01_w001"))
                    team = first.team.name
                u = add_user_row(s, username=login, full_name=full_name, role=role, team=team, password=None,
                                 who="bench")
                s.flush()
                if role == "family_worker":
                    s.execute(update(FamilyFile).where(FamilyFile.worker_id == first.id).values(worker_id=u.id))
                users[role] = (login, to_current_user(u))
        intake_queue.seed_referrals(db, users["intake_worker"][1].id)  # the intake queue's 5,000 open referrals
        # VACUUM as autovacuum would after a bulk load (the visibility map lets index-only scans skip the
        # table), then the statistics; outside a transaction, as VACUUM must be
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        db.dispose()
        for role, label in (("manager", "PostgreSQL manager"), ("family_worker", "PostgreSQL family worker")):
            login, user = users[role]
            own = Database(make_engine(make_url(url).set(username=login, password=None)
                                       .render_as_string(hide_password=False)))
            slowest = measure_services(report, own, user, label, repeat, numbers)
            own.dispose()
            report.note(f"{label}: the slowest query, {slowest.box} {slowest.query!r} (median {slowest.median:.1f} ms),"
                        " EXPLAIN (ANALYZE, BUFFERS) of each statement (auto_explain, nested statements included)",
                        explain_as(url, login, user, slowest))
        login, user = users["intake_worker"]  # the duplicate check, under row-level security
        own = Database(make_engine(make_url(url).set(username=login, password=None)
                                   .render_as_string(hide_password=False)))
        measure_dedup(report, own, "PostgreSQL intake worker", user, repeat)
        measure_queue(report, own, "PostgreSQL intake worker", user, repeat)
        own.dispose()
        for role, label in (("committee_coordinator", "PostgreSQL coordinator"),
                            ("family_worker", "PostgreSQL family worker")):  # the committee's pages (issue 9)
            login, user = users[role]
            own = Database(make_engine(make_url(url).set(username=login, password=None)
                                       .render_as_string(hide_password=False)))
            measure_committees(report, own, label, user, repeat)
            own.dispose()
        login, user = users["club_worker"]  # the clubs' pages (issue 10), under row-level security
        own = Database(make_engine(make_url(url).set(username=login, password=None)
                                   .render_as_string(hide_password=False)))
        measure_clubs(report, own, "PostgreSQL club worker", user, repeat)
        own.dispose()
        for role, label in (("family_worker", "PostgreSQL family worker"), ("team_head", "PostgreSQL team head"),
                            ("youth_law_worker", "PostgreSQL youth-law worker")):  # the continuum (issue 11)
            login, user = users[role]
            own = Database(make_engine(make_url(url).set(username=login, password=None)
                                       .render_as_string(hide_password=False)))
            measure_continuum(report, own, label, user, repeat, explain=(url, login))
            own.dispose()
    finally:
        drop_pg_database(name)
        drop_pg_logins(tag)


def intake_user(db: Database, username: str):
    """An intake worker of the synthetic data set (the duplicate check's benchmark runs as one)."""
    from models.users.service import add_user_row

    with db.session() as s:
        u = s.scalar(select(User).where(User.username == username))
        if u is None:
            u = add_user_row(s, username=username, full_name="אינטייק מדידה", role="intake_worker", team=None,
                             password=None, who="bench")
            s.flush()
        return to_current_user(u)


def measure_dedup(report: Report, db: Database, label: str, user, repeat: int) -> None:
    """The duplicate check (issue 8) with every kind of input (tests/benchmarks/duplicates.py), as ``user``."""
    from tests.benchmarks.duplicates import measure_duplicates

    every = measure_duplicates(db, user, repeat=max(3, repeat // 4), add=lambda kind, samples, note: report.add(
        f"{label} duplicate check: {kind}", samples, "duplicate check", note=note))
    report.add(f"{label} duplicate check: all", every, "duplicate check", note=f"n={len(every)}")


def measure_queue(report: Report, db: Database, label: str, user, repeat: int) -> None:
    """The intake queue's first rows (issue 8), as the queue page loads them (tests/benchmarks/intake.py)."""
    for name, samples in intake_queue.measure_queue(db, user, repeat=max(10, repeat)).items():
        if name.startswith(" "):
            report.add_info(f"{label} {name.strip()}", samples)
        else:
            report.add(f"{label} {name}", samples, "intake queue first rows", note=f"n={len(samples)}")


def measure_committees(report: Report, db: Database, label: str, user, repeat: int) -> None:
    """The committee's follow-up page, meetings list and one meeting (issue 9, tests/benchmarks/committees.py)."""
    from tests.benchmarks import committees

    rows, note = committees.measure(db, user, repeat=max(10, repeat))
    for name, samples in rows.items():
        target = "committee follow-up" if name == committees.FOLLOW_UP else None
        report.add(f"{label} {name}", samples, target, note=f"n={len(samples)}; {note}")


def measure_clubs(report: Report, db: Database, label: str, user, repeat: int) -> None:
    """The clubs' month grid and the month's reports of all six clubs against their targets, the waiting list,
    the overview and a day's attendance saved (issue 10, tests/benchmarks/clubs.py)."""
    from tests.benchmarks import clubs

    rows, note = clubs.measure(db, user, repeat=max(10, repeat))
    targets = {clubs.GRID: "club attendance grid", clubs.REPORTS: "club month reports"}
    for name, samples in rows.items():
        report.add(f"{label} {name}", samples, targets.get(name), note=f"n={len(samples)}; {note}")


def measure_continuum(report: Report, db: Database, label: str, user, repeat: int,
                      explain: tuple[str, str] | None = None) -> None:
    """The foster referrals page and the forum's agenda against their targets, the therapy waiting list, the
    day-care cases and a file's foster tab (issue 11, tests/benchmarks/continuum.py). On PostgreSQL
    (``explain``: the database and the login) a targeted row that misses its target is run once more with
    auto_explain, its plans kept in the notes."""
    from tests.benchmarks import continuum

    rows, note = continuum.measure(db, user, repeat=max(10, repeat))
    targets = {continuum.REFERRALS: "foster referrals first rows", continuum.AGENDA: "forum agenda first rows"}
    runs = {continuum.REFERRALS: lambda svc, _q: svc.foster.referrals(status="open"),
            continuum.AGENDA: lambda svc, _q: svc.forum.agenda()}
    for name, samples in rows.items():
        report.add(f"{label} {name}", samples, targets.get(name), note=f"n={len(samples)}; {note}")
        median = statistics.median(samples)
        if explain is not None and name in targets and median > (TARGETS[targets[name]][0] or math.inf):
            slow = Slowest(name, "", median, runs[name])
            report.note(f"{label}: {name} missed its target (median {median:.1f} ms), EXPLAIN (ANALYZE, BUFFERS) of"
                        " each statement (auto_explain, nested statements included)", explain_as(*explain, user, slow))


def explain_as(url: str, login: str, user, slowest: Slowest) -> str:
    """The plans of ``slowest`` run through the services as ``login``: a superuser session loads
    auto_explain (ANALYZE, BUFFERS, nested statements, sent to the client as notices), then becomes the
    login with SET SESSION AUTHORIZATION (session_user is what the policies and definer functions read)."""
    if slowest.run is None:
        return "(nothing measured)"
    plans: list[str] = []
    engine = make_engine(url)

    @event.listens_for(engine, "connect")
    def _explain(dbapi_conn, _record) -> None:
        dbapi_conn.add_notice_handler(lambda diag: plans.append(diag.message_primary or ""))
        with dbapi_conn.cursor() as cur:
            cur.execute("LOAD 'auto_explain'")
            for setting in ("log_min_duration = 0", "log_analyze = on", "log_buffers = on",
                            "log_nested_statements = on", "log_timing = on", "log_level = notice"):
                cur.execute(f"SET auto_explain.{setting}")
            cur.execute(f'SET SESSION AUTHORIZATION "{login}"')
        dbapi_conn.commit()

    db = Database(engine)
    try:
        svc = Services(db, user)
        slowest.run(svc, slowest.query)  # warm, then the plans of one run
        plans.clear()
        slowest.run(svc, slowest.query)
    finally:
        db.dispose()
    # the audit row's own statements say nothing about the search
    kept = [p for p in plans if "maane_write_audit" not in p and "INSERT INTO audit_events" not in p]
    return "\n\n".join(kept) or "(no plans captured)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--families", type=int, default=100_000)
    ap.add_argument("--pg-families", type=int, default=None, help="PostgreSQL data set (default: --families)")
    ap.add_argument("--repeat", type=int, default=20, help="repetitions of each search query")
    ap.add_argument("--skip-postgres", action="store_true")
    ap.add_argument("--skip-client", action="store_true")
    ap.add_argument("--skip-forms", action="store_true", help="no PDF form benchmarks (tests/benchmarks/forms.py)")
    ap.add_argument("--skip-sqlite", action="store_true", help="PostgreSQL only (and no client)")
    ap.add_argument("--notes", type=Path, help="also write the table and its notes (plans) to this file")
    args = ap.parse_args(argv)
    report = Report()
    tmp = Path(tempfile.mkdtemp(prefix="maane-bench-"))
    try:
        if not args.skip_forms:
            measure_forms(report)
        if not args.skip_sqlite:
            url = sqlite_part(report, args.families, args.repeat, tmp)
            if not args.skip_client:
                measure_client(report, url)
        if os.environ.get("MAANE_TEST_DATABASE_URL") and not args.skip_postgres:
            postgres_part(report, args.pg_families or args.families, args.repeat)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.print()
    if args.notes:
        with args.notes.open("w", encoding="utf-8") as out:
            report.print(out)
    return 0 if all(r.ok is not False for r in report.rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
