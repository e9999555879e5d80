"""foster-care referrals: referrals, their events, documents and visits (issue 11)

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-29 12:00:00.000000

Both backends: the four tables of models.foster.entities: ``foster_referrals`` (a child's referral to a
foster-care service, from a committee decision for an out-of-home placement or, an emergency, before one),
``foster_referral_events`` (its moves, insert-only), ``foster_documents`` (PDFs attached: inserted and
deleted, never updated) and ``foster_visits`` (visits and contacts, insert-only). The rows under a referral
repeat their file's id, held equal to the referral's by a composite foreign key. One open referral per child
(a partial unique index); the referrals page reads ``ix_foster_referrals_page`` (stage, age_order, id) in its
order: ``stage`` is the status's place in FOSTER_STATUSES (a CHECK ties the two), ``age_order`` minus the
child's birth date as YYYYMMDD (0 unknown; the guard keeps it equal to the child's).

PostgreSQL: the security of the four tables as frozen below from ``python -m models.security ...`` (rows of
the file, read only by models.foster.entities.FOSTER_READERS, the roles with Action.VIEW_FOSTER, among those
who see the file: not the committee coordinator, the club or intake worker, the administrator; written by the
same roles: referrals INSERT and UPDATE, events and visits INSERT only, in the login's own name, documents
INSERT and DELETE, in the login's own name).

The guard ``maane_foster_guard`` (frozen below, ``GUARD``), BEFORE INSERT and UPDATE of each of the four
tables (and DELETE of a document), for every login and the owner alike; what only raw SQL writes is refused
with SQLSTATE 42501 (insufficient_privilege) and a sentence:

- a referral: made in the login's own name (``created_by_id``), as a draft, with no placement, sending, ending
  or rejection yet, dated not after the server's day, its committee (without a decision) due within a week and
  that day kept until a decision is attached; for a child of its file; its decision (when it has one) a decision of kind
  OUT_OF_HOME_DECISIONS of a final protocol of that child in that file; without a decision only by the roles
  with Action.EMERGENCY_FOSTER (the youth-law worker, the team head, the manager), a decision attached later
  only while it is open (not ended or rejected); its committee Task a Task of
  its file for its author; its worker an active user of a role that writes foster referrals and sees the file
  (checked when set). It keeps its file, child, author; a decision once attached and its committee Task once
  set. Its
  status moves only along the pipeline (``TRANSITIONS``: models.foster.rules.transitions() when this was
  written), back along it only with a reason (``status_reason``), on a day not after the server's date; what
  a move sets (sent_on, the placement's details, the ending's, the rejection's) changes only with that move;
  placed: its Placement an open foster-family placement of its child in its file, started on placed_on;
  ended: that Placement ended. ``age_order`` is set from the child's birth date on every write.
- an event: the move just made (its ``to_status``, day and reason the referral's status, status day and status
  reason, its day not after the server's date, its ``from_status`` where the history's last event left the
  referral, none before the creation: a move is recorded once), in the login's own name, stamped by the server
  (``moved_at``); never changed.
- a document: a PDF (it starts with ``%PDF-``), in the login's own name, stamped by the server; never changed
  (deleted, by whoever writes the file's referrals).
- a visit: not after the server's date, in the login's own name; never changed.

And the definer function ``maane_foster_page(...)``: the referrals page in one call (the counts per status
and kind of every referral the login reads, a page of rows in the page's order, the final out-of-home
decisions with no referral yet). It reads without the policies (each of which, in a statement over many rows,
scans every visible family file: docs/benchmarks/committees_2026-11-29.md) and applies to every row it reads
the same visibility as they do, as one probe of that row's file: the login from the session (session_user,
never a parameter), FOSTER_READERS only, then maane_file_rule with the login's maane_user_contexts row.

The downgrade drops the functions, the guard and the four tables.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("foster_referrals", "foster_referral_events", "foster_documents", "foster_visits")

# As models.codes said when this was written (frozen here).
KINDS = "'emergency', 'short_term', 'long_term', 'kinship'"
STATUSES = "'draft', 'sent', 'assessment', 'proposed', 'matched', 'placed', 'ended', 'rejected'"
STAGE = ("stage = CASE status WHEN 'draft' THEN 0 WHEN 'sent' THEN 1 WHEN 'assessment' THEN 2 WHEN 'proposed' "
         "THEN 3 WHEN 'matched' THEN 4 WHEN 'placed' THEN 5 WHEN 'ended' THEN 6 WHEN 'rejected' THEN 7 END")
END_REASONS = "'', 'returned_home', 'adoption', 'moved_placement', 'came_of_age', 'other'"
REJECT_REASONS = "'', 'no_family_found', 'not_suitable', 'parents_object', 'other'"
DOCUMENT_KINDS = "'protocol', 'assessment', 'medical', 'school', 'court', 'other'"
VISIT_KINDS = "'parents_visit', 'worker_visit', 'phone_call', 'other'"
DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
OPEN = sa.text("status NOT IN ('ended', 'rejected')")


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


def _of_referral(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["referral_id", "file_id"], ["foster_referrals.id", "foster_referrals.file_id"],
                                   name=f"fk_{table}_referral_file")


def upgrade() -> None:
    op.create_table(
        "foster_referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("emergency_reason", sa.Text(), nullable=False),
        sa.Column("committee_due_on", sa.Date(), nullable=True),
        sa.Column("committee_task_id", sa.Integer(), nullable=True),
        sa.Column("service_name", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("stage", sa.SmallInteger(), nullable=False),
        sa.Column("age_order", sa.Integer(), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("foster_family_code", sa.String(length=40), nullable=False),
        sa.Column("foster_locality", sa.String(length=120), nullable=False),
        sa.Column("placed_on", sa.Date(), nullable=True),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("contact_arrangements", sa.Text(), nullable=False),
        sa.Column("annual_review_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=24), nullable=False),
        sa.Column("reject_reason", sa.String(length=24), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        *_stamps(),
        sa.CheckConstraint(f"kind IN ({KINDS})", name=op.f("ck_foster_referrals_kind_known")),
        sa.CheckConstraint(f"status IN ({STATUSES})", name=op.f("ck_foster_referrals_status_known")),
        sa.CheckConstraint(STAGE, name=op.f("ck_foster_referrals_stage_of_status")),
        sa.CheckConstraint(f"end_reason IN ({END_REASONS})", name=op.f("ck_foster_referrals_end_reason_known")),
        sa.CheckConstraint(f"reject_reason IN ({REJECT_REASONS})",
                           name=op.f("ck_foster_referrals_reject_reason_known")),
        sa.CheckConstraint("decision_id IS NOT NULL OR emergency_reason <> ''",
                           name=op.f("ck_foster_referrals_decision_or_emergency")),
        sa.CheckConstraint("kind = 'emergency' OR decision_id IS NOT NULL",
                           name=op.f("ck_foster_referrals_only_emergency_without_decision")),
        sa.CheckConstraint("(decision_id IS NULL) = (committee_due_on IS NOT NULL)",
                           name=op.f("ck_foster_referrals_committee_due_without_decision")),
        sa.CheckConstraint("(status = 'ended') = (end_reason <> '' AND ended_on IS NOT NULL)",
                           name=op.f("ck_foster_referrals_ended_has_reason")),
        sa.CheckConstraint("(status = 'rejected') = (reject_reason <> '')",
                           name=op.f("ck_foster_referrals_rejected_has_reason")),
        sa.CheckConstraint("status NOT IN ('placed', 'ended') OR (placed_on IS NOT NULL AND foster_family_code <> '' "
                           "AND foster_locality <> '' AND placement_id IS NOT NULL)",
                           name=op.f("ck_foster_referrals_placed_has_details")),
        sa.CheckConstraint("ended_on IS NULL OR (placed_on IS NOT NULL AND ended_on >= placed_on)",
                           name=op.f("ck_foster_referrals_ends_after_placed")),
        sa.CheckConstraint("age_order <= 0", name=op.f("ck_foster_referrals_age_order_not_positive")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_foster_referrals_file_id_family_files")),
        sa.ForeignKeyConstraint(["child_id"], ["persons.id"], name=op.f("fk_foster_referrals_child_id_persons")),
        sa.ForeignKeyConstraint(["decision_id"], ["committee_decisions.id"],
                                name=op.f("fk_foster_referrals_decision_id_committee_decisions")),
        sa.ForeignKeyConstraint(["committee_task_id"], ["tasks.id"],
                                name=op.f("fk_foster_referrals_committee_task_id_tasks")),
        sa.ForeignKeyConstraint(["worker_id"], ["users.id"], name=op.f("fk_foster_referrals_worker_id_users")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_foster_referrals_created_by_id_users")),
        sa.ForeignKeyConstraint(["placement_id"], ["placements.id"],
                                name=op.f("fk_foster_referrals_placement_id_placements")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_foster_referrals")),
        sa.UniqueConstraint("id", "file_id", name="uq_foster_referrals_id_file"),
    )
    op.create_index("uq_foster_referrals_open_child", "foster_referrals", ["child_id"], unique=True,
                    sqlite_where=OPEN, postgresql_where=OPEN)
    op.create_index("ix_foster_referrals_page", "foster_referrals", ["stage", "age_order", "id"])
    op.create_index("ix_foster_referrals_kind", "foster_referrals", ["kind", "stage", "age_order", "id"])
    op.create_index("ix_foster_referrals_file", "foster_referrals", ["file_id"])
    op.create_index("ix_foster_referrals_decision", "foster_referrals", ["decision_id"])
    op.create_index("ix_foster_referrals_child", "foster_referrals", ["child_id"])
    op.create_table(
        "foster_referral_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=12), nullable=False),
        sa.Column("to_status", sa.String(length=12), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("moved_by_id", sa.Integer(), nullable=False),
        sa.Column("moved_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.CheckConstraint(f"from_status IN ('', {STATUSES})", name=op.f("ck_foster_referral_events_from_known")),
        sa.CheckConstraint(f"to_status IN ({STATUSES})", name=op.f("ck_foster_referral_events_to_known")),
        _of_referral("foster_referral_events"),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"],
                                name=op.f("fk_foster_referral_events_file_id_family_files")),
        sa.ForeignKeyConstraint(["moved_by_id"], ["users.id"], name=op.f("fk_foster_referral_events_moved_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_foster_referral_events")),
    )
    op.create_index("ix_foster_referral_events_referral", "foster_referral_events", ["referral_id", "id"])
    op.create_index("ix_foster_referral_events_file", "foster_referral_events", ["file_id"])
    op.create_table(
        "foster_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.CheckConstraint(f"kind IN ({DOCUMENT_KINDS})", name=op.f("ck_foster_documents_kind_known")),
        sa.CheckConstraint(f"length(content) BETWEEN 5 AND {DOCUMENT_MAX_BYTES}",
                           name=op.f("ck_foster_documents_content_size")),
        _of_referral("foster_documents"),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_foster_documents_file_id_family_files")),
        sa.ForeignKeyConstraint(["added_by_id"], ["users.id"], name=op.f("fk_foster_documents_added_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_foster_documents")),
    )
    op.create_index("ix_foster_documents_referral", "foster_documents", ["referral_id", "id"])
    op.create_index("ix_foster_documents_file", "foster_documents", ["file_id"])
    op.create_table(
        "foster_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("with_whom", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(f"kind IN ({VISIT_KINDS})", name=op.f("ck_foster_visits_kind_known")),
        _of_referral("foster_visits"),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_foster_visits_file_id_family_files")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_foster_visits_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_foster_visits")),
    )
    op.create_index("ix_foster_visits_referral", "foster_visits", ["referral_id", "visited_on"])
    op.create_index("ix_foster_visits_file", "foster_visits", ["file_id"])

    run_postgres_script(op, GUARD)  # before the security: the tables' triggers name the guard
    for table, sql in zip(TABLES, SECURITY, strict=True):
        secure_table(op, table, sql)
    run_postgres_script(op, PAGE_FUNCTION)


def downgrade() -> None:
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_foster_page(integer, integer, text, text, text, integer,"
                            " integer, integer);")
    for table in reversed(TABLES):
        op.drop_table(table)
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_foster_guard();\n"
                            "DROP FUNCTION IF EXISTS maane_foster_transition(text, text);")


# --- the guard of the foster rows (PostgreSQL) ------------------------------------------------------------

# The moves of the pipeline as models.foster.rules.transitions() gave them when this was written: 1 forward,
# 2 backwards (a reason required), 0 (no row) not allowed. IMMUTABLE: the guard and the tests ask it.
GUARD = r"""DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'revision 0018 must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION maane_foster_transition(p_from text, p_to text)
RETURNS smallint
LANGUAGE sql IMMUTABLE
SET search_path = public, pg_temp
AS $fn$
    SELECT COALESCE((SELECT t.kind FROM (VALUES
        ('draft', 'sent', 1),
        ('sent', 'draft', 2),
        ('sent', 'assessment', 1),
        ('sent', 'proposed', 1),
        ('sent', 'matched', 1),
        ('sent', 'placed', 1),
        ('sent', 'rejected', 1),
        ('assessment', 'draft', 2),
        ('assessment', 'sent', 2),
        ('assessment', 'proposed', 1),
        ('assessment', 'matched', 1),
        ('assessment', 'placed', 1),
        ('assessment', 'rejected', 1),
        ('proposed', 'draft', 2),
        ('proposed', 'sent', 2),
        ('proposed', 'assessment', 2),
        ('proposed', 'matched', 1),
        ('proposed', 'placed', 1),
        ('proposed', 'rejected', 1),
        ('matched', 'draft', 2),
        ('matched', 'sent', 2),
        ('matched', 'assessment', 2),
        ('matched', 'proposed', 2),
        ('matched', 'placed', 1),
        ('matched', 'rejected', 1),
        ('placed', 'ended', 1)
    ) AS t(a, b, kind) WHERE t.a = p_from AND t.b = p_to), 0)::smallint
