"""The demo department's treatment-plan committee (seeds/demo.py calls ``seed_committees``), loaded through
CommitteeService as the coordinator (michal) and the chairs would have entered it:

- a meeting held 45 days ago, chaired by the north team's head (rina): three cases of the north team, their
  participants invited in time, final protocols with decisions, a vote and tasks that are now Tasks on the
  files (some overdue), one of them an out-of-home decision carried out by a placement;
- a meeting planned in 3 weeks, chaired by the manager (avi): two cases, one of a Hebrew-speaking family and
  one of an Arabic-speaking family, with their parents, the minor and the family worker as participants
  (not invited yet: the demo prints the invitations);
- a child placed out of home about eleven and a half months ago with no hearing since: the annual review falls
  within the follow-up page's 30 days.

The service reads "today" from ``models.committees.rules.today``; to enter the past meeting as it happened,
the seed moves that clock for the duration of each step (``_clock``) and puts it back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time, timedelta

from sqlalchemy import select

from models.committees import rules
from models.committees.dto import (
    CaseInput,
    DecisionInput,
    MeetingInput,
    ParticipantInput,
    PlacementInput,
    ProtocolInput,
    ProtocolTaskInput,
)
from models.db import Database
from models.families.entities import FamilyFile, FamilyMember
from models.people.entities import Person
from models.services import Services
from models.users.dto import CurrentUser

PLACE = "אולם הישיבות, מחלקת הרווחה, קומה 2"


@contextmanager
def _clock(day: date) -> Iterator[None]:
    """The committee's today is ``day`` inside the block."""
    saved = rules.today
    rules.today = lambda: day
    try:
        yield
    finally:
        rules.today = saved


def _candidates(db: Database, users: dict[str, CurrentUser]) -> list[tuple[int, int, int, int, bool]]:
    """(file id, team id, worker id, child id, Arabic-speaking) of the open, unrestricted files with a child,
    by file id: one row per file (its youngest child)."""
    with db.session() as s:
        rows = s.execute(
            select(FamilyFile.id, FamilyFile.team_id, FamilyFile.worker_id, Person.id, Person.birth_date)
            .join(FamilyMember, FamilyMember.file_id == FamilyFile.id)
            .join(Person, Person.id == FamilyMember.person_id)
            .where(FamilyFile.status == "open", FamilyFile.restricted.is_(False), FamilyMember.relation == "child",
                   FamilyFile.worker_id.is_not(None))
            .order_by(FamilyFile.id, Person.birth_date.desc(), Person.id)).all()
        arabic = set(s.scalars(
            select(FamilyMember.file_id).join(Person, Person.id == FamilyMember.person_id)
            .where(FamilyMember.relation == "parent", Person.preferred_language == "ar")))
    out: dict[int, tuple[int, int, int, int, bool]] = {}
    for file_id, team_id, worker_id, child_id, _born in rows:
        if file_id not in out and worker_id is not None:
            out[file_id] = (file_id, team_id, worker_id, child_id, file_id in arabic)
    return list(out.values())


