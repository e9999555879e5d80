"""Day-care under the toddlers-at-risk law (revision 0020).

- ``income_tables`` and ``income_levels``: the department's income-level table (reference data, no case
  content): dated versions, each with its brackets of income per person per month and the parents' monthly
  share. Read by every role, written by the MANAGE_INCOME_TABLE roles (the manager, the administrator).
  A version a case used is never changed again, nor its levels (the guard); the levels of one version never
  overlap (the guard; the service refuses first with "brackets_overlap").
- ``daycare_cases``: a toddler's day-care case, case content: rows of the family file under row-level
  security, read only by the VIEW_DAYCARE roles among those who see the file, written by the MANAGE_DAYCARE
  roles. The guard ``maane_daycare_guard`` holds the child a child of the file, the case's file and child
  fixed, its protocol a final protocol of its child, the approver the login, the share the one the table
  gives (see revision 0020).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Versioned
from models.codes import (
    DAYCARE_COMMITTEES,
    DAYCARE_GROUNDS,
    DAYCARE_MAX_MONTHS,
    DAYCARE_SPECIALISTS,
    DAYCARE_STATUSES,
)
from models.roles import PERMISSIONS, Action
from models.security import TableSecurity, secured


def _codes(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


# the roles that read the day-care cases of the files they see (Action.VIEW_DAYCARE)
DAYCARE_READERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items() if Action.VIEW_DAYCARE in actions))
# the roles that write them (Action.MANAGE_DAYCARE)
DAYCARE_WRITERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items()
                               if Action.MANAGE_DAYCARE in actions))
# the roles that keep the income-level table (Action.MANAGE_INCOME_TABLE: the manager, the administrator)
INCOME_TABLE_WRITERS = tuple(sorted(r.value for r, actions in PERMISSIONS.items()
                                    if Action.MANAGE_INCOME_TABLE in actions))
GUARD = "maane_daycare_guard"

_TABLES = TableSecurity.reference(
    grants={"all": ["SELECT"], **{r: ["INSERT", "UPDATE"] for r in INCOME_TABLE_WRITERS}}, guard=GUARD)
# the levels of a version not yet used are replaced as a whole (DELETE, then INSERT); the guard runs on
# DELETE too (a used version's levels are never deleted)
_LEVELS = dataclasses.replace(TableSecurity.reference(
    grants={"all": ["SELECT"], **{r: ["INSERT", "UPDATE", "DELETE"] for r in INCOME_TABLE_WRITERS}},
    guard=GUARD), guard_delete=True)
_CASES = TableSecurity.file("file_id", person_column="child_id",
                            grants={"all": ["SELECT"], **{r: ["INSERT", "UPDATE"] for r in DAYCARE_WRITERS}},
                            guard=GUARD, readers=DAYCARE_READERS)


class IncomeTable(Versioned, Base):
    """A version of the department's income-level table, in force from ``valid_from`` until the next
    version's ``valid_from``."""

    __tablename__ = "income_tables"
    __table_args__ = (
        UniqueConstraint("valid_from", name="uq_income_tables_valid_from"),
        {"info": secured(_TABLES)},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)


class IncomeLevel(Base):
    """A bracket of a version: income per person per month from ``income_from`` (inclusive) to
    ``income_to`` (exclusive; NULL: the top bracket), and the parents' share per month (agorot)."""

    __tablename__ = "income_levels"
    __table_args__ = (
        UniqueConstraint("table_id", "level", name="uq_income_levels_table_level"),
        CheckConstraint("level >= 1", name="level_positive"),
        CheckConstraint("income_from >= 0 AND parent_share >= 0", name="not_negative"),
        CheckConstraint("income_to IS NULL OR income_to > income_from", name="bracket_not_empty"),
        {"info": secured(_LEVELS)},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("income_tables.id"), nullable=False)
    level: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    income_from: Mapped[int] = mapped_column(Integer, nullable=False)  # agorot per person per month
    income_to: Mapped[int | None] = mapped_column(Integer, nullable=True)  # exclusive; NULL: open-ended
    parent_share: Mapped[int] = mapped_column(Integer, nullable=False)  # agorot per month


