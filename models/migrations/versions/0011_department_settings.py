"""department settings: the letterhead every printed form carries (issue 7)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 23:50:00.000000

Both backends: the table ``department_settings``, one row (id 1) of letterhead fields (municipality,
department, address, phone, e-mail, logo image and its type) and the number of signed notes a family summary
offers by default; the row is written here with the fictional town of the demo, for the administrator to
replace. PostgreSQL: its security as frozen below from ``python -m models.security department_settings``
(every role reads it, the administrator alone updates it, the audit trigger records every change). The
downgrade drops the table.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As models.department.service.DEFAULT_LETTERHEAD said when this was written (frozen here).
DEFAULT_ROW = {
    "id": 1,
    "municipality": "עיריית עין הבשור",
    "department": "המחלקה לשירותים חברתיים",
    "address": "רחוב הגפן 1, עין הבשור",
    "phone": "08-0000000",
    "email": "revacha@ein-habesor.example",
    "logo_mime": "",
    "summary_notes": 3,
    "version": 1,
    "created_by": "maane db upgrade",
    "updated_by": "maane db upgrade",
}


def upgrade() -> None:
    table = op.create_table(
        "department_settings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("municipality", sa.String(length=120), nullable=False),
        sa.Column("department", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_mime", sa.String(length=16), nullable=False),
        sa.Column("summary_notes", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_department_settings_one_row")),
        sa.CheckConstraint("logo_mime IN ('', 'image/png', 'image/jpeg')",
                           name=op.f("ck_department_settings_logo_mime_known")),
        sa.CheckConstraint("summary_notes BETWEEN 0 AND 50", name=op.f("ck_department_settings_summary_notes_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department_settings")),
    )
    op.bulk_insert(table, [DEFAULT_ROW])
    secure_table(op, "department_settings", SECURITY_DEPARTMENT_SETTINGS)
    run_postgres_script(op, AUDIT_ROW_WITHOUT_LOGO)


def downgrade() -> None:
    run_postgres_script(op, AUDIT_ROW_0001)
    op.drop_table("department_settings")


# --- the audit trigger function: a logo is recorded by its SHA-256, not copied (PostgreSQL) ---------------

AUDIT_ROW_WITHOUT_LOGO = r"""CREATE OR REPLACE FUNCTION maane_audit_row()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_row jsonb;
    v_entity_id integer;
    v_file_id integer;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        v_old := to_jsonb(OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        v_new := to_jsonb(NEW);
    END IF;
    IF TG_TABLE_NAME = 'users' THEN
        v_old := v_old - 'password_hash';
        v_new := v_new - 'password_hash';
    END IF;
    IF TG_TABLE_NAME = 'department_settings' THEN
        -- the logo image (up to 1 MB, twice as hex) is not copied into the log at every save: its SHA-256
        -- says whether and to what it changed
        IF v_old ->> 'logo' IS NOT NULL THEN
            v_old := jsonb_set(v_old, '{logo}', to_jsonb('sha256:' || encode(sha256(OLD.logo), 'hex')));
        END IF;
        IF v_new ->> 'logo' IS NOT NULL THEN
            v_new := jsonb_set(v_new, '{logo}', to_jsonb('sha256:' || encode(sha256(NEW.logo), 'hex')));
        END IF;
    END IF;
    v_row := coalesce(v_new, v_old);
    IF v_row ? 'id' THEN
        v_entity_id := (v_row ->> 'id')::integer;
    END IF;
    IF TG_TABLE_NAME = 'family_files' THEN
        v_file_id := v_entity_id;
    ELSIF v_row ? 'file_id' THEN
        v_file_id := (v_row ->> 'file_id')::integer;
    END IF;
    INSERT INTO audit_events (at, user_name, action, entity, entity_id, file_id, allowed, detail)
    VALUES (clock_timestamp(), session_user, 'db_' || lower(TG_OP), TG_TABLE_NAME, v_entity_id, v_file_id,
            true, jsonb_build_object('old', v_old, 'new', v_new)::text);
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION maane_audit_row() FROM PUBLIC;
"""

# as revision 0001 defined it (models/migrations/sql/0001_security.sql), for the downgrade
AUDIT_ROW_0001 = r"""CREATE OR REPLACE FUNCTION maane_audit_row()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_row jsonb;
    v_entity_id integer;
    v_file_id integer;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        v_old := to_jsonb(OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        v_new := to_jsonb(NEW);
    END IF;
    IF TG_TABLE_NAME = 'users' THEN
        v_old := v_old - 'password_hash';
        v_new := v_new - 'password_hash';
    END IF;
    v_row := coalesce(v_new, v_old);
    IF v_row ? 'id' THEN
        v_entity_id := (v_row ->> 'id')::integer;
    END IF;
    IF TG_TABLE_NAME = 'family_files' THEN
        v_file_id := v_entity_id;
    ELSIF v_row ? 'file_id' THEN
        v_file_id := (v_row ->> 'file_id')::integer;
    END IF;
    INSERT INTO audit_events (at, user_name, action, entity, entity_id, file_id, allowed, detail)
    VALUES (clock_timestamp(), session_user, 'db_' || lower(TG_OP), TG_TABLE_NAME, v_entity_id, v_file_id,
            true, jsonb_build_object('old', v_old, 'new', v_new)::text);
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION maane_audit_row() FROM PUBLIC;
"""


# --- the security of department_settings as of this revision (python -m models.security TABLE) ----------

SECURITY_DEPARTMENT_SETTINGS = r"""-- maane security: department_settings (scope reference), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'department_settings'::regclass;
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
ALTER TABLE department_settings NO FORCE ROW LEVEL SECURITY;
ALTER TABLE department_settings DISABLE ROW LEVEL SECURITY;
GRANT UPDATE ON department_settings TO maane_admin;
GRANT SELECT ON department_settings TO maane_app;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'department_settings'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON department_settings
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
"""
