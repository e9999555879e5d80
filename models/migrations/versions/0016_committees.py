"""the treatment-plan committee: meetings, cases, participants, protocols, decisions, tasks, addenda, placements (issue 9)

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29 05:20:00.000000

Both backends: the eight tables of models.committees.entities: ``committee_meetings`` (date, place, chair,
coordinator, status), ``committee_cases`` (a child's case on a meeting's agenda), ``committee_participants``
(who is invited to a case, in which language, how), ``committee_protocols`` (one per case; final once
``finalised_at`` is set), ``committee_decisions``, ``committee_tasks`` (each becomes a Task on the file when
the protocol is finalised: ``task_id``), ``committee_addenda`` (corrections of a final protocol, appended)
and ``placements`` (a child placed out of home, from which the annual reviews are computed). The rows under a
meeting repeat their file's id and a composite foreign key (parent id, file id) holds it equal to the
parent's.

PostgreSQL: the security of the eight tables as frozen below from ``python -m models.security ...`` (the
meetings: read by every role, written by the coordinators and the manager, and by a chair who is a team head
only to mark her meeting held; the rows under a meeting: rows of the file, read only by the roles with
Action.VIEW_COMMITTEES among those who see the file (``readers``: not the club or intake workers, not the
administrator), written by the coordinators and the manager, a protocol and its tasks also by the chair;
addenda INSERT only, in the author's own name; placements: rows of the file, written by the case roles), and
the guard ``maane_committee_guard`` (frozen below, ``GUARD``), run BEFORE INSERT, UPDATE and DELETE of every
row under a meeting and BEFORE INSERT and UPDATE of a meeting, for every login and the owner alike: a final
protocol, and the case, participants, decisions and tasks under it, are read-only (no UPDATE, no DELETE, no
new row), except that a committee task of a final protocol gets its Task once (``task_id`` from NULL to a
Task of the same file assigned to the task's responsible, nothing else changed: what finalising does); only
the meeting's chair finalises, in the login's own name; a protocol's child and date are its case's child and
its meeting's date; a case is never put on a cancelled meeting; an addendum is added to a final protocol
only, dated by the server, by a team head only as the meeting's chair, and never changed or deleted; a
cancelled meeting is final, a held one keeps its date and chair; the chair is an active team head or the
manager; a protocol is finalised with a decision; a meeting with a final protocol keeps its date and chair
and is not cancelled (``maane_committee_meeting_has_final``, a definer function: the protocols of every
file); a committee task's Task is always a Task of its file assigned to its responsible; a case's child,
and a placement's child, is a child of its file; a placement's decision is a final decision of its child
in its file (the guard runs BEFORE INSERT and UPDATE of a placement too).

And the definer function ``maane_committee_follow_up`` (frozen below, ``FOLLOW_UP_FUNCTION``): the follow-up
page's rows in one call, each row tested against the login's visibility as one probe of its file (through the
policies, each statement scanned every visible family file).

Both backends: the index ``ix_tasks_open_due`` on the open tasks by due date (the follow-up page's overdue
committee tasks, read in its order).

The downgrade drops the function, the eight tables, the index and the guard.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("committee_meetings", "committee_cases", "committee_participants", "committee_protocols",
          "committee_decisions", "committee_tasks", "committee_addenda", "placements")


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
        "committee_meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=False),
        sa.Column("coordinator_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("cancel_reason", sa.String(length=500), nullable=False),
        *_stamps(),
        sa.CheckConstraint("(status = 'cancelled') = (cancel_reason <> '')", name=op.f('ck_committee_meetings_cancelled_has_reason')),
        sa.CheckConstraint("level IN ('regular', 'expanded')", name=op.f('ck_committee_meetings_level_known')),
        sa.CheckConstraint("status IN ('planned', 'held', 'cancelled')", name=op.f('ck_committee_meetings_status_known')),
        sa.ForeignKeyConstraint(["chair_id"], ["users.id"], name=op.f("fk_committee_meetings_chair_id_users")),
        sa.ForeignKeyConstraint(["coordinator_id"], ["users.id"], name=op.f("fk_committee_meetings_coordinator_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_meetings")),
    )
    op.create_index("ix_committee_meetings_held_on", "committee_meetings", ["held_on"])
    op.create_table(
        "committee_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("requested_by_name", sa.String(length=120), nullable=False),
        sa.Column("requested_by_role", sa.String(length=80), nullable=False),
        sa.Column("background", sa.Text(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("reason IN ('first_hearing', 'review', 'out_of_home', 'annual_review', 'urgent')", name=op.f('ck_committee_cases_reason_known')),
        sa.ForeignKeyConstraint(["child_id"], ["persons.id"], name=op.f("fk_committee_cases_child_id_persons")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_committee_cases_file_id_family_files")),
        sa.ForeignKeyConstraint(["meeting_id"], ["committee_meetings.id"], name=op.f("fk_committee_cases_meeting_id_committee_meetings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_cases")),
        sa.UniqueConstraint("id", "file_id", name="uq_committee_cases_id_file"),
        sa.UniqueConstraint("meeting_id", "child_id", name="uq_committee_cases_meeting_child"),
    )
    op.create_index("ix_committee_cases_child", "committee_cases", ["child_id"])
    op.create_index("ix_committee_cases_file", "committee_cases", ["file_id"])
    op.create_index("ix_committee_cases_meeting", "committee_cases", ["meeting_id", "position"])
    op.create_table(
        "committee_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=28), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("organisation", sa.String(length=120), nullable=False),
        sa.Column("role_title", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("invited_on", sa.Date(), nullable=True),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("kind IN ('mother', 'father', 'guardian', 'minor', 'family_worker', 'youth_law_worker', 'homeroom_teacher', 'school_counsellor', 'educational_psychologist', 'health', 'foster_care_service', 'other')", name=op.f('ck_committee_participants_kind_known')),
        sa.CheckConstraint("language IN ('he', 'ar')", name=op.f('ck_committee_participants_language_known')),
        sa.CheckConstraint("method IN ('mail', 'email', 'phone', 'in_person')", name=op.f('ck_committee_participants_method_known')),
        sa.CheckConstraint("user_id IS NOT NULL OR phone <> '' OR email <> '' OR address <> ''", name=op.f('ck_committee_participants_reachable')),
        sa.ForeignKeyConstraint(["case_id", "file_id"], ["committee_cases.id", "committee_cases.file_id"], name="fk_committee_participants_case_file", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_committee_participants_file_id_family_files")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_committee_participants_person_id_persons")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_committee_participants_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_participants")),
    )
    op.create_index("ix_committee_participants_case", "committee_participants", ["case_id"])
    op.create_index("ix_committee_participants_file", "committee_participants", ["file_id"])
    op.create_index(op.f("ix_committee_participants_person_id"), "committee_participants", ["person_id"])
    op.create_table(
        "committee_protocols",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("professionals_views", sa.Text(), nullable=False),
        sa.Column("parents_position", sa.Text(), nullable=False),
        sa.Column("child_position", sa.Text(), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=False),
        sa.Column("votes_for", sa.SmallInteger(), nullable=False),
        sa.Column("votes_against", sa.SmallInteger(), nullable=False),
        sa.Column("votes_abstained", sa.SmallInteger(), nullable=False),
        sa.Column("dissent", sa.Text(), nullable=False),
        sa.Column("parent_reservation", sa.Text(), nullable=False),
        sa.Column("district_right_stated", sa.Boolean(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("finalised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finalised_by_id", sa.Integer(), nullable=True),
        *_stamps(),
        sa.CheckConstraint("(finalised_at IS NULL) = (finalised_by_id IS NULL)", name=op.f("ck_committee_protocols_finalised_by_someone")),
        sa.CheckConstraint("finalised_at IS NULL OR (next_review_on IS NOT NULL AND district_right_stated AND votes_for > votes_against)", name=op.f("ck_committee_protocols_final_is_complete")),
        sa.CheckConstraint("votes_for >= 0 AND votes_against >= 0 AND votes_abstained >= 0", name=op.f("ck_committee_protocols_votes_counted")),
        sa.ForeignKeyConstraint(["case_id", "file_id"], ["committee_cases.id", "committee_cases.file_id"], name="fk_committee_protocols_case_file"),
        sa.ForeignKeyConstraint(["child_id"], ["persons.id"], name=op.f("fk_committee_protocols_child_id_persons")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_committee_protocols_file_id_family_files")),
        sa.ForeignKeyConstraint(["finalised_by_id"], ["users.id"], name=op.f("fk_committee_protocols_finalised_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_protocols")),
        sa.UniqueConstraint("case_id", name="uq_committee_protocols_case_id"),
        sa.UniqueConstraint("id", "file_id", name="uq_committee_protocols_id_file"),
    )
    op.create_index("ix_committee_protocols_file", "committee_protocols", ["file_id"])
    op.create_index("ix_committee_protocols_child", "committee_protocols", ["child_id", "held_on"])
    op.create_index("ix_committee_protocols_review", "committee_protocols", ["next_review_on", "child_id"])
    op.create_table(
        "committee_addenda",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_committee_addenda_author_id_users")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_committee_addenda_file_id_family_files")),
        sa.ForeignKeyConstraint(["protocol_id", "file_id"], ["committee_protocols.id", "committee_protocols.file_id"], name="fk_committee_addenda_protocol_file"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_addenda")),
    )
    op.create_index("ix_committee_addenda_file", "committee_addenda", ["file_id"])
    op.create_index("ix_committee_addenda_protocol", "committee_addenda", ["protocol_id"])
    op.create_table(
        "committee_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.CheckConstraint("kind IN ('community_plan', 'foster_family', 'residential', 'court_recommendation', 'other')", name=op.f('ck_committee_decisions_kind_known')),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_committee_decisions_file_id_family_files")),
        sa.ForeignKeyConstraint(["protocol_id", "file_id"], ["committee_protocols.id", "committee_protocols.file_id"], name="fk_committee_decisions_protocol_file", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_decisions")),
    )
    op.create_index("ix_committee_decisions_file", "committee_decisions", ["file_id"])
    op.create_index("ix_committee_decisions_protocol", "committee_decisions", ["protocol_id", "position"])
    op.create_table(
        "committee_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_committee_tasks_file_id_family_files")),
        sa.ForeignKeyConstraint(["protocol_id", "file_id"], ["committee_protocols.id", "committee_protocols.file_id"], name="fk_committee_tasks_protocol_file", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["responsible_id"], ["users.id"], name=op.f("fk_committee_tasks_responsible_id_users")),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_committee_tasks_task_id_tasks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_tasks")),
    )
    op.create_index("ix_committee_tasks_file", "committee_tasks", ["file_id"])
    op.create_index("ix_committee_tasks_protocol", "committee_tasks", ["protocol_id", "position"])
    op.create_index("ix_committee_tasks_task", "committee_tasks", ["task_id"])
    op.create_table(
        "placements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("setting", sa.String(length=16), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=500), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("(ended_on IS NULL) = (end_reason = '')", name=op.f('ck_placements_ended_has_reason')),
        sa.CheckConstraint("setting IN ('foster_family', 'residential')", name=op.f('ck_placements_setting_known')),
        sa.CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name=op.f("ck_placements_ends_after_start")),
        sa.ForeignKeyConstraint(["child_id"], ["persons.id"], name=op.f("fk_placements_child_id_persons")),
        sa.ForeignKeyConstraint(["decision_id"], ["committee_decisions.id"], name=op.f("fk_placements_decision_id_committee_decisions")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_placements_file_id_family_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
    )
    op.create_index("ix_placements_child", "placements", ["child_id", "ended_on"])
    op.create_index("ix_placements_file", "placements", ["file_id"])

    # the open tasks by due date: the follow-up page's overdue committee tasks, most overdue first, read in
    # its order (models.tasks.entities.Task)
    op.create_index("ix_tasks_open_due", "tasks", ["due_date", "id"], sqlite_where=sa.text("done = 0"),
                    postgresql_where=sa.text("NOT done"))

    run_postgres_script(op, GUARD)  # before the security: the tables' triggers name the guard
    for table, sql in zip(TABLES, SECURITY, strict=True):
        secure_table(op, table, sql)
    run_postgres_script(op, FOLLOW_UP_FUNCTION)


def downgrade() -> None:
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_committee_follow_up(date, date, date, integer);")
    for table in reversed(TABLES):
        op.drop_table(table)
    op.drop_index("ix_tasks_open_due", table_name="tasks")
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_committee_guard();")
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_committee_meeting_has_final(integer);")


# --- the follow-up page's definer function (PostgreSQL) ---------------------------------------------------
# The rows of models.committees.service.CommitteeService.follow_up in one call: the overdue committee tasks
# (their Task not done and past p_day; most overdue first, at most p_rows), the final protocols' next reviews
# due by p_horizon that no later final hearing of the child replaced (soonest first, at most p_rows) and the
# open placements started, and last heard, by p_placed_by (the service computes their annual review), with
# the file's number and family name, the child's name, the task's responsible, the hearing's meeting, the
# child's open placement's setting and a planned meeting with the child on its agenda. It reads without the
# policies (each of which, in a statement over these tables, scanned every visible family file: a hashed
# SubPlan, docs/benchmarks/committees_2026-11-29.md) and applies to every row it reads the same visibility
# as they do, as one probe of that row's file: the login from the session (session_user, never a
# parameter; the committee's readers only: models.committees.entities.COMMITTEE_READERS, the roles with
# Action.VIEW_COMMITTEES; the administrator, the club and intake workers and an unknown login get no row),
# then maane_file_rule with the login's context (maane_user_contexts, as the policy of family_files).
# tests/unit/models/committees/test_follow_up_pg.py attacks it as the logins.
FOLLOW_UP_FUNCTION = r"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'revision 0016 must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION maane_committee_follow_up(p_day date, p_horizon date, p_placed_by date, p_rows integer)
RETURNS TABLE (kind text, file_id integer, file_number text, family_name text, child_id integer, first_name text,
               last_name text, task_id integer, protocol_id integer, meeting_id integer, held_on date, title text,
               responsible text, due_on date, started_on date, setting text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
#variable_conflict use_column
DECLARE
    c maane_user_contexts%ROWTYPE;
BEGIN
    SELECT * INTO c FROM maane_user_contexts u WHERE u.username = session_user::text;
    -- the committee's readers (models.committees.entities.COMMITTEE_READERS: the roles with
    -- Action.VIEW_COMMITTEES); nobody else reads a committee row
    IF NOT FOUND OR c.role IS NULL OR c.role NOT IN ('committee_coordinator', 'family_worker', 'manager',
                                                      'team_head', 'youth_law_worker') THEN
        RETURN;
    END IF;
    RETURN QUERY
    WITH overdue AS (
        -- the Tasks of committee tasks not done and past due, most overdue first, of the files the login sees
        SELECT ct.task_id, ct.protocol_id, ct.file_id, ct.title, ct.responsible_id, ct.due_on, t.due_date
        FROM tasks t
        JOIN committee_tasks ct ON ct.task_id = t.id
        CROSS JOIN LATERAL (SELECT 1 FROM family_files f WHERE f.id = ct.file_id
                              AND maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted, f.worker_id) OFFSET 0) v
        WHERE NOT t.done AND t.due_date < p_day
          AND (t.file_id = ct.file_id OR EXISTS (
              SELECT 1 FROM family_files g WHERE g.id = t.file_id
                AND maane_file_rule(c.team_keys, c.mine, g.id, g.team_id, g.restricted, g.worker_id)))
        ORDER BY t.due_date, t.id
        LIMIT p_rows
    ), chosen AS (
        -- the final protocols' next reviews due by the horizon that no later (visible) final hearing of the
        -- child replaced, soonest first
        SELECT p.child_id, p.next_review_on, p.file_id, p.held_on
        FROM committee_protocols p
        CROSS JOIN LATERAL (SELECT 1 FROM family_files f WHERE f.id = p.file_id
                              AND maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted, f.worker_id) OFFSET 0) v
        WHERE p.next_review_on <= p_horizon AND p.finalised_at IS NOT NULL
          AND NOT EXISTS (
              SELECT 1 FROM committee_protocols l
              WHERE l.child_id = p.child_id AND l.held_on > p.held_on AND l.finalised_at IS NOT NULL
                AND (l.file_id = p.file_id OR EXISTS (
                    SELECT 1 FROM family_files g WHERE g.id = l.file_id
                      AND maane_file_rule(c.team_keys, c.mine, g.id, g.team_id, g.restricted, g.worker_id))))
        ORDER BY p.next_review_on, p.child_id
        LIMIT p_rows
    ), placed AS (
        -- the open placements whose annual review can be due: started, and last heard (a final hearing in a
        -- file the login sees), by p_placed_by
        SELECT pl.child_id, pl.started_on, pl.file_id,
               (SELECT max(h.held_on) FROM committee_protocols h
                WHERE h.child_id = pl.child_id AND h.finalised_at IS NOT NULL
                  AND (h.file_id = pl.file_id OR EXISTS (SELECT 1 FROM family_files g WHERE g.id = h.file_id
                      AND maane_file_rule(c.team_keys, c.mine, g.id, g.team_id, g.restricted, g.worker_id)))) AS heard
        FROM placements pl
        CROSS JOIN LATERAL (SELECT 1 FROM family_files f WHERE f.id = pl.file_id
                              AND maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted, f.worker_id) OFFSET 0) v
        WHERE pl.ended_on IS NULL AND pl.started_on <= p_placed_by
          AND NOT EXISTS (SELECT 1 FROM committee_protocols h
              WHERE h.child_id = pl.child_id AND h.finalised_at IS NOT NULL AND h.held_on > p_placed_by
                AND (h.file_id = pl.file_id OR EXISTS (SELECT 1 FROM family_files g WHERE g.id = h.file_id
                      AND maane_file_rule(c.team_keys, c.mine, g.id, g.team_id, g.restricted, g.worker_id))))
    ), reviews AS (
        SELECT 'protocol'::text AS kind, r.child_id, r.file_id, r.next_review_on AS due_on, r.held_on,
               NULL::date AS started_on
        FROM chosen r
        UNION ALL
        SELECT 'placement', r.child_id, r.file_id, NULL, r.heard, r.started_on FROM placed r
    )
    SELECT 'task'::text, o.file_id, f.file_number::text, f.family_name::text, p.child_id, q.first_name::text,
           q.last_name::text, o.task_id, o.protocol_id, cc.meeting_id, p.held_on, o.title::text, u.full_name::text,
           o.due_on, NULL::date, NULL::text
    FROM overdue o
    JOIN committee_protocols p ON p.id = o.protocol_id
    JOIN committee_cases cc ON cc.id = p.case_id
    JOIN family_files f ON f.id = o.file_id
    JOIN persons q ON q.id = p.child_id
    JOIN users u ON u.id = o.responsible_id
    UNION ALL
    SELECT r.kind, r.file_id, f.file_number::text, f.family_name::text, r.child_id, q.first_name::text,
           q.last_name::text, NULL::integer, NULL::integer,
           (SELECT m.id FROM committee_cases mc JOIN committee_meetings m ON m.id = mc.meeting_id
            JOIN family_files g ON g.id = mc.file_id
            WHERE mc.child_id = r.child_id AND m.status = 'planned' AND m.held_on >= p_day
              AND maane_file_rule(c.team_keys, c.mine, g.id, g.team_id, g.restricted, g.worker_id)
            ORDER BY m.held_on LIMIT 1),
           r.held_on, NULL::text, NULL::text, r.due_on, r.started_on,
           (SELECT s.setting::text FROM placements s JOIN family_files g ON g.id = s.file_id
            WHERE s.child_id = r.child_id AND s.ended_on IS NULL
              AND maane_file_rule(c.team_keys, c.mine, g.id, g.team_id, g.restricted, g.worker_id)
            LIMIT 1)
    FROM reviews r
    JOIN family_files f ON f.id = r.file_id
    JOIN persons q ON q.id = r.child_id;
END
$fn$;
REVOKE ALL ON FUNCTION maane_committee_follow_up(date, date, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_committee_follow_up(date, date, date, integer) TO maane_app;
"""