class DaycareCase(Versioned, Base):
    """A toddler's day-care case: eligibility (the age on 1 September, the risk ground and its evidence,
    the committee's decision), the parents' share as computed (with its steps, ``calculation``), the
    placement and its end."""

    __tablename__ = "daycare_cases"
    __table_args__ = (
        UniqueConstraint("child_id", "school_year", name="uq_daycare_cases_child_year"),
        ForeignKeyConstraint(["protocol_id", "file_id"], ["committee_protocols.id", "committee_protocols.file_id"],
                             name="fk_daycare_cases_protocol_file"),
        CheckConstraint(f"ground IN ({_codes(DAYCARE_GROUNDS)})", name="ground_known"),
        CheckConstraint(f"specialist_kind IN ('', {_codes(DAYCARE_SPECIALISTS)})", name="specialist_known"),
        CheckConstraint(f"committee IN ({_codes(DAYCARE_COMMITTEES)})", name="committee_known"),
        CheckConstraint(f"status IN ({_codes(DAYCARE_STATUSES)})", name="status_known"),
        CheckConstraint(f"age_months >= 0 AND age_months < {DAYCARE_MAX_MONTHS}", name="age_eligible"),
        CheckConstraint("ground <> 'abuse_neglect' OR medical_info", name="abuse_has_medical_info"),
        CheckConstraint("ground <> 'developmental_delay' OR specialist_kind <> ''",
                        name="delay_has_specialist"),
        CheckConstraint("committee <> 'treatment_plan' OR protocol_id IS NOT NULL", name="plan_has_protocol"),
        CheckConstraint("committee <> 'toddlers_at_risk' OR committee_reference <> ''",
                        name="toddlers_committee_has_reference"),
        CheckConstraint("household_size >= 1", name="household_size_positive"),
        CheckConstraint("monthly_income >= 0 AND parent_share >= 0", name="money_not_negative"),
        CheckConstraint("(approved_by_id IS NULL) = (approved_at IS NULL)", name="approved_by_someone"),
        CheckConstraint("status NOT IN ('approved', 'placed') OR approved_by_id IS NOT NULL",
                        name="approved_has_approver"),
        CheckConstraint("status <> 'placed' OR (centre_name <> '' AND start_on IS NOT NULL)",
                        name="placed_has_centre"),
        CheckConstraint("(status = 'ended') = (ended_on IS NOT NULL)", name="ended_has_date"),
        CheckConstraint("(status = 'ended') = (end_reason <> '')", name="ended_has_reason"),
        Index("ix_daycare_cases_file", "file_id"),
        Index("ix_daycare_cases_status", "status", "school_year"),
        Index("ix_daycare_cases_table", "income_table_id"),
        {"info": secured(_CASES)},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id"), nullable=False)
    child_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)
    school_year: Mapped[int] = mapped_column(SmallInteger, nullable=False)  # the year its 1 September is in
    age_months: Mapped[int] = mapped_column(SmallInteger, nullable=False)  # completed months on 1 September
    ground: Mapped[str] = mapped_column(String(24), nullable=False)
    ground_detail: Mapped[str] = mapped_column(Text, nullable=False, default="")  # the worker's opinion
    medical_info: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    medical_source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    specialist_kind: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    specialist_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    specialist_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    committee: Mapped[str] = mapped_column(String(24), nullable=False)
    protocol_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    committee_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    committee_reference: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    household_size: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    monthly_income: Mapped[int] = mapped_column(Integer, nullable=False)  # agorot, the household's total
    income_table_id: Mapped[int] = mapped_column(ForeignKey("income_tables.id"), nullable=False)
    income_level: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    parent_share: Mapped[int] = mapped_column(Integer, nullable=False)  # agorot per month
    # the steps as shown when computed: [{"label": ..., "value": ...}, ...]
    calculation: Mapped[list[dict[str, str]]] = mapped_column(JSON, nullable=False, default=list)
    centre_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    start_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
