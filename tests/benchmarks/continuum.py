"""The continuum's benchmark rows (issue 11), through the services as the user (on PostgreSQL as her own login,
under row-level security), on the synthetic data set's continuum (seeds.synthetic_continuum: 10,000 open
foster referrals and 10,000 undecided risk reports over 100,000 files, with closed and decided ones behind
them, day-care cases and therapy referrals):

- the foster referrals page's first rows (``foster.referrals(status="open")``), as a family worker, a team
  head and a youth-law worker: goal ≤ 150 ms (tests.benchmarks.run.TARGETS);
- the youth-law forum's agenda, first rows (``forum.agenda()``), as a youth-law worker and as a team head:
  goal ≤ 150 ms;
- informative: the therapy centre's waiting list, the day-care cases list, and the foster tab of a family
  file with referrals (``foster.file_referrals``).

Each role's rows are measured only where the role may open the page (a family worker runs no forum).

``python -m tests.benchmarks.continuum --seed --families N [--url URL]`` runs them alone on a fresh synthetic
database (development); ``tests.benchmarks.run`` calls ``measure``."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

from sqlalchemy import select

from models.db import Database
from models.foster.dto import FosterPage
from models.foster.entities import FosterReferral
from models.roles import Action, allowed
from models.services import Services
from models.users.dto import CurrentUser

REFERRALS = "foster referrals page, first rows (open)"
AGENDA = "youth-law forum agenda, first rows"


def measure(db: Database, user: CurrentUser, repeat: int = 20) -> tuple[dict[str, list[float]], str]:
    """Milliseconds of each row the user may open (the first run of each a warm-up, not counted), and a note
    of the sizes."""
    svc = Services(db, user)

    def timed(fn: Callable[[], object]) -> list[float]:
        fn()
        out = []
        for _ in range(repeat):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
        return out

    out: dict[str, list[float]] = {}
    notes: list[str] = []
    if allowed(user.role, Action.VIEW_FOSTER):
        page = svc.foster.referrals(status="open")
        out[REFERRALS] = timed(lambda: svc.foster.referrals(status="open"))
        notes.append(f"referrals: {len(page.rows)} of {page.total} open shown")
        file_id = _file_with_referrals(db, page)
        if file_id is not None:
            tab = svc.foster.file_referrals(file_id)
            out["foster tab of a family file"] = timed(lambda: svc.foster.file_referrals(file_id))
            notes.append(f"tab: {len(tab)} referrals")
    if allowed(user.role, Action.RUN_FORUM):
        agenda = svc.forum.agenda()
        out[AGENDA] = timed(svc.forum.agenda)
        notes.append(f"agenda: {len(agenda.rows)} of {agenda.total} undecided shown")
    if allowed(user.role, Action.VIEW_THERAPY):
        waiting = svc.therapy.waiting_list()
        out["therapy waiting list"] = timed(svc.therapy.waiting_list)
        notes.append(f"therapy: {len(waiting)} waiting shown")
    if allowed(user.role, Action.VIEW_DAYCARE):
        cases = svc.daycare.cases()
        out["day-care cases list"] = timed(svc.daycare.cases)
        notes.append(f"day-care: {len(cases)} cases shown")
    return out, "; ".join(notes)


def _file_with_referrals(db: Database, page: FosterPage) -> int | None:
    """The file of the page's first row, or else of any referral (the tab is per file)."""
    if page.rows:
        return page.rows[0].file_id
    with db.session() as s:
        return s.scalar(select(FosterReferral.file_id).order_by(FosterReferral.id).limit(1))


def synthetic_users(db: Database) -> dict[str, CurrentUser]:
    """The synthetic data set's users of the continuum's pages: the first family worker of the first team, its
    team head, and the synthetic youth-law worker of that team (seeds.synthetic_continuum)."""
    from models.users.auth import to_current_user
    from models.users.entities import User
    from seeds.synthetic_continuum import YOUTH_LAW_WORKER

    names = {"family worker": "syn_t01_w001", "team head": "syn_t01_head", "youth-law worker": YOUTH_LAW_WORKER}
    with db.session() as s:
        return {who: to_current_user(s.scalars(select(User).where(User.username == name)).one())
                for who, name in names.items()}


def _main(argv: list[str]) -> int:
    from models.db import make_engine
    from models.migrate import upgrade
    from seeds.synthetic import seed_synthetic

    ap = argparse.ArgumentParser()
    ap.add_argument("--families", type=int, default=5_000)
    ap.add_argument("--url", default="sqlite:////tmp/maane-continuum-bench.sqlite")
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
            print(f"{who:16s} {name:45s} median {statistics.median(samples):7.2f} ms  p95 {p95:7.2f} ms")
        print(f"{who:16s} {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
