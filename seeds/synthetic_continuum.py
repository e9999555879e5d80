"""The continuum's part of the synthetic data set (seeds.synthetic), for the benchmarks (issue 11): at 100,000
files, about 10,000 open foster referrals (one file in ten) and 2,000 rejected ones, 10,000 undecided risk
reports on the youth-law forum's agenda and 5,000 decided at the weekly meetings of the past year (each
decision's Task on the file), 500 day-care cases and 2,000 therapy referrals; fewer on a smaller set, in
proportion.

- Foster referrals: every final foster-family decision of the synthetic committees (seeds.synthetic_committees)
  whose child is placed by it is carried out by a referral that went the whole way to "placed" (its Placement
  the committee's, its annual review computed as the service computes it, a few visits recorded); the decisions
  whose placement has not started yet by a referral still on its way. The rest are emergencies made by the
  youth-law worker of the file's team before any committee (kind "emergency", a reason, the committee due a
  week later and its Task for her), in every status up to "matched" (a few moved back with a reason), and the
  rejected ones. Each referral's history is its events, one per move.
- Risk reports: of children of open files, every urgency, kind and reporter; recorded by the file's worker or
  the team's youth-law worker. The decided ones at the Sunday meetings of the past year (held; chaired by the
  first team's youth-law worker), their interventions due within the urgency's days, their Tasks for the
  file's worker (the past ones done).
- Day-care: the income-level table in two versions (1 January of last year and of this year, 7 levels each),
  cases of toddlers under 36 months on 1 September of this school year, every ground and status, the share
  the table in force gives, with its steps.
- Therapy: children, parents and families referred, waiting, in treatment with a therapist and sessions, and
  ended.

A youth-law worker per synthetic team is added when missing (``syn_tNN_youth``; YOUTH_LAW_WORKER is the first
team's).

Inserted in bulk with SQLAlchemy Core and explicit ids (as the rest of the generator), as the owner of the
tables, in the order the guards of revisions 0018-0021 hold for the owner too: a foster referral is inserted
as a draft, then moved along its path one step at a time (one UPDATE per step of every referral, then that
step's events), a day-care case inserted as a draft then approved, placed or ended, a therapy referral
inserted waiting then started and ended. Dated from the real today (seeds.synthetic passes it; nothing after
it): deterministic for a seed on a given day. Seeded once: a database that already has foster referrals gets
none of this."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from time import perf_counter
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from models.codes import (
    FORUM_INTERVENTIONS,
    FOSTER_PIPELINE,
    REPORTER_KINDS,
    RISK_REPORT_KINDS,
    THERAPY_END_REASONS,
    URGENCIES,
)
from models.committees.entities import CommitteeDecision, CommitteeProtocol, Placement
from models.committees.rules import annual_review_due
from models.daycare import rules as daycare_rules
from models.daycare.dto import IncomeTableDTO, LevelInput
from models.daycare.entities import DaycareCase, IncomeLevel, IncomeTable
from models.families.entities import FamilyFile, FamilyMember
from models.forum import rules as forum_rules
from models.forum.entities import ForumMeeting, RiskReport
from models.foster import rules as foster_rules
from models.foster.entities import FosterReferral, FosterReferralEvent, FosterVisit
from models.people.entities import Person
from models.tasks.entities import Task
from models.therapy.entities import TherapyReferral
from models.users.entities import User
from models.users.service import add_user_row

WHO = "seed:synthetic"
YOUTH_LAW_WORKER = "syn_t01_youth"  # the first team's youth-law worker (the forum's chair)
BATCH_ROWS = 5_000
OPEN_FOSTER_FILES = 10  # one open foster referral per this many files (10,000 at 100,000)
REJECTED_FOSTER_FILES = 50  # one rejected referral per this many files
UNDECIDED_FILES = 10  # one undecided risk report per this many files
DECIDED_FILES = 20  # one decided risk report per this many files
DAYCARE_FILES = 200
THERAPY_FILES = 50
SAMPLE_FILES = 25_000  # the files read are about this many (all of a smaller set)
FORUM_WEEKS = 52  # the weekly meetings of the past year
TABLES = (ForumMeeting, RiskReport, FosterReferral, FosterReferralEvent, FosterVisit, IncomeTable, IncomeLevel,
          DaycareCase, TherapyReferral, Task)
PIPELINE = list(FOSTER_PIPELINE)
# the open emergencies' statuses and weights (placing one needs a Placement, which only a committee's is here)
EMERGENCY_STATUSES = {"draft": 15, "sent": 25, "assessment": 25, "proposed": 20, "matched": 15}
SERVICES = ("שירות האומנה \"מרחב\" – מחוז דרום", "עמותת \"סלעית\" – אומנה", "שירות אומנה \"בית חם\"",
            "אומנת קרובים – שירות \"משפחה\"")
FOSTER_REASONS = ("הילד/ה זקוק/ה למסגרת משפחתית יציבה; ההורים אינם מסוגלים כעת לדאוג לצרכיו/ה.",
                  "הזנחה מתמשכת; תכנית הטיפול בקהילה לא הצליחה.",
                  "אלימות במשפחה; נדרשת הגנה מיידית והשמה במשפחה.")
EMERGENCY_REASONS = ("הילד/ה נמצא/ה לבד בבית ללא השגחה; ההורים לא אותרו.",
                     "חשד לפגיעה; הוצאה דחופה לפי החלטת פקיד הסעד לחוק הנוער.",
                     "האם אושפזה בפתאומיות ואין קרוב משפחה שיכול לקבל את הילד/ה.")
BACK_REASONS = ("המשפחה המוצעת חזרה בה; השירות חוזר להערכה.", "נדרש מידע נוסף מבית הספר לפני ההצעה.")
LOCALITIES = ("עין הבשור", "אופקים", "נתיבות", "שדרות", "באר שבע", "רהט")
REPORT_TEXTS = ("הילד/ה מגיע/ה לבית הספר רעב/ה ובבגדים לא נקיים, נרדם/ת בכיתה.",
                "סימני חבלה על הידיים; הילד/ה מסר/ה שאביו/ה מכה אותו/ה.",
                "ההורים צועקים ומתקוטטים בלילות; השכנים שומעים בכי של ילדים.",
                "הילד/ה ברח/ה מהבית פעמיים בחודש האחרון ונמצא/ה בלילה ברחוב.",
                "האם נראית מוזנחת ומבולבלת; התינוק לא הובא למעקב בטיפת חלב.",
                "פנייה אנונימית: ילדים קטנים נשארים לבד בבית שעות ארוכות.")
DECISION_NOTES = ("ביקור בית תוך שבוע ודיווח לפורום.", "הפניה לוועדת תכנון טיפול והערכה.",
                  "מעקב של העו\"ס המטפלת; בדיקה חוזרת בעוד חודש.", "")
REPORTER_NAMES = ("יועצת בית הספר", "אחות טיפת חלב", "שוטר קהילתי", "שכנה", "סבתא", "גננת")
CENTRES = ("מעון \"ניצנים\" עין הבשור", "מעון \"פרפר\"", "מעון ויצ\"ו הגפן", "مركز \"البراعم\" للأطفال")
THERAPISTS = ("ד\"ר מיכל ארבל, פסיכולוגית", "ענבל שגיא, מטפלת באמנות", "עו\"ס קלינית רותם לביא",
              "سهى عواد، معالجة", "יובל נחום, פסיכולוג")
THERAPY_REASONS = ("קשיים רגשיים אחרי הגירושין; הסתגרות וחרדה.", "התפרצויות זעם בבית ובבית הספר.",
                   "הדרכת הורים: גבולות ושגרה בבית.", "טראומה אחרי אירוע אלימות במשפחה.")
# income per person per month (agorot) where each level starts, and its monthly share (agorot), by version
INCOME_FROM = (0, 150_000, 220_000, 290_000, 360_000, 440_000, 540_000)
SHARES = ((15_000, 35_000, 60_000, 90_000, 120_000, 160_000, 210_000),
          (16_000, 37_000, 63_000, 94_000, 126_000, 168_000, 220_000))


@dataclass(frozen=True)
class ContinuumStats:
    open_referrals: int = 0
    closed_referrals: int = 0
    undecided_reports: int = 0
    decided_reports: int = 0
    daycare_cases: int = 0
    therapy_referrals: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        return (f"{self.open_referrals} open foster referrals, {self.closed_referrals} closed,"
                f" {self.undecided_reports} risk reports on the agenda, {self.decided_reports} decided,"
                f" {self.daycare_cases} day-care cases, {self.therapy_referrals} therapy referrals")


@dataclass
class _File:
    id: int
    team_id: int
    worker_id: int
    opened_on: date
    children: list[tuple[int, date | None]] = field(default_factory=list)  # person id, birth date
    parents: list[int] = field(default_factory=list)


@dataclass
class _Referral:
    row: dict[str, Any]
    path: list[tuple[str, date, str]]  # the moves after the creation: (status, day, reason)
    placement: tuple[int, date] | None = None  # the committee's Placement it ends in, and its start
    review_base: date | None = None  # the child's last hearing


def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    stmt = insert(table)
    for i in range(0, len(rows), BATCH_ROWS):
        conn.execute(stmt, rows[i:i + BATCH_ROWS])


def _chunks(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), BATCH_ROWS):
        yield rows[i:i + BATCH_ROWS]


def _stamp(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


def _between(rng: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


def _ensure_youth_law_workers(s: Session) -> dict[int, int]:
    """Team id -> its youth-law worker (``syn_tNN_youth``, added for every synthetic team without one)."""
    existing: dict[int, int] = {}
    for u in s.scalars(select(User).where(User.username.like("syn\\_t%\\_youth", escape="\\"))):
        if u.team_id is not None:
            existing[u.team_id] = u.id
    for head in s.scalars(select(User).where(User.username.like("syn\\_t%\\_head", escape="\\"))
                          .order_by(User.username)).all():
        if head.team_id is not None and head.team_id not in existing and head.team is not None:
            u = add_user_row(s, username=head.username.removesuffix("_head") + "_youth",
                             full_name="פקידת סעד לחוק הנוער", role="youth_law_worker", team=head.team.name,
                             password=None, who=WHO)
            s.flush()
            existing[head.team_id] = u.id
    return existing


def _files(conn: Connection, first_file: int, n_files: int) -> list[_File]:
    """The open, unrestricted files from ``first_file`` on with a worker, their children and parents: of every
    file on a small data set, of one file in n_files // SAMPLE_FILES on a large one, and of every file with a
    final foster-family decision of the committees (reading every member of 100,000 files cost more than the
    rest of this seed)."""
    step = max(1, n_files // SAMPLE_FILES)
    decided = (select(CommitteeDecision.file_id).where(CommitteeDecision.kind == "foster_family",
                                                       CommitteeDecision.file_id >= first_file))
    query = (select(FamilyFile.id, FamilyFile.team_id, FamilyFile.worker_id, FamilyFile.opened_on,
                    FamilyMember.relation, Person.id, Person.birth_date)
             .join(FamilyMember, FamilyMember.file_id == FamilyFile.id)
             .join(Person, Person.id == FamilyMember.person_id)
             .where(FamilyFile.id >= first_file, FamilyFile.status == "open", FamilyFile.restricted.is_(False),
                    FamilyFile.worker_id.is_not(None))
             .order_by(FamilyFile.id, Person.id))
    if step > 1:
        query = query.where(or_(FamilyFile.id % step == first_file % step, FamilyFile.id.in_(decided)))
    files: dict[int, _File] = {}
    for fid, team, worker, opened, relation, pid, born in conn.execute(query):
        f = files.get(fid)
        if f is None:
            assert worker is not None  # (the query's)
            f = files[fid] = _File(fid, team, worker, opened)
        if relation == "child":
            f.children.append((pid, born))
        elif relation == "parent":
            f.parents.append(pid)
    return list(files.values())


class _Rows:
    """The ids handed out (explicit, past each table's largest) and the Tasks made on the way."""

    def __init__(self, conn: Connection, today: date) -> None:
        self.ids = {t.__tablename__: (conn.scalar(select(func.max(t.id))) or 0) + 1 for t in TABLES}
        self.today = today
        self.stamp: dict[str, Any] = {"version": 1, "created_by": WHO, "updated_by": WHO}
        self.tasks: dict[int, dict[str, Any]] = {}

    def next_id(self, table: str) -> int:
        n = self.ids[table]
        self.ids[table] += 1
        return n

    def task(self, file_id: int, title: str, description: str, due: date, assignee: int, done: bool) -> int:
        tid = self.next_id("tasks")
        self.tasks[tid] = {"id": tid, "file_id": file_id, "title": title, "description": description,
                           "due_date": due, "assignee_id": assignee, "done": done, "done_at": None,
                           # confidential as the services make them: read by the continuum's readers and the
                           # assignee only (revision 0022)
                           "confidential": True, **self.stamp}
        if done:
            self.done(tid, min(due, self.today))
        return tid

    def done(self, task_id: int, on: date) -> None:
        self.tasks[task_id].update(done=True, done_at=_stamp(on, 12))


def seed_continuum(s: Session, rng: random.Random, first_file: int, today: date) -> ContinuumStats:
    """The continuum's rows for the files from ``first_file`` on (see the module); nothing when foster
    referrals exist."""
    t0 = perf_counter()
    conn = s.connection()
    if conn.scalar(select(func.count()).select_from(FosterReferral)):
        return ContinuumStats()
    youth = _ensure_youth_law_workers(s)
    manager = conn.scalar(select(User.id).where(User.role == "manager", User.active.is_(True)).order_by(User.id))
    heads = {team: uid for uid, team in conn.execute(
        select(User.id, User.team_id).where(User.role == "team_head", User.active.is_(True)).order_by(User.id))
        if team is not None}
    n_files = conn.scalar(select(func.count()).select_from(FamilyFile).where(FamilyFile.id >= first_file)) or 0
    files = [f for f in _files(conn, first_file, n_files) if f.team_id in youth]
    if not files or manager is None:
        return ContinuumStats(seconds=perf_counter() - t0)
    rows = _Rows(conn, today)
    foster_open, foster_closed = _foster(conn, rng, rows, files, youth, n_files)
    meetings, undecided, decided = _reports(rng, rows, files, youth, n_files)
    tables, levels, cases = _daycare(rng, rows, files, heads, manager, n_files)
    therapy = _therapy(rng, rows, files, n_files)

    _insert(conn, Task.__table__, list(rows.tasks.values()))  # first: the guards look up the tasks named
    _insert(conn, ForumMeeting.__table__, meetings)
    _insert(conn, RiskReport.__table__, undecided + decided)
    _write_foster(conn, rows, foster_open + foster_closed)
    _insert(conn, IncomeTable.__table__, tables)
    _insert(conn, IncomeLevel.__table__, levels)
    _write_moves(conn, DaycareCase.__table__, cases)
    _write_moves(conn, TherapyReferral.__table__, therapy)
    if conn.dialect.name == "postgresql":  # explicit ids: move the sequences past them
        for t in TABLES:
            conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{t.__tablename__}', 'id'), "
                                 f"(SELECT coalesce(max(id), 1) FROM {t.__tablename__}))")
    return ContinuumStats(len(foster_open), len(foster_closed), len(undecided), len(decided), len(cases),
                          len(therapy), perf_counter() - t0)


