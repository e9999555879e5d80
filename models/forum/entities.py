"""The youth-law weekly forum's records (revision 0019).

- ``forum_meetings``: the forum's weekly meetings (date, chair, attendees). Not case content: every role
  reads them (scope reference), the forum's members (``FORUM_MEMBERS``) write them. The guard keeps the
  date of a meeting at which reports were decided and a held meeting held.
- ``risk_reports``: reports about children at risk, file-scoped under row-level security. Read by the
  forum's members (RUN_FORUM) among those who see the file, and by the worker who recorded the report
  (``recorder_column``: a family or intake worker reads the reports she recorded). Each waits, undecided, on
  the forum's agenda until decided at a meeting (the decision columns, all set together); the decision
  makes a Task for the responsible worker. The guard ``maane_forum_guard`` holds what a login's raw SQL
  could break: the child a child of the file; recorded in the login's own name, not in the future; a
  decided report read-only for everyone; a decision only by a RUN_FORUM role in the login's own name, at a
  meeting not in the future, its task a task of the file assigned to the responsible worker; the report's
  file, child and recorder never change; the referral it came from a referral of this file.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned
from models.codes import (
    FORUM_INTERVENTIONS,
    FORUM_MEETING_STATUSES,
    REPORTER_KINDS,
    RISK_REPORT_CHANNELS,
    RISK_REPORT_KINDS,
    URGENCIES,
)
from models.roles import FORUM_MEMBERS, PERMISSIONS, Action
from models.security import TableSecurity, secured


def _codes(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


GUARD = "maane_forum_guard"
# the roles that read every report of the files they see, hold the forum and decide (Action.RUN_FORUM)
FORUM_READERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items() if Action.RUN_FORUM in actions))
# the roles that record reports (Action.REPORT_RISK: and read those they recorded) or decide them
REPORT_WRITERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items()
                              if Action.REPORT_RISK in actions or Action.RUN_FORUM in actions))
_MEETING_WRITERS = tuple(sorted(r.value for r in FORUM_MEMBERS))

# a report not yet decided: on the agenda
UNDECIDED = "decided_at IS NULL"


class ForumMeeting(Versioned, Base):
    """One weekly meeting of the youth-law forum (one per date)."""

    __tablename__ = "forum_meetings"
    __table_args__ = (
        CheckConstraint(f"status IN ({_codes(FORUM_MEETING_STATUSES)})", name="status_known"),
        UniqueConstraint("held_on", name="uq_forum_meetings_held_on"),
        # the guard: a meeting with decisions keeps its date; a held meeting stays held
        {"info": secured(TableSecurity.reference(
            grants={"all": ["SELECT"], **{r: ["INSERT", "UPDATE"] for r in _MEETING_WRITERS}}, guard=GUARD))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(8), nullable=False, default="planned")
    chair_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    attendees: Mapped[str] = mapped_column(Text, nullable=False, default="")  # one name per line
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    monthly_district: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class RiskReport(Versioned, Base):
    """A report about a child at risk (a child of the family file), and the forum's decision on it."""

    __tablename__ = "risk_reports"
    __table_args__ = (
        CheckConstraint(f"reporter_kind IN ({_codes(REPORTER_KINDS)})", name="reporter_kind_known"),
        CheckConstraint(f"kind IN ({_codes(RISK_REPORT_KINDS)})", name="kind_known"),
        CheckConstraint(f"urgency IN ({_codes(URGENCIES)})", name="urgency_known"),
        CheckConstraint(f"channel IN ({_codes(RISK_REPORT_CHANNELS)})", name="channel_known"),
        CheckConstraint(f"intervention IS NULL OR intervention IN ({_codes(FORUM_INTERVENTIONS)})",
                        name="intervention_known"),
        CheckConstraint("trim(description) <> ''", name="has_description"),
        # an intake referral passed to the forum exactly when its channel is "referral"
        CheckConstraint("(channel = 'referral') = (referral_id IS NOT NULL)", name="referral_channel"),
        # the decision's columns are set together
        CheckConstraint("(meeting_id IS NULL) = (intervention IS NULL) AND (intervention IS NULL) = "
                        "(decided_by_id IS NULL) AND (decided_by_id IS NULL) = (decided_at IS NULL)",
                        name="decision_together"),
        # a responsible worker, a due date and its task go together, and only with a decision; every
        # intervention but "no_further_action" has them
        CheckConstraint("(responsible_id IS NULL) = (due_on IS NULL) AND (due_on IS NULL) = (task_id IS NULL)",
                        name="task_together"),
        CheckConstraint("intervention IS NOT NULL OR (responsible_id IS NULL AND decision_note = '')",
                        name="undecided_without_decision"),
        CheckConstraint("intervention IS NULL OR intervention = 'no_further_action' OR responsible_id IS NOT NULL",
                        name="intervention_has_task"),
        CheckConstraint("due_on IS NULL OR due_on >= reported_on", name="due_after_report"),
        # the agenda: the undecided reports (few beside every decided one), with what its order and its
        # visibility read (the file, the child, the urgency, the date, the recorder): the page is found in the
        # index alone, the reports' rows are read for the page's rows only
        Index("ix_risk_reports_undecided", "file_id", "child_id", "urgency", "reported_on", "id", "recorded_by_id",
              sqlite_where=text(UNDECIDED), postgresql_where=text(UNDECIDED)),
        Index("ix_risk_reports_file", "file_id", "reported_on"),
        Index("ix_risk_reports_child", "child_id"),
        Index("ix_risk_reports_meeting", "meeting_id"),
        Index("ix_risk_reports_recorded_by", "recorded_by_id"),
        Index("ix_risk_reports_referral", "referral_id"),
        # rows of the file, the child visible to whoever records; read by the forum's members and the recorder
        {"info": secured(TableSecurity.file(
            "file_id", person_column="child_id", readers=FORUM_READERS, recorder_column="recorded_by_id",
            grants={"all": ["SELECT"], **{r: ["INSERT", "UPDATE"] for r in REPORT_WRITERS}}, guard=GUARD))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    child_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)
    reported_on: Mapped[date] = mapped_column(Date, nullable=False)
    reporter_kind: Mapped[str] = mapped_column(String(24), nullable=False)
    reporter_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # "" if anonymous
    reporter_phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    urgency: Mapped[str] = mapped_column(String(12), nullable=False)
    channel: Mapped[str] = mapped_column(String(12), nullable=False, default="report")
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), nullable=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # the decision, NULL until decided at a forum meeting
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("forum_meetings.id"), nullable=True)
    intervention: Mapped[str | None] = mapped_column(String(32), nullable=True)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"), nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
