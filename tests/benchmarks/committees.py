"""The treatment-plan committee's benchmark rows (issue 9), through the service as the user (on PostgreSQL as
her own login, under row-level security), on the synthetic data set's committee part
(seeds.synthetic_committees: ~20,000 final protocols, a few thousand open placements over 100,000 files):

- the follow-up page (``committees.follow_up()``: overdue committee tasks, reviews due within 30 days or
  overdue), as the committee coordinator and as a family worker: goal ≤ 200 ms;
- the meetings list as the page opens (``committees.meetings()``: 60 days back on);
- one meeting as the meeting view opens it (``committees.meeting(id)``): the one with the most cases the
  user sees (eight for the coordinator).

The committee's forms (a 3-page protocol, 100 invitations as one PDF) are timed in tests/benchmarks/forms.py.

``python -m tests.benchmarks.committees --seed --families N [--url URL]`` runs them alone on a fresh
synthetic database (development); ``tests.benchmarks.run`` calls ``measure``."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select

from models.committees import rules
from models.db import Database
from models.services import Services
from models.users.dto import CurrentUser

FOLLOW_UP_TARGET_MS = 200.0
FOLLOW_UP = "committee follow-up page (tasks + reviews)"


def measure(db: Database, user: CurrentUser, repeat: int = 20) -> tuple[dict[str, list[float]], str]:
    """Milliseconds of each row (the first run of each a warm-up, not counted), and a note of the sizes."""
    committees = Services(db, user).committees

    def timed(fn: Callable[[], object]) -> list[float]:
        fn()
        out = []
        for _ in range(repeat):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
        return out

    follow = committees.follow_up()
    listed = committees.meetings()
    year = committees.meetings(from_date=rules.today() - timedelta(days=400))
    biggest = max(year, key=lambda m: (m.cases, m.held_on), default=None)
    out = {
        FOLLOW_UP: timed(committees.follow_up),
        "committee meetings list (60 days back on)": timed(committees.meetings),
    }
    if biggest is not None and biggest.cases:
        out[f"committee meeting with its {biggest.cases} cases seen"] = timed(lambda: committees.meeting(biggest.id))
    note = (f"follow-up: {len(follow.overdue_tasks)} overdue tasks, {len(follow.reviews)} reviews;"
            f" list: {len(listed)} meetings")
    return out, note


def synthetic_users(db: Database) -> dict[str, CurrentUser]:
    """The synthetic data set's committee coordinator and first family worker (seeds.synthetic)."""
    from models.users.auth import to_current_user
    from models.users.entities import User
    from seeds.synthetic_committees import COORDINATOR

    with db.session() as s:
        return {"coordinator": to_current_user(s.scalars(select(User).where(User.username == COORDINATOR)).one()),
                "family worker": to_current_user(s.scalars(select(User).where(User.username == "syn_t01_w001"))
                                                 .one())}


def _main(argv: list[str]) -> int:
    from models.db import make_engine
    from models.migrate import upgrade
    from seeds.synthetic import seed_synthetic

    ap = argparse.ArgumentParser()
    ap.add_argument("--families", type=int, default=5_000)
    ap.add_argument("--url", default="sqlite:////tmp/maane-committee-bench.sqlite")
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
    for who, user in synthetic_users(db).items():
        rows, note = measure(db, user, args.repeat)
        for name, samples in rows.items():
            ordered = sorted(samples)
            p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
            print(f"{who:14s} {name:45s} median {statistics.median(samples):7.2f} ms  p95 {p95:7.2f} ms")
        print(f"{who:14s} {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
