"""the access-log review (issue 6, "Administration"): the files a list showed, retention and its purge

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 23:59:00.000000

Both backends: the table ``audit_event_files`` (audit_id, file_id): the family files an audit event showed
when it has no file of its own (a page of the family list, My tasks), filled from the detail's ``files`` of
the rows already written; indexes on ``audit_events`` (at, id) and of its denied rows (the review reads newest
first, the purge by date). On SQLite ``models.service.write_audit`` writes the table's rows.

PostgreSQL: the frozen script ``sql/0009_access_log.sql`` (maane_write_audit writes audit_event_files too;
the append-only trigger lets the purge through, and nothing else; the owner's definer function
maane_purge_audit, which no Maane role may execute), the security of ``audit_event_files`` and the new
``audit_events`` policy (a team head also reads the list rows that showed a file she sees), both frozen
below from ``python -m models.security TABLE``. The downgrade puts back revision 0006's policy and the
functions of revisions 0001 and 0005, drops the purge function, the table and the index.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen (its sha256 is held by tests/unit/models/test_security.py): never edit.
FUNCTIONS = Path(__file__).resolve().parent.parent / "sql" / "0009_access_log.sql"

_SQLITE_BACKFILL = """\
INSERT OR IGNORE INTO audit_event_files (audit_id, file_id)
SELECT DISTINCT e.id, j.value
FROM audit_events e,
     json_each(CASE WHEN json_valid(e.detail) THEN e.detail ELSE '{}' END, '$.files') AS j
