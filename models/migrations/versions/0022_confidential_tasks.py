"""confidential tasks: the continuum's Tasks are read only by the continuum's readers and their assignee (issue 11)

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-29 18:00:00.000000

The red team's hole 5 of issue 11: the policy of ``tasks`` (revision 0005) let every login who sees a file
read its tasks, and the committee coordinator, the club and intake workers see every unrestricted file; so
they read the Task of an emergency foster referral (its description is the emergency's reason) and the
youth-law forum's decision Tasks (the intervention in the title, the decision note in the description).

Both backends: ``tasks`` gains the column ``confidential`` (BOOLEAN NOT NULL, server default false). The
Tasks the continuum made before this revision, an emergency foster referral's committee Task
(``foster_referrals.committee_task_id``) and a forum decision's Task (``risk_reports.task_id``), are marked
confidential; from now on the services make them so (models.foster.service, models.forum.service).

PostgreSQL: the security of ``tasks`` re-frozen below from ``python -m models.security tasks``: a confidential
task is read (and written) only by models.tasks.entities.CONFIDENTIAL_TASK_READERS (the roles with
Action.VIEW_FOSTER: the family and youth-law workers, team heads, the manager) among those who see the file,
and by its assignee; not by the committee coordinator, the club and intake workers or the administrator. An
ordinary task as before: whoever sees the file. The assignee trigger of revision 0005
(``maane_assignee_sees_file``) stays as it was. And the guard ``maane_tasks_guard`` (frozen below, ``GUARD``),
run BEFORE INSERT and UPDATE of every task, for every login and the owner alike: a confidential task stays
confidential (SQLSTATE 42501, insufficient_privilege): set back to an ordinary task, its title and
description would be read by every login who sees the file.

The downgrade puts back the security of ``tasks`` as revision 0021 had it (revision 0005's policy and
trigger, revision 0007's read auditor, frozen here as the generator writes it), drops the guard and the
column.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("tasks", sa.Column("confidential", sa.Boolean(), nullable=False, server_default=sa.false()))
    # the continuum's Tasks made before this revision: an emergency referral's, a forum decision's
    tasks = sa.table("tasks", sa.column("id", sa.Integer()), sa.column("confidential", sa.Boolean()))
    foster = sa.table("foster_referrals", sa.column("committee_task_id", sa.Integer()))
    reports = sa.table("risk_reports", sa.column("task_id", sa.Integer()))
    op.execute(tasks.update().where(sa.or_(
        tasks.c.id.in_(sa.select(foster.c.committee_task_id).where(foster.c.committee_task_id.is_not(None))),
        tasks.c.id.in_(sa.select(reports.c.task_id).where(reports.c.task_id.is_not(None))),
    )).values(confidential=True))
    run_postgres_script(op, GUARD)  # before the security: the table's trigger names the guard
    secure_table(op, "tasks", SECURITY_TASKS)


def downgrade() -> None:
    secure_table(op, "tasks", SECURITY_TASKS_0021)  # first: the policy names the column
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_tasks_guard();")
    # ALTER TABLE ... DROP COLUMN on both (SQLite 3.35+): no batch copy of tasks, which the rows of foster
    # referrals, forum reports, committee tasks and club attendance point at (SQLite's foreign keys are on)
    op.drop_column("tasks", "confidential")


# --- the guard of the tasks (PostgreSQL) -------------------------------------------------------------------

GUARD = r"""DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'revision 0022 must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

-- A rule on the tasks no policy states, for every login and the owner alike (a trigger, BEFORE INSERT and
-- UPDATE): a confidential task (the continuum's, read only by its readers and the assignee: the policy of
-- tasks) stays confidential; made ordinary, its title and description would be read by every login who sees
-- the file. SQLSTATE 42501 (insufficient_privilege) with a sentence, as the other guards' refusals of what
-- only raw SQL writes (the services never clear it).
CREATE OR REPLACE FUNCTION maane_tasks_guard()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.confidential AND NOT NEW.confidential THEN
        RAISE EXCEPTION 'a confidential task stays confidential' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION maane_tasks_guard() FROM PUBLIC;
"""


# --- the security of tasks (PostgreSQL), frozen from python -m models.security tasks ----------------------

SECURITY_TASKS = r"""-- maane security: tasks (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'tasks'::regclass;
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
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;
CREATE POLICY tasks_access ON tasks FOR ALL TO maane_app
    USING ((NOT tasks.confidential OR (SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') OR tasks.assignee_id = (SELECT maane_my_user_id())) AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = tasks.file_id))
    WITH CHECK ((NOT tasks.confidential OR (SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') OR tasks.assignee_id = (SELECT maane_my_user_id())) AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = tasks.file_id));
GRANT SELECT, INSERT, UPDATE ON tasks TO maane_app;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'tasks'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON tasks TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON tasks
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_assignee_sees_file BEFORE INSERT OR UPDATE ON tasks
    FOR EACH ROW EXECUTE FUNCTION maane_assignee_sees_file('assignee_id', 'file_id');
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON tasks
    FOR EACH ROW EXECUTE FUNCTION maane_tasks_guard();
"""

# as revision 0021 had it (revision 0005 froze it, revision 0007 added the read auditor), generated by
# python -m models.security tasks before this revision changed the declaration; for the downgrade
SECURITY_TASKS_0021 = r"""-- maane security: tasks (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'tasks'::regclass;
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
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;
CREATE POLICY tasks_access ON tasks FOR ALL TO maane_app
    USING (EXISTS (SELECT 1 FROM family_files f WHERE f.id = tasks.file_id))
    WITH CHECK (EXISTS (SELECT 1 FROM family_files f WHERE f.id = tasks.file_id));
GRANT SELECT, INSERT, UPDATE ON tasks TO maane_app;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'tasks'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON tasks TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON tasks
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_assignee_sees_file BEFORE INSERT OR UPDATE ON tasks
    FOR EACH ROW EXECUTE FUNCTION maane_assignee_sees_file('assignee_id', 'file_id');
"""
