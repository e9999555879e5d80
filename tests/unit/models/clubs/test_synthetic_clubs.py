"""The clubs' part of the synthetic data set (seeds.synthetic_clubs), on both backends (on PostgreSQL the
guard of revision 0017 holds for the seed too): six full clubs, never more children in a club than its seats
on any day of the history; attendance only on the calendar's club and camp days within each enrolment, never
three unexplained absences in a row (the seed raises no task); a charge for each month an enrolment was active
on such a day, less its adjustment; no payment more than its charge; waiting requests, pinned ones with a
reason; and the club worker's screens read it through the service. Seeded once: a second run adds no clubs."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import func, select

from models.clubs import rules
from models.clubs.entities import (
    Club,
    ClubAttendance,
    ClubCalendarDay,
    ClubEnrolment,
    ClubFeeAdjustment,
    ClubFeeCharge,
    ClubPayment,
    ClubRequest,
)
from models.db import Database, make_engine
from models.families.entities import FamilyMember
from models.services import Services
from seeds.synthetic import seed_synthetic
from tests.benchmarks.clubs import club_worker


def test_the_synthetic_clubs_are_full_with_a_consistent_history(db_url: str) -> None:
    db = Database(make_engine(db_url))
    today = date.today()
    try:
        stats = seed_synthetic(db, families=400, seed=4)
        c = stats.clubs
        assert c is not None and (c.clubs, c.active) == (6, 90) and c.left > 0 and "children enrolled" in str(stats)
        with db.session() as s:
            clubs = {k.id: k for k in s.scalars(select(Club))}
            enrolments = {e.id: e for e in s.scalars(select(ClubEnrolment))}
            assert len(enrolments) == c.active + c.left
            active = Counter(e.club_id for e in enrolments.values() if e.left_on is None)
            assert set(active.values()) == {15} and set(active) == set(clubs)
            for e in enrolments.values():  # a child of the file, 3-12 on the first day
                assert s.scalar(select(func.count()).select_from(FamilyMember).where(
                    FamilyMember.file_id == e.file_id, FamilyMember.person_id == e.person_id,
                    FamilyMember.relation == "child")) == 1
                assert e.left_on is None or (e.starts_on < e.left_on < today and e.leave_reason)
            open_days = {d.day for d in s.scalars(select(ClubCalendarDay).where(
                ClubCalendarDay.club_id.is_(None), ClubCalendarDay.kind.in_(("club", "camp"))))}
            first = min(e.starts_on for e in enrolments.values())
            for day in sorted(d for d in open_days if first <= d <= today)[::7]:  # seats on every 7th day
                seated = Counter(e.club_id for e in enrolments.values() if rules.active_on(e.starts_on, e.left_on, day))
                assert max(seated.values(), default=0) <= 15, day

            marks: dict[int, list[ClubAttendance]] = defaultdict(list)
            for a in s.scalars(select(ClubAttendance).order_by(ClubAttendance.enrolment_id, ClubAttendance.day)):
                marks[a.enrolment_id].append(a)
            assert sum(len(m) for m in marks.values()) == c.attendance
            for eid, rows in marks.items():
                e = enrolments[eid]
                assert all(a.day in open_days and rules.active_on(e.starts_on, e.left_on, a.day) and a.day < today
                           and (a.club_id, a.file_id) == (e.club_id, e.file_id) and a.task_id is None for a in rows)
                assert max(rules.streak_lengths([(a.present, a.reason) for a in rows])) < 3
            assert any(enrolments[eid].left_on is not None for eid in marks)  # the history has attendance

            adjustments = {a.enrolment_id: a for a in s.scalars(select(ClubFeeAdjustment))}
            paid: Counter[int] = Counter()
            for p in s.scalars(select(ClubPayment)):
                assert p.amount_agorot > 0 and p.paid_on <= today and p.club_id == enrolments[p.enrolment_id].club_id
                paid[p.enrolment_id] += p.amount_agorot
            charged: Counter[int] = Counter()
            for ch in s.scalars(select(ClubFeeCharge)):
                e = enrolments[ch.enrolment_id]
                month_days = [d for d in rules.month_days(ch.month) if d in open_days]
                assert any(rules.active_on(e.starts_on, e.left_on, d) for d in month_days)
                adj = adjustments.get(e.id)
                expected = rules.month_fee(clubs[e.club_id].monthly_fee_agorot, adj.kind if adj else None,
                                           adj.discount_agorot if adj else 0)
                assert (ch.fee_agorot, ch.discount_agorot) == expected
                charged[e.id] += ch.amount_agorot
            assert {adj.kind for adj in adjustments.values()} == {"exemption", "discount"}
            assert all(paid[e] <= charged[e] for e in paid)
            assert any(paid[e] < charged[e] for e in charged)  # some families owe
            this_month = s.scalar(select(func.count()).select_from(ClubFeeCharge).where(
                ClubFeeCharge.month == rules.month_start(today)))
            if any(d in open_days for d in rules.month_days(today)):  # (all of August is closed)
                assert (this_month or 0) >= 90  # the current month is charged too

            waiting = s.scalars(select(ClubRequest).where(ClubRequest.status == "waiting")).all()
            assert len(waiting) == c.waiting and c.waiting >= 50
            assert {r.route for r in waiting} == {"family_worker", "intake", "school"}
            assert any(r.preferred_club_id is None for r in waiting)
            assert all(r.rank_reason for r in waiting if r.pinned_rank is not None)
            assert not {r.person_id for r in waiting} & {e.person_id for e in enrolments.values()}

        svc = Services(db, club_worker(db)).clubs  # the club worker's screens
        assert [o.enrolled for o in svc.overview()] == [15] * 6
        full = svc.clubs()[0]
        grid = svc.attendance_month(full.id, rules.month_start(today))
        assert len(grid.rows) >= 15
        listed = svc.waiting_list(full.id)
        assert listed.rows and listed.free == 0
        pinned = [r.position for r in listed.rows if r.pinned_rank is not None]
        assert pinned == list(range(1, len(pinned) + 1))  # the pinned ones first

        again = seed_synthetic(db, families=20, seed=5)  # clubs are seeded once
        assert again.clubs is not None and again.clubs.clubs == 0
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Club)) == 6
    finally:
        db.dispose()
