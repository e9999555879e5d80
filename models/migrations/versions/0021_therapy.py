"""the therapy centre: referrals of a family's child, parent or the family to the therapy centre (issue 11)

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-29 12:00:00.000000

Both backends: the table ``therapy_referrals`` of models.therapy.entities (a referral by the family's social
worker of a child, a parent or the family as a whole: its kind, reason, status and course), with the CHECKs
that tie its status to its dates, therapist and end reason, and the unique indexes of one open referral
(waiting or in treatment) per person and kind, and per file and kind for the family as a whole.

PostgreSQL: its security as frozen below from ``python -m models.security therapy_referrals`` (rows of the
file, read only by models.therapy.entities.THERAPY_READERS among those who see the file, the roles with
Action.VIEW_THERAPY: the family and youth-law workers, team heads, the manager; INSERT and UPDATE by the
roles with Action.REFER_THERAPY, DELETE by nobody; the person referred visible to the writer), and the guard
``maane_therapy_guard`` (frozen below, ``GUARD``), run BEFORE INSERT and UPDATE of every row, for every login
and the owner alike. Its refusals are of two kinds:

- a rule the service also states, which raw SQL (or the server's clock) can still break: SQLSTATE 23514
  (check_violation), the MESSAGE being exactly the service's error code (models/therapy/service.py maps it):
  ``therapy_not_child``, ``therapy_not_parent``, ``date_future``;
- a write only raw SQL makes: SQLSTATE 42501 (insufficient_privilege), with a sentence, as the other guards.

The rules: a referral is made in the login's own name (``referred_by_id``), waiting (no therapist, start,
sessions or end), not dated after the server's today; a child's referral names a child of the file, a
parent's a parent of the file (the family's none: a CHECK). It keeps its file, subject, person, kind, reason,
author and referral date. Its status only moves forward: waiting → in treatment → ended, or waiting → ended;
in treatment, its start date stays (the therapist and the sessions held may change); an ended referral is
final. A start or an end is not dated after the server's today.

The downgrade drops the table and the guard.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As models.codes said when this was written (frozen here).
SUBJECTS = "'child', 'parent', 'family'"
KINDS = "'emotional', 'parent_guidance', 'art', 'group'"
STATUSES = "'waiting', 'in_treatment', 'ended'"
END_REASONS = "'', 'goals_met', 'dropped_out', 'referred_elsewhere', 'moved', 'other'"
OPEN = "status IN ('waiting', 'in_treatment')"
KIND_FITS_SUBJECT = ("kind = 'group' OR (kind IN ('emotional', 'art') AND subject IN ('child', 'parent'))"
                     " OR (kind = 'parent_guidance' AND subject IN ('parent', 'family'))")
CHECKS = (
    ("subject_known", f"subject IN ({SUBJECTS})"),
    ("kind_known", f"kind IN ({KINDS})"),
    ("status_known", f"status IN ({STATUSES})"),
    ("end_reason_known", f"end_reason IN ({END_REASONS})"),
    ("person_of_subject", "(subject = 'family') = (person_id IS NULL)"),
    ("kind_fits_subject", KIND_FITS_SUBJECT),
    ("waiting_not_started", "status <> 'waiting' OR (started_on IS NULL AND therapist = '' AND sessions_held = 0"
                            " AND ended_on IS NULL AND end_reason = '')"),
    ("treatment_started", "status <> 'in_treatment' OR (started_on IS NOT NULL AND therapist <> ''"
                          " AND ended_on IS NULL AND end_reason = '')"),
    ("ended_has_reason", "status <> 'ended' OR (ended_on IS NOT NULL AND end_reason <> '')"),
    ("goals_need_treatment", "started_on IS NOT NULL OR (sessions_held = 0 AND end_reason <> 'goals_met')"),
    ("starts_after_referral", "started_on IS NULL OR started_on >= referred_on"),
    ("ends_after_referral", "ended_on IS NULL OR ended_on >= referred_on"),
    ("ends_after_start", "ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on"),
    ("sessions_not_negative", "sessions_held >= 0"),
    ("has_reason", "reason <> ''"),
)


def upgrade() -> None:
    op.create_table(
        "therapy_referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=8), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("referred_by_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("therapist", sa.String(length=200), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("sessions_held", sa.Integer(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=24), nullable=False),
        sa.Column("end_note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        *(sa.CheckConstraint(condition, name=op.f(f"ck_therapy_referrals_{name}")) for name, condition in CHECKS),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_therapy_referrals_file_id_family_files")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_therapy_referrals_person_id_persons")),
        sa.ForeignKeyConstraint(["referred_by_id"], ["users.id"],
                                name=op.f("fk_therapy_referrals_referred_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_therapy_referrals")),
    )
    op.create_index(op.f("ix_therapy_referrals_person_id"), "therapy_referrals", ["person_id"])
    op.create_index("ix_therapy_referrals_file", "therapy_referrals", ["file_id"])
    op.create_index("ix_therapy_referrals_status", "therapy_referrals", ["status", "referred_on", "id"])
    op.create_index("uq_therapy_referrals_open_person", "therapy_referrals", ["person_id", "kind"], unique=True,
                    sqlite_where=sa.text(f"{OPEN} AND person_id IS NOT NULL"),
                    postgresql_where=sa.text(f"{OPEN} AND person_id IS NOT NULL"))
    op.create_index("uq_therapy_referrals_open_family", "therapy_referrals", ["file_id", "kind"], unique=True,
                    sqlite_where=sa.text(f"{OPEN} AND subject = 'family'"),
                    postgresql_where=sa.text(f"{OPEN} AND subject = 'family'"))
    run_postgres_script(op, GUARD)  # before the security: the table's trigger names the guard
    secure_table(op, "therapy_referrals", SECURITY_THERAPY_REFERRALS)


def downgrade() -> None:
    op.drop_table("therapy_referrals")
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_therapy_guard();")


# --- the guard of the therapy referrals (PostgreSQL) -------------------------------------------------------

GUARD = r"""DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'revision 0021 must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

