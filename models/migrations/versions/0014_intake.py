"""intake: referrals, their persons, club requests, the response days per urgency (issue 8)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29 02:45:00.000000

Both backends: the tables ``referrals`` (a referral to the department: who referred, about whom, the
problem, the urgency and the day it is due by, its outcome and hand-over), ``referral_persons`` (the persons
it concerns, each once) and ``club_requests`` (a request for a place in a therapeutic club, filed at intake
for a child of a new file; issue 10 builds on it); ``department_settings`` gains the response days per urgency
(immediate 0, within 24 hours 1, within a week 7, routine 14: the columns' defaults, so the row gets them
without an audit event).

PostgreSQL: the security of the three tables as frozen below from ``python -m models.security referrals
referral_persons club_requests`` (referrals: scope referral, read by the intake roles, their own intake
worker, the worker they were handed to, team heads while not closed and whoever sees their file; no DELETE;
referral_persons: visible iff the referral is, linking only a person the writer sees; club_requests: rows of
the file), and the guard ``maane_referrals_guard``: a closed referral is final, a referral's id, number and
intake worker never change, its outcome is decided in the login's own name, and it is handed only to a
worker who sees its file.

The downgrade drops the three tables, the guard and the four columns.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As models.department.entities.DEFAULT_RESPONSE_DAYS said when this was written (frozen here).
RESPONSE_DAYS = (("immediate", 0), ("day", 1), ("week", 7), ("routine", 14))

# As models.codes said when this was written (frozen here).
STATUSES = "'open', 'awaiting_handover', 'closed'"
CHANNELS = "'phone', 'walk_in', 'letter', 'email'"
SOURCES = ("'self', 'school', 'kindergarten', 'health', 'police', 'court', 'department_service', 'anonymous', "
           "'other'")
URGENCIES = "'immediate', 'day', 'week', 'routine'"
URGENCY_RANK = "CASE urgency WHEN 'immediate' THEN 0 WHEN 'day' THEN 1 WHEN 'week' THEN 2 WHEN 'routine' THEN 3 END"
OUTCOMES = "'', 'new_file', 'attached', 'referred_elsewhere', 'no_intervention'"
ELSEWHERE = ("'', 'health', 'education', 'national_insurance', 'employment', 'housing', 'legal_aid', "
             "'other_municipality', 'nonprofit', 'other'")
REASONS = "'', 'information_only', 'resolved', 'declined', 'not_eligible', 'other'"
FILE_OUTCOMES = "'new_file', 'attached'"
OPEN = "status <> 'closed'"


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("department_settings", schema=None) as batch_op:
        for urgency, days in RESPONSE_DAYS:
            batch_op.add_column(sa.Column(f"response_days_{urgency}", sa.Integer(), nullable=False,
                                          server_default=str(days)))
        batch_op.create_check_constraint(
            op.f("ck_department_settings_response_days_range"),
            "response_days_immediate BETWEEN 0 AND 90 AND response_days_routine BETWEEN 0 AND 90")
        batch_op.create_check_constraint(
            op.f("ck_department_settings_response_days_order"),
            "response_days_immediate <= response_days_day AND response_days_day <= response_days_week "
            "AND response_days_week <= response_days_routine")

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=12), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("referrer_name", sa.String(length=120), nullable=False),
        sa.Column("referrer_role", sa.String(length=80), nullable=False),
        sa.Column("referrer_organisation", sa.String(length=120), nullable=False),
        sa.Column("referrer_phone", sa.String(length=40), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=12), nullable=False),
        sa.Column("urgency_rank", sa.SmallInteger(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("intake_worker_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("file_id", sa.Integer(), nullable=True),
        sa.Column("elsewhere_service", sa.String(length=32), nullable=False),
        sa.Column("elsewhere_detail", sa.String(length=500), nullable=False),
        sa.Column("no_intervention_reason", sa.String(length=32), nullable=False),
        sa.Column("outcome_note", sa.Text(), nullable=False),
        sa.Column("handed_to_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("due_by", sa.Date(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(f"status IN ({STATUSES})", name=op.f("ck_referrals_status_known")),
        sa.CheckConstraint(f"channel IN ({CHANNELS})", name=op.f("ck_referrals_channel_known")),
        sa.CheckConstraint(f"source IN ({SOURCES})", name=op.f("ck_referrals_source_known")),
        sa.CheckConstraint(f"urgency IN ({URGENCIES})", name=op.f("ck_referrals_urgency_known")),
        sa.CheckConstraint(f"urgency_rank = {URGENCY_RANK}", name=op.f("ck_referrals_urgency_rank_matches")),
        sa.CheckConstraint(f"outcome IN ({OUTCOMES})", name=op.f("ck_referrals_outcome_known")),
        sa.CheckConstraint(f"elsewhere_service IN ({ELSEWHERE})", name=op.f("ck_referrals_elsewhere_known")),
        sa.CheckConstraint(f"no_intervention_reason IN ({REASONS})", name=op.f("ck_referrals_reason_known")),
        sa.CheckConstraint("(status = 'open') = (outcome = '')", name=op.f("ck_referrals_open_without_outcome")),
        sa.CheckConstraint("(outcome = '') = (decided_on IS NULL)", name=op.f("ck_referrals_decided_has_date")),
        sa.CheckConstraint("(outcome = '') = (decided_by_id IS NULL)", name=op.f("ck_referrals_decided_has_decider")),
        sa.CheckConstraint(f"(outcome IN ({FILE_OUTCOMES})) = (file_id IS NOT NULL)",
                           name=op.f("ck_referrals_file_outcome")),
        sa.CheckConstraint(f"status <> 'awaiting_handover' OR outcome IN ({FILE_OUTCOMES})",
                           name=op.f("ck_referrals_awaiting_has_file")),
        sa.CheckConstraint(f"(handed_to_id IS NOT NULL) = (status = 'closed' AND outcome IN ({FILE_OUTCOMES}))",
                           name=op.f("ck_referrals_handed_when_closed_with_file")),
        sa.CheckConstraint("task_id IS NULL OR handed_to_id IS NOT NULL", name=op.f("ck_referrals_task_after_handover")),
        sa.CheckConstraint("(outcome = 'referred_elsewhere') = (elsewhere_service <> '')",
                           name=op.f("ck_referrals_elsewhere_outcome")),
        sa.CheckConstraint("(outcome = 'no_intervention') = (no_intervention_reason <> '')",
                           name=op.f("ck_referrals_reason_outcome")),
        sa.CheckConstraint("due_by >= received_on", name=op.f("ck_referrals_due_after_received")),
        sa.ForeignKeyConstraint(["intake_worker_id"], ["users.id"], name=op.f("fk_referrals_intake_worker_id_users")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_referrals_file_id_family_files")),
        sa.ForeignKeyConstraint(["handed_to_id"], ["users.id"], name=op.f("fk_referrals_handed_to_id_users")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"], name=op.f("fk_referrals_decided_by_id_users")),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_referrals_task_id_tasks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint("number", name=op.f("uq_referrals_number")),
    )
    op.create_index("ix_referrals_queue", "referrals", ["urgency_rank", "received_on", "id", "due_by"],
                    sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
    op.create_index("ix_referrals_status_due", "referrals", ["status", "due_by"])
    op.create_index("ix_referrals_intake_worker", "referrals", ["intake_worker_id", "status"])
    op.create_index("ix_referrals_handed_to", "referrals", ["handed_to_id"])
    op.create_index("ix_referrals_file", "referrals", ["file_id"])

    op.create_table(
        "referral_persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=10), nullable=False),
        sa.CheckConstraint("relation IN ('parent', 'child', 'other')", name=op.f("ck_referral_persons_relation_known")),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], ondelete="CASCADE",
                                name=op.f("fk_referral_persons_referral_id_referrals")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_referral_persons_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_persons")),
        sa.UniqueConstraint("referral_id", "person_id", name="uq_referral_persons_referral_person"),
    )
    op.create_index("ix_referral_persons_person", "referral_persons", ["person_id"])

    op.create_table(
        "club_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("route", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=12), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        *_stamps(),
        sa.CheckConstraint("route IN ('family_worker', 'intake', 'school')", name=op.f("ck_club_requests_route_known")),
        sa.CheckConstraint(f"urgency IN ({URGENCIES})", name=op.f("ck_club_requests_urgency_known")),
        sa.CheckConstraint("status IN ('waiting')", name=op.f("ck_club_requests_status_known")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_club_requests_file_id_family_files")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_club_requests_person_id_persons")),
        sa.ForeignKeyConstraint(["requested_by_id"], ["users.id"], name=op.f("fk_club_requests_requested_by_id_users")),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], name=op.f("fk_club_requests_referral_id_referrals")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_requests")),
    )
    op.create_index("ix_club_requests_file", "club_requests", ["file_id"])
    op.create_index("ix_club_requests_status", "club_requests", ["status", "requested_on"])
    op.create_index(op.f("ix_club_requests_person_id"), "club_requests", ["person_id"])
    op.create_index(op.f("ix_club_requests_referral_id"), "club_requests", ["referral_id"])

    run_postgres_script(op, GUARD)  # before the security: its trigger names the guard
    secure_table(op, "referrals", SECURITY_REFERRALS)
    secure_table(op, "referral_persons", SECURITY_REFERRAL_PERSONS)
    secure_table(op, "club_requests", SECURITY_CLUB_REQUESTS)


def downgrade() -> None:
    op.drop_table("club_requests")
    op.drop_table("referral_persons")
    op.drop_table("referrals")
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_referrals_guard();")
    with op.batch_alter_table("department_settings", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_department_settings_response_days_order"), type_="check")
        batch_op.drop_constraint(op.f("ck_department_settings_response_days_range"), type_="check")
        for urgency, _days in reversed(RESPONSE_DAYS):
            batch_op.drop_column(f"response_days_{urgency}")


# --- the guard of referrals (PostgreSQL) -----------------------------------------------------------------

GUARD = r"""-- Rules on referrals no policy states, for every login and the owner alike (a trigger): a closed referral
-- is final; a referral's id, number and intake worker never change (the policy of INSERT made the intake
-- worker the login); it is decided in the login's own name (decided_by_id: who decided it keeps reading it);
-- a referral is handed only to an active worker who may see its file.
CREATE OR REPLACE FUNCTION maane_referrals_guard()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.status = 'closed' THEN
            RAISE EXCEPTION 'a closed referral is final'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.number IS DISTINCT FROM OLD.number
           OR NEW.intake_worker_id IS DISTINCT FROM OLD.intake_worker_id THEN
            RAISE EXCEPTION 'a referral''s id, number and intake worker do not change'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    -- decided in the login's own name; the owner of the tables and the department's database administrator
    -- (no member of maane_app, or a superuser, which is a member of every role) are not Maane logins
    IF NEW.decided_by_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.decided_by_id IS DISTINCT FROM OLD.decided_by_id)
       AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls))
       AND pg_has_role(current_user, 'maane_app', 'MEMBER') THEN
        IF NEW.decided_by_id IS DISTINCT FROM maane_my_user_id() THEN
            RAISE EXCEPTION 'a referral is decided in the login''s own name'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.handed_to_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.handed_to_id IS DISTINCT FROM OLD.handed_to_id
            OR NEW.file_id IS DISTINCT FROM OLD.file_id)
       AND NOT maane_user_can_see_file(NEW.file_id,
                                       (SELECT u.username FROM users u WHERE u.id = NEW.handed_to_id)::name) THEN
        RAISE EXCEPTION 'a referral is handed only to a worker who may see its file'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION maane_referrals_guard() FROM PUBLIC;