def seed_committees(db: Database, svc: dict[str, Services], users: dict[str, CurrentUser]) -> None:
    today = rules.today()
    michal = svc["michal"].committees
    north = users["rina"].team_id
    files = _candidates(db, users)
    workers = {u.id: name for name, u in users.items()}
    north_files = [f for f in files if f[1] == north and not f[4]]
    hebrew = [f for f in files if not f[4] and f not in north_files[:4]]
    arabic = [f for f in files if f[4]]
    held_cases, placed_file = north_files[:3], north_files[3]
    planned_he, planned_ar = hebrew[5], arabic[0]

    # ---- a meeting held 45 days ago, entered as it happened ---------------------------------------------
    held_on = today - timedelta(days=45)
    with _clock(held_on - timedelta(days=25)):
        m = michal.create_meeting(MeetingInput(held_on, time(9, 0), PLACE, "regular", users["rina"].id,
                                               notes="ישיבה חודשית של הוועדה לתכניות טיפול והערכה"))
        cases: list[tuple[int, int, int, int]] = []  # case, worker, child, file
        for file_id, _team, worker_id, child_id, _ar in held_cases:
            case = michal.add_case(m.id, CaseInput(
                file_id, child_id, "first_hearing" if not cases else "review", users[workers[worker_id]].full_name,
                "עובדת סוציאלית לטיפול במשפחה",
                "המשפחה מוכרת למחלקה. הילד/ה מתקשה בבית הספר (היעדרויות, קשיי קשב), ההורים משתפים פעולה חלקית."))
            ids = [michal.add_participant(case.id, p).id for p in michal.suggested_participants(case.id)]
            ids.append(michal.add_participant(case.id, ParticipantInput(
                kind="school_counsellor", name="יועצת בית הספר", organisation="בית ספר יסודי \"הגפן\" עין הבשור",
                role_title="יועצת חינוכית", phone="08-6200000", address="רחוב הגפן 4, עין הבשור")).id)
            michal.record_invitations(m.id, ids)
            cases.append((case.id, worker_id, child_id, file_id))
    with _clock(held_on):
        for i, (case_id, worker_id, _child, _file) in enumerate(cases):
            out_of_home = i == 2
            case = next(c for c in michal.meeting(m.id).cases if c.id == case_id)
            decision = (DecisionInput("foster_family", "השמה במשפחת אומנה לתקופה של שנה, בהסכמת ההורים.",
                                      ("הפניה לשירות האומנה", "קשר שבועי עם ההורים"))
                        if out_of_home else
                        DecisionInput("community_plan", "תכנית טיפול בקהילה לשישה חודשים.",
                                      ("מועדונית טיפולית, 5 ימים בשבוע", "הדרכת הורים (10 מפגשים)",
                                       "קשר חודשי עם בית הספר")))
            review = rules.add_months(held_on, 6)
            draft = michal.save_protocol(case_id, None, ProtocolInput(
                background="הילד/ה מוכר/ת למחלקה משנה שעברה; ההפניה לוועדה הגיעה מבית הספר.",
                professionals_views="היועצת: שיפור קל בנוכחות. העובדת הסוציאלית: נדרשת מסגרת אחר הצהריים.",
                parents_position="ההורים מסכימים לתכנית ומבקשים עזרה בהסעות.",
                child_position="רוצה להמשיך ללמוד עם החברים בכיתה.",
                discussion="הוועדה דנה בחלופות (מועדונית, תגבור לימודי, הדרכת הורים) ובעמדת ההורים.",
                decisions=(decision,), votes_for=5, votes_against=0, votes_abstained=1,
                parent_reservation="האם מבקשת שהמועדונית תהיה קרובה לבית." if i == 1 else "",
                district_right_stated=True,
                tasks=(ProtocolTaskInput("שיחת משוב עם ההורים אחרי הוועדה", worker_id, held_on + timedelta(days=14)),
                       ProtocolTaskInput("דיווח לוועדה על יישום התכנית", worker_id, held_on + timedelta(days=90))),
                next_review_on=review,
                attended=tuple(p.id for p in case.participants)))
            svc["rina"].committees.finalise(case_id, draft.version)
    _case_id, worker_id, child_id, file_id = cases[2]
    decision_id = michal.protocol(cases[2][0])
    assert decision_id is not None
    svc[workers[worker_id]].committees.record_placement(PlacementInput(
        file_id, child_id, "foster_family", held_on + timedelta(days=20), decision_id=decision_id.decisions[0].id,
        note="משפחת אומנה באזור; ביקורי הורים פעם בשבוע."))

    # ---- a child placed about eleven and a half months ago: the annual review is due within 30 days ---------
    file_id, _team, worker_id, child_id, _ar = placed_file
    svc[workers[worker_id]].committees.record_placement(PlacementInput(
        file_id, child_id, "residential", rules.add_months(today, -12) + timedelta(days=16),
        note="פנימייה טיפולית; חופשות בבית פעם בשבועיים."))

    # ---- a meeting in 3 weeks: a Hebrew-speaking and an Arabic-speaking family -------------------------------
    planned = michal.create_meeting(MeetingInput(today + timedelta(days=21), time(10, 30), PLACE, "expanded",
                                                 users["avi"].id))
    for (file_id, _team, worker_id, child_id, _ar), reason in ((planned_he, "review"), (planned_ar, "first_hearing")):
        case = michal.add_case(planned.id, CaseInput(
            file_id, child_id, reason, users[workers[worker_id]].full_name, "עובד/ת סוציאלי/ת",
            "בקשה לדיון בתכנית טיפול: קשיים בגן/בבית הספר ועומס על ההורים."))
        for p in michal.suggested_participants(case.id):
            michal.add_participant(case.id, p)
