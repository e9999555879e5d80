"""The demo department's six therapeutic clubs (seeds/demo.py calls ``seed_clubs``), loaded through
ClubService as the club worker (rawiya) and the family workers would have entered them, dated from the real
today (``models.clubs.rules.today()``):

- six clubs with invented names, addresses, hours, a guide and a house mother each (one club in the Arab
  neighbourhood, its guide Arabic-speaking), rawiya supervising, 130 NIS a month, two transport routes each;
- the current school year's calendar (and the years the fees and attendance below touch), stored through the
  service as the clubs' screens would store it;
- 10-15 children enrolled in each club (the first club full), with diets, allergies, schools, routes, the
  people allowed to collect them and consent; three children who left in the past months; one child who
  started in the middle of this month;
- waiting requests by all three routes (the family's worker, intake, a school), of every urgency and risk,
  one pinned to the top of the full club's list with a reason, one of a child older than the clubs' range;
- attendance of the club and camp days of this month before today (mostly present, some absences with a
  reason, a few unexplained), and one child of the first club absent without a reason on the last two
  recorded days: recording a third raises a task for the family's worker;
- the fees of the three months before this one charged (an exemption and a discount decided with a reason),
  most of them paid; a few families in arrears.

The service reads "today" from ``models.clubs.rules.today``; to enter each past step on its own day (a
request filed, a child enrolled, a day's attendance, a month charged, a payment), the seed moves that clock
for the step (``_clock``) and puts it back. Deterministic for a given day: random.Random(2610)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from models.clubs import rules
from models.clubs.dto import (
    AdjustmentInput,
    AttendanceMark,
    ClubInput,
    CollectorInput,
    EnrolInput,
    PaymentInput,
    RequestInput,
    RouteInput,
)
from models.clubs.entities import ClubRequest
from models.db import Database
from models.families.entities import FamilyFile, FamilyMember
from models.people.entities import Person, PersonPhone
from models.services import Services
from models.users.dto import CurrentUser
from seeds.generate import phone

SEED = 2610
HOURS = "א׳-ה׳ 12:00-18:00"
CLUB_WORKER = "rawiya"
# name, address, guide, house mother, phone, in the Arab neighbourhood (its children of Arabic-speaking families)
CLUBS: tuple[tuple[str, str, str, str, str, bool], ...] = (
    ("מועדונית הגפן", "רחוב הגפן 14, שכונת הגפן, עין הבשור", "מיטל אורבך", "שולמית דהרי", "08-6210140", False),
    ("מועדונית השקד", "רחוב השקד 3, נווה שקד, עין הבשור", "הילה נחמיאס", "זהבה טוויטו", "08-6210141", False),
    ("מועדונית הרימון", "רחוב הרימון 27, רמת הבשור, עין הבשור", "ליאת גרוסברד", "מרים אלקיים", "08-6210142",
     False),
    ("מועדונית התאנה", "רחוב התאנה 9, העיר העתיקה, עין הבשור", "שני פרידנזון", "אסנת בוזגלו", "08-6210143",
     False),
    ("מועדונית הנרקיס", "רחוב הנרקיס 40, גבעת הרקפות, עין הבשור", "רוני ויינברגר", "חנה מלכיאלי", "08-6210144",
     False),
    ("מועדונית אלזיתון", "רחוב אלנור 6, שכונת אלזיתון, עין הבשור", "סמאח אבו-ג'ריס", "ח'דיג'ה נסאסרה",
     "08-6210145", True),
)
ENROLLED = (15, 12, 13, 11, 14, 10)  # active enrolments per club: the first club is full
WAITING = (5, 2, 1, 2, 1, 2)  # waiting requests for each club (and two for any club)
CHARGED_MONTHS = 3  # the months before this one whose fees are charged
SCHOOLS = ("בית ספר יסודי הגפן", "בית ספר יסודי האלה", "בית ספר נווה שקד", "בית ספר יסודי הבשור",
           "בית ספר המעיין", "גן חובה רימון", "גן חובה כלנית")
ARAB_SCHOOLS = ("مدرسة النور الابتدائية", "مدرسة الزيتون", "روضة الزهور")
DIETS = ("צמחוני", "כשר למהדרין", "ללא גלוטן", "ללא מוצרי חלב", "حلال")
ALLERGIES = ("אלרגיה לבוטנים (אפיפן בתיק)", "אלרגיה לשומשום", "אלרגיה לביצים", "אסתמה; משאף בתיק")
REQUEST_REASONS = (
    "הילד נשאר לבד אחרי הלימודים; ההורים עובדים עד שעות הערב.",
    "קשיים חברתיים ובדידות; זקוק/ה למסגרת מוגנת אחר הצהריים.",
    "פערים לימודיים וקשיי קשב; ההורים מתקשים לתת מענה בבית.",
    "מצב כלכלי קשה במשפחה; הילד/ה לא מקבל/ת ארוחה חמה בצהריים.",
    "התנהגות מתפרצת בבית הספר; ההמלצה של היועצת: מסגרת טיפולית.",
)
GOALS = ("חיזוק הביטחון העצמי והשתלבות בקבוצה", "סיוע בשיעורי הבית וצמצום פערים", "ארוחה חמה ושגרה יומית",
         "ויסות רגשי ועבודה על גבולות")
EXPLAINED = ("sick", "sick", "family", "appointment", "school_event", "other")
METHODS = ("cash", "cash", "cheque", "card", "transfer", "transfer")


@dataclass
class _Child:
    file_id: int
    worker_id: int
    person_id: int
    first_name: str
    birth_date: date
    arab: bool
    address: str
    parents: list[tuple[str, str, str]] = field(default_factory=list)  # name, relation, phone


@contextmanager
def _clock(day: date) -> Iterator[None]:
    """The clubs' today is ``day`` inside the block."""
    saved = rules.today
    rules.today = lambda: day
    try:
        yield
    finally:
        rules.today = saved