"""


# --- the security of the new tables (PostgreSQL), frozen from python -m models.security -------------------

SECURITY_REFERRALS = r"""-- maane security: referrals (scope referral), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'referrals'::regclass;
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
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
ALTER TABLE referrals FORCE ROW LEVEL SECURITY;
CREATE POLICY referrals_select ON referrals FOR SELECT TO maane_app
    USING ((SELECT maane_my_role()) IN ('intake_worker', 'manager') OR referrals.intake_worker_id = (SELECT maane_my_user_id()) OR referrals.handed_to_id = (SELECT maane_my_user_id()) OR referrals.decided_by_id = (SELECT maane_my_user_id()) OR ((SELECT maane_my_role()) = 'team_head' AND referrals.status <> 'closed') OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = referrals.file_id));
CREATE POLICY referrals_insert ON referrals FOR INSERT TO maane_app
    WITH CHECK ((SELECT maane_my_role()) IN ('intake_worker', 'manager', 'team_head') AND referrals.intake_worker_id = (SELECT maane_my_user_id()) AND (referrals.file_id IS NULL OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = referrals.file_id)));
CREATE POLICY referrals_update ON referrals FOR UPDATE TO maane_app
    USING ((SELECT maane_my_role()) IN ('intake_worker', 'manager', 'team_head') AND ((SELECT maane_my_role()) IN ('intake_worker', 'manager') OR referrals.intake_worker_id = (SELECT maane_my_user_id()) OR referrals.handed_to_id = (SELECT maane_my_user_id()) OR referrals.decided_by_id = (SELECT maane_my_user_id()) OR ((SELECT maane_my_role()) = 'team_head' AND referrals.status <> 'closed') OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = referrals.file_id)))
    WITH CHECK ((SELECT maane_my_role()) IN ('intake_worker', 'manager', 'team_head') AND (referrals.file_id IS NULL OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = referrals.file_id)));