$fn$;
REVOKE ALL ON FUNCTION maane_foster_transition(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_foster_transition(text, text) TO maane_app;

-- Rules on the foster rows no policy states, for every login and the owner alike (a trigger BEFORE INSERT and
-- UPDATE of each of the four tables, and BEFORE DELETE of a document). SQLSTATE 42501 (insufficient_privilege)
-- with a sentence: the service states each rule too, so only raw SQL meets these. SECURITY INVOKER: the
-- look-ups run under the login's own policies (a row the login cannot see is one it cannot write under
-- either).
CREATE OR REPLACE FUNCTION maane_foster_guard()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
DECLARE
    -- a Maane login (not the owner of the tables nor the database administrator)
    v_login boolean := NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user
                                   AND (rolsuper OR rolbypassrls))
                       AND pg_has_role(current_user, 'maane_app', 'MEMBER');
    v_me integer;
    v_move smallint;
    v_birth date;
BEGIN
    IF v_login THEN
        v_me := maane_my_user_id();
    END IF;

    IF TG_TABLE_NAME = 'foster_referrals' THEN
        IF TG_OP = 'UPDATE' AND (NEW.id, NEW.file_id, NEW.child_id, NEW.created_by_id)
                                IS DISTINCT FROM (OLD.id, OLD.file_id, OLD.child_id, OLD.created_by_id) THEN
            RAISE EXCEPTION 'a foster referral keeps its file, child and author'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'INSERT' THEN
            IF v_login AND NEW.created_by_id IS DISTINCT FROM v_me THEN
                RAISE EXCEPTION 'a foster referral is made in the login''s own name'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- the child is a child of the file (else the file's readers would read a child of another file)
            IF NOT EXISTS (SELECT 1 FROM family_members fm WHERE fm.file_id = NEW.file_id
                           AND fm.person_id = NEW.child_id AND fm.relation = 'child') THEN
                RAISE EXCEPTION 'a foster referral is of a child of its file'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- made as a draft: nothing sent, placed, ended or rejected yet
            IF NEW.status <> 'draft' OR NEW.sent_on IS NOT NULL OR NEW.placed_on IS NOT NULL
               OR NEW.placement_id IS NOT NULL OR NEW.ended_on IS NOT NULL OR NEW.foster_family_code <> ''
               OR NEW.foster_locality <> '' OR NEW.annual_review_on IS NOT NULL OR NEW.status_reason <> '' THEN
                RAISE EXCEPTION 'a foster referral is made as a draft'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- made today (not dated after the server's day); without a decision the committee is due within
            -- FOSTER_EMERGENCY_COMMITTEE_DAYS (7) of it
            IF NEW.status_on > CURRENT_DATE
               OR (NEW.decision_id IS NULL AND NEW.committee_due_on > NEW.status_on + 7) THEN
                RAISE EXCEPTION 'a foster referral is dated today and its committee due within a week'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- without a decision: an emergency, made by a role with Action.EMERGENCY_FOSTER only
            IF NEW.decision_id IS NULL AND v_login
               AND maane_my_role() NOT IN ('manager', 'team_head', 'youth_law_worker') THEN
                RAISE EXCEPTION 'only the youth-law worker, a team head or the manager refers without a decision'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        -- the responsible worker: an active user who writes foster referrals and sees the file (as the
        -- service's choice), checked when set
        IF (TG_OP = 'INSERT' OR NEW.worker_id IS DISTINCT FROM OLD.worker_id)
           AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.worker_id AND u.active
                           AND u.role IN ('family_worker', 'manager', 'team_head', 'youth_law_worker')
                           AND maane_user_can_see_file(NEW.file_id, u.username::name)) THEN
            RAISE EXCEPTION 'a foster referral''s worker writes foster referrals and sees its file'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- the decision it carries out: once set, kept; a final out-of-home decision of its child in its file;
        -- attached to an open referral only (an ended or rejected one carries out nothing: the decision would
        -- leave the list of those awaiting a referral)
        IF TG_OP = 'UPDATE' AND OLD.decision_id IS NOT NULL AND NEW.decision_id IS DISTINCT FROM OLD.decision_id THEN
            RAISE EXCEPTION 'a foster referral keeps its decision'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.decision_id IS NULL AND NEW.decision_id IS NOT NULL
           AND OLD.status IN ('ended', 'rejected') THEN
            RAISE EXCEPTION 'a decision is attached to an open foster referral'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.decision_id IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.decision_id IS NULL)
           AND NOT EXISTS (SELECT 1 FROM committee_decisions d JOIN committee_protocols p ON p.id = d.protocol_id
                           WHERE d.id = NEW.decision_id AND d.file_id = NEW.file_id AND p.child_id = NEW.child_id
                             AND p.finalised_at IS NOT NULL AND d.kind IN ('foster_family', 'residential')) THEN
            RAISE EXCEPTION 'a foster referral carries out a final out-of-home decision of its child in its file'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- the committee's day: kept until a decision is attached (then cleared: the CHECK)
        IF TG_OP = 'UPDATE' AND NEW.committee_due_on IS DISTINCT FROM OLD.committee_due_on
           AND NOT (OLD.decision_id IS NULL AND NEW.decision_id IS NOT NULL) THEN
            RAISE EXCEPTION 'a foster referral keeps the day its committee is due'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- its committee Task: set once, a Task of its file
        IF TG_OP = 'UPDATE' AND OLD.committee_task_id IS NOT NULL
           AND NEW.committee_task_id IS DISTINCT FROM OLD.committee_task_id THEN
            RAISE EXCEPTION 'a foster referral keeps its committee task'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.committee_task_id IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.committee_task_id IS NULL)
           AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = NEW.committee_task_id AND t.file_id = NEW.file_id
                           AND t.assignee_id = NEW.created_by_id) THEN
            RAISE EXCEPTION 'a foster referral''s committee task is a task of its file for its author'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' THEN
            IF NEW.status IS DISTINCT FROM OLD.status THEN
                v_move := maane_foster_transition(OLD.status, NEW.status);
                IF v_move = 0 THEN
                    RAISE EXCEPTION 'a foster referral does not move from % to %', OLD.status, NEW.status
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF v_move = 2 AND btrim(NEW.status_reason) = '' THEN
                    RAISE EXCEPTION 'a foster referral moves back only with a reason'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.status_on > CURRENT_DATE THEN
                    RAISE EXCEPTION 'a foster referral''s move is not dated after today'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            ELSIF (NEW.status_on, NEW.status_reason) IS DISTINCT FROM (OLD.status_on, OLD.status_reason) THEN
                RAISE EXCEPTION 'a foster referral''s move is changed only by another move'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- what each move sets changes with that move only
            IF NEW.sent_on IS DISTINCT FROM OLD.sent_on
               AND NOT (NEW.status = 'sent' AND OLD.status <> 'sent' AND NEW.sent_on = NEW.status_on) THEN
                RAISE EXCEPTION 'a foster referral''s sending day is set by its move to sent'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF (NEW.placed_on, NEW.placement_id, NEW.foster_family_code, NEW.foster_locality, NEW.annual_review_on)
               IS DISTINCT FROM (OLD.placed_on, OLD.placement_id, OLD.foster_family_code, OLD.foster_locality,
                                 OLD.annual_review_on) THEN
                IF NOT (NEW.status = 'placed' AND OLD.status <> 'placed') THEN
                    RAISE EXCEPTION 'a foster referral''s placement is set by its move to placed'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            IF NEW.status = 'placed' AND OLD.status <> 'placed'
               AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.id = NEW.placement_id
                               AND pl.file_id = NEW.file_id AND pl.child_id = NEW.child_id
                               AND pl.setting = 'foster_family' AND pl.ended_on IS NULL
                               AND pl.started_on = NEW.placed_on) THEN
                RAISE EXCEPTION 'a placed foster referral has its open foster-family placement'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF (NEW.ended_on, NEW.end_reason) IS DISTINCT FROM (OLD.ended_on, OLD.end_reason)
               AND NOT (NEW.status = 'ended' AND OLD.status <> 'ended') THEN
                RAISE EXCEPTION 'a foster referral''s ending is set by its move to ended'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.status = 'ended' AND OLD.status <> 'ended'
               AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.id = NEW.placement_id
                               AND pl.ended_on IS NOT NULL) THEN
                RAISE EXCEPTION 'an ended foster referral''s placement has ended'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.reject_reason IS DISTINCT FROM OLD.reject_reason
               AND NOT (NEW.status = 'rejected' AND OLD.status <> 'rejected') THEN
                RAISE EXCEPTION 'a foster referral''s rejection is set by its move to rejected'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.status IN ('ended', 'rejected') AND v_login
               AND (NEW.kind, NEW.service_name, NEW.reason, NEW.worker_id, NEW.contact_arrangements,
                    NEW.emergency_reason)
                   IS DISTINCT FROM (OLD.kind, OLD.service_name, OLD.reason, OLD.worker_id,
                                     OLD.contact_arrangements, OLD.emergency_reason) THEN
                RAISE EXCEPTION 'an ended or rejected foster referral is not changed'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        -- the page's age order: the child's birth date (as the login reads it)
        SELECT p.birth_date INTO v_birth FROM persons p WHERE p.id = NEW.child_id;
        NEW.age_order := COALESCE(-(to_char(v_birth, 'YYYYMMDD')::integer), 0);
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'foster_referral_events' THEN
        IF TG_OP <> 'INSERT' THEN
            RAISE EXCEPTION 'a foster referral''s history is never changed'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF v_login AND NEW.moved_by_id IS DISTINCT FROM v_me THEN
            RAISE EXCEPTION 'a move is recorded in the login''s own name'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- the move just made: the referral is in the event's status, moved that day with that reason, not
        -- after today; from where the history's last event left it (the creation: no event before), so no
        -- move is recorded twice, and none the referral did not make (a move back without its reason)
        IF NOT EXISTS (SELECT 1 FROM foster_referrals r WHERE r.id = NEW.referral_id AND r.file_id = NEW.file_id
                       AND r.status = NEW.to_status AND r.status_on = NEW.moved_on AND r.status_reason = NEW.reason
                       AND (NEW.from_status = '' OR maane_foster_transition(NEW.from_status, NEW.to_status) > 0))
           OR NEW.moved_on > CURRENT_DATE
           OR (NEW.from_status = '' AND NEW.to_status <> 'draft')
           OR (SELECT e.to_status FROM foster_referral_events e WHERE e.referral_id = NEW.referral_id
               ORDER BY e.id DESC LIMIT 1) IS DISTINCT FROM NULLIF(NEW.from_status, '') THEN
            RAISE EXCEPTION 'an event records the move the referral just made'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.moved_at := now();
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'foster_documents' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        IF TG_OP <> 'INSERT' THEN
            RAISE EXCEPTION 'a foster referral''s document is never changed'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF v_login AND NEW.added_by_id IS DISTINCT FROM v_me THEN
            RAISE EXCEPTION 'a document is added in the login''s own name'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF substring(NEW.content FROM 1 FOR 5) IS DISTINCT FROM '\x255044462d'::bytea THEN
            RAISE EXCEPTION 'a foster referral''s document is a PDF'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.added_at := now();
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'foster_visits' THEN
        IF TG_OP <> 'INSERT' THEN
            RAISE EXCEPTION 'a recorded visit is never changed'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF v_login AND NEW.recorded_by_id IS DISTINCT FROM v_me THEN
            RAISE EXCEPTION 'a visit is recorded in the login''s own name'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.visited_on > CURRENT_DATE THEN
            RAISE EXCEPTION 'a visit is not dated after today'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;

    RAISE EXCEPTION 'maane_foster_guard does not guard %', TG_TABLE_NAME;
