"""therapeutic clubs: clubs, routes, calendar, enrolments, collectors, attendance, fees, payments (issue 10)

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-29 08:30:00.000000

Both backends: the nine tables of models.clubs.entities: ``clubs``, ``club_routes`` and ``club_calendar_days``
(the department's reference data), ``club_enrolments`` (a child's place in a club), ``club_collectors`` (who
may collect the child), ``club_attendance`` (one mark per child and club day), ``club_fee_adjustments``
(exemptions and discounts), ``club_fee_charges`` (one charge per enrolment and month) and ``club_payments``.
The rows under an enrolment repeat their file's id, held equal to the enrolment's by a composite foreign key.
``club_requests`` (revision 0014) gains the preferred club, the risk, the referring school and its contact,
the pinned rank and its reason, and the closing (day, reason, note); its statuses are now waiting, enrolled
and withdrawn, with the CHECKs that tie them together, and the index ``ix_club_requests_club``.

PostgreSQL: the security of the nine tables as frozen below from ``python -m models.security ...`` (the
reference tables: read by every role, written by the club worker and the manager; the rows of an enrolled
child: rows of the file, read only by models.clubs.entities.CLUB_READERS among those who see the file,
written by the club worker and the manager: charges and payments INSERT only, collectors also DELETE), and
re-frozen: ``club_requests`` (now read only by CLUB_REQUEST_READERS: not the coordinator, not the
administrator), ``case_notes`` (read only by models.notes.entities.NOTE_READERS, the roles that write notes:
the club worker reads no case note) and ``referrals`` / ``referral_persons`` (a role that registers referrals
without deciding them, the club worker, INSERTs a referral in her own name, open, and the persons of an open
referral of her own; she never changes or decides one).

The guard ``maane_club_guard`` (frozen below, ``GUARD``), run BEFORE INSERT and UPDATE of every row under an
enrolment and of the enrolment (and BEFORE DELETE of a collector), for every login and the owner alike; its
refusals are of two kinds:

- a rule the service also states, which a race can still break (two workers taking the last seat): SQLSTATE
  23514 (check_violation), the MESSAGE being exactly the service's error code (models/clubs/service.py maps
  it to that error): ``club_full``, ``already_enrolled``, ``not_child``, ``route_other_club``,
  ``closed_day``, ``not_enrolled_that_day``, ``future_day``;
- a write only raw SQL makes (another user's name, a row moved to another child, club or file, a charge's
  adjustment of another enrolment, an adjustment changed other than ended): SQLSTATE 42501
  (insufficient_privilege), with a sentence, as the other guards.

The rules: an enrolment is made in the login's own name (``enrolled_by_id``) and keeps its club, file,
child and author; its child is a child of its file (``not_child``); the request it fulfils is of the same
file and child, its route a route of its club (``route_other_club``); a club never holds more than its
capacity (``club_full``: the club's row locked FOR UPDATE, so two enrolments of one club take turns, then
every enrolment of the club counted that has not left by the new one's start or today, whichever is later,
also those of files the login cannot see: ``maane_club_seat``, a definer function); a child is in one club
at a time (``already_enrolled``: no other enrolment of the child whose days overlap, in any file:
``maane_club_child_enrolled``, a definer function answering only the club worker and the manager, and only
for a child of a file the session's login sees). Both are checked on INSERT, and on an UPDATE that gives the
enrolment more days (un-leaving it, a later leaving day, an earlier start); an UPDATE by a login that gives it
fewer days leaves no recorded attendance outside them. Attendance: the mark's club is its enrolment's club; its day a "club"
or "camp" day of the club's calendar (the club's own row over the department's; no row: ``closed_day``),
within the enrolment (from ``starts_on`` until ``left_on``, the first day the child is gone, excluded:
``not_enrolled_that_day``); recorded in
the login's own name (on INSERT, and when the mark itself changes; setting its Task alone does not); it
keeps its enrolment, file, club and day; its Task a Task of its file. Charges and payments: their club is
their enrolment's; charged, recorded in the login's own name; a payment is not dated after the server's
date (``future_day``); a charge is of a month (its first day), the club's fee less exactly what the
adjustment in force that month (the latest decided) grants, and names that adjustment. Adjustments: decided in
the login's own name; never changed but ended (``to_month``), never reopened or extended once ended.
Routes: a route keeps its club. Calendar days (``club_calendar_days``): a day keeps its date, club and year; a login's edit is in her own name
(``edited_by_id``). Club requests (``club_requests``, guarded since this revision): filed in the login's own
name, waiting and unpinned, for a child of the file (``not_child``), from a referral the login reads; a
request keeps its child, file, route, author, day and referral; only the club worker and the manager pin it,
enrol from it or withdraw any; whoever filed it may withdraw it (nothing else); once enrolled from or
withdrawn it is final (for a login). Collectors: a collector stays under its enrolment (any
enrolment, left or not: the service decides when they are edited; the registration form of a child who
left is reprinted with them).

Not in the database (the service's rules, whose day is models.clubs.rules.today(), which the tests move): an
attendance mark in the future, a child outside the club's age range without a reason, a request's reasons for
being on the list (a child waiting once).

And the definer functions ``maane_club_counts(p_on date DEFAULT CURRENT_DATE)`` (per club: the enrolments not
left by ``p_on``, the waiting requests preferring it or no club: numbers only, of every file) and
``maane_last_referral_number(p_prefix text)`` (the highest referral number starting with the prefix, of
every referral: a registrant, the club worker, reads only her own referrals and could not number hers).

The downgrade drops the functions, the nine tables and club_requests' new columns, and puts back revision
0016's security of club_requests, case_notes, referrals and referral_persons.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables this revision creates, in the order of creation (clubs first: club_requests points at it).
TABLES = ("clubs", "club_routes", "club_calendar_days", "club_enrolments", "club_collectors", "club_attendance",
          "club_fee_adjustments", "club_fee_charges", "club_payments")

# As models.codes said when this was written (frozen here).
DAY_KINDS = "'club', 'camp', 'closed'"
LEAVE_REASONS = "'', 'goals_met', 'age', 'moved', 'family_request', 'non_attendance', 'other'"
ABSENCE_REASONS = "'', 'sick', 'family', 'appointment', 'school_event', 'other'"
ADJUSTMENT_KINDS = "'exemption', 'discount'"
PAYMENT_METHODS = "'cash', 'cheque', 'card', 'transfer'"
REQUEST_STATUSES = "'waiting', 'enrolled', 'withdrawn'"
REQUEST_STATUSES_0014 = "'waiting'"
RISKS = "'high', 'medium', 'low'"
WITHDRAW_REASONS = "'', 'family_declined', 'placed_elsewhere', 'moved', 'not_suitable', 'other'"
# club_requests' new columns, and what the rows of revision 0014 get in them
REQUEST_COLUMNS = (
    ("preferred_club_id", sa.Integer(), True, None),
    ("risk", sa.String(length=8), False, "medium"),
    ("source_name", sa.String(length=200), False, ""),
    ("source_contact", sa.String(length=200), False, ""),
    ("pinned_rank", sa.SmallInteger(), True, None),
    ("rank_reason", sa.String(length=500), False, ""),
    ("closed_on", sa.Date(), True, None),
    ("close_reason", sa.String(length=24), False, ""),
    ("close_note", sa.String(length=500), False, ""),
)
REQUEST_CHECKS = (
    ("risk_known", f"risk IN ({RISKS})"),
    ("close_reason_known", f"close_reason IN ({WITHDRAW_REASONS})"),
    ("withdrawn_has_reason", "(status = 'withdrawn') = (close_reason <> '')"),
    ("closed_has_date", "(status = 'waiting') = (closed_on IS NULL)"),
    ("pinned_has_reason", "(pinned_rank IS NULL) = (rank_reason = '')"),
    ("pinned_rank_positive", "pinned_rank IS NULL OR pinned_rank >= 1"),
)


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


def _of_enrolment(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["enrolment_id", "file_id"], ["club_enrolments.id", "club_enrolments.file_id"],
                                   name=f"fk_{table}_enrolment_file")


def _alter_requests() -> None:
    """club_requests as models.clubs.entities.ClubRequest declares it. The rows of 0014 (all waiting) get the
    columns' defaults, which are then dropped (the entity has none: the service sets every column)."""
    with op.batch_alter_table("club_requests", schema=None) as batch_op:
        for name, type_, nullable, default in REQUEST_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=nullable,
                                          server_default=None if default is None else sa.text(f"'{default}'")))
        batch_op.create_foreign_key(op.f("fk_club_requests_preferred_club_id_clubs"), "clubs",
                                    ["preferred_club_id"], ["id"])
        batch_op.drop_constraint(op.f("ck_club_requests_status_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_club_requests_status_known"), f"status IN ({REQUEST_STATUSES})")
        for name, condition in REQUEST_CHECKS:
            batch_op.create_check_constraint(op.f(f"ck_club_requests_{name}"), condition)
        batch_op.create_index("ix_club_requests_club", ["preferred_club_id", "status"])
    with op.batch_alter_table("club_requests", schema=None) as batch_op:
        for name, _type, _nullable, default in REQUEST_COLUMNS:
            if default is not None:
                batch_op.alter_column(name, server_default=None)


