"""Issue 6, hole 5: every read of case content through the services leaves an audit row (one per list page,
naming the files shown), and so does every denied read. Each test reads the audit table after the call."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models.audit.entities import AuditEvent
from models.errors import NotFound
from models.families.dto import NewFamilyFile
from models.people.dto import PersonInput
from tests.support import World, valid_id


def events(w: World, short: str) -> list[AuditEvent]:
    with w.admin_db.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.user_name == w.name(short))
                         .order_by(AuditEvent.id)).all()
        s.expunge_all()
        return list(rows)


def detail(e: AuditEvent) -> dict:
    return json.loads(e.detail) if e.detail else {}


def test_the_notes_list_is_audited_as_a_read_of_the_file(world: World) -> None:
    w = world
    cohen = w.files["cohen"]
    signed = w.services("north_worker").notes.add(cohen, "home_visit", date.today(), "ביקור בית", sign=True)
    before = len(events(w, "north_worker2"))
    notes = w.services("north_worker2").notes.list_for_file(cohen)
    assert [n.id for n in notes] == [signed.id]
    new = events(w, "north_worker2")[before:]
    assert [(e.action, e.entity, e.file_id, e.allowed, detail(e)) for e in new] == [
        ("view_notes", "case_note", cohen, True, {"notes": [signed.id]})]
    # a file the worker may not see: a denied attempt, recorded
    with pytest.raises(Exception):  # noqa: B017 - PermissionDenied on SQLite, NotFound under RLS
        w.services("south_worker").notes.list_for_file(cohen)
    assert [(e.action, e.file_id, e.allowed) for e in events(w, "south_worker")] == [("view_notes", cohen, False)]


def test_my_tasks_is_one_audit_row_naming_the_files_it_shows(world: World) -> None:
    w = world
    tasks = w.services("north_worker").tasks
    due = date.today() + timedelta(days=3)
    t1 = tasks.add(w.files["cohen"], "ביקור בית", due)
    t2 = tasks.add(w.files["cohen"], "שיחה עם בית הספר", due)
    t3 = tasks.add(w.files["levi"], "תיאום ועדה", due)
    before = len(events(w, "north_worker"))
    shown = tasks.my_open_tasks()
    assert {t.id for t in shown} == {t1.id, t2.id, t3.id}
    new = events(w, "north_worker")[before:]
    assert [(e.action, e.entity, e.allowed) for e in new] == [("list", "task", True)]
    assert detail(new[0]) == {"files": sorted({w.files["cohen"], w.files["levi"]}),
                              "tasks": [t.id for t in shown]}
    # nothing shown, nothing read: no row
    before = len(events(w, "south_worker"))
    assert w.services("south_worker").tasks.my_open_tasks() == []
    assert events(w, "south_worker")[before:] == []


def test_the_family_list_writes_one_row_per_page_naming_the_files_shown(world: World) -> None:
    w = world
    fams = w.services("north_worker").families
    ids = fams.search("")
    assert len(ids) == 2  # cohen, levi (the secret file is restricted, haddad is the south team's)
    before = len(events(w, "north_worker"))
    page = fams.rows(ids)
    assert [r.id for r in page] == ids
    new = events(w, "north_worker")[before:]
    assert [(e.action, e.entity, e.file_id, e.allowed) for e in new] == [("list", "family_file", None, True)]
    assert detail(new[0]) == {"files": ids}
    # a hidden id asked for is left out of the page and of the row; an empty page writes nothing
    hidden = w.files["haddad"]
    before = len(events(w, "north_worker"))
    assert [r.id for r in fams.rows([hidden, ids[0]])] == [ids[0]]
    assert [detail(e) for e in events(w, "north_worker")[before:]] == [{"files": [ids[0]]}]
    before = len(events(w, "north_worker"))
    assert fams.rows([hidden]) == []
    assert events(w, "north_worker")[before:] == []


def test_a_denied_view_of_a_hidden_person_is_recorded_and_looks_missing(world: World) -> None:
    w = world
    mgr = w.services("manager")
    p = mgr.people.create(PersonInput(first_name="זהבה", last_name="נסתרת", birth_date=date(1988, 4, 4),
                                      id_number=valid_id(77)))
    south = {t.name: t.id for t in mgr.families.teams()}["צוות דרום"]
    mgr.families.open_file(NewFamilyFile(family_name="משפחת נסתרת", team_id=south,
                                         worker_id=w.users["south_worker"].id, restricted=True,
                                         opened_on=date(2025, 3, 1)), [(p.id, "parent")])
    people = w.services("north_worker").people
    with pytest.raises(NotFound) as hidden:
        people.get(p.id)
    with pytest.raises(NotFound) as missing:
        people.get(987654)
    assert hidden.value.params == {"entity": "person", "id": p.id}
    assert missing.value.params == {"entity": "person", "id": 987654}
    assert [(e.action, e.entity, e.entity_id, e.allowed) for e in events(w, "north_worker")] == [
        ("view_person", "person", p.id, False), ("view_person", "person", 987654, False)]
    # a visible person: the view, allowed
    w.services("north_worker").people.get(w.persons["cohen_father"])
    assert [(e.action, e.entity_id, e.allowed) for e in events(w, "north_worker")][-1] == (
        "view", w.persons["cohen_father"], True)
