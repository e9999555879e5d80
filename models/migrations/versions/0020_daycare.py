"""day-care under the toddlers-at-risk law: income-level tables and their levels, day-care cases (issue 11)

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-29 12:00:00.000000

Both backends: the three tables of models.daycare.entities: ``income_tables`` (the dated versions of the
department's income-level table) and ``income_levels`` (their brackets: income per person per month, from
inclusive, to exclusive or open-ended, and the parents' monthly share), reference data; ``daycare_cases``
(a toddler's case: the age on 1 September, the risk ground and its evidence, the committee's decision, the
household's income and size, the version, level and share computed with the steps shown, the placement and
its end). One case per child and school year; a case's protocol is of its own file (a composite foreign key
on committee_protocols (id, file_id)).

PostgreSQL: the security of the three tables as frozen below from ``python -m models.security ...``: the
income-level table read by every role, written by the roles with MANAGE_INCOME_TABLE (the manager, the
administrator; levels also deleted, a version's levels being replaced while no case used it); the cases
rows of the file, read only by models.daycare.entities.DAYCARE_READERS (the family and youth-law workers,
team heads, the manager) among those who see the file, written by the same roles (MANAGE_DAYCARE): not the
committee coordinator, the club or intake worker, nor the administrator.

The guard ``maane_daycare_guard`` (frozen below, ``GUARD``), BEFORE INSERT and UPDATE of every row (and
BEFORE DELETE of a level), for every login and the owner alike. Two kinds of refusal, as the other guards:
SQLSTATE 23514 (check_violation) with the MESSAGE exactly the service's code, for a rule the service states
too and a race can break (``not_child``, ``table_in_use``, ``brackets_overlap``, ``share_not_of_table``: the
version changed since the share was computed); SQLSTATE 42501 (insufficient_privilege) with a sentence, for
what only raw SQL writes.

The rules. A version is made in the login's own name and keeps its author; once a case used it (counted
over every case, also those the login cannot see: ``maane_income_tables_in_use()``, a definer function) it
is never changed again, nor its levels (changed, added or deleted): ``table_in_use``. A level stays in its
version; the levels of one version never overlap (``brackets_overlap``); the version's row is locked FOR
UPDATE while its levels are written, so two writers take turns. A case: made in the login's own name
(``worker_id``), as a draft without approval; its child a child of its file (``not_child``); it keeps its
file, child and worker; its age the child's completed months on 1 September of its school year, from the
child's birth date; its protocol a final committee protocol of its child in its file; its version not
older than the one in force on 1 September of its school year, its level and share the ones the version
gives the household's income per person (the version's row held FOR SHARE first, ``maane_income_table_hold``,
a definer function for the roles that write cases, so that the version cannot change until the case is
committed); its status moves draft -> approved -> placed, and to ended from any of them; approved once, in
the login's own name, at the server's time; after the draft its eligibility and share never change; an ended
case is final.

Not in the database (the service's rules, whose day is models.daycare.rules.today(), which the tests move):
which version is in force for the case (1 September of its school year, or today if later: the guard holds
only that it is not an older one), the evidence dates not in the future, the placement's start within the
school year, the brackets contiguous from 0 with the last open-ended (the service refuses "brackets_start",
"brackets_gap", "brackets_open").

The downgrade drops the functions and the three tables.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("income_tables", "income_levels", "daycare_cases")

# As models.codes said when this was written (frozen here).
GROUNDS = "'abuse_neglect', 'parent_unable', 'developmental_delay'"
SPECIALISTS = "'', 'paediatrician', 'developmental_psychologist'"
COMMITTEES = "'treatment_plan', 'toddlers_at_risk'"
STATUSES = "'draft', 'approved', 'placed', 'ended'"
MAX_MONTHS = 36


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
    op.create_table(
        "income_tables",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_income_tables_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_income_tables")),
        sa.UniqueConstraint("valid_from", name="uq_income_tables_valid_from"),
    )
    op.create_table(
        "income_levels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("income_from", sa.Integer(), nullable=False),
        sa.Column("income_to", sa.Integer(), nullable=True),
        sa.Column("parent_share", sa.Integer(), nullable=False),
        sa.CheckConstraint("level >= 1", name=op.f("ck_income_levels_level_positive")),
        sa.CheckConstraint("income_from >= 0 AND parent_share >= 0", name=op.f("ck_income_levels_not_negative")),
        sa.CheckConstraint("income_to IS NULL OR income_to > income_from",
                           name=op.f("ck_income_levels_bracket_not_empty")),
        sa.ForeignKeyConstraint(["table_id"], ["income_tables.id"],
                                name=op.f("fk_income_levels_table_id_income_tables")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_income_levels")),
        sa.UniqueConstraint("table_id", "level", name="uq_income_levels_table_level"),
    )
    op.create_table(
        "daycare_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.SmallInteger(), nullable=False),
        sa.Column("age_months", sa.SmallInteger(), nullable=False),
        sa.Column("ground", sa.String(length=24), nullable=False),
        sa.Column("ground_detail", sa.Text(), nullable=False),
        sa.Column("medical_info", sa.Boolean(), nullable=False),
        sa.Column("medical_source", sa.String(length=200), nullable=False),
        sa.Column("specialist_kind", sa.String(length=32), nullable=False),
        sa.Column("specialist_name", sa.String(length=200), nullable=False),
        sa.Column("specialist_on", sa.Date(), nullable=True),
        sa.Column("committee", sa.String(length=24), nullable=False),
        sa.Column("protocol_id", sa.Integer(), nullable=True),
        sa.Column("committee_on", sa.Date(), nullable=True),
        sa.Column("committee_reference", sa.String(length=100), nullable=False),
        sa.Column("household_size", sa.SmallInteger(), nullable=False),
        sa.Column("monthly_income", sa.Integer(), nullable=False),
        sa.Column("income_table_id", sa.Integer(), nullable=False),
        sa.Column("income_level", sa.SmallInteger(), nullable=False),
        sa.Column("parent_share", sa.Integer(), nullable=False),
        sa.Column("calculation", sa.JSON(), nullable=False),
        sa.Column("centre_name", sa.String(length=200), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=500), nullable=False),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(f"ground IN ({GROUNDS})", name=op.f("ck_daycare_cases_ground_known")),
        sa.CheckConstraint(f"specialist_kind IN ({SPECIALISTS})", name=op.f("ck_daycare_cases_specialist_known")),
        sa.CheckConstraint(f"committee IN ({COMMITTEES})", name=op.f("ck_daycare_cases_committee_known")),
        sa.CheckConstraint(f"status IN ({STATUSES})", name=op.f("ck_daycare_cases_status_known")),
        sa.CheckConstraint(f"age_months >= 0 AND age_months < {MAX_MONTHS}", name=op.f("ck_daycare_cases_age_eligible")),
        sa.CheckConstraint("ground <> 'abuse_neglect' OR medical_info",
                           name=op.f("ck_daycare_cases_abuse_has_medical_info")),
        sa.CheckConstraint("ground <> 'developmental_delay' OR specialist_kind <> ''",
                           name=op.f("ck_daycare_cases_delay_has_specialist")),
        sa.CheckConstraint("committee <> 'treatment_plan' OR protocol_id IS NOT NULL",
                           name=op.f("ck_daycare_cases_plan_has_protocol")),
        sa.CheckConstraint("committee <> 'toddlers_at_risk' OR committee_reference <> ''",
                           name=op.f("ck_daycare_cases_toddlers_committee_has_reference")),
        sa.CheckConstraint("household_size >= 1", name=op.f("ck_daycare_cases_household_size_positive")),
        sa.CheckConstraint("monthly_income >= 0 AND parent_share >= 0",
                           name=op.f("ck_daycare_cases_money_not_negative")),
        sa.CheckConstraint("(approved_by_id IS NULL) = (approved_at IS NULL)",
                           name=op.f("ck_daycare_cases_approved_by_someone")),
        sa.CheckConstraint("status NOT IN ('approved', 'placed') OR approved_by_id IS NOT NULL",
                           name=op.f("ck_daycare_cases_approved_has_approver")),
        sa.CheckConstraint("status <> 'placed' OR (centre_name <> '' AND start_on IS NOT NULL)",
                           name=op.f("ck_daycare_cases_placed_has_centre")),
        sa.CheckConstraint("(status = 'ended') = (ended_on IS NOT NULL)", name=op.f("ck_daycare_cases_ended_has_date")),
        sa.CheckConstraint("(status = 'ended') = (end_reason <> '')", name=op.f("ck_daycare_cases_ended_has_reason")),
        sa.ForeignKeyConstraint(["approved_by_id"], ["users.id"], name=op.f("fk_daycare_cases_approved_by_id_users")),
        sa.ForeignKeyConstraint(["child_id"], ["persons.id"], name=op.f("fk_daycare_cases_child_id_persons")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_daycare_cases_file_id_family_files")),
        sa.ForeignKeyConstraint(["income_table_id"], ["income_tables.id"],
                                name=op.f("fk_daycare_cases_income_table_id_income_tables")),
        sa.ForeignKeyConstraint(["protocol_id", "file_id"], ["committee_protocols.id", "committee_protocols.file_id"],
                                name="fk_daycare_cases_protocol_file"),
        sa.ForeignKeyConstraint(["worker_id"], ["users.id"], name=op.f("fk_daycare_cases_worker_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_daycare_cases")),
        sa.UniqueConstraint("child_id", "school_year", name="uq_daycare_cases_child_year"),
    )
    op.create_index("ix_daycare_cases_file", "daycare_cases", ["file_id"])
    op.create_index("ix_daycare_cases_status", "daycare_cases", ["status", "school_year"])
    op.create_index("ix_daycare_cases_table", "daycare_cases", ["income_table_id"])

    run_postgres_script(op, GUARD)  # before the security: the tables' triggers name the guard
    for table, sql in zip(TABLES, SECURITY, strict=True):
        secure_table(op, table, sql)


def downgrade() -> None:
    op.drop_index("ix_daycare_cases_table", table_name="daycare_cases")
    op.drop_index("ix_daycare_cases_status", table_name="daycare_cases")
    op.drop_index("ix_daycare_cases_file", table_name="daycare_cases")
    for table in reversed(TABLES):
        op.drop_table(table)
    run_postgres_script(op, DROP_FUNCTIONS)


# --- the guard of the day-care rows (PostgreSQL) ----------------------------------------------------------

GUARD = r"""DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'revision 0020 must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

