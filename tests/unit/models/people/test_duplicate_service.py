"""The duplicate check through the service, on SQLite and PostgreSQL (as each user's own login there):
candidates ranked with their reasons, only what the worker may see, the audit row, the create path with
dismissed candidates, and two workers saving the same ID number at the same moment."""

from __future__ import annotations

import json
import threading
import time
from datetime import date

import pytest
from sqlalchemy import select

from models.audit.entities import AuditEvent
from models.errors import DuplicateSuspected, PermissionDenied, ValidationError
from models.families.dto import NewFamilyFile
from models.people.dto import PersonInput
from models.people.duplicates import match_key_rows
from models.people.entities import Person, PersonMatchKey
from models.people.service import create_person
from tests.support import World, valid_id

MIRIAM_BORN = date(2015, 6, 12)  # cohen_child of the test world


def _input(first: str = "", last: str = "", **kw) -> PersonInput:
    return PersonInput(first_name=first, last_name=last, **kw)


def _last_audit(world: World, user: str, action: str) -> AuditEvent:
    with world.admin_db.session() as s:
        ev = s.scalar(select(AuditEvent).where(AuditEvent.user_name == world.name(user), AuditEvent.action == action)
                      .order_by(AuditEvent.id.desc()).limit(1))
        assert ev is not None
        s.expunge(ev)
        return ev


def test_a_misspelt_child_is_a_strong_candidate_with_her_file(world):
    svc = world.services("intake")
    found = svc.people.duplicates(_input("מירים", "כהן", birth_date=MIRIAM_BORN), address="רחוב הדקל 1")
    assert found, "the child is not found"
    top = found[0]
    assert top.person.id == world.persons["cohen_child"]
    assert top.strong
    assert top.reasons == ("name_variant", "birth_date", "address")
    assert [f.file_id for f in top.files] == [world.files["cohen"]]
    assert top.files[0].address == "רחוב הדקל 1"
    assert all(c.score <= top.score for c in found)
    # her father, of the same surname and file, is not strong
    assert all(not c.strong for c in found if c.person.id == world.persons["cohen_father"])


@pytest.mark.parametrize(("data", "who", "reason"), [
    (dict(first="أحمد", last="حداد", birth_date=date(1978, 9, 9)), "haddad_father", "name_arabic"),
    (dict(first="אחמאד", last="חדד", birth_date=date(1978, 9, 9)), "haddad_father", "name_variant"),
    (dict(first="שושנה", last="לוי", birth_date=date(1985, 1, 20)), "levi_mother", "name"),
])
def test_variant_spellings_are_found(world, data, who, reason):
    data = dict(data)
    found = world.services("manager").people.duplicates(_input(data.pop("first"), data.pop("last"), **data))
    assert found and found[0].person.id == world.persons[who]
    assert found[0].strong and reason in found[0].reasons


def test_latin_spelling_where_recorded(world):
    manager = world.services("manager")
    p = manager.people.create(_input("מוחמד", "עבאס", first_name_lat="Muhammad", last_name_lat="Abbas",
                                     id_number=valid_id(301), birth_date=date(2001, 4, 4)))
    found = manager.people.duplicates(_input(first_name_lat="Mohammed", last_name_lat="Abbass",
                                             birth_date=date(2001, 4, 4)))
    assert [c.person.id for c in found][:1] == [p.id]
    assert found[0].reasons == ("name_latin", "birth_date") and found[0].strong


def test_an_id_number_alone_or_a_phone_alone(world):
    svc = world.services("intake")
    by_id = svc.people.duplicates(_input(id_number="0" + valid_id(2)[1:]))  # typed with its leading zero
    assert [(c.person.id, c.score, c.strong, c.reasons) for c in by_id] == [
        (world.persons["cohen_child"], 100, True, ("id_number",))]
    by_phone = svc.people.duplicates(_input(phones=("+972 50-000-0001",)))
    assert [c.person.id for c in by_phone] == [world.persons["cohen_father"]]
    assert by_phone[0].reasons == ("phone",) and not by_phone[0].strong
    with_name = svc.people.duplicates(_input("משה", "כהן", phones=("0500000001",)))
    assert with_name[0].strong and with_name[0].reasons == ("phone", "name")


def test_a_wrong_check_digit_is_refused(world):
    bad = valid_id(2)[:-1] + str((int(valid_id(2)[-1]) + 1) % 10)
    with pytest.raises(ValidationError) as e:
        world.services("intake").people.duplicates(_input("מרים", "כהן", id_number=bad))
    assert (e.value.code, e.value.params["field"]) == ("id_check_digit", "id_number")


def test_nothing_to_match_finds_nothing(world):
    assert world.services("intake").people.duplicates(_input("", "")) == []


def test_the_administrator_may_not_check(world):
    with pytest.raises(PermissionDenied):
        world.services("admin").people.duplicates(_input("מרים", "כהן"))