END
$fn$;
REVOKE ALL ON FUNCTION maane_foster_guard() FROM PUBLIC;
"""


# --- the referrals page's definer function (PostgreSQL) ----------------------------------------------------
# models.foster.service.FosterService.referrals in one call: part 'count' (per status and kind, every referral
# the login reads: n), part 'row' (the page: stages p_stage_lo..p_stage_hi, of kind p_kind ('' any), matching
# p_file_query in the file number or p_name_query in the child's search key ('' both: no filter; then n is
# NULL, else the number of matching rows), in the page's order (stage, age_order, id) from p_offset, at most
# p_limit) and part 'awaiting' (the final out-of-home decisions no referral carries out, the most recent
# hearings first, at most p_awaiting). Without the policies, with the same visibility applied to every row
# read as one probe of its file: the login from the session (session_user, never a parameter), the foster
# readers only (models.foster.entities.FOSTER_READERS, the roles with Action.VIEW_FOSTER; they read the
# committee's rows too), then maane_file_rule with the login's maane_user_contexts row.
PAGE_FUNCTION = r"""
CREATE OR REPLACE FUNCTION maane_foster_page(p_stage_lo integer, p_stage_hi integer, p_kind text,
                                             p_file_query text, p_name_query text, p_offset integer,
                                             p_limit integer, p_awaiting integer)
