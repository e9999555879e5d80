"""the youth-law weekly forum: meetings and reports about children at risk, with their decisions (issue 11)

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-29 12:00:00.000000

Both backends: the two tables of models.forum.entities: ``forum_meetings`` (the weekly meetings: the
department's reference data, read by every role, written by the forum's members) and ``risk_reports`` (a
report about a child of a family file, and the forum's decision on it: the decision's columns NULL until
decided, then all set together; a partial index on the undecided reports, the agenda's).

PostgreSQL: the security of both tables as frozen below from ``python -m models.security forum_meetings
risk_reports``: ``risk_reports`` are rows of the file, read by the forum's members (RUN_FORUM: the youth-law
workers, team heads, the manager) among those who see the file, and by the worker who recorded the report
(``recorder_column``: a family or intake worker reads the reports she recorded); the child must be visible
to whoever records. INSERT and UPDATE are granted to the roles that record or decide reports; nobody
deletes one.

The guard ``maane_forum_guard`` (frozen below, ``GUARD``), run BEFORE INSERT and UPDATE of both tables, for
every login and the owner alike. Its refusals are of two kinds, as the other guards': a rule the service
states too (SQLSTATE 23514, check_violation, the MESSAGE being exactly the service's error code: ``not_child``,
``date_future``, ``meeting_future``, ``due_before_meeting``, ``due_too_late``); a write only raw SQL makes
(SQLSTATE 42501, insufficient_privilege, with a sentence). The rules:

- a report's child is a child of its file (``not_child``); it is recorded in the login's own name
  (``recorded_by_id``), at the server's time, undecided, not dated after the server's date (``date_future``);
  the intake referral it came from is a referral of this file that the login reads;
- a report keeps its file, child, recorder and recording time;
- a decided report is read-only for everyone (the owner of the tables too): decisions are final, a
  correction is a new report;
- an undecided report is changed only by its recorder or a forum member (the policy already hides it from
  anyone else);
- a decision is made only by a forum member (RUN_FORUM), in the login's own name (``decided_by_id``), at the
  server's time, at a meeting not after the server's date (``meeting_future``); its due date not before the
  meeting (``due_before_meeting``) and within the urgency's days of it (immediate 1, day 2, week 7:
  ``due_too_late``); its task a task of the report's file, assigned to the responsible worker and due on the
  decision's date (the tasks' own trigger holds that the assignee may see the file);
- a meeting's chair is an active forum member; a held meeting stays held; a meeting at which reports were
  decided keeps its date (``maane_forum_meeting_decided``, a definer function: whether any report, of any
  file, was decided at it, a yes or no).

And the definer function ``maane_forum_agenda(p_offset, p_limit)``: the agenda's page and count in one call,
read without the policies and with the same visibility applied to every report as a probe of its file
(``AGENDA`` below).

Not in the database (the service's rules, whose day is models.forum.rules.today(), which the tests move):
a description's length, the agenda's order, the reporter's kind against the channel.

The downgrade drops the two tables and the three functions.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As models.codes said when this was written (frozen here).
MEETING_STATUSES = "'planned', 'held'"
REPORTER_KINDS = ("'school', 'kindergarten', 'health', 'police', 'neighbour', 'relative', 'parent', 'minor', "
                  "'department_worker', 'anonymous', 'other'")
REPORT_KINDS = ("'physical_abuse', 'sexual_abuse', 'emotional_abuse', 'neglect', 'domestic_violence', 'runaway', "
                "'parent_unable', 'other'")
URGENCIES = "'immediate', 'day', 'week', 'routine'"
CHANNELS = "'report', 'referral'"
INTERVENTIONS = ("'assessment_visit', 'treatment_plan_committee', 'police_report', 'emergency_removal', "
                 "'community_services', 'monitoring', 'no_further_action', 'other'")
UNDECIDED = "decided_at IS NULL"


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
        "forum_meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("monthly_district", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(f"status IN ({MEETING_STATUSES})", name=op.f("ck_forum_meetings_status_known")),
        sa.ForeignKeyConstraint(["chair_id"], ["users.id"], name=op.f("fk_forum_meetings_chair_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_meetings")),
        sa.UniqueConstraint("held_on", name="uq_forum_meetings_held_on"),
    )
    op.create_table(
        "risk_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("reporter_kind", sa.String(length=24), nullable=False),
        sa.Column("reporter_name", sa.String(length=200), nullable=False),
        sa.Column("reporter_phone", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=12), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("intervention", sa.String(length=32), nullable=True),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        *_stamps(),
        sa.CheckConstraint(f"reporter_kind IN ({REPORTER_KINDS})", name=op.f("ck_risk_reports_reporter_kind_known")),
        sa.CheckConstraint(f"kind IN ({REPORT_KINDS})", name=op.f("ck_risk_reports_kind_known")),
        sa.CheckConstraint(f"urgency IN ({URGENCIES})", name=op.f("ck_risk_reports_urgency_known")),
        sa.CheckConstraint(f"channel IN ({CHANNELS})", name=op.f("ck_risk_reports_channel_known")),
        sa.CheckConstraint(f"intervention IS NULL OR intervention IN ({INTERVENTIONS})",
                           name=op.f("ck_risk_reports_intervention_known")),
        sa.CheckConstraint("trim(description) <> ''", name=op.f("ck_risk_reports_has_description")),
        sa.CheckConstraint("(channel = 'referral') = (referral_id IS NOT NULL)",
                           name=op.f("ck_risk_reports_referral_channel")),
        sa.CheckConstraint("(meeting_id IS NULL) = (intervention IS NULL) AND (intervention IS NULL) = "
                           "(decided_by_id IS NULL) AND (decided_by_id IS NULL) = (decided_at IS NULL)",
                           name=op.f("ck_risk_reports_decision_together")),
        sa.CheckConstraint("(responsible_id IS NULL) = (due_on IS NULL) AND (due_on IS NULL) = (task_id IS NULL)",
                           name=op.f("ck_risk_reports_task_together")),
        sa.CheckConstraint("intervention IS NOT NULL OR (responsible_id IS NULL AND decision_note = '')",
                           name=op.f("ck_risk_reports_undecided_without_decision")),
        sa.CheckConstraint("intervention IS NULL OR intervention = 'no_further_action' OR responsible_id IS NOT NULL",
                           name=op.f("ck_risk_reports_intervention_has_task")),
        sa.CheckConstraint("due_on IS NULL OR due_on >= reported_on", name=op.f("ck_risk_reports_due_after_report")),
        sa.ForeignKeyConstraint(["child_id"], ["persons.id"], name=op.f("fk_risk_reports_child_id_persons")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"], name=op.f("fk_risk_reports_decided_by_id_users")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_risk_reports_file_id_family_files")),
        sa.ForeignKeyConstraint(["meeting_id"], ["forum_meetings.id"],
                                name=op.f("fk_risk_reports_meeting_id_forum_meetings")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_risk_reports_recorded_by_id_users")),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], name=op.f("fk_risk_reports_referral_id_referrals")),
        sa.ForeignKeyConstraint(["responsible_id"], ["users.id"], name=op.f("fk_risk_reports_responsible_id_users")),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_risk_reports_task_id_tasks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_reports")),
    )
    op.create_index("ix_risk_reports_child", "risk_reports", ["child_id"])
    op.create_index("ix_risk_reports_file", "risk_reports", ["file_id", "reported_on"])
    op.create_index("ix_risk_reports_meeting", "risk_reports", ["meeting_id"])
    op.create_index("ix_risk_reports_recorded_by", "risk_reports", ["recorded_by_id"])
    op.create_index("ix_risk_reports_referral", "risk_reports", ["referral_id"])
    op.create_index("ix_risk_reports_undecided", "risk_reports",
                    ["file_id", "child_id", "urgency", "reported_on", "id", "recorded_by_id"],
                    sqlite_where=sa.text(UNDECIDED), postgresql_where=sa.text(UNDECIDED))

    run_postgres_script(op, GUARD)  # before the security: the tables' triggers name the guard
    secure_table(op, "forum_meetings", SECURITY_FORUM_MEETINGS)
    secure_table(op, "risk_reports", SECURITY_RISK_REPORTS)
    run_postgres_script(op, AGENDA)


def downgrade() -> None:
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_forum_agenda(integer, integer);")
    op.drop_table("risk_reports")
    op.drop_table("forum_meetings")
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_forum_guard();\n"
                            "DROP FUNCTION IF EXISTS maane_forum_meeting_decided(integer);\n")


# --- the guard of the forum's rows (PostgreSQL) ----------------------------------------------------------

GUARD = r"""DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'revision 0019 must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

