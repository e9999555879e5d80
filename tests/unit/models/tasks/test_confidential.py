"""The continuum's Tasks are confidential (revision 0022, the red team's hole 5 of issue 11), on both backends
through the services: the youth-law forum's decision Task (the intervention in its title, the decision note in
its description) and an emergency foster referral's committee Task (the emergency's reason in its description)
are read on the file, in its list row's counts, in its printed summary and in the load of the workers, only by
the continuum's readers (the family and youth-law workers, team heads, the manager) and by the Task's
assignee; the committee coordinator, the club and intake workers, who see every unrestricted file, see the
file's other tasks but not these, nor tick them done. The assignee's My tasks shows hers."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models.errors import NotFound
from models.tasks.dto import TaskDTO
from models.tasks.entities import CONFIDENTIAL_TASK_READERS
from tests.support import World
from tests.unit.models.forum.forumworld import SUNDAY, decision, meeting, move_today, record
from tests.unit.models.foster.fosterworld import emergency_input

OUTSIDE = ("coordinator", "club", "intake")  # see the Cohen file (unrestricted), not the continuum
CONTINUUM = ("north_worker", "north_worker2", "youth_law", "north_head", "manager")  # all see the Cohen file
NOTE = "ביקור בית דחוף: חשד להזנחה, לתאם עם בית הספר"


def _file_tasks(w: World, who: str) -> dict[int, TaskDTO]:
    return {t.id: t for t in w.services(who).families.get(w.files["cohen"]).tasks}


def _decide(w: World, responsible: str) -> int:
    """A report of the Cohen child decided by the forum (the youth-law worker), its Task for ``responsible``."""
    r = record(w, w.files["cohen"], w.persons["cohen_child"], urgency="week", reported_on=SUNDAY - timedelta(days=2))
    m = meeting(w)
    decided = w.services("youth_law").forum.decide(r.id, r.version, m.id, decision(
        w, responsible=responsible, due_on=SUNDAY + timedelta(days=6), note=NOTE))
    assert decided.task_id is not None
    return decided.task_id


def _cohen_row(w: World, who: str) -> tuple[int, int]:
    svc = w.services(who).families
    row = next(r for r in svc.rows(svc.search("")) if r.id == w.files["cohen"])
    return row.open_tasks, row.overdue_tasks


def test_the_readers_are_the_continuum_s() -> None:
    assert CONFIDENTIAL_TASK_READERS == ("family_worker", "manager", "team_head", "youth_law_worker")


def test_the_forum_s_decision_task_is_read_by_the_continuum_and_its_assignee(
    world: World, monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = world
    move_today(monkeypatch)
    ordinary = w.services("north_worker").tasks.add(w.files["cohen"], "לתאם פגישה עם ההורים", SUNDAY)
    rows_before = {who: _cohen_row(w, who) for who in (*OUTSIDE, *CONTINUUM)}
    task = _decide(w, "north_worker2")
    for who in CONTINUUM:  # the file's Tasks tab, the list row's counts
        seen = _file_tasks(w, who)
        assert set(seen) == {ordinary.id, task} and seen[task].confidential, who
        assert (seen[task].title, seen[task].description) == ("Youth-law forum: assessment visit", NOTE), who
        assert _cohen_row(w, who) == (rows_before[who][0] + 1, rows_before[who][1] + 1), who
    for who in OUTSIDE:
        assert set(_file_tasks(w, who)) == {ordinary.id}, who  # the ordinary task still, not the forum's
        assert _cohen_row(w, who) == rows_before[who], who
        summary = w.services(who).families.summary(w.files["cohen"], [])
        assert [t.id for t in summary.open_tasks] == [ordinary.id], who
        with pytest.raises(NotFound):  # nor ticked done by its id
            w.services(who).tasks.set_done(task, 1, True)
    summary = w.services("north_head").families.summary(w.files["cohen"], [])
    assert {t.id for t in summary.open_tasks} == {ordinary.id, task}
    # the workers' load: the assignee's open task counted for whoever reads it
    assignee = w.users["north_worker2"].id
    for who, load in (("coordinator", 0), ("intake", 0), ("north_head", 1), ("manager", 1)):
        assert {x.user.id: x.open_tasks for x in w.services(who).families.assignable_workers()}[assignee] == load
    # the assignee's My tasks, and she ticks it done
    mine = [t for t in w.services("north_worker2").tasks.my_open_tasks() if t.id == task]
    assert len(mine) == 1 and mine[0].description == NOTE and mine[0].family_name == "משפחת כהן"
    done = w.services("north_worker2").tasks.set_done(task, mine[0].version, True)
    assert done.done and done.confidential


def test_a_forum_task_given_to_the_club_worker_is_hers_and_not_her_colleagues(
    world: World, monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = world
    move_today(monkeypatch)
    task = _decide(w, "club")
    assert task in _file_tasks(w, "club")  # its assignee
    assert [t.id for t in w.services("club").tasks.my_open_tasks()] == [task]
    for who in ("coordinator", "intake"):
        assert task not in _file_tasks(w, who), who
    assert task in _file_tasks(w, "north_worker")
    load = {x.user.id: x.open_tasks for x in w.services("coordinator").families.assignable_workers()}
    assert load[w.users["club"].id] == 0
    load = {x.user.id: x.open_tasks for x in w.services("manager").families.assignable_workers()}
    assert load[w.users["club"].id] == 1


def test_an_emergency_referral_s_task_is_read_by_the_continuum_and_its_author(world: World) -> None:
    w = world
    r = w.services("youth_law").foster.create(emergency_input(w))
    assert r.committee_task_id is not None
    task = r.committee_task_id
    for who in CONTINUUM:
        seen = _file_tasks(w, who)
        assert task in seen and seen[task].confidential, who
        assert seen[task].description == "סכנה מיידית: הוצאה בצו חירום", who
    for who in OUTSIDE:
        assert task not in _file_tasks(w, who), who
    assert [t.id for t in w.services("youth_law").tasks.my_open_tasks()] == [task]
    # an ordinary task typed on the file is everyone's who sees it, as before
    typed = w.services("youth_law").tasks.add(w.files["cohen"], "לבדוק מסגרת חירום", None)
    assert not typed.confidential
    for who in OUTSIDE:
        assert typed.id in _file_tasks(w, who), who