# --- the guard of the committee's rows (PostgreSQL) ------------------------------------------------------

GUARD = r"""-- Rules on the committee's rows no policy states, for every login and the owner alike (a trigger, BEFORE
-- INSERT, UPDATE and DELETE of the rows under a meeting, BEFORE INSERT and UPDATE of a meeting). A final
-- protocol (finalised_at set) and the case, participants, decisions and tasks under it are read-only: no
-- UPDATE, no DELETE, no new row; the one write finalising makes under it is a committee task's Task
-- (task_id from NULL to a Task of the same file assigned to the task's responsible, nothing else changed).
-- Only the meeting's chair finalises, in the login's own name; a team head writes a protocol, its tasks
-- and the meeting only as that meeting's chair (the coordinators and the manager keep the agenda). A
-- protocol's child and date are its case's child and its meeting's date. A case is never put on a
-- cancelled meeting. An addendum is added to a final protocol only, and never changed or deleted. A
-- cancelled meeting is final; a held one keeps its date and chair and stays held.
-- SECURITY INVOKER: the look-ups run under the login's own policies (a row the login cannot see is one
-- it cannot write under either).
CREATE OR REPLACE FUNCTION maane_committee_guard()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
DECLARE
    -- a Maane login (not the owner of the tables nor the database administrator, see maane_referrals_guard)
    v_login boolean := NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user
                                   AND (rolsuper OR rolbypassrls))
                       AND pg_has_role(current_user, 'maane_app', 'MEMBER');
    -- a login of a role that keeps the agenda (else a chair: a team head)
    v_keeper boolean;
    v_row record;
    v_old record;
    v_case record;
    v_chair integer;
    v_old_parent integer;  -- an UPDATE's old parent (case or protocol): moving a row out is a change too
    v_task_once boolean;
BEGIN
    v_keeper := NOT v_login OR maane_my_role() IN ('committee_coordinator', 'manager');
    IF TG_OP = 'DELETE' THEN
        v_row := OLD;
    ELSE
        v_row := NEW;
    END IF;

    IF TG_TABLE_NAME = 'committee_meetings' THEN
        -- the chair is an active team head or the manager (models.roles.CHAIR_ROLES): nobody names herself
        -- or another role the chair to finalise the protocols
        IF TG_OP = 'INSERT' OR NEW.chair_id IS DISTINCT FROM OLD.chair_id THEN
            IF NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.chair_id AND u.active
                           AND u.role IN ('team_head', 'manager')) THEN
                RAISE EXCEPTION 'the chair is an active team head or the manager'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        IF TG_OP = 'UPDATE' THEN
            IF OLD.status = 'cancelled' THEN
                RAISE EXCEPTION 'a cancelled meeting is final'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.status = 'held' AND (NEW.status <> 'held' OR NEW.held_on IS DISTINCT FROM OLD.held_on
                                        OR NEW.chair_id IS DISTINCT FROM OLD.chair_id) THEN
                RAISE EXCEPTION 'a held meeting keeps its date and chair'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- a final protocol's meeting (held by the service, perhaps left planned with raw SQL) keeps
            -- the date and chair the protocol was finalised under, and is not cancelled; asked of
            -- maane_committee_meeting_has_final, which sees the protocols of every file
            IF (NEW.held_on IS DISTINCT FROM OLD.held_on OR NEW.chair_id IS DISTINCT FROM OLD.chair_id
                OR NEW.status = 'cancelled') AND maane_committee_meeting_has_final(OLD.id) THEN
                RAISE EXCEPTION 'a meeting with a final protocol keeps its date and chair and is not cancelled'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT v_keeper AND (OLD.chair_id IS DISTINCT FROM maane_my_user_id() OR NEW.status <> 'held'
                   OR (NEW.id, NEW.held_on, NEW.starts_at, NEW.place, NEW.level, NEW.chair_id,
                       NEW.coordinator_id, NEW.notes, NEW.cancel_reason)
                      IS DISTINCT FROM (OLD.id, OLD.held_on, OLD.starts_at, OLD.place, OLD.level, OLD.chair_id,
                                        OLD.coordinator_id, OLD.notes, OLD.cancel_reason)) THEN
                RAISE EXCEPTION 'a chair only marks her own meeting held'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'committee_cases' THEN
        IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM committee_protocols p
                                         WHERE p.case_id = OLD.id AND p.finalised_at IS NOT NULL) THEN
            RAISE EXCEPTION 'the case of a final protocol is read-only'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        IF (TG_OP = 'INSERT' OR NEW.meeting_id IS DISTINCT FROM OLD.meeting_id)
           AND EXISTS (SELECT 1 FROM committee_meetings m WHERE m.id = NEW.meeting_id AND m.status = 'cancelled') THEN
            RAISE EXCEPTION 'a case is not put on a cancelled meeting'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- the case's child is a child of its file (else the file's readers would read, through the case,
        -- its protocol and the follow-up page, a child of a file they cannot see)
        IF (TG_OP = 'INSERT' OR (NEW.file_id, NEW.child_id) IS DISTINCT FROM (OLD.file_id, OLD.child_id))
           AND NOT EXISTS (SELECT 1 FROM family_members fm WHERE fm.file_id = NEW.file_id
                           AND fm.person_id = NEW.child_id AND fm.relation = 'child') THEN
            RAISE EXCEPTION 'a case''s child is a child of its file'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.id, NEW.meeting_id, NEW.file_id, NEW.child_id)
                                IS DISTINCT FROM (OLD.id, OLD.meeting_id, OLD.file_id, OLD.child_id)
           AND EXISTS (SELECT 1 FROM committee_protocols p WHERE p.case_id = OLD.id) THEN
            RAISE EXCEPTION 'the case of a protocol keeps its meeting, file and child'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'committee_participants' THEN
        IF TG_OP = 'UPDATE' THEN
            v_old_parent := OLD.case_id;
        END IF;
        IF EXISTS (SELECT 1 FROM committee_protocols p
                   WHERE p.finalised_at IS NOT NULL AND p.case_id IN (v_row.case_id, v_old_parent)) THEN
            RAISE EXCEPTION 'the participants of a final protocol are read-only'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'committee_protocols' THEN
        IF TG_OP <> 'INSERT' AND OLD.finalised_at IS NOT NULL THEN
            RAISE EXCEPTION 'a final protocol is read-only'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        SELECT c.child_id, m.held_on, m.chair_id, m.status INTO v_case
        FROM committee_cases c JOIN committee_meetings m ON m.id = c.meeting_id
        WHERE c.id = NEW.case_id;
        IF NOT FOUND OR NEW.child_id IS DISTINCT FROM v_case.child_id
           OR NEW.held_on IS DISTINCT FROM v_case.held_on THEN
            RAISE EXCEPTION 'a protocol''s child and date are its case''s child and meeting date'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT v_keeper AND v_case.chair_id IS DISTINCT FROM maane_my_user_id() THEN
            RAISE EXCEPTION 'only the meeting''s chair writes its protocols'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.finalised_at IS NOT NULL THEN  -- finalising (the old row was a draft, or none)
            IF NEW.finalised_by_id IS DISTINCT FROM v_case.chair_id THEN
                RAISE EXCEPTION 'only the meeting''s chair finalises its protocols'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF v_login AND NEW.finalised_by_id IS DISTINCT FROM maane_my_user_id() THEN
                RAISE EXCEPTION 'a protocol is finalised in the login''s own name'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF v_case.status = 'cancelled' THEN
                RAISE EXCEPTION 'a protocol of a cancelled meeting is not finalised'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- a final protocol decides something (and no decision is added to it after)
            IF NOT EXISTS (SELECT 1 FROM committee_decisions d WHERE d.protocol_id = NEW.id) THEN
                RAISE EXCEPTION 'a protocol is finalised with a decision'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME IN ('committee_decisions', 'committee_tasks') THEN
        v_task_once := false;
        IF TG_TABLE_NAME = 'committee_tasks' AND TG_OP = 'UPDATE' THEN
            -- finalising: the task becomes a Task on the file (task_id from NULL, nothing else changed)
            v_task_once := OLD.task_id IS NULL AND NEW.task_id IS NOT NULL
                AND (NEW.id, NEW.protocol_id, NEW.file_id, NEW.position, NEW.title, NEW.description,
                     NEW.responsible_id, NEW.due_on)
                    IS NOT DISTINCT FROM (OLD.id, OLD.protocol_id, OLD.file_id, OLD.position, OLD.title,
                                          OLD.description, OLD.responsible_id, OLD.due_on);
        END IF;
        IF TG_OP = 'UPDATE' THEN
            v_old_parent := OLD.protocol_id;
        END IF;
        -- a committee task's Task, whenever it is set (finalising sets it on the draft, then finalises), is
        -- a Task of the same file assigned to the task's responsible
        IF TG_TABLE_NAME = 'committee_tasks' AND TG_OP <> 'DELETE' THEN  -- (plpgsql: NEW.task_id only here)
            IF NEW.task_id IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = NEW.task_id AND t.file_id = NEW.file_id
                               AND t.assignee_id = NEW.responsible_id) THEN
                RAISE EXCEPTION 'a committee task becomes a Task of its file, assigned to its responsible'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        IF v_task_once AND EXISTS (SELECT 1 FROM committee_protocols p WHERE p.id = NEW.protocol_id
                                   AND p.finalised_at IS NOT NULL) THEN
            -- assigned to the task's responsible, on the file
            IF NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = NEW.task_id AND t.file_id = NEW.file_id
                           AND t.assignee_id = NEW.responsible_id) THEN
                RAISE EXCEPTION 'a committee task becomes a Task of its file, assigned to its responsible'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSIF EXISTS (SELECT 1 FROM committee_protocols p
                      WHERE p.finalised_at IS NOT NULL AND p.id IN (v_row.protocol_id, v_old_parent)) THEN
            RAISE EXCEPTION 'the decisions and tasks of a final protocol are read-only'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT v_keeper THEN
            SELECT m.chair_id INTO v_chair
            FROM committee_protocols p JOIN committee_cases c ON c.id = p.case_id
                 JOIN committee_meetings m ON m.id = c.meeting_id
            WHERE p.id = v_row.protocol_id;
            IF v_chair IS DISTINCT FROM maane_my_user_id() THEN
                RAISE EXCEPTION 'only the meeting''s chair writes its protocols'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'committee_addenda' THEN
        IF TG_OP <> 'INSERT' THEN
            RAISE EXCEPTION 'an addendum is never changed'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM committee_protocols p WHERE p.id = NEW.protocol_id
                       AND p.finalised_at IS NOT NULL) THEN
            RAISE EXCEPTION 'an addendum is added to a final protocol only'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- a team head adds one only as the meeting's chair (as the service: the agenda's keepers or the chair)
        IF NOT v_keeper THEN
            SELECT m.chair_id INTO v_chair
            FROM committee_protocols p JOIN committee_cases c ON c.id = p.case_id
                 JOIN committee_meetings m ON m.id = c.meeting_id
            WHERE p.id = NEW.protocol_id;
            IF v_chair IS DISTINCT FROM maane_my_user_id() THEN
                RAISE EXCEPTION 'a team head adds an addendum only to a protocol of a meeting she chaired'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        NEW.created_at := now();  -- dated by the server: no addendum is back-dated
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'placements' THEN
        -- the placed child is a child of its file (else the file's readers would read, through the
        -- placement and the follow-up page, a child of a file they cannot see)
        IF (TG_OP = 'INSERT' OR (NEW.file_id, NEW.child_id) IS DISTINCT FROM (OLD.file_id, OLD.child_id))
           AND NOT EXISTS (SELECT 1 FROM family_members fm WHERE fm.file_id = NEW.file_id
                           AND fm.person_id = NEW.child_id AND fm.relation = 'child') THEN
            RAISE EXCEPTION 'a placed child is a child of its file'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- the decision it carries out is a decision of a final protocol of this child in this file
        IF NEW.decision_id IS NOT NULL AND (TG_OP = 'INSERT'
               OR (NEW.decision_id, NEW.file_id, NEW.child_id) IS DISTINCT FROM (OLD.decision_id, OLD.file_id, OLD.child_id))
           AND NOT EXISTS (SELECT 1 FROM committee_decisions d JOIN committee_protocols p ON p.id = d.protocol_id
                           WHERE d.id = NEW.decision_id AND d.file_id = NEW.file_id AND p.child_id = NEW.child_id
                             AND p.finalised_at IS NOT NULL) THEN
            RAISE EXCEPTION 'a placement carries out a final decision of its child in its file'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;

    RAISE EXCEPTION 'maane_committee_guard does not guard %', TG_TABLE_NAME;
END
$fn$;
REVOKE ALL ON FUNCTION maane_committee_guard() FROM PUBLIC;

-- Whether a meeting has a final protocol, on any file (the guard asks it for a login who may not see every
-- file of the meeting's agenda); a boolean of a meeting, nothing of a file's content.
CREATE OR REPLACE FUNCTION maane_committee_meeting_has_final(p_meeting integer)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
    SELECT EXISTS (SELECT 1 FROM committee_cases c JOIN committee_protocols p ON p.case_id = c.id
                   WHERE c.meeting_id = p_meeting AND p.finalised_at IS NOT NULL)
$fn$;
REVOKE ALL ON FUNCTION maane_committee_meeting_has_final(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_committee_meeting_has_final(integer) TO maane_app;
"""


