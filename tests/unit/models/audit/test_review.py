"""Issue 6, "Administration": the access-log review the Data Security Regulations require. The manager
filters the whole department's log, a team head her team's files' log; each row says who by name and role
(never a login name), what, which file, allowed or denied, and for a change each field's old and new value,
the same on both databases; the review and its CSV export are themselves recorded."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models.audit.dto import AuditFilter, ReviewRow
from models.audit.entities import AuditEvent
from models.errors import PermissionDenied
from models.people.dto import PersonInput
from tests.support import World

REASON = "עומס בצוות"


def review_all(w: World, short: str, flt: AuditFilter) -> list[ReviewRow]:
    svc = w.services(short).audit
    rows: list[ReviewRow] = []
    offset, upto = 0, None
    while True:
        page = svc.review(flt, offset=offset, limit=50, upto_id=upto)
        rows += page.rows
        if not page.has_more:
            return rows
        offset, upto = page.next_offset, page.upto_id


def own_events(w: World, short: str, action: str) -> list[AuditEvent]:
    with w.admin_db.session() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.user_name == w.name(short),
                                                       AuditEvent.action == action).order_by(AuditEvent.id)))
        s.expunge_all()
        return rows


def test_who_opened_a_file_by_name_and_role_and_the_lists_that_showed_it(world: World) -> None:
    w = world
    cohen, levi = w.files["cohen"], w.files["levi"]
    worker = w.services("north_worker")
    worker.families.get(cohen)
    ids = worker.families.search("")
    worker.families.rows(ids)  # a page of the family list: one event naming every file shown
    w.services("north_worker2").families.get(levi)
    rows = review_all(w, "manager", AuditFilter(file_id=cohen))
    views = [r for r in rows if r.action == "view"]
    assert [(r.actor_name, r.actor_role, r.file_number, r.family_name, r.allowed) for r in views] == [
        ("דנה צפונית", "family_worker", views[0].file_number, "משפחת כהן", True)]
    assert views[0].file_number.count("/") == 1
    lists = [r for r in rows if r.action == "list"]
    assert [(r.actor_name, r.files_shown) for r in lists] == [("דנה צפונית", len(ids))]
    assert not any(r.actor_name == "יעל צפונית" for r in rows)  # she opened another file
    assert all(w.name("north_worker") not in (r.actor_name, r.summary) for r in rows)  # never a login name
    # the same file by its number
    number = views[0].file_number
    by_number = review_all(w, "manager", AuditFilter(file_number=number))
    assert [r.id for r in by_number if r.action != "review_access_log"] == [
        r.id for r in rows if r.action != "review_access_log"]
    assert review_all(w, "manager", AuditFilter(file_number="1999/9999")) == []


def test_a_change_shows_each_field_from_what_to_what_on_both_databases(world: World) -> None:
    w = world
    worker = w.services("north_worker")
    person = worker.people.get(w.persons["cohen_child"])
    worker.people.update(person.id, person.version, PersonInput(
        first_name="מרים", last_name="כהן-שמעוני", birth_date=person.birth_date, id_number=person.id_number))
    head = w.services("north_head").families
    f = head.get(w.files["levi"]).file
    head.reassign(f.id, f.version, w.users["north_worker"].id, REASON)

    rows = review_all(w, "manager", AuditFilter(person_id=person.id, kinds=("change",)))
    images = [r for r in rows if r.action == "db_update" and r.entity == "persons"]
    assert len(images) == 1
    assert images[0].actor_name == "דנה צפונית" and images[0].person_name == "מרים כהן-שמעוני"
    assert [(c.field, c.before, c.after) for c in images[0].changes] == [("last_name", "כהן", "כהן-שמעוני")]

    # the phone the update dropped, and when it was given (a cascade of the unit of work on SQLite, a
    # trigger on PostgreSQL: the same rows)
    phones = [r for r in rows if r.entity == "person_phones"]
    assert [(r.action, [(c.field, c.before, c.after) for c in r.changes if c.field == "number"])
            for r in phones] == [("db_delete", [("number", "050-0000002", "")]),
                                 ("db_insert", [("number", "", "050-0000002")])]
    assert phones[0].actor_name == "דנה צפונית"  # (the world was built by the owner's login on PostgreSQL)

    moved = [r for r in review_all(w, "manager", AuditFilter(file_id=w.files["levi"], kinds=("change",)))
             if r.action == "db_update" and r.entity == "family_files"]
    assert [(c.field, c.before, c.after) for c in moved[0].changes] == [("worker_id", "יעל צפונית", "דנה צפונית")]
    assert moved[0].actor_name == "רונית ראש-צוות" and moved[0].actor_role == "team_head"
    reassign = [r for r in review_all(w, "manager", AuditFilter(file_id=w.files["levi"], kinds=("change",)))
                if r.action == "reassign"]
    assert REASON in reassign[0].summary


def test_filters_by_user_kind_denied_and_date(world: World) -> None:
    w = world
    cohen = w.files["cohen"]
    w.services("north_worker").families.get(cohen)
    w.services("north_worker").people.search("כהן")
    with pytest.raises(Exception):  # noqa: B017 - PermissionDenied on SQLite, NotFound under RLS
        w.services("south_worker").families.get(cohen)
    mine = review_all(w, "manager", AuditFilter(user_name=w.name("north_worker")))
    assert mine and {r.actor_name for r in mine} == {"דנה צפונית"}
    searches = review_all(w, "manager", AuditFilter(user_name=w.name("north_worker"), kinds=("search",)))
    assert [(r.action, r.summary) for r in searches] == [("search", "כהן")]  # the manager reads what was typed
    denied = review_all(w, "manager", AuditFilter(file_id=cohen, allowed=False))
    assert [(r.actor_name, r.action, r.allowed) for r in denied] == [("סמיר דרומי", "view_file", False)]
    assert all(r.allowed for r in review_all(w, "manager", AuditFilter(file_id=cohen, allowed=True)))
    today = date.today()
    assert review_all(w, "manager", AuditFilter(file_id=cohen, date_from=today - timedelta(days=1), date_to=today))
    assert review_all(w, "manager", AuditFilter(file_id=cohen, date_from=today + timedelta(days=1))) == []
    assert review_all(w, "manager", AuditFilter(file_id=cohen, date_to=today - timedelta(days=1))) == []
    newest_first = [r.at for r in review_all(w, "manager", AuditFilter())]
    assert newest_first == sorted(newest_first, reverse=True)


def test_a_team_head_reviews_her_teams_files_only(world: World) -> None:
    w = world
    north, south = w.files["cohen"], w.files["haddad"]
    w.services("north_worker").families.get(north)
    w.services("south_worker").families.get(south)
    w.services("south_worker").people.search("חדאד")
    south_ids = w.services("south_worker").families.search("")
    w.services("south_worker").families.rows(south_ids)  # a list of south files only
    intake = w.services("intake")
    intake.families.rows(intake.families.search(""))  # a list showing files of both teams

    rows = review_all(w, "north_head", AuditFilter())
    assert rows
    assert all(r.file_id in (None, north, w.files["levi"], w.files["secret"]) for r in rows)
    assert not any(r.actor_name == "סמיר דרומי" for r in rows)  # his list and views were of south files
    assert not any(r.action == "search" for r in rows)  # a search names no file: the team head does not read it
    assert [r.actor_name for r in rows if r.action == "list"] == ["נועה אינטייק"]  # it showed a north file
    assert review_all(w, "north_head", AuditFilter(file_id=south)) == []
    assert {r.actor_name for r in review_all(w, "south_head", AuditFilter(file_id=south))} >= {"סמיר דרומי"}


@pytest.mark.parametrize("who", ["north_worker", "intake", "admin"])
def test_nobody_else_reviews_and_the_attempt_is_recorded(world: World, who: str) -> None:
    w = world
    with pytest.raises(PermissionDenied):
        w.services(who).audit.review(AuditFilter())
    with pytest.raises(PermissionDenied):
        w.services(who).audit.export_csv(AuditFilter())
    assert [e.allowed for e in own_events(w, who, "review_access_log")] == [False, False]


def test_reading_the_review_is_itself_recorded(world: World) -> None:
    w = world
    cohen = w.files["cohen"]
    w.services("manager").audit.review(AuditFilter(file_id=cohen, kinds=("view",)))
    [event] = own_events(w, "manager", "review_access_log")
    assert (event.file_id, event.allowed) == (cohen, True)
    assert json.loads(event.detail)["filter"] == {"file_id": cohen, "kinds": ["view"]}
    # and the next review shows it
    again = review_all(w, "manager", AuditFilter(file_id=cohen, kinds=("audit",)))
    assert [(r.actor_name, r.action) for r in again][-1] == ("אבי מנהל", "review_access_log")


def test_the_admin_still_reads_no_case_content_of_the_new_rows(world: World) -> None:
    w = world
    worker = w.services("north_worker")
    person = worker.people.get(w.persons["cohen_child"])
    worker.people.update(person.id, person.version, PersonInput(
        first_name="מרים", last_name="כהן-שמעוני", birth_date=person.birth_date, id_number=person.id_number))
    worker.families.rows(worker.families.search(""))
    admin = w.services("admin").audit
    rows = admin.by_user(w.name("north_worker")) + admin.for_file(w.files["cohen"])
    assert rows
    assert not any("כהן-שמעוני" in e.detail or e.action.startswith("db_") for e in rows)


def test_the_csv_export_names_people_and_changes_and_is_recorded(world: World) -> None:
    w = world
    worker = w.services("north_worker")
    worker.families.get(w.files["cohen"])
    person = worker.people.get(w.persons["cohen_child"])
    worker.people.update(person.id, person.version, PersonInput(
        first_name="מרים", last_name="כהן-שמעוני", birth_date=person.birth_date, id_number=person.id_number))
    flt = AuditFilter(user_name=w.name("north_worker"))
    data = w.services("manager").audit.export_csv(flt, describe=lambda r: f"<{r.action}>")
    assert data.startswith(b"\xef\xbb\xbf")  # the byte order mark: Excel reads Hebrew
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0][:4] == ["Time", "Who", "Role", "Action"]
    body = table[1:]
    assert len(body) == len(review_all(w, "manager", flt))
    assert {row[1] for row in body} == {"דנה צפונית"} and {row[2] for row in body} == {"family_worker"}
    assert any(row[3] == "<view>" and row[5] == "משפחת כהן" for row in body)
    assert any("last_name: כהן → כהן-שמעוני" in row[9] for row in body)
    assert w.name("north_worker") not in data.decode("utf-8-sig")
    [export] = own_events(w, "manager", "audit_export")
    assert json.loads(export.detail) == {"filter": {"user_name": w.name("north_worker")}, "rows": len(body)}