-- Rules on a therapy referral no policy states, for every login and the owner alike (a trigger, BEFORE INSERT
-- and UPDATE). Two kinds of refusal: SQLSTATE 23514 (check_violation) with the MESSAGE exactly the service's
-- error code (therapy_not_child, therapy_not_parent, date_future), for a rule the service states too; SQLSTATE
-- 42501 (insufficient_privilege) with a sentence, for what only raw SQL writes. SECURITY INVOKER: the look-up
-- of the file's members runs under the login's own policies (a member she cannot see is no member for her).
CREATE OR REPLACE FUNCTION maane_therapy_guard()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
DECLARE
    -- a Maane login (not the owner of the tables nor the database administrator, see maane_referrals_guard)
    v_login boolean := NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user
                                   AND (rolsuper OR rolbypassrls))
                       AND pg_has_role(current_user, 'maane_app', 'MEMBER');
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF v_login AND NEW.referred_by_id IS DISTINCT FROM maane_my_user_id() THEN
            RAISE EXCEPTION 'a therapy referral is made in the login''s own name'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status <> 'waiting' THEN
            RAISE EXCEPTION 'a therapy referral is made waiting'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.referred_on > CURRENT_DATE THEN
            RAISE EXCEPTION 'date_future' USING ERRCODE = 'check_violation',
                DETAIL = format('a referral is not dated after today (%s)', CURRENT_DATE);
        END IF;
        -- the person referred is a child (a parent) of the file: another file's child under this one would
        -- show this file's readers a person they may not see, and her therapy
        IF NEW.subject = 'child' AND NOT EXISTS (SELECT 1 FROM family_members fm WHERE fm.file_id = NEW.file_id
                                                 AND fm.person_id = NEW.person_id AND fm.relation = 'child') THEN
            RAISE EXCEPTION 'therapy_not_child' USING ERRCODE = 'check_violation',
                DETAIL = 'the person referred is not a child of the file';
        END IF;
        IF NEW.subject = 'parent' AND NOT EXISTS (SELECT 1 FROM family_members fm WHERE fm.file_id = NEW.file_id
                                                  AND fm.person_id = NEW.person_id AND fm.relation = 'parent') THEN
            RAISE EXCEPTION 'therapy_not_parent' USING ERRCODE = 'check_violation',
                DETAIL = 'the person referred is not a parent of the file';
        END IF;
        RETURN NEW;
    END IF;

    -- UPDATE: what was referred, by whom and when stays
    IF (NEW.id, NEW.file_id, NEW.subject, NEW.person_id, NEW.kind, NEW.reason, NEW.referred_by_id, NEW.referred_on)
       IS DISTINCT FROM (OLD.id, OLD.file_id, OLD.subject, OLD.person_id, OLD.kind, OLD.reason, OLD.referred_by_id,
                         OLD.referred_on) THEN
        RAISE EXCEPTION 'a therapy referral keeps its file, person, kind, reason, author and date'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- an ended referral is final
    IF OLD.status = 'ended' AND (NEW.status, NEW.therapist, NEW.started_on, NEW.sessions_held, NEW.ended_on,
                                 NEW.end_reason, NEW.end_note)
                                IS DISTINCT FROM (OLD.status, OLD.therapist, OLD.started_on, OLD.sessions_held,
                                                  OLD.ended_on, OLD.end_reason, OLD.end_note) THEN
        RAISE EXCEPTION 'an ended therapy referral is final'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- forward only: waiting -> in_treatment -> ended, or waiting -> ended
    IF OLD.status = 'in_treatment' AND NEW.status = 'waiting' THEN
        RAISE EXCEPTION 'a therapy referral moves forward only: waiting, in treatment, ended'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- a treatment under way keeps its start (the therapist and the sessions held may change)
    IF OLD.status = 'in_treatment' AND NEW.started_on IS DISTINCT FROM OLD.started_on THEN
        RAISE EXCEPTION 'a treatment keeps its start date'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.started_on IS DISTINCT FROM OLD.started_on AND NEW.started_on > CURRENT_DATE THEN
        RAISE EXCEPTION 'date_future' USING ERRCODE = 'check_violation',
            DETAIL = format('a treatment does not start after today (%s)', CURRENT_DATE);
    END IF;
    IF NEW.ended_on IS DISTINCT FROM OLD.ended_on AND NEW.ended_on > CURRENT_DATE THEN
        RAISE EXCEPTION 'date_future' USING ERRCODE = 'check_violation',
            DETAIL = format('a referral does not end after today (%s)', CURRENT_DATE);
    END IF;
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION maane_therapy_guard() FROM PUBLIC;
"""


# --- the security (PostgreSQL), frozen from python -m models.security ----------------------------------

SECURITY_THERAPY_REFERRALS = r"""-- maane security: therapy_referrals (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'therapy_referrals'::regclass;
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
ALTER TABLE therapy_referrals ENABLE ROW LEVEL SECURITY;
ALTER TABLE therapy_referrals FORCE ROW LEVEL SECURITY;
CREATE POLICY therapy_referrals_access ON therapy_referrals FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = therapy_referrals.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = therapy_referrals.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = therapy_referrals.person_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(therapy_referrals.person_id))));
GRANT SELECT ON therapy_referrals TO maane_app;
GRANT INSERT, UPDATE ON therapy_referrals TO maane_family_worker;
GRANT INSERT, UPDATE ON therapy_referrals TO maane_manager;
GRANT INSERT, UPDATE ON therapy_referrals TO maane_team_head;
GRANT INSERT, UPDATE ON therapy_referrals TO maane_youth_law_worker;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'therapy_referrals'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON therapy_referrals TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON therapy_referrals
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON therapy_referrals
    FOR EACH ROW EXECUTE FUNCTION maane_therapy_guard();
"""
