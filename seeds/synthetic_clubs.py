"""The therapeutic clubs' part of the synthetic data set (seeds.synthetic), for the benchmarks: six clubs of
15 seats, every seat taken today (90 active enrolments, children of open files aged 3-12 when they started),
and behind each seat its history: the children who sat in it before, each for a few months, back over about
eight school years (about 2,000 enrolments left at 100,000 files; one file in fifty), so that a month's
screens read a small part of large tables and must use their indexes. For every enrolment: its attendance on
every club and camp day of the calendar it was active (mostly present; absences with a reason, some without,
never three unexplained in a row), a charge for every month it was active on such a day (the current month
too), an exemption or a discount for a few, payments for most charges (some families in arrears), the people
allowed to collect the child. About 300 requests wait on the lists (of every route, urgency and risk; a few
pinned with a reason; some for any club; some children outside the age range), and behind the enrolments the
requests they were made from.

Inserted in bulk with SQLAlchemy Core and explicit ids (as the rest of the generator), as the owner of the
tables, in the order the guard of revision 0017 holds for the owner too: the clubs and the calendar of every
school year first, then the enrolments (left ones and active ones, the active ones at most the capacity of
their club), their collectors, attendance, adjustments, charges and payments. Dated from the real today
(seeds.synthetic passes it): deterministic for a seed on a given day. Seeded once: a database that already has
clubs gets none of this."""

from __future__ import annotations

import random
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from time import perf_counter
from typing import Any

from sqlalchemy import Connection, func, insert, select

from models.clubs import rules
from models.clubs.calendar import default_year
from models.clubs.entities import (
    Club,
    ClubAttendance,
    ClubCalendarDay,
    ClubCollector,
    ClubEnrolment,
    ClubFeeAdjustment,
    ClubFeeCharge,
    ClubPayment,
    ClubRequest,
    ClubRoute,
)
from models.codes import CLUB_CAPACITY, CLUB_FEE_AGOROT, CLUB_MAX_AGE, CLUB_MIN_AGE
from models.families.entities import FamilyFile, FamilyMember
from models.people.entities import Person
from models.users.entities import User

WHO = "seed:synthetic"
CLUB_WORKER = "syn_club"  # the synthetic club worker (seeds.synthetic._ensure_staff), who runs the clubs
BATCH_ROWS = 5_000
CLUB_NAMES = ("מועדונית הדקל", "מועדונית האלון", "מועדונית הברוש", "מועדונית הכלנית", "מועדונית המעיין",
              "מועדונית אלבוסתאן")
HISTORY_FILES = 50  # one enrolment left in the past per this many new files (2,000 at 100,000)
HISTORY_MAX = 2_000
HISTORY_DAYS = 8 * 365  # how far back the seats' history goes (at 100,000 files)
CYCLE = HISTORY_DAYS * 6 * CLUB_CAPACITY // HISTORY_MAX  # the mean days of a stay and the gap after it
WAITING_REQUESTS = 300
PINNED = (3, 10, 21)  # the waiting requests (in the order made) the club worker pinned, ranks 1, 2, 3
SAMPLE_STEP_FILES = 25_000  # the children are drawn from about this many files
EXPLAINED = ("sick", "sick", "sick", "family", "appointment", "school_event", "other")
METHODS = ("cash", "cash", "cheque", "card", "transfer", "transfer")
LEAVE_REASONS = ("goals_met", "goals_met", "age", "moved", "family_request", "non_attendance", "other")
TABLES = (Club, ClubRoute, ClubCalendarDay, ClubRequest, ClubEnrolment, ClubCollector, ClubAttendance,
          ClubFeeAdjustment, ClubFeeCharge, ClubPayment)
ATTENDANCE_COLUMNS = ("id", "enrolment_id", "file_id", "club_id", "day", "present", "reason", "note",
                      "recorded_by_id")
REASONS = ("הילד/ה נשאר/ת לבד אחרי הלימודים.", "קשיים חברתיים; זקוק/ה למסגרת אחר הצהריים.",
           "פערים לימודיים וקשיי קשב.", "מצב כלכלי קשה; אין ארוחה חמה בצהריים.")


@dataclass(frozen=True)
class ClubStats:
    clubs: int = 0
    active: int = 0
    left: int = 0
    waiting: int = 0
    attendance: int = 0
    charges: int = 0
    payments: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        return (f"{self.clubs} clubs, {self.active} children enrolled, {self.left} left, {self.waiting} waiting,"
                f" {self.attendance} attendance marks, {self.charges} charges, {self.payments} payments")