WHERE e.detail LIKE '{%"files"%' AND j.type = 'integer'
"""


def upgrade() -> None:
    op.create_index("ix_audit_events_at", "audit_events", ["at", "id"])
    op.create_index("ix_audit_events_denied", "audit_events", ["at", "id"], sqlite_where=sa.text("allowed = 0"),
                    postgresql_where=sa.text("NOT allowed"))
    op.create_table(
        "audit_event_files",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("audit_id", "file_id", name=op.f("pk_audit_event_files")),
    )
    op.create_index("ix_audit_event_files_file", "audit_event_files", ["file_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.execute(sa.text(_SQLITE_BACKFILL))
    secure_table(op, "audit_event_files", SECURITY_AUDIT_EVENT_FILES)
    run_postgres_script(op, FUNCTIONS.read_text(encoding="utf-8"))
    secure_table(op, "audit_events", SECURITY_AUDIT_EVENTS)


def _revision_0006_policy() -> str:
    path = Path(__file__).resolve().parent / "0006_audit_without_case_content.py"
    spec = importlib.util.spec_from_file_location("maane_revision_0006", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.SECURITY_AUDIT_EVENTS)


def downgrade() -> None:
    secure_table(op, "audit_events", _revision_0006_policy())
    run_postgres_script(op, DOWNGRADE_FUNCTIONS)
    op.drop_index("ix_audit_event_files_file", table_name="audit_event_files")
    op.drop_table("audit_event_files")
    op.drop_index("ix_audit_events_denied", table_name="audit_events")
    op.drop_index("ix_audit_events_at", table_name="audit_events")


# The functions as revisions 0005 (maane_write_audit) and 0001 (maane_audit_append_only) wrote them.
DOWNGRADE_FUNCTIONS = r"""DROP FUNCTION IF EXISTS maane_purge_audit(timestamptz);
DROP FUNCTION IF EXISTS maane_audit_shows_visible_file(integer);
CREATE OR REPLACE FUNCTION maane_write_audit(
    p_action text, p_entity text, p_entity_id integer, p_file_id integer, p_allowed boolean, p_detail text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF coalesce(p_action, '') = '' OR lower(p_action) LIKE 'db\_%' THEN
        RAISE EXCEPTION 'audit action "%" is not written by the client', p_action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_events (at, user_name, action, entity, entity_id, file_id, allowed, detail)
    VALUES (clock_timestamp(), session_user, p_action, coalesce(p_entity, ''), p_entity_id, p_file_id,
            coalesce(p_allowed, false), coalesce(p_detail, ''));
END
$fn$;
CREATE OR REPLACE FUNCTION maane_audit_append_only()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$fn$;
"""

SECURITY_AUDIT_EVENTS = r"""-- maane security: audit_events (scope audit), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'audit_events'::regclass;
    r record;
BEGIN
    FOR r IN SELECT polname FROM pg_policy WHERE polrelid = v_table LOOP
        EXECUTE format('DROP POLICY %I ON %s', r.polname, v_table);
    END LOOP;
    FOR r IN
        SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = v_table AND a.grantee <> c.relowner
          AND a.grantee IS DISTINCT FROM to_regrole('maane_auditor')
        UNION
        SELECT DISTINCT a.grantee FROM pg_attribute att, pg_class c, aclexplode(att.attacl) a
        WHERE att.attrelid = v_table AND c.oid = v_table AND a.grantee <> c.relowner
    LOOP
        EXECUTE format('REVOKE ALL ON TABLE %s FROM %s', v_table,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
    END LOOP;
    FOR r IN
        SELECT DISTINCT s.oid::regclass AS seq, a.grantee
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S', aclexplode(s.relacl) a
        WHERE d.refobjid = v_table AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
          AND a.grantee <> s.relowner
    LOOP
        EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %s', r.seq,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
    END LOOP;
    FOR r IN
        SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE t.tgrelid = v_table AND NOT t.tgisinternal AND p.proname LIKE 'maane\_%'
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', r.tgname, v_table);
    END LOOP;
END
$reset$;
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_events_select ON audit_events FOR SELECT TO maane_app
    USING (
        user_name = current_user::text
        OR CASE (SELECT maane_my_role())
               WHEN 'manager' THEN true
               -- the administrator reviews access (who, what, when), not case content
               WHEN 'admin' THEN NOT (audit_events.action LIKE 'db\_%' AND audit_events.entity NOT IN ('users', 'teams'))
                                 AND (audit_events.detail = '' OR audit_events.entity IN ('user', 'team', 'users', 'teams', 'user_audit') OR audit_events.action IN ('login'))
               WHEN 'team_head' THEN EXISTS (SELECT 1 FROM family_files f WHERE f.id = audit_events.file_id)
                                     OR maane_audit_shows_visible_file(audit_events.id)
               ELSE false
           END
    );
GRANT SELECT ON audit_events TO maane_app;
CREATE TRIGGER maane_audit_stamp BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION maane_audit_stamp();
CREATE TRIGGER maane_audit_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION maane_audit_append_only();
CREATE TRIGGER maane_audit_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION maane_audit_append_only();
"""


SECURITY_AUDIT_EVENT_FILES = r"""-- maane security: audit_event_files (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'audit_event_files'::regclass;
    r record;
BEGIN
    FOR r IN SELECT polname FROM pg_policy WHERE polrelid = v_table LOOP
        EXECUTE format('DROP POLICY %I ON %s', r.polname, v_table);
    END LOOP;
    FOR r IN
        SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = v_table AND a.grantee <> c.relowner
          AND a.grantee IS DISTINCT FROM to_regrole('maane_auditor')
        UNION
        SELECT DISTINCT a.grantee FROM pg_attribute att, pg_class c, aclexplode(att.attacl) a
        WHERE att.attrelid = v_table AND c.oid = v_table AND a.grantee <> c.relowner
    LOOP
        EXECUTE format('REVOKE ALL ON TABLE %s FROM %s', v_table,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
    END LOOP;
    FOR r IN
        SELECT DISTINCT s.oid::regclass AS seq, a.grantee
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S', aclexplode(s.relacl) a
        WHERE d.refobjid = v_table AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
          AND a.grantee <> s.relowner
    LOOP
        EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %s', r.seq,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
    END LOOP;
    FOR r IN
        SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE t.tgrelid = v_table AND NOT t.tgisinternal AND p.proname LIKE 'maane\_%'
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', r.tgname, v_table);
    END LOOP;
END
$reset$;
ALTER TABLE audit_event_files ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event_files FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_files_access ON audit_event_files FOR ALL TO maane_app
    USING (EXISTS (SELECT 1 FROM family_files f WHERE f.id = audit_event_files.file_id))
    WITH CHECK (EXISTS (SELECT 1 FROM family_files f WHERE f.id = audit_event_files.file_id));
GRANT SELECT ON audit_event_files TO maane_manager;
GRANT SELECT ON audit_event_files TO maane_team_head;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'audit_event_files'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON audit_event_files TO maane_auditor;
    END IF;
END
$aud$;
"""


