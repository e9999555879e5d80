"""Day-care under the toddlers-at-risk law (מעונות יום): the department's income-level table (dated versions),
a toddler's case with its eligibility checked (the age on 1 September, the risk ground and its evidence, the
committee's decision), the parents' share computed step by step, approval, placement, end, the approval
letter's data.

Every public method is one transaction: the permission first (VIEW_DAYCARE to read cases, MANAGE_DAYCARE to
write them, MANAGE_INCOME_TABLE to keep the income-level table, which the VIEW_DAYCARE roles read too), the
input checked before anything is written, the audit row (reads of cases too), DTOs out, DomainError codes.

Visibility. A case is case content: read by the VIEW_DAYCARE roles among those who see the family file. On
PostgreSQL the policy of revision 0020 says it; on SQLite the statements here join the visible-file clause.
The income-level table is reference data. Whether a version is in use (a case's share was computed with it)
counts every case, also of files the user cannot see (the administrator, who keeps the table, sees none): on
PostgreSQL through the definer function ``maane_income_tables_in_use()`` (revision 0020), on SQLite directly.

The share. A case's share is computed with the version in force on 1 September of its school year, or on
today if that is later (models.daycare.rules.share_day), and stored: the household's income and size, the
version, the level and the share (the guard ``maane_daycare_guard`` holds them to the version's levels), and
the steps as shown then (``calculation``). A version a case used is never changed again ("table_in_use");
a new version from a later date is made instead. The DTO's steps are made from the stored numbers and the
version's levels, so a letter prints only what the database vouches for.

Concurrency. Every update passes the version read (ConflictError when stale). Two cases for one child and
school year: the unique constraint ("daycare_exists"). A version edited while a case is computed with it:
on PostgreSQL the guard locks the version's row and refuses the case when its share no longer matches the
levels (ConflictError) or the edit once a case used it ("table_in_use"); on SQLite writes take turns.

"Today" is ``models.daycare.rules.today()`` only (tests move it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, aliased

from models.codes import (
    DAYCARE_COMMITTEES,
    DAYCARE_GROUNDS,
    DAYCARE_SPECIALISTS,
    LETTER_LANGUAGES,
)
from models.committees.dto import PersonBrief
from models.committees.entities import CommitteeDecision, CommitteeProtocol
from models.daycare import rules
from models.daycare.dto import (
    ApprovalLetterForm,
    DaycareCaseDTO,
    DaycareInput,
    DaycareRow,
    IncomeTableDTO,
    LetterChild,
    LevelInput,
    ProtocolOption,
    ShareCalculation,
    ShareStep,
)
from models.daycare.entities import DaycareCase, IncomeLevel, IncomeTable
from models.department.service import read_settings
from models.errors import ConflictError, NotFound, ValidationError
from models.families.entities import FamilyFile, FamilyMember
from models.people.entities import Person
from models.roles import Action
from models.service import ServiceBase, server_now, touch, user_ref
from models.text import clean_line, clean_text
from models.users.entities import User

# field limits (the columns of models.daycare.entities)
NOTE_MAX = 500
DETAIL_MAX = 8000
SOURCE_MAX = 200
NAME_MAX = 200
REFERENCE_MAX = 100
CENTRE_MAX = 200
END_REASON_MAX = 500
MONEY_MAX = 100_000_000  # 1,000,000 NIS a month: more than any household's income or any bracket
HOUSEHOLD_MAX = 30
LEVELS_MAX = 30
YEARS = (2000, 2100)  # the school years a case may name

# the audit's entities
CASE = "daycare_case"
TABLE = "income_table"
FORM = "daycare_approval"
FORMS = (FORM,)
OUTPUT_KINDS = ("print", "save")
# the database guard's refusals (revision 0020) the service words as its own codes
GUARD_CODES = ("not_child", "table_in_use", "brackets_overlap", "share_not_of_table")

_PG_IN_USE = sql_text("SELECT table_id FROM maane_income_tables_in_use()")


def _choice(value: str, allowed: Sequence[str], field: str) -> str:
    if value == "":
        raise ValidationError("required", field=field)
    if value not in allowed:
        raise ValidationError("invalid_choice", field=field)
    return value


def _name(p: Person | None) -> str:
    return f"{p.first_name} {p.last_name}".strip() if p is not None else ""


def _brief(p: Person | None, person_id: int) -> PersonBrief:
    if p is None:
        return PersonBrief(person_id, "", "", None, "he")
    return PersonBrief(p.id, p.first_name, p.last_name, p.birth_date, p.preferred_language)


def _guard_code(exc: DBAPIError) -> str | None:
    """The code of the database's refusal in a driver error, if it is one of the rules the service states."""
    text = str(exc.orig)
    if "uq_daycare_cases_child_year" in text or "daycare_cases.child_id, daycare_cases.school_year" in text:
        return "daycare_exists"
    if "uq_income_tables_valid_from" in text or "income_tables.valid_from" in text:
        return "table_exists"
    return next((code for code in GUARD_CODES if code in text), None)