-- Whether any report (of any file: SECURITY DEFINER, the login may not see them all) was decided at the
-- meeting: a yes or no, no report and no file. The guard asks it before a meeting's date changes.
CREATE OR REPLACE FUNCTION maane_forum_meeting_decided(p_meeting integer)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
    SELECT EXISTS (SELECT 1 FROM risk_reports r WHERE r.meeting_id = p_meeting)
$fn$;
REVOKE ALL ON FUNCTION maane_forum_meeting_decided(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_forum_meeting_decided(integer) TO maane_app;

-- Rules on the forum's rows no policy states, for every login and the owner alike (a trigger, BEFORE INSERT
-- and UPDATE of a meeting and of a report). Two kinds of refusal: SQLSTATE 23514 (check_violation) with the
-- MESSAGE exactly the service's error code (not_child, date_future, meeting_future, due_before_meeting,
-- due_too_late), for a rule the service states too; SQLSTATE 42501 (insufficient_privilege) with a
-- sentence, for what only raw SQL writes. SECURITY INVOKER: the look-ups run under the login's own policies
-- (a referral, a task the login cannot see is one it cannot link).
CREATE OR REPLACE FUNCTION maane_forum_guard()
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
    v_member boolean := true;
    v_held_on date;
    v_days integer;
BEGIN
    IF v_login THEN
        v_me := maane_my_user_id();
        -- the forum's members (models.roles.FORUM_MEMBERS: Action.RUN_FORUM)
        v_member := maane_my_role() IN ('youth_law_worker', 'team_head', 'manager');
    END IF;

    IF TG_TABLE_NAME = 'forum_meetings' THEN
        IF (TG_OP = 'INSERT' OR NEW.chair_id IS DISTINCT FROM OLD.chair_id)
           AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.chair_id AND u.active
                           AND u.role IN ('youth_law_worker', 'team_head', 'manager')) THEN
            RAISE EXCEPTION 'a forum meeting''s chair is an active member of the forum'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' THEN
            IF NEW.id IS DISTINCT FROM OLD.id THEN
                RAISE EXCEPTION 'a forum meeting keeps its id' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.status = 'held' AND NEW.status <> 'held' THEN
                RAISE EXCEPTION 'a forum meeting held stays held' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.held_on IS DISTINCT FROM OLD.held_on AND maane_forum_meeting_decided(OLD.id) THEN
                RAISE EXCEPTION 'a forum meeting at which reports were decided keeps its date'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'risk_reports' THEN
        IF TG_OP = 'INSERT' THEN
            IF v_login THEN
                IF NEW.recorded_by_id IS DISTINCT FROM v_me THEN
                    RAISE EXCEPTION 'a risk report is recorded in the login''s own name'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                -- decided only at a forum meeting, by an UPDATE the rules below hold
                IF NEW.meeting_id IS NOT NULL OR NEW.intervention IS NOT NULL OR NEW.decided_by_id IS NOT NULL
                   OR NEW.decided_at IS NOT NULL OR NEW.task_id IS NOT NULL THEN
                    RAISE EXCEPTION 'a risk report is recorded undecided'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.recorded_at := current_timestamp;
            END IF;
            -- the child is a child of the file (a child of another file reported under this one would show
            -- this file's readers a child they may not see)
            IF NOT EXISTS (SELECT 1 FROM family_members fm WHERE fm.file_id = NEW.file_id
                           AND fm.person_id = NEW.child_id AND fm.relation = 'child') THEN
                RAISE EXCEPTION 'not_child' USING ERRCODE = 'check_violation',
                    DETAIL = 'the person of the report is not a child of the file';
            END IF;
        ELSE
            -- decided: final, for everyone (a correction is a new report)
            IF OLD.decided_at IS NOT NULL THEN
                RAISE EXCEPTION 'a decided risk report is read-only' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF (NEW.id, NEW.file_id, NEW.child_id, NEW.recorded_by_id, NEW.recorded_at)
               IS DISTINCT FROM (OLD.id, OLD.file_id, OLD.child_id, OLD.recorded_by_id, OLD.recorded_at) THEN
                RAISE EXCEPTION 'a risk report keeps its file, child, recorder and time'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF v_login AND NOT v_member AND OLD.recorded_by_id IS DISTINCT FROM v_me THEN
                RAISE EXCEPTION 'a risk report is changed by its recorder or a member of the forum'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        IF NEW.reported_on > CURRENT_DATE THEN
            RAISE EXCEPTION 'date_future' USING ERRCODE = 'check_violation',
                DETAIL = format('a report is not dated after today (%s)', CURRENT_DATE);
        END IF;
        -- the intake referral it came from: a referral of this file, one the login reads
        IF NEW.referral_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.referral_id IS DISTINCT FROM OLD.referral_id)
           AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.id = NEW.referral_id AND r.file_id = NEW.file_id) THEN
            RAISE EXCEPTION 'a risk report comes from a referral of its file'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- the decision (the columns are set together: the CHECKs)
        IF TG_OP = 'UPDATE' AND NEW.decided_at IS NOT NULL THEN
            IF NOT v_member THEN
                RAISE EXCEPTION 'only a member of the forum decides a risk report'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF v_login THEN
                IF NEW.decided_by_id IS DISTINCT FROM v_me THEN
                    RAISE EXCEPTION 'a risk report is decided in the login''s own name'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.decided_at := current_timestamp;
            END IF;
            SELECT m.held_on INTO v_held_on FROM forum_meetings m WHERE m.id = NEW.meeting_id;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'a risk report is decided at a forum meeting'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF v_held_on > CURRENT_DATE THEN
                RAISE EXCEPTION 'meeting_future' USING ERRCODE = 'check_violation',
                    DETAIL = format('the meeting of %s has not been held yet', v_held_on);
            END IF;
            IF NEW.due_on IS NOT NULL THEN
                IF NEW.due_on < v_held_on THEN
                    RAISE EXCEPTION 'due_before_meeting' USING ERRCODE = 'check_violation',
                        DETAIL = format('the due date is before the meeting (%s)', v_held_on);
                END IF;
                v_days := CASE NEW.urgency WHEN 'immediate' THEN 1 WHEN 'day' THEN 2 WHEN 'week' THEN 7 END;
                IF v_days IS NOT NULL AND NEW.due_on > v_held_on + v_days THEN
                    RAISE EXCEPTION 'due_too_late' USING ERRCODE = 'check_violation',
                        DETAIL = format('a report of this urgency is due within %s days of the meeting', v_days);
                END IF;
            END IF;
            -- its task: a task of the report's file, for the responsible worker, due on the decision's date
            IF NEW.task_id IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM tasks t WHERE t.id = NEW.task_id AND t.file_id = NEW.file_id
                    AND t.assignee_id = NEW.responsible_id AND t.due_date = NEW.due_on) THEN
                RAISE EXCEPTION 'a decision''s task is a task of its file for the responsible worker'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    RAISE EXCEPTION 'maane_forum_guard does not guard %', TG_TABLE_NAME;