GRANT SELECT, INSERT, UPDATE ON referrals TO maane_app;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'referrals'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON referrals TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON referrals
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON referrals
    FOR EACH ROW EXECUTE FUNCTION maane_referrals_guard();
"""

SECURITY_REFERRAL_PERSONS = r"""-- maane security: referral_persons (scope referral), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'referral_persons'::regclass;
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
ALTER TABLE referral_persons ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral_persons FORCE ROW LEVEL SECURITY;
CREATE POLICY referral_persons_select ON referral_persons FOR SELECT TO maane_app
    USING (EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_persons.referral_id));
CREATE POLICY referral_persons_insert ON referral_persons FOR INSERT TO maane_app
    WITH CHECK ((SELECT maane_my_role()) IN ('intake_worker', 'manager', 'team_head') AND EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_persons.referral_id AND r.status = 'open') AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = referral_persons.person_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(referral_persons.person_id))));
CREATE POLICY referral_persons_update ON referral_persons FOR UPDATE TO maane_app
    USING ((SELECT maane_my_role()) IN ('intake_worker', 'manager', 'team_head') AND EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_persons.referral_id AND r.status = 'open'))
    WITH CHECK ((SELECT maane_my_role()) IN ('intake_worker', 'manager', 'team_head') AND EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_persons.referral_id AND r.status = 'open') AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = referral_persons.person_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(referral_persons.person_id))));
CREATE POLICY referral_persons_delete ON referral_persons FOR DELETE TO maane_app
    USING ((SELECT maane_my_role()) IN ('intake_worker', 'manager', 'team_head') AND EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_persons.referral_id AND r.status = 'open'));
GRANT SELECT, INSERT, UPDATE, DELETE ON referral_persons TO maane_app;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'referral_persons'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON referral_persons TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON referral_persons
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
"""

SECURITY_CLUB_REQUESTS = r"""-- maane security: club_requests (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'club_requests'::regclass;
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
ALTER TABLE club_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE club_requests FORCE ROW LEVEL SECURITY;
CREATE POLICY club_requests_access ON club_requests FOR ALL TO maane_app
    USING (EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_requests.file_id))
    WITH CHECK (EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_requests.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = club_requests.person_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(club_requests.person_id))));
GRANT SELECT, INSERT, UPDATE ON club_requests TO maane_app;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'club_requests'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON club_requests TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON club_requests
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
"""