@dataclass
class _Child:
    person_id: int
    file_id: int
    worker_id: int
    born: date
    opened_on: date
    closed_on: date | None  # None: the file is open
    address: str


@dataclass
class _Enrolment:
    id: int
    club: int
    child: _Child
    starts_on: date
    left_on: date | None


def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    stmt = insert(table)
    for i in range(0, len(rows), BATCH_ROWS):
        conn.execute(stmt, rows[i:i + BATCH_ROWS])


def _insert_tuples(conn: Connection, table: Any, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Plain tuples straight to the driver's executemany: the attendance is most of the clubs' rows, and
    SQLAlchemy's per-row parameter processing cost more than SQLite's insert. The values as the driver takes
    them (on SQLite, dates as the ISO text SQLAlchemy stores there: ``_day_value``)."""
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    for i in range(0, len(rows), BATCH_ROWS):
        conn.exec_driver_sql(sql, rows[i:i + BATCH_ROWS])


def _children(conn: Connection, first_file: int, n_files: int) -> list[_Child]:
    """The children (with a birth date) of the unrestricted files with a worker from ``first_file`` on: of every
    file on a small data set, of one file in SAMPLE_STEP_FILES // files on a large one (the clubs need a
    few thousand children; reading every child of 100,000 files took most of the seed's time)."""
    step = max(1, n_files // SAMPLE_STEP_FILES)
    query = (select(Person.id, FamilyFile.id, FamilyFile.worker_id, Person.birth_date, FamilyFile.opened_on,
                    FamilyFile.status, FamilyFile.closed_on, FamilyFile.address)
             .join(FamilyMember, FamilyMember.file_id == FamilyFile.id)
             .join(Person, Person.id == FamilyMember.person_id)
             .where(FamilyFile.id >= first_file, FamilyFile.restricted.is_(False), FamilyFile.worker_id.is_not(None),
                    FamilyMember.relation == "child", Person.birth_date.is_not(None))
             .order_by(Person.id))
    if step > 1:
        query = query.where(FamilyFile.id % step == first_file % step)
    return [_Child(pid, fid, worker, born, opened, (closed or opened) if status == "closed" else None,
                   address or "")
            for pid, fid, worker, born, opened, status, closed, address in conn.execute(query).all()
            if worker is not None and born is not None]


def _parents(conn: Connection, file_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """A parent of each file (name, relation), the first by person id."""
    out: dict[int, tuple[str, str]] = {}
    ids = sorted(set(file_ids))
    for i in range(0, len(ids), 900):
        for fid, first, last, sex in conn.execute(
                select(FamilyMember.file_id, Person.first_name, Person.last_name, Person.sex)
                .join(Person, Person.id == FamilyMember.person_id)
                .where(FamilyMember.file_id.in_(ids[i:i + 900]), FamilyMember.relation == "parent")
                .order_by(FamilyMember.file_id, Person.id)).all():
            out.setdefault(fid, (f"{first} {last}", "אם" if sex == "f" else "אב"))
    return out


class _Picker:
    """Draws children for enrolments and requests at random, each child at most once."""

    def __init__(self, rng: random.Random, children: list[_Child]) -> None:
        self.rng, self.children, self.used = rng, children, set[int]()

    def take(self, ok: Callable[[_Child], bool], tries: int = 400) -> _Child | None:
        for _ in range(tries if self.children else 0):
            c = self.rng.choice(self.children)
            if c.person_id not in self.used and ok(c):
                self.used.add(c.person_id)
                return c
        return None


def seed_clubs(conn: Connection, rng: random.Random, first_file: int, today: date) -> ClubStats:
    """The clubs' rows for the files from ``first_file`` on (see the module); nothing when clubs exist."""
    t0 = perf_counter()
    if conn.scalar(select(func.count()).select_from(Club)):
        return ClubStats()
    worker = conn.scalar(select(User.id).where(User.username == CLUB_WORKER)) \
        or conn.scalar(select(User.id).where(User.role == "club_worker", User.active.is_(True)).order_by(User.id))
    if worker is None:
        raise ValueError("no club worker to run the synthetic clubs")
    n_files = conn.scalar(select(func.count()).select_from(FamilyFile).where(FamilyFile.id >= first_file)) or 0
    children = _children(conn, first_file, n_files)
    ids = {t.__tablename__: (conn.scalar(select(func.max(t.id))) or 0) + 1 for t in TABLES}
    stamp = {"version": 1, "created_by": WHO, "updated_by": WHO}

    def next_id(table: str) -> int:
        n = ids[table]
        ids[table] += 1
        return n

    # ---- the clubs, their routes -------------------------------------------------------------------------
    clubs: list[dict[str, Any]] = [{"id": next_id("clubs"), "name": name, "address": f"רחוב {name.split()[-1].removeprefix('ה')} {k + 2}",
              "phone": f"08-62{k:02d}300", "capacity": CLUB_CAPACITY, "min_age": CLUB_MIN_AGE,
              "max_age": CLUB_MAX_AGE, "hours": "א׳-ה׳ 12:00-18:00", "guide_name": "מדריכת המועדונית",
              "house_mother_name": "אם הבית", "supervisor_id": worker, "monthly_fee_agorot": CLUB_FEE_AGOROT,
              "active": True, **stamp} for k, name in enumerate(CLUB_NAMES)]
    routes = [{"id": next_id("club_routes"), "club_id": c["id"], "name": name, "stops": stops, "driver": "",
               "active": True, **stamp}
              for c in clubs for name, stops in (("הסעה א׳", "בתי הספר; המועדונית"), ("הסעה ב׳", "המועדונית; הבתים"))]
    route_of = {c["id"]: [r["id"] for r in routes if r["club_id"] == c["id"]] for c in clubs}

    # ---- who sat in each seat, back over the years ----------------------------------------------------------
    # Each seat is taken by one child after another, each for a stay of two to six months and a gap of up to a
    # month (CYCLE days on average) from about ``back`` days ago (the first child of each seat started up to a
    # cycle before that): HISTORY_MAX children left at 100,000 files over HISTORY_DAYS, fewer on a smaller set.
    seats = len(clubs) * CLUB_CAPACITY
    back = CYCLE * min(HISTORY_MAX, n_files // HISTORY_FILES) // seats
    origin = today - timedelta(days=back + CYCLE)

    # the calendar of every school year from the history's first to the current one (the guard: attendance
    # only on a club or camp day of the stored calendar)
    calendar: list[dict[str, Any]] = []
    open_days: list[date] = []
    have = set(conn.scalars(select(ClubCalendarDay.school_year).where(ClubCalendarDay.club_id.is_(None))
                            .distinct()))
    for year in range(rules.school_year_of(origin), rules.school_year_of(today) + 1):
        for day, kind, holiday in default_year(year):
            if kind != "closed":
                open_days.append(day)
            if year not in have:
                calendar.append({"id": next_id("club_calendar_days"), "school_year": year, "day": day,
                                 "club_id": None, "kind": kind, "holiday": holiday, "reason": "",
                                 "edited_by_id": None, **stamp})
    open_set = set(open_days)

    def next_open(d: date) -> date:
        """The first club or camp day from ``d`` on (``d`` itself from today on)."""
        while d not in open_set and d < today:
            d += timedelta(days=1)
        return d

    def active_days(e: _Enrolment) -> list[date]:
        """The club and camp days the enrolment was active before today."""
        end = min(today, e.left_on) if e.left_on else today
        return open_days[bisect_left(open_days, e.starts_on):bisect_left(open_days, end)]

    picker = _Picker(rng, children)

    def fits(c: _Child, starts: date, left: date | None) -> bool:
        if not CLUB_MIN_AGE <= (rules.age_on(c.born, starts) or 0) <= CLUB_MAX_AGE or c.opened_on > starts:
            return False
        return c.closed_on is None if left is None else (c.closed_on is None or c.closed_on >= left)

    enrolments: list[_Enrolment] = []
    for club in clubs:
        for _seat in range(CLUB_CAPACITY):
            t = next_open(origin + timedelta(days=rng.randrange(CYCLE)))
            while True:
                stay = rng.randint(CYCLE // 2, CYCLE * 3 // 2 - 30)
                left: date | None = next_open(t + timedelta(days=stay))
                if left is not None and left >= today:
                    left = None
                child = picker.take(partial(fits, starts=t, left=left))
                if child is None and left is None:  # the seat stays free today only if no child fits
                    break
                if child is not None:
                    enrolments.append(_Enrolment(next_id("club_enrolments"), club["id"], child, t, left))
                if left is None:
                    break
                t = next_open(left + timedelta(days=rng.randint(0, 30)))
                if t >= today:  # the seat is taken again on the day the last child left
                    t = left

    # ---- the requests: those the enrolments were made from, and the ones waiting ---------------------------
    requests: list[dict[str, Any]] = []
    request_of: dict[int, int] = {}

    def request(c: _Child, club_id: int | None, requested_on: date, status: str, **extra: Any) -> int:
        route = rng.choice(("family_worker", "family_worker", "family_worker", "intake", "school"))
        rid = next_id("club_requests")
        requests.append({
            "id": rid, "file_id": c.file_id, "person_id": c.person_id, "route": route,
            "reason": rng.choice(REASONS), "goals": "השתלבות בקבוצה, ארוחה חמה, עזרה בשיעורי הבית",
            "urgency": rng.choice(("immediate", "day", "week", "week", "routine", "routine", "routine")),
            "requested_by_id": c.worker_id if route == "family_worker" else worker, "requested_on": requested_on,
            "status": status, "referral_id": None, "preferred_club_id": club_id,
            "risk": rng.choice(("high", "medium", "medium", "low")),
            "source_name": "בית ספר יסודי האלה" if route == "school" else "",
            "source_contact": "היועצת, 08-6200000" if route == "school" else "", "pinned_rank": None,
            "rank_reason": "", "closed_on": None if status == "waiting" else requested_on + timedelta(days=20),
            "close_reason": "", "close_note": "", **stamp, **extra})
        return rid

    for e in enrolments:
        if rng.random() < 0.7:
            requested = e.starts_on - timedelta(days=rng.randint(10, 120))
            request_of[e.id] = request(e.child, e.club, requested, "enrolled", closed_on=e.starts_on)
    waiting = min(WAITING_REQUESTS, len(children) // 4)
    year_ago = today - timedelta(days=365)
    def waits(c: _Child, out_of_range: bool) -> bool:
        """A child of an open file, 3-12 years old today (or 2 or 13, ``out_of_range``)."""
        return c.closed_on is None and (rules.age_on(c.born, today) or 0) in ((2, 13) if out_of_range
                                                                              else range(3, 13))

    for n in range(waiting):
        out_of_range = n % 25 == 7  # a few too young or too old for the clubs
        c = picker.take(partial(waits, out_of_range=out_of_range))
        if c is None:
            break
        club_id = None if n % 5 == 0 else clubs[n % len(clubs)]["id"]
        pinned = {"pinned_rank": PINNED.index(n) + 1, "rank_reason": "סוכם בישיבת צוות: אח במועדונית."} \
            if n in PINNED else {}
        request(c, club_id, year_ago + timedelta(days=rng.randrange(364)), "waiting", **pinned)
    withdrawn = [r for r in requests if r["status"] == "enrolled"][: len(enrolments) // 10]
    for r in withdrawn:  # a few requests of the past that never became an enrolment
        c = picker.take(lambda _c: True)
        if c is None:
            break
        request(c, r["preferred_club_id"], r["requested_on"], "withdrawn", close_reason="family_declined")

    # ---- each enrolment's rows: collectors, attendance, adjustment, charges, payments -----------------------
    month_end = rules.month_end(today) + timedelta(days=1)
    rows: dict[str, list[dict[str, Any]]] = {t.__tablename__: [] for t in TABLES[4:]}
    attendance: list[tuple[Any, ...]] = []  # ATTENDANCE_COLUMNS
    sqlite = conn.dialect.name == "sqlite"
    day_value: dict[date, Any] = {d: d.isoformat() if sqlite else d for d in open_days}
    parents = _parents(conn, (e.child.file_id for e in enrolments))
    for e in enrolments:
        c = e.child
        rows["club_enrolments"].append({
            "id": e.id, "file_id": c.file_id, "person_id": c.person_id, "club_id": e.club,
            "request_id": request_of.get(e.id), "starts_on": e.starts_on, "ends_on": None,
            "goals": "השתלבות בקבוצה", "diet": "צמחוני" if rng.random() < 0.05 else "",
            "allergies": "אלרגיה לבוטנים" if rng.random() < 0.05 else "", "school": "בית ספר יסודי",
            "route_id": rng.choice(route_of[e.club]), "dropoff_address": c.address if rng.random() < 0.7 else "",
            "consent_signed": True, "consent_on": e.starts_on, "age_override_reason": "", "left_on": e.left_on,
            "leave_reason": rng.choice(LEAVE_REASONS) if e.left_on else "", "leave_note": "",
            "enrolled_by_id": worker, **stamp})
        if c.file_id in parents:
            name, relation = parents[c.file_id]
            rows["club_collectors"].append({"id": next_id("club_collectors"), "enrolment_id": e.id,
                                            "file_id": c.file_id, "position": 1, "name": name,
                                            "relation": relation, "phone": "", "id_number": ""})
        days = active_days(e)
        run = 0  # unexplained absences in a row: never three (no task in the synthetic data)
        for d in days:
            draw = rng.random()
            present, reason = draw < 0.88, ""
            if not present and (draw < 0.97 or run == 2):
                reason = rng.choice(EXPLAINED)
            run = run + 1 if not present and not reason else 0
            attendance.append((ids["club_attendance"], e.id, c.file_id, e.club, day_value[d], present, reason, "",
                               worker))
            ids["club_attendance"] += 1
        this_month = [d for d in open_days[bisect_left(open_days, today):bisect_left(open_days, month_end)]
                      if e.left_on is None]  # the rest of this month: charged too
        months = [date(y, m, 1) for y, m in sorted({(d.year, d.month) for d in (*days, *this_month)})]
        if not months:
            continue
        adjusted: str | None = None  # FEE_ADJUSTMENT_KINDS
        discount, adjustment = 0, None
        draw = rng.random()
        if draw < 0.13:
            adjusted = "exemption" if draw < 0.05 else "discount"
            discount = 0 if adjusted == "exemption" else rng.choice((3_000, 5_000, 6_500))
            adjustment = next_id("club_fee_adjustments")
            rows["club_fee_adjustments"].append({
                "id": adjustment, "enrolment_id": e.id, "file_id": c.file_id, "kind": adjusted,
                "discount_agorot": discount, "from_month": months[0], "to_month": None,
                "reason": "החלטת העו\"ס לפי מבחן הכנסה", "decided_by_id": worker, "decided_on": e.starts_on})
        debtor = rng.random() < 0.12  # the family stopped paying some months before the last
        stop = len(months) - rng.randint(1, 4) if debtor else len(months)
        for k, m in enumerate(months):
            fee, off = rules.month_fee(CLUB_FEE_AGOROT, adjusted, discount)
            rows["club_fee_charges"].append({
                "id": next_id("club_fee_charges"), "enrolment_id": e.id, "file_id": c.file_id, "club_id": e.club,
                "month": m, "fee_agorot": fee, "discount_agorot": off, "amount_agorot": fee - off,
                "adjustment_id": adjustment, "charged_by_id": worker,
                "charged_at": datetime.combine(max(m, e.starts_on), time(9, 0), tzinfo=UTC)})
            paid_on = m + timedelta(days=rng.randint(3, 40))
            if fee - off > 0 and k < stop and paid_on <= today:
                rows["club_payments"].append({
                    "id": next_id("club_payments"), "enrolment_id": e.id, "file_id": c.file_id, "club_id": e.club,
                    "paid_on": paid_on, "amount_agorot": fee - off, "method": rng.choice(METHODS),
                    "receipt_no": f"{paid_on:%y%m}-{ids['club_payments'] % 10_000:04d}", "note": "",
                    "recorded_by_id": worker, "recorded_at": datetime.combine(paid_on, time(10, 0), tzinfo=UTC)})

    _insert(conn, Club.__table__, clubs)
    _insert(conn, ClubRoute.__table__, routes)
    _insert(conn, ClubCalendarDay.__table__, calendar)
    _insert(conn, ClubRequest.__table__, requests)
    # the left enrolments first, then the seats taken today (the guard counts a club's active enrolments)
    rows["club_enrolments"].sort(key=lambda r: (r["left_on"] is None, r["id"]))
    for table in TABLES[4:]:
        if table is ClubAttendance:
            _insert_tuples(conn, table.__table__, ATTENDANCE_COLUMNS, attendance)
        else:
            _insert(conn, table.__table__, rows[table.__tablename__])
    if conn.dialect.name == "postgresql":  # explicit ids: move the sequences past them
        for name in (model.__tablename__ for model in TABLES):
            conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                 f"(SELECT coalesce(max(id), 1) FROM {name}))")
    active = sum(1 for e in enrolments if e.left_on is None)
    return ClubStats(len(clubs), active, len(enrolments) - active, sum(r["status"] == "waiting" for r in requests),
                     len(attendance), len(rows["club_fee_charges"]), len(rows["club_payments"]),
                     perf_counter() - t0)