END
$fn$;
REVOKE ALL ON FUNCTION maane_forum_guard() FROM PUBLIC;
"""

# The forum's agenda in one call (models.forum.service.ForumService.agenda): how many undecided reports the
# login reads, and one page of them in the agenda's order (models.forum.rules.agenda_key: urgency, the
# child's age youngest first with an unknown birth date last, the report's date, the report). It reads
# without the policies (each of which, in a statement over many rows, scans every visible family file: about
# 0.6 s at 100,000 files) and applies to every undecided report the visibility the policy of risk_reports
# applies, as one probe of that report's file (OFFSET 0: never a hashed scan of every file): the login from
# the session (session_user, never a parameter), a forum member (RUN_FORUM) or the report's recorder, then
# maane_file_rule with the login's maane_user_contexts row (the manager: every file, no probe). The child of
# a report is a child of its file (the guard), so a visible report's child is a visible person. A first row
# always comes (the count, with no report when the page is empty).
AGENDA = r"""
CREATE OR REPLACE FUNCTION maane_forum_agenda(p_offset integer, p_limit integer)
RETURNS TABLE (total bigint, id integer, version integer, file_id integer, file_number text, first_name text,
               last_name text, birth_date date, urgency text, kind text, channel text, reported_on date,
               reporter_kind text, summary text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
#variable_conflict use_column
DECLARE
    c maane_user_contexts%ROWTYPE;
    v_all boolean;
    v_member boolean;
BEGIN
    SELECT * INTO c FROM maane_user_contexts u WHERE u.username = session_user::text;
    IF NOT FOUND OR c.role IS NULL THEN
        RETURN QUERY SELECT 0::bigint, NULL::integer, NULL::integer, NULL::integer, NULL::text, NULL::text,
                            NULL::text, NULL::date, NULL::text, NULL::text, NULL::text, NULL::date, NULL::text,
                            NULL::text;
        RETURN;
    END IF;
    -- the manager sees every file (models.roles; maane_file_rule says so for her team keys): no probe
    v_all := c.role = 'manager';
    -- the forum's members (models.forum.entities.FORUM_READERS) read every report of the files they see
    v_member := c.role IN ('manager', 'team_head', 'youth_law_worker');
    RETURN QUERY
    WITH visible AS MATERIALIZED (
        -- the undecided reports (their partial index) the login reads, each with its child's birth date
        SELECT r.id, r.urgency, r.reported_on,
               (SELECT q.birth_date FROM persons q WHERE q.id = r.child_id) AS birth_date
        FROM risk_reports r
        WHERE r.decided_at IS NULL
          AND (v_member OR r.recorded_by_id = c.user_id)
          AND (v_all OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = r.file_id
                                  AND maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted,
                                                      f.worker_id) OFFSET 0))
    ), page AS (
        SELECT v.id, v.urgency, v.reported_on, v.birth_date
        FROM visible v
        ORDER BY CASE v.urgency WHEN 'immediate' THEN 0 WHEN 'day' THEN 1 WHEN 'week' THEN 2
                                WHEN 'routine' THEN 3 ELSE 4 END,
                 v.birth_date DESC NULLS LAST, v.reported_on, v.id
        OFFSET p_offset LIMIT p_limit
    )
    SELECT t.n, r.id, r.version, r.file_id, f.file_number::text, q.first_name::text, q.last_name::text,
           q.birth_date, r.urgency::text, r.kind::text, r.channel::text, r.reported_on, r.reporter_kind::text,
           substr(r.description, 1, 121)::text
    FROM (SELECT count(*) AS n FROM visible) t
    LEFT JOIN page g ON true
    LEFT JOIN risk_reports r ON r.id = g.id
    LEFT JOIN family_files f ON f.id = r.file_id
    LEFT JOIN persons q ON q.id = r.child_id
    ORDER BY CASE g.urgency WHEN 'immediate' THEN 0 WHEN 'day' THEN 1 WHEN 'week' THEN 2
                            WHEN 'routine' THEN 3 ELSE 4 END,
             g.birth_date DESC NULLS LAST, g.reported_on, g.id;