-- The versions of the income-level table some case used: their ids only, counted over every case (SECURITY
-- DEFINER: the administrator, who keeps the table, sees no case; a worker sees those of her files). What it
-- tells (a version is in use) every role's screen shows.
CREATE OR REPLACE FUNCTION maane_income_tables_in_use()
RETURNS TABLE (table_id integer)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
    SELECT DISTINCT c.income_table_id FROM daycare_cases c
$fn$;
REVOKE ALL ON FUNCTION maane_income_tables_in_use() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_income_tables_in_use() TO maane_app;

-- A version's row held FOR SHARE until the transaction ends: a case computed with it is committed before
-- the version can change (an UPDATE of it, or of its levels, waits, then finds it in use). Only the roles
-- that write cases (models.daycare.entities.DAYCARE_WRITERS) take it, and the owner of the tables: another
-- login calling it would hold up the table's keepers.
CREATE OR REPLACE FUNCTION maane_income_table_hold(p_table integer)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND (rolsuper OR rolbypassrls))
       AND NOT EXISTS (SELECT 1 FROM maane_user_contexts u WHERE u.username = session_user::text
                       AND u.role IN ('family_worker', 'manager', 'team_head', 'youth_law_worker')) THEN
        RAISE EXCEPTION 'only those who write day-care cases hold a version of the income-level table'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM 1 FROM income_tables t WHERE t.id = p_table FOR SHARE;
