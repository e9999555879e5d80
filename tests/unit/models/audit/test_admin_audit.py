"""Issue 6, hole 5: the administrator reads who did what and when in the audit, never case content (the
names and ID numbers workers typed into a search, a reason, the old and new values of case rows). On
PostgreSQL attacked as the admin login with raw SQL (revision 0006's policy); on both backends through the
AuditService."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from models.people.dto import PersonInput
from tests.support import World, as_login, valid_id

TYPED_NAME = "זהבה"
TYPED_PHONE = "052-7777777"
REASON = "אלימות במשפחה לפי דיווח השכנה"



def case_work(w: World) -> list[str]:
    """Workers at work: searches by name, ID number and phone, a person changed, a file reassigned with a
    reason, a note written. Returns the case content that went into the audit."""
    worker = w.services("north_worker")
    cohen_id = valid_id(1)
    worker.people.search(TYPED_NAME)
    worker.people.search(cohen_id)
    worker.people.by_id_number(cohen_id)
    worker.families.search(TYPED_PHONE)
    worker.families.search("כהן")
    worker.families.get(w.files["cohen"])
    person = worker.people.get(w.persons["cohen_child"])
    worker.people.update(person.id, person.version, PersonInput(
        first_name="מרים", last_name="כהן-שמעוני", birth_date=person.birth_date, id_number=person.id_number))
    worker.notes.add(w.files["cohen"], "home_visit", date.today(), "האם סיפרה על חובות", sign=True)
    head = w.services("north_head").families
    f = head.get(w.files["levi"]).file
    head.reassign(f.id, f.version, w.users["north_worker"].id, REASON)
    return [TYPED_NAME, cohen_id, "0527777777", "כהן", "כהן-שמעוני", "חובות", REASON]


@pytest.mark.postgres_only
def test_the_admin_login_reads_no_case_content_in_the_audit_with_sql(pg_world: World) -> None:
    w = pg_world
    content = case_work(w)
    content_rows = text("SELECT action, entity, detail FROM audit_events WHERE " + " OR ".join(
        f"detail LIKE :c{i}" for i in range(len(content))))
    params = {f"c{i}": f"%{c}%" for i, c in enumerate(content)}
    with as_login(w, "admin") as c:
        assert c.execute(content_rows, params).all() == []
        assert c.execute(text("SELECT count(*) FROM audit_events WHERE action = 'search'")).scalar_one() == 0
        # what the admin still reviews: who opened which file, when; the staff accounts
        seen = {(r.user_name, r.action, r.entity) for r in c.execute(text(
            "SELECT user_name, action, entity FROM audit_events"))}
    assert (w.name("north_worker"), "view", "family_file") in seen
    assert any(action == "db_insert" and entity == "users" for _u, action, entity in seen)
    # the case content is there, for the manager (so the attack above found nothing that was not hidden)
    with as_login(w, "manager") as c:
        found = " ".join(r.detail for r in c.execute(content_rows, params))
    assert all(piece in found for piece in content if piece != "0527777777"), found


def test_the_audit_service_gives_the_admin_no_case_content(world: World) -> None:
    w = world
    content = case_work(w)
    admin = w.services("admin").audit
    for rows in (admin.by_user(w.name("north_worker")), admin.by_user(w.name("north_head")),
                 admin.for_file(w.files["levi"]), admin.for_file(w.files["cohen"])):
        assert rows  # the admin sees who did what
        for e in rows:
            assert not any(c in e.detail for c in content), e
            assert e.action != "search"
    actions = {e.action for e in admin.by_user(w.name("north_worker"))}
    assert "view" in actions  # the file and the person opened; the rows with a detail are not the admin's
    manager = w.services("manager").audit
    details = " ".join(e.detail for e in manager.by_user(w.name("north_worker")) + manager.for_file(w.files["levi"]))
    assert TYPED_NAME in details and REASON in details


def test_only_the_audit_log_declares_details_the_admin_may_read() -> None:
    from models.security import TableSecurity, live_security_sql, table_security_sql

    with pytest.raises(ValueError):
        TableSecurity(scope=TableSecurity.file().scope, file_column="file_id", admin_reads_case_detail=True)
    import models.tables  # noqa: F401  (fills the metadata)
    from models.base import Base

    now = live_security_sql(Base.metadata, "audit_events")
    before = table_security_sql("audit_events", TableSecurity.audit_log(admin_reads_case_detail=True))
    assert "audit_events.detail = ''" in now and "audit_events.detail = ''" not in before