# --- the security of the new tables (PostgreSQL), frozen from python -m models.security -------------------

SECURITY_COMMITTEE_MEETINGS = r"""-- maane security: committee_meetings (scope reference), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'committee_meetings'::regclass;
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
ALTER TABLE committee_meetings NO FORCE ROW LEVEL SECURITY;
ALTER TABLE committee_meetings DISABLE ROW LEVEL SECURITY;
GRANT SELECT ON committee_meetings TO maane_app;
GRANT INSERT, UPDATE ON committee_meetings TO maane_committee_coordinator;
GRANT INSERT, UPDATE ON committee_meetings TO maane_manager;
GRANT UPDATE ON committee_meetings TO maane_team_head;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'committee_meetings'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON committee_meetings
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON committee_meetings
    FOR EACH ROW EXECUTE FUNCTION maane_committee_guard();
"""


SECURITY_COMMITTEE_CASES = r"""-- maane security: committee_cases (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'committee_cases'::regclass;
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
ALTER TABLE committee_cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_cases FORCE ROW LEVEL SECURITY;
CREATE POLICY committee_cases_access ON committee_cases FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_cases.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_cases.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = committee_cases.child_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(committee_cases.child_id))));
GRANT SELECT ON committee_cases TO maane_app;
GRANT INSERT, UPDATE, DELETE ON committee_cases TO maane_committee_coordinator;
GRANT INSERT, UPDATE, DELETE ON committee_cases TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'committee_cases'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON committee_cases TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON committee_cases
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE OR DELETE ON committee_cases
    FOR EACH ROW EXECUTE FUNCTION maane_committee_guard();
"""