def test_a_hidden_person_is_never_a_candidate_and_never_counted(world):
    """The mother of the restricted file: her ID number, her phone, her name and birth date find nothing for
    an intake worker (department-wide, but not named on the file); her own worker finds her."""
    typed = _input("רחל", "סודי", birth_date=date(1990, 5, 5), id_number=valid_id(6), phones=("050-0000006",))
    assert world.services("intake").people.duplicates(typed) == []
    ev = _last_audit(world, "intake", "search")
    detail = json.loads(ev.detail)
    assert (ev.entity, detail["results"]) == ("person", 0)
    assert detail["keys"] == ["id_number", "phone", "name", "birth_date"]
    assert "רחל" not in ev.detail and "סודי" not in ev.detail and valid_id(6) not in ev.detail
    own = world.services("north_worker2").people.duplicates(typed)
    assert [c.person.id for c in own] == [world.persons["secret_mother"]]
    # a family worker of the other team does not see the Cohens either
    assert world.services("south_worker").people.duplicates(_input("מרים", "כהן", birth_date=MIRIAM_BORN)) == []


def test_only_the_files_the_worker_may_see(world):
    manager = world.services("manager")
    teams = {t.name: t.id for t in manager.families.teams()}
    south = manager.families.open_file(
        NewFamilyFile(family_name="משפחת דרום", team_id=teams["צוות דרום"], worker_id=world.users["south_worker"].id,
                      address="רחוב האלון 3", locality="עין הבשור", opened_on=date(2025, 2, 1)),
        [(world.persons["cohen_child"], "child")])
    typed = _input("מרים", "כהן", birth_date=MIRIAM_BORN)
    seen_by_manager = manager.people.duplicates(typed)[0]
    assert {f.file_id for f in seen_by_manager.files} == {world.files["cohen"], south.id}
    north = world.services("north_worker").people.duplicates(typed, address="רחוב האלון 3")[0]
    assert [f.file_id for f in north.files] == [world.files["cohen"]]
    assert "address" not in north.reasons  # the address of a file she may not see does not count


def test_create_with_dismissed_candidates(world):
    svc = world.services("intake")
    typed = _input("מירים", "כהן", birth_date=MIRIAM_BORN, id_kind="none")
    child = world.persons["cohen_child"]
    with pytest.raises(DuplicateSuspected) as e:
        svc.people.create(typed, dismissed=[])
    assert (e.value.params["field"], e.value.params["person_ids"]) == ("candidates", [child])
    assert svc.people.search("מירים") == []  # nothing saved
    p = svc.people.create(typed, dismissed=[child])
    ev = _last_audit(world, "intake", "confirm_new_person")
    assert ev.entity_id == p.id and json.loads(ev.detail) == {"dismissed": [child]}
    # the new person is a candidate from now on, with the match keys of her names
    again = svc.people.duplicates(_input("מרים", "כהן", birth_date=MIRIAM_BORN))
    assert {child, p.id} <= {c.person.id for c in again if c.strong}


def test_create_without_dismissed_keeps_the_old_rule(world):
    svc = world.services("manager")
    with pytest.raises(DuplicateSuspected) as e:
        svc.people.create(_input("מרים", "כהן", birth_date=MIRIAM_BORN, id_number=valid_id(402)))
    assert e.value.params == {"field": "name_birth_date", "person_id": world.persons["cohen_child"]}
    p = svc.people.create(_input("מירים", "כהן", birth_date=MIRIAM_BORN, id_number=valid_id(402)))
    assert p.first_name == "מירים"


def test_a_known_id_number_names_the_person_only_if_visible(world):
    intake = world.services("intake")
    with pytest.raises(DuplicateSuspected) as e:
        intake.people.create(_input("אחר", "לגמרי", id_number=valid_id(2)), dismissed=[])
    assert e.value.params == {"field": "id_number", "person_id": world.persons["cohen_child"]}
    with pytest.raises(DuplicateSuspected) as e:  # the restricted file's mother
        intake.people.create(_input("אחר", "לגמרי", id_number=valid_id(6)), dismissed=[])
    assert e.value.params == {"field": "id_number"}


def test_the_match_keys_follow_a_change_of_name_or_birth_date(world):
    manager = world.services("manager")
    pid = world.persons["levi_mother"]
    p = manager.people.get(pid)
    born = date(1986, 2, 21)
    manager.people.update(pid, p.version, _input("ויקטוריה", "לוי-אזולאי", id_number=p.id_number, birth_date=born))
    with world.admin_db.session() as s:
        rows = [(k.script, k.first_key, k.last_key, k.birth_date) for k in
                s.scalars(select(PersonMatchKey).where(PersonMatchKey.person_id == pid))]
    assert rows == [(r["script"], r["first_key"], r["last_key"], r["birth_date"]) for r in
                    match_key_rows(pid, ("ויקטוריה", "לוי-אזולאי", "", "", "", ""), born)]
    found = manager.people.duplicates(_input("ויקטוריא", "לוי אזולאי", birth_date=born))
    assert found[0].person.id == pid and found[0].strong


