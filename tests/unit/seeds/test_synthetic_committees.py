"""The committee part of the synthetic data set (seeds.synthetic_committees): about one file in five has a
hearing with a final protocol, finalised by the head of the file's team who chaired the meeting; every
protocol has decisions and tasks, each task a real Task of the file assigned to its responsible; a child
placed out of home is reviewed within the year; a few meetings are still to come. On both backends (on
PostgreSQL the guard of revision 0016 holds for the seed too)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

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
from models.db import Database, make_engine
from models.families.entities import FamilyFile
from models.tasks.entities import Task
from models.users.entities import User
from seeds.synthetic import seed_synthetic


def test_the_synthetic_data_set_has_final_protocols_with_real_tasks(db_url: str) -> None:
    db = Database(make_engine(db_url))
    try:
        stats = seed_synthetic(db, families=400, seed=4)
        assert stats.committees is not None and "final committee protocols" in str(stats)
        with db.session() as s:
            finals = s.scalars(select(CommitteeProtocol).where(CommitteeProtocol.finalised_at.is_not(None))).all()
            assert len(finals) == stats.committees.final_protocols
            assert 60 <= len(finals) <= 80  # one file in five
            assert s.scalar(select(func.count()).select_from(CommitteeProtocol)) == len(finals)  # no drafts
            for p in finals:
                case = s.get_one(CommitteeCase, p.case_id)
                meeting = s.get_one(CommitteeMeeting, case.meeting_id)
                file = s.get_one(FamilyFile, p.file_id)
                chair = s.get_one(User, meeting.chair_id)
                assert (p.child_id, p.held_on, p.file_id) == (case.child_id, meeting.held_on, case.file_id)
                assert meeting.status == "held" and meeting.held_on <= date.today()
                assert p.finalised_by_id == chair.id and chair.role == "team_head" and chair.team_id == file.team_id
                assert p.next_review_on is not None and p.held_on < p.next_review_on <= add_months(p.held_on, 12)
                kinds = s.scalars(select(CommitteeDecision.kind).where(CommitteeDecision.protocol_id == p.id)).all()
                assert 1 <= len(kinds) <= 2
                if {"foster_family", "residential"} & set(kinds):
                    assert p.next_review_on == add_months(p.held_on, 12)
                tasks = s.scalars(select(CommitteeTask).where(CommitteeTask.protocol_id == p.id)).all()
                assert tasks
                for t in tasks:
                    real = s.get_one(Task, t.task_id)
                    assert (real.file_id, real.assignee_id, real.due_date, real.title) == (
                        t.file_id, t.responsible_id, t.due_on, t.title)
                    assert file.worker_id == t.responsible_id
                kinds_here = s.scalars(select(CommitteeParticipant.kind)
                                       .where(CommitteeParticipant.case_id == case.id)).all()
                assert "family_worker" in kinds_here
            placed = s.scalars(select(Placement)).all()
            assert placed and all(pl.setting in ("foster_family", "residential") for pl in placed)
            assert sum(1 for pl in placed if pl.ended_on is None) == stats.committees.open_placements
            coming = s.scalars(select(CommitteeMeeting).where(CommitteeMeeting.status == "planned")).all()
            assert coming and all(m.held_on > date.today() for m in coming)
    finally:
        db.dispose()
