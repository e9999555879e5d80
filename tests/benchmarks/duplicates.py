"""The duplicate check's benchmark rows (issue 8: median <= 10 ms, p95 <= 40 ms through the service over
300,000 persons, on SQLite and on PostgreSQL as an intake worker's login). The inputs are what an intake
worker types, sampled from the data set: an exact ID number, a phone, a common surname with a first name and
birth date (כהן, לוי), a rare name misspelt, an Arabic name in Hebrew letters spelt otherwise, the name in
Arabic script, the Latin spelling spelt otherwise; each with the birth date where a worker would have it.

``python -m tests.benchmarks.duplicates --families N [--postgres]`` runs them alone on a fresh synthetic
database (development); ``tests.benchmarks.run`` calls ``measure_duplicates``."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from models.db import Database
from models.people.dto import PersonInput
from models.people.entities import Person, PersonPhone
from models.services import Services
from models.users.dto import CurrentUser
from seeds import reference as ref

KINDS = ("exact ID", "phone", "common surname + first name + birth date", "rare name misspelt",
         "Arabic name in Hebrew letters", "Arabic script", "Latin")
PER_KIND = 15
_ARAB_VARIANTS = {"מוחמד": "מחמד", "אחמד": "אחמאד", "חסן": "חסאן", "עלי": "עאלי", "סמיר": "סמייר",
                  "ח'אלד": "חאלד", "איברהים": "אברהים", "יוסף": "יוסוף", "עומר": "עמר", "כרים": "קרים"}
_LATIN_VARIANTS = {"Muhammad": "Mohammed", "Ahmad": "Ahmed", "Hasan": "Hassan", "Husein": "Hussein",
                   "Yusuf": "Youssef", "Khaled": "Khalid", "Cohen": "Kohen", "Levi": "Levy", "Omar": "Umar"}


def _misspell(name: str, rng: random.Random) -> str:
    """A spelling a worker might type: a vowel letter dropped or added, or a letter lost."""
    inner = [i for i, ch in enumerate(name) if ch in "וי" and 0 < i < len(name) - 1]
    if inner:
        i = rng.choice(inner)
        return name[:i] + name[i + 1:]
    if len(name) > 2:
        return name[:2] + "י" + name[2:]
    return name + "ה"


def duplicate_inputs(db: Database, seed: int = 7) -> dict[str, list[tuple[PersonInput, str]]]:
    """(input, address) per kind, sampled from the data set."""
    rng = random.Random(seed)
    common_last = {he for he, _lat in ref.JEWISH_LAST[:2]}
    with db.session() as s:
        people = s.execute(select(Person.id_number, Person.first_name, Person.last_name, Person.first_name_ar,
                                  Person.last_name_ar, Person.first_name_lat, Person.last_name_lat,
                                  Person.birth_date).order_by(Person.id)).all()
        phones = s.scalars(select(PersonPhone.number).order_by(PersonPhone.person_id).limit(5000)).all()
    counts: dict[str, int] = {}
    for p in people:
        counts[p.last_name] = counts.get(p.last_name, 0) + 1
    ordered = sorted(counts.values())
    rare = ordered[len(ordered) // 3] if ordered else 0  # the third of the surnames fewest persons have
    out: dict[str, list[tuple[PersonInput, str]]] = {k: [] for k in KINDS}
    sample = rng.sample(list(people), min(len(people), 40_000))

    def add(kind: str, data: PersonInput) -> None:
        if len(out[kind]) < PER_KIND:
            out[kind].append((data, ""))

    for p in sample:
        born: date | None = p.birth_date
        add("exact ID", PersonInput(first_name="", last_name="", id_number=p.id_number))
        if p.last_name in common_last:
            add("common surname + first name + birth date", PersonInput(p.first_name, p.last_name, birth_date=born))
        if counts.get(p.last_name, 0) <= rare and not p.last_name_ar:
            add("rare name misspelt", PersonInput(p.first_name, _misspell(p.last_name, rng), birth_date=born))
        if p.first_name in _ARAB_VARIANTS:
            add("Arabic name in Hebrew letters", PersonInput(_ARAB_VARIANTS[p.first_name], p.last_name, birth_date=born))
        if p.first_name_ar:
            add("Arabic script", PersonInput(p.first_name_ar, p.last_name_ar, birth_date=born))
        if p.first_name_lat and (p.first_name_lat in _LATIN_VARIANTS or p.last_name_lat in _LATIN_VARIANTS):
            add("Latin", PersonInput("", "", first_name_lat=_LATIN_VARIANTS.get(p.first_name_lat, p.first_name_lat),
                                     last_name_lat=_LATIN_VARIANTS.get(p.last_name_lat, p.last_name_lat),
                                     birth_date=born))
    for number in rng.sample(list(phones), min(PER_KIND, len(phones))):
        out["phone"].append((PersonInput(first_name="", last_name="", phones=(number,)), ""))
    return out


def measure_duplicates(db: Database, user: CurrentUser, repeat: int = 5,
                       add: Callable[[str, list[float], str], None] | None = None,
                       inputs: dict[str, list[tuple[PersonInput, str]]] | None = None,
                       cpu: list[float] | None = None) -> list[float]:
    """Every kind of input through PeopleService.duplicates as ``user``; ``add(kind, samples_ms, note)``
    receives each kind's samples; returns all samples. Each input is checked to find its person (a check
    that finds nothing fast would measure nothing)."""
    svc = Services(db, user)
    inputs = inputs if inputs is not None else duplicate_inputs(db)
    every: list[float] = []
    for kind in KINDS:
        samples: list[float] = []
        found = 0
        for data, address in inputs[kind]:
            got = svc.people.duplicates(data, address=address)  # warm-up, and the result checked
            found += bool(got)
            for _ in range(repeat):
                t, c = time.perf_counter(), time.process_time()
                svc.people.duplicates(data, address=address)
                samples.append((time.perf_counter() - t) * 1000)
                if cpu is not None:  # this process's CPU only (SQLite: all of it; PostgreSQL: the client's)
                    cpu.append((time.process_time() - c) * 1000)
        every += samples
        if add is not None and samples:
            add(kind, samples, f"n={len(samples)}; {found}/{len(inputs[kind])} inputs found candidates")
    return every


def _main(argv: list[str]) -> int:
    from models.db import make_engine
    from models.migrate import upgrade
    from models.users.auth import to_current_user
    from models.users.service import add_user_row
    from seeds.synthetic import seed_synthetic

    ap = argparse.ArgumentParser()
    ap.add_argument("--families", type=int, default=10_000)
    ap.add_argument("--url", default="sqlite:////tmp/maane-dedup-bench.sqlite")
    ap.add_argument("--login", default="", help="PostgreSQL: connect as this login (an intake worker)")
    ap.add_argument("--seed", action="store_true", help="migrate and seed first")
    ap.add_argument("--kind", action="append", default=[], help="only these kinds of input")
    args = ap.parse_args(argv)
    engine = make_engine(args.url)
    db = Database(engine)
    if args.seed:
        upgrade(engine)
        print(seed_synthetic(db, families=args.families), file=sys.stderr)
    with db.session() as s:
        from models.users.entities import User

        name = args.login or "bench_intake"
        u = s.scalar(select(User).where(User.username == name))
        if u is None:
            u = add_user_row(s, username=name, full_name="אינטייק מדידה", role="intake_worker", team=None,
                             password=None, who="bench")
            s.flush()
        user = to_current_user(u)
    if args.login:
        from sqlalchemy.engine import make_url

        db = Database(make_engine(make_url(args.url).set(username=args.login, password=None)
                                  .render_as_string(hide_password=False)))

    def show(kind: str, samples: list[float], note: str) -> None:
        ordered = sorted(samples)
        p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
        print(f"{kind:45s} median {statistics.median(samples):6.2f} ms  p95 {p95:6.2f} ms  {note}")

    cpu: list[float] = []
    inputs = duplicate_inputs(db)
    if args.kind:
        inputs = {k: (v if k in args.kind else []) for k, v in inputs.items()}
    every = measure_duplicates(db, user, add=show, cpu=cpu, inputs=inputs)
    show("all", every, "")
    show("all, this process's CPU time", cpu, "")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
