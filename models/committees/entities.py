"""The treatment-plan committee's records (revision 0016): meetings, the cases on their agenda, the
participants of each case, the protocol of each case with its decisions, tasks and addenda, and the
placements of children out of home (from which the annual reviews are computed).

A meeting itself (date, place, chair) is not case content: every role reads it (scope reference), the
coordinators and the manager write it. Everything under it belongs to one family file and is file-scoped
under row-level security: each child row repeats its file's id, and a composite foreign key (parent id,
file id) holds it equal to its parent's, so a row can never be filed under a file other than its case's.
The guard ``maane_committee_guard`` (revision 0016) keeps a final protocol and everything under it
read-only for everyone (no UPDATE, no DELETE: ``guard_delete``) and lets only the meeting's chair finalise,
in the login's own name; a chair who is a team head may UPDATE a meeting only to mark her own meeting held.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned
from models.codes import (
    COMMITTEE_LEVELS,
    DECISION_KINDS,
    HEARING_REASONS,
    INVITATION_METHODS,
    LETTER_LANGUAGES,
    MEETING_STATUSES,
    PARTICIPANT_KINDS,
    PLACEMENT_SETTINGS,
)
from models.roles import PERMISSIONS, Action
from models.security import TableSecurity, secured


def _codes(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


COMMITTEE_WRITERS = ("committee_coordinator", "manager")
# the roles that read the committee's rows of the files they see (Action.VIEW_COMMITTEES; not the club or
# intake workers, who see files department-wide, nor the administrator)
COMMITTEE_READERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items()
                                 if Action.VIEW_COMMITTEES in actions))
GUARD = "maane_committee_guard"

# a chair who is a team head marks the meeting held when finalising (the guard lets her do only that)
_MEETINGS = TableSecurity.reference(grants={"all": ["SELECT"], "committee_coordinator": ["INSERT", "UPDATE"],
                                            "manager": ["INSERT", "UPDATE"], "team_head": ["UPDATE"]},
                                    guard=GUARD)
_AGENDA_ROWS = {"all": ["SELECT"], "committee_coordinator": ["INSERT", "UPDATE", "DELETE"],
                "manager": ["INSERT", "UPDATE", "DELETE"]}
# the chair (a team head or the manager) finalises: UPDATE of the protocol, and the task rows get their Task
_PROTOCOL_ROWS = {"all": ["SELECT"], "committee_coordinator": ["INSERT", "UPDATE", "DELETE"],
                  "manager": ["INSERT", "UPDATE", "DELETE"], "team_head": ["UPDATE"]}


def _committee_rows(grants: dict[str, list[str]], person_column: str | None = None,
                    author_column: str | None = None) -> TableSecurity:
    """Rows of a file under a meeting: read by the committee's readers who see the file, guarded (INSERT,
    UPDATE and DELETE) by maane_committee_guard."""
    return TableSecurity.file("file_id", person_column=person_column, author_column=author_column,
                              grants=grants, guard=GUARD, guard_delete=True, readers=COMMITTEE_READERS)


class CommitteeMeeting(Versioned, Base):
    __tablename__ = "committee_meetings"
    __table_args__ = (
        CheckConstraint(f"level IN ({_codes(COMMITTEE_LEVELS)})", name="level_known"),
        CheckConstraint(f"status IN ({_codes(MEETING_STATUSES)})", name="status_known"),
        CheckConstraint("(status = 'cancelled') = (cancel_reason <> '')", name="cancelled_has_reason"),
        Index("ix_committee_meetings_held_on", "held_on"),
        {"info": secured(_MEETINGS)},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    starts_at: Mapped[time] = mapped_column(Time, nullable=False)
    place: Mapped[str] = mapped_column(String(200), nullable=False)
    level: Mapped[str] = mapped_column(String(12), nullable=False, default="regular")
    chair_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    coordinator_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="planned")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cancel_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")


class CommitteeCase(Versioned, Base):
    """A child's case on a meeting's agenda (a hearing)."""

    __tablename__ = "committee_cases"
    __table_args__ = (
        CheckConstraint(f"reason IN ({_codes(HEARING_REASONS)})", name="reason_known"),
        UniqueConstraint("meeting_id", "child_id", name="uq_committee_cases_meeting_child"),
        UniqueConstraint("id", "file_id", name="uq_committee_cases_id_file"),
        Index("ix_committee_cases_meeting", "meeting_id", "position"),
        Index("ix_committee_cases_file", "file_id"),
        Index("ix_committee_cases_child", "child_id"),
        {"info": secured(_committee_rows(_AGENDA_ROWS, person_column="child_id"))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("committee_meetings.id"), nullable=False)
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    child_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)
    reason: Mapped[str] = mapped_column(String(16), nullable=False)
    requested_by_name: Mapped[str] = mapped_column(String(120), nullable=False)
    requested_by_role: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    background: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CommitteeParticipant(Versioned, Base):
    __tablename__ = "committee_participants"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_codes(PARTICIPANT_KINDS)})", name="kind_known"),
        CheckConstraint(f"language IN ({_codes(LETTER_LANGUAGES)})", name="language_known"),
        CheckConstraint(f"method IN ({_codes(INVITATION_METHODS)})", name="method_known"),
        # a way to reach them: a staff member inside the department, or a phone, an e-mail or an address
        CheckConstraint("user_id IS NOT NULL OR phone <> '' OR email <> '' OR address <> ''", name="reachable"),
        ForeignKeyConstraint(["case_id", "file_id"], ["committee_cases.id", "committee_cases.file_id"],
                             ondelete="CASCADE", name="fk_committee_participants_case_file"),
        Index("ix_committee_participants_case", "case_id"),
        Index("ix_committee_participants_file", "file_id"),
        {"info": secured(_committee_rows(_AGENDA_ROWS, person_column="person_id"))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(28), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    organisation: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    role_title: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    language: Mapped[str] = mapped_column(String(2), nullable=False, default="he")
    method: Mapped[str] = mapped_column(String(10), nullable=False, default="mail")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    invited_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    attended: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class CommitteeProtocol(Versioned, Base):
    """The protocol of one case (one per case). Final once ``finalised_at`` is set: read-only for everyone
    (the guard), a correction is an addendum."""

    __tablename__ = "committee_protocols"
    __table_args__ = (
        UniqueConstraint("case_id", name="uq_committee_protocols_case_id"),
        UniqueConstraint("id", "file_id", name="uq_committee_protocols_id_file"),
        ForeignKeyConstraint(["case_id", "file_id"], ["committee_cases.id", "committee_cases.file_id"],
                             name="fk_committee_protocols_case_file"),
        CheckConstraint("votes_for >= 0 AND votes_against >= 0 AND votes_abstained >= 0", name="votes_counted"),
        CheckConstraint("(finalised_at IS NULL) = (finalised_by_id IS NULL)", name="finalised_by_someone"),
        CheckConstraint("finalised_at IS NULL OR (next_review_on IS NOT NULL AND district_right_stated "
                        "AND votes_for > votes_against)", name="final_is_complete"),
        Index("ix_committee_protocols_file", "file_id"),
        # the follow-up page: the final protocols' next reviews by date
        Index("ix_committee_protocols_review", "next_review_on", "child_id"),
        # a child's last hearing (the follow-up: is this review superseded by a later hearing? the annual
        # review of a placed child counts from it)
        Index("ix_committee_protocols_child", "child_id", "held_on"),
        {"info": secured(_committee_rows(_PROTOCOL_ROWS, person_column="child_id"))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    # the case's child and meeting date, repeated so that the follow-up reads one table (the guard holds
    # them equal to the case's)
    child_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    background: Mapped[str] = mapped_column(Text, nullable=False, default="")
    professionals_views: Mapped[str] = mapped_column(Text, nullable=False, default="")
    parents_position: Mapped[str] = mapped_column(Text, nullable=False, default="")
    child_position: Mapped[str] = mapped_column(Text, nullable=False, default="")
    discussion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    votes_for: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=0)
    votes_against: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=0)
    votes_abstained: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=0)
    dissent: Mapped[str] = mapped_column(Text, nullable=False, default="")
    parent_reservation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    district_right_stated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    next_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finalised_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class CommitteeDecision(Base):
    __tablename__ = "committee_decisions"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_codes(DECISION_KINDS)})", name="kind_known"),
        ForeignKeyConstraint(["protocol_id", "file_id"],
                             ["committee_protocols.id", "committee_protocols.file_id"],
                             ondelete="CASCADE", name="fk_committee_decisions_protocol_file"),
        Index("ix_committee_decisions_protocol", "protocol_id", "position"),
        Index("ix_committee_decisions_file", "file_id"),
        {"info": secured(_committee_rows(_AGENDA_ROWS))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    protocol_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    items: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)


class CommitteeTask(Base):
    """A task the protocol sets; when the protocol is finalised it becomes a Task on the family file
    (``task_id``), assigned to the responsible staff member."""

    __tablename__ = "committee_tasks"
    __table_args__ = (
        ForeignKeyConstraint(["protocol_id", "file_id"],
                             ["committee_protocols.id", "committee_protocols.file_id"],
                             ondelete="CASCADE", name="fk_committee_tasks_protocol_file"),
        Index("ix_committee_tasks_protocol", "protocol_id", "position"),
        Index("ix_committee_tasks_file", "file_id"),
        Index("ix_committee_tasks_task", "task_id"),
        {"info": secured(_committee_rows(_PROTOCOL_ROWS))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    protocol_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"), nullable=True)


class CommitteeAddendum(Base):
    """A correction of a final protocol: appended, never changed (INSERT and SELECT only, in the author's
    own name)."""

    __tablename__ = "committee_addenda"
    __table_args__ = (
        ForeignKeyConstraint(["protocol_id", "file_id"],
                             ["committee_protocols.id", "committee_protocols.file_id"],
                             name="fk_committee_addenda_protocol_file"),
        Index("ix_committee_addenda_protocol", "protocol_id"),
        Index("ix_committee_addenda_file", "file_id"),
        {"info": secured(_committee_rows(
            {"all": ["SELECT"], "committee_coordinator": ["INSERT"], "manager": ["INSERT"], "team_head": ["INSERT"]},
            author_column="author_id"))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    protocol_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Placement(Versioned, Base):
    """A child placed out of home (a foster family or a residential setting), from a committee decision;
    the foster-care module (issue 11) records them too. The annual review is computed from ``started_on``
    and the child's last hearing."""

    __tablename__ = "placements"
    __table_args__ = (
        CheckConstraint(f"setting IN ({_codes(PLACEMENT_SETTINGS)})", name="setting_known"),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="ends_after_start"),
        CheckConstraint("(ended_on IS NULL) = (end_reason = '')", name="ended_has_reason"),
        Index("ix_placements_file", "file_id"),
        # the follow-up page: the open placements
        Index("ix_placements_child", "child_id", "ended_on"),
        {"info": secured(TableSecurity.file(
            "file_id", person_column="child_id",
            grants={"all": ["SELECT"], "committee_coordinator": ["INSERT", "UPDATE"],
                    "manager": ["INSERT", "UPDATE"], "team_head": ["INSERT", "UPDATE"],
                    "family_worker": ["INSERT", "UPDATE"], "youth_law_worker": ["INSERT", "UPDATE"]},
            # the child a child of the file, the decision a final one of that child there (the guard); read,
            # like the committee's rows, only by the roles with the committee's work (not the club and intake
            # workers, who see most files)
            guard=GUARD, readers=COMMITTEE_READERS))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    child_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)
    setting: Mapped[str] = mapped_column(String(16), nullable=False)
    started_on: Mapped[date] = mapped_column(Date, nullable=False)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("committee_decisions.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
