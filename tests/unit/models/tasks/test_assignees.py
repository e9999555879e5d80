"""Tasks for colleagues (issue 5): who may be given a task on a file, on both backends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.errors import PermissionDenied, ValidationError
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
