"""Issue 6, the holes found by attacking the database as a worker with psql (1, 3, 6, 7, and the tasks
assignee): each is attacked here the way it was found, on PostgreSQL as the login itself with raw SQL, and
through the services on both backends where the services had the same hole. Revision 0005 closes them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import Connection, create_engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from models.audit.entities import AuditEvent
from models.errors import NotFound, PermissionDenied, ValidationError
from models.families.dto import NewFamilyFile
from models.families.entities import FamilyMember
from models.people.dto import PersonInput
from tests.support import World, as_login, valid_id

REFUSED = "42501"  # insufficient_privilege: a policy's WITH CHECK, a missing grant, and our triggers



@contextmanager
def as_owner(world: World) -> Iterator[Connection]:
    engine = create_engine(world.url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str | None:
    return getattr(exc.value.orig, "sqlstate", None)


def hidden_person(w: World) -> int:
    """A person only in a restricted file of the south team, so hidden from every north worker."""
    mgr = w.services("manager")
    p = mgr.people.create(PersonInput(first_name="זהבה", last_name="נסתרת", birth_date=date(1988, 4, 4),
                                      id_number=valid_id(77), phones=("052-7777777",)))
    south = {t.name: t.id for t in mgr.families.teams()}["צוות דרום"]
    mgr.families.open_file(
        NewFamilyFile(family_name="משפחת נסתרת", team_id=south, worker_id=w.users["south_worker"].id,
                      restricted=True, opened_on=date(2025, 3, 1)),
        [(p.id, "parent")],
    )
    return p.id


def audit_rows(w: World, short: str, action: str) -> list[AuditEvent]:
    with w.admin_db.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.user_name == w.name(short),
                                                  AuditEvent.action == action).order_by(AuditEvent.id)).all()
        s.expunge_all()
        return list(rows)


INSERT_MEMBER = text("INSERT INTO family_members (file_id, person_id, relation) VALUES (:f, :p, 'other')")
READ_PERSON = text(
    "SELECT p.id_number, p.first_name, p.last_name, p.birth_date, ph.number FROM persons p "
    "LEFT JOIN person_phones ph ON ph.person_id = p.id WHERE p.id = :p"
)


# --- hole 1: linking a person into an own file widened what the worker reads ------------------------------


@pytest.mark.postgres_only
def test_linking_a_hidden_person_into_an_own_file_is_refused_by_the_database(pg_world: World) -> None:
    w = pg_world
    secret = hidden_person(w)
    with as_login(w, "north_worker") as c:
        assert c.execute(READ_PERSON, {"p": secret}).all() == []
        with pytest.raises(DBAPIError) as exc:  # inside one transaction: link, then read
            c.execute(INSERT_MEMBER, {"f": w.files["cohen"], "p": secret})
            c.execute(READ_PERSON, {"p": secret}).all()
        assert sqlstate(exc) == REFUSED
        c.rollback()
        assert c.execute(READ_PERSON, {"p": secret}).all() == []
        # moving an existing membership of an own file onto the hidden person: refused too
        with pytest.raises(DBAPIError) as exc:
            c.execute(text("UPDATE family_members SET person_id = :p WHERE file_id = :f AND person_id = :own"),
                      {"p": secret, "f": w.files["cohen"], "own": w.persons["cohen_child"]})
        assert sqlstate(exc) == REFUSED
        c.rollback()
        # a person the worker sees already (in no file yet, or in a visible file) may still be linked
        free = c.execute(text(
            "INSERT INTO persons (id_kind, first_name, last_name, first_name_ar, last_name_ar, first_name_lat,"
            " last_name_lat, sex, preferred_language, first_name_key, last_name_key, search_key, version,"
            " created_by, updated_by) VALUES ('none', 'חדש', 'לגמרי', '', '', '', '', 'x', 'he', 'חדש', 'לגמרי',"
            " 'חדש לגמרי', 1, '', '') RETURNING id")).scalar_one()
        c.execute(INSERT_MEMBER, {"f": w.files["cohen"], "p": free})
        c.execute(INSERT_MEMBER, {"f": w.files["cohen"], "p": w.persons["levi_mother"]})
        c.commit()


@pytest.mark.postgres_only
def test_a_rolled_back_linking_loop_reveals_no_person_of_the_department(pg_world: World) -> None:
    """The attack as found: for every person id, link into an own file, read, roll back."""
    w = pg_world
    hidden_person(w)
    with as_owner(w) as c:
        everyone = list(c.execute(text("SELECT id FROM persons ORDER BY id")).scalars())
    with as_login(w, "north_worker") as c:
        visible_before = set(c.execute(text("SELECT id FROM persons")).scalars())
        hidden = set(everyone) - visible_before
        assert hidden  # the south team's persons, the restricted files' persons
        revealed: set[int] = set()
        for pid in everyone:
            try:
                with c.begin_nested():
                    c.execute(INSERT_MEMBER, {"f": w.files["cohen"], "p": pid})
            except DBAPIError:
                pass
            if c.execute(READ_PERSON, {"p": pid}).all():
                revealed.add(pid)
            c.rollback()
        assert revealed == visible_before & set(everyone)
        assert revealed.isdisjoint(hidden)


def test_adding_a_hidden_person_through_the_service_is_a_denied_attempt_that_looks_missing(world: World) -> None:
    w = world
    secret = hidden_person(w)
    fams = w.services("north_worker").families
    cohen = w.files["cohen"]
    with pytest.raises(NotFound) as missing:
        fams.add_member(cohen, 987654, "other")
    with pytest.raises(NotFound) as hidden:
        fams.add_member(cohen, secret, "other")
    assert (missing.value.code, missing.value.params) == ("not_found", {"entity": "person", "id": 987654})
    assert (hidden.value.code, hidden.value.params) == ("not_found", {"entity": "person", "id": secret})
    assert {m.person.id for m in fams.get(cohen).file.members} == {w.persons["cohen_father"], w.persons["cohen_child"]}
    denied = [e for e in audit_rows(w, "north_worker", "add_member") if not e.allowed]
    assert [(e.entity, e.entity_id, e.file_id) for e in denied] == [
        ("person", 987654, cohen), ("person", secret, cohen)]
    # opening a new file with the hidden person as a member: the same, and no file is left behind
    north = w.users["north_worker"].team_id
    before = fams.search("")
    with pytest.raises(NotFound):
        fams.open_file(NewFamilyFile(family_name="משפחת ניסיון", team_id=north, worker_id=w.users["north_worker"].id),
                       [(secret, "parent")])
    assert fams.search("") == before
    assert [(e.entity, e.entity_id, e.allowed) for e in audit_rows(w, "north_worker", "open_file")] == [
        ("person", secret, False)]
    with w.admin_db.session() as s:  # no membership was written: the person is in the south file only
        assert len(s.scalars(select(FamilyMember.file_id).where(FamilyMember.person_id == secret)).all()) == 1
    # a visible person is still added (levi_mother: a north file the worker sees)
    added = fams.add_member(cohen, w.persons["levi_mother"], "other")
    assert w.persons["levi_mother"] in {m.person.id for m in added.members}


# --- hole 3: signed notes rewritten with UPDATE, notes written in another author's name -----------------


SIGNED_CHANGES = [
    "text = 'נכתב מחדש'",
    "kind = 'phone_call'",
    "note_date = DATE '2024-01-01'",
    "author_id = :other",
    "file_id = :levi",
    "signed_at = NULL",
    "signed_at = now()",
    "corrects_id = id",
]


@pytest.mark.postgres_only
@pytest.mark.parametrize("change", SIGNED_CHANGES)
def test_a_signed_note_cannot_be_rewritten_with_sql(pg_world: World, change: str) -> None:
    w = pg_world
    note = w.services("north_worker").notes.add(w.files["cohen"], "home_visit", date.today(), "ביקור בית", sign=True)
    params = {"n": note.id, "other": w.users["north_worker2"].id, "levi": w.files["levi"]}
    for who in ("north_worker", "north_head", "manager"):  # the author, and those who see the file
        with as_login(w, who) as c:
            with pytest.raises(DBAPIError) as exc:
                c.execute(text(f"UPDATE case_notes SET {change} WHERE id = :n"), params)
            assert sqlstate(exc) == REFUSED, who
            c.rollback()
    with as_owner(w) as c:  # the owner neither: a correction is a new note
        with pytest.raises(DBAPIError) as exc:
            c.execute(text(f"UPDATE case_notes SET {change} WHERE id = :n"), params)
        assert "signed" in str(exc.value)
        c.rollback()
        assert c.execute(text("SELECT text, kind FROM case_notes WHERE id = :n"), params).one() == (
            "ביקור בית", "home_visit")


@pytest.mark.postgres_only
def test_a_signed_note_cannot_be_deleted_and_a_draft_is_signed_once(pg_world: World) -> None:
    w = pg_world
    notes = w.services("north_worker").notes
    signed = notes.add(w.files["cohen"], "home_visit", date.today(), "חתום", sign=True)
    draft = notes.add(w.files["cohen"], "home_visit", date.today(), "טיוטה")
    with as_owner(w) as c:
        with pytest.raises(DBAPIError) as exc:
            c.execute(text("DELETE FROM case_notes WHERE id = :n"), {"n": signed.id})
        assert "signed" in str(exc.value)
        c.rollback()
    with as_login(w, "north_worker") as c:
        with pytest.raises(DBAPIError) as exc:  # no DELETE for anyone
            c.execute(text("DELETE FROM case_notes WHERE id = :n"), {"n": signed.id})
        assert sqlstate(exc) == REFUSED
        c.rollback()
        # the author edits and signs the own draft with SQL; then it is final
        c.execute(text("UPDATE case_notes SET text = 'טיוטה מתוקנת' WHERE id = :n"), {"n": draft.id})
        assert c.execute(text("UPDATE case_notes SET signed_at = now() WHERE id = :n AND signed_at IS NULL"),
                         {"n": draft.id}).rowcount == 1
        c.commit()
        with pytest.raises(DBAPIError) as exc:
            c.execute(text("UPDATE case_notes SET text = 'שוב' WHERE id = :n"), {"n": draft.id})
        assert sqlstate(exc) == REFUSED
        c.rollback()
        assert c.execute(text("SELECT text FROM case_notes WHERE id = :n"), {"n": draft.id}).scalar_one() == "טיוטה מתוקנת"


@pytest.mark.postgres_only
def test_a_note_cannot_be_written_in_another_authors_name(pg_world: World) -> None:
    w = pg_world
    insert = text("INSERT INTO case_notes (file_id, author_id, kind, note_date, text, signed_at, version,"
                  " created_by, updated_by) VALUES (:f, :a, 'other', CURRENT_DATE, 'כתב אחר', :s, 1, '', '')"
                  " RETURNING id")
    cohen = w.files["cohen"]
    for who, author in (("north_worker", "north_worker2"), ("north_worker", "manager"),
                        ("north_head", "north_worker"), ("intake", "north_worker")):
        for signed_at in (None, "2026-01-01T10:00:00+02:00"):
            with as_login(w, who) as c:
                with pytest.raises(DBAPIError) as exc:
                    c.execute(insert, {"f": cohen, "a": w.users[author].id, "s": signed_at})
                assert sqlstate(exc) == REFUSED, (who, author)
                c.rollback()
    with as_login(w, "north_worker") as c:
        own = c.execute(insert, {"f": cohen, "a": w.users["north_worker"].id, "s": None}).scalar_one()
        c.commit()
        with pytest.raises(DBAPIError) as exc:  # nor handed to another author afterwards
            c.execute(text("UPDATE case_notes SET author_id = :a WHERE id = :n"),
                      {"a": w.users["north_worker2"].id, "n": own})
        assert sqlstate(exc) == REFUSED
        c.rollback()
    with as_login(w, "north_head") as c:  # the team head reads the draft but cannot edit it
        assert c.execute(text("SELECT count(*) FROM case_notes WHERE id = :n"), {"n": own}).scalar_one() == 1
        with pytest.raises(DBAPIError) as exc:
            c.execute(text("UPDATE case_notes SET text = 'של הראש' WHERE id = :n"), {"n": own})
        assert sqlstate(exc) == REFUSED
        c.rollback()


# --- hole 6: unsigned drafts read by others ----------------------------------------------------------------

# Who reads a draft: its author, and those who supervise the file's team (the team head, and the manager, who
# sees every team's files and the whole audit, where a note's row images are). Not the other workers who see
# the file (intake, the team's other workers, coordinators, a user named on the file): a draft is not yet
# part of the file's record; everyone who sees the file reads it once it is signed.
DRAFT_READERS = {"north_worker", "north_head", "manager"}
FILE_READERS = {"intake", "north_worker", "north_worker2", "north_head", "youth_law", "coordinator", "club",
                "manager"}
# Who reads the file's notes at all (revision 0017: the roles that write notes): not the club worker, who sees
# the file (its members, club rows and tasks) but not the family's notes.
NOTE_READERS = FILE_READERS - {"club"}


@pytest.mark.postgres_only
def test_a_draft_is_read_with_sql_only_by_its_author_and_the_team_head(pg_world: World) -> None:
    w = pg_world
    notes = w.services("north_worker").notes
    draft = notes.add(w.files["cohen"], "home_visit", date.today(), "טיוטה: התרשמות ראשונית")
    read = text("SELECT id, text FROM case_notes WHERE file_id = :f")
    for who in sorted(FILE_READERS | {"south_worker", "south_head", "admin"}):
        with as_login(w, who) as c:
            rows = c.execute(read, {"f": w.files["cohen"]}).all()
        assert (draft.id in {r.id for r in rows}) == (who in DRAFT_READERS), who
    notes.sign(draft.id, draft.version)
    for who in sorted(FILE_READERS):
        with as_login(w, who) as c:
            rows = c.execute(read, {"f": w.files["cohen"]}).all()
        assert (draft.id in {r.id for r in rows}) == (who in NOTE_READERS), who


def test_a_draft_is_not_in_the_file_for_others_through_the_services(world: World) -> None:
    w = world
    cohen = w.files["cohen"]
    draft = w.services("north_worker").notes.add(cohen, "home_visit", date.today(), "טיוטה: התרשמות ראשונית")
    signed = w.services("north_worker2").notes.add(cohen, "phone_call", date.today(), "שיחה", sign=True)
    assert not w.services("club").families.get(cohen).notes  # she sees the file, not its notes
    for who in sorted(NOTE_READERS):
        svc = w.services(who)
        in_file = {n.id for n in svc.families.get(cohen).notes}
        in_list = {n.id for n in svc.notes.list_for_file(cohen)}
        assert in_file == in_list, who
        assert signed.id in in_list, who
        assert (draft.id in in_list) == (who in DRAFT_READERS), who
    # to those who cannot read it, another's draft is missing: not signed, edited or corrected
    other = w.services("north_worker2").notes
    for attempt in (lambda: other.sign(draft.id, draft.version),
                    lambda: other.edit_draft(draft.id, draft.version, "home_visit", date.today(), "שלי"),
                    lambda: other.correct(draft.id, "תיקון")):
        with pytest.raises(NotFound):
            attempt()
    with pytest.raises(PermissionDenied):  # the team head reads it, and may not sign another's draft
        w.services("north_head").notes.sign(draft.id, draft.version)
    assert w.services("north_worker").notes.sign(draft.id, draft.version).signed


@pytest.mark.postgres_only
def test_the_python_notes_rule_agrees_with_the_policy_for_every_login(pg_world: World) -> None:
    """The draft rule is written twice, in the case_notes policy and in visible_notes_clause (SQLite's
    filter): for every staff login, the notes the policy shows are the ones the Python clauses select."""
    from models.families.entities import FamilyFile
    from models.notes.entities import CaseNote
    from models.service import visible_files_clause, visible_notes_clause

    w = pg_world
    for author, file in (("north_worker", "cohen"), ("north_worker2", "secret"), ("south_worker", "haddad"),
                         ("north_head", "levi"), ("manager", "haddad")):
        notes = w.services(author).notes
        notes.add(w.files[file], "other", date.today(), f"טיוטה של {author}")
        notes.add(w.files[file], "other", date.today(), f"חתום של {author}", sign=True)
    seen: dict[str, set[int]] = {}
    with as_owner(w) as owner:
        for who, user in w.users.items():
            python = set(owner.execute(
                select(CaseNote.id).join(FamilyFile, FamilyFile.id == CaseNote.file_id)
                .where(visible_files_clause(user), visible_notes_clause(user))).scalars())
            with as_login(w, who) as c:
                policy = set(c.execute(text("SELECT id FROM case_notes")).scalars())
            assert policy == python, who
            seen[who] = policy
    assert len(seen["manager"]) == 10 and seen["admin"] == set()
    assert len(seen["north_head"]) == 6  # every note, drafts too, of the three north files; no south one
    assert len(seen["intake"]) == 4  # the signed notes of the three non-restricted files only


# --- hole 7: forged audit rows ------------------------------------------------------------------------------


@pytest.mark.postgres_only
def test_a_worker_cannot_insert_audit_rows_with_sql(pg_world: World) -> None:
    w = pg_world
    for who in ("north_worker", "intake", "manager", "admin"):
        with as_login(w, who) as c:
            for forged in (
                "INSERT INTO audit_events (at, user_name, action, entity, entity_id, file_id, allowed, detail) "
                "VALUES (now(), 'someone_else', 'view', 'family_file', :f, :f, true, '')",
                "INSERT INTO audit_events (user_name, action, entity, file_id, allowed, detail) "
                "VALUES ('x', 'db_update', 'case_notes', :f, true, '{}')",
            ):
                with pytest.raises(DBAPIError) as exc:
                    c.execute(text(forged), {"f": w.files["secret"]})
                assert sqlstate(exc) == REFUSED, who
                c.rollback()


@pytest.mark.postgres_only
def test_the_audit_function_stamps_the_login_and_refuses_the_triggers_actions(pg_world: World) -> None:
    w = pg_world
    call = text("SELECT maane_write_audit(:a, 'family_file', :f, :f, true, :d)")
    with as_login(w, "north_worker") as c:
        c.execute(call, {"a": "view", "f": w.files["cohen"], "d": json.dumps({"user_name": "someone_else"})})
        c.commit()
        for action in ("db_update", "db_insert", "db_delete", "DB_update", ""):
            with pytest.raises(DBAPIError) as exc:
                c.execute(call, {"a": action, "f": w.files["cohen"], "d": ""})
            assert sqlstate(exc) == REFUSED, action
            c.rollback()
        c.execute(text("SET ROLE maane_family_worker"))  # a group role the login may take
        c.execute(call, {"a": "print", "f": w.files["cohen"], "d": ""})
        c.commit()
    with as_owner(w) as c:
        rows = c.execute(text("SELECT user_name, action, at > now() - interval '1 hour' FROM audit_events "
                              "WHERE entity = 'family_file' AND action IN ('view', 'print') AND file_id = :f "
                              "ORDER BY id"), {"f": w.files["cohen"]}).all()
    assert [tuple(r) for r in rows] == [(w.name("north_worker"), "view", True), (w.name("north_worker"), "print", True)]


def test_the_services_still_audit_reads_and_denials(world: World) -> None:
    w = world
    w.services("north_worker").families.get(w.files["cohen"])
    with pytest.raises(PermissionDenied):
        w.services("south_worker").families.get(w.files["cohen"])
    assert [(e.entity_id, e.allowed) for e in audit_rows(w, "north_worker", "view")] == [(w.files["cohen"], True)]
    assert [(e.entity_id, e.allowed) for e in audit_rows(w, "south_worker", "view_file")] == [(w.files["cohen"], False)]


# --- tasks: assigned only to a user who may see the file -------------------------------------------------


@pytest.mark.postgres_only
def test_a_task_cannot_be_assigned_with_sql_to_a_user_who_cannot_see_the_file(pg_world: World) -> None:
    w = pg_world
    cohen = w.files["cohen"]
    insert = text("INSERT INTO tasks (file_id, title, description, assignee_id, done, version, created_by,"
                  " updated_by) VALUES (:f, 'משימה', '', :a, false, 1, '', '') RETURNING id")
    with as_login(w, "north_worker") as c:
        for outsider in ("south_worker", "south_head", "admin"):
            with pytest.raises(DBAPIError) as exc:
                c.execute(insert, {"f": cohen, "a": w.users[outsider].id})
            assert sqlstate(exc) == REFUSED, outsider
            c.rollback()
        task = c.execute(insert, {"f": cohen, "a": w.users["north_worker2"].id}).scalar_one()  # same team
        c.commit()
        with pytest.raises(DBAPIError) as exc:  # nor handed over afterwards
            c.execute(text("UPDATE tasks SET assignee_id = :a WHERE id = :t"),
                      {"a": w.users["south_worker"].id, "t": task})
        assert sqlstate(exc) == REFUSED
        c.rollback()
    with as_login(w, "south_worker") as c:  # the south worker never learns of it
        assert c.execute(text("SELECT count(*) FROM tasks WHERE id = :t"), {"t": task}).scalar_one() == 0


def test_tasks_service_refuses_an_assignee_who_cannot_see_the_file(world: World) -> None:
    tasks = world.services("north_worker").tasks
    with pytest.raises(ValidationError) as e:
        tasks.add(world.files["cohen"], "משימה", None, world.users["south_worker"].id)
    assert e.value.code == "assignee_cannot_see_file"
    t = tasks.add(world.files["cohen"], "משימה", None, world.users["north_worker2"].id)
    assert t.assignee_id == world.users["north_worker2"].id


def test_a_task_whose_assignee_lost_sight_of_the_file_can_still_be_closed_and_handed_on(world: World) -> None:
    """The assignee is checked when a task is given, not on every change: after the file moved to the south
    team, the north worker's task on it is still marked done by the file's new worker, and handed only to
    someone who sees the file."""
    w = world
    cohen = w.files["cohen"]
    task = w.services("north_worker").tasks.add(cohen, "לתאם ביקור", None, w.users["north_worker2"].id)
    mgr = w.services("manager").families
    f = mgr.get(cohen).file
    mgr.reassign(cohen, f.version, w.users["south_worker"].id, "מעבר דירה לדרום")
    south = w.services("south_worker").tasks
    assert south.set_done(task.id, task.version, True).done
    if w.backend == "postgresql":
        with as_login(w, "south_worker") as c:
            with pytest.raises(DBAPIError) as exc:  # not handed to a north worker, who cannot see it now
                c.execute(text("UPDATE tasks SET assignee_id = :a WHERE id = :t"),
                          {"a": w.users["north_worker"].id, "t": task.id})
            assert sqlstate(exc) == REFUSED
            c.rollback()
            c.execute(text("UPDATE tasks SET assignee_id = :a, done = false WHERE id = :t"),
                      {"a": w.users["south_head"].id, "t": task.id})
            c.commit()