END
$fn$;
REVOKE ALL ON FUNCTION maane_income_table_hold(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_income_table_hold(integer) TO maane_app;

-- Rules on the day-care rows no policy states, for every login and the owner alike (BEFORE INSERT and UPDATE
-- of every row, BEFORE DELETE of a level). SQLSTATE 23514 (check_violation) with the MESSAGE exactly the
-- service's code (not_child, table_in_use, brackets_overlap, share_not_of_table) for a rule the service
-- states too and a race can break; SQLSTATE 42501 (insufficient_privilege) with a sentence for what only raw
-- SQL writes. SECURITY INVOKER: the look-ups run under the login's own policies (a child, a protocol the
-- login cannot see is one it cannot link either); whether a version is in use, and holding it, is asked of
-- the definer functions above.
CREATE OR REPLACE FUNCTION maane_daycare_guard()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
DECLARE
    -- a Maane login (not the owner of the tables nor the database administrator, see maane_referrals_guard)
    v_login boolean := NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user
                                   AND (rolsuper OR rolbypassrls))
                       AND pg_has_role(current_user, 'maane_app', 'MEMBER');
    v_me integer;
    v_table integer;
    v_birth date;
    v_months integer;
    v_per integer;
BEGIN
    IF v_login THEN
        v_me := maane_my_user_id();
    END IF;

    IF TG_TABLE_NAME = 'income_tables' THEN
        IF TG_OP = 'INSERT' THEN
            IF v_login AND NEW.created_by_id IS DISTINCT FROM v_me THEN
                RAISE EXCEPTION 'a version of the income-level table is made in the login''s own name'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END IF;
        IF (NEW.id, NEW.created_by_id) IS DISTINCT FROM (OLD.id, OLD.created_by_id) THEN
            RAISE EXCEPTION 'a version of the income-level table keeps its id and author'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- the row is locked by this UPDATE before the trigger runs: a case holding it (FOR SHARE) is
        -- committed first, and counted here
        IF EXISTS (SELECT 1 FROM maane_income_tables_in_use() u WHERE u.table_id = OLD.id) THEN
            RAISE EXCEPTION 'table_in_use' USING ERRCODE = 'check_violation',
                DETAIL = 'a day-care case''s share was computed with this version: make a new version';
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'income_levels' THEN
        IF TG_OP = 'UPDATE' AND (NEW.id, NEW.table_id) IS DISTINCT FROM (OLD.id, OLD.table_id) THEN
            RAISE EXCEPTION 'a level stays in its version' USING ERRCODE = 'insufficient_privilege';
        END IF;
        v_table := CASE WHEN TG_OP = 'DELETE' THEN OLD.table_id ELSE NEW.table_id END;
        -- the version's levels are written by one transaction at a time, and not while a case holds it
        PERFORM 1 FROM income_tables t WHERE t.id = v_table FOR UPDATE;
        IF EXISTS (SELECT 1 FROM maane_income_tables_in_use() u WHERE u.table_id = v_table) THEN
            RAISE EXCEPTION 'table_in_use' USING ERRCODE = 'check_violation',
                DETAIL = 'a day-care case''s share was computed with this version: its levels stay';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        IF EXISTS (SELECT 1 FROM income_levels l
                   WHERE l.table_id = NEW.table_id AND l.id <> NEW.id
                     AND (NEW.income_to IS NULL OR l.income_from < NEW.income_to)
                     AND (l.income_to IS NULL OR NEW.income_from < l.income_to)) THEN
            RAISE EXCEPTION 'brackets_overlap' USING ERRCODE = 'check_violation',
                DETAIL = format('level %s overlaps another level of its version', NEW.level);
        END IF;
        RETURN NEW;
    END IF;

    -- daycare_cases
    IF TG_OP = 'INSERT' THEN
        IF v_login AND NEW.worker_id IS DISTINCT FROM v_me THEN
            RAISE EXCEPTION 'a day-care case is opened in the login''s own name'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status <> 'draft' OR NEW.approved_by_id IS NOT NULL OR NEW.approved_at IS NOT NULL THEN
            RAISE EXCEPTION 'a day-care case starts as a draft' USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- the child is a child of the file (a child of another file under this one would show this file's
        -- readers a child they may not see)
        IF NOT EXISTS (SELECT 1 FROM family_members fm WHERE fm.file_id = NEW.file_id
                       AND fm.person_id = NEW.child_id AND fm.relation = 'child') THEN
            RAISE EXCEPTION 'not_child' USING ERRCODE = 'check_violation',
                DETAIL = 'the toddler is not a child of the file';
        END IF;
    ELSE
        IF (NEW.id, NEW.file_id, NEW.child_id, NEW.worker_id)
           IS DISTINCT FROM (OLD.id, OLD.file_id, OLD.child_id, OLD.worker_id) THEN
            RAISE EXCEPTION 'a day-care case keeps its file, child and worker'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status = 'ended' THEN
            RAISE EXCEPTION 'an ended day-care case is final' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status <> OLD.status AND (OLD.status, NEW.status) NOT IN (
               ('draft', 'approved'), ('approved', 'placed'), ('draft', 'ended'), ('approved', 'ended'),
               ('placed', 'ended')) THEN
            RAISE EXCEPTION 'a day-care case moves from draft to approved, placed and ended, never back'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF (NEW.approved_by_id, NEW.approved_at) IS DISTINCT FROM (OLD.approved_by_id, OLD.approved_at) THEN
            IF NOT (OLD.status = 'draft' AND NEW.status = 'approved') THEN
                RAISE EXCEPTION 'a day-care case is approved once, by the step that approves it'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF v_login AND NEW.approved_by_id IS DISTINCT FROM v_me THEN
                RAISE EXCEPTION 'a day-care case is approved in the login''s own name'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF v_login AND NEW.approved_at IS DISTINCT FROM now() THEN
                RAISE EXCEPTION 'a day-care case is approved at the server''s time'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        IF OLD.status <> 'draft'
           AND (NEW.school_year, NEW.age_months, NEW.ground, NEW.ground_detail, NEW.medical_info,
                NEW.medical_source, NEW.specialist_kind, NEW.specialist_name, NEW.specialist_on, NEW.committee,
                NEW.protocol_id, NEW.committee_on, NEW.committee_reference, NEW.household_size,
                NEW.monthly_income, NEW.income_table_id, NEW.income_level, NEW.parent_share,
                NEW.calculation::jsonb)
           IS DISTINCT FROM (OLD.school_year, OLD.age_months, OLD.ground, OLD.ground_detail, OLD.medical_info,
                OLD.medical_source, OLD.specialist_kind, OLD.specialist_name, OLD.specialist_on, OLD.committee,
                OLD.protocol_id, OLD.committee_on, OLD.committee_reference, OLD.household_size,
                OLD.monthly_income, OLD.income_table_id, OLD.income_level, OLD.parent_share,
                OLD.calculation::jsonb) THEN
            RAISE EXCEPTION 'an approved day-care case keeps its eligibility and share'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;

    -- the age: the child's completed months on 1 September of the school year (born later: 0)
    IF TG_OP = 'INSERT' OR (NEW.school_year, NEW.age_months) IS DISTINCT FROM (OLD.school_year, OLD.age_months) THEN
        SELECT p.birth_date INTO v_birth FROM persons p WHERE p.id = NEW.child_id;
        IF v_birth IS NULL THEN
            RAISE EXCEPTION 'a day-care case is of a child whose birth date is known'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        v_months := greatest(0, (NEW.school_year - extract(year FROM v_birth)::integer) * 12 + 9
                                - extract(month FROM v_birth)::integer
                                - CASE WHEN extract(day FROM v_birth)::integer > 1 THEN 1 ELSE 0 END);
        IF NEW.age_months IS DISTINCT FROM v_months THEN
            RAISE EXCEPTION 'a day-care case states the child''s age on 1 September %: % months',
                NEW.school_year, v_months USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;

    -- the treatment-plan committee's protocol: a final protocol of this child in this file
    IF NEW.protocol_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.protocol_id IS DISTINCT FROM OLD.protocol_id)
       AND NOT EXISTS (SELECT 1 FROM committee_protocols p WHERE p.id = NEW.protocol_id
                       AND p.file_id = NEW.file_id AND p.child_id = NEW.child_id AND p.finalised_at IS NOT NULL) THEN
        RAISE EXCEPTION 'a day-care case links a final committee protocol of its child'
            USING ERRCODE = 'insufficient_privilege';
    END IF;

    -- the share: the level and share the version gives the income per person (the version held first); the
    -- version not older than the one in force on 1 September of the school year
    IF TG_OP = 'INSERT'
       OR (NEW.school_year, NEW.household_size, NEW.monthly_income, NEW.income_table_id, NEW.income_level,
           NEW.parent_share)
          IS DISTINCT FROM (OLD.school_year, OLD.household_size, OLD.monthly_income, OLD.income_table_id,
                            OLD.income_level, OLD.parent_share) THEN
        IF NEW.household_size >= 1 AND NEW.monthly_income >= 0 THEN  -- else the CHECKs refuse it
            PERFORM maane_income_table_hold(NEW.income_table_id);
            IF EXISTS (SELECT 1 FROM income_tables t JOIN income_tables v ON v.valid_from > t.valid_from
                       WHERE t.id = NEW.income_table_id AND v.valid_from <= make_date(NEW.school_year, 9, 1)) THEN
                RAISE EXCEPTION 'share_not_of_table' USING ERRCODE = 'check_violation',
                    DETAIL = 'the version is older than the one in force on 1 September of the school year';
            END IF;
            v_per := NEW.monthly_income / NEW.household_size;
            IF NOT EXISTS (SELECT 1 FROM income_levels l
                           WHERE l.table_id = NEW.income_table_id AND l.level = NEW.income_level
                             AND l.parent_share = NEW.parent_share AND l.income_from <= v_per
                             AND (l.income_to IS NULL OR v_per < l.income_to)) THEN
                RAISE EXCEPTION 'share_not_of_table' USING ERRCODE = 'check_violation',
                    DETAIL = 'the level and share are not those the version gives the income per person';
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END
$fn$;
"""

DROP_FUNCTIONS = """\
DROP FUNCTION IF EXISTS maane_daycare_guard();
DROP FUNCTION IF EXISTS maane_income_table_hold(integer);
DROP FUNCTION IF EXISTS maane_income_tables_in_use();
"""


# --- the security (PostgreSQL), frozen from python -m models.security ----------------------------------

SECURITY_INCOME_TABLES = r"""-- maane security: income_tables (scope reference), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'income_tables'::regclass;
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
ALTER TABLE income_tables NO FORCE ROW LEVEL SECURITY;
ALTER TABLE income_tables DISABLE ROW LEVEL SECURITY;
GRANT INSERT, UPDATE ON income_tables TO maane_admin;
GRANT SELECT ON income_tables TO maane_app;
GRANT INSERT, UPDATE ON income_tables TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'income_tables'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON income_tables
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON income_tables
    FOR EACH ROW EXECUTE FUNCTION maane_daycare_guard();
