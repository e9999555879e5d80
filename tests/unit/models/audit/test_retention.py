"""Issue 6, "Administration": the access log is kept at least 24 months, then purged by a documented command
that runs as the database's owner. A cutoff less than 24 months ago is refused; only older rows go; the purge
records itself and no purge removes that record. On PostgreSQL no Maane login may purge or delete audit
rows in any way (attacked with raw SQL as each login), and a team head's login reads no audit row of another
team's file, not even a list that showed one."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import delete, insert, select, text
from sqlalchemy.exc import DBAPIError

from models.audit.entities import AuditEvent, AuditEventFile
from models.audit.retention import count_purgeable, latest_cutoff, months_before, purge
from models.errors import ValidationError
from tests.support import STAFF, World, as_login

REFUSED = "42501"


def at_months_ago(months: int) -> datetime:
    return datetime.combine(months_before(datetime.now(UTC).date(), months), time(12), tzinfo=UTC)


def old_events(w: World, ages: dict[str, int], *, action: str = "view") -> dict[str, int]:
    """Events ``ages[key]`` months old, each naming the cohen file through a list (audit_event_files). On
    PostgreSQL written as the owner with the server-clock trigger off for this transaction only."""
    ids: dict[str, int] = {}
    with w.admin_db.session() as s:
        if w.backend == "postgresql":
            s.execute(text("ALTER TABLE audit_events DISABLE TRIGGER maane_audit_stamp"))
        for key, months in ages.items():
            ids[key] = s.execute(insert(AuditEvent).values(
                at=at_months_ago(months), user_name=w.name("north_worker"), action=action, entity="family_file",
                allowed=True, detail=json.dumps({"files": [w.files["cohen"]]})).returning(AuditEvent.id)).scalar_one()
            s.execute(insert(AuditEventFile).values(audit_id=ids[key], file_id=w.files["cohen"]))
        if w.backend == "postgresql":
            s.execute(text("ALTER TABLE audit_events ENABLE TRIGGER maane_audit_stamp"))
    return ids


def present(w: World, ids: list[int]) -> set[int]:
    with w.admin_db.session() as s:
        return set(s.scalars(select(AuditEvent.id).where(AuditEvent.id.in_(ids))))


def test_the_newest_cutoff_is_24_calendar_months_ago() -> None:
    assert months_before(date(2026, 11, 28), 24) == date(2024, 11, 28)
    assert months_before(date(2028, 2, 29), 24) == date(2026, 2, 28)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert latest_cutoff(date(2026, 1, 15)) == date(2024, 1, 15)


def test_a_cutoff_less_than_24_months_ago_is_refused_and_nothing_goes(world: World) -> None:
    w = world
    ids = old_events(w, {"old": 30, "recent": 23})
    for too_recent in (months_before(date.today(), 23), date.today(), date(2999, 1, 1)):
        with pytest.raises(ValidationError) as exc:
            purge(w.admin_db, too_recent, who="cli:test")
        assert exc.value.code == "audit_retention"
        with pytest.raises(ValidationError):
            count_purgeable(w.admin_db, too_recent)
    assert present(w, list(ids.values())) == set(ids.values())


def test_the_purge_removes_only_older_rows_and_its_record_survives(world: World) -> None:
    w = world
    ids = old_events(w, {"30": 30, "25": 25, "23": 23, "1": 1})
    [old_purge] = old_events(w, {"purge": 40}, action="audit_purge").values()
    cutoff = latest_cutoff()
    assert count_purgeable(w.admin_db, cutoff) >= 2
    before_count = count_purgeable(w.admin_db, cutoff)
    result = purge(w.admin_db, cutoff, who="cli:test")
    assert result.removed == before_count
    assert present(w, [*ids.values(), old_purge]) == {ids["23"], ids["1"], old_purge}
    with w.admin_db.session() as s:
        # the lists' files went with their events
        assert set(s.scalars(select(AuditEventFile.audit_id).where(
            AuditEventFile.audit_id.in_(list(ids.values()))))) == {ids["23"], ids["1"]}
        [record] = s.scalars(select(AuditEvent).where(AuditEvent.action == "audit_purge",
                                                      AuditEvent.id != old_purge)).all()
    assert json.loads(record.detail)["removed"] == result.removed
    assert json.loads(record.detail)["before"].startswith(cutoff.isoformat())
    assert (record.at if record.at.tzinfo else record.at.replace(tzinfo=UTC)) > at_months_ago(1)  # SQLite: UTC
    # a second purge finds nothing more, and keeps both records
    assert purge(w.admin_db, cutoff, who="cli:test").removed == 0
    assert present(w, [old_purge, record.id]) == {old_purge, record.id}


@pytest.mark.postgres_only
@pytest.mark.parametrize("short", [s[0] for s in STAFF])
def test_no_login_purges_or_deletes_audit_rows_with_sql(pg_world: World, short: str) -> None:
    w = pg_world
    ids = old_events(w, {"old": 30})
    cutoff = datetime.combine(latest_cutoff(), time.min, tzinfo=UTC)
    attacks = [
        ("SELECT maane_purge_audit(:c)", {"c": cutoff}),
        ("DELETE FROM audit_events WHERE at < :c", {"c": cutoff}),
        ("DELETE FROM audit_event_files", {}),
        ("TRUNCATE audit_events", {}),
        ("UPDATE audit_events SET detail = '' WHERE at < :c", {"c": cutoff}),
        # nor forges the record of a purge that never happened
        ("SELECT maane_write_audit('audit_purge', 'audit', NULL, NULL, true, '{\"removed\": 0}')", {}),
    ]
    with as_login(w, short) as c:
        for sql, params in attacks:
            with pytest.raises(DBAPIError) as exc:
                c.execute(text("SET LOCAL maane.audit_purge_before = '2000-01-01'"))
                c.execute(text(sql), params)
            assert exc.value.orig.sqlstate == REFUSED, sql
            c.rollback()
    assert present(w, list(ids.values())) == set(ids.values())


@pytest.mark.postgres_only
def test_the_owner_deletes_only_through_the_purge(pg_world: World) -> None:
    w = pg_world
    ids = old_events(w, {"old": 30})
    cutoff = datetime.combine(latest_cutoff(), time.min, tzinfo=UTC)
    with w.admin_db.engine.connect() as c:
        for sql in ("DELETE FROM audit_events WHERE at < :c", "TRUNCATE audit_events"):
            with pytest.raises(DBAPIError, match="append-only"):
                c.execute(text(sql), {"c": cutoff})
            c.rollback()
        with pytest.raises(DBAPIError, match="24 months"):  # the function itself refuses a recent cutoff
            c.execute(text("SELECT maane_purge_audit(now() - interval '23 months')"))
        c.rollback()
    assert present(w, list(ids.values())) == set(ids.values())
    with w.admin_db.session() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.id == -1))  # deleting nothing is no attack: no error
    assert purge(w.admin_db, latest_cutoff(), who="x").removed >= 1
    assert present(w, list(ids.values())) == set()


@pytest.mark.postgres_only
def test_a_team_head_login_reads_no_audit_row_of_another_teams_file(pg_world: World) -> None:
    w = pg_world
    south = w.files["haddad"]
    south_worker = w.services("south_worker")
    south_worker.families.get(south)
    south_worker.families.rows(south_worker.families.search(""))  # a list of south files only
    intake = w.services("intake")
    intake.families.rows(intake.families.search(""))  # a list of both teams' files
    with as_login(w, "north_head") as c:
        assert c.execute(text("SELECT count(*) FROM audit_events WHERE file_id = :f"), {"f": south}).scalar_one() == 0
        assert c.execute(text("SELECT count(*) FROM audit_event_files WHERE file_id = :f"),
                         {"f": south}).scalar_one() == 0
        seen = c.execute(text("SELECT user_name, action FROM audit_events WHERE action = 'list'")).all()
        assert (w.name("south_worker"), "list") not in seen  # his list showed no file of hers
        assert (w.name("intake"), "list") in seen  # this one showed a north file too
    with as_login(w, "south_head") as c:
        assert c.execute(text("SELECT count(*) FROM audit_events WHERE file_id = :f"), {"f": south}).scalar_one() > 0
    for worker in ("north_worker", "intake", "admin"):  # the list of files an event showed: not theirs to read
        with as_login(w, worker) as c, pytest.raises(DBAPIError) as exc:
            c.execute(text("SELECT count(*) FROM audit_event_files")).scalar_one()
        assert exc.value.orig.sqlstate == REFUSED
