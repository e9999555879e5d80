"""The demo department's continuum for children at risk (seeds/demo_continuum.py), seeded on both backends and
read through the services as the demo's staff see it (on PostgreSQL each connected as her own login, under
row-level security): the foster referrals of the north team in their statuses (placed with its Placement,
annual review and visits; rejected; moved back with a reason; the youth-law worker's emergency waiting for
the committee, its task on her list) and the decisions awaiting a referral; the forum's agenda in the rule's
order, last week's meeting with its decisions and their tasks for the workers; the income-level table and the
toddlers' cases with their shares; the therapy centre's waiting list, treatments and endings. The demo is
seeded once per backend for this module."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from models.committees.rules import annual_review_due
from models.daycare import rules as daycare_rules
from models.db import Database, make_engine
from models.errors import PermissionDenied
from models.forum import rules as forum_rules
from models.foster import rules as foster_rules
from models.services import Services
from models.therapy.entities import TherapyReferral
from models.users.auth import to_current_user
from models.users.dto import CurrentUser
from models.users.entities import User
from seeds import reference as ref
from seeds.demo import DEMO_PASSWORD, seed_demo
from seeds.demo_continuum import COMMITTEE_DAYS_AGO, PLACED_DAYS_AGO
from tests.support import RUN_TAG, TemplateDatabases, drop_pg_database, pg_admin_url

BACKENDS = ["sqlite"] + (["postgresql"] if pg_admin_url() else [])


@dataclass
class Demo:
    backend: str
    url: str
    db: Database
    prefix: str
    users: dict[str, CurrentUser]
    today: date
    dbs: dict[str, Database]

    def svc(self, short: str) -> Services:
        """The staff member's services: on PostgreSQL connected as her own login (row-level security)."""
        if self.backend == "sqlite":
            return Services(self.db, self.users[short])
        if short not in self.dbs:
            url = make_url(self.url).set(username=self.prefix + short, password=DEMO_PASSWORD)
            self.dbs[short] = Database(make_engine(url.render_as_string(hide_password=False)))
        return Services(self.dbs[short], self.users[short])


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request: pytest.FixtureRequest, templates: TemplateDatabases,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    backend = request.param
    name = None
    if backend == "sqlite":
        url, prefix = templates.sqlite_copy(tmp_path_factory.mktemp("demo_continuum") / "demo.sqlite"), ""
    else:
        (name, url), prefix = templates.pg_copy(), f"{RUN_TAG}_dc_"
    db = Database(make_engine(url))
    today = date.today()
    seed_demo(db, pg_logins=backend == "postgresql", username_prefix=prefix)
    with db.session() as s:
        users = {u.username.removeprefix(prefix): to_current_user(u) for u in s.scalars(select(User))}
    d = Demo(backend, url, db, prefix, users, today, {})
    yield d
    for other in d.dbs.values():
        other.dispose()
    db.dispose()
    if name:
        drop_pg_database(name)


def test_demo_foster_referrals_in_their_statuses(demo: Demo) -> None:
    today = demo.today
    rina = demo.svc("rina").foster
    page = rina.referrals()
    rows = {r.status: r for r in page.rows}
    # the north team's referrals: placed, rejected, back at proposed, the youth-law worker's emergency sent
    assert Counter(r.status for r in page.rows) == Counter({"placed": 1, "rejected": 1, "proposed": 1, "sent": 1})
    assert page.counts_by_status["placed"] == 1 and page.total == 4
    assert rina.referrals(status="open").total == 3  # the rejected one is closed

    placed = rina.referral(rows["placed"].id)
    held_on = today - timedelta(days=COMMITTEE_DAYS_AGO)
    assert placed.placed_on == today - timedelta(days=PLACED_DAYS_AGO) and placed.placement_id is not None
    assert placed.decision is not None and placed.decision.held_on == held_on and not placed.committee_missing
    assert placed.annual_review_on == annual_review_due(placed.placed_on, held_on)
    assert placed.foster_family_code and placed.foster_locality
    assert [e.to_status for e in placed.events] == ["draft", "sent", "assessment", "proposed", "matched", "placed"]
    assert len(placed.visits) == 2 and all(v.visited_on <= today for v in placed.visits)
    assert placed.next_statuses == ("ended",)
    # the placement is the committee's: the child's review is on the committee's list of placements
    assert any(p.id == placed.placement_id and p.setting == "foster_family" and p.ended_on is None
               for p in demo.svc("rina").committees.placements(placed.file_id))

    rejected = rina.referral(rows["rejected"].id)
    assert rejected.reject_reason == "no_family_found" and rejected.next_statuses == ()

    back = rina.referral(rows["proposed"].id)
    moves = [(e.from_status, e.to_status) for e in back.events]
    assert moves[-1] == ("matched", "proposed") and back.events[-1].reason and back.status_reason
    assert back.kind == "kinship"

    emergency = rina.referral(rows["sent"].id)
    created = emergency.events[0].moved_on
    assert emergency.kind == "emergency" and emergency.committee_missing and emergency.emergency_reason
    assert created == today - timedelta(days=3)
    assert emergency.committee_due_on == foster_rules.committee_due(created) and emergency.committee_due_on > today
    assert emergency.decision is None and emergency.events[0].moved_by == demo.users["orit"].full_name
    tasks = {t.id: t for t in demo.svc("orit").tasks.my_open_tasks()}
    assert emergency.committee_task_id in tasks
    assert tasks[emergency.committee_task_id].due_date == emergency.committee_due_on

    # the committee's foster decisions with no referral: the one heard 75 days ago, and the committee seed's
    awaiting = page.awaiting_referral
    assert len(awaiting) >= 2 and any(o.held_on == held_on for o in awaiting)
    assert all(o.kind in ("foster_family", "residential") and not o.has_referral for o in awaiting)

    # the south team's head: an emergency in draft, today; the north team's referrals are not hers
    south = demo.svc("khalil").foster.referrals()
    assert [(r.status, r.kind, r.committee_missing) for r in south.rows] == [("draft", "emergency", True)]
    assert south.rows[0].status_on == today
    # the committee coordinator reads none of it
    with pytest.raises(PermissionDenied):
        demo.svc("michal").foster.referrals()


