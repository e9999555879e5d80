"""Benchmarks against the targets: ``python -m tests.benchmarks.run [--families N] [--skip-postgres]``.

Builds a SQLite database with the synthetic generator (100,000 family files by default), times the seed,
then times the operations a worker waits for, through the services as a manager: exact ID lookup, top-50
name search (3+ letter fragments, 1-2 letter prefixes, two words, Arabic), and a family-file search with
its first page of list rows. The same on PostgreSQL when MAANE_TEST_DATABASE_URL is set (a smaller data set
by default, connected as a manager's own login so row-level security applies). Finally the desktop client:
start-up to the login window, and the resident memory of a client showing the family list.

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

from sqlalchemy import select, update

from models.db import Database, make_engine
from models.migrate import upgrade
from models.people.entities import Person, PersonPhone
from models.services import Services
from models.users.auth import hash_password, to_current_user
from models.users.entities import User
from seeds.synthetic import MANAGER, seed_synthetic

ROOT = Path(__file__).resolve().parents[2]
BENCH_PASSWORD = "bench-password-1"
MARKER = "MAANE-MEASURE "

QUERIES = {
    "3+ letters": ["כהן", "רבינו", "אברה", "לוי", "שושנ", "זילבר", "שמיר", "גרינ"],
    "1-2 letters": ["כ", "מ", "אב", "נו", "ד", "ש"],
    "two words": ["משה כהן", "נועה ל", "דוד מזרחי", "יעל פר", "אחמד חדאד"],
    "Arabic": ["محمد", "حداد", "فاط", "خوري", "علي"],
}
FILE_QUERIES = ["", "כהן", "מ", "חדאד", "נועה לוי", "محمد"]

# operation -> (median target ms, p95 target ms); None where there is no target
TARGETS: dict[str, tuple[float | None, float | None]] = {
    "ID lookup (people.by_id_number)": (1.0, None),
    "name search top-50": (5.0, 20.0),
    "list first rows after a search": (150.0, None),
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

    def print(self) -> None:
        head = ("operation", "median", "p95", "target", "result", "note")
        lines = [head] + [
            (r.name, fmt(r.median), fmt(r.p95), r.target, {True: "PASS", False: "MISS", None: "n/a" if r.target != "-" else ""}[r.ok], r.note)
            for r in self.rows
        ]
        widths = [max(len(x[i]) for x in lines) for i in range(len(head))]
        for i, line in enumerate(lines):
            print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
            if i == 0:
                print("  ".join("-" * w for w in widths))


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


def measure_services(report: Report, db: Database, manager, label: str, repeat: int) -> None:
    # As the client does once its main window is up (desktop/app.py): the objects of the set-up (here the
    # seed's) leave the garbage collector's full passes.
    gc.collect()
    gc.freeze()
    svc = Services(db, manager)
    with db.session() as s:
        ids = s.scalars(select(Person.id_number).where(Person.id_kind == "il")).all()
    rng = random.Random(5)
    sample = rng.sample(list(ids), min(300, len(ids)))
    lookups: list[float] = []
    for number in sample:
        lookups += timed(lambda n=number: svc.people.by_id_number(n), 2)
    report.add(f"{label} ID lookup (people.by_id_number)", lookups, "ID lookup (people.by_id_number)")
    every: list[float] = []
    worst = ("", 0.0)
    for kind, queries in QUERIES.items():
        samples: list[float] = []
        for q in queries:
            got = timed(lambda q=q: svc.people.search(q, limit=50), repeat)
            samples += got
            if statistics.median(got) > worst[1]:
                worst = (q, statistics.median(got))
        every += samples
        report.add(f"{label} name search top-50: {kind}", samples, "name search top-50")
    report.add(f"{label} name search top-50: all", every, "name search top-50",
               note=f"n={len(every)}; slowest query {worst[0]!r} {worst[1]:.1f} ms")
    # An ID number and a phone typed into the search boxes (not the dedicated lookup), as people type them.
    with db.session() as s:
        phones = s.scalars(select(PersonPhone.number).order_by(PersonPhone.person_id).limit(200)).all()
    typed = [*sample[:5], *rng.sample(list(phones), min(5, len(phones)))]
    numbers: list[float] = []
    for q in typed:
        numbers += timed(lambda q=q: svc.people.search(q, limit=50), max(3, repeat // 4))
        numbers += timed(lambda q=q: svc.families.rows(svc.families.search(q, limit=101)[:100], q),
                         max(3, repeat // 4))
    report.add(f"{label} ID number or phone in the search boxes (people, files + rows)", numbers, None,
               note=f"n={len(numbers)}")
    for q in FILE_QUERIES:
        def first_page(q=q) -> None:  # what the list waits for before it shows rows (desktop list_view)
            found = svc.families.search(q, limit=101)  # desktop.itemmodels.lazy_table.PAGE_SIZE + 1
            svc.families.rows(found[:100], q)  # with the member who matched (desktop.families.list_view)

        def whole_list(q=q) -> None:  # then fetched in the background, replacing the first page
            svc.families.search(q)

        with_count = len(svc.families.search(q))
        report.add(f"{label} list first rows after a search {q!r}", timed(first_page, max(3, repeat // 4)),
                   "list first rows after a search", note=f"{with_count} files")
        report.add_info(f"{label}   then the whole id list {q!r}", timed(whole_list, max(3, repeat // 4)))


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
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()  # the statistics are rolled back otherwise
    measure_services(report, db, manager, "SQLite", repeat)
    db.dispose()
    return url


def postgres_part(report: Report, families: int, repeat: int) -> None:
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
        login = f"{tag}_manager"
        ensure_pg_login(login, "manager")
        with db.session() as s:
            manager = to_current_user(add_user_row(s, username=login, full_name="מנהלת מדידה", role="manager",
                                                   team=None, password=None, who="bench"))
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()  # the statistics are rolled back otherwise
        db.dispose()
        as_manager = Database(make_engine(make_url(url).set(username=login, password=None)
                                          .render_as_string(hide_password=False)))
        measure_services(report, as_manager, manager, "PostgreSQL", repeat)
        as_manager.dispose()
    finally:
        drop_pg_database(name)
        drop_pg_logins(tag)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--families", type=int, default=100_000)
    ap.add_argument("--pg-families", type=int, default=None, help="PostgreSQL data set (default: --families)")
    ap.add_argument("--repeat", type=int, default=20, help="repetitions of each search query")
    ap.add_argument("--skip-postgres", action="store_true")
    ap.add_argument("--skip-client", action="store_true")
    args = ap.parse_args(argv)
    report = Report()
    tmp = Path(tempfile.mkdtemp(prefix="maane-bench-"))
    try:
        url = sqlite_part(report, args.families, args.repeat, tmp)
        if not args.skip_client:
            measure_client(report, url)
        if os.environ.get("MAANE_TEST_DATABASE_URL") and not args.skip_postgres:
            postgres_part(report, args.pg_families or args.families, args.repeat)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.print()
    return 0 if all(r.ok is not False for r in report.rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