RETURNS TABLE (part text, id integer, file_id integer, file_number text, child_id integer, first_name text,
               last_name text, birth_date date, preferred_language text, kind text, status text, stage integer,
               ord integer, status_on date, service_name text, worker_name text, decision_id integer,
               annual_review_on date, n bigint, protocol_id integer, case_id integer, held_on date,
               decision_text text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
#variable_conflict use_column
DECLARE
    c maane_user_contexts%ROWTYPE;
    v_all boolean;
BEGIN
    SELECT * INTO c FROM maane_user_contexts u WHERE u.username = session_user::text;
    -- the foster readers (models.foster.entities.FOSTER_READERS); nobody else reads a foster row
    IF NOT FOUND OR c.role IS NULL OR c.role NOT IN ('family_worker', 'manager', 'team_head',
                                                      'youth_law_worker') THEN
        RETURN;
    END IF;
    -- the manager sees every file (models.roles; maane_file_rule says so for her team keys): no probe
    v_all := c.role = 'manager';
    RETURN QUERY
    SELECT 'count'::text, NULL::integer, NULL::integer, NULL::text, NULL::integer, NULL::text, NULL::text,
           NULL::date, NULL::text, r.kind::text, r.status::text, NULL::integer, NULL::integer, NULL::date,
           NULL::text, NULL::text, NULL::integer, NULL::date, count(*), NULL::integer, NULL::integer, NULL::date,
           NULL::text
    FROM foster_referrals r
    WHERE v_all OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = r.file_id
                             AND maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted, f.worker_id)
                           OFFSET 0)
    GROUP BY r.status, r.kind;

    IF p_file_query = '' AND p_name_query = '' THEN
        RETURN QUERY
        WITH page AS (
            SELECT r.id, r.file_id, r.child_id, r.kind, r.status, r.stage, r.age_order, r.status_on,
                   r.service_name, r.worker_id, r.decision_id, r.annual_review_on
            FROM foster_referrals r
            WHERE r.stage BETWEEN p_stage_lo AND p_stage_hi AND (p_kind = '' OR r.kind = p_kind)
              AND (v_all OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = r.file_id
                                      AND maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted,
                                                          f.worker_id) OFFSET 0))
            ORDER BY r.stage, r.age_order, r.id
            OFFSET p_offset LIMIT p_limit
        )
        SELECT 'row'::text, g.id, g.file_id, f.file_number::text, g.child_id, q.first_name::text, q.last_name::text,
               q.birth_date, q.preferred_language::text, g.kind::text, g.status::text, g.stage::integer, g.age_order,
               g.status_on, g.service_name::text, u.full_name::text, g.decision_id, g.annual_review_on, NULL::bigint,
               NULL::integer, NULL::integer, NULL::date, NULL::text
        FROM page g
        JOIN family_files f ON f.id = g.file_id
        JOIN persons q ON q.id = g.child_id
        JOIN users u ON u.id = g.worker_id;
    ELSE
        RETURN QUERY
        WITH candidates AS (
            -- the children whose names hold the typed words (the trigram index of persons.search_key)
            SELECT r.id FROM persons q JOIN foster_referrals r ON r.child_id = q.id
            WHERE p_name_query <> '' AND q.search_key LIKE '%' || p_name_query || '%'
            UNION
            -- the files whose number holds the typed number (none typed: no scan)
            SELECT r.id FROM family_files f JOIN foster_referrals r ON r.file_id = f.id
            WHERE p_file_query <> '' AND strpos(f.file_number, p_file_query) > 0
        ), matching AS (
            SELECT r.id, r.file_id, r.child_id, r.kind, r.status, r.stage, r.age_order, r.status_on,
                   r.service_name, r.worker_id, r.decision_id, r.annual_review_on, f.file_number,
                   q.first_name, q.last_name, q.birth_date, q.preferred_language
            FROM candidates k
            JOIN foster_referrals r ON r.id = k.id
            JOIN family_files f ON f.id = r.file_id
            JOIN persons q ON q.id = r.child_id
            WHERE r.stage BETWEEN p_stage_lo AND p_stage_hi AND (p_kind = '' OR r.kind = p_kind)
              AND (v_all OR maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted, f.worker_id))
        ), counted AS (
            SELECT m.*, count(*) OVER () AS total FROM matching m
            ORDER BY m.stage, m.age_order, m.id
            OFFSET p_offset LIMIT p_limit
        )
        SELECT 'row'::text, g.id, g.file_id, g.file_number::text, g.child_id, g.first_name::text, g.last_name::text,
               g.birth_date, g.preferred_language::text, g.kind::text, g.status::text, g.stage::integer, g.age_order,
               g.status_on, g.service_name::text, u.full_name::text, g.decision_id, g.annual_review_on, g.total,
               NULL::integer, NULL::integer, NULL::date, NULL::text
        FROM counted g
        JOIN users u ON u.id = g.worker_id;
    END IF;

    RETURN QUERY
    WITH awaiting AS (
        SELECT d.id, d.protocol_id, p.case_id, d.file_id, p.child_id, p.held_on, d.kind, d.text
        FROM committee_decisions d
        JOIN committee_protocols p ON p.id = d.protocol_id
        WHERE d.kind IN ('foster_family', 'residential') AND p.finalised_at IS NOT NULL
          AND (v_all OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = d.file_id
                                  AND maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted,
                                                      f.worker_id) OFFSET 0))
          AND NOT EXISTS (SELECT 1 FROM foster_referrals x WHERE x.decision_id = d.id)
        ORDER BY p.held_on DESC, d.id DESC
        LIMIT p_awaiting
    )
    SELECT 'awaiting'::text, NULL::integer, a.file_id, f.file_number::text, a.child_id, q.first_name::text,
           q.last_name::text, q.birth_date, q.preferred_language::text, a.kind::text, NULL::text, NULL::integer,
           NULL::integer, NULL::date, NULL::text, NULL::text, a.id, NULL::date, NULL::bigint, a.protocol_id,
           a.case_id, a.held_on, a.text::text
    FROM awaiting a
    JOIN family_files f ON f.id = a.file_id
    JOIN persons q ON q.id = a.child_id;