def test_demo_forum_agenda_and_last_weeks_decisions(demo: Demo) -> None:
    today = demo.today
    avi = demo.svc("avi").forum
    agenda = avi.agenda()
    assert agenda.total == len(agenda.rows) == 8
    assert {r.urgency for r in agenda.rows} == {"immediate", "day", "week", "routine"}
    ages = [r.age_years for r in agenda.rows if r.age_years is not None]
    assert min(ages) <= 4 and max(ages) >= 14  # a toddler to a teenager
    reports = {r.report_id: avi.report(r.report_id) for r in agenda.rows}
    births = {i: r.child.birth_date for i, r in reports.items()}
    assert [r.report_id for r in agenda.rows] == sorted(
        reports, key=lambda i: forum_rules.agenda_key(reports[i], births[i], forum_rules.today()))
    assert all(r.reported_on <= today and not r.decided for r in reports.values())
    # the youth-law worker sees her team's part of the agenda; a family worker runs no forum
    north = demo.svc("orit").forum.agenda()
    assert 0 < north.total < agenda.total
    with pytest.raises(PermissionDenied):
        demo.svc("dana").forum.agenda()

    meetings = sorted(avi.meetings(from_date=today - timedelta(days=14)), key=lambda m: m.held_on)
    last, upcoming = meetings
    assert last.held_on < today and last.held_on.weekday() == 6 and last.status == "held"
    assert upcoming.held_on == last.held_on + timedelta(days=7) and upcoming.status == "planned"
    assert last.decided_count == 3 and last.chair is not None and last.chair.username == demo.prefix + "orit"
    items = avi.meeting_items(last.id)
    with_tasks = [r for r in items if r.task_id is not None]
    assert len(items) == 3 and len(with_tasks) == 2
    assert [r.intervention for r in items if r.task_id is None] == ["no_further_action"]
    for r in with_tasks:  # the decision's task is on the responsible worker's list
        assert r.responsible is not None and r.due_on is not None and r.meeting_on == last.held_on
        forum_rules.check_due(r.urgency, last.held_on, r.due_on)
        worker = r.responsible.username.removeprefix(demo.prefix)
        mine = {t.id: t for t in demo.svc(worker).tasks.my_open_tasks()}
        assert r.task_id in mine and mine[r.task_id].title == forum_rules.task_title(r.intervention)


def test_demo_daycare_table_and_cases(demo: Demo) -> None:
    today = demo.today
    avi = demo.svc("avi").daycare
    tables = avi.income_tables()
    assert [(t.valid_from, len(t.levels), t.in_use) for t in tables] == [(date(today.year, 1, 1), 7, True)]
    assert [(lv.income_from, lv.parent_share) for lv in tables[0].levels] == list(ref.INCOME_LEVELS)
    rows = avi.cases()
    assert Counter(r.status for r in rows) == Counter({"approved": 2, "placed": 1, "draft": 1})
    year = daycare_rules.school_year_of(today)
    for row in rows:
        case = avi.case(row.id)
        assert case.school_year == year and case.age_months < 36 and case.committee == "toddlers_at_risk"
        share = daycare_rules.compute_share(case.calculation.monthly_income, case.calculation.household_size,
                                            tables[0])
        assert case.calculation == share and len(case.calculation.steps) == 7
        assert (case.approved_by != "") == (case.status != "draft")
        if case.status == "placed":
            assert case.centre_name and case.start_on is not None and case.start_on <= today
    grounds = {avi.case(r.id).ground: r.status for r in rows}
    assert grounds["developmental_delay"] == "draft" and grounds["abuse_neglect"] == "placed"
    letters = [avi.approval_letter(r.id) for r in rows if r.status == "approved"]
    assert sorted(letter.language for letter in letters) == ["ar", "he"]
    # a family worker sees her team's cases only
    assert {r.id for r in demo.svc("dana").daycare.cases()} < {r.id for r in rows}


def test_demo_therapy_waiting_treating_and_ended(demo: Demo) -> None:
    today = demo.today
    avi = demo.svc("avi").therapy
    waiting = avi.waiting_list()
    assert [r.waiting_days for r in waiting] == [120, 40, 5]
    assert {r.subject for r in waiting} == {"child", "parent", "family"}
    treating = avi.in_treatment()
    assert len(treating) == 3 and all(r.therapist and r.sessions_held > 0 and r.started_on for r in treating)
    with demo.db.session() as s:
        ended = s.scalars(select(TherapyReferral).where(TherapyReferral.status == "ended")
                          .order_by(TherapyReferral.id)).all()
        ended_files = [(t.file_id, t.id) for t in ended]
    assert len(ended_files) == 2
    course = {r.id: r for f, _i in ended_files for r in avi.file_referrals(f)}
    reasons = sorted((course[i].end_reason, course[i].started_on is not None) for _f, i in ended_files)
    assert reasons == [("goals_met", True), ("moved", False)]
    assert all((course[i].ended_on or date.max) <= today for _f, i in ended_files)
