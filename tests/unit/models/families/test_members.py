"""Issue 8, item 6: editing a family file. Members added, removed and given another relation, every change
bumping the file's version (a stale save refused), audited with the old and new values on both databases;
"My files"; a new file with new persons in one transaction; attacks as a PostgreSQL family worker."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from models.audit.dto import AuditFilter, ReviewRow
from models.errors import ConflictError, DuplicateSuspected, NotFound, PermissionDenied, ValidationError
from models.families.dto import FileChanges, NewFamilyFile, NewMember
from models.people.dto import PersonInput
from tests.support import World, as_login, valid_id


def review(w: World, flt: AuditFilter) -> list[ReviewRow]:
    svc = w.services("manager").audit
    rows: list[ReviewRow] = []
    offset, upto = 0, None
    while True:
        page = svc.review(flt, offset=offset, limit=50, upto_id=upto)
        rows += page.rows
        if not page.has_more:
            return rows
        offset, upto = page.next_offset, page.upto_id


def changes_of(rows: list[ReviewRow], action: str, entity: str) -> list[list[tuple[str, str, str]]]:
    return [[(c.field, c.before, c.after) for c in r.changes] for r in rows if r.action == action and r.entity == entity]


def test_a_member_added_removed_and_relation_changed_bumps_the_version(world: World) -> None:
    w = world
    fam = w.services("north_worker").families
    f = fam.get(w.files["cohen"]).file
    newcomer = w.services("north_worker").people.create(PersonInput(first_name="יונתן", last_name="כהן",
                                                                    id_number=valid_id(501)))
    added = fam.add_member(f.id, newcomer.id, "child", version=f.version)
    assert added.version == f.version + 1
    assert [(m.person.id, m.relation) for m in added.members][-1] == (newcomer.id, "child")
    changed = fam.change_relation(f.id, added.version, newcomer.id, "other")
    assert changed.version == added.version + 1
    assert dict((m.person.id, m.relation) for m in changed.members)[newcomer.id] == "other"
    removed = fam.remove_member(f.id, changed.version, newcomer.id)
    assert removed.version == changed.version + 1
    assert newcomer.id not in {m.person.id for m in removed.members}
    assert w.services("north_worker").people.get(newcomer.id).first_name == "יונתן"  # the person stays


def test_a_stale_member_change_is_refused_and_nothing_changes(world: World) -> None:
    w = world
    mine, colleague = w.services("north_worker").families, w.services("north_head").families
    f = mine.get(w.files["cohen"]).file
    colleague.update(f.id, f.version, FileChanges(f.family_name, "רחוב האלון 4", f.locality, f.neighbourhood))
    child = w.persons["cohen_child"]
    with pytest.raises(ConflictError):
        mine.remove_member(f.id, f.version, child)
    with pytest.raises(ConflictError):
        mine.change_relation(f.id, f.version, child, "other")
    with pytest.raises(ConflictError):
        mine.add_member(f.id, w.persons["levi_mother"], "other", version=f.version)
    with pytest.raises(ConflictError):
        mine.add_new_member(f.id, PersonInput(first_name="חדש", last_name="כהן", id_kind="none"), "child",
                            version=f.version)
    now = mine.get(f.id).file
    assert [(m.person.id, m.relation) for m in now.members] == [(m.person.id, m.relation) for m in f.members]
    assert w.services("manager").people.search("חדש כהן") == []
    # and the other way round: a member change makes a stale address save fail
    mine.change_relation(f.id, now.version, child, "other")
    with pytest.raises(ConflictError):
        colleague.update(f.id, now.version, FileChanges(f.family_name, "רחוב אחר 1", f.locality, f.neighbourhood))


def test_the_last_member_cannot_be_removed_but_the_last_parent_can(world: World) -> None:
    w = world
    fam = w.services("north_worker2").families
    levi = fam.get(w.files["levi"]).file
    with pytest.raises(ValidationError) as exc:
        fam.remove_member(levi.id, levi.version, w.persons["levi_mother"])
    assert exc.value.code == "last_member"
    cohen = w.services("north_worker").families
    f = cohen.get(w.files["cohen"]).file
    after = cohen.remove_member(f.id, f.version, w.persons["cohen_father"])
    assert [m.relation for m in after.members] == ["child"]


def test_a_restricted_files_member_in_no_other_file_is_not_removed(world: World) -> None:
    # removed into no file at all, the person would be visible to every case worker of the department
    w = world
    fam = w.services("north_worker2").families
    secret = fam.get(w.files["secret"]).file
    added = fam.add_new_member(secret.id, PersonInput(first_name="ילדה", last_name="סודי", id_kind="none"), "child",
                               version=secret.version)
    child = next(m.person.id for m in added.members if m.relation == "child")
    with pytest.raises(ValidationError) as exc:
        fam.remove_member(secret.id, added.version, child)
    assert exc.value.code == "restricted_last_file"
    assert [m.person.id for m in fam.get(secret.id).file.members] == [m.person.id for m in added.members]
    assert w.services("south_worker").people.search("ילדה סודי") == []
    # once in a file of their own, the child can leave the restricted one
    own = w.services("north_worker2").families.get(w.files["levi"]).file
    fam.add_member(own.id, child, "child", version=own.version)
    after = fam.remove_member(secret.id, added.version, child)
    assert child not in [m.person.id for m in after.members]


def test_bad_member_changes_are_refused(world: World) -> None:
    w = world
    fam = w.services("north_worker").families
    f = fam.get(w.files["cohen"]).file
    with pytest.raises(ValidationError):
        fam.change_relation(f.id, f.version, w.persons["cohen_child"], "cousin")
    with pytest.raises(NotFound):
        fam.remove_member(f.id, f.version, w.persons["levi_mother"])  # not a member of this file
    with pytest.raises(ValidationError) as exc:
        fam.add_member(f.id, w.persons["cohen_child"], "child", version=f.version)
    assert exc.value.code == "already_member"
    with pytest.raises((PermissionDenied, NotFound)):  # another team's file
        w.services("south_worker").families.remove_member(f.id, f.version, w.persons["cohen_child"])
    with pytest.raises(PermissionDenied):  # no EDIT_FILE
        w.services("coordinator").families.change_relation(f.id, f.version, w.persons["cohen_child"], "other")
    assert fam.get(f.id).file.version == f.version


def test_every_change_shows_old_and_new_in_the_access_log_review(world: World) -> None:
    w = world
    ns = w.services("north_worker")
    child = ns.people.get(w.persons["cohen_child"])
    ns.people.update(child.id, child.version, PersonInput(
        first_name=child.first_name, last_name=child.last_name, id_number=child.id_number,
        birth_date=date(2015, 6, 21), phones=child.phones))
    f = ns.families.get(w.files["cohen"]).file
    f = ns.families.update(f.id, f.version, FileChanges(f.family_name, "רחוב התמר 7", f.locality, f.neighbourhood))
    f = ns.families.add_member(f.id, w.persons["levi_mother"], "other", version=f.version)
    f = ns.families.change_relation(f.id, f.version, w.persons["levi_mother"], "parent")
    f = ns.families.remove_member(f.id, f.version, w.persons["levi_mother"])

    person_rows = review(w, AuditFilter(person_id=child.id, kinds=("change",)))
    assert [[c for c in cs if c[0] == "birth_date"] for cs in changes_of(person_rows, "db_update", "persons")] == [
        [("birth_date", "12/06/2015", "21/06/2015")]]
    rows = review(w, AuditFilter(file_id=f.id, kinds=("change",)))
    address = [cs for cs in changes_of(rows, "db_update", "family_files") if any(c[0] == "address" for c in cs)]
    assert [c for c in address[0] if c[0] == "address"] == [("address", "רחוב הדקל 1", "רחוב התמר 7")]
    inserted = changes_of(rows, "db_insert", "family_members")
    assert {("person_id", "", "שׁוֹשַׁנָּה לוי"), ("relation", "", "other")} in [
        {c for c in cs if c[0] in ("person_id", "relation")} for cs in inserted]
    updated = changes_of(rows, "db_update", "family_members")
    assert [[c for c in cs if c[0] == "relation"] for cs in updated] == [[("relation", "other", "parent")]]
    deleted = changes_of(rows, "db_delete", "family_members")
    assert [{c for c in cs if c[0] in ("person_id", "relation")} for cs in deleted] == [
        {("person_id", "שׁוֹשַׁנָּה לוי", ""), ("relation", "parent", "")}]
    mine = [r for r in rows if r.entity == "family_members" and r.action in ("db_update", "db_delete")]
    assert {r.actor_name for r in mine} == {"דנה צפונית"}


def test_my_files_are_the_files_whose_worker_i_am(world: World) -> None:
    w = world
    north = w.services("north_worker").families
    assert north.search("", mine=True) == [w.files["cohen"]]
    assert set(north.search("")) == {w.files["cohen"], w.files["levi"]}
    assert north.search("לוי", mine=True) == []
    assert north.search("כהן", mine=True) == [w.files["cohen"]]
    assert north.search("מ", mine=True, limit=50) == [w.files["cohen"]]  # a one-letter prefix
    assert north.search(valid_id(2), mine=True) == [w.files["cohen"]]
    assert w.services("north_worker2").families.search("", mine=True) == sorted(
        [w.files["levi"], w.files["secret"]], key=lambda i: {w.files["levi"]: 1, w.files["secret"]: 2}[i])
    assert w.services("north_head").families.search("", mine=True) == []
    f = north.get(w.files["cohen"]).file
    w.services("manager").families.close(f.id, f.version, "goals_met")
    assert north.search("", mine=True, include_closed=False) == []


def test_a_new_file_with_new_persons_in_one_transaction(world: World) -> None:
    w = world
    fam = w.services("north_worker").families
    team = w.users["north_worker"].team_id
    assert team is not None
    mother = PersonInput(first_name="סיגל", last_name="אורן", id_number=valid_id(611), birth_date=date(1988, 1, 2))
    child = PersonInput(first_name="עדי", last_name="אורן", id_kind="none", birth_date=date(2018, 5, 5))
    f = fam.open_file(NewFamilyFile(family_name="משפחת אורן", team_id=team, worker_id=w.users["north_worker"].id,
                                    address="רחוב הגפן 3"),
                      [(w.persons["levi_mother"], "other")],
                      [NewMember(mother, "parent", dismissed=()), NewMember(child, "child")])
    assert [(m.person.first_name, m.relation) for m in f.members] == [
        ("שׁוֹשַׁנָּה", "other"), ("סיגל", "parent"), ("עדי", "child")]
    assert fam.search("", mine=True).count(f.id) == 1
    # a second new person with a known ID number: nothing of the file is saved
    before = set(w.services("manager").families.search(""))
    with pytest.raises(DuplicateSuspected):
        fam.open_file(NewFamilyFile(family_name="משפחת כפולה", team_id=team),
                      new_members=[NewMember(PersonInput(first_name="אבי", last_name="כפול", id_kind="none"), "parent"),
                                   NewMember(PersonInput(first_name="סיגל", last_name="אחרת",
                                                         id_number=valid_id(611)), "parent")])
    assert set(w.services("manager").families.search("")) == before
    assert w.services("manager").people.search("כפול") == []
    with pytest.raises(ValidationError):
        fam.open_file(NewFamilyFile(family_name="משפחת אורן", team_id=team),
                      new_members=[NewMember(PersonInput(first_name="", last_name="x", id_kind="none"), "parent")])


# ---- attacks as the PostgreSQL login ------------------------------------------------------------------------


@pytest.mark.postgres_only
def test_a_family_worker_cannot_delete_a_member_of_another_teams_file(pg_world: World) -> None:
    w = pg_world
    haddad, child = w.files["haddad"], w.persons["haddad_child"]
    with as_login(w, "north_worker") as c:
        gone = c.execute(text("DELETE FROM family_members WHERE file_id = :f AND person_id = :p"),
                         {"f": haddad, "p": child})
        assert gone.rowcount == 0
        gone = c.execute(text("DELETE FROM family_members WHERE file_id = :f"), {"f": haddad})
        assert gone.rowcount == 0
        moved = c.execute(text("UPDATE family_members SET relation = 'other' WHERE file_id = :f"), {"f": haddad})
        assert moved.rowcount == 0
        c.commit()
    members = w.services("manager").families.get(haddad).file.members
    assert [(m.person.id, m.relation) for m in members] == [(w.persons["haddad_father"], "parent"), (child, "child")]


@pytest.mark.postgres_only
def test_a_family_worker_cannot_link_a_hidden_person_into_an_own_file(pg_world: World) -> None:
    w = pg_world
    hidden = w.persons["haddad_child"]  # in the south team's file only
    with as_login(w, "north_worker") as c:
        with pytest.raises(DBAPIError) as exc:
            c.execute(text("INSERT INTO family_members (file_id, person_id, relation) VALUES (:f, :p, 'child')"),
                      {"f": w.files["cohen"], "p": hidden})
        assert getattr(exc.value.orig, "sqlstate", None) == "42501"
        c.rollback()
    # and through the service: the same NotFound as for a missing person, the attempt recorded
    fam = w.services("north_worker").families
    f = fam.get(w.files["cohen"]).file
    with pytest.raises(NotFound):
        fam.add_member(f.id, hidden, "child", version=f.version)
    assert hidden not in {m.person.id for m in fam.get(f.id).file.members}


def test_my_files_find_by_name_what_the_whole_search_finds_among_them(world: World) -> None:
    """My files tests a name on the user's own files' members only (its own statement): it must find just
    what the department-wide search finds, cut to the user's files."""
    w = world
    mgr = w.services("manager")
    p = mgr.people.create(PersonInput(first_name="מרים", last_name="כהן-לוי", first_name_ar="مريم",
                                      id_kind="none", birth_date=date(2010, 1, 1)))
    f = mgr.families.get(w.files["levi"]).file
    mgr.families.add_member(f.id, p.id, "child", version=f.version)
    for who in ("north_worker", "north_worker2", "south_worker"):
        fam = w.services(who).families
        mine = set(fam.search("", mine=True))
        assert mine
        for q in ("כהן", "כ", "מר", "מרים כ", "לוי", "ל", "הן-ל", "חדאד", "مريم", "ש", "100%", "_"):
            assert set(fam.search(q, mine=True)) == set(fam.search(q)) & mine, (who, q)
            assert set(fam.search(q, mine=True, limit=50)) == set(fam.search(q)) & mine, (who, q)
    assert w.services("north_worker2").families.search("כהן", mine=True) == [w.files["levi"]]
    assert w.services("north_worker2").families.search("مريم", mine=True) == [w.files["levi"]]
