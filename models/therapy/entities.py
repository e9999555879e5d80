"""The therapy centre's referrals (revision 0021).

``therapy_referrals``: one referral of a family file's child, parent or the family as a whole to the therapy
centre (DOMAIN.md, item 7: the centre serves the department's clients only; referrals go through the
family's social worker), its kind, reason, status and course (therapist, start, sessions held, end and its
reason). Case content: file-scoped under row-level security, read only by the roles with
``Action.VIEW_THERAPY`` (``THERAPY_READERS``: the family and youth-law workers, team heads, the manager)
among those who see the file; written (INSERT, UPDATE, never DELETE) by the roles with
``Action.REFER_THERAPY``. The committee coordinator, the club worker, the intake worker and the
administrator read none.

The guard ``maane_therapy_guard`` (revision 0021) holds in the database what a login's raw SQL could break:
a referral is made in the login's own name, waiting, not dated in the future, for a child (a parent) who is
a child (a parent) of the file; it keeps its file, subject, person, kind, reason, author and date; its
status only moves forward (waiting → in treatment → ended, or waiting → ended) and an ended referral is
final.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned
from models.codes import THERAPY_END_REASONS, THERAPY_KINDS, THERAPY_STATUSES, THERAPY_SUBJECTS
from models.roles import PERMISSIONS, Action
from models.security import TableSecurity, secured


def _codes(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


# the roles that read the therapy referrals of the files they see (Action.VIEW_THERAPY), and those who make
# and move them (Action.REFER_THERAPY)
THERAPY_READERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items() if Action.VIEW_THERAPY in actions))
THERAPY_WRITERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items() if Action.REFER_THERAPY in actions))
GUARD = "maane_therapy_guard"
OPEN = "status IN ('waiting', 'in_treatment')"

# who each kind of therapy is for (models.therapy.rules.KIND_SUBJECTS)
KIND_FITS_SUBJECT = ("kind = 'group' OR (kind IN ('emotional', 'art') AND subject IN ('child', 'parent'))"
                     " OR (kind = 'parent_guidance' AND subject IN ('parent', 'family'))")


class TherapyReferral(Versioned, Base):
    """A referral to the therapy centre. ``person_id``: the child (subject "child") or the parent ("parent")
    referred, a member of the file with that relation; NULL for the family as a whole ("family"). At most
    one open referral (waiting or in treatment) per person and kind, and per file and kind for the family."""

    __tablename__ = "therapy_referrals"
    __table_args__ = (
        CheckConstraint(f"subject IN ({_codes(THERAPY_SUBJECTS)})", name="subject_known"),
        CheckConstraint(f"kind IN ({_codes(THERAPY_KINDS)})", name="kind_known"),
        CheckConstraint(f"status IN ({_codes(THERAPY_STATUSES)})", name="status_known"),
        CheckConstraint(f"end_reason IN ('', {_codes(THERAPY_END_REASONS)})", name="end_reason_known"),
        CheckConstraint("(subject = 'family') = (person_id IS NULL)", name="person_of_subject"),
        CheckConstraint(KIND_FITS_SUBJECT, name="kind_fits_subject"),
        CheckConstraint("status <> 'waiting' OR (started_on IS NULL AND therapist = '' AND sessions_held = 0"
                        " AND ended_on IS NULL AND end_reason = '')", name="waiting_not_started"),
        CheckConstraint("status <> 'in_treatment' OR (started_on IS NOT NULL AND therapist <> ''"
                        " AND ended_on IS NULL AND end_reason = '')", name="treatment_started"),
        CheckConstraint("status <> 'ended' OR (ended_on IS NOT NULL AND end_reason <> '')", name="ended_has_reason"),
        CheckConstraint("started_on IS NOT NULL OR (sessions_held = 0 AND end_reason <> 'goals_met')",
                        name="goals_need_treatment"),
        CheckConstraint("started_on IS NULL OR started_on >= referred_on", name="starts_after_referral"),
        CheckConstraint("ended_on IS NULL OR ended_on >= referred_on", name="ends_after_referral"),
        CheckConstraint("ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on", name="ends_after_start"),
        CheckConstraint("sessions_held >= 0", name="sessions_not_negative"),
        CheckConstraint("reason <> ''", name="has_reason"),
        # one open referral per person and kind, and per file and kind for the family as a whole
        Index("uq_therapy_referrals_open_person", "person_id", "kind", unique=True,
              sqlite_where=text(f"{OPEN} AND person_id IS NOT NULL"),
              postgresql_where=text(f"{OPEN} AND person_id IS NOT NULL")),
        Index("uq_therapy_referrals_open_family", "file_id", "kind", unique=True,
              sqlite_where=text(f"{OPEN} AND subject = 'family'"),
              postgresql_where=text(f"{OPEN} AND subject = 'family'")),
        # the waiting list and the treatments under way, oldest referral first; a file's referrals
        Index("ix_therapy_referrals_status", "status", "referred_on", "id"),
        Index("ix_therapy_referrals_file", "file_id"),
        # rows of the file, read by THERAPY_READERS who see it; the person must be visible to the writer
        # (linking widens nothing); INSERT and UPDATE by THERAPY_WRITERS only, DELETE by nobody; the guard
        {"info": secured(TableSecurity.file(
            "file_id", person_column="person_id", readers=THERAPY_READERS, guard=GUARD,
            grants={"all": ["SELECT"], **{r: ["INSERT", "UPDATE"] for r in THERAPY_WRITERS}}))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    subject: Mapped[str] = mapped_column(String(8), nullable=False)  # THERAPY_SUBJECTS
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # THERAPY_KINDS
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    referred_on: Mapped[date] = mapped_column(Date, nullable=False)
    referred_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="waiting")
    therapist: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # the centre's clinician
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    sessions_held: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_reason: Mapped[str] = mapped_column(String(24), nullable=False, default="")  # THERAPY_END_REASONS
    end_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
