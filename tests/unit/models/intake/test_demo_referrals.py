"""The demo department's referrals (seeds/demo.py): every state of the intake queue, entered by the demo
intake worker, consistent with the service's rules."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import select

from models.clubs.entities import ClubRequest
from models.db import Database, make_engine
from models.intake.entities import Referral
from models.users.entities import User
from seeds.demo import seed_demo
from tests.support import TemplateDatabases


def test_demo_referrals_in_every_state(templates: TemplateDatabases, tmp_path: Path) -> None:
    db = Database(make_engine(templates.sqlite_copy(tmp_path / "demo.sqlite")))
    try:
        seed_demo(db, pg_logins=False)
        with db.session() as s:
            rows = s.scalars(select(Referral)).all()
            noa = s.scalar(select(User.id).where(User.username == "noa"))
            assert {r.intake_worker_id for r in rows} == {noa}
            states = Counter((r.status, r.outcome) for r in rows)
            assert states[("open", "")] == 5
            assert states[("awaiting_handover", "new_file")] == 1
            assert states[("awaiting_handover", "attached")] == 1
            for outcome in ("new_file", "attached", "referred_elsewhere", "no_intervention"):
                assert states[("closed", outcome)] >= 1, outcome
            open_urgencies = {r.urgency for r in rows if r.status == "open"}
            assert open_urgencies == {"immediate", "day", "week", "routine"}
            from datetime import date
            assert sum(r.status != "closed" and r.due_by < date.today() for r in rows) >= 2  # overdue ones
            handed = [r for r in rows if r.handed_to_id is not None]
            assert handed and all(r.task_id is not None for r in handed)
            assert all(r.persons for r in rows)
            # the club request filed at intake: the school's route when a school or kindergarten referred
            filed = s.execute(select(ClubRequest.route, Referral.source)
                              .join(Referral, Referral.id == ClubRequest.referral_id)).all()
            assert len(filed) == 1
            assert [route for route, _source in filed] == [
                "school" if source in ("school", "kindergarten") else "intake" for _route, source in filed]
    finally:
        db.dispose()