END
$fn$;
REVOKE ALL ON FUNCTION maane_forum_agenda(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_forum_agenda(integer, integer) TO maane_app;
"""


# --- the security (PostgreSQL), frozen from python -m models.security ----------------------------------

SECURITY_FORUM_MEETINGS = r"""-- maane security: forum_meetings (scope reference), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'forum_meetings'::regclass;
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
ALTER TABLE forum_meetings NO FORCE ROW LEVEL SECURITY;
ALTER TABLE forum_meetings DISABLE ROW LEVEL SECURITY;
GRANT SELECT ON forum_meetings TO maane_app;
GRANT INSERT, UPDATE ON forum_meetings TO maane_manager;
GRANT INSERT, UPDATE ON forum_meetings TO maane_team_head;
GRANT INSERT, UPDATE ON forum_meetings TO maane_youth_law_worker;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'forum_meetings'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON forum_meetings
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON forum_meetings
    FOR EACH ROW EXECUTE FUNCTION maane_forum_guard();
"""


SECURITY_RISK_REPORTS = r"""-- maane security: risk_reports (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'risk_reports'::regclass;
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
ALTER TABLE risk_reports ENABLE ROW LEVEL SECURITY;
ALTER TABLE risk_reports FORCE ROW LEVEL SECURITY;
CREATE POLICY risk_reports_access ON risk_reports FOR ALL TO maane_app
    USING (((SELECT maane_my_role()) IN ('manager', 'team_head', 'youth_law_worker') OR risk_reports.recorded_by_id = (SELECT maane_my_user_id())) AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = risk_reports.file_id))
    WITH CHECK (((SELECT maane_my_role()) IN ('manager', 'team_head', 'youth_law_worker') OR risk_reports.recorded_by_id = (SELECT maane_my_user_id())) AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = risk_reports.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = risk_reports.child_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(risk_reports.child_id))));
GRANT SELECT ON risk_reports TO maane_app;
GRANT INSERT, UPDATE ON risk_reports TO maane_family_worker;
GRANT INSERT, UPDATE ON risk_reports TO maane_intake_worker;
GRANT INSERT, UPDATE ON risk_reports TO maane_manager;
GRANT INSERT, UPDATE ON risk_reports TO maane_team_head;
GRANT INSERT, UPDATE ON risk_reports TO maane_youth_law_worker;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'risk_reports'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON risk_reports TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON risk_reports
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON risk_reports
    FOR EACH ROW EXECUTE FUNCTION maane_forum_guard();
"""
