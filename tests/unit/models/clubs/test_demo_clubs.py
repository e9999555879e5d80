"""The demo department's six clubs (seeds/demo_clubs.py), read as the club worker sees them through the
service: the clubs with their staff, hours, fee and routes; one club full, the others with seats; waiting
lists of every route, urgency and risk with a pinned request and a child older than the range; this month's
attendance, with the child whose third unexplained absence in a row raises a task; the last months charged,
with an exemption, a discount and families in arrears. The demo's today is fixed here (mid-month, not the
real today: every step of the seed must read the clubs' clock)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models.clubs import rules
from models.clubs.dto import AttendanceMark
from models.db import Database, make_engine
from models.services import AuthService, Services
from models.users.auth import to_current_user
from models.users.entities import User
from seeds.demo import DEMO_PASSWORD, demo_logins, seed_demo
from seeds.demo_clubs import CLUB_WORKER, HOURS
from tests.support import TemplateDatabases

TODAY = date(2026, 11, 18)  # a Wednesday: the month's club days before it are recorded


def test_demo_clubs(templates: TemplateDatabases, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("models.clubs.rules.today", lambda: TODAY)
    db = Database(make_engine(templates.sqlite_copy(tmp_path / "demo.sqlite")))
    try:
        seed_demo(db, pg_logins=False)
        logins = {d.username: d for d in demo_logins()}
        assert logins[CLUB_WORKER].role == "club_worker" and logins[CLUB_WORKER].password == DEMO_PASSWORD
        assert AuthService(db).sign_in(CLUB_WORKER, DEMO_PASSWORD).role == "club_worker"
        with db.session() as s:
            users = {u.username: to_current_user(u) for u in s.scalars(select(User))}
        clubs = Services(db, users[CLUB_WORKER]).clubs

        # ---- six clubs, one full ------------------------------------------------------------------------
        listed = clubs.clubs()
        assert len(listed) == 6 and len({c.name for c in listed}) == 6
        for c in listed:
            assert (c.capacity, c.min_age, c.max_age, c.monthly_fee_agorot, c.hours) == (15, 3, 12, 13_000, HOURS)
            assert c.guide_name and c.house_mother_name and c.address and c.phone
            assert c.supervisor_id == users[CLUB_WORKER].id and len([r for r in c.routes if r.active]) == 2
        assert any("אלזיתון" in c.address for c in listed)
        full = [c for c in listed if c.enrolled == c.capacity]
        assert len(full) == 1 and all(10 <= c.enrolled <= 15 for c in listed)

        # ---- the waiting lists --------------------------------------------------------------------------
        lists = {c.id: clubs.waiting_list(c.id) for c in listed}
        first = lists[full[0].id].next
        assert first is not None and first.pinned_rank == 1 and first.rank_reason
        everyone = [r for wl in lists.values() for r in wl.rows]
        assert {r.route for r in everyone} == {"family_worker", "intake", "school"}
        assert {r.risk for r in everyone} == {"high", "medium", "low"}
        assert len({r.urgency for r in everyone}) >= 3
        assert any(not r.age_fits and r.age is not None and r.age > 12 for r in everyone)
        assert any(r.preferred_club_id is None for r in everyone)  # a request for any club, on every list
        assert all(wl.rows for wl in lists.values())

        # ---- the children's details ------------------------------------------------------------------------
        roster = [r for c in listed for r in clubs.roster(c.id)]
        assert len(roster) == sum(c.enrolled for c in listed)
        assert any(r.allergies for r in roster) and any(r.diet for r in roster)
        assert any(r.consent_signed for r in roster) and not all(r.consent_signed for r in roster)
        enrolment = clubs.enrolment(roster[0].enrolment_id)
        assert enrolment.collectors and enrolment.school

        # ---- this month's attendance -------------------------------------------------------------------------
        month = rules.month_start(TODAY)
        for o in clubs.overview():
            assert o.attendance_rate is not None and 0.7 <= o.attendance_rate < 1
        grid = clubs.attendance_month(full[0].id, month)
        recorded = [i for i, d in enumerate(grid.days) if d.kind != "closed" and d.day < TODAY]
        assert recorded and all(all(r.marks[i] in "PAU-" and r.marks[i] for i in recorded) for r in grid.rows)
        streak = [r for r in grid.rows if [r.marks[i] for i in recorded[-2:]] == ["U", "U"]]
        assert len(streak) == 1
        # the third unexplained absence in a row, today, raises a task for the family's worker
        day = clubs.attendance_day(full[0].id, TODAY)
        assert not day.recorded
        marks = tuple(AttendanceMark(r.enrolment_id, r.enrolment_id != streak[0].enrolment_id) for r in day.rows)
        saved = clubs.save_attendance(full[0].id, TODAY, marks, day.token)
        assert [t.file_id for t in saved.tasks] == [streak[0].file_id]

        # ---- fees: charged months, payments, an exemption, a discount, arrears -------------------------------
        last = rules.add_months(month, -1)
        closing = clubs.month_closing(last)
        assert closing.uncharged == 0 and closing.charged_agorot > 0 and closing.paid_agorot > 0
        assert {r.adjustment for r in closing.rows} == {"", "exemption", "discount"}
        assert {r.charged_agorot for r in closing.rows} == {0, 8_000, 13_000}
        assert 3 <= sum(1 for r in closing.rows if r.arrears_agorot > 0) <= 8
        assert sum(1 for o in clubs.overview() if o.arrears_agorot > 0) >= 2
        assert clubs.month_closing(month).uncharged > 0  # this month is the worker's to charge
    finally:
        db.dispose()
