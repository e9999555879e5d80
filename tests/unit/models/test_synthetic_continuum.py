"""The continuum's part of the synthetic data set (seeds.synthetic_continuum), on both backends (on PostgreSQL the
guards of revisions 0018-0021 hold for the seed too): open foster referrals (one per ten files) and rejected
ones, each with its history of moves along the pipeline as the rules allow them, the emergencies with their
committee Task, the placed ones on the committees' Placement; undecided risk reports and reports decided at
the forum's past meetings within the urgency's days, each with its Task; day-care cases with the share the
income table in force gives; therapy referrals in every status. And the pages read it through the services
as the users who open them (on PostgreSQL as their own logins, under row-level security): the referrals page
as a team head, the agenda as a youth-law worker, the therapy waiting list and the day-care list. Seeded once:
a second run adds none of it."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from models.codes import FOSTER_OPEN_STATUSES
from models.committees.entities import CommitteeDecision, CommitteeProtocol, Placement
from models.committees.rules import annual_review_due
from models.daycare import rules as daycare_rules
from models.daycare.dto import IncomeTableDTO, LevelInput
from models.daycare.entities import DaycareCase, IncomeLevel, IncomeTable
from models.db import Database, make_engine
from models.families.entities import FamilyFile, FamilyMember
from models.forum import rules as forum_rules
from models.forum.entities import ForumMeeting, RiskReport
from models.foster import rules as foster_rules
from models.foster.entities import FosterReferral, FosterReferralEvent, FosterVisit
from models.people.entities import Person
from models.services import Services
from models.tasks.entities import Task
from models.therapy.entities import TherapyReferral
from models.users.auth import to_current_user
from models.users.dto import CurrentUser
from models.users.entities import User
from models.users.service import add_user_row
from seeds.synthetic import seed_synthetic
from seeds.synthetic_continuum import YOUTH_LAW_WORKER
from tests.support import RUN_TAG, ensure_pg_login

FILES = 400


def _user(db: Database, url: str, role: str, team_id: int, tag: str) -> tuple[Database, CurrentUser]:
    """A user of ``role`` in the team, and the database as she connects to it: on PostgreSQL her own login (row-level
    security applies), on SQLite the one database."""
    postgres = db.is_postgres
    username = f"{RUN_TAG}_{tag}" if postgres else f"t_{tag}"
    if postgres:
        ensure_pg_login(username, role)
    with db.session() as s:
        member = s.scalar(select(User).where(User.team_id == team_id, User.username.like("syn%")))
        assert member is not None and member.team is not None
        u = add_user_row(s, username=username, full_name="בודקת", role=role, team=member.team.name, password=None,
                         who="test")
        s.flush()
        user = to_current_user(u)
    if not postgres:
        return db, user
    own = make_url(url).set(username=username, password=None)
    return Database(make_engine(own.render_as_string(hide_password=False))), user


def test_the_synthetic_continuum_keeps_the_rules_and_shows_on_the_pages(db_url: str) -> None:
    db = Database(make_engine(db_url))
    today = date.today()
    others: list[Database] = []
    try:
        stats = seed_synthetic(db, families=FILES, seed=4)
        c = stats.continuum
        assert c is not None and "open foster referrals" in str(stats)
        assert c.open_referrals >= FILES // 10 and c.closed_referrals == FILES // 50
        assert (c.undecided_reports, c.decided_reports) == (FILES // 10, FILES // 20)
        assert c.daycare_cases >= 1 and c.therapy_referrals >= 4

        with db.session() as s:
            births = dict(s.execute(select(Person.id, Person.birth_date)).all())
            children = {(f, p) for f, p in s.execute(select(FamilyMember.file_id, FamilyMember.person_id)
                                                     .where(FamilyMember.relation == "child"))}
            parents = {(f, p) for f, p in s.execute(select(FamilyMember.file_id, FamilyMember.person_id)
                                                    .where(FamilyMember.relation == "parent"))}
            files = {f.id: f for f in s.scalars(select(FamilyFile))}
            users = {u.id: u for u in s.scalars(select(User))}
            tasks = {t.id: t for t in s.scalars(select(Task))}

            # ---- foster referrals: statuses, histories, emergencies, placements ----------------------------
            referrals = s.scalars(select(FosterReferral)).all()
            assert len(referrals) == c.open_referrals + c.closed_referrals
            events: dict[int, list[FosterReferralEvent]] = {}
            for e in s.scalars(select(FosterReferralEvent).order_by(FosterReferralEvent.id)):
                events.setdefault(e.referral_id, []).append(e)
            open_children = Counter(r.child_id for r in referrals if r.status not in foster_rules.CLOSED)
            assert set(open_children.values()) == {1}  # one open referral per child
            assert Counter(r.status for r in referrals)["rejected"] == c.closed_referrals
            assert {r.status for r in referrals} >= {*FOSTER_OPEN_STATUSES, "placed", "rejected"}
            for r in referrals:
                f = files[r.file_id]
                assert (r.file_id, r.child_id) in children and f.status == "open" and not f.restricted
                assert r.stage == foster_rules.stage(r.status)
                assert r.age_order == foster_rules.age_order(births[r.child_id])
                history = events[r.id]
                assert (history[0].from_status, history[0].to_status) == ("", "draft")
                assert history[0].moved_by_id == r.created_by_id
                for before, after in pairwise(history):
                    assert after.from_status == before.to_status and after.moved_on >= before.moved_on
                    assert after.to_status in foster_rules.next_statuses(after.from_status)
                    if foster_rules.is_backwards(after.from_status, after.to_status):
                        assert after.reason
                assert (history[-1].to_status, history[-1].moved_on) == (r.status, r.status_on)
                assert r.status_on <= today
                assert (r.sent_on is not None) == (r.status != "draft")
                if r.decision_id is None:  # an emergency, by the youth-law worker of the file's team
                    assert r.kind == "emergency" and r.emergency_reason
                    creator = users[r.created_by_id]
                    assert creator.role == "youth_law_worker" and creator.team_id == f.team_id
                    assert r.committee_due_on == foster_rules.committee_due(history[0].moved_on)
                    assert r.committee_task_id is not None
                    task = tasks[r.committee_task_id]
                    assert (task.file_id, task.assignee_id, task.title, task.due_date) == (
                        r.file_id, r.created_by_id, foster_rules.EMERGENCY_TASK_TITLE, r.committee_due_on)
                    assert task.done == (r.status == "rejected") and task.confidential
                else:
                    held_on, child, kind = s.execute(
                        select(CommitteeProtocol.held_on, CommitteeProtocol.child_id, CommitteeDecision.kind)
                        .join(CommitteeDecision, CommitteeDecision.protocol_id == CommitteeProtocol.id)
                        .where(CommitteeDecision.id == r.decision_id)).one()
                    assert (child, kind) == (r.child_id, "foster_family") and r.kind != "emergency"
                    assert r.committee_due_on is None and r.committee_task_id is None
                if r.status == "placed":
                    assert r.placed_on is not None
                    p = s.get(Placement, r.placement_id)
                    assert p is not None and p.ended_on is None and p.setting == "foster_family"
                    assert (p.child_id, p.started_on, p.decision_id) == (r.child_id, r.placed_on, r.decision_id)
                    assert r.annual_review_on == annual_review_due(r.placed_on, held_on)
                    assert r.foster_family_code and r.foster_locality
                else:
                    assert r.placement_id is None and r.placed_on is None
                assert (r.reject_reason != "") == (r.status == "rejected")
            visits = s.scalars(select(FosterVisit)).all()
            placed = {r.id: r for r in referrals if r.status == "placed"}
            assert all(v.referral_id in placed and (placed[v.referral_id].placed_on or today) <= v.visited_on <= today
                       for v in visits)

            # ---- risk reports and the forum ----------------------------------------------------------------
            meetings = {m.id: m for m in s.scalars(select(ForumMeeting))}
            assert all(m.status == "held" and m.held_on < today and m.held_on.weekday() == 6
                       for m in meetings.values())
            reports = s.scalars(select(RiskReport)).all()
            undecided = [r for r in reports if r.decided_at is None]
            assert len(undecided) == c.undecided_reports
            assert {r.urgency for r in undecided} == {"immediate", "day", "week", "routine"}
            for rep in reports:
                assert (rep.file_id, rep.child_id) in children and rep.reported_on <= today and rep.description
                if rep.decided_at is None:
                    assert rep.meeting_id is None and rep.task_id is None
                    continue
                assert rep.meeting_id is not None and rep.decided_by_id is not None and rep.intervention
                m = meetings[rep.meeting_id]
                assert rep.reported_on <= m.held_on and users[rep.decided_by_id].role == "youth_law_worker"
                if rep.intervention == "no_further_action":
                    assert rep.task_id is None
                    continue
                assert rep.due_on is not None and rep.task_id is not None
                forum_rules.check_due(rep.urgency, m.held_on, rep.due_on)  # raises if the rule is broken
                task = tasks[rep.task_id]
                assert (task.file_id, task.assignee_id, task.due_date, task.title, task.confidential) == (
                    rep.file_id, rep.responsible_id, rep.due_on, forum_rules.task_title(rep.intervention), True)
                assert rep.responsible_id == files[rep.file_id].worker_id

            # ---- day-care: the share the table in force gives -----------------------------------------------
            tables = []
            for version in s.scalars(select(IncomeTable).order_by(IncomeTable.valid_from)):
                levels = tuple(LevelInput(lv.level, lv.income_from, lv.income_to, lv.parent_share) for lv in
                               s.scalars(select(IncomeLevel).where(IncomeLevel.table_id == version.id)
                                         .order_by(IncomeLevel.level)))
                daycare_rules.validate_levels(levels)
                assert len(levels) == 7
                tables.append(IncomeTableDTO(version.id, version.version, version.valid_from, version.note, levels,
                                             False))
            cases = s.scalars(select(DaycareCase)).all()
            assert len(cases) == c.daycare_cases
            for case in cases:
                assert (case.file_id, case.child_id) in children
                born = births[case.child_id]
                assert born is not None
                ok, months = daycare_rules.eligible_age(born, case.school_year)
                assert ok and months == case.age_months
                table = daycare_rules.table_in_force(tables, max(daycare_rules.september_first(case.school_year),
                                                                 today))
                assert table is not None and case.income_table_id == table.id
                share = daycare_rules.compute_share(case.monthly_income, case.household_size, table)
                assert (case.income_level, case.parent_share) == (share.level, share.parent_share)
                assert case.calculation == daycare_rules.steps_to_json(share.steps)
                assert (case.approved_by_id is not None) == (case.status != "draft")

            # ---- therapy ---------------------------------------------------------------------------------
            therapy = s.scalars(select(TherapyReferral)).all()
            assert len(therapy) == c.therapy_referrals
            assert {th.status for th in therapy} == {"waiting", "in_treatment", "ended"}
            for th in therapy:
                members = {"child": children, "parent": parents}.get(th.subject)
                assert members is None or (th.file_id, th.person_id) in members
                assert th.referred_on <= today and (th.ended_on or today) <= today
            keys = Counter((th.person_id, th.file_id if th.person_id is None else 0, th.kind) for th in therapy
                           if th.status != "ended")
            assert set(keys.values()) == {1}

            first_team = s.scalar(select(User.team_id).where(User.username == YOUTH_LAW_WORKER))
            team_files = {f.id for f in files.values() if f.team_id == first_team}
        assert first_team is not None

        # ---- the pages, as the users who open them --------------------------------------------------------
        head_db, head = _user(db, db_url, "team_head", first_team, "head")
        youth_db, youth = _user(db, db_url, "youth_law_worker", first_team, "youth")
        worker_db, worker = _user(db, db_url, "family_worker", first_team, "worker")
        others += [x for x in (head_db, youth_db, worker_db) if x is not db]

        page = Services(head_db, head).foster.referrals(status="open")
        mine = [r for r in referrals if r.file_id in team_files and r.status not in foster_rules.CLOSED]
        assert page.total == len(mine) and len(page.rows) == min(200, len(mine)) and page.rows
        key = {r.id: (r.stage, r.age_order, r.id) for r in referrals}
        assert [x.id for x in page.rows] == sorted((r.id for r in mine), key=key.__getitem__)[:200]
        assert page.counts_by_status["rejected"] == sum(1 for r in referrals if r.file_id in team_files
                                                        and r.status == "rejected")
        assert any(x.committee_missing for x in page.rows) and not all(x.committee_missing for x in page.rows)

        agenda = Services(youth_db, youth).forum.agenda()
        waiting = [r for r in undecided if r.file_id in team_files]
        assert agenda.total == len(waiting) and agenda.rows
        by_id = {r.id: r for r in waiting}
        assert [x.report_id for x in agenda.rows] == sorted(
            by_id, key=lambda i: forum_rules.agenda_key(by_id[i], births[by_id[i].child_id], forum_rules.today()))[:200]

        listed = Services(worker_db, worker).therapy.waiting_list()
        assert [x.id for x in listed] == [t.id for t in sorted(
            (t for t in therapy if t.status == "waiting" and t.file_id in team_files),
            key=lambda t: (t.referred_on, t.id))][:200]
        assert len(Services(head_db, head).daycare.cases()) == sum(1 for x in cases if x.file_id in team_files)

        again = seed_synthetic(db, families=20, seed=5)  # seeded once
        assert again.continuum is not None and again.continuum.open_referrals == 0
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(FosterReferral)) == len(referrals)
    finally:
        for other in others:
            other.dispose()
        db.dispose()