def upgrade() -> None:
    op.create_table(
        "clubs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("capacity", sa.SmallInteger(), nullable=False),
        sa.Column("min_age", sa.SmallInteger(), nullable=False),
        sa.Column("max_age", sa.SmallInteger(), nullable=False),
        sa.Column("hours", sa.String(length=200), nullable=False),
        sa.Column("guide_name", sa.String(length=120), nullable=False),
        sa.Column("house_mother_name", sa.String(length=120), nullable=False),
        sa.Column("supervisor_id", sa.Integer(), nullable=True),
        sa.Column("monthly_fee_agorot", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("capacity BETWEEN 1 AND 60", name=op.f("ck_clubs_capacity_range")),
        sa.CheckConstraint("min_age >= 0 AND max_age <= 18 AND min_age <= max_age", name=op.f("ck_clubs_age_range")),
        sa.CheckConstraint("monthly_fee_agorot >= 0", name=op.f("ck_clubs_fee_not_negative")),
        sa.ForeignKeyConstraint(["supervisor_id"], ["users.id"], name=op.f("fk_clubs_supervisor_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clubs")),
        sa.UniqueConstraint("name", name="uq_clubs_name"),
    )
    # before the tables that point at club_requests (SQLite's batch copies the table)
    _alter_requests()
    op.create_table(
        "club_routes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("club_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("stops", sa.Text(), nullable=False),
        sa.Column("driver", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["club_id"], ["clubs.id"], name=op.f("fk_club_routes_club_id_clubs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_routes")),
        sa.UniqueConstraint("club_id", "name", name="uq_club_routes_club_name"),
    )
    op.create_index(op.f("ix_club_routes_club_id"), "club_routes", ["club_id"])
    op.create_table(
        "club_calendar_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.SmallInteger(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("club_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("holiday", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("edited_by_id", sa.Integer(), nullable=True),
        *_stamps(),
        sa.CheckConstraint(f"kind IN ({DAY_KINDS})", name=op.f("ck_club_calendar_days_kind_known")),
        sa.ForeignKeyConstraint(["club_id"], ["clubs.id"], name=op.f("fk_club_calendar_days_club_id_clubs")),
        sa.ForeignKeyConstraint(["edited_by_id"], ["users.id"], name=op.f("fk_club_calendar_days_edited_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_calendar_days")),
    )
    op.create_index("ix_club_calendar_days_year", "club_calendar_days", ["school_year", "day"])
    op.create_index("uq_club_calendar_days_club_day", "club_calendar_days", ["club_id", "day"], unique=True,
                    sqlite_where=sa.text("club_id IS NOT NULL"), postgresql_where=sa.text("club_id IS NOT NULL"))
    op.create_index("uq_club_calendar_days_department_day", "club_calendar_days", ["day"], unique=True,
                    sqlite_where=sa.text("club_id IS NULL"), postgresql_where=sa.text("club_id IS NULL"))
    op.create_table(
        "club_enrolments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("club_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("diet", sa.String(length=500), nullable=False),
        sa.Column("allergies", sa.String(length=500), nullable=False),
        sa.Column("school", sa.String(length=200), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=True),
        sa.Column("dropoff_address", sa.String(length=200), nullable=False),
        sa.Column("consent_signed", sa.Boolean(), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("age_override_reason", sa.String(length=500), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("leave_reason", sa.String(length=24), nullable=False),
        sa.Column("leave_note", sa.String(length=500), nullable=False),
        sa.Column("enrolled_by_id", sa.Integer(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("(left_on IS NULL) = (leave_reason = '')", name=op.f("ck_club_enrolments_left_has_reason")),
        sa.CheckConstraint(f"leave_reason IN ({LEAVE_REASONS})", name=op.f("ck_club_enrolments_leave_reason_known")),
        sa.CheckConstraint("consent_signed OR consent_on IS NULL",
                           name=op.f("ck_club_enrolments_consent_date_when_signed")),
        sa.CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_club_enrolments_ends_after_start")),
        sa.CheckConstraint("left_on IS NULL OR left_on >= starts_on",
                           name=op.f("ck_club_enrolments_leaves_after_start")),
        sa.ForeignKeyConstraint(["club_id"], ["clubs.id"], name=op.f("fk_club_enrolments_club_id_clubs")),
        sa.ForeignKeyConstraint(["enrolled_by_id"], ["users.id"], name=op.f("fk_club_enrolments_enrolled_by_id_users")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_club_enrolments_file_id_family_files")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_club_enrolments_person_id_persons")),
        sa.ForeignKeyConstraint(["request_id"], ["club_requests.id"],
                                name=op.f("fk_club_enrolments_request_id_club_requests")),
        sa.ForeignKeyConstraint(["route_id"], ["club_routes.id"], name=op.f("fk_club_enrolments_route_id_club_routes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_enrolments")),
        sa.UniqueConstraint("id", "file_id", name="uq_club_enrolments_id_file"),
    )
    op.create_index("ix_club_enrolments_club", "club_enrolments", ["club_id", "left_on"])
    op.create_index("ix_club_enrolments_file", "club_enrolments", ["file_id"])
    op.create_index(op.f("ix_club_enrolments_request_id"), "club_enrolments", ["request_id"])
    op.create_index("uq_club_enrolments_one_club", "club_enrolments", ["person_id"], unique=True,
                    sqlite_where=sa.text("left_on IS NULL"), postgresql_where=sa.text("left_on IS NULL"))
    op.create_table(
        "club_collectors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("relation", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("id_number", sa.String(length=16), nullable=False),
        _of_enrolment("club_collectors"),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_club_collectors_file_id_family_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_collectors")),
    )
    op.create_index("ix_club_collectors_enrolment", "club_collectors", ["enrolment_id"])
    op.create_index("ix_club_collectors_file", "club_collectors", ["file_id"])
    op.create_table(
        "club_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("club_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("NOT present OR reason = ''", name=op.f("ck_club_attendance_present_without_reason")),
        sa.CheckConstraint(f"reason IN ({ABSENCE_REASONS})", name=op.f("ck_club_attendance_reason_known")),
        _of_enrolment("club_attendance"),
        sa.ForeignKeyConstraint(["club_id"], ["clubs.id"], name=op.f("fk_club_attendance_club_id_clubs")),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_club_attendance_file_id_family_files")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_club_attendance_recorded_by_id_users")),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_club_attendance_task_id_tasks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_attendance")),
        sa.UniqueConstraint("enrolment_id", "day", name="uq_club_attendance_enrolment_day"),
    )
    op.create_index("ix_club_attendance_club_day", "club_attendance", ["club_id", "day"])
    op.create_index("ix_club_attendance_file", "club_attendance", ["file_id"])
    op.create_table(
        "club_fee_adjustments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("discount_agorot", sa.Integer(), nullable=False),
        sa.Column("from_month", sa.Date(), nullable=False),
        sa.Column("to_month", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.CheckConstraint("(kind = 'exemption') = (discount_agorot = 0)",
                           name=op.f("ck_club_fee_adjustments_discount_of_discount")),
        sa.CheckConstraint(f"kind IN ({ADJUSTMENT_KINDS})", name=op.f("ck_club_fee_adjustments_kind_known")),
        sa.CheckConstraint("reason <> ''", name=op.f("ck_club_fee_adjustments_has_reason")),
        sa.CheckConstraint("discount_agorot >= 0", name=op.f("ck_club_fee_adjustments_discount_not_negative")),
        sa.CheckConstraint("to_month IS NULL OR to_month >= from_month",
                           name=op.f("ck_club_fee_adjustments_to_after_from")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"],
                                name=op.f("fk_club_fee_adjustments_decided_by_id_users")),
        _of_enrolment("club_fee_adjustments"),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"],
                                name=op.f("fk_club_fee_adjustments_file_id_family_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_fee_adjustments")),
    )
    op.create_index("ix_club_fee_adjustments_enrolment", "club_fee_adjustments", ["enrolment_id", "from_month"])
    op.create_index("ix_club_fee_adjustments_file", "club_fee_adjustments", ["file_id"])
    op.create_table(
        "club_fee_charges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("club_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("fee_agorot", sa.Integer(), nullable=False),
        sa.Column("discount_agorot", sa.Integer(), nullable=False),
        sa.Column("amount_agorot", sa.Integer(), nullable=False),
        sa.Column("adjustment_id", sa.Integer(), nullable=True),
        sa.Column("charged_by_id", sa.Integer(), nullable=False),
        sa.Column("charged_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_agorot = fee_agorot - discount_agorot",
                           name=op.f("ck_club_fee_charges_amount_is_fee_less_discount")),
        sa.CheckConstraint("fee_agorot >= 0 AND discount_agorot >= 0 AND amount_agorot >= 0",
                           name=op.f("ck_club_fee_charges_not_negative")),
        sa.ForeignKeyConstraint(["adjustment_id"], ["club_fee_adjustments.id"],
                                name=op.f("fk_club_fee_charges_adjustment_id_club_fee_adjustments")),
        sa.ForeignKeyConstraint(["charged_by_id"], ["users.id"], name=op.f("fk_club_fee_charges_charged_by_id_users")),
        sa.ForeignKeyConstraint(["club_id"], ["clubs.id"], name=op.f("fk_club_fee_charges_club_id_clubs")),
        _of_enrolment("club_fee_charges"),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_club_fee_charges_file_id_family_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_fee_charges")),
        sa.UniqueConstraint("enrolment_id", "month", name="uq_club_fee_charges_enrolment_month"),
    )
    op.create_index("ix_club_fee_charges_file", "club_fee_charges", ["file_id"])
    op.create_index("ix_club_fee_charges_month", "club_fee_charges", ["month", "club_id"])
    op.create_table(
        "club_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("club_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_agorot", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=12), nullable=False),
        sa.Column("receipt_no", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"method IN ({PAYMENT_METHODS})", name=op.f("ck_club_payments_method_known")),
        sa.CheckConstraint("amount_agorot > 0", name=op.f("ck_club_payments_amount_positive")),
        sa.ForeignKeyConstraint(["club_id"], ["clubs.id"], name=op.f("fk_club_payments_club_id_clubs")),
        _of_enrolment("club_payments"),
        sa.ForeignKeyConstraint(["file_id"], ["family_files.id"], name=op.f("fk_club_payments_file_id_family_files")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_club_payments_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_club_payments")),
    )
    op.create_index("ix_club_payments_file", "club_payments", ["file_id"])
    op.create_index("ix_club_payments_paid_on", "club_payments", ["paid_on", "club_id"])

    run_postgres_script(op, GUARD)  # before the security: the tables' triggers name the guard
    for table, sql in zip(TABLES, SECURITY, strict=True):
        secure_table(op, table, sql)
    secure_table(op, "club_requests", SECURITY_CLUB_REQUESTS)
    secure_table(op, "case_notes", SECURITY_CASE_NOTES)
    secure_table(op, "referrals", SECURITY_REFERRALS)
    secure_table(op, "referral_persons", SECURITY_REFERRAL_PERSONS)
    run_postgres_script(op, FUNCTIONS)


def downgrade() -> None:
    run_postgres_script(op, DROP_FUNCTIONS)
    secure_table(op, "referral_persons", SECURITY_REFERRAL_PERSONS_0016)
    secure_table(op, "referrals", SECURITY_REFERRALS_0016)
    secure_table(op, "case_notes", SECURITY_CASE_NOTES_0016)
    for table in reversed(TABLES[1:]):
        op.drop_table(table)
    with op.batch_alter_table("club_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_club_requests_club")
        for name, _condition in reversed(REQUEST_CHECKS):
            batch_op.drop_constraint(op.f(f"ck_club_requests_{name}"), type_="check")
        batch_op.drop_constraint(op.f("ck_club_requests_status_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_club_requests_status_known"), f"status IN ({REQUEST_STATUSES_0014})")
        batch_op.drop_constraint(op.f("fk_club_requests_preferred_club_id_clubs"), type_="foreignkey")
        for name, *_rest in reversed(REQUEST_COLUMNS):
            batch_op.drop_column(name)
    secure_table(op, "club_requests", SECURITY_CLUB_REQUESTS_0016)
    op.drop_table("clubs")
    run_postgres_script(op, "DROP FUNCTION IF EXISTS maane_club_guard();\n"
                            "DROP FUNCTION IF EXISTS maane_club_seat(integer, date, integer);\n"
                            "DROP FUNCTION IF EXISTS maane_club_child_enrolled(integer, integer, date, date, integer);")


# --- the guard of the club's rows (PostgreSQL) -----------------------------------------------------------

GUARD = r"""DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'revision 0017 must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

-- A seat of a club for an enrolment (the guard calls it on INSERT, and on an UPDATE that gives the enrolment
-- more days). The club's row is locked FOR UPDATE first, so two enrolments of one club take turns (the second
-- waits for the first to commit, then counts it: each statement of this VOLATILE function takes a new
-- snapshot under READ COMMITTED); then every enrolment of the club but p_except not left by p_from is
-- counted, of every file (SECURITY DEFINER: the login may not see them all). Capacity reached: 'club_full'.
-- What it tells a caller (full or not) maane_club_counts() tells too. Only the logins that enrol
-- (models.roles.CLUB_MANAGERS: the club worker, the manager; active) take the lock, and the owner of the
-- tables: another login calling it directly would hold up every enrolment in the club.
CREATE OR REPLACE FUNCTION maane_club_seat(p_club integer, p_from date, p_except integer)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    v_capacity integer;
    v_taken integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND (rolsuper OR rolbypassrls))
       AND NOT EXISTS (SELECT 1 FROM maane_user_contexts u WHERE u.username = session_user::text
                       AND u.role IN ('club_worker', 'manager')) THEN
        RAISE EXCEPTION 'only the club worker and the manager take a seat in a club'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT c.capacity INTO v_capacity FROM clubs c WHERE c.id = p_club FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;  -- the foreign key refuses it
    END IF;
    SELECT count(*) INTO v_taken FROM club_enrolments e
    WHERE e.club_id = p_club AND e.id IS DISTINCT FROM p_except AND (e.left_on IS NULL OR e.left_on > p_from);
    IF v_taken >= v_capacity THEN
        RAISE EXCEPTION 'club_full' USING ERRCODE = 'check_violation',
            DETAIL = format('the club takes %s children; %s are enrolled', v_capacity, v_taken);
    END IF;
END
$fn$;
REVOKE ALL ON FUNCTION maane_club_seat(integer, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_club_seat(integer, date, integer) TO maane_app;

-- Whether the child p_person has an enrolment other than p_except whose days (from starts_on until left_on,
-- the day the child left; no left_on: open) meet p_from until p_to (NULL: open): a child who leaves one club
-- on a day may start in another that day. In any club and any file (SECURITY DEFINER:
-- the other may be in a file the login cannot see, e.g. a restricted file of the other parent). It answers
-- only about a child of a file the session's login may see (false otherwise), so it is no way to learn of
-- anyone else; the owner of the tables and the database administrator (no Maane login) are answered.
CREATE OR REPLACE FUNCTION maane_club_child_enrolled(p_person integer, p_file integer, p_from date, p_to date,
                                                     p_except integer)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND (rolsuper OR rolbypassrls))
       AND NOT EXISTS (SELECT 1 FROM maane_user_contexts u WHERE u.username = session_user::text
                       AND u.role IN ('club_worker', 'manager')) THEN
        RAISE EXCEPTION 'only the club worker and the manager ask whether a child is in a club'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND (rolsuper OR rolbypassrls))
       AND NOT (maane_user_can_see_file(p_file, session_user)
                AND EXISTS (SELECT 1 FROM family_members fm WHERE fm.file_id = p_file AND fm.person_id = p_person
                            AND fm.relation = 'child')) THEN
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT 1 FROM club_enrolments e
                   WHERE e.person_id = p_person AND e.id IS DISTINCT FROM p_except
                     AND (p_to IS NULL OR e.starts_on < p_to)
                     AND (e.left_on IS NULL OR e.left_on > p_from));
END
$fn$;
REVOKE ALL ON FUNCTION maane_club_child_enrolled(integer, integer, date, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_club_child_enrolled(integer, integer, date, date, integer) TO maane_app;

-- Rules on the club's rows no policy states, for every login and the owner alike (a trigger, BEFORE INSERT and
-- UPDATE of an enrolment and of every row under one, of a route, a calendar day and a club request, BEFORE
-- DELETE of a collector). Two kinds of refusal:
-- SQLSTATE 23514 (check_violation) with the MESSAGE exactly the service's error code (club_full,
-- already_enrolled, not_child, route_other_club, closed_day, not_enrolled_that_day, future_day), for a rule
-- the service states too and a race can break; SQLSTATE 42501 (insufficient_privilege) with a sentence, for
-- what only raw SQL writes. SECURITY INVOKER: the look-ups run under the login's own policies (a row the
-- login cannot see is one it cannot write under either); what must count rows the login may not see is asked
-- of the definer functions maane_club_seat and maane_club_child_enrolled.
CREATE OR REPLACE FUNCTION maane_club_guard()
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
    v_from date;
    v_enrolment record;
    v_kind text;
    v_runs boolean;
    v_adj_id integer;
    v_adj_kind text;
    v_adj_discount integer;
BEGIN
    IF v_login THEN
        v_me := maane_my_user_id();
    END IF;

    IF TG_TABLE_NAME = 'club_enrolments' THEN
        IF TG_OP = 'UPDATE' AND (NEW.id, NEW.club_id, NEW.file_id, NEW.person_id, NEW.enrolled_by_id)
                                IS DISTINCT FROM (OLD.id, OLD.club_id, OLD.file_id, OLD.person_id, OLD.enrolled_by_id) THEN
            RAISE EXCEPTION 'an enrolment keeps its club, file, child and author'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'INSERT' THEN
            IF v_login AND NEW.enrolled_by_id IS DISTINCT FROM v_me THEN
                RAISE EXCEPTION 'an enrolment is made in the login''s own name'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- the child is a child of the file (a child of another file enrolled under this one would show
            -- this file's readers a child they may not see, by name on the roster)
            IF NOT EXISTS (SELECT 1 FROM family_members fm WHERE fm.file_id = NEW.file_id
                           AND fm.person_id = NEW.person_id AND fm.relation = 'child') THEN
                RAISE EXCEPTION 'not_child' USING ERRCODE = 'check_violation',
                    DETAIL = 'the enrolled person is not a child of the file';
            END IF;
        END IF;
        IF NEW.request_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.request_id IS DISTINCT FROM OLD.request_id)
           AND NOT EXISTS (SELECT 1 FROM club_requests r WHERE r.id = NEW.request_id
                           AND r.file_id = NEW.file_id AND r.person_id = NEW.person_id) THEN
            RAISE EXCEPTION 'an enrolment fulfils a request of its own child and file'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.route_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.route_id IS DISTINCT FROM OLD.route_id)
           AND NOT EXISTS (SELECT 1 FROM club_routes r WHERE r.id = NEW.route_id AND r.club_id = NEW.club_id) THEN
            RAISE EXCEPTION 'route_other_club' USING ERRCODE = 'check_violation',
                DETAIL = 'the transport route is not a route of the club';
        END IF;
        -- fewer days (a later start, an earlier leaving day): no recorded attendance left outside them
        IF TG_OP = 'UPDATE' AND v_login
           AND (NEW.starts_on > OLD.starts_on
                OR (NEW.left_on IS NOT NULL AND (OLD.left_on IS NULL OR NEW.left_on < OLD.left_on)))
           AND EXISTS (SELECT 1 FROM club_attendance a WHERE a.enrolment_id = NEW.id
                       AND (a.day < NEW.starts_on OR a.day >= NEW.left_on)) THEN
            RAISE EXCEPTION 'an enrolment keeps the days of its recorded attendance'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- a seat, and one club at a time: on INSERT, and when the enrolment gets more days
        IF TG_OP = 'INSERT' OR NEW.starts_on < OLD.starts_on
           OR (OLD.left_on IS NOT NULL AND (NEW.left_on IS NULL OR NEW.left_on > OLD.left_on)) THEN
            IF maane_club_child_enrolled(NEW.person_id, NEW.file_id, NEW.starts_on, NEW.left_on, NEW.id) THEN
                RAISE EXCEPTION 'already_enrolled' USING ERRCODE = 'check_violation',
                    DETAIL = 'the child is enrolled in a club on some of these days';
            END IF;
            -- the seats taken from the enrolment's start, or today if it started before (a seat a child
            -- left last week is free for an enrolment recorded late)
            v_from := greatest(NEW.starts_on, CURRENT_DATE);
            IF NEW.left_on IS NULL OR NEW.left_on > v_from THEN
                PERFORM maane_club_seat(NEW.club_id, v_from, NEW.id);
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'club_collectors' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.id, NEW.enrolment_id, NEW.file_id)
                                IS DISTINCT FROM (OLD.id, OLD.enrolment_id, OLD.file_id) THEN
            RAISE EXCEPTION 'a collector stays under its enrolment'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'club_attendance' THEN
        IF TG_OP = 'UPDATE' THEN
            IF (NEW.id, NEW.enrolment_id, NEW.file_id, NEW.club_id, NEW.day)
               IS DISTINCT FROM (OLD.id, OLD.enrolment_id, OLD.file_id, OLD.club_id, OLD.day) THEN
                RAISE EXCEPTION 'an attendance mark keeps its child, club and day'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- the mark itself changed: by the login, in her own name (setting its Task alone is not a mark)
            IF v_login AND (NEW.present, NEW.reason, NEW.note, NEW.recorded_by_id)
                           IS DISTINCT FROM (OLD.present, OLD.reason, OLD.note, OLD.recorded_by_id)
               AND NEW.recorded_by_id IS DISTINCT FROM v_me THEN
                RAISE EXCEPTION 'attendance is recorded in the login''s own name'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSE
            IF v_login AND NEW.recorded_by_id IS DISTINCT FROM v_me THEN
                RAISE EXCEPTION 'attendance is recorded in the login''s own name'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT e.club_id, e.starts_on, e.left_on INTO v_enrolment
            FROM club_enrolments e WHERE e.id = NEW.enrolment_id AND e.file_id = NEW.file_id;
            IF NOT FOUND OR v_enrolment.club_id IS DISTINCT FROM NEW.club_id THEN
                RAISE EXCEPTION 'an attendance mark is of its enrolment''s club'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- left_on is the first day the child is gone (as the service and maane_club_counts count it)
            IF NEW.day < v_enrolment.starts_on OR NEW.day >= v_enrolment.left_on THEN
                RAISE EXCEPTION 'not_enrolled_that_day' USING ERRCODE = 'check_violation',
                    DETAIL = format('the child is enrolled from %s until %s (the day she left)',
                                    v_enrolment.starts_on, coalesce(v_enrolment.left_on::text, 'now'));
            END IF;
            -- the club's own day over the department's; no day in the calendar: not a club day
            SELECT d.kind INTO v_kind FROM club_calendar_days d
            WHERE d.day = NEW.day AND (d.club_id = NEW.club_id OR d.club_id IS NULL)
            ORDER BY d.club_id NULLS LAST LIMIT 1;
            IF v_kind IS NULL OR v_kind NOT IN ('club', 'camp') THEN
                RAISE EXCEPTION 'closed_day' USING ERRCODE = 'check_violation',
                    DETAIL = format('%s is not a club or camp day of the club''s calendar', NEW.day);
            END IF;
        END IF;
        IF NEW.task_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.task_id IS DISTINCT FROM OLD.task_id)
           AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = NEW.task_id AND t.file_id = NEW.file_id) THEN
            RAISE EXCEPTION 'an absence''s Task is a Task of its file'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME IN ('club_fee_charges', 'club_payments') THEN
        -- INSERT only (the grants); the owner too never changes one
        IF TG_OP <> 'INSERT' THEN
            RAISE EXCEPTION 'a charge or a payment is never changed'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM club_enrolments e WHERE e.id = NEW.enrolment_id AND e.file_id = NEW.file_id
                       AND e.club_id = NEW.club_id) THEN
            RAISE EXCEPTION 'a charge or a payment is of its enrolment''s club'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_TABLE_NAME = 'club_payments' THEN
            IF v_login AND NEW.recorded_by_id IS DISTINCT FROM v_me THEN
                RAISE EXCEPTION 'a payment is recorded in the login''s own name'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.paid_on > CURRENT_DATE THEN
                RAISE EXCEPTION 'future_day' USING ERRCODE = 'check_violation',
                    DETAIL = format('a payment is not dated after today (%s)', CURRENT_DATE);
            END IF;
        ELSE
            IF v_login AND NEW.charged_by_id IS DISTINCT FROM v_me THEN
                RAISE EXCEPTION 'a charge is made in the login''s own name'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.adjustment_id IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM club_fee_adjustments a WHERE a.id = NEW.adjustment_id
                               AND a.enrolment_id = NEW.enrolment_id) THEN
                RAISE EXCEPTION 'a charge''s adjustment is one of its enrolment'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- one charge a month (the first of the month: another day of it would charge the month twice),
            -- of the club's fee, less what the adjustment in force that month (the latest decided) grants:
            -- no discount or exemption without a decision with a reason
            IF NEW.month IS DISTINCT FROM date_trunc('month', NEW.month)::date THEN
                RAISE EXCEPTION 'a charge is of a month (its first day)'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT a.id, a.kind, a.discount_agorot INTO v_adj_id, v_adj_kind, v_adj_discount
            FROM club_fee_adjustments a
            WHERE a.enrolment_id = NEW.enrolment_id AND a.from_month <= NEW.month
              AND (a.to_month IS NULL OR a.to_month >= NEW.month)
            ORDER BY a.id DESC LIMIT 1;
            IF NEW.fee_agorot IS DISTINCT FROM (SELECT c.monthly_fee_agorot FROM clubs c WHERE c.id = NEW.club_id)
               OR NEW.adjustment_id IS DISTINCT FROM v_adj_id
               OR NEW.discount_agorot IS DISTINCT FROM
                  (CASE WHEN v_adj_id IS NULL THEN 0
                        WHEN v_adj_kind = 'exemption' THEN NEW.fee_agorot
                        ELSE least(greatest(v_adj_discount, 0), NEW.fee_agorot) END) THEN
                RAISE EXCEPTION 'a charge is the club''s fee less the adjustment in force that month'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'club_fee_adjustments' THEN
        IF TG_OP = 'UPDATE' THEN
            -- a decision is never changed: a new one ends it (to_month)
            IF (NEW.id, NEW.enrolment_id, NEW.file_id, NEW.kind, NEW.discount_agorot, NEW.from_month, NEW.reason,
                NEW.decided_by_id, NEW.decided_on)
               IS DISTINCT FROM (OLD.id, OLD.enrolment_id, OLD.file_id, OLD.kind, OLD.discount_agorot,
                                 OLD.from_month, OLD.reason, OLD.decided_by_id, OLD.decided_on) THEN
                RAISE EXCEPTION 'an exemption or a discount is never changed, only ended'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- ended, or ended earlier (a new decision ends it the month before): never reopened nor extended
            IF OLD.to_month IS NOT NULL AND (NEW.to_month IS NULL OR NEW.to_month > OLD.to_month) THEN
                RAISE EXCEPTION 'an exemption or a discount ended is not reopened'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSIF v_login AND NEW.decided_by_id IS DISTINCT FROM v_me THEN
            RAISE EXCEPTION 'an exemption or a discount is decided in the login''s own name'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'club_routes' THEN
        -- a route stays a route of its club (an enrolment's route is one of its club: route_other_club)
        IF TG_OP = 'UPDATE' AND (NEW.id, NEW.club_id) IS DISTINCT FROM (OLD.id, OLD.club_id) THEN
            RAISE EXCEPTION 'a transport route keeps its club'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'club_calendar_days' THEN
        -- a day keeps its date, club and year; a login's edit is in her own name (edited_by_id: the calendar
        -- shows the day as edited; the computed days, stored when the year is first used, have none)
        IF TG_OP = 'UPDATE' AND (NEW.id, NEW.day, NEW.club_id, NEW.school_year)
                                IS DISTINCT FROM (OLD.id, OLD.day, OLD.club_id, OLD.school_year) THEN
            RAISE EXCEPTION 'a calendar day keeps its date, club and year'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF v_login AND NEW.edited_by_id IS DISTINCT FROM v_me
           AND (TG_OP = 'INSERT' AND NEW.edited_by_id IS NOT NULL
                OR TG_OP = 'UPDATE' AND (NEW.kind, NEW.holiday, NEW.reason, NEW.edited_by_id)
                                        IS DISTINCT FROM (OLD.kind, OLD.holiday, OLD.reason, OLD.edited_by_id)) THEN
            RAISE EXCEPTION 'a calendar day is edited in the login''s own name'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;

    IF TG_TABLE_NAME = 'club_requests' THEN
        -- those who run the clubs (models.roles.CLUB_MANAGERS) pin, enrol from and withdraw any request;
        -- whoever filed one (REQUEST_CLUB) files it in her own name, waiting, unpinned, and may withdraw it
        v_runs := NOT v_login OR maane_my_role() IN ('club_worker', 'manager');
        IF TG_OP = 'INSERT' THEN
            IF v_login AND NEW.requested_by_id IS DISTINCT FROM v_me THEN
                RAISE EXCEPTION 'a club request is filed in the login''s own name'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF v_login AND (NEW.status <> 'waiting' OR NEW.pinned_rank IS NOT NULL) THEN
                RAISE EXCEPTION 'a club request is filed waiting, unpinned'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- the child is a child of the file (as an enrolment's: the file's readers would see another
            -- file's child on its list)
            IF NOT EXISTS (SELECT 1 FROM family_members fm WHERE fm.file_id = NEW.file_id
                           AND fm.person_id = NEW.person_id AND fm.relation = 'child') THEN
                RAISE EXCEPTION 'not_child' USING ERRCODE = 'check_violation',
                    DETAIL = 'the person of the request is not a child of the file';
            END IF;
            -- the intake referral it came from is one the login reads (a link widens nothing)
            IF v_login AND NEW.referral_id IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.id = NEW.referral_id) THEN
                RAISE EXCEPTION 'a club request comes from a referral the login reads'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END IF;
        -- its child, file, route, author, day (the list's waiting time: the order is overridden by a pin with
        -- a reason, not by another day) and referral stay
        IF (NEW.id, NEW.file_id, NEW.person_id, NEW.route, NEW.requested_by_id, NEW.requested_on, NEW.referral_id)
           IS DISTINCT FROM (OLD.id, OLD.file_id, OLD.person_id, OLD.route, OLD.requested_by_id, OLD.requested_on,
                             OLD.referral_id) THEN
            RAISE EXCEPTION 'a club request keeps its child, file, route, author, day and referral'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF v_login THEN
            -- a request enrolled from or withdrawn is final
            IF OLD.status <> 'waiting' THEN
                RAISE EXCEPTION 'a club request enrolled from or withdrawn is final'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- not one who runs the clubs: her own request withdrawn, nothing else (no pin, no enrolment,
            -- no other urgency or risk)
            IF NOT v_runs AND (OLD.requested_by_id IS DISTINCT FROM v_me OR NEW.status <> 'withdrawn'
                               OR NEW.pinned_rank IS NOT NULL
                               OR (NEW.reason, NEW.goals, NEW.urgency, NEW.preferred_club_id, NEW.risk,
                                   NEW.source_name, NEW.source_contact)
                                  IS DISTINCT FROM (OLD.reason, OLD.goals, OLD.urgency, OLD.preferred_club_id,
                                                    OLD.risk, OLD.source_name, OLD.source_contact)) THEN
                RAISE EXCEPTION 'only the club worker and the manager change a club request; whoever filed it may withdraw it'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    RAISE EXCEPTION 'maane_club_guard does not guard %', TG_TABLE_NAME;
END
$fn$;
REVOKE ALL ON FUNCTION maane_club_guard() FROM PUBLIC;
"""

# The service's numbers (PostgreSQL): per club, the enrolments not left by p_on (also those starting later:
# their seat is taken) and the requests waiting on its list (those preferring it and those preferring no
# club), of every file: numbers only, no child and no file (a login reads the rows of the files it sees).
# And the highest referral number with a prefix ("2026/"), of every referral: a role that registers
# referrals without deciding them (the club worker) reads only her own and could not number a new one
# (models.intake.service.next_referral_number). Only the roles that register referrals (Action.REGISTER_REFERRAL)
# are answered (NULL for the others): how many referrals the department received is not theirs to count.
FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION maane_club_counts(p_on date DEFAULT CURRENT_DATE)
RETURNS TABLE (club_id integer, enrolled integer, waiting integer)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
    SELECT c.id,
           (SELECT count(*) FROM club_enrolments e
            WHERE e.club_id = c.id AND (e.left_on IS NULL OR e.left_on > p_on))::integer,
           (SELECT count(*) FROM club_requests r
            WHERE r.status = 'waiting' AND (r.preferred_club_id = c.id OR r.preferred_club_id IS NULL))::integer
    FROM clubs c
    ORDER BY c.id
$fn$;
REVOKE ALL ON FUNCTION maane_club_counts(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_club_counts(date) TO maane_app;

CREATE OR REPLACE FUNCTION maane_last_referral_number(p_prefix text)
RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
    SELECT max(r.number)::text FROM referrals r
    WHERE left(r.number, length(p_prefix)) = p_prefix
      AND (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND (rolsuper OR rolbypassrls))
           OR EXISTS (SELECT 1 FROM maane_user_contexts u WHERE u.username = session_user::text
                      AND u.role IN ('club_worker', 'intake_worker', 'manager', 'team_head')))
$fn$;
REVOKE ALL ON FUNCTION maane_last_referral_number(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_last_referral_number(text) TO maane_app;
"""

DROP_FUNCTIONS = """\
DROP FUNCTION IF EXISTS maane_last_referral_number(text);
DROP FUNCTION IF EXISTS maane_club_counts(date);
"""


# --- the security (PostgreSQL), frozen from python -m models.security ----------------------------------

SECURITY_CLUBS = r"""-- maane security: clubs (scope reference), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'clubs'::regclass;
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
ALTER TABLE clubs NO FORCE ROW LEVEL SECURITY;
ALTER TABLE clubs DISABLE ROW LEVEL SECURITY;
GRANT SELECT ON clubs TO maane_app;
GRANT INSERT, UPDATE ON clubs TO maane_club_worker;
GRANT INSERT, UPDATE ON clubs TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'clubs'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON clubs
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
"""


SECURITY_CLUB_ROUTES = r"""-- maane security: club_routes (scope reference), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'club_routes'::regclass;
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
ALTER TABLE club_routes NO FORCE ROW LEVEL SECURITY;
ALTER TABLE club_routes DISABLE ROW LEVEL SECURITY;
GRANT SELECT ON club_routes TO maane_app;
GRANT INSERT, UPDATE ON club_routes TO maane_club_worker;
GRANT INSERT, UPDATE ON club_routes TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'club_routes'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON club_routes
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON club_routes
    FOR EACH ROW EXECUTE FUNCTION maane_club_guard();
"""


SECURITY_CLUB_CALENDAR_DAYS = r"""-- maane security: club_calendar_days (scope reference), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'club_calendar_days'::regclass;
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
ALTER TABLE club_calendar_days NO FORCE ROW LEVEL SECURITY;
ALTER TABLE club_calendar_days DISABLE ROW LEVEL SECURITY;
GRANT SELECT ON club_calendar_days TO maane_app;
GRANT INSERT, UPDATE ON club_calendar_days TO maane_club_worker;
GRANT INSERT, UPDATE ON club_calendar_days TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'club_calendar_days'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON club_calendar_days
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON club_calendar_days
    FOR EACH ROW EXECUTE FUNCTION maane_club_guard();
"""


SECURITY_CLUB_ENROLMENTS = r"""-- maane security: club_enrolments (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'club_enrolments'::regclass;
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
ALTER TABLE club_enrolments ENABLE ROW LEVEL SECURITY;
ALTER TABLE club_enrolments FORCE ROW LEVEL SECURITY;
CREATE POLICY club_enrolments_access ON club_enrolments FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_enrolments.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_enrolments.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = club_enrolments.person_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(club_enrolments.person_id))));
GRANT SELECT ON club_enrolments TO maane_app;
GRANT INSERT, UPDATE ON club_enrolments TO maane_club_worker;
GRANT INSERT, UPDATE ON club_enrolments TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'club_enrolments'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON club_enrolments TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON club_enrolments
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON club_enrolments
    FOR EACH ROW EXECUTE FUNCTION maane_club_guard();
"""


SECURITY_CLUB_COLLECTORS = r"""-- maane security: club_collectors (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'club_collectors'::regclass;
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
ALTER TABLE club_collectors ENABLE ROW LEVEL SECURITY;
ALTER TABLE club_collectors FORCE ROW LEVEL SECURITY;
CREATE POLICY club_collectors_access ON club_collectors FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_collectors.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_collectors.file_id));
GRANT SELECT ON club_collectors TO maane_app;
GRANT INSERT, UPDATE, DELETE ON club_collectors TO maane_club_worker;
GRANT INSERT, UPDATE, DELETE ON club_collectors TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'club_collectors'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON club_collectors TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON club_collectors
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE OR DELETE ON club_collectors
    FOR EACH ROW EXECUTE FUNCTION maane_club_guard();
"""


SECURITY_CLUB_ATTENDANCE = r"""-- maane security: club_attendance (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'club_attendance'::regclass;
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
ALTER TABLE club_attendance ENABLE ROW LEVEL SECURITY;
ALTER TABLE club_attendance FORCE ROW LEVEL SECURITY;
CREATE POLICY club_attendance_access ON club_attendance FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_attendance.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_attendance.file_id));
GRANT SELECT ON club_attendance TO maane_app;
GRANT INSERT, UPDATE ON club_attendance TO maane_club_worker;
GRANT INSERT, UPDATE ON club_attendance TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'club_attendance'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON club_attendance TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON club_attendance
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON club_attendance
    FOR EACH ROW EXECUTE FUNCTION maane_club_guard();
"""


SECURITY_CLUB_FEE_ADJUSTMENTS = r"""-- maane security: club_fee_adjustments (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'club_fee_adjustments'::regclass;
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
ALTER TABLE club_fee_adjustments ENABLE ROW LEVEL SECURITY;
ALTER TABLE club_fee_adjustments FORCE ROW LEVEL SECURITY;
CREATE POLICY club_fee_adjustments_access ON club_fee_adjustments FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_fee_adjustments.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_fee_adjustments.file_id));
GRANT SELECT ON club_fee_adjustments TO maane_app;
GRANT INSERT, UPDATE ON club_fee_adjustments TO maane_club_worker;
GRANT INSERT, UPDATE ON club_fee_adjustments TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'club_fee_adjustments'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON club_fee_adjustments TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON club_fee_adjustments
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON club_fee_adjustments
    FOR EACH ROW EXECUTE FUNCTION maane_club_guard();
