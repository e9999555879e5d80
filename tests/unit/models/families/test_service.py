"""Family files through the services: who sees what, changes, conflicts, bad input, audit."""

from datetime import date, timedelta

import pytest

from models.errors import ConflictError, DuplicateSuspected, NotFound, PermissionDenied, ValidationError
from models.families.dto import FileChanges, NewFamilyFile
from models.people.dto import PersonInput
from tests.support import valid_id


def visible(world, who):
    return set(world.services(who).families.search(""))


def test_visibility_follows_team_role_and_restriction(world):
    f = world.files
    assert visible(world, "north_worker") == {f["cohen"], f["levi"]}
    assert visible(world, "north_worker2") == {f["cohen"], f["levi"], f["secret"]}  # assigned to the secret file
    assert visible(world, "south_worker") == {f["haddad"]}
    assert visible(world, "north_head") == {f["cohen"], f["levi"], f["secret"]}
    assert visible(world, "intake") == {f["cohen"], f["levi"], f["haddad"]}
    assert visible(world, "manager") == set(f.values())
    with pytest.raises(PermissionDenied):
        world.services("admin").families.search("")


def test_hidden_file_cannot_be_opened_and_the_attempt_is_recorded(world):
    south = world.services("south_worker")
    with pytest.raises((PermissionDenied, NotFound)):
        south.families.get(world.files["cohen"])
    trail = world.services("manager").audit.by_user(world.name("south_worker"))
    assert any(e.action == "view_file" and not e.allowed and e.file_id == world.files["cohen"] for e in trail)


def test_named_user_sees_a_restricted_file(world):
    head = world.services("north_head")
    secret = head.families.get(world.files["secret"]).file
    assert world.files["secret"] not in visible(world, "north_worker")
    head.families.set_restricted(secret.id, secret.version, True, [world.users["north_worker"].id])
    assert world.files["secret"] in visible(world, "north_worker")


def test_open_file_numbers_and_members(world):
    intake = world.services("intake")
    team = world.users["north_worker"].team_id
    p = intake.people.create(PersonInput(first_name="אורית", last_name="בן דוד", id_number=valid_id(901)))
    new = intake.families.open_file(NewFamilyFile(family_name="משפחת בן דוד", team_id=team), [(p.id, "parent")])
    year = date.today().year
    assert new.file_number.startswith(f"{year}/") and len(new.file_number) == 9
    again = intake.families.open_file(NewFamilyFile(family_name="משפחה נוספת", team_id=team))
    assert int(again.file_number[5:]) == int(new.file_number[5:]) + 1
    assert [m.person.first_name for m in new.members] == ["אורית"]
    assert world.services("north_worker").families.search("בן דוד") == [new.id]


def test_a_file_number_taken_is_refused_and_nothing_is_written(world):
    mgr = world.services("manager")
    taken = mgr.families.get(world.files["cohen"]).file.file_number
    team = world.users["north_worker"].team_id
    before = len(mgr.families.search(""))
    with pytest.raises(ValidationError) as e:
        mgr.families.open_file(NewFamilyFile(family_name="כפילות", team_id=team, file_number=taken))
    assert e.value.code == "file_number_taken"
    assert len(mgr.families.search("")) == before


@pytest.mark.parametrize(
    ("data", "code", "field"),
    [
        (dict(first_name="", last_name="כהן", id_number=valid_id(7)), "required", "first_name"),
        (dict(first_name="  ", last_name="כהן", id_number=valid_id(7)), "required", "first_name"),
        (dict(first_name="דן", last_name="כהן", id_number="123456789"), "id_check_digit", "id_number"),
        (dict(first_name="דן", last_name="כהן", id_number=valid_id(7),
              birth_date=date.today() + timedelta(days=1)), "birth_date_future", "birth_date"),
        (dict(first_name="דן", last_name="כהן", id_number=valid_id(7), phones=("abc",)), "phone_invalid", "phones"),
        (dict(first_name="דן", last_name="כהן", id_kind="passport", id_number=""), "required", "id_number"),
    ],
)
def test_bad_person_input_is_refused_with_a_code_and_writes_nothing(world, data, code, field):
    svc = world.services("north_worker")
    with pytest.raises(ValidationError) as e:
        svc.people.create(PersonInput(**data))
    assert (e.value.code, e.value.params["field"]) == (code, field)
    assert svc.people.search("דן") == []


def test_known_id_number_is_flagged_as_duplicate(world):
    svc = world.services("manager")
    existing = svc.people.get(world.persons["cohen_child"])
    with pytest.raises(DuplicateSuspected) as e:
        svc.people.create(PersonInput(first_name="אחר", last_name="לגמרי", id_number=existing.id_number))
    assert e.value.params["field"] == "id_number"


def test_stale_version_is_a_conflict_not_an_overwrite(world):
    a = world.services("north_worker")
    b = world.services("north_head")
    fid = world.files["cohen"]
    seen_by_a = a.families.get(fid).file
    seen_by_b = b.families.get(fid).file
    b.families.update(fid, seen_by_b.version, FileChanges("משפחת כהן", "רחוב האלה 5", "עין הבשור", "מרכז"))
    with pytest.raises(ConflictError):
        a.families.update(fid, seen_by_a.version, FileChanges("משפחת כהן", "רחוב אחר", "", ""))
    assert a.families.get(fid).file.address == "רחוב האלה 5"


def test_close_and_reopen_only_for_those_allowed(world):
    fid = world.files["cohen"]
    worker = world.services("north_worker")
    f = worker.families.get(fid).file
    with pytest.raises(PermissionDenied):
        worker.families.close(fid, f.version, "goals_met")
    head = world.services("north_head")
    with pytest.raises(ValidationError) as e:
        head.families.close(fid, f.version, "goals_met", closed_on=date.today() + timedelta(days=3))
    assert e.value.code == "date_future"
    closed = head.families.close(fid, f.version, "goals_met")
    assert (closed.status, closed.close_reason, closed.closed_on) == ("closed", "goals_met", date.today())
    assert fid not in worker.families.search("", include_closed=False)
    reopened = head.families.reopen(fid, closed.version)
    assert reopened.status == "open" and reopened.closed_on is None


def test_reassign_moves_the_file_to_the_new_worker(world):
    fid = world.files["cohen"]
    head = world.services("north_head")
    f = head.families.get(fid).file
    with pytest.raises(ValidationError) as e:  # a team head hands files within the own team
        head.families.reassign(fid, f.version, world.users["south_worker"].id, "מעבר דירה")
    assert e.value.code == "team_not_own"
    moved = head.families.reassign(fid, f.version, world.users["north_worker2"].id, "איזון עומסים")
    assert moved.worker.username == world.name("north_worker2")
    with pytest.raises(PermissionDenied):
        world.services("north_worker").families.reassign(fid, moved.version, world.users["north_worker"].id, "x")
    mgr = world.services("manager")
    across = mgr.families.reassign(fid, moved.version, world.users["south_worker"].id, "מעבר לדרום העיר")
    assert across.team_name == "צוות דרום"
    assert fid in visible(world, "south_worker") and fid not in visible(world, "north_worker")


def test_file_audit_trail_for_team_head_only(world):
    fid = world.files["cohen"]
    world.services("north_worker").families.get(fid)
    trail = world.services("north_head").families.audit_trail(fid)
    assert any(e.user_name == world.name("north_worker") and e.action == "view" for e in trail)
    with pytest.raises(PermissionDenied):
        world.services("north_worker").families.audit_trail(fid)