SECURITY_COMMITTEE_PARTICIPANTS = r"""-- maane security: committee_participants (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'committee_participants'::regclass;
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
ALTER TABLE committee_participants ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_participants FORCE ROW LEVEL SECURITY;
CREATE POLICY committee_participants_access ON committee_participants FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_participants.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_participants.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = committee_participants.person_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(committee_participants.person_id))));
GRANT SELECT ON committee_participants TO maane_app;
GRANT INSERT, UPDATE, DELETE ON committee_participants TO maane_committee_coordinator;
GRANT INSERT, UPDATE, DELETE ON committee_participants TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'committee_participants'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON committee_participants TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON committee_participants
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE OR DELETE ON committee_participants
    FOR EACH ROW EXECUTE FUNCTION maane_committee_guard();
"""


SECURITY_COMMITTEE_PROTOCOLS = r"""-- maane security: committee_protocols (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'committee_protocols'::regclass;
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
ALTER TABLE committee_protocols ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_protocols FORCE ROW LEVEL SECURITY;
CREATE POLICY committee_protocols_access ON committee_protocols FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_protocols.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_protocols.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = committee_protocols.child_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(committee_protocols.child_id))));
GRANT SELECT ON committee_protocols TO maane_app;
GRANT INSERT, UPDATE, DELETE ON committee_protocols TO maane_committee_coordinator;
GRANT INSERT, UPDATE, DELETE ON committee_protocols TO maane_manager;
GRANT UPDATE ON committee_protocols TO maane_team_head;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'committee_protocols'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON committee_protocols TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON committee_protocols
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE OR DELETE ON committee_protocols
    FOR EACH ROW EXECUTE FUNCTION maane_committee_guard();
"""


