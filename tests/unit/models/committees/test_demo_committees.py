"""The demo department's committee (seeds/demo_committees.py): a held meeting with final protocols whose tasks
are Tasks on the files, a meeting in three weeks with a Hebrew- and an Arabic-speaking family, a placed
child's annual review on the follow-up page — consistent with the service's rules, and the coordinator and
the chairs able to sign in with the demo password."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from models.committees import rules
from models.db import Database, make_engine
from models.roles import CHAIR_ROLES
from models.services import Services
from models.users.auth import to_current_user
from models.users.entities import User
from seeds.demo import DEMO_PASSWORD, demo_logins, seed_demo
from tests.support import TemplateDatabases


def test_demo_committee(templates: TemplateDatabases, tmp_path: Path) -> None:
    db = Database(make_engine(templates.sqlite_copy(tmp_path / "demo.sqlite")))
    try:
        seed_demo(db, pg_logins=False)
        logins = {d.username: d for d in demo_logins()}
        assert logins["michal"].role == "committee_coordinator" and logins["michal"].password == DEMO_PASSWORD
        assert {d.role for d in logins.values()} >= {r.value for r in CHAIR_ROLES}
        with db.session() as s:
            users = {u.username: to_current_user(u) for u in s.scalars(select(User))}
        michal = Services(db, users["michal"]).committees
        held, planned = michal.meetings()
        today = rules.today()
        assert held.status == "held" and held.held_on < today and held.cases == held.final_protocols == 3
        assert planned.status == "planned" and (planned.held_on - today).days == 21 and planned.cases == 2
        meeting = michal.meeting(planned.id)
        languages = [{p.language for p in c.participants if p.is_parent} for c in meeting.cases]
        assert languages == [{"he"}, {"ar"}]
        assert all(any(p.kind == "minor" for p in c.participants) for c in meeting.cases)
        for case in michal.meeting(held.id).cases:
            protocol = michal.protocol(case.id)
            assert protocol is not None and protocol.final and protocol.decisions
            assert protocol.tasks and all(t.task_id is not None for t in protocol.tasks)
        follow = michal.follow_up()
        assert follow.overdue_tasks  # the tasks due two weeks after the held meeting
        assert any(r.source == "placement" and 0 <= (r.due_on - today).days <= 30 for r in follow.reviews)
        chair = Services(db, users["rina"]).committees  # the held meeting's chair sees its files' hearings
        first = michal.meeting(held.id).cases[0]
        tab = chair.file_committees(first.file_id)
        assert [h.protocol_status for h in tab.hearings] == ["final"] and tab.next_review_on is not None
    finally:
        db.dispose()
