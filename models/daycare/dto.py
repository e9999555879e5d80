"""Plain, frozen data of day-care under the toddlers-at-risk law (מעונות יום): what ``services.daycare`` takes
and returns (codes in models.codes: DAYCARE_GROUNDS, DAYCARE_SPECIALISTS, DAYCARE_COMMITTEES,
DAYCARE_STATUSES).

Money is in agorot (int): 3,100 NIS is 310000. A school year is the calendar year its 1 September is in
(school year 2026 runs 1 September 2026 to 31 August 2027). The parents' share is a monthly amount, found
from the household's income per person (per month) in the department's income-level table in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.changes import Changes
from models.committees.dto import PersonBrief
from models.department.dto import Letterhead
from models.users.dto import UserRef


# ---- the income-level tables (reference data) --------------------------------------------------------------
@dataclass(frozen=True)
class LevelInput:
    """One bracket of an income-level table: income per person per month from ``income_from`` (inclusive)
    to ``income_to`` (exclusive; None: the top bracket, open-ended), and the parents' monthly share."""

    level: int  # 1..n, in order
    income_from: int  # agorot
    income_to: int | None  # agorot; None for the top bracket
    parent_share: int  # agorot per month


@dataclass(frozen=True)
class IncomeTableDTO:
    id: int
    version: int
    valid_from: date  # in force from this day until the next version's valid_from
    note: str
    levels: tuple[LevelInput, ...]  # by level
    in_use: bool  # a case's share was computed with it: never edited again ("table_in_use")

    def changes(self) -> Changes:
        return Changes.make(income_tables=[self.id])


# ---- the parents' share, step by step ----------------------------------------------------------------------
@dataclass(frozen=True)
class ShareStep:
    """One line of the calculation as shown and printed. ``label`` is a code: "household_income",
    "household_size", "per_person", "table", "bracket", "level", "share"; ``value`` is ready for display
    ("12,400.00 ₪", "4", "3,100.00 ₪", "01/01/2026", "2,500.00–3,500.00 ₪" or "≥ 5,000.00 ₪", "3",
    "850.00 ₪")."""

    label: str
    value: str


@dataclass(frozen=True)
class ShareCalculation:
    monthly_income: int  # agorot, the household's total
    household_size: int
    per_person: int  # agorot: monthly_income // household_size
    table_id: int
    table_valid_from: date
    level: int
    bracket_from: int  # agorot, inclusive
    bracket_to: int | None  # agorot, exclusive; None: the top bracket
    parent_share: int  # agorot per month
    steps: tuple[ShareStep, ...]


# ---- the cases ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DaycareInput:
    file_id: int
    child_id: int  # a child of the file, with a birth date
    school_year: int  # the year its 1 September is in
    ground: str  # DAYCARE_GROUNDS
    ground_detail: str  # the worker's opinion
    medical_info: bool  # written medical information attached (required for abuse_neglect)
    medical_source: str  # who gave it (a clinic, a hospital)
    specialist_kind: str  # DAYCARE_SPECIALISTS or "" (required for developmental_delay)
    specialist_name: str
    specialist_on: date | None
    committee: str  # DAYCARE_COMMITTEES
    protocol_id: int | None  # a FINAL committee protocol of this child (required for treatment_plan)
    committee_on: date | None
    committee_reference: str  # the toddlers-at-risk committee's reference (required for toddlers_at_risk)
    household_size: int  # >= 1
    monthly_income: int  # agorot >= 0, the household's total
    centre_name: str = ""
    start_on: date | None = None


@dataclass(frozen=True)
class DaycareCaseDTO:
    id: int
    version: int
    file_id: int
    file_number: str
    family_name: str
    child: PersonBrief
    school_year: int
    age_months: int  # on 1 September of the school year
    ground: str
    ground_detail: str
    medical_info: bool
    medical_source: str
    specialist_kind: str
    specialist_name: str
    specialist_on: date | None
    committee: str
    protocol_id: int | None
    protocol_held_on: date | None
    committee_on: date | None
    committee_reference: str
    calculation: ShareCalculation
    centre_name: str
    start_on: date | None
    status: str  # DAYCARE_STATUSES
    ended_on: date | None
    end_reason: str
    approved_by: str  # the approver's full name, "" until approved
    approved_at: datetime | None
    worker: UserRef | None

    def changes(self) -> Changes:
        return Changes.make(files=[self.file_id], daycare=[self.id])


@dataclass(frozen=True)
class DaycareRow:
    id: int
    file_id: int
    file_number: str
    child_name: str
    age_months: int
    school_year: int
    ground: str
    status: str
    centre_name: str
    start_on: date | None
    parent_share: int  # agorot per month


@dataclass(frozen=True)
class ProtocolOption:
    """A final committee protocol of the child in the file, offered as the treatment-plan committee's
    decision."""

    protocol_id: int
    held_on: date
    decisions: str  # the protocol's decision texts, joined


# ---- the approval letter -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class LetterChild:
    name: str
    birth_date: date | None
    id_number: str  # "" when the child has none


@dataclass(frozen=True)
class ApprovalLetterForm:
    """What reports/forms/daycare_approval.py prints: the letter to the parents, in ``language``."""

    letterhead: Letterhead
    case: DaycareCaseDTO
    child: LetterChild
    parents: tuple[str, ...]  # the parents' (guardians') names
    address: str  # the family's address
    worker_name: str  # the case's worker (the letter's contact)
    worker_role: str  # a models.roles role code
    language: str  # "he" or "ar": the family's letter language
    printed_on: date