SECURITY_COMMITTEE_DECISIONS = r"""-- maane security: committee_decisions (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'committee_decisions'::regclass;
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
ALTER TABLE committee_decisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_decisions FORCE ROW LEVEL SECURITY;
CREATE POLICY committee_decisions_access ON committee_decisions FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_decisions.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_decisions.file_id));
GRANT SELECT ON committee_decisions TO maane_app;
GRANT INSERT, UPDATE, DELETE ON committee_decisions TO maane_committee_coordinator;
GRANT INSERT, UPDATE, DELETE ON committee_decisions TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'committee_decisions'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON committee_decisions TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON committee_decisions
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE OR DELETE ON committee_decisions
    FOR EACH ROW EXECUTE FUNCTION maane_committee_guard();
"""


SECURITY_COMMITTEE_TASKS = r"""-- maane security: committee_tasks (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'committee_tasks'::regclass;
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
ALTER TABLE committee_tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_tasks FORCE ROW LEVEL SECURITY;
CREATE POLICY committee_tasks_access ON committee_tasks FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_tasks.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_tasks.file_id));
GRANT SELECT ON committee_tasks TO maane_app;
GRANT INSERT, UPDATE, DELETE ON committee_tasks TO maane_committee_coordinator;
GRANT INSERT, UPDATE, DELETE ON committee_tasks TO maane_manager;
GRANT UPDATE ON committee_tasks TO maane_team_head;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'committee_tasks'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON committee_tasks TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON committee_tasks
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE OR DELETE ON committee_tasks
    FOR EACH ROW EXECUTE FUNCTION maane_committee_guard();
"""


