"""The therapeutic clubs' benchmark rows (issue 10), through the service as the club worker (on PostgreSQL as
her own login, under row-level security), on the synthetic data set's clubs (seeds.synthetic_clubs: six full
clubs of 15, about 2,000 enrolments left over eight school years with their attendance, charges and payments,
about 300 waiting requests, at 100,000 files):

- the attendance grid of a full club for the current month (``clubs.attendance_month``): goal ≤ 100 ms;
- the month's attendance and fee reports of all six clubs (``attendance_month`` of each club, then
  ``month_closing`` of all clubs): goal ≤ 300 ms;
- informative: the waiting list of the full club, the clubs' overview, and saving a day's attendance of the
  full club (15 children; each time one child's mark changes between present and absent with a reason, so
  that every save writes and none raises a task).

``python -m tests.benchmarks.clubs --seed --families N [--url URL]`` runs them alone on a fresh synthetic
database (development); ``tests.benchmarks.run`` calls ``measure``."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from models.clubs import rules
from models.clubs.dto import AttendanceMark
from models.db import Database
from models.services import Services
from models.users.dto import CurrentUser
from reports.forms.club_attendance_sheet import build as sheet_pdf

GRID_TARGET_MS = 100.0
REPORTS_TARGET_MS = 300.0
GRID = "attendance grid, full club, one month"
REPORTS = "month's attendance and fee reports, all six clubs"


def measure(db: Database, user: CurrentUser, repeat: int = 20) -> tuple[dict[str, list[float]], str]:
    """Milliseconds of each row (the first run of each a warm-up, not counted), and a note of the sizes."""
    clubs = Services(db, user).clubs

    def timed(fn: Callable[[], object]) -> list[float]:
        fn()
        out = []
        for _ in range(repeat):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
        return out

    listed = clubs.clubs()
    full = max(listed, key=lambda c: (c.enrolled, -c.id))
    month = rules.month_start(rules.today())

    def reports() -> None:
        for c in listed:
            clubs.attendance_month(c.id, month)
        clubs.month_closing(month)

    grid = clubs.attendance_month(full.id, month)
    closing = clubs.month_closing(month)
    waiting = clubs.waiting_list(full.id)
    out = {
        GRID: timed(lambda: clubs.attendance_month(full.id, month)),
        REPORTS: timed(reports),
        # the same month printed: the six clubs' attendance sheets (data and PDF), for the record
        "the six clubs' attendance sheets printed (PDF)": timed(
            lambda: [sheet_pdf(clubs.attendance_sheet(c.id, month), "he") for c in listed]),
        "club waiting list (the full club)": timed(lambda: clubs.waiting_list(full.id)),
        "clubs overview": timed(clubs.overview),
    }
    day = _last_open_day(clubs, full.id)
    saved = 0
    if day is not None:
        samples: list[float] = []
        for i in range(repeat + 1):
            sheet = clubs.attendance_day(full.id, day)
            marks = tuple(AttendanceMark(r.enrolment_id, True) for r in sheet.rows)
            if marks and i % 2:
                marks = (AttendanceMark(marks[0].enrolment_id, False, "sick"), *marks[1:])
            t = time.perf_counter()
            clubs.save_attendance(full.id, day, marks, sheet.token)
            samples.append((time.perf_counter() - t) * 1000)
            saved = len(marks)
        out[f"save a day's attendance ({saved} children)"] = samples[1:]
    note = (f"{full.name}: {len(grid.rows)} children in {month:%m/%Y}'s grid, {len(listed)} clubs,"
            f" closing {len(closing.rows)} rows, {len(waiting.rows)} waiting for the full club")
    return out, note


def _last_open_day(clubs, club_id: int) -> date | None:
    """The latest club or camp day up to today (the data set has the days before today recorded), of this
    school year or else the last."""
    today = rules.today()
    for year in (rules.school_year_of(today), rules.school_year_of(today) - 1):
        days = [d.day for d in clubs.calendar(year, club_id) if d.kind != "closed" and d.day <= today]
        if days:
            return max(days)
    return None


def club_worker(db: Database) -> CurrentUser:
    """The synthetic data set's club worker (seeds.synthetic_clubs.CLUB_WORKER)."""
    from models.users.auth import to_current_user
    from models.users.entities import User
    from seeds.synthetic_clubs import CLUB_WORKER

    with db.session() as s:
        return to_current_user(s.scalars(select(User).where(User.username == CLUB_WORKER)).one())


def _main(argv: list[str]) -> int:
    from models.db import make_engine
    from models.migrate import upgrade
    from seeds.synthetic import seed_synthetic

    ap = argparse.ArgumentParser()
    ap.add_argument("--families", type=int, default=5_000)
    ap.add_argument("--url", default="sqlite:////tmp/maane-club-bench.sqlite")
    ap.add_argument("--seed", action="store_true", help="migrate and seed first")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)
    engine = make_engine(args.url)
    db = Database(engine)
    if args.seed:
        upgrade(engine)
        print(seed_synthetic(db, families=args.families), file=sys.stderr)
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    rows, note = measure(db, club_worker(db), args.repeat)
    for name, samples in rows.items():
        ordered = sorted(samples)
        p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
        print(f"{name:50s} median {statistics.median(samples):7.2f} ms  p95 {p95:7.2f} ms")
    print(note)
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))