def _month(d: date, back: int = 0) -> date:
    """The first day of ``d``'s month, ``back`` months earlier."""
    k = d.year * 12 + d.month - 1 - back
    return date(k // 12, k % 12 + 1, 1)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _children(db: Database) -> list[_Child]:
    """The children of open, unrestricted files with a worker (the club worker sees them), by file and
    person id, with their parents' names and first phones."""
    with db.session() as s:
        taken = set(s.scalars(select(ClubRequest.person_id)))  # e.g. intake's club request of the demo
        rows = s.execute(
            select(FamilyFile.id, FamilyFile.worker_id, FamilyFile.address, FamilyMember.relation, Person.id,
                   Person.first_name, Person.last_name, Person.birth_date, Person.sex, Person.preferred_language)
            .join(FamilyMember, FamilyMember.file_id == FamilyFile.id)
            .join(Person, Person.id == FamilyMember.person_id)
            .where(FamilyFile.status == "open", FamilyFile.restricted.is_(False), FamilyFile.worker_id.is_not(None))
            .order_by(FamilyFile.id, Person.id)).all()
        phones: dict[int, str] = {}
        for pid, number in s.execute(select(PersonPhone.person_id, PersonPhone.number)
                                     .order_by(PersonPhone.person_id, PersonPhone.position)):
            phones.setdefault(pid, number)
    parents: dict[int, list[tuple[str, str, str]]] = {}
    arab: set[int] = set()
    kids: list[_Child] = []
    for file_id, worker_id, address, relation, pid, first, last, born, sex, lang in rows:
        if relation == "parent":
            parents.setdefault(file_id, []).append((f"{first} {last}", "אם" if sex == "f" else "אב",
                                                   phones.get(pid, "")))
            if lang == "ar":
                arab.add(file_id)
        elif relation == "child" and born is not None and worker_id is not None and pid not in taken:
            kids.append(_Child(file_id, worker_id, pid, first, born, False, address or ""))
    for k in kids:
        k.arab = k.file_id in arab
        k.parents = parents.get(k.file_id, [])
    return kids


class _Seeder:
    """Collects the steps, each on its own day, then runs them in order with the clubs' clock on that day."""

    def __init__(self, svc: dict[str, Services], users: dict[str, CurrentUser], today: date) -> None:
        self.svc, self.users, self.today = svc, users, today
        self.clubs = svc[CLUB_WORKER].clubs
        self.by_id = {u.id: name for name, u in users.items()}
        self.rng = random.Random(SEED)
        self.steps: list[tuple[date, int, int, Callable[[], object]]] = []
        self.enrolments: dict[int, int] = {}  # person id -> enrolment id
        self.requests: dict[int, int] = {}  # person id -> request id
        self.unexplained: set[int] = set()  # enrolments absent without a reason on their last recorded day
        self.charged: dict[tuple[int, date], int] = {}  # (enrolment id, month) -> the month's charge

    def at(self, day: date, order: int, step: Callable[[], object]) -> None:
        """``step`` on ``day`` (never after today); ``order`` sorts the steps of one day."""
        self.steps.append((min(day, self.today), order, len(self.steps), step))

    def run(self) -> None:
        for day, _order, _n, step in sorted(self.steps, key=lambda s: s[:3]):
            with _clock(day):
                step()

    def worker_clubs(self, child: _Child):  # the family's worker's ClubService
        return self.svc[self.by_id.get(child.worker_id, CLUB_WORKER)].clubs

    # ---- steps ----------------------------------------------------------------------------------------------
    def request(self, child: _Child, club_id: int | None, route: str, urgency: str, risk: str, day: date) -> None:
        rng = self.rng
        source = ("", "")
        if route == "school":
            source = (("مدرسة النور الابتدائية" if child.arab else "בית ספר יסודי האלה"),
                      ("المستشارة رنا، " if child.arab else "היועצת אורנה, ") + phone(rng))
        reason, goals = rng.choice(REQUEST_REASONS), rng.choice(GOALS)

        def step() -> None:
            who = {"school": CLUB_WORKER, "intake": "noa"}.get(route)
            clubs = self.svc[who].clubs if who else self.worker_clubs(child)
            r = clubs.request_club(RequestInput(
                file_id=child.file_id, person_id=child.person_id, route=route, reason=reason, goals=goals,
                urgency=urgency, risk=risk, preferred_club_id=club_id, source_name=source[0],
                source_contact=source[1]))
            self.requests[child.person_id] = r.id
        self.at(day, 0, step)

    def enrol(self, club, child: _Child, starts: date, j: int, from_request: bool) -> None:
        rng = self.rng
        allergies = ALLERGIES[j % len(ALLERGIES)] if j % 5 == 2 else ""
        diet = ("حلال" if child.arab else DIETS[j % 4]) if j % 6 == 3 else ""
        school = rng.choice(ARAB_SCHOOLS if child.arab else SCHOOLS)
        collected = j % 3 == 0  # collected at the club by a parent or a grandparent: no ride home
        collectors = tuple(CollectorInput(name, relation, tel) for name, relation, tel in child.parents[:2])
        if j % 4 == 0:
            collectors += (CollectorInput(("סבתא סועאד" if child.arab else "סבתא אסתר"), "סבתא", phone(rng)),)
        consent = j % 7 != 5  # a form or two still to be signed
        goals = GOALS[j % len(GOALS)]

        def step() -> None:
            e = self.clubs.enrol(EnrolInput(
                club_id=club.id, file_id=child.file_id, person_id=child.person_id, starts_on=starts,
                request_id=self.requests.get(child.person_id) if from_request else None, goals=goals,
                diet=diet, allergies=allergies, school=school, route_id=club.routes[0].id,
                dropoff_address="" if collected else child.address, consent_signed=consent,
                consent_on=starts if consent else None, collectors=collectors))
            self.enrolments[child.person_id] = e.id
        self.at(starts, 1, step)

    def leave(self, child: _Child, left_on: date, reason: str) -> None:
        def step() -> None:
            e = self.clubs.enrolment(self.enrolments[child.person_id])
            self.clubs.leave(e.id, e.version, left_on, reason, "סוכם עם ההורים ועם העו\"ס המטפלת.")
        self.at(left_on, 2, step)

    def pin(self, child: _Child) -> None:
        def step() -> None:
            r = self.clubs.request(self.requests[child.person_id])
            self.clubs.pin_request(r.id, r.version, 1, "אחיו הגדול במועדונית; האם מאושפזת לסירוגין. "
                                                       "סוכם בישיבת צוות עם העו\"ס המטפלת.")
        self.at(self.today, 3, step)

    def adjust(self, child: _Child, kind: str, month: date, discount: int, reason: str) -> None:
        self.at(month, 0, lambda: self.clubs.adjust_fee(AdjustmentInput(
            self.enrolments[child.person_id], kind, month, reason, discount_agorot=discount)))

    def charge(self, month: date) -> None:
        """The month charged on its last day; what each enrolment was charged read from the month's closing
        list (the payments pay it)."""
        def step() -> None:
            self.clubs.charge_month(month)
            for row in self.clubs.month_closing(month).rows:
                self.charged[(row.enrolment_id, month)] = row.charged_agorot
        self.at(_month(month, -1) - timedelta(days=1), 5, step)

    def pay(self, child: _Child, month: date, paid_on: date) -> None:
        """The month's charge of the child's enrolment paid in full (nothing when there is none: an
        exemption, or the child had left)."""
        method = self.rng.choice(METHODS)
        receipt = f"{paid_on:%y%m}-{self.rng.randrange(1000, 9999)}"

        def step() -> None:
            owed = self.charged.get((self.enrolments[child.person_id], month), 0)
            if owed > 0:
                self.clubs.record_payment(PaymentInput(child.file_id, child.person_id, paid_on, owed, method,
                                                       receipt_no=receipt))
        self.at(paid_on, 6, step)

    def attendance(self, club_id: int, day: date, streak: int | None, last_two: bool) -> None:
        """The day's attendance: mostly present, some absences with a reason, a few without (never two in a
        row, but for the ``streak`` child, absent without a reason on the last two recorded days)."""
        draws = [self.rng.random() for _ in range(40)]

        def step() -> None:
            sheet = self.clubs.attendance_day(club_id, day)
            marks = []
            for row, r in zip(sheet.rows, draws, strict=False):
                if row.person_id == streak:
                    absent = last_two
                    mark = AttendanceMark(row.enrolment_id, not absent)
                elif r < 0.87 or (r >= 0.965 and row.enrolment_id in self.unexplained):
                    absent, mark = False, AttendanceMark(row.enrolment_id, True)
                elif r < 0.965:
                    absent = False  # explained: not part of a streak
                    mark = AttendanceMark(row.enrolment_id, False, EXPLAINED[int(r * 1000) % len(EXPLAINED)])
                else:
                    absent, mark = True, AttendanceMark(row.enrolment_id, False)
                (self.unexplained.add if absent else self.unexplained.discard)(row.enrolment_id)
                marks.append(mark)
            self.clubs.save_attendance(club_id, day, tuple(marks), sheet.token)
        self.at(day, 4, step)


def seed_clubs(db: Database, svc: dict[str, Services], users: dict[str, CurrentUser]) -> None:
    today = rules.today()
    seeder = _Seeder(svc, users, today)
    rng, club_worker = seeder.rng, seeder.clubs

    # ---- the clubs, their routes; the calendar of the school years the data touches ---------------------
    clubs = []
    for name, address, guide, mother, tel, _arab in CLUBS:
        street = address.split(",")[0].removeprefix("רחוב ")
        clubs.append(club_worker.save_club(None, ClubInput(
            name=name, address=address, phone=tel, hours=HOURS, guide_name=guide, house_mother_name=mother,
            supervisor_id=users[CLUB_WORKER].id,
            routes=(RouteInput(None, "הסעה א׳ – מבתי הספר", f"בית ספר יסודי הגפן; בית ספר האלה; {name}",
                               f"יעקב (נהג) {phone(rng)}"),
                    RouteInput(None, "הסעה ב׳ – הביתה", f"{name}; רחוב {street}; מרכז העיר; שכונת האלה",
                               f"מוחמד (נהג) {phone(rng)}"))), None))
    first_day = today - timedelta(days=330)
    days: set[date] = set()  # every club or camp day from first_day to today
    for year in sorted({rules.school_year_of(first_day), rules.school_year_of(today)}):
        days |= {d.day for d in club_worker.calendar(year) if d.kind != "closed"}
    open_days = sorted(d for d in days if first_day <= d <= today)
    this_month = _month(today)
    recorded = [d for d in open_days if this_month <= d < today]
    if len(recorded) < 4:  # early in a month (or in August): last month's last days too, so a streak shows
        recorded = [d for d in open_days if d < today][-4:]
    before = [d for d in open_days if d < this_month] or open_days[:1]

    # ---- who goes where: enrolments (three left since), requests that led to them -------------------------
    kids = _children(db)
    rng.shuffle(kids)
    fits = [k for k in kids if 4 <= _age(k.birth_date, today) <= 11]
    pools = {True: [k for k in fits if k.arab], False: [k for k in fits if not k.arab]}
    older = next(k for k in kids if 13 <= _age(k.birth_date, today) <= 14 and not k.arab)
    enrolled: list[list[tuple[_Child, date]]] = []  # per club: the children who stay, and their start
    everyone: list[tuple[_Child, date]] = []  # and those who left
    leavers = {1: "goals_met", 3: "moved", 4: "family_request"}
    for i, club in enumerate(clubs):
        pool = pools[CLUBS[i][5]]
        stay: list[tuple[_Child, date]] = []
        for j in range(ENROLLED[i] + (i in leavers)):
            child = pool.pop()
            starts = rng.choice(before[:-20] or before)
            if i == 2 and j == 0 and len(recorded) >= 3:  # started this month: the grid shows "-" before
                starts = recorded[len(recorded) // 2]
            from_request = j % 4 == 1
            if from_request:  # filed by the family's worker a few weeks before
                seeder.request(child, club.id, "family_worker", rng.choice(("week", "routine")),
                               rng.choice(("medium", "low")), starts - timedelta(days=rng.randint(10, 40)))
            seeder.enrol(club, child, starts, j, from_request)
            everyone.append((child, starts))
            if j < ENROLLED[i]:
                stay.append((child, starts))
            else:
                seeder.leave(child, rng.choice([d for d in before if d > starts] or [starts]), leavers[i])
        enrolled.append(stay)

    # ---- the waiting lists ----------------------------------------------------------------------------------
    urgencies = ("immediate", "day", "week", "week", "routine", "routine", "routine")
    risks = ("high", "medium", "medium", "low")
    waiting: list[tuple[_Child, int | None, str]] = []  # child, preferred club, route
    for i, club in enumerate(clubs):
        for j in range(WAITING[i]):
            route = "school" if j == 1 else "intake" if (i, j) == (3, 0) else "family_worker"
            waiting.append((pools[CLUBS[i][5]].pop(), club.id, route))
    waiting.append((pools[False].pop(), None, "family_worker"))  # any club
    waiting.append((pools[True].pop(), None, "school"))
    waiting.append((older, clubs[1].id, "family_worker"))  # 13 or 14: older than the clubs' range
    for n, (child, club_id, route) in enumerate(waiting):
        seeder.request(child, club_id, route, urgencies[n % len(urgencies)], risks[n % len(risks)],
                       today - timedelta(days=rng.randint(3, 120)))
    seeder.pin(waiting[2][0])  # on the full club's list, pinned to its top

    # ---- fees: an exemption and a discount, three months charged, most of them paid ------------------------
    months = [_month(today, k) for k in range(CHARGED_MONTHS, 0, -1)]
    regulars = [c for stay in enrolled[:5] for c, s in stay if s < months[0]]
    seeder.adjust(regulars[3], "exemption", months[0], 0,
                  "הכנסה נמוכה מאוד; המשפחה מקבלת הבטחת הכנסה. החלטת העו\"ס המטפלת.")
    seeder.adjust(regulars[10], "discount", months[0], 5_000, "שלושה ילדים במסגרות; הנחה של 50 ₪ בחודש.")
    for m in months:
        seeder.charge(m)
    arrears = {c.person_id for c in regulars[1::7][:6]}  # nothing paid for the last two months
    for child, starts in everyone:
        for k, m in enumerate(months):
            if _month(starts) <= m and not (child.person_id in arrears and k >= CHARGED_MONTHS - 2):
                seeder.pay(child, m, min(today, _month(m, -1) + timedelta(days=rng.randint(0, 12))))

    # ---- attendance of this month's recorded days --------------------------------------------------------
    streak = enrolled[0][0][0].person_id
    for day in recorded:
        for club in clubs:
            seeder.attendance(club.id, day, streak, day in recorded[-2:])
    seeder.run()