def test_the_same_id_saved_at_the_same_moment(world):
    """Two workers save the same new person: B's insert waits for A's transaction (PostgreSQL: the unique
    index; SQLite: the write lock), then B is refused with the person A saved."""
    number = valid_id(501)
    typed = _input("יונתן", "אלמוג", id_number=number, birth_date=date(2012, 1, 2))
    a_db, b_db = world.db_for("intake"), world.db_for("manager")
    b_user = world.users["manager"]
    outcome: dict[str, object] = {}
    started = threading.Event()

    def b() -> None:
        try:
            with b_db.session() as s:
                started.set()
                create_person(s, typed, "b", user=b_user, dismissed=[])
            outcome["b"] = "saved"
        except DuplicateSuspected as exc:
            outcome["b"] = exc.params

    with a_db.session() as s:
        a = create_person(s, typed, "a", user=world.users["intake"], dismissed=[])
        a_id = a.id
        t = threading.Thread(target=b)
        t.start()
        started.wait(5)
        time.sleep(0.5)  # B is now waiting (for the insert lock, or the write lock)
        assert "b" not in outcome
    t.join(30)
    assert outcome["b"] == {"field": "id_number", "person_id": a_id}
    with world.admin_db.session() as s:
        assert s.scalars(select(Person.id).where(Person.id_number == number)).all() == [a_id]


def test_two_workers_register_the_same_person_with_a_barrier(world):
    number = valid_id(502)
    typed = _input("תמר", "הררי", id_number=number, birth_date=date(2011, 5, 6))
    barrier = threading.Barrier(2)
    results: dict[str, object] = {}

    def register(who: str) -> None:
        svc = world.services(who)
        barrier.wait(10)
        try:
            results[who] = svc.people.create(typed, dismissed=[]).id
        except DuplicateSuspected as exc:
            results[who] = exc.params

    threads = [threading.Thread(target=register, args=(w,)) for w in ("intake", "manager")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    saved = [v for v in results.values() if isinstance(v, int)]
    refused = [v for v in results.values() if isinstance(v, dict)]
    assert len(saved) == 1 and len(refused) == 1, results
    assert refused[0]["field"] in ("id_number", "candidates")
    assert refused[0].get("person_id", (refused[0].get("person_ids") or [None])[0]) == saved[0]


def test_the_synthetic_seed_writes_the_match_keys_the_services_would(world):
    from seeds.synthetic import seed_synthetic

    seed_synthetic(world.admin_db, families=30, seed=3)
    with world.admin_db.session() as s:
        persons = s.execute(select(Person.id, Person.first_name, Person.last_name, Person.first_name_ar,
                                   Person.last_name_ar, Person.first_name_lat, Person.last_name_lat,
                                   Person.birth_date)).all()
        got = sorted((k.person_id, k.script, k.first_key, k.last_key, k.birth_date)
                     for k in s.scalars(select(PersonMatchKey)))
    want = sorted((r["person_id"], r["script"], r["first_key"], r["last_key"], r["birth_date"])
                  for p in persons for r in match_key_rows(p.id, tuple(p)[1:7], p.birth_date))
    assert len(persons) > 60 and got == want


def test_pasted_junk_finds_nothing_and_breaks_nothing(world):
    svc = world.services("intake")
    junk = _input("\u200f\x00\u202e", "\ufdd0--", id_kind="passport", id_number="\x00 ab-12\x00",
                  phones=("not a phone", "\x00"))
    assert svc.people.duplicates(junk) == []
    found = svc.people.duplicates(_input("\u200fמרים\u200e", "כ\u200dהן", birth_date=MIRIAM_BORN))
    assert found[0].person.id == world.persons["cohen_child"]


def test_with_a_birth_date_typed_a_namesake_born_otherwise_is_not_listed(world):
    manager = world.services("manager")
    unknown = manager.people.create(_input("משה", "כהן", id_kind="none"))
    son = manager.people.create(_input("משה", "כהן", id_kind="none", birth_date=date(2004, 8, 8)))
    jan1 = manager.people.create(_input("משה", "כהן", id_kind="none", birth_date=date(1980, 1, 1)))
    found = {c.person.id: c for c in manager.people.duplicates(_input("משה", "כהן", birth_date=date(1980, 3, 1)))}
    assert found[world.persons["cohen_father"]].strong
    assert not found[unknown.id].strong and found[jan1.id].reasons == ("name", "birth_date_near")
    assert son.id not in found
    assert son.id in {c.person.id for c in manager.people.duplicates(_input("משה", "כהן"))}