END
$fn$;
REVOKE ALL ON FUNCTION maane_foster_page(integer, integer, text, text, text, integer, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_foster_page(integer, integer, text, text, text, integer, integer, integer)
    TO maane_app;
"""


# --- the security of the new tables (PostgreSQL), frozen from python -m models.security -------------------

SECURITY_FOSTER_REFERRALS = r"""-- maane security: foster_referrals (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'foster_referrals'::regclass;
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
ALTER TABLE foster_referrals ENABLE ROW LEVEL SECURITY;
ALTER TABLE foster_referrals FORCE ROW LEVEL SECURITY;
CREATE POLICY foster_referrals_access ON foster_referrals FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = foster_referrals.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = foster_referrals.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = foster_referrals.child_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(foster_referrals.child_id))));
GRANT SELECT ON foster_referrals TO maane_app;
GRANT INSERT, UPDATE ON foster_referrals TO maane_family_worker;
GRANT INSERT, UPDATE ON foster_referrals TO maane_manager;
GRANT INSERT, UPDATE ON foster_referrals TO maane_team_head;
GRANT INSERT, UPDATE ON foster_referrals TO maane_youth_law_worker;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'foster_referrals'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON foster_referrals TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON foster_referrals
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON foster_referrals
    FOR EACH ROW EXECUTE FUNCTION maane_foster_guard();