# ---- foster referrals ----------------------------------------------------------------------------------------
def _foster(conn: Connection, rng: random.Random, rows: _Rows, files: list[_File], youth: dict[int, int],
            n_files: int) -> tuple[list[_Referral], list[_Referral]]:
    today = rows.today
    by_id = {f.id: f for f in files}
    births = {pid: born for f in files for pid, born in f.children}
    # the committees' final foster-family decisions of these files, and the placements carrying them out
    decisions = conn.execute(
        select(CommitteeDecision.id, CommitteeDecision.file_id, CommitteeProtocol.child_id, CommitteeProtocol.held_on)
        .join(CommitteeProtocol, CommitteeProtocol.id == CommitteeDecision.protocol_id)
        .where(CommitteeDecision.kind == "foster_family", CommitteeProtocol.finalised_at.is_not(None),
               CommitteeDecision.file_id >= files[0].id)
        .order_by(CommitteeDecision.id)).all()
    placements: dict[int, tuple[int, date, date | None, str]] = {
        d: (pid, started, ended, setting) for pid, d, started, ended, setting in conn.execute(
            select(Placement.id, Placement.decision_id, Placement.started_on, Placement.ended_on, Placement.setting)
            .where(Placement.decision_id.is_not(None))) if d is not None}
    placed_children = set(conn.scalars(select(Placement.child_id).where(Placement.ended_on.is_(None))))
    used: set[int] = set()
    open_: list[_Referral] = []
    closed: list[_Referral] = []
    pipeline = list(EMERGENCY_STATUSES)

    def referral(f: _File, child: int, kind: str, created: date, creator: int, decision: int | None) -> _Referral:
        emergency = decision is None
        due = foster_rules.committee_due(created) if emergency else None
        row = {"id": rows.next_id("foster_referrals"), "file_id": f.id, "child_id": child, "kind": kind,
               "decision_id": decision, "emergency_reason": rng.choice(EMERGENCY_REASONS) if emergency else "",
               "committee_due_on": due, "committee_task_id": None, "service_name": rng.choice(SERVICES),
               "reason": rng.choice(FOSTER_REASONS), "status": "draft", "stage": foster_rules.stage("draft"),
               "age_order": foster_rules.age_order(births.get(child)), "status_on": created, "status_reason": "",
               "worker_id": f.worker_id, "created_by_id": creator, "sent_on": None, "foster_family_code": "",
               "foster_locality": "", "placed_on": None, "placement_id": None,
               "contact_arrangements": "ביקור הורים פעם בשבוע במרכז הקשר" if rng.random() < 0.6 else "",
               "annual_review_on": None, "end_reason": "", "reject_reason": "", "ended_on": None, **rows.stamp}
        if due is not None:
            row["committee_task_id"] = rows.task(f.id, foster_rules.EMERGENCY_TASK_TITLE, row["emergency_reason"],
                                                 due, creator, False)
        used.add(child)
        return _Referral(row, [])

    def steps(target: str) -> list[str]:
        """The moves from a draft to ``target``: sent first, then (a step may skip forward) straight there or
        by way of one step between (every step of the way for one referral in ten)."""
        if target == "draft":
            return []
        between = PIPELINE[2:PIPELINE.index(target)]
        draw = rng.random()
        if draw < 0.1:
            return ["sent", *between, target] if target != "sent" else ["sent"]
        if draw < 0.4 and between:
            return ["sent", rng.choice(between), target]
        return ["sent", target] if target != "sent" else ["sent"]

    def walk(r: _Referral, statuses: list[str], lo: date, hi: date) -> None:
        """Moves through ``statuses`` on days from ``lo`` to ``hi`` (in order, never after today)."""
        days = sorted(_between(rng, lo, min(hi, today)) for _ in statuses)
        r.path = [(st, d, "") for st, d in zip(statuses, days, strict=True)]

    # the decisions: placed by their placement, or on their way when it has not started yet
    for decision_id, file_id, child, held_on in decisions:
        f = by_id.get(file_id)
        placement = placements.get(decision_id)
        if f is None or child in used or child not in births or (placement is not None and (
                placement[2] is not None or placement[3] != "foster_family")):
            continue  # a placement that ended before the referrals: its decision awaits none now
        created = min(held_on + timedelta(days=rng.randint(1, 5)), today)
        r = referral(f, child, rng.choice(("long_term", "long_term", "short_term", "kinship")), created,
                     f.worker_id, decision_id)
        if placement is not None:
            pid, started, _ended, _setting = placement
            if started < created:
                r.row["status_on"] = created = started
            walk(r, steps("placed")[:-1], created, started)
            r.path.append(("placed", started, ""))
            r.placement, r.review_base = (pid, started), held_on
        else:
            target = rng.choice(pipeline)
            walk(r, steps(target), created, today)
        open_.append(r)

    # the emergencies, up to the open share, then the rejected ones
    target_open = max(1, n_files // OPEN_FOSTER_FILES)
    target_closed = max(1, n_files // REJECTED_FOSTER_FILES)
    candidates = [(f, pid) for f in files for pid, born in f.children
                  if born is not None and pid not in used and pid not in placed_children
                  and (foster_rules.age_on(born, today) or 0) < 18]
    rng.shuffle(candidates)
    weights = list(EMERGENCY_STATUSES.values())
    for f, child in candidates:
        if len(open_) >= target_open and len(closed) >= target_closed:
            break
        rejected = len(open_) >= target_open
        created = min(today, max(f.opened_on, today - timedelta(days=rng.randint(1, 240))))
        r = referral(f, child, "emergency", created, youth[f.team_id], None)
        target = rng.choice(pipeline[1:]) if rejected else rng.choices(pipeline, weights)[0]
        back = target == "assessment" and rng.random() < 0.1  # the proposed family withdrew: back, with a reason
        walk(r, ["sent", "proposed", "assessment"] if back else steps(target), created, today)
        if back:
            status, day, _ = r.path[-1]
            r.path[-1] = (status, day, rng.choice(BACK_REASONS))
        if rejected:
            last = r.path[-1][1]
            r.path.append(("rejected", _between(rng, last, today), ""))
            r.row["reject_reason"] = rng.choice(("no_family_found", "not_suitable", "parents_object"))
            rows.done(r.row["committee_task_id"], r.path[-1][1])  # no longer waits for the committee
            closed.append(r)
        else:
            open_.append(r)
    return open_, closed


def _write_foster(conn: Connection, rows: _Rows, referrals: list[_Referral]) -> None:
    """The referrals as drafts with their creation events, then each step of every path: the referrals moved
    (one UPDATE a step), that step's events; the placed ones' visits."""
    reject = {r.row["id"]: r.row["reject_reason"] for r in referrals}
    for r in referrals:
        r.row["reject_reason"] = ""
    _insert(conn, FosterReferral.__table__, [r.row for r in referrals])

    def event(r: _Referral, before: str, to: str, on: date, reason: str, moved_by: int) -> dict[str, Any]:
        return {"id": rows.next_id("foster_referral_events"), "referral_id": r.row["id"], "file_id": r.row["file_id"],
                "from_status": before, "to_status": to, "moved_on": on, "reason": reason, "moved_by_id": moved_by,
                "moved_at": _stamp(on)}

    _insert(conn, FosterReferralEvent.__table__, [
        event(r, "", "draft", r.row["status_on"], "", r.row["created_by_id"]) for r in referrals])
    t = cast(Table, FosterReferral.__table__)
    move = (update(t).where(t.c.id == bindparam("r_id"))
            .values(status=bindparam("r_status"), stage=bindparam("r_stage"), status_on=bindparam("r_on"),
                    status_reason=bindparam("r_reason"), sent_on=bindparam("r_sent"),
                    placed_on=bindparam("r_placed"), placement_id=bindparam("r_placement"),
                    foster_family_code=bindparam("r_code"), foster_locality=bindparam("r_locality"),
                    annual_review_on=bindparam("r_review"), reject_reason=bindparam("r_reject"),
                    version=t.c.version + 1))
    step = 0
    while True:
        moving = [r for r in referrals if step < len(r.path)]
        if not moving:
            break
        params, events = [], []
        for r in moving:
            to, on, reason = r.path[step]
            before = r.row["status"]
            row = r.row
            row.update(status=to, stage=foster_rules.stage(to), status_on=on, status_reason=reason)
            if to == "sent":
                row["sent_on"] = on
            elif to == "placed" and r.placement is not None:
                row.update(placed_on=r.placement[1], placement_id=r.placement[0],
                           foster_family_code=f"AM-{row['id']:06d}", foster_locality=LOCALITIES[row["id"] % 6],
                           annual_review_on=annual_review_due(r.placement[1], r.review_base))
            elif to == "rejected":
                row["reject_reason"] = reject[row["id"]]
            params.append({"r_id": row["id"], "r_status": to, "r_stage": row["stage"], "r_on": on, "r_reason": reason,
                           "r_sent": row["sent_on"], "r_placed": row["placed_on"], "r_placement": row["placement_id"],
                           "r_code": row["foster_family_code"], "r_locality": row["foster_locality"],
                           "r_review": row["annual_review_on"], "r_reject": row["reject_reason"]})
            events.append(event(r, before, to, on, reason, row["worker_id"] if to != "draft" else row["created_by_id"]))
        for chunk in _chunks(params):
            conn.execute(move, chunk)
        _insert(conn, FosterReferralEvent.__table__, events)
        step += 1
    visits = []
    for r in referrals:
        placed_on = r.row["placed_on"]
        if placed_on is None:
            continue
        for k in range(2):
            visits.append({"id": rows.next_id("foster_visits"), "referral_id": r.row["id"], "file_id": r.row["file_id"],
                           "visited_on": min(rows.today, placed_on + timedelta(days=7 + 21 * k)),
                           "kind": ("worker_visit", "parents_visit")[k],
                           "with_whom": ("משפחת האומנה והילד/ה", "ההורים והילד/ה")[k],
                           "note": "הילד/ה מסתגל/ת היטב.", "recorded_by_id": r.row["worker_id"]})
    _insert(conn, FosterVisit.__table__, visits)


# ---- risk reports and the forum --------------------------------------------------------------------------
def _sunday_before(day: date) -> date:
    return day - timedelta(days=(day.weekday() + 1) % 7 or 7)


def _reports(rng: random.Random, rows: _Rows, files: list[_File], youth: dict[int, int], n_files: int
             ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    today = rows.today
    chair = youth[min(youth)]
    children = [(f, pid) for f in files for pid, _born in f.children]
    meetings: list[dict[str, Any]] = []
    held = _sunday_before(today)
    for _ in range(FORUM_WEEKS):
        meetings.append({"id": rows.next_id("forum_meetings"), "held_on": held, "status": "held", "chair_id": chair,
                         "attendees": "פקידת הסעד לחוק הנוער\nראש צוות צפון\nראש צוות דרום",
                         "notes": "", "monthly_district": held.day <= 7, **rows.stamp})
        held -= timedelta(days=7)
    meetings.reverse()
    urgency_weights = (1, 2, 4, 8)

    def report(f: _File, child: int, reported_on: date) -> dict[str, Any]:
        reporter = rng.choice(REPORTER_KINDS)
        recorder = youth[f.team_id] if rng.random() < 0.4 else f.worker_id
        return {"id": rows.next_id("risk_reports"), "file_id": f.id, "child_id": child, "reported_on": reported_on,
                "reporter_kind": reporter,
                "reporter_name": "" if reporter == "anonymous" else rng.choice(REPORTER_NAMES),
                "reporter_phone": "", "kind": rng.choice(RISK_REPORT_KINDS), "description": rng.choice(REPORT_TEXTS),
                "urgency": rng.choices(URGENCIES, urgency_weights)[0], "channel": "report", "referral_id": None,
                "recorded_by_id": recorder, "recorded_at": _stamp(reported_on, 9), "meeting_id": None,
                "intervention": None, "responsible_id": None, "due_on": None, "task_id": None, "decision_note": "",
                "decided_by_id": None, "decided_at": None, **rows.stamp}

    undecided = []
    for _ in range(max(1, n_files // UNDECIDED_FILES)):
        f, child = rng.choice(children)
        undecided.append(report(f, child, min(today, max(f.opened_on, today - timedelta(days=rng.randint(0, 45))))))
    decided = []
    interventions = [i for i in FORUM_INTERVENTIONS if i != "emergency_removal"]
    for _ in range(max(1, n_files // DECIDED_FILES)):
        m = rng.choice(meetings)
        f, child = rng.choice(children)
        r = report(f, child, m["held_on"] - timedelta(days=rng.randint(1, 30)))
        intervention = rng.choice(interventions)
        note = rng.choice(DECISION_NOTES)
        r.update(meeting_id=m["id"], intervention=intervention, decision_note=note, decided_by_id=chair,
                 decided_at=_stamp(m["held_on"], 12))
        if intervention != "no_further_action":
            due = m["held_on"] + timedelta(days=forum_rules.DUE_WITHIN_DAYS.get(r["urgency"], 30))
            r.update(responsible_id=f.worker_id, due_on=due,
                     task_id=rows.task(f.id, forum_rules.task_title(intervention), note, due, f.worker_id,
                                       due < today and rng.random() < 0.9))
        decided.append(r)
    return meetings, undecided, decided


# ---- day-care ------------------------------------------------------------------------------------------------
def _daycare(rng: random.Random, rows: _Rows, files: list[_File], heads: dict[int, int], manager: int, n_files: int
             ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    today = rows.today
    tables, levels, versions = [], [], []
    for k, year in enumerate((today.year - 1, today.year)):
        tid = rows.next_id("income_tables")
        valid_from = date(year, 1, 1)
        tables.append({"id": tid, "valid_from": valid_from, "note": f"טבלת רמות הכנסה {year}",
                       "created_by_id": manager, **rows.stamp})
        inputs = tuple(LevelInput(n + 1, lo, INCOME_FROM[n + 1] if n + 1 < len(INCOME_FROM) else None, SHARES[k][n])
                       for n, lo in enumerate(INCOME_FROM))
        levels += [{"id": rows.next_id("income_levels"), "table_id": tid, "level": lv.level,
                    "income_from": lv.income_from, "income_to": lv.income_to, "parent_share": lv.parent_share}
                   for lv in inputs]
        versions.append(IncomeTableDTO(tid, 1, valid_from, "", inputs, False))
    year = daycare_rules.school_year_of(today)
    september = daycare_rules.september_first(year)
    table = daycare_rules.table_in_force(versions, max(september, today))
    assert table is not None
    toddlers = [(f, pid, born) for f in files for pid, born in f.children
                if born is not None and born < september and daycare_rules.eligible_age(born, year)[0]]
    rng.shuffle(toddlers)
    cases = []
    for f, child, born in toddlers[:max(1, n_files // DAYCARE_FILES)]:
        ground = rng.choice(("abuse_neglect", "parent_unable", "parent_unable", "developmental_delay"))
        delay = ground == "developmental_delay"
        income, size = rng.randrange(0, 2_000_000, 100), rng.randint(2, 7)
        share = daycare_rules.compute_share(income, size, table)
        status = rng.choices(("draft", "approved", "placed", "ended"), (20, 25, 45, 10))[0]
        committee_on = _between(rng, september - timedelta(days=150), min(today, september + timedelta(days=20)))
        row = {"id": rows.next_id("daycare_cases"), "file_id": f.id, "child_id": child, "school_year": year,
               "age_months": daycare_rules.age_on_september_first(born, year), "ground": ground,
               "ground_detail": "חוות דעת העו\"ס: הפעוט/ה זקוק/ה למסגרת מוגנת במשך היום.",
               "medical_info": ground == "abuse_neglect", "medical_source":
                   "מרפאת קופת חולים עין הבשור" if ground == "abuse_neglect" else "",
               "specialist_kind": rng.choice(("paediatrician", "developmental_psychologist")) if delay else "",
               "specialist_name": "ד\"ר נועם ברק" if delay else "",
               "specialist_on": committee_on - timedelta(days=30) if delay else None,
               "committee": "toddlers_at_risk", "protocol_id": None, "committee_on": committee_on,
               "committee_reference": f"פעוטות {year}/{rows.ids['daycare_cases']:04d}",
               "household_size": size, "monthly_income": income, "income_table_id": table.id,
               "income_level": share.level, "parent_share": share.parent_share,
               "calculation": daycare_rules.steps_to_json(share.steps), "centre_name": "", "start_on": None,
               "status": "draft", "ended_on": None, "end_reason": "", "approved_by_id": None, "approved_at": None,
               "worker_id": f.worker_id, **rows.stamp}
        moves: list[dict[str, Any]] = []
        if status != "draft":
            approved_on = min(today, committee_on + timedelta(days=rng.randint(1, 14)))
            moves.append({"status": "approved", "approved_by_id": heads.get(f.team_id, manager),
                          "approved_at": _stamp(approved_on, 11)})
            if status in ("placed", "ended"):
                start = _between(rng, max(approved_on, september), today)
                moves.append({"status": "placed", "centre_name": rng.choice(CENTRES), "start_on": start})
                if status == "ended":
                    moves.append({"status": "ended", "ended_on": _between(rng, start, today),
                                  "end_reason": "המשפחה עברה דירה"})
        cases.append({"row": row, "moves": moves})
    return tables, levels, cases


# ---- therapy ------------------------------------------------------------------------------------------------
def _therapy(rng: random.Random, rows: _Rows, files: list[_File], n_files: int) -> list[dict[str, Any]]:
    today = rows.today
    seen: set[tuple[str, int, str]] = set()  # (person or family, person or file id, kind)
    out: list[dict[str, Any]] = []
    tries = 0
    target = max(1, n_files // THERAPY_FILES)
    while len(out) < target and tries < target * 5:
        tries += 1
        f = rng.choice(files)
        subject = rng.choices(("child", "parent", "family"), (6, 3, 1))[0]
        people = f.children if subject == "child" else [(p, None) for p in f.parents]
        if subject != "family" and not people:
            continue
        person = rng.choice(people)[0] if subject != "family" else None
        kind = rng.choice({"child": ("emotional", "emotional", "art", "group"),
                           "parent": ("parent_guidance", "emotional", "art", "group"),
                           "family": ("parent_guidance", "group")}[subject])
        status = rng.choices(("waiting", "in_treatment", "ended"), (45, 35, 20))[0]
        key = ("family" if person is None else "person", person if person is not None else f.id, kind)
        if key in seen:  # inserted waiting, all of them: one per person (or family) and kind
            continue
        seen.add(key)
        referred = min(today, max(f.opened_on, today - timedelta(
            days=rng.randint(1, 300) if status == "waiting" else rng.randint(60, 700))))
        row = {"id": rows.next_id("therapy_referrals"), "file_id": f.id, "subject": subject, "person_id": person,
               "kind": kind, "reason": rng.choice(THERAPY_REASONS), "referred_on": referred,
               "referred_by_id": f.worker_id, "status": "waiting", "therapist": "", "started_on": None,
               "sessions_held": 0, "ended_on": None, "end_reason": "", "end_note": "", **rows.stamp}
        moves: list[dict[str, Any]] = []
        started = None
        if status == "in_treatment" or (status == "ended" and rng.random() < 0.8):
            started = _between(rng, referred, min(today, referred + timedelta(days=120)))
            weeks = max(0, (today - started).days // 7)
            moves.append({"status": "in_treatment", "therapist": rng.choice(THERAPISTS), "started_on": started,
                          "sessions_held": min(weeks, rng.randint(0, 40))})
        if status == "ended":
            reasons = THERAPY_END_REASONS if started else tuple(r for r in THERAPY_END_REASONS if r != "goals_met")
            moves.append({"status": "ended", "ended_on": _between(rng, started or referred, today),
                          "end_reason": rng.choice(reasons), "end_note": "סיכום קצר נשלח לעו\"ס המטפלת."})
        out.append({"row": row, "moves": moves})
    return out


def _write_moves(conn: Connection, table: Any, items: list[dict[str, Any]]) -> None:
    """Rows inserted as they start (a draft, a waiting referral), then moved: the k-th move of every row in one
    executemany UPDATE per set of columns it changes (the guards see each move as the service makes it)."""
    _insert(conn, table, [i["row"] for i in items])
    step = 0
    while True:
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for i in items:
            if step < len(i["moves"]):
                m = i["moves"][step]
                groups.setdefault(tuple(sorted(m)), []).append({"m_id": i["row"]["id"], **{f"m_{k}": v for k, v in m.items()}})
        if not groups:
            break
        for columns, params in groups.items():
            stmt = (update(table).where(table.c.id == bindparam("m_id"))
                    .values(version=table.c.version + 1, **{c: bindparam(f"m_{c}") for c in columns}))
            for chunk in _chunks(params):
                conn.execute(stmt, chunk)
        step += 1