"""


SECURITY_CLUB_FEE_CHARGES = r"""-- maane security: club_fee_charges (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'club_fee_charges'::regclass;
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
ALTER TABLE club_fee_charges ENABLE ROW LEVEL SECURITY;
ALTER TABLE club_fee_charges FORCE ROW LEVEL SECURITY;
CREATE POLICY club_fee_charges_access ON club_fee_charges FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_fee_charges.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_fee_charges.file_id));
GRANT SELECT ON club_fee_charges TO maane_app;
GRANT INSERT ON club_fee_charges TO maane_club_worker;
GRANT INSERT ON club_fee_charges TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'club_fee_charges'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON club_fee_charges TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON club_fee_charges
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON club_fee_charges
    FOR EACH ROW EXECUTE FUNCTION maane_club_guard();
"""


SECURITY_CLUB_PAYMENTS = r"""-- maane security: club_payments (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'club_payments'::regclass;
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
ALTER TABLE club_payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE club_payments FORCE ROW LEVEL SECURITY;
CREATE POLICY club_payments_access ON club_payments FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_payments.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_payments.file_id));
GRANT SELECT ON club_payments TO maane_app;
GRANT INSERT ON club_payments TO maane_club_worker;
GRANT INSERT ON club_payments TO maane_manager;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'club_payments'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON club_payments TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON club_payments
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON club_payments
    FOR EACH ROW EXECUTE FUNCTION maane_club_guard();
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
    USING ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'intake_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_requests.file_id))
    WITH CHECK ((SELECT maane_my_role()) IN ('club_worker', 'family_worker', 'intake_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = club_requests.file_id) AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = club_requests.person_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(club_requests.person_id))));
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
CREATE TRIGGER maane_guard BEFORE INSERT OR UPDATE ON club_requests
    FOR EACH ROW EXECUTE FUNCTION maane_club_guard();
"""


SECURITY_CASE_NOTES = r"""-- maane security: case_notes (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'case_notes'::regclass;
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
ALTER TABLE case_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY case_notes_access ON case_notes FOR ALL TO maane_app
    USING ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'intake_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = case_notes.file_id) AND (case_notes.signed_at IS NOT NULL OR case_notes.author_id = (SELECT maane_my_user_id()) OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = case_notes.file_id AND f.team_id = ANY ((SELECT maane_my_team_keys())::integer[]))))
    WITH CHECK ((SELECT maane_my_role()) IN ('committee_coordinator', 'family_worker', 'intake_worker', 'manager', 'team_head', 'youth_law_worker') AND EXISTS (SELECT 1 FROM family_files f WHERE f.id = case_notes.file_id) AND case_notes.author_id = (SELECT maane_my_user_id()));
GRANT SELECT, INSERT, UPDATE ON case_notes TO maane_app;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'case_notes'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON case_notes TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON case_notes
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_signed_final BEFORE UPDATE OR DELETE ON case_notes
    FOR EACH ROW EXECUTE FUNCTION maane_signed_final('signed_at');
"""


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
    WITH CHECK (((SELECT maane_my_role()) IN ('intake_worker', 'manager', 'team_head') OR ((SELECT maane_my_role()) IN ('club_worker') AND referrals.status = 'open')) AND referrals.intake_worker_id = (SELECT maane_my_user_id()) AND (referrals.file_id IS NULL OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = referrals.file_id)));
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
    WITH CHECK (((SELECT maane_my_role()) IN ('intake_worker', 'manager', 'team_head') OR ((SELECT maane_my_role()) IN ('club_worker') AND EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_persons.referral_id AND r.intake_worker_id = (SELECT maane_my_user_id())))) AND EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_persons.referral_id AND r.status = 'open') AND (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = referral_persons.person_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(referral_persons.person_id))));
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

SECURITY = (SECURITY_CLUBS, SECURITY_CLUB_ROUTES, SECURITY_CLUB_CALENDAR_DAYS, SECURITY_CLUB_ENROLMENTS,
            SECURITY_CLUB_COLLECTORS, SECURITY_CLUB_ATTENDANCE, SECURITY_CLUB_FEE_ADJUSTMENTS,
            SECURITY_CLUB_FEE_CHARGES, SECURITY_CLUB_PAYMENTS)


# --- the downgrade: the security of the four re-secured tables as revision 0016 left it (0014's and 0005's
# declarations, generated with the read auditor's block of 0007) ---------------------------------------------

SECURITY_CLUB_REQUESTS_0016 = r"""-- maane security: club_requests (scope file), generated by models.security
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


SECURITY_CASE_NOTES_0016 = r"""-- maane security: case_notes (scope file), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'case_notes'::regclass;
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
ALTER TABLE case_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY case_notes_access ON case_notes FOR ALL TO maane_app
    USING (EXISTS (SELECT 1 FROM family_files f WHERE f.id = case_notes.file_id) AND (case_notes.signed_at IS NOT NULL OR case_notes.author_id = (SELECT maane_my_user_id()) OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = case_notes.file_id AND f.team_id = ANY ((SELECT maane_my_team_keys())::integer[]))))
    WITH CHECK (EXISTS (SELECT 1 FROM family_files f WHERE f.id = case_notes.file_id) AND case_notes.author_id = (SELECT maane_my_user_id()));
GRANT SELECT, INSERT, UPDATE ON case_notes TO maane_app;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'case_notes'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON case_notes TO maane_auditor;
    END IF;
END
$aud$;
CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON case_notes
    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();
CREATE TRIGGER maane_signed_final BEFORE UPDATE OR DELETE ON case_notes
    FOR EACH ROW EXECUTE FUNCTION maane_signed_final('signed_at');
"""


SECURITY_REFERRALS_0016 = r"""-- maane security: referrals (scope referral), generated by models.security
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


SECURITY_REFERRAL_PERSONS_0016 = r"""-- maane security: referral_persons (scope referral), generated by models.security
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