def _money(value: int, field: str) -> int:
    if value < 0:
        raise ValidationError("negative_amount", field=field)
    if value > MONEY_MAX:
        raise ValidationError("too_large", field=field)
    return value


@dataclass(frozen=True)
class _Clean:
    """A case's input as stored (what needs no database)."""

    ground_detail: str
    medical_source: str
    specialist_kind: str
    specialist_name: str
    committee_reference: str
    centre_name: str


class DaycareService(ServiceBase):
    # ---- permissions and visibility ----------------------------------------------------------------------
    def _require_tables(self) -> None:
        """The income-level table: whoever works day-care cases or keeps the table."""
        if not (self._can(Action.VIEW_DAYCARE) or self._can(Action.MANAGE_INCOME_TABLE)):
            self._deny(Action.VIEW_DAYCARE.value, entity=TABLE)

    def _case(self, s: Session, case_id: int, *, action: str) -> tuple[DaycareCase, FamilyFile]:
        """The case and its file if the user sees the file. A hidden case and a missing one are the same
        NotFound; a hidden one is recorded as a denied attempt."""
        return self._visible_row(s, DaycareCase, case_id, entity=CASE, action=action)

    def _child(self, s: Session, file_id: int, child_id: int, *, action: str) -> Person:
        """A child of the file ("not_child"), visible to the user (a hidden person is a denied NotFound)."""
        if s.scalar(select(FamilyMember.id).where(FamilyMember.file_id == file_id, FamilyMember.person_id == child_id,
                                                   FamilyMember.relation == "child")) is None:
            raise ValidationError("not_child", field="child_id")
        self._visible_person(s, child_id, action=action, file_id=file_id)
        p = s.get(Person, child_id)
        assert p is not None
        return p

    # ---- the income-level table --------------------------------------------------------------------------
    def _in_use(self, s: Session) -> set[int]:
        """The versions some case used (every case: not case content)."""
        if self._db.backend.row_security:
            return {int(t) for t in s.connection().execute(_PG_IN_USE).scalars()}
        return {int(t) for t in s.scalars(select(DaycareCase.income_table_id).distinct())}

    @staticmethod
    def _levels(s: Session, table_ids: Iterable[int]) -> dict[int, tuple[LevelInput, ...]]:
        ids = set(table_ids)
        out: dict[int, list[LevelInput]] = {i: [] for i in ids}
        if ids:
            for lv in s.scalars(select(IncomeLevel).where(IncomeLevel.table_id.in_(ids))
                                .order_by(IncomeLevel.table_id, IncomeLevel.level)):
                out[lv.table_id].append(LevelInput(lv.level, lv.income_from, lv.income_to, lv.parent_share))
        return {i: tuple(v) for i, v in out.items()}

    def _table_dtos(self, s: Session, tables: Sequence[IncomeTable]) -> list[IncomeTableDTO]:
        if not tables:
            return []
        levels = self._levels(s, (t.id for t in tables))
        used = self._in_use(s)
        return [IncomeTableDTO(t.id, t.version, t.valid_from, t.note, levels.get(t.id, ()), t.id in used)
                for t in tables]

    def _all_tables(self, s: Session) -> list[IncomeTableDTO]:
        return self._table_dtos(s, s.scalars(select(IncomeTable).order_by(IncomeTable.valid_from.desc())).all())

    def _in_force(self, s: Session, day: date) -> IncomeTableDTO:
        t = s.scalar(select(IncomeTable).where(IncomeTable.valid_from <= day)
                     .order_by(IncomeTable.valid_from.desc()).limit(1))
        if t is None:
            raise ValidationError("no_income_table", field="income_table", on=rules.format_day(day))
        return self._table_dtos(s, [t])[0]

    def income_tables(self) -> list[IncomeTableDTO]:
        """Every version, newest first, each with its levels and whether a case used it (reference data: not
        audited)."""
        self._require_tables()
        with self._read() as s:
            return self._all_tables(s)

    def table_in_force(self, day: date) -> IncomeTableDTO:
        """The version in force on ``day``: the latest valid_from on or before it ("no_income_table")."""
        self._require_tables()
        with self._read() as s:
            return self._in_force(s, day)

    @staticmethod
    def _clean_levels(levels: Sequence[LevelInput]) -> tuple[LevelInput, ...]:
        if len(levels) > LEVELS_MAX:
            raise ValidationError("too_many_levels", field="levels", maximum=LEVELS_MAX)
        rules.validate_levels(levels)
        for lv in levels:
            for value in (lv.income_from, lv.income_to or 0, lv.parent_share):
                if value > MONEY_MAX:
                    raise ValidationError("too_large", field="levels", level=lv.level)
        return tuple(sorted(levels, key=lambda lv: lv.level))

    def _flush_guarded(self, s: Session, *new: Any) -> None:
        """Flush (the new rows ``new`` added first), the database's own refusal turned into the service's
        code: the unique constraints ("daycare_exists", "table_exists") and the guard's (PostgreSQL:
        "not_child", "table_in_use", "brackets_overlap"; "share_not_of_table": the version changed since
        the share was computed, a ConflictError). In a savepoint, so that the error is raised cleanly."""
        try:
            with s.begin_nested():
                s.add_all(new)
                s.flush()
        except (IntegrityError, DBAPIError) as exc:
            code = _guard_code(exc)
            if code == "share_not_of_table":
                raise ConflictError("stale", entity="income_tables") from exc
            if code == "daycare_exists":
                raise ValidationError(code, field="child_id") from exc
            if code == "table_exists":
                raise ValidationError(code, field="valid_from") from exc
            if code == "not_child":
                raise ValidationError(code, field="child_id") from exc
            if code is not None:
                raise ValidationError(code, field="levels") from exc
            raise

    def _write_levels(self, s: Session, table: IncomeTable, levels: Sequence[LevelInput]) -> None:
        rows = [IncomeLevel(table_id=table.id, level=lv.level, income_from=lv.income_from, income_to=lv.income_to,
                            parent_share=lv.parent_share) for lv in levels]
        self._flush_guarded(s, *rows)

    def create_table(self, valid_from: date, note: str, levels: Sequence[LevelInput]) -> IncomeTableDTO:
        """A new version of the income-level table, in force from ``valid_from`` ("table_exists" for a date
        that has one); its levels checked (models.daycare.rules.validate_levels)."""
        self._require(Action.MANAGE_INCOME_TABLE, entity=TABLE)
        note = clean_line(note, "note", NOTE_MAX)
        clean = self._clean_levels(levels)
        with self._tx() as s:
            if s.scalar(select(IncomeTable.id).where(IncomeTable.valid_from == valid_from)) is not None:
                raise ValidationError("table_exists", field="valid_from", on=rules.format_day(valid_from))
            t = IncomeTable(valid_from=valid_from, note=note, created_by_id=self.user.id,
                            created_by=self.user.username, updated_by=self.user.username)
            self._flush_guarded(s, t)
            self._write_levels(s, t, clean)
            self._audit(s, "create", entity=TABLE, entity_id=t.id,
                        detail={"valid_from": valid_from.isoformat(), "levels": len(clean)})
            return self._table_dtos(s, [t])[0]

    def update_table(self, table_id: int, version: int, valid_from: date, note: str,
                     levels: Sequence[LevelInput]) -> IncomeTableDTO:
        """A version changed while no case used it ("table_in_use" after: make a new version from a date)."""
        self._require(Action.MANAGE_INCOME_TABLE, entity=TABLE, entity_id=table_id)
        note = clean_line(note, "note", NOTE_MAX)
        clean = self._clean_levels(levels)
        with self._tx() as s:
            t = s.get(IncomeTable, table_id)
            if t is None:
                raise NotFound(entity=TABLE, id=table_id)
            self._check_stale(t, version)
            if t.id in self._in_use(s):
                raise ValidationError("table_in_use", field="levels", on=rules.format_day(t.valid_from))
            if valid_from != t.valid_from and s.scalar(
                    select(IncomeTable.id).where(IncomeTable.valid_from == valid_from)) is not None:
                raise ValidationError("table_exists", field="valid_from", on=rules.format_day(valid_from))
            t.valid_from, t.note = valid_from, note
            touch(t, self.user.username)
            self._flush_guarded(s)  # the version's row first: it is locked, and the guard checks it unused
            s.execute(delete(IncomeLevel).where(IncomeLevel.table_id == t.id))
            self._write_levels(s, t, clean)
            self._audit(s, "update", entity=TABLE, entity_id=t.id,
                        detail={"valid_from": valid_from.isoformat(), "levels": len(clean)})
            return self._table_dtos(s, [t])[0]

    def preview_share(self, monthly_income: int, household_size: int, on: date) -> ShareCalculation:
        """The share step by step with the version in force on ``on`` (nothing written: the dialog's live
        calculation)."""
        self._require(Action.VIEW_DAYCARE, entity=TABLE)
        self._household(monthly_income, household_size)
        with self._read() as s:
            return rules.compute_share(monthly_income, household_size, self._in_force(s, on))

    @staticmethod
    def _household(monthly_income: int, household_size: int) -> None:
        _money(monthly_income, "monthly_income")
        if not 1 <= household_size <= HOUSEHOLD_MAX:
            raise ValidationError("household_size", field="household_size")

    # ---- eligibility -------------------------------------------------------------------------------------
    @staticmethod
    def _school_year(school_year: int) -> int:
        if not YEARS[0] <= school_year <= YEARS[1]:
            raise ValidationError("invalid_choice", field="school_year")
        return school_year

    def eligibility(self, child_id: int, school_year: int) -> tuple[bool, int]:
        """Whether the child is under 36 months on 1 September of the school year, and the computed months
        ("no_birth_date"; a child the user cannot see is a NotFound)."""
        self._require(Action.VIEW_DAYCARE, entity=CASE)
        self._school_year(school_year)
        with self._reading() as s:
            self._visible_person(s, child_id, action="daycare_eligibility")
            p = s.get(Person, child_id)
            assert p is not None
            if p.birth_date is None:
                raise ValidationError("no_birth_date", field="child_id")
            return rules.eligible_age(p.birth_date, school_year)

    # ---- the cases: DTOs ---------------------------------------------------------------------------------
    def _calculation(self, c: DaycareCase, table: IncomeTable | None,
                     levels: Sequence[LevelInput]) -> ShareCalculation:
        """The stored share (its numbers held to the version's levels by the guard), its steps made from
        them."""
        per_person = c.monthly_income // max(1, c.household_size)
        lv = next((x for x in levels if x.level == c.income_level), None)
        bracket_from = lv.income_from if lv is not None else 0
        bracket_to = lv.income_to if lv is not None else None
        valid_from = table.valid_from if table is not None else date.min
        values = (rules.format_money(c.monthly_income), str(c.household_size), rules.format_money(per_person),
                  rules.format_day(valid_from), rules.bracket_text(bracket_from, bracket_to), str(c.income_level),
                  rules.format_money(c.parent_share))
        return ShareCalculation(
            monthly_income=c.monthly_income, household_size=c.household_size, per_person=per_person,
            table_id=c.income_table_id, table_valid_from=valid_from, level=c.income_level,
            bracket_from=bracket_from, bracket_to=bracket_to, parent_share=c.parent_share,
            steps=tuple(ShareStep(label, value) for label, value in zip(rules.STEP_LABELS, values, strict=True)))

    def _case_dtos(self, s: Session, rows: Sequence[tuple[DaycareCase, FamilyFile]]) -> list[DaycareCaseDTO]:
        if not rows:
            return []
        cases = [c for c, _f in rows]
        children = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_({c.child_id for c in cases})))}
        table_ids = {c.income_table_id for c in cases}
        tables = {t.id: t for t in s.scalars(select(IncomeTable).where(IncomeTable.id.in_(table_ids)))}
        levels = self._levels(s, table_ids)
        protocol_ids = {c.protocol_id for c in cases if c.protocol_id is not None}
        held = dict(s.execute(select(CommitteeProtocol.id, CommitteeProtocol.held_on)
                              .where(CommitteeProtocol.id.in_(protocol_ids))).all()) if protocol_ids else {}
        users = {u.id: u for u in s.scalars(select(User).where(User.id.in_(
            {c.worker_id for c in cases} | {c.approved_by_id for c in cases if c.approved_by_id is not None})))}
        out = []
        for c, f in rows:
            approver = users.get(c.approved_by_id) if c.approved_by_id is not None else None
            worker = users.get(c.worker_id)
            out.append(DaycareCaseDTO(
                id=c.id, version=c.version, file_id=f.id, file_number=f.file_number, family_name=f.family_name,
                child=_brief(children.get(c.child_id), c.child_id), school_year=c.school_year,
                age_months=c.age_months, ground=c.ground, ground_detail=c.ground_detail,
                medical_info=c.medical_info, medical_source=c.medical_source, specialist_kind=c.specialist_kind,
                specialist_name=c.specialist_name, specialist_on=c.specialist_on, committee=c.committee,
                protocol_id=c.protocol_id,
                protocol_held_on=held.get(c.protocol_id) if c.protocol_id is not None else None,
                committee_on=c.committee_on, committee_reference=c.committee_reference,
                calculation=self._calculation(c, tables.get(c.income_table_id), levels.get(c.income_table_id, ())),
                centre_name=c.centre_name, start_on=c.start_on, status=c.status, ended_on=c.ended_on,
                end_reason=c.end_reason, approved_by=approver.full_name if approver is not None else "",
                approved_at=c.approved_at, worker=user_ref(worker) if worker is not None else None))
        return out

    def _rows(self, s: Session, rows: Sequence[tuple[DaycareCase, FamilyFile, Person]]) -> list[DaycareRow]:
        return [DaycareRow(c.id, f.id, f.file_number, _name(p), c.age_months, c.school_year, c.ground, c.status,
                           c.centre_name, c.start_on, c.parent_share) for c, f, p in rows]

    # ---- the cases: reads --------------------------------------------------------------------------------
    def cases(self, status: str | None = None, school_year: int | None = None, offset: int = 0,
              limit: int = 200) -> list[DaycareRow]:
        """The day-care page: the cases of the files the user sees, newest school year first, then by the
        child's name; filtered by status and school year. Audited as a list read naming the files."""
        self._require(Action.VIEW_DAYCARE, entity=CASE)
        if status is not None:
            _choice(status, ("draft", "approved", "placed", "ended"), "status")
        with self._reading() as s:
            stmt = (select(DaycareCase, FamilyFile, Person)
                    .join(FamilyFile, FamilyFile.id == DaycareCase.file_id)
                    .join(Person, Person.id == DaycareCase.child_id)
                    .where(self._files()))
            if status is not None:
                stmt = stmt.where(DaycareCase.status == status)
            if school_year is not None:
                stmt = stmt.where(DaycareCase.school_year == school_year)
            stmt = stmt.order_by(DaycareCase.school_year.desc(), Person.last_name, Person.first_name,
                                 DaycareCase.id).offset(max(0, offset)).limit(max(1, min(limit, 1000)))
            rows = self._rows(s, [(c, f, p) for c, f, p in s.execute(stmt).all()])
            self._audit_read(s, "list", entity=CASE,
                             detail={"status": status or "", "school_year": school_year,
                                     "files": sorted({r.file_id for r in rows})})
            return rows

    def file_cases(self, file_id: int) -> list[DaycareCaseDTO]:
        """The file's day-care tab: its cases, newest school year first (audited as a read of the file)."""
        self._require(Action.VIEW_DAYCARE, entity=CASE, file_id=file_id)
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="view_daycare")
            cases = s.scalars(select(DaycareCase).where(DaycareCase.file_id == f.id)
                              .order_by(DaycareCase.school_year.desc(), DaycareCase.id.desc())).all()
            out = self._case_dtos(s, [(c, f) for c in cases])
            self._audit_read(s, "view", entity=CASE, file_id=f.id, detail={"for": "daycare_tab"})
            return out

    def case(self, case_id: int) -> DaycareCaseDTO:
        """One case (audited as a view)."""
        self._require(Action.VIEW_DAYCARE, entity=CASE, entity_id=case_id)
        with self._reading() as s:
            c, f = self._case(s, case_id, action="view_daycare")
            dto = self._case_dtos(s, [(c, f)])[0]
            self._audit_read(s, "view", entity=CASE, entity_id=c.id, file_id=f.id)
            return dto

    def protocol_options(self, file_id: int, child_id: int) -> list[ProtocolOption]:
        """The final committee protocols of the child in the file, newest first, each with its decisions'
        texts: the treatment-plan committee's decision a case links to (audited as a read of the file)."""
        self._require(Action.VIEW_DAYCARE, entity=CASE, file_id=file_id)
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="view_daycare")
            protocols = s.scalars(select(CommitteeProtocol).where(
                CommitteeProtocol.file_id == f.id, CommitteeProtocol.child_id == child_id,
                CommitteeProtocol.finalised_at.is_not(None))
                .order_by(CommitteeProtocol.held_on.desc(), CommitteeProtocol.id.desc())).all()
            texts: dict[int, list[str]] = {}
            if protocols:
                for pid, text in s.execute(select(CommitteeDecision.protocol_id, CommitteeDecision.text).where(
                        CommitteeDecision.protocol_id.in_([p.id for p in protocols]))
                        .order_by(CommitteeDecision.protocol_id, CommitteeDecision.position, CommitteeDecision.id)):
                    texts.setdefault(pid, []).append(text)
            out = [ProtocolOption(p.id, p.held_on, "; ".join(texts.get(p.id, ()))) for p in protocols]
            self._audit_read(s, "view", entity="committee_protocol", file_id=f.id,
                             detail={"for": "daycare_protocols", "child": child_id})
            return out

    # ---- the cases: writes -------------------------------------------------------------------------------
    def _clean(self, data: DaycareInput) -> _Clean:
        """What needs no database: the choices, the texts, the evidence each ground and committee asks for,
        the household."""
        self._school_year(data.school_year)
        ground = _choice(data.ground, DAYCARE_GROUNDS, "ground")
        committee = _choice(data.committee, DAYCARE_COMMITTEES, "committee")
        if data.specialist_kind and data.specialist_kind not in DAYCARE_SPECIALISTS:
            raise ValidationError("invalid_choice", field="specialist_kind")
        detail = clean_text(data.ground_detail, "ground_detail", DETAIL_MAX, required=True)
        source = clean_line(data.medical_source, "medical_source", SOURCE_MAX)
        specialist = clean_line(data.specialist_name, "specialist_name", NAME_MAX)
        reference = clean_line(data.committee_reference, "committee_reference", REFERENCE_MAX)
        centre = clean_line(data.centre_name, "centre_name", CENTRE_MAX)
        if ground == "abuse_neglect" and not data.medical_info:
            raise ValidationError("medical_info_required", field="medical_info")
        if ground == "developmental_delay" and not data.specialist_kind:
            raise ValidationError("specialist_required", field="specialist_kind")
        if committee == "treatment_plan" and data.protocol_id is None:
            raise ValidationError("protocol_required", field="protocol_id")
        if committee == "toddlers_at_risk" and not reference:
            raise ValidationError("committee_reference_required", field="committee_reference")
        today = rules.today()
        for field, day in (("specialist_on", data.specialist_on), ("committee_on", data.committee_on)):
            if day is not None and day > today:
                raise ValidationError("date_future", field=field)
        self._household(data.monthly_income, data.household_size)
        return _Clean(detail, source, data.specialist_kind, specialist, reference, centre)

    def _protocol(self, s: Session, data: DaycareInput) -> int | None:
        """The treatment-plan committee's protocol: a final protocol of this child in this file
        ("invalid_choice"); none for the toddlers-at-risk committee."""
        if data.committee != "treatment_plan":
            return None
        assert data.protocol_id is not None
        p = s.scalar(select(CommitteeProtocol).where(CommitteeProtocol.id == data.protocol_id, self._protocols()))
        if p is None or p.file_id != data.file_id or p.child_id != data.child_id or p.finalised_at is None:
            raise ValidationError("invalid_choice", field="protocol_id")
        return p.id

    def _protocols(self) -> ColumnElement[bool]:
        """The protocols of the files the user sees (PostgreSQL: the policy)."""
        if self._db.backend.row_security:
            return CommitteeProtocol.id.is_not(None)
        return CommitteeProtocol.file_id.in_(select(FamilyFile.id).where(self._files()))

    def _fill(self, s: Session, c: DaycareCase, data: DaycareInput, clean: _Clean, child: Person) -> None:
        """Eligibility and the share on the case (new or a draft), every rule checked."""
        c.age_months = rules.check_age(child.birth_date, data.school_year)
        protocol_id = self._protocol(s, data)
        table = self._in_force(s, rules.share_day(data.school_year))
        share = rules.compute_share(data.monthly_income, data.household_size, table)
        c.school_year = data.school_year
        c.ground, c.ground_detail = data.ground, clean.ground_detail
        c.medical_info, c.medical_source = data.medical_info, clean.medical_source
        c.specialist_kind, c.specialist_name, c.specialist_on = (clean.specialist_kind, clean.specialist_name,
                                                                 data.specialist_on)
        c.committee, c.protocol_id, c.committee_on = data.committee, protocol_id, data.committee_on
        c.committee_reference = clean.committee_reference if data.committee == "toddlers_at_risk" else ""
        c.household_size, c.monthly_income = data.household_size, data.monthly_income
        c.income_table_id, c.income_level, c.parent_share = share.table_id, share.level, share.parent_share
        c.calculation = rules.steps_to_json(share.steps)
        c.centre_name, c.start_on = clean.centre_name, data.start_on

    def _exists(self, s: Session, child_id: int, school_year: int, other: int | None = None) -> None:
        stmt = select(DaycareCase.id).where(DaycareCase.child_id == child_id, DaycareCase.school_year == school_year)
        if other is not None:
            stmt = stmt.where(DaycareCase.id != other)
        if s.scalar(stmt) is not None:
            raise ValidationError("daycare_exists", field="child_id", school_year=school_year)

    def create(self, data: DaycareInput) -> DaycareCaseDTO:
        """A draft case for a child of a file the user sees, every rule checked ("not_child", "no_birth_date",
        "too_old" with ``months`` and ``on``, "medical_info_required", "specialist_required",
        "protocol_required", "invalid_choice" (the protocol), "committee_reference_required",
        "negative_amount", "household_size", "daycare_exists", "no_income_table"), the share computed and
        stored with its steps. The user is its worker. Nothing is saved when refused."""
        self._require(Action.MANAGE_DAYCARE, entity=CASE, file_id=data.file_id)
        clean = self._clean(data)
        with self._tx() as s:
            f = self._visible_file(s, data.file_id, action="create_daycare")
            child = self._child(s, f.id, data.child_id, action="create_daycare")
            self._exists(s, child.id, data.school_year)
            c = DaycareCase(file_id=f.id, child_id=child.id, status="draft", ended_on=None, end_reason="",
                            approved_by_id=None, approved_at=None, worker_id=self.user.id,
                            created_by=self.user.username, updated_by=self.user.username)
            self._fill(s, c, data, clean, child)
            self._flush_guarded(s, c)
            self._audit(s, "create", entity=CASE, entity_id=c.id, file_id=f.id,
                        detail={"child": child.id, "school_year": c.school_year, "ground": c.ground,
                                "table": c.income_table_id, "level": c.income_level, "share": c.parent_share})
            return self._case_dtos(s, [(c, f)])[0]

    def update(self, case_id: int, version: int, data: DaycareInput) -> DaycareCaseDTO:
        """A draft changed ("not_draft" after approval), every rule checked again and the share computed
        again; its file and child stay ("invalid_choice")."""
        self._require(Action.MANAGE_DAYCARE, entity=CASE, entity_id=case_id)
        clean = self._clean(data)
        with self._tx() as s:
            c, f = self._case(s, case_id, action="update_daycare")
            self._check_stale(c, version)
            if c.status != "draft":
                raise ValidationError("not_draft", field="status", status=c.status)
            if data.file_id != c.file_id:
                raise ValidationError("invalid_choice", field="file_id")
            if data.child_id != c.child_id:
                raise ValidationError("invalid_choice", field="child_id")
            child = self._child(s, f.id, c.child_id, action="update_daycare")
            self._exists(s, child.id, data.school_year, other=c.id)
            self._fill(s, c, data, clean, child)
            c.updated_by = self.user.username
            self._flush_guarded(s)
            self._audit(s, "update", entity=CASE, entity_id=c.id, file_id=f.id,
                        detail={"school_year": c.school_year, "ground": c.ground, "table": c.income_table_id,
                                "level": c.income_level, "share": c.parent_share})
            return self._case_dtos(s, [(c, f)])[0]

    def approve(self, case_id: int, version: int) -> DaycareCaseDTO:
        """A draft approved ("invalid_status" otherwise), in the user's name, at the server's time."""
        self._require(Action.MANAGE_DAYCARE, entity=CASE, entity_id=case_id)
        with self._tx() as s:
            c, f = self._case(s, case_id, action="approve_daycare")
            self._check_stale(c, version)
            if c.status != "draft":
                raise ValidationError("invalid_status", field="status", status=c.status)
            c.status, c.approved_by_id, c.approved_at = "approved", self.user.id, server_now(s)
            c.updated_by = self.user.username
            self._flush_guarded(s)
            self._audit(s, "approve", entity=CASE, entity_id=c.id, file_id=f.id)
            return self._case_dtos(s, [(c, f)])[0]

    def place(self, case_id: int, version: int, centre_name: str, start_on: date) -> DaycareCaseDTO:
        """An approved case placed in a day-care centre from a day of its school year ("start_outside_year");
        a placed case's centre or start corrected ("invalid_status" for a draft or an ended case)."""
        self._require(Action.MANAGE_DAYCARE, entity=CASE, entity_id=case_id)
        centre = clean_line(centre_name, "centre_name", CENTRE_MAX, required=True)
        with self._tx() as s:
            c, f = self._case(s, case_id, action="place_daycare")
            self._check_stale(c, version)
            if c.status not in ("approved", "placed"):
                raise ValidationError("invalid_status", field="status", status=c.status)
            first = rules.september_first(c.school_year)
            if not first <= start_on < rules.september_first(c.school_year + 1):
                raise ValidationError("start_outside_year", field="start_on", school_year=c.school_year)
            c.status, c.centre_name, c.start_on = "placed", centre, start_on
            c.updated_by = self.user.username
            self._flush_guarded(s)
            self._audit(s, "place", entity=CASE, entity_id=c.id, file_id=f.id,
                        detail={"centre": centre, "start_on": start_on.isoformat()})
            return self._case_dtos(s, [(c, f)])[0]

    def end(self, case_id: int, version: int, ended_on: date, reason: str) -> DaycareCaseDTO:
        """A case ended, with a reason: a placement's end, or a draft or approval not pursued. Not after today
        ("date_future"), not before the start ("date_before_start"); an ended case is final
        ("invalid_status")."""
        self._require(Action.MANAGE_DAYCARE, entity=CASE, entity_id=case_id)
        reason = clean_line(reason, "end_reason", END_REASON_MAX, required=True)
        if ended_on > rules.today():
            raise ValidationError("date_future", field="ended_on")
        with self._tx() as s:
            c, f = self._case(s, case_id, action="end_daycare")
            self._check_stale(c, version)
            if c.status == "ended":
                raise ValidationError("invalid_status", field="status", status=c.status)
            if c.status == "placed" and c.start_on is not None and ended_on < c.start_on:
                raise ValidationError("date_before_start", field="ended_on")
            c.status, c.ended_on, c.end_reason = "ended", ended_on, reason
            c.updated_by = self.user.username
            self._flush_guarded(s)
            self._audit(s, "end", entity=CASE, entity_id=c.id, file_id=f.id,
                        detail={"ended_on": ended_on.isoformat()})
            return self._case_dtos(s, [(c, f)])[0]

    # ---- the approval letter -----------------------------------------------------------------------------
    def _parents(self, s: Session, file_id: int) -> list[Person]:
        member = aliased(FamilyMember)
        return list(s.scalars(select(Person).join(member, member.person_id == Person.id)
                              .where(member.file_id == file_id, member.relation == "parent",
                                     self._db.backend.persons_filter(self.user))
                              .order_by(member.id)))

    def approval_letter(self, case_id: int, language: str | None = None) -> ApprovalLetterForm:
        """What the approval letter to the parents prints, in the family's language (the first parent's
        preferred language: Arabic or Hebrew; ``language`` to choose): an approved or placed case only
        ("not_approved"). Audited as a read of the case for a form."""
        self._require(Action.VIEW_DAYCARE, entity=CASE, entity_id=case_id)
        if language is not None and language not in LETTER_LANGUAGES:
            raise ValidationError("invalid_choice", field="language")
        with self._tx() as s:
            c, f = self._case(s, case_id, action="print")
            if c.status not in ("approved", "placed"):
                raise ValidationError("not_approved", field="status", status=c.status)
            dto = self._case_dtos(s, [(c, f)])[0]
            parents = self._parents(s, f.id)
            lang = language or ("ar" if parents and parents[0].preferred_language == "ar" else "he")
            child = s.get(Person, c.child_id)
            worker = s.get(User, c.worker_id)
            form = ApprovalLetterForm(
                letterhead=read_settings(s).letterhead, case=dto,
                child=LetterChild(_name(child), child.birth_date if child else None,
                                  (child.id_number or "") if child else ""),
                parents=tuple(_name(p) for p in parents),
                address=", ".join(x for x in (f.address, f.locality) if x),
                worker_name=worker.full_name if worker is not None else "",
                worker_role=worker.role if worker is not None else "",
                language=lang, printed_on=rules.today())
            self._audit(s, "view", entity=CASE, entity_id=c.id, file_id=f.id, detail={"for": "form", "form": FORM})
            return form

    def record_output(self, case_id: int, form: str = FORM, kind: str = "print") -> None:
        """The approval letter left the program: to a printer ("print") or a file ("save"). Audited."""
        if kind not in OUTPUT_KINDS:
            raise ValidationError("invalid_choice", field="kind")
        if form not in FORMS:
            raise ValidationError("invalid_choice", field="form")
        self._require(Action.VIEW_DAYCARE, entity=CASE, entity_id=case_id)
        with self._tx() as s:
            c, f = self._case(s, case_id, action=kind)
            self._audit(s, kind, entity=CASE, entity_id=c.id, file_id=f.id,
                        detail={"form": form, "output": "printer" if kind == "print" else "file"})
