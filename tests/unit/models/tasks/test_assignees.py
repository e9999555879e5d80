"""Tasks for colleagues, reassignment with a reason, and the workers' load (issue 5), on both backends."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from models.errors import PermissionDenied, ValidationError
from models.families.service import REASSIGN_REASON_MAX
from models.tasks.service import DESCRIPTION_MAX
from models.users.entities import User
from tests.support import STAFF


def _visible(world, who: str) -> set[int]:
    try:
        return set(world.services(who).families.search(""))
    except PermissionDenied:
        return set()


def _deactivate(world, who: str) -> None:
    with world.admin_db.session() as s:
        s.get(User, world.users[who].id).active = False


def test_assignable_users_are_exactly_those_who_see_the_file(world):
    # a named user on a restricted file of another team: the rule's last branch
    mgr = world.services("manager")
    secret = mgr.families.get(world.files["secret"]).file
    mgr.families.set_restricted(secret.id, secret.version, True, [world.users["south_worker"].id])
    for key, fid in world.files.items():
        expected = {short for short, *_ in STAFF if fid in _visible(world, short)}
        got = {u.username for u in mgr.tasks.assignable_users(fid)}
        assert got == {world.name(short) for short in expected}, key
    assert "south_worker" in {s for s, *_ in STAFF if world.files["secret"] in _visible(world, s)}


def test_assignable_users_start_with_the_acting_user_then_by_name(world):
    users = world.services("north_worker").tasks.assignable_users(world.files["cohen"])
    assert users[0].id == world.users["north_worker"].id
    rest = [u.full_name for u in users[1:]]
    assert rest == sorted(rest) and len(rest) >= 4
    assert world.users["admin"].id not in {u.id for u in users}
    assert world.users["south_worker"].id not in {u.id for u in users}
    _deactivate(world, "north_worker2")
    again = world.services("north_worker").tasks.assignable_users(world.files["cohen"])
    assert world.users["north_worker2"].id not in {u.id for u in again}
    with pytest.raises(PermissionDenied):  # a file the acting user cannot see
        world.services("south_worker").tasks.assignable_users(world.files["cohen"])


def test_a_task_given_to_a_colleague_appears_in_their_list_with_the_family(world):
    fid = world.files["cohen"]
    me = world.services("north_worker")
    t = me.tasks.add(fid, "לתאם ביקור בית", date.today() + timedelta(days=3),
                     world.users["north_worker2"].id, description="  לבדוק מול בית הספר את הנוכחות  ")
    assert (t.assignee_id, t.assignee_name) == (world.users["north_worker2"].id, "יעל צפונית")
    assert t.description == "לבדוק מול בית הספר את הנוכחות" and t.family_name == "משפחת כהן"
    theirs = world.services("north_worker2").tasks.my_open_tasks()
    assert [(x.id, x.family_name, x.description) for x in theirs] == [
        (t.id, "משפחת כהן", "לבדוק מול בית הספר את הנוכחות")]
    assert me.tasks.my_open_tasks() == []
    own = me.tasks.add(fid, "לשלוח מכתב", None)  # no assignee: the acting user
    assert own.assignee_id == world.users["north_worker"].id and own.description == ""
    assert [x.id for x in me.tasks.my_open_tasks()] == [own.id]
    on_file = {x.id: x for x in me.families.get(fid).tasks}
    assert on_file[t.id].family_name == "משפחת כהן" and on_file[t.id].description.startswith("לבדוק")


@pytest.mark.parametrize(("giver", "file_key", "assignee"), [
    ("north_worker", "cohen", "south_worker"),   # another team
    ("north_worker", "cohen", "admin"),          # no case content
    ("north_worker2", "secret", "north_worker"),  # restricted: same team is not enough
    ("north_worker2", "secret", "intake"),       # restricted: department-wide roles neither
    ("north_worker", "cohen", "north_worker2"),  # inactive (deactivated below)
])
def test_a_task_for_someone_who_cannot_see_the_file_is_refused(world, giver, file_key, assignee):
    if assignee == "north_worker2":
        _deactivate(world, "north_worker2")
    svc = world.services(giver)
    fid = world.files[file_key]
    before = svc.families.get(fid).tasks
    with pytest.raises(ValidationError) as e:
        svc.tasks.add(fid, "משימה", None, world.users[assignee].id)
    assert (e.value.code, e.value.params["field"]) == ("assignee_cannot_see_file", "assignee")
    assert svc.families.get(fid).tasks == before


def test_unknown_assignee_and_too_long_description_are_refused(world):
    svc = world.services("north_head")
    fid = world.files["secret"]
    with pytest.raises(ValidationError) as e:
        svc.tasks.add(fid, "משימה", None, 999_999)
    assert e.value.code == "assignee_cannot_see_file"
    with pytest.raises(ValidationError) as e:
        svc.tasks.add(fid, "משימה", None, description="א" * (DESCRIPTION_MAX + 1))
    assert (e.value.code, e.value.params["field"], e.value.params["max"]) == ("too_long", "description", DESCRIPTION_MAX)
    assert svc.families.get(fid).tasks == ()
    # the head of the team may give a task on a restricted file of the team to its worker
    t = svc.tasks.add(fid, "לבדוק", None, world.users["north_worker2"].id, description="א" * DESCRIPTION_MAX)
    assert [x.id for x in world.services("north_worker2").tasks.my_open_tasks()] == [t.id]


def test_reassign_requires_a_reason_and_records_it(world):
    fid = world.files["cohen"]
    head = world.services("north_head")
    f = head.families.get(fid).file
    target = world.users["north_worker2"].id
    for reason, code in [("", "required"), ("   ", "required"), ("א" * (REASSIGN_REASON_MAX + 1), "too_long")]:
        with pytest.raises(ValidationError) as e:
            head.families.reassign(fid, f.version, target, reason)
        assert (e.value.code, e.value.params["field"]) == (code, "reason")
    unchanged = head.families.get(fid).file
    assert (unchanged.version, unchanged.worker.id) == (f.version, world.users["north_worker"].id)
    moved = head.families.reassign(fid, f.version, target, "  איזון עומסים בצוות ")
    assert moved.worker.id == target
    entry = next(e for e in head.families.audit_trail(fid) if e.action == "reassign")
    assert json.loads(entry.detail) == {"from": world.users["north_worker"].id, "to": target,
                                        "reason": "איזון עומסים בצוות"}


def test_assignable_workers_show_open_files_and_open_tasks(world):
    head = world.services("north_head")
    loads = head.families.assignable_workers()
    assert all(w.user.team_name == "צוות צפון" for w in loads)  # a team head: the own team
    names = [w.user.full_name for w in loads]
    assert names == sorted(names)
    by_user = {w.user.id: (w.open_files, w.open_tasks) for w in loads}
    u = world.users
    assert by_user[u["north_worker"].id] == (1, 0)
    assert by_user[u["north_worker2"].id] == (2, 0)  # levi and the restricted secret file
    assert by_user[u["north_head"].id] == (0, 0)
    # tasks count while open; a closed file no longer counts
    t1 = head.tasks.add(world.files["cohen"], "א", None, u["north_worker2"].id)
    head.tasks.add(world.files["levi"], "ב", None, u["north_worker2"].id)
    head.tasks.set_done(t1.id, t1.version, True)
    levi = head.families.get(world.files["levi"]).file
    head.families.close(levi.id, levi.version, "goals_met")
    by_user = {w.user.id: (w.open_files, w.open_tasks) for w in head.families.assignable_workers()}
    assert by_user[u["north_worker2"].id] == (1, 1)
    everyone = world.services("manager").families.assignable_workers()
    ids = {w.user.id for w in everyone}
    assert u["south_worker"].id in ids and u["admin"].id not in ids
    assert {w.user.id: w.open_files for w in everyone}[u["south_worker"].id] == 1
    with pytest.raises(PermissionDenied):
        world.services("admin").families.assignable_workers()
