"""The treatment-plan committee's part of the synthetic data set (seeds.synthetic): for about one family file
in five (open, with a minor child), a hearing of one child at a meeting of the past year with a final
protocol (one or two decisions, one or two tasks, each a real Task on the file assigned to the file's
worker), its participants (the parents, the family worker); about one decision in seven places the child out
of home (an open placement, a few thousand over 100,000 files); next reviews spread over the coming year
(about 4% overdue: a child whose review came was mostly heard again), about 5% of the tasks past their due
date still open; and a few planned meetings in the coming weeks with cases and participants, no protocol yet.

Inserted in bulk with SQLAlchemy Core and explicit ids (as the rest of the generator), as the owner of the
tables. Dated from the real today (seeds.synthetic passes it): deterministic for a seed on a given day.
On PostgreSQL the guard of revision 0016 holds for the owner too, so the order is the one the
service keeps: the protocols go in as drafts, then their decisions and tasks, then one UPDATE finalises them
all in the chair's name (the meeting's chair is the head of the file's team)."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from time import perf_counter
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from models.committees.entities import (
    CommitteeCase,
    CommitteeDecision,
    CommitteeMeeting,
    CommitteeParticipant,
    CommitteeProtocol,
    CommitteeTask,
    Placement,
)
from models.committees.rules import add_months
from models.families.entities import FamilyFile, FamilyMember
from models.people.entities import Person
from models.tasks.entities import Task
from models.users.entities import User

WHO = "seed:synthetic"
COORDINATOR = "syn_coordinator"
SHARE = 5  # one file in SHARE has a hearing with a final protocol
CASES_PER_MEETING = 8
UPCOMING_MEETINGS_PER_TEAM = 2
BATCH_ROWS = 5_000
# the decisions' kinds and their weights (foster_family and residential place the child out of home)
DECISION_WEIGHTS = {"community_plan": 80, "foster_family": 8, "residential": 7, "court_recommendation": 5}
REVIEW_MONTHS = (3, 6, 6, 9, 12, 12)
OVERDUE_REVIEWS = 0.04  # the share of children whose review date has passed without a new hearing
OPEN_OVERDUE_TASKS = 0.05  # the share of the committee tasks past their due date still open
TABLES = (CommitteeMeeting, CommitteeCase, CommitteeParticipant, CommitteeProtocol, CommitteeDecision,
          CommitteeTask, Placement, Task)
PLACES = ("חדר הישיבות, קומה 2", "אולם המחלקה", "חדר 14")
TASK_TITLES = ("שיחה עם בית הספר", "הפניה לטיפול רגשי", "ביקור בית", "תיאום עם קופת החולים",
               "בדיקת מסגרת חוץ-ביתית", "הכנת דוח לוועדה הבאה")


@dataclass(frozen=True)
class CommitteeStats:
    meetings: int
    final_protocols: int
    open_placements: int
    seconds: float = 0.0


@dataclass
class _File:
    id: int
    team_id: int
    worker_id: int
    address: str
    children: list[int]
    parents: list[tuple[int, str, str, str]]  # person id, name, sex, preferred language


def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    stmt = insert(table)
    for i in range(0, len(rows), BATCH_ROWS):
        conn.execute(stmt, rows[i:i + BATCH_ROWS])


def _next_ids(conn: Connection) -> dict[str, int]:
    return {t.__tablename__: (conn.scalar(select(func.max(t.id))) or 0) + 1 for t in TABLES}


def _files(conn: Connection, first_file: int, today: date) -> list[_File]:
    """The open files from ``first_file`` on with a minor child."""
    adult = date(today.year - 18, today.month, min(today.day, 28))
    files: dict[int, _File] = {}
    rows = conn.execute(
        select(FamilyFile.id, FamilyFile.team_id, FamilyFile.worker_id, FamilyFile.address, FamilyMember.relation,
               Person.id, Person.first_name, Person.last_name, Person.sex, Person.preferred_language,
               Person.birth_date)
        .join(FamilyMember, FamilyMember.file_id == FamilyFile.id).join(Person, Person.id == FamilyMember.person_id)
        .where(FamilyFile.id >= first_file, FamilyFile.status == "open", FamilyFile.restricted.is_(False))
        .order_by(FamilyFile.id, Person.id))
    for fid, team, worker, address, relation, pid, first, last, sex, lang, born in rows:
        f = files.get(fid)
        if worker is None:  # a file without a worker has nobody to take the committee's tasks
            continue
        if f is None:
            f = files[fid] = _File(fid, team, worker, address or "רחוב הדקל 1", [], [])
        if relation == "child" and born is not None and born > adult:
            f.children.append(pid)
        elif relation == "parent":
            f.parents.append((pid, f"{first} {last}", sex, lang))
    return [f for f in files.values() if f.children]


def _weekday(d: date) -> date:
    while d.weekday() in (4, 5):  # Friday, Saturday
        d -= timedelta(days=1)
    return d


def seed_committees(conn: Connection, rng: random.Random, first_file: int, today: date) -> CommitteeStats:
    """The committee rows for the files from ``first_file`` on (see the module)."""
    t0 = perf_counter()
    files = _files(conn, first_file, today)
    if not files:
        return CommitteeStats(0, 0, 0)
    n_files = conn.scalar(select(func.count()).select_from(FamilyFile).where(FamilyFile.id >= first_file)) or 0
    chosen = rng.sample(files, min(len(files), max(1, n_files // SHARE)))
    users = conn.execute(select(User.id, User.username, User.full_name, User.role, User.team_id)
                         .where(User.active.is_(True))).all()
    names = {u.id: u.full_name for u in users}
    heads = {u.team_id: u.id for u in users if u.role == "team_head" and u.username.startswith("syn_")}
    managers = [u.id for u in users if u.role == "manager"]
    coordinator = next((u.id for u in users if u.username == COORDINATOR), None)
    if coordinator is None:  # made by seeds.synthetic._ensure_staff; any coordinator will do
        coordinator = next(u.id for u in users if u.role == "committee_coordinator")
    ids = _next_ids(conn)
    stamp = {"version": 1, "created_by": WHO, "updated_by": WHO}

    by_team: dict[int, list[_File]] = defaultdict(list)
    for f in chosen:
        by_team[f.team_id].append(f)
    meetings: list[dict[str, Any]] = []
    cases: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    protocols: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    ctasks: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    placements: list[dict[str, Any]] = []
    finals: list[dict[str, Any]] = []

    def meeting(held_on: date, chair: int, status: str) -> int:
        mid = ids["committee_meetings"]
        ids["committee_meetings"] += 1
        meetings.append({"id": mid, "held_on": held_on, "starts_at": time(9, 0), "place": rng.choice(PLACES),
                         "level": "regular", "chair_id": chair, "coordinator_id": coordinator, "status": status,
                         "notes": "", "cancel_reason": "", **stamp})
        return mid

    def case(mid: int, position: int, f: _File, child: int, held_on: date, reason: str) -> int:
        cid = ids["committee_cases"]
        ids["committee_cases"] += 1
        cases.append({"id": cid, "meeting_id": mid, "position": position, "file_id": f.id, "child_id": child,
                      "reason": reason, "requested_by_name": names.get(f.worker_id, ""),
                      "requested_by_role": "עובדת משפחה", "background": "רקע: המשפחה מוכרת למחלקה.", **stamp})
        invited = held_on - timedelta(days=21)
        for pid, name, sex, lang in f.parents[:2]:
            participants.append({
                "id": ids["committee_participants"], "case_id": cid, "file_id": f.id,
                "kind": "mother" if sex == "f" else "father", "name": name, "organisation": "", "role_title": "",
                "phone": "", "email": "", "address": f.address, "language": "ar" if lang == "ar" else "he",
                "method": "mail", "person_id": pid, "user_id": None,
                "invited_on": invited if invited <= today else None, "confirmed": held_on <= today,
                "attended": held_on <= today and rng.random() < 0.8, **stamp})
            ids["committee_participants"] += 1
        participants.append({
            "id": ids["committee_participants"], "case_id": cid, "file_id": f.id, "kind": "family_worker",
            "name": names.get(f.worker_id, "עובדת המשפחה"), "organisation": "המחלקה לשירותים חברתיים",
            "role_title": "עובדת משפחה", "phone": "", "email": "", "address": "", "language": "he",
            "method": "in_person", "person_id": None, "user_id": f.worker_id,
            "invited_on": invited if invited <= today else None, "confirmed": True, "attended": held_on <= today,
            **stamp})
        ids["committee_participants"] += 1
        return cid

    kinds, weights = list(DECISION_WEIGHTS), list(DECISION_WEIGHTS.values())
    for team, team_files in sorted(by_team.items()):
        chair = heads.get(team) or managers[0]
        rng.shuffle(team_files)
        n_meetings = max(1, -(-len(team_files) // CASES_PER_MEETING))
        dates = sorted(_weekday(today - timedelta(days=rng.randrange(1, 366))) for _ in range(n_meetings))
        for m, held_on in enumerate(dates):
            mid = meeting(held_on, chair, "held")
            for position, f in enumerate(team_files[m * CASES_PER_MEETING:(m + 1) * CASES_PER_MEETING], start=1):
                child = rng.choice(f.children)
                cid = case(mid, position, f, child, held_on, rng.choice(("first_hearing", "review", "annual_review")))
                pid = ids["committee_protocols"]
                ids["committee_protocols"] += 1
                chosen_kinds = [rng.choices(kinds, weights)[0] for _ in range(rng.choice((1, 1, 2)))]
                placed = any(k in ("foster_family", "residential") for k in chosen_kinds)
                # most reviews still ahead (a child whose review came was heard again), spread over the year
                ahead = [n for n in REVIEW_MONTHS if add_months(held_on, n) > today]
                if placed:
                    months = 12
                elif ahead and rng.random() >= OVERDUE_REVIEWS:
                    months = rng.choice(ahead)
                else:
                    months = rng.choice(REVIEW_MONTHS)
                protocols.append({
                    "id": pid, "case_id": cid, "file_id": f.id, "child_id": child, "held_on": held_on,
                    "background": "הילד/ה מוכר/ת למחלקה; המסגרת החינוכית דיווחה על קשיים.",
                    "professionals_views": "עובדת המשפחה ממליצה על תכנית טיפול.",
                    "parents_position": "ההורים שותפים לתכנית.", "child_position": "הילד/ה שמע/ה את התכנית.",
                    "discussion": "הוועדה דנה בחלופות.", "votes_for": rng.randint(3, 5), "votes_against": 0,
                    "votes_abstained": rng.choice((0, 0, 1)), "dissent": "", "parent_reservation": "",
                    "district_right_stated": True, "next_review_on": add_months(held_on, months),
                    "finalised_at": None, "finalised_by_id": None, **stamp})
                finals.append({"p_id": pid, "p_by": chair,
                               "p_at": datetime.combine(held_on, time(14, 0), tzinfo=UTC)})
                for position_d, kind in enumerate(chosen_kinds, start=1):
                    did = ids["committee_decisions"]
                    ids["committee_decisions"] += 1
                    decisions.append({"id": did, "protocol_id": pid, "file_id": f.id, "position": position_d,
                                      "kind": kind, "text": "החלטת הוועדה.", "items": []})
                    start = held_on + timedelta(days=rng.randrange(7, 40))
                    if kind in ("foster_family", "residential") and start <= today:
                        ended = rng.random() < 0.1 and (today - start).days > 30
                        placements.append({
                            "id": ids["placements"], "file_id": f.id, "child_id": child, "setting": kind,
                            "started_on": start, "ended_on": today - timedelta(days=10) if ended else None,
                            "end_reason": "חזרה הביתה" if ended else "", "decision_id": did, "note": "", **stamp})
                        ids["placements"] += 1
                for position_t in range(1, rng.choice((1, 2)) + 1):
                    due = held_on + timedelta(days=rng.choice((30, 60, 90)))
                    title = rng.choice(TASK_TITLES)
                    done = due < today and rng.random() >= OPEN_OVERDUE_TASKS
                    tid = ids["tasks"]
                    ids["tasks"] += 1
                    tasks.append({"id": tid, "file_id": f.id, "title": title, "description": "ממשימות הוועדה",
                                  "due_date": due, "assignee_id": f.worker_id, "done": done,
                                  "done_at": datetime.combine(due, time(12, 0), tzinfo=UTC) if done else None,
                                  **stamp})
                    ctasks.append({"id": ids["committee_tasks"], "protocol_id": pid, "file_id": f.id,
                                   "position": position_t, "title": title, "description": "",
                                   "responsible_id": f.worker_id, "due_on": due, "task_id": tid})
                    ids["committee_tasks"] += 1
        # the coming weeks: planned meetings of this team, their agenda and invitations, no protocol yet
        for k in range(UPCOMING_MEETINGS_PER_TEAM):
            held_on = _weekday(today + timedelta(days=10 + 14 * k))
            mid = meeting(held_on, chair, "planned")
            for position, f in enumerate(rng.sample(team_files, min(len(team_files), 6)), start=1):
                case(mid, position, f, rng.choice(f.children), held_on, "review")

    _insert(conn, CommitteeMeeting.__table__, meetings)
    _insert(conn, CommitteeCase.__table__, cases)
    _insert(conn, CommitteeParticipant.__table__, participants)
    _insert(conn, CommitteeProtocol.__table__, protocols)  # drafts: their decisions and tasks go in first
    _insert(conn, CommitteeDecision.__table__, decisions)
    _insert(conn, Task.__table__, tasks)
    _insert(conn, CommitteeTask.__table__, ctasks)
    finalise = (update(CommitteeProtocol).where(CommitteeProtocol.id == bindparam("p_id"))
                .values(finalised_at=bindparam("p_at"), finalised_by_id=bindparam("p_by")))
    for chunk in _chunks(finals):
        conn.execute(finalise, chunk)
    # a placement carries out a final decision (the 0016 guard): after the finalising
    _insert(conn, Placement.__table__, placements)
    if conn.dialect.name == "postgresql":  # explicit ids: move the sequences past them
        for t in TABLES:
            conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{t.__tablename__}', 'id'), "
                                 f"(SELECT coalesce(max(id), 1) FROM {t.__tablename__}))")
    return CommitteeStats(len(meetings), len(protocols), sum(1 for p in placements if p["ended_on"] is None),
                          perf_counter() - t0)


def _chunks(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), BATCH_ROWS):
        yield rows[i:i + BATCH_ROWS]
