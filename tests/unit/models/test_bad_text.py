"""Issue 6, "bad input that got a traceback", through the services on both backends: a NUL (or another
control character) in a name, a note, a task or a search; a name made only of invisible direction marks;
bidi overrides and isolates stored in a name, where they make it display as another. Each: a coded
ValidationError naming the field, and nothing written; or, for the marks around a visible name, the name
stored without them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from models.errors import ValidationError
from models.families.dto import FileChanges, NewFamilyFile
from models.notes.entities import CaseNote
from models.people.dto import PersonInput
from models.people.entities import Person
from models.tasks.entities import Task
from tests.support import World, valid_id

BASE = PersonInput(first_name="תמר", last_name="אבני", birth_date=date(1990, 1, 1), id_number=valid_id(88))
INVISIBLE_ONLY = "\u200f\u200e\u202b\u202c\u2067\u2069\ufeff\u061c"


def count(w: World, entity) -> int:
    with w.admin_db.session() as s:
        return s.scalar(select(func.count()).select_from(entity))


@pytest.mark.parametrize("field", ["first_name", "last_name", "first_name_ar", "last_name_lat"])
@pytest.mark.parametrize("bad", ["כהן\x00", "\x00", "כה\x07ן", "כהן\x1b[31m"])
def test_a_control_character_in_a_name_is_refused_with_a_code(world: World, field: str, bad: str) -> None:
    people = world.services("intake").people
    before = count(world, Person)
    with pytest.raises(ValidationError) as exc:
        people.create(replace(BASE, **{field: bad}))
    assert (exc.value.code, exc.value.params["field"]) == ("text_control_character", field)
    assert count(world, Person) == before


@pytest.mark.parametrize("field", ["first_name", "last_name"])
def test_a_name_of_invisible_marks_only_is_missing(world: World, field: str) -> None:
    people = world.services("intake").people
    for invisible in (INVISIBLE_ONLY, " \u200f ", "\u202e\u202c"):
        with pytest.raises(ValidationError) as exc:
            people.create(replace(BASE, **{field: invisible}))
        assert (exc.value.code, exc.value.params["field"]) == ("required", field)
    fams = world.services("north_worker").families
    team = world.users["north_worker"].team_id
    with pytest.raises(ValidationError) as exc:
        fams.open_file(NewFamilyFile(family_name=INVISIBLE_ONLY, team_id=team))
    assert (exc.value.code, exc.value.params["field"]) == ("required", "family_name")


def test_direction_overrides_and_isolates_are_not_stored_in_names(world: World) -> None:
    """'\u202eןהכ' displays as כהן: stored without the override, the name reads as what it is."""
    people = world.services("intake").people
    p = people.create(replace(BASE, first_name="\u202eרמת\u202c", last_name="\u2067אבני\u2069\u200f",
                              first_name_ar="\u202bتمار\u202c"))
    assert (p.first_name, p.last_name, p.first_name_ar) == ("רמת", "אבני", "تمار")
    with world.admin_db.session() as s:
        stored = s.get(Person, p.id)
        assert (stored.first_name, stored.last_name) == ("רמת", "אבני")
    # the joiners Arabic and Persian letters need stay
    q = people.create(PersonInput(first_name="می\u200cخواهم", last_name="אבני", birth_date=date(1991, 1, 1),
                                  id_number=valid_id(89)))
    assert q.first_name == "می\u200cخواهم"
    fams = world.services("north_worker").families
    f = fams.get(world.files["cohen"]).file
    changed = fams.update(f.id, f.version, FileChanges(family_name="\u202eןהכ תחפשמ", address="\u2066רחוב הגפן 3\u2069",
                                                       locality="", neighbourhood=""))
    assert (changed.family_name, changed.address) == ("ןהכ תחפשמ", "רחוב הגפן 3")


def test_a_nul_in_a_note_a_task_or_a_file_is_refused_and_nothing_is_written(world: World) -> None:
    w = world
    svc = w.services("north_worker")
    cohen = w.files["cohen"]
    notes, tasks = count(w, CaseNote), count(w, Task)
    for attempt, field in (
        (lambda: svc.notes.add(cohen, "home_visit", date.today(), "ביקור\x00בית"), "text"),
        (lambda: svc.tasks.add(cohen, "להתקשר\x00", None), "title"),
        (lambda: svc.tasks.add(cohen, "להתקשר", None, description="פרטים\x00"), "description"),
        (lambda: svc.families.open_file(NewFamilyFile(family_name="משפחת\x00בדיקה",
                                                      team_id=w.users["north_worker"].team_id)), "family_name"),
    ):
        with pytest.raises(ValidationError) as exc:
            attempt()
        assert (exc.value.code, exc.value.params["field"]) == ("text_control_character", field)
    assert (count(w, CaseNote), count(w, Task)) == (notes, tasks)
    with pytest.raises(ValidationError) as exc:  # a note of invisible marks only is empty
        svc.notes.add(cohen, "home_visit", date.today(), INVISIBLE_ONLY)
    assert exc.value.code == "required"
    # line breaks and tabs are what a note is made of; an override is dropped
    n = svc.notes.add(cohen, "home_visit", date.today(), "שורה ראשונה\n\tשורה שנייה \u202eהפוך\u202c")
    assert n.text == "שורה ראשונה\n\tשורה שנייה הפוך"


def test_a_nul_in_a_search_finds_nothing_and_writes_nothing(world: World) -> None:
    svc = world.services("north_worker")
    assert svc.people.search("כהן\x00") == []
    assert svc.families.search("\x00") == []
    assert svc.families.rows(svc.families.search(""), "כהן\x00")  # the page still shows, nothing matched
