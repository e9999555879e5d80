"""The demo department's continuum for children at risk (seeds/demo.py calls ``seed_continuum`` after the clubs),
loaded through the services as the demo's staff would have entered it, dated from today (nothing after it):

- Foster care. A treatment-plan committee meeting 75 days ago (coordinator michal, chaired by the north team's
  head rina) decided foster care for four children of the north team; the family workers referred three of
  them to foster-care services: one went the whole way to "placed" 20 days ago (the committee's Placement,
  its annual review, two visits since), one was rejected by the service (no family found), one is back at
  "proposed" after the matched family withdrew (a move back, with its reason); the fourth decision, like the
  committee seed's own foster decision (carried out by a placement before there were referrals), awaits a
  referral. The youth-law worker (orit) made an emergency referral three days ago with no committee yet (sent
  the next day; the committee due within a week, a task on her list); the south team's head (khalil) has an
  emergency referral in draft, made today.
- The youth-law forum. Eleven reports about children of every age (a baby to a teenager), of every urgency,
  from schools, the police, health services, neighbours and an anonymous caller, recorded by the intake
  worker, the family workers and the youth-law worker. The forum met on the latest Sunday before today
  (chaired by orit): three reports decided there, each by a member who sees its file (orit; khalil for his
  team's child): two with a worker in charge and a due date, now Tasks on their files, one with no further
  action; the meeting held. The other eight wait on the agenda of the next Sunday's meeting, planned.
- Day-care. The income-level table from 1 January of this year (the department's seven invented levels,
  seeds.reference.INCOME_LEVELS, entered by the manager avi); four toddlers' cases of this school year: one
  approved with its share (a parent unable to function), one placed in a day-care centre (abuse and neglect,
  with medical information), one still a draft (a developmental delay confirmed by a paediatrician), one of an
  Arabic-speaking family approved (its letter in Arabic).
- The therapy centre. Eight referrals by the family workers: three waiting (5, 40 and 120 days), three in
  treatment with their therapists and the sessions held, one ended with its goals met, one ended while
  waiting (the family moved).

Each service reads "today" from ``models.<area>.rules.today``; to enter each past step on its own day, the seed
moves those clocks for the step (``_clock``) and puts them back. Deterministic for a given day."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select

from models.committees import rules as committee_rules
from models.committees.dto import CaseInput, DecisionInput, MeetingInput, ProtocolInput
from models.committees.entities import CommitteeCase, Placement
from models.daycare import rules as daycare_rules
from models.daycare.dto import DaycareInput, LevelInput
from models.db import Database
from models.families.entities import FamilyFile, FamilyMember
from models.forum import rules as forum_rules
from models.forum.dto import ForumDecisionInput, ForumMeetingInput, RiskReportInput
from models.foster import rules as foster_rules
from models.foster.dto import FosterMove, FosterReferralInput
from models.people.entities import Person
from models.services import Services
from models.therapy import rules as therapy_rules
from models.therapy.dto import TherapyInput
from models.users.dto import CurrentUser
from seeds import reference as ref

PLACE = "אולם הישיבות, מחלקת הרווחה, קומה 2"
FOSTER_SERVICE = "שירות האומנה \"מרחב\" – מחוז דרום"
KINSHIP_SERVICE = "אומנת קרובים – עמותת \"משפחה\""
COMMITTEE_DAYS_AGO = 75  # before the committee page's 60 days: its list shows the committee seed's meetings
PLACED_DAYS_AGO = 20
FORUM_ATTENDEES = ("אורית הדרי – פקידת סעד לחוק הנוער", "רינה גלעדי – ראש צוות צפון",
                   "ח'ליל מנסוראני – ראש צוות דרום")
_CLOCKS = (committee_rules, foster_rules, forum_rules, daycare_rules, therapy_rules)


@contextmanager
def _clock(day: date) -> Iterator[None]:
    """Every continuum service's today (and the committee's) is ``day`` inside the block."""
    saved = [m.today for m in _CLOCKS]
    for m in _CLOCKS:
        setattr(m, "today", lambda: day)  # noqa: B010 (a module's function, replaced for the block)
    try:
        yield
    finally:
        for m, fn in zip(_CLOCKS, saved, strict=True):
            setattr(m, "today", fn)  # noqa: B010


@dataclass(frozen=True)
class _Child:
    file_id: int
    team: str
    worker: str  # the short name of the file's worker
    person_id: int
    birth_date: date
    arab: bool
    parents: tuple[int, ...]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _children(db: Database, users: dict[str, CurrentUser]) -> list[_Child]:
    """The children of the open, unrestricted files with a worker, with no committee hearing or placement of
    their own, by file and person id."""
    names = {u.id: short for short, u in users.items()}
    teams = {u.team_id: u.team_name for u in users.values() if u.team_id is not None}
    with db.session() as s:
        heard = set(s.scalars(select(CommitteeCase.child_id))) | set(s.scalars(select(Placement.child_id)))
        rows = s.execute(
            select(FamilyFile.id, FamilyFile.team_id, FamilyFile.worker_id, FamilyMember.relation, Person.id,
                   Person.birth_date, Person.preferred_language)
            .join(FamilyMember, FamilyMember.file_id == FamilyFile.id)
            .join(Person, Person.id == FamilyMember.person_id)
            .where(FamilyFile.status == "open", FamilyFile.restricted.is_(False), FamilyFile.worker_id.is_not(None))
            .order_by(FamilyFile.id, Person.id)).all()
    parents: dict[int, list[int]] = {}
    arab: set[int] = set()
    for file_id, _team, _worker, relation, pid, _born, lang in rows:
        if relation == "parent":
            parents.setdefault(file_id, []).append(pid)
            if lang == "ar":
                arab.add(file_id)
    return [_Child(file_id, teams.get(team, ""), names.get(worker, ""), pid, born, file_id in arab,
                   tuple(parents.get(file_id, ())))
            for file_id, team, worker, relation, pid, born, _lang in rows
            if relation == "child" and born is not None and pid not in heard and worker in names]


class _Picker:
    """Children drawn in order, each at most once."""

    def __init__(self, children: list[_Child]) -> None:
        self.children, self.files = children, set[int]()  # one child of a file: the files taken

    def take(self, *, team: str | None = None, workers: tuple[str, ...] = (), ages: tuple[int, int] = (0, 17),
             arab: bool | None = False, on: date, born_after: date | None = None, parent: bool = False) -> _Child:
        for c in self.children:
            if c.file_id not in self.files and (team is None or c.team == team) \
                    and (not workers or c.worker in workers) and ages[0] <= _age(c.birth_date, on) <= ages[1] \
                    and (arab is None or c.arab == arab) and (born_after is None or c.birth_date > born_after) \
                    and (c.parents or not parent):
                self.files.add(c.file_id)
                return c
        raise LookupError(f"no child of the demo fits (team {team}, workers {workers}, ages {ages})")


def seed_continuum(db: Database, svc: dict[str, Services], users: dict[str, CurrentUser]) -> None:
    today = min(foster_rules.today(), date.today())  # on PostgreSQL the guards hold the real today
    picker = _Picker(_children(db, users))
    _foster(svc, users, picker, today)
    _forum(svc, users, picker, today)
    _daycare(svc, picker, today)
    _therapy(svc, picker, today)


# ---- foster care ---------------------------------------------------------------------------------------------
def _foster(svc: dict[str, Services], users: dict[str, CurrentUser], picker: _Picker, today: date) -> None:
    north, south = ref.TEAMS
    michal = svc["michal"].committees
    held_on = today - timedelta(days=COMMITTEE_DAYS_AGO)
    kids = [picker.take(team=north, workers=("dana", "yossi"), ages=ages, on=today)
            for ages in ((6, 9), (11, 14), (2, 5), (8, 12))]

    # the committee: four children heard, a foster family decided for each (the protocols final)
    with _clock(held_on - timedelta(days=21)):
        m = michal.create_meeting(MeetingInput(held_on, time(9, 30), PLACE, "regular", users["rina"].id,
                                               notes="ישיבה שדנה בהוצאה למשפחות אומנה"))
        cases = []
        for k in kids:
            case = michal.add_case(m.id, CaseInput(
                k.file_id, k.person_id, "first_hearing", users[k.worker].full_name, "עובד/ת סוציאלי/ת לטיפול במשפחה",
                "הזנחה מתמשכת והיעדר השגחה; תכנית הטיפול בקהילה לא הביאה לשינוי."))
            for p in michal.suggested_participants(case.id):
                michal.add_participant(case.id, p)
            cases.append(case)
    decisions: list[int] = []
    with _clock(held_on):
        for case, k in zip(cases, kids, strict=True):
            attended = tuple(p.id for p in next(c for c in michal.meeting(m.id).cases if c.id == case.id).participants)
            draft = michal.save_protocol(case.id, None, ProtocolInput(
                background="הילד/ה מוכר/ת למחלקה; דיווחים חוזרים מבית הספר ומהשכנים.",
                professionals_views="העובדת הסוציאלית: ההורים אינם מסוגלים כעת לדאוג לצורכי הילד/ה.",
                parents_position="ההורים מסכימים להשמה זמנית ומבקשים קשר שבועי.",
                child_position="הילד/ה שמע/ה את ההמלצה ושיתף/ה בחששותיו/ה.",
                discussion="הוועדה דנה בחלופות: מעון יום, הדרכת הורים, משפחת אומנה.",
                decisions=(DecisionInput("foster_family", "השמה במשפחת אומנה לשנה, בהסכמת ההורים."),),
                votes_for=5, district_right_stated=True, next_review_on=committee_rules.add_months(held_on, 6),
                attended=attended))
            protocol = svc["rina"].committees.finalise(case.id, draft.version)
            decisions.append(protocol.decisions[0].id)
            del k

    def at(days_after: int) -> date:
        return min(today, held_on + timedelta(days=days_after))

    def move(worker: str, referral_id: int, day: date, to: str, **extra: str) -> int:
        with _clock(day):
            foster = svc[worker].foster
            r = foster.move(referral_id, foster.referral(referral_id).version, FosterMove(to, day, **extra))
            return r.id

    def refer(k: _Child, decision: int, kind: str, service: str, day: date, reason: str) -> int:
        with _clock(day):
            return svc[k.worker].foster.create(FosterReferralInput(
                k.file_id, k.person_id, kind, service, reason, decision_id=decision,
                contact_arrangements="ביקור הורים פעם בשבוע במרכז הקשר, בליווי העובדת הסוציאלית.")).id

    # placed 20 days ago, by way of every step; visits since
    placed, rejected, back = kids[0], kids[1], kids[2]
    rid = refer(placed, decisions[0], "long_term", FOSTER_SERVICE, at(3),
                "הילד זקוק למסגרת משפחתית יציבה; ההורים אינם מסוגלים כעת לדאוג לצרכיו.")
    for day, to in ((at(5), "sent"), (at(12), "assessment"), (at(25), "proposed"), (at(33), "matched")):
        move(placed.worker, rid, day, to)
    placed_on = today - timedelta(days=PLACED_DAYS_AGO)
    move(placed.worker, rid, placed_on, "placed", foster_family_code="AM-2317", foster_locality="אופקים")
    for days, kind, whom, note in ((6, "parents_visit", "האם והילד, במרכז הקשר", "המפגש עבר בנעימים; הילד שאל מתי יחזור הביתה."),
                                   (13, "worker_visit", "משפחת האומנה והילד", "הילד מסתגל; התחיל ללכת לבית הספר הקרוב.")):
        day = min(today, placed_on + timedelta(days=days))
        with _clock(day):
            svc[placed.worker].foster.add_visit(rid, day, kind, whom, note)

    # rejected by the service: no family found
    rid = refer(rejected, decisions[1], "long_term", FOSTER_SERVICE, at(4),
                "מתבגרת עם קשיי התנהגות; זקוקה למשפחה מנוסה.")
    for day, to in ((at(6), "sent"), (at(15), "assessment")):
        move(rejected.worker, rid, day, to)
    move(rejected.worker, rid, at(30), "rejected", reject_reason="no_family_found",
         reason="השירות לא מצא משפחה מתאימה לגיל ולצרכים; נבחנת חלופה.")

    # kinship care: matched, then back to proposed (the aunt withdrew), with the reason
    rid = refer(back, decisions[2], "kinship", KINSHIP_SERVICE, at(5),
                "הדודה מבקשת לקבל את הילדה; נדרשת הערכה של שירות האומנה.")
    for day, to in ((at(8), "sent"), (at(20), "proposed"), (at(28), "matched")):
        move(back.worker, rid, day, to)
    move(back.worker, rid, at(35), "proposed", reason="הדודה חזרה בה בשל מצב בריאותי; השירות מציע את הסבתא.")
    # decisions[3]: awaits a referral

    # the youth-law worker's emergency, three days ago: no committee yet (due within a week), sent the next day
    child = picker.take(team=north, ages=(3, 10), on=today)
    with _clock(today - timedelta(days=3)):
        rid = svc["orit"].foster.create(FosterReferralInput(
            child.file_id, child.person_id, "emergency", FOSTER_SERVICE,
            "הוצאה דחופה מהבית; הילד זקוק למשפחת חירום עד החלטת הוועדה.",
            emergency_reason="הילד נמצא לבד בבית שלושה ימים; האם אושפזה ואין קרוב משפחה זמין.")).id
    move("orit", rid, today - timedelta(days=2), "sent")

    # the south team's head: an emergency in draft, today
    child = picker.take(team=south, ages=(1, 6), on=today, arab=None)
    with _clock(today):
        svc["khalil"].foster.create(FosterReferralInput(
            child.file_id, child.person_id, "emergency", FOSTER_SERVICE,
            "תינוק בסיכון; נדרשת משפחת חירום.",
            emergency_reason="דיווח משטרה: אלימות קשה בבית בנוכחות הילד; האב נעצר."))


# ---- the youth-law forum ---------------------------------------------------------------------------------------
# reporter kind, reporter, kind, urgency, description, age range, team, recorded by
_REPORTS: tuple[tuple[str, str, str, str, str, tuple[int, int], int, str], ...] = (
    ("school", "יועצת בית הספר הגפן", "neglect", "day",
     "הילדה מגיעה רעבה ובבגדים מלוכלכים; נרדמת בכיתה ומספרת שאין אוכל בבית.", (7, 10), 0, "dana"),
    ("police", "רס\"ל עמית גורן", "domestic_violence", "immediate",
     "קריאה למשטרה בלילה: אלימות בין ההורים בנוכחות הילדים; הילד הבכור הסתגר בחדר.", (10, 14), 0, "orit"),
    ("health", "אחות טיפת חלב מרכז", "neglect", "routine",
     "התינוקת לא הובאה לשלושה מעקבים; ירידה בעקומת המשקל.", (0, 1), 1, "noa"),
    # decided at last week's forum (above: decided; below: on the agenda)
    ("neighbour", "שכנה מהבניין", "emotional_abuse", "week",
     "צעקות והשפלות של הילד כמעט כל ערב; הילד נשמע בוכה שעות.", (5, 9), 0, "noa"),
    ("anonymous", "", "physical_abuse", "immediate",
     "פנייה אנונימית: לילד סימנים כחולים על הזרועות; אמר למורה שנפל.", (6, 11), 1, "noa"),
    ("kindergarten", "גננת גן רימון", "neglect", "week",
     "הילד מגיע לגן ללא ארוחה ובבגדים לא מתאימים לעונה; ההורים לא עונים לטלפון.", (3, 5), 0, "dana"),
    ("school", "מחנך כיתה ט'", "runaway", "day",
     "התלמידה לא חזרה הביתה שני לילות; נמצאה אצל חברים מבוגרים ממנה.", (14, 17), 1, "samir"),
    ("relative", "הסבתא מצד האם", "parent_unable", "routine",
     "האם שוקעת בדיכאון ולא קמה מהמיטה; הסבתא מטפלת בילדים בימים שהיא יכולה.", (2, 6), 0, "yossi"),
    ("health", "רופאת המשפחה", "physical_abuse", "day",
     "שבר בזרוע שהוסבר בנפילה; זה הביקור השלישי השנה בחדר המיון.", (1, 4), 1, "lina"),
    ("minor", "", "emotional_abuse", "week",
     "הנער פנה ליועצת וסיפר שאביו מאיים לגרש אותו מהבית; חושש לחזור.", (15, 17), 0, "orit"),
    ("department_worker", "עו\"ס הדיור", "other", "routine",
     "המשפחה עומדת בפני פינוי מהדירה; הילדים ללא מסגרת אחר הצהריים.", (8, 12), 1, "samir"),
)
DECIDED = 3  # the first three reports were decided at last week's meeting


def _forum(svc: dict[str, Services], users: dict[str, CurrentUser], picker: _Picker, today: date) -> None:
    last = today - timedelta(days=(today.weekday() + 1) % 7 or 7)  # the latest Sunday before today
    upcoming = last + timedelta(days=7)  # on or after today
    reports = []
    for n, (reporter_kind, reporter, kind, urgency, text, ages, team, recorder) in enumerate(_REPORTS):
        child = picker.take(team=ref.TEAMS[team], ages=ages, on=today, arab=None)
        reported_on = last - timedelta(days=2 + n) if n < DECIDED else \
            min(today, last + timedelta(days=n % 6))
        with _clock(reported_on):
            reports.append((svc[recorder].forum.record_report(RiskReportInput(
                child.file_id, child.person_id, reported_on, reporter_kind, reporter, kind, text, urgency,
                reporter_phone="08-6200000" if reporter and reporter_kind != "minor" else "")), child))
    orit = svc["orit"].forum
    with _clock(last - timedelta(days=4)):
        meeting = orit.create_meeting(ForumMeetingInput(last, users["orit"].id, FORUM_ATTENDEES,
                                                        notes="דיון שבועי בדיווחים על קטינים בסיכון"))
    decisions = (("assessment_visit", 2, "ביקור בית של העו\"ס המטפלת ושיחה עם ההורים; דיווח לפורום."),
                 ("police_report", 1, "דיווח למשטרה ותיאום חקירת ילדים; הגנה על הילד בבית הספר."),
                 ("no_further_action", 0, "נבדק בשיחה עם ההורים והתינוקת הובאה למעקב; אין צורך בהתערבות."))
    with _clock(last):
        for (report, child), (intervention, days, note) in zip(reports[:DECIDED], decisions, strict=True):
            worker = users[child.worker].id if intervention != "no_further_action" else None
            member = orit if child.team == ref.TEAMS[0] else svc["khalil"].forum  # a member who sees the file
            member.decide(report.id, report.version, meeting.id, ForumDecisionInput(
                intervention, worker, last + timedelta(days=days) if worker is not None else None, note))
        orit.mark_held(meeting.id, orit.meeting(meeting.id).version)
    with _clock(today):
        orit.create_meeting(ForumMeetingInput(upcoming, users["orit"].id, FORUM_ATTENDEES,
                                              monthly_district=upcoming.day <= 7))


# ---- day-care ---------------------------------------------------------------------------------------------------
def _daycare(svc: dict[str, Services], picker: _Picker, today: date) -> None:
    year = daycare_rules.school_year_of(today)
    september = daycare_rules.september_first(year)
    january = date(today.year, 1, 1)  # the table's version is in force from 1 January: no step before it

    def day(days_ago: int) -> date:
        return max(january, today - timedelta(days=days_ago))

    ends = [start for start, _share in ref.INCOME_LEVELS[1:]] + [None]
    levels = tuple(LevelInput(n, start, end, share)
                   for n, ((start, share), end) in enumerate(zip(ref.INCOME_LEVELS, ends, strict=True), start=1))
    with _clock(january):
        svc["avi"].daycare.create_table(january, f"טבלת רמות ההכנסה {today.year}", levels)
    born_after = date(year - 3, 9, 1)  # under 36 months on 1 September
    north, south = ref.TEAMS
    # worker, team, Arabic-speaking, ground, income (agorot a month), household, what became of it
    plans = (("dana", north, False, "parent_unable", 980_000, 4, "approved"),
             ("yossi", north, False, "abuse_neglect", 620_000, 5, "placed"),
             ("dana", north, False, "developmental_delay", 1_450_000, 3, "draft"),
             ("samir", south, True, "parent_unable", 760_000, 6, "approved"))
    for n, (worker, team, arab, ground, income, size, outcome) in enumerate(plans, start=31):
        child = picker.take(team=team, workers=(worker,), ages=(0, 3), arab=arab, on=today, born_after=born_after)
        created = day(25)
        data = DaycareInput(
            file_id=child.file_id, child_id=child.person_id, school_year=year, ground=ground,
            ground_detail={"parent_unable": "האם מתמודדת עם מחלת נפש ואינה מתפקדת במשך היום; אין עורף משפחתי.",
                           "abuse_neglect": "הזנחה פיזית ורגשית מתועדת; הפעוט/ה זקוק/ה למסגרת מוגנת במשך היום.",
                           "developmental_delay": "עיכוב בשפה ובמוטוריקה; מומלצת מסגרת עם הזנקה התפתחותית."}[ground],
            medical_info=ground == "abuse_neglect",
            medical_source="מרפאת קופת חולים עין הבשור, ד\"ר שגיא" if ground == "abuse_neglect" else "",
            specialist_kind="paediatrician" if ground == "developmental_delay" else "",
            specialist_name="ד\"ר נועם ברק, רופא ילדים התפתחותי" if ground == "developmental_delay" else "",
            specialist_on=created - timedelta(days=20) if ground == "developmental_delay" else None,
            committee="toddlers_at_risk", protocol_id=None, committee_on=created - timedelta(days=3),
            committee_reference=f"פעוטות בסיכון {year}/{n}", household_size=size, monthly_income=income)
        with _clock(created):
            case = svc[worker].daycare.create(data)
        if outcome in ("approved", "placed"):
            with _clock(day(20)):
                case = svc[worker].daycare.approve(case.id, case.version)
        if outcome == "placed":
            start = day(12)
            with _clock(start):
                svc[worker].daycare.place(case.id, case.version, "מעון \"ניצנים\" עין הבשור", max(start, september))


# ---- the therapy centre ------------------------------------------------------------------------------------------
# subject, kind, worker, referred (days ago), started (days ago or None), sessions, ended (days ago), end reason
_THERAPY: tuple[tuple[str, str, str, int, int | None, int, int | None, str], ...] = (
    ("child", "emotional", "dana", 5, None, 0, None, ""),
    ("parent", "parent_guidance", "samir", 40, None, 0, None, ""),
    ("family", "group", "yossi", 120, None, 0, None, ""),
    ("child", "art", "dana", 200, 150, 18, None, ""),
    ("parent", "emotional", "lina", 90, 50, 6, None, ""),
    ("child", "emotional", "samir", 70, 30, 4, None, ""),
    ("child", "emotional", "yossi", 400, 330, 24, 30, "goals_met"),
    ("child", "group", "lina", 150, None, 0, 60, "moved"),
)
_THERAPISTS = {"dana": "ד\"ר מיכל ארבל, פסיכולוגית", "samir": "سهى عواد، معالجة رجشية",
               "lina": "עו\"ס קלינית רותם לביא", "yossi": "ענבל שגיא, מטפלת באמנות"}
_THERAPY_REASONS = {"child": "קשיים רגשיים אחרי פרידת ההורים; הסתגרות וחרדה.",
                    "parent": "הדרכה בהצבת גבולות ובשגרה יומית; האם חשה חסרת אונים.",
                    "family": "קבוצת הורים וילדים: תקשורת במשפחה אחרי משבר."}


def _therapy(svc: dict[str, Services], picker: _Picker, today: date) -> None:
    for subject, kind, worker, referred, started, sessions, ended, reason in _THERAPY:
        team = ref.TEAMS[0] if worker in ("dana", "yossi") else ref.TEAMS[1]
        child = picker.take(team=team, workers=(worker,), ages=(4, 16), arab=None, on=today,
                            parent=subject == "parent")
        person = child.person_id if subject == "child" else child.parents[0] if subject == "parent" else None
        referred_on = today - timedelta(days=referred)
        therapy = svc[worker].therapy
        with _clock(referred_on):
            r = therapy.refer(TherapyInput(child.file_id, subject, person, kind, _THERAPY_REASONS[subject],
                                           referred_on))
        if started is not None:
            with _clock(today - timedelta(days=started)):
                r = therapy.start(r.id, r.version, today - timedelta(days=started), _THERAPISTS[worker])
            with _clock(today - timedelta(days=ended or 0)):
                r = therapy.record_sessions(r.id, r.version, sessions)
        if ended is not None:
            with _clock(today - timedelta(days=ended)):
                therapy.end(r.id, r.version, today - timedelta(days=ended), reason,
                            "סיכום הטיפול נשלח לעו\"ס המטפלת." if started else "המשפחה עברה לעיר אחרת.")
