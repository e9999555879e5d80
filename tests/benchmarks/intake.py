"""The intake queue's benchmark rows (issue 8: the queue with 5,000 open referrals shows its first rows in
<= 150 ms, through the service, as an intake worker; on PostgreSQL as her own login, under row-level
security). What the queue page calls when it opens: ``intake.queue()`` (its first 500 rows, overdue first,
then by urgency, then oldest) and ``intake.counts()``.

The referrals are written straight into the tables (5,000 open ones of every urgency, a quarter overdue, and
1,000 closed ones), each about one to three persons of the synthetic register: the service would take
minutes to register them one by one, and what is measured is the reading.

``python -m tests.benchmarks.intake --families N [--url URL] [--login LOGIN]`` runs them alone on a fresh
synthetic database (development); ``tests.benchmarks.run`` calls ``seed_referrals`` and ``measure_queue``."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import insert, select

from models.codes import REFERRAL_CHANNELS, REFERRAL_SOURCES, URGENCIES
from models.db import Database
from models.department.entities import DEFAULT_RESPONSE_DAYS
from models.intake.entities import URGENCY_RANK, Referral, ReferralPerson
from models.people.entities import Person
from models.services import Services
from models.users.dto import CurrentUser

OPEN_REFERRALS = 5000
CLOSED_REFERRALS = 1000
QUEUE_TARGET_MS = 150.0


def seed_referrals(db: Database, intake_worker_id: int, *, open_: int = OPEN_REFERRALS,
                   closed: int = CLOSED_REFERRALS, seed: int = 8) -> None:
    """``open_`` open referrals (received within the last 60 days, every urgency; those past their
    response days are overdue) and ``closed`` closed ones (no intervention), each with one to three persons
    of the register. Written as the table's owner."""
    rng = random.Random(seed)
    today = date.today()
    with db.session() as s:
        persons = list(s.scalars(select(Person.id).order_by(Person.id).limit(20_000)))
        counters: dict[int, int] = {}
        rows = []
        for i in range(open_ + closed):
            received = today - timedelta(days=rng.randrange(60))
            urgency = rng.choices(URGENCIES, weights=(1, 2, 4, 8))[0]
            year = received.year
            counters[year] = counters.get(year, 0) + 1
            is_closed = i >= open_
            rows.append({
                "number": f"{year:04d}/{counters[year]:04d}", "received_on": received,
                "channel": rng.choice(REFERRAL_CHANNELS), "source": rng.choice(REFERRAL_SOURCES),
                "referrer_name": "", "referrer_role": "", "referrer_organisation": "", "referrer_phone": "",
                "problem": f"פנייה לבדיקת ביצועים מספר {i}\nפרטים נוספים", "urgency": urgency,
                "urgency_rank": URGENCY_RANK[urgency], "notes": "", "intake_worker_id": intake_worker_id,
                "status": "closed" if is_closed else "open", "outcome": "no_intervention" if is_closed else "",
                "decided_on": today if is_closed else None,
                "decided_by_id": intake_worker_id if is_closed else None, "file_id": None, "elsewhere_service": "",
                "elsewhere_detail": "", "no_intervention_reason": "resolved" if is_closed else "",
                "outcome_note": "", "handed_to_id": None, "task_id": None,
                "due_by": received + timedelta(days=DEFAULT_RESPONSE_DAYS[urgency]),
                "version": 1, "created_by": "bench", "updated_by": "bench",
            })
        ids = list(s.scalars(insert(Referral).returning(Referral.id), rows))
        links = []
        for rid in ids:
            for pid in rng.sample(persons, rng.randint(1, 3)):
                links.append({"referral_id": rid, "person_id": pid, "relation": rng.choice(("parent", "child"))})
        s.execute(insert(ReferralPerson), links)


def measure_queue(db: Database, user: CurrentUser, repeat: int = 30) -> dict[str, list[float]]:
    """Milliseconds of: the queue page's first load (queue + counts), the queue alone, the counts alone, a
    filtered queue (one source). The first run of each is a warm-up, not counted."""
    svc = Services(db, user)
    intake = svc.intake

    def timed(fn: Callable[[], object]) -> list[float]:
        fn()
        out = []
        for _ in range(repeat):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
        return out

    rows = intake.queue()
    assert len(rows) == 500 and rows[0].overdue, "the queue's first page: overdue first"
    from models.intake.dto import QueueFilter

    return {
        "intake queue first rows (queue + counts), 5,000 open": timed(lambda: (intake.queue(), intake.counts())),
        "  the queue's 500 rows alone": timed(intake.queue),
        "  the counts per urgency alone": timed(intake.counts),
        "  filtered by a source": timed(lambda: intake.queue(QueueFilter(source="school"))),
    }


def intake_user(db: Database, username: str = "bench_queue") -> CurrentUser:
    """An intake worker of the data set (made if missing)."""
    from models.users.auth import to_current_user
    from models.users.entities import User
    from models.users.service import add_user_row

    with db.session() as s:
        u = s.scalar(select(User).where(User.username == username))
        if u is None:
            u = add_user_row(s, username=username, full_name="אינטייק תור", role="intake_worker", team=None,
                             password=None, who="bench")
            s.flush()
        return to_current_user(u)


def _main(argv: list[str]) -> int:
    from models.db import make_engine
    from models.migrate import upgrade
    from seeds.synthetic import seed_synthetic

    ap = argparse.ArgumentParser()
    ap.add_argument("--families", type=int, default=5_000)
    ap.add_argument("--url", default="sqlite:////tmp/maane-queue-bench.sqlite")
    ap.add_argument("--login", default="", help="PostgreSQL: connect as this login (an intake worker)")
    ap.add_argument("--seed", action="store_true", help="migrate and seed first")
    args = ap.parse_args(argv)
    engine = make_engine(args.url)
    db = Database(engine)
    if args.seed:
        upgrade(engine)
        print(seed_synthetic(db, families=args.families), file=sys.stderr)
    user = intake_user(db, args.login or "bench_queue")
    if args.seed:
        seed_referrals(db, user.id)
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    if args.login:
        from sqlalchemy.engine import make_url

        db = Database(make_engine(make_url(args.url).set(username=args.login, password=None)
                                  .render_as_string(hide_password=False)))
    for name, samples in measure_queue(db, user).items():
        ordered = sorted(samples)
        p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
        print(f"{name:55s} median {statistics.median(samples):7.2f} ms  p95 {p95:7.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