SECURITY_COMMITTEE_ADDENDA = r"""-- maane security: committee_addenda (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'committee_addenda'::regclass;
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
ALTER TABLE committee_addenda ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_addenda FORCE ROW LEVEL SECURITY;
CREATE POLICY committee_addenda_access ON committee_addenda FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_addenda.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = committee_addenda.file_id) AND committee_addenda.author_id = (SELECT maane_my_user_id()));
GRANT SELECT ON committee_addenda TO maane_app;
GRANT INSERT ON committee_addenda TO maane_committee_coordinator;
GRANT INSERT ON committee_addenda TO maane_manager;
GRANT INSERT ON committee_addenda TO maane_team_head;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'committee_addenda'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON committee_addenda TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON committee_addenda
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE OR DELETE ON committee_addenda
    FOR EACH ROW EXECUTE FUNCTION maane_committee_guard();
"""


SECURITY_PLACEMENTS = r"""-- maane security: placements (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'placements'::regclass;
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
ALTER TABLE placements ENABLE ROW LEVEL SECURITY;
ALTER TABLE placements FORCE ROW LEVEL SECURITY;
CREATE POLICY placements_access ON placements FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = placements.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = placements.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = placements.child_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(placements.child_id))));
GRANT SELECT ON placements TO maane_app;
GRANT INSERT, UPDATE ON placements TO maane_committee_coordinator;
GRANT INSERT, UPDATE ON placements TO maane_family_worker;
GRANT INSERT, UPDATE ON placements TO maane_manager;
GRANT INSERT, UPDATE ON placements TO maane_team_head;
GRANT INSERT, UPDATE ON placements TO maane_youth_law_worker;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'placements'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON placements TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON placements
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON placements
    FOR EACH ROW EXECUTE FUNCTION maane_committee_guard();
"""


SECURITY = (SECURITY_COMMITTEE_MEETINGS, SECURITY_COMMITTEE_CASES, SECURITY_COMMITTEE_PARTICIPANTS,
            SECURITY_COMMITTEE_PROTOCOLS, SECURITY_COMMITTEE_DECISIONS, SECURITY_COMMITTEE_TASKS,
            SECURITY_COMMITTEE_ADDENDA, SECURITY_PLACEMENTS)