"""


SECURITY_FOSTER_REFERRAL_EVENTS = r"""-- maane security: foster_referral_events (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'foster_referral_events'::regclass;
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
ALTER TABLE foster_referral_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE foster_referral_events FORCE ROW LEVEL SECURITY;
CREATE POLICY foster_referral_events_access ON foster_referral_events FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = foster_referral_events.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = foster_referral_events.file_id) AND foster_referral_events.moved_by_id = (SELECT maane_my_user_id()));
GRANT SELECT ON foster_referral_events TO maane_app;
GRANT INSERT ON foster_referral_events TO maane_family_worker;
GRANT INSERT ON foster_referral_events TO maane_manager;
GRANT INSERT ON foster_referral_events TO maane_team_head;
GRANT INSERT ON foster_referral_events TO maane_youth_law_worker;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'foster_referral_events'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON foster_referral_events TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON foster_referral_events
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON foster_referral_events
    FOR EACH ROW EXECUTE FUNCTION maane_foster_guard();
"""


SECURITY_FOSTER_DOCUMENTS = r"""-- maane security: foster_documents (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'foster_documents'::regclass;
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
ALTER TABLE foster_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE foster_documents FORCE ROW LEVEL SECURITY;
CREATE POLICY foster_documents_access ON foster_documents FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = foster_documents.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = foster_documents.file_id) AND foster_documents.added_by_id = (SELECT maane_my_user_id()));
GRANT SELECT ON foster_documents TO maane_app;
GRANT INSERT, DELETE ON foster_documents TO maane_family_worker;
GRANT INSERT, DELETE ON foster_documents TO maane_manager;
GRANT INSERT, DELETE ON foster_documents TO maane_team_head;
GRANT INSERT, DELETE ON foster_documents TO maane_youth_law_worker;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'foster_documents'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON foster_documents TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON foster_documents
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE OR DELETE ON foster_documents
    FOR EACH ROW EXECUTE FUNCTION maane_foster_guard();
"""


SECURITY_FOSTER_VISITS = r"""-- maane security: foster_visits (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'foster_visits'::regclass;
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
ALTER TABLE foster_visits ENABLE ROW LEVEL SECURITY;
ALTER TABLE foster_visits FORCE ROW LEVEL SECURITY;
CREATE POLICY foster_visits_access ON foster_visits FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = foster_visits.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = foster_visits.file_id) AND foster_visits.recorded_by_id = (SELECT maane_my_user_id()));
GRANT SELECT ON foster_visits TO maane_app;
GRANT INSERT ON foster_visits TO maane_family_worker;
GRANT INSERT ON foster_visits TO maane_manager;
GRANT INSERT ON foster_visits TO maane_team_head;
GRANT INSERT ON foster_visits TO maane_youth_law_worker;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'foster_visits'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON foster_visits TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON foster_visits
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON foster_visits
    FOR EACH ROW EXECUTE FUNCTION maane_foster_guard();
"""


SECURITY = (SECURITY_FOSTER_REFERRALS, SECURITY_FOSTER_REFERRAL_EVENTS, SECURITY_FOSTER_DOCUMENTS,
            SECURITY_FOSTER_VISITS)