"""

SECURITY_INCOME_LEVELS = r"""-- maane security: income_levels (scope reference), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'income_levels'::regclass;
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
ALTER TABLE income_levels NO FORCE ROW LEVEL SECURITY;
ALTER TABLE income_levels DISABLE ROW LEVEL SECURITY;
GRANT INSERT, UPDATE, DELETE ON income_levels TO maane_admin;
GRANT SELECT ON income_levels TO maane_app;
GRANT INSERT, UPDATE, DELETE ON income_levels TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'income_levels'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON income_levels
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE OR DELETE ON income_levels
    FOR EACH ROW EXECUTE FUNCTION maane_daycare_guard();
"""

SECURITY_DAYCARE_CASES = r"""-- maane security: daycare_cases (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'daycare_cases'::regclass;
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
ALTER TABLE daycare_cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE daycare_cases FORCE ROW LEVEL SECURITY;
CREATE POLICY daycare_cases_access ON daycare_cases FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = daycare_cases.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = daycare_cases.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = daycare_cases.child_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(daycare_cases.child_id))));
GRANT SELECT ON daycare_cases TO maane_app;
GRANT INSERT, UPDATE ON daycare_cases TO maane_family_worker;
GRANT INSERT, UPDATE ON daycare_cases TO maane_manager;
GRANT INSERT, UPDATE ON daycare_cases TO maane_team_head;
GRANT INSERT, UPDATE ON daycare_cases TO maane_youth_law_worker;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'daycare_cases'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON daycare_cases TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON daycare_cases
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON daycare_cases
    FOR EACH ROW EXECUTE FUNCTION maane_daycare_guard();
"""

SECURITY = (SECURITY_INCOME_TABLES, SECURITY_INCOME_LEVELS, SECURITY_DAYCARE_CASES)
