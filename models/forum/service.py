"""The youth-law weekly forum (פורום חוק הנוער): reports about children at risk, the forum's agenda of the
reports not yet decided, its weekly meetings, the decisions (each a Task for the worker in charge) and the
data of its minutes.

Every public method is one transaction: the permission first (REPORT_RISK to record a report and read those
one recorded, RUN_FORUM to read every report of the files one sees, hold the meetings and decide), the input
checked before anything is written, the audit row (reads of reports too), DTOs out, DomainError codes.

Visibility. A report is case content: read by the forum's members (RUN_FORUM) among those who see its file,
and by the worker who recorded it. On PostgreSQL the policy of revision 0019 says it; on SQLite the
statements here add the same clauses (``_visible``). A forum meeting is not case content (every role reads
it); the reports decided at it are.

Decisions. ``decide`` is made at a meeting held today or before ("meeting_future"), by a forum member; its
responsible worker is one who may see the file (the tasks' rule: models.service.file_viewers_clause), its
due date within the urgency's days of the meeting (models.forum.rules.check_due); it puts a Task on the file
for that worker (titled "Youth-law forum: <intervention>", the decision's note as its description) in the
same transaction, and the report becomes decided: final (the guard ``maane_forum_guard`` holds that on
PostgreSQL, for raw SQL too). Two members deciding one report at once: the second is told (ConflictError).

"Today" is ``models.forum.rules.today()`` only (tests move it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, func, select, true
from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.codes import FORUM_INTERVENTIONS, REPORTER_KINDS, RISK_REPORT_KINDS, URGENCIES
from models.committees.dto import PersonBrief
from models.department.service import read_settings
from models.errors import NotFound, ValidationError
from models.families.entities import FamilyFile, FamilyMember
from models.forum import rules
from models.forum.dto import (
    Agenda,
    AgendaRow,
    ForumDecisionInput,
    ForumMeetingDTO,
    ForumMeetingInput,
    ForumMinutesForm,
    ForumMinutesItem,
    RiskReportDTO,
    RiskReportInput,
)
from models.forum.entities import ForumMeeting, RiskReport
from models.intake.entities import Referral
from models.people.entities import Person
from models.roles import FORUM_MEMBERS, Action
from models.service import (
    ServiceBase,
    _Denied,
    file_viewers_clause,
    server_now,
    user_ref,
    visible_files_clause,
)
from models.tasks.entities import Task
from models.text import clean_line, clean_text
from models.users.dto import UserRef
from models.users.entities import User

# field limits (the columns of models.forum.entities)
REPORTER_NAME_MAX = 200
REPORTER_PHONE_MAX = 40
DESCRIPTION_MAX = 8000
NOTE_MAX = 4000
ATTENDEE_MAX = 120
ATTENDEES_MAX = 60
MEETING_NOTES_MAX = 8000
AGENDA_LIMIT_MAX = 1000

# the audit's entities
REPORT = "risk_report"
MEETING = "forum_meeting"
FORMS = ("forum_minutes",)
OUTPUT_KINDS = ("print", "save")
# the database guard's refusals (revision 0019) the service words as its own codes
GUARD_CODES = ("not_child", "date_future", "meeting_future", "due_before_meeting", "due_too_late")
# an intake referral's source as a report's reporter (REFERRAL_SOURCES -> REPORTER_KINDS)
SOURCE_REPORTER = {"self": "parent", "school": "school", "kindergarten": "kindergarten", "health": "health",
                   "police": "police", "court": "other", "department_service": "department_worker",
                   "anonymous": "anonymous", "other": "other"}
_MEMBER_ROLES = tuple(sorted(r.value for r in FORUM_MEMBERS))
# an agenda row as read: report id, version, file id, file number, first name, last name, birth date, urgency,
# kind, channel, reported on, reporter kind, the description's head
_AgendaTuple = tuple[int, int, int, str, str, str, date | None, str, str, str, date, str, str]
_Stmt = TypeVar("_Stmt", bound="Select[*tuple[Any, ...]]")
_PG_MEETING_DECIDED = sql_text("SELECT maane_forum_meeting_decided(:m)")
_PG_AGENDA = sql_text("SELECT total, id, version, file_id, file_number, first_name, last_name, birth_date, urgency,"
                      " kind, channel, reported_on, reporter_kind, summary FROM maane_forum_agenda(:offset, :limit)")

# the agenda's order in SQL (models.forum.rules.agenda_key): urgency, the child's age (youngest first, an
# unknown birth date last), the report's date, the report
_URGENCY_RANK = case({u: i for i, u in enumerate(URGENCIES)}, value=RiskReport.urgency, else_=len(URGENCIES))
AGENDA_ORDER_BY = (_URGENCY_RANK, Person.birth_date.desc().nulls_last(), RiskReport.reported_on, RiskReport.id)


def _choice(value: str, allowed: Sequence[str], field: str) -> str:
    if value == "":
        raise ValidationError("required", field=field)
    if value not in allowed:
        raise ValidationError("invalid_choice", field=field)
    return value


def _name(p: Person | None) -> str:
    return f"{p.first_name} {p.last_name}".strip() if p is not None else ""


def _guard_code(exc: DBAPIError) -> str | None:
    """The code of the database guard's refusal in a driver error, if it is one."""
    text = str(exc.orig)
    return next((code for code in GUARD_CODES if code in text), None)


class ForumService(ServiceBase):
    # ---- permissions and visibility ----------------------------------------------------------------------
    def _member(self) -> bool:
        return self._can(Action.RUN_FORUM)

    def _visible(self) -> ColumnElement[bool]:
        """The reports the user reads, for a statement that joins family_files: of the files she sees, and
        all of them for a forum member, only those she recorded for anyone else. PostgreSQL: the policies
        (risk_reports, family_files) say it."""
        if self._db.backend.row_security:
            return true()
        mine = true() if self._member() else RiskReport.recorded_by_id == self.user.id
        return and_(visible_files_clause(self.user), mine)

    def _readable(self, stmt: _Stmt) -> _Stmt:
        """``stmt`` over risk_reports (not joining family_files) limited to the reports the user reads. On
        PostgreSQL the policy already is, as one probe of each report's file: a join of family_files there
        would scan every file the login sees (their policy), whatever the reports."""
        if self._db.backend.row_security:
            return stmt
        return stmt.join(FamilyFile, FamilyFile.id == RiskReport.file_id).where(self._visible())

    def _report(self, s: Session, report_id: int, *, action: str) -> tuple[RiskReport, FamilyFile]:
        """The report if the user reads it; missing or hidden: NotFound (hidden: a denied attempt too)."""
        return self._visible_row(s, RiskReport, report_id, entity=REPORT, action=action, visible=self._visible())

    @staticmethod
    def _meeting(s: Session, meeting_id: int) -> ForumMeeting:
        m = s.get(ForumMeeting, meeting_id)
        if m is None:
            raise NotFound(entity=MEETING, id=meeting_id)
        return m

    def _child(self, s: Session, file_id: int, person_id: int, *, action: str) -> Person:
        """A child of the file ("not_child", field child_id), visible to the user."""
        if s.scalar(select(FamilyMember.id).where(FamilyMember.file_id == file_id, FamilyMember.person_id == person_id,
                                                   FamilyMember.relation == "child")) is None:
            raise ValidationError("not_child", field="child_id")
        self._visible_person(s, person_id, action=action, file_id=file_id)
        p = s.get(Person, person_id)
        assert p is not None
        return p

    @staticmethod
    def _referral(s: Session, referral_id: int, file_id: int) -> Referral:
        """An intake referral attached to this file that the user reads (PostgreSQL: the referrals' policy;
        SQLite: the file is one she sees, which makes its referrals hers to read)."""
        r = s.get(Referral, referral_id)
        if r is None or r.file_id != file_id:
            raise ValidationError("invalid_choice", field="referral_id")
        return r

    def _flush_guarded(self, s: Session, *new: Any) -> None:
        """Flush (``new`` added), the database guard's refusal (PostgreSQL) turned into the service's code."""
        try:
            with s.begin_nested():
                s.add_all(new)
                s.flush()
        except DBAPIError as exc:
            code = _guard_code(exc)
            if code is None:
                raise
            field = {"not_child": "child_id", "date_future": "reported_on", "meeting_future": "meeting_id"}
            raise ValidationError(code, field=field.get(code, "due_on")) from exc

    # ---- DTOs --------------------------------------------------------------------------------------------
    @staticmethod
    def _users(s: Session, ids: Iterable[int | None]) -> dict[int, User]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        return {u.id: u for u in s.scalars(select(User).where(User.id.in_(wanted)))}

    def _report_dtos(self, s: Session, rows: Sequence[RiskReport]) -> list[RiskReportDTO]:
        if not rows:
            return []
        files = {f.id: f for f in s.scalars(select(FamilyFile).where(FamilyFile.id.in_({r.file_id for r in rows})))}
        persons = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_({r.child_id for r in rows})))}
        meetings = {m.id: m for m in s.scalars(select(ForumMeeting).where(
            ForumMeeting.id.in_({r.meeting_id for r in rows if r.meeting_id is not None})))}
        users = self._users(s, (i for r in rows for i in (r.recorded_by_id, r.responsible_id, r.decided_by_id)))
        today = rules.today()
        out = []
        for r in rows:
            f = files.get(r.file_id)
            child = persons.get(r.child_id)
            years, months = rules.age(child.birth_date if child else None, today)
            meeting = meetings.get(r.meeting_id) if r.meeting_id is not None else None
            responsible = users.get(r.responsible_id) if r.responsible_id is not None else None
            recorder = users.get(r.recorded_by_id)
            decider = users.get(r.decided_by_id) if r.decided_by_id is not None else None
            decided_on = meeting.held_on if meeting is not None else None
            out.append(RiskReportDTO(
                id=r.id, version=r.version, file_id=r.file_id, file_number=f.file_number if f else "",
                family_name=f.family_name if f else "",
                child=PersonBrief(r.child_id, child.first_name if child else "", child.last_name if child else "",
                                  child.birth_date if child else None, child.preferred_language if child else "he"),
                age_years=years, age_months=months, reported_on=r.reported_on, reporter_kind=r.reporter_kind,
                reporter_name=r.reporter_name, reporter_phone=r.reporter_phone, kind=r.kind,
                description=r.description, urgency=r.urgency, channel=r.channel, referral_id=r.referral_id,
                recorded_by=recorder.full_name if recorder else "",
                days_open=rules.days_open(r.reported_on, decided_on), decided=r.decided_at is not None,
                meeting_id=r.meeting_id, meeting_on=decided_on, intervention=r.intervention or "",
                responsible=user_ref(responsible) if responsible is not None else None, due_on=r.due_on,
                task_id=r.task_id, decision_note=r.decision_note, decided_by=decider.full_name if decider else "",
                decided_at=r.decided_at))
        return out

    def _meeting_dtos(self, s: Session, rows: Sequence[ForumMeeting]) -> list[ForumMeetingDTO]:
        if not rows:
            return []
        ids = [m.id for m in rows]
        counts = dict(s.execute(self._readable(
            select(RiskReport.meeting_id, func.count()).where(RiskReport.meeting_id.in_(ids))
            .group_by(RiskReport.meeting_id))).all())
        chairs = self._users(s, (m.chair_id for m in rows))
        out = []
        for m in rows:
            chair = chairs.get(m.chair_id)
            out.append(ForumMeetingDTO(
                id=m.id, version=m.version, held_on=m.held_on, status=m.status,
                chair=user_ref(chair) if chair is not None else None,
                attendees=tuple(line for line in m.attendees.split("\n") if line), notes=m.notes,
                monthly_district=m.monthly_district, decided_count=int(counts.get(m.id, 0))))
        return out

    # ---- reports -----------------------------------------------------------------------------------------
    def _clean_report(self, data: RiskReportInput) -> dict[str, Any]:
        _choice(data.reporter_kind, REPORTER_KINDS, "reporter_kind")
        _choice(data.kind, RISK_REPORT_KINDS, "kind")
        _choice(data.urgency, URGENCIES, "urgency")
        if data.reported_on > rules.today():
            raise ValidationError("date_future", field="reported_on")
        return {
            "reported_on": data.reported_on,
            "reporter_kind": data.reporter_kind,
            "reporter_name": clean_line(data.reporter_name, "reporter_name", REPORTER_NAME_MAX),
            "reporter_phone": clean_line(data.reporter_phone, "reporter_phone", REPORTER_PHONE_MAX),
            "kind": data.kind,
            "description": clean_text(data.description, "description", DESCRIPTION_MAX, required=True),
            "urgency": data.urgency,
            "referral_id": data.referral_id,
            "channel": "referral" if data.referral_id is not None else "report",
        }

    def record_report(self, data: RiskReportInput) -> RiskReportDTO:
        """A report about a child of a file the user sees ("not_child"), dated today or before
        ("date_future"), with a description ("required"); from an intake referral of this file the user
        reads (``referral_id``: channel "referral"; another: "invalid_choice"). Recorded undecided, in the
        user's name: it is on the forum's agenda."""
        self._require(Action.REPORT_RISK, entity=REPORT, file_id=data.file_id)
        values = self._clean_report(data)
        with self._tx() as s:
            f = self._visible_file(s, data.file_id, action="report_risk")
            self._child(s, f.id, data.child_id, action="report_risk")
            if data.referral_id is not None:
                self._referral(s, data.referral_id, f.id)
            r = RiskReport(file_id=f.id, child_id=data.child_id, recorded_by_id=self.user.id,
                           recorded_at=server_now(s), decision_note="", created_by=self.user.username,
                           updated_by=self.user.username, **values)
            self._flush_guarded(s, r)
            self._audit(s, "create", entity=REPORT, entity_id=r.id, file_id=f.id,
                        detail={"child": r.child_id, "urgency": r.urgency, "kind": r.kind, "channel": r.channel})
            return self._report_dtos(s, [r])[0]

    def update_report(self, report_id: int, version: int, data: RiskReportInput) -> RiskReportDTO:
        """A report changed while undecided ("report_decided" once decided: a correction is a new report), by
        whoever recorded it or a forum member. Its file and child stay (``data``'s must be the report's:
        "invalid_choice")."""
        self._require_any((Action.REPORT_RISK, Action.RUN_FORUM), entity=REPORT, entity_id=report_id)
        values = self._clean_report(data)
        with self._tx() as s:
            r, f = self._report(s, report_id, action="update_risk_report")
            if not self._member() and r.recorded_by_id != self.user.id:
                raise _Denied("update_risk_report", entity=REPORT, entity_id=r.id, file_id=f.id)
            self._check_stale(r, version)
            if r.decided_at is not None:
                raise ValidationError("report_decided", field="report_id")
            if data.file_id != r.file_id:
                raise ValidationError("invalid_choice", field="file_id")
            if data.child_id != r.child_id:
                raise ValidationError("invalid_choice", field="child_id")
            if data.referral_id is not None and data.referral_id != r.referral_id:
                self._referral(s, data.referral_id, f.id)
            for key, value in values.items():
                setattr(r, key, value)
            r.updated_by = self.user.username
            self._flush_guarded(s)
            self._audit(s, "update", entity=REPORT, entity_id=r.id, file_id=f.id,
                        detail={"urgency": r.urgency, "kind": r.kind})
            return self._report_dtos(s, [r])[0]

    def refer_from_intake(self, referral_id: int, file_id: int, child_id: int, kind: str, urgency: str,
                          description: str) -> RiskReportDTO:
        """An intake referral already attached to a file passed to the forum as a report about a child of
        that file: channel "referral", the reporter (kind, name, phone) and date from the referral."""
        self._require(Action.REPORT_RISK, entity=REPORT, file_id=file_id)
        with self._reading() as s:
            r = s.scalar(select(Referral).where(Referral.id == referral_id))
            if r is None or r.file_id != file_id:
                raise ValidationError("invalid_choice", field="referral_id")
            reporter_kind = SOURCE_REPORTER.get(r.source, "other")
            name = "" if r.source == "anonymous" else r.referrer_name
            data = RiskReportInput(file_id=file_id, child_id=child_id, reported_on=min(r.received_on, rules.today()),
                                   reporter_kind=reporter_kind, reporter_name=name, kind=kind,
                                   description=description, urgency=urgency,
                                   reporter_phone="" if r.source == "anonymous" else r.referrer_phone,
                                   referral_id=r.id)
        return self.record_report(data)

    def report(self, report_id: int) -> RiskReportDTO:
        """One report (audited as a view)."""
        self._require_any((Action.REPORT_RISK, Action.RUN_FORUM), entity=REPORT, entity_id=report_id)
        with self._reading() as s:
            r, f = self._report(s, report_id, action="view_risk_report")
            dto = self._report_dtos(s, [r])[0]
            self._audit_read(s, "view", entity=REPORT, entity_id=r.id, file_id=f.id)
            return dto

    def file_reports(self, file_id: int) -> list[RiskReportDTO]:
        """The reports of a file the user reads (a forum member: all; anyone else: those she recorded), the
        newest first (the file's "Youth law" tab). Audited as a view of the file."""
        self._require_any((Action.REPORT_RISK, Action.RUN_FORUM), entity=REPORT, file_id=file_id)
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="view_risk_reports")
            rows = s.scalars(self._readable(select(RiskReport).where(RiskReport.file_id == f.id))
                             .order_by(RiskReport.reported_on.desc(), RiskReport.id.desc())).all()
            out = self._report_dtos(s, rows)
            self._audit_read(s, "view", entity=REPORT, file_id=f.id,
                             detail={"for": "youth_law_tab", "reports": [r.id for r in rows]})
            return out

    # ---- the agenda --------------------------------------------------------------------------------------
    def _agenda_page(self, s: Session, offset: int, limit: int) -> tuple[list[_AgendaTuple], int]:
        """The page's rows in the agenda's order and how many undecided reports the user reads. PostgreSQL:
        the definer function maane_forum_agenda (revision 0019: the policy's visibility, one probe of each
        report's file). SQLite: one statement finds the page and counts (in the undecided reports' index),
        a second reads the page's rows."""
        if self._db.backend.row_security:
            found = s.connection().execute(_PG_AGENDA, {"offset": offset, "limit": limit}).all()
            total = int(found[0][0]) if found else 0
            return [tuple(row[1:]) for row in found if row[1] is not None], total
        ids = s.execute(
            select(RiskReport.id, func.count().over())
            .join(FamilyFile, FamilyFile.id == RiskReport.file_id).join(Person, Person.id == RiskReport.child_id)
            .where(RiskReport.decided_at.is_(None), self._visible())
            .order_by(*AGENDA_ORDER_BY).offset(offset).limit(limit)).all()
        if not ids:
            total = 0 if offset == 0 else int(s.scalar(
                select(func.count(RiskReport.id)).join(FamilyFile, FamilyFile.id == RiskReport.file_id)
                .where(RiskReport.decided_at.is_(None), self._visible())) or 0)
            return [], total
        rows = {row[0]: tuple(row) for row in s.execute(
            select(RiskReport.id, RiskReport.version, RiskReport.file_id, FamilyFile.file_number, Person.first_name,
                   Person.last_name, Person.birth_date, RiskReport.urgency, RiskReport.kind, RiskReport.channel,
                   RiskReport.reported_on, RiskReport.reporter_kind,
                   func.substr(RiskReport.description, 1, rules.SUMMARY_CHARS + 1))
            .join(FamilyFile, FamilyFile.id == RiskReport.file_id).join(Person, Person.id == RiskReport.child_id)
            .where(RiskReport.id.in_([rid for rid, _n in ids]))).all()}
        return [rows[rid] for rid, _n in ids if rid in rows], int(ids[0][1])

    def agenda(self, offset: int = 0, limit: int = 200) -> Agenda:
        """A page of the forum's agenda: every undecided report of the files the user sees, in the agenda's
        order (models.forum.rules.agenda_key, in SQL), and how many there are. Audited as a list read naming
        the page's files."""
        self._require(Action.RUN_FORUM, entity=REPORT)
        if offset < 0:
            raise ValidationError("invalid", field="offset")
        if not 1 <= limit <= AGENDA_LIMIT_MAX:
            raise ValidationError("invalid", field="limit")
        today = rules.today()
        with self._reading() as s:
            found, total = self._agenda_page(s, offset, limit)
            rows = []
            for (rid, version, file_id, number, first, last, birth, urgency, kind, channel, reported_on,
                 reporter_kind, head) in found:
                years, months = rules.age(birth, today)
                rows.append(AgendaRow(
                    report_id=rid, version=version, file_id=file_id, file_number=number,
                    child_name=f"{first} {last}".strip(), age_years=years, age_months=months, urgency=urgency,
                    kind=kind, channel=channel, reported_on=reported_on,
                    days_open=rules.days_open(reported_on), reporter_kind=reporter_kind,
                    summary=rules.summary(head or "")))
            self._audit_read(s, "list", entity=REPORT, detail={"for": "forum_agenda", "offset": offset,
                                                               "files": sorted({r.file_id for r in rows})})
            return Agenda(tuple(rows), total)

    # ---- meetings ----------------------------------------------------------------------------------------
    def _clean_meeting(self, s: Session, data: ForumMeetingInput) -> dict[str, Any]:
        chair = s.get(User, data.chair_id)
        if chair is None or not chair.active or chair.role not in _MEMBER_ROLES:
            raise ValidationError("invalid_choice", field="chair_id")
        if len(data.attendees) > ATTENDEES_MAX:
            raise ValidationError("too_long", field="attendees", max=ATTENDEES_MAX)
        attendees = [clean_line(a, "attendees", ATTENDEE_MAX) for a in data.attendees]
        return {"held_on": data.held_on, "chair_id": chair.id, "attendees": "\n".join(a for a in attendees if a),
                "notes": clean_text(data.notes, "notes", MEETING_NOTES_MAX),
                "monthly_district": bool(data.monthly_district)}

    @staticmethod
    def _date_taken(s: Session, held_on: date, meeting_id: int | None) -> None:
        taken = s.scalar(select(ForumMeeting.id).where(ForumMeeting.held_on == held_on))
        if taken is not None and taken != meeting_id:
            raise ValidationError("meeting_exists", field="held_on", meeting_id=taken)

    def meetings(self, from_date: date | None = None, to_date: date | None = None) -> list[ForumMeetingDTO]:
        """The forum's meetings (reference data), the latest first, between the dates given (both included)."""
        self._require_any((Action.RUN_FORUM, Action.REPORT_RISK), entity=MEETING)
        stmt = select(ForumMeeting).order_by(ForumMeeting.held_on.desc())
        if from_date is not None:
            stmt = stmt.where(ForumMeeting.held_on >= from_date)
        if to_date is not None:
            stmt = stmt.where(ForumMeeting.held_on <= to_date)
        with self._reading() as s:
            return self._meeting_dtos(s, s.scalars(stmt).all())

    def meeting(self, meeting_id: int) -> ForumMeetingDTO:
        self._require_any((Action.RUN_FORUM, Action.REPORT_RISK), entity=MEETING, entity_id=meeting_id)
        with self._reading() as s:
            return self._meeting_dtos(s, [self._meeting(s, meeting_id)])[0]

    def create_meeting(self, data: ForumMeetingInput) -> ForumMeetingDTO:
        """A planned meeting on a date without one ("meeting_exists"), chaired by an active forum member
        ("invalid_choice", chair_id)."""
        self._require(Action.RUN_FORUM, entity=MEETING)
        with self._tx() as s:
            values = self._clean_meeting(s, data)
            self._date_taken(s, data.held_on, None)
            m = ForumMeeting(status="planned", created_by=self.user.username, updated_by=self.user.username,
                             **values)
            s.add(m)
            s.flush()
            self._audit(s, "create", entity=MEETING, entity_id=m.id, detail={"held_on": m.held_on.isoformat()})
            return self._meeting_dtos(s, [m])[0]

    def _has_decisions(self, s: Session, meeting_id: int) -> bool:
        """Whether any report (of any file) was decided at the meeting (PostgreSQL: the definer function)."""
        if self._db.backend.row_security:
            return bool(s.connection().execute(_PG_MEETING_DECIDED, {"m": meeting_id}).scalar())
        return s.scalar(select(RiskReport.id).where(RiskReport.meeting_id == meeting_id).limit(1)) is not None

    def update_meeting(self, meeting_id: int, version: int, data: ForumMeetingInput) -> ForumMeetingDTO:
        """A meeting's date, chair, attendees and notes changed; its date only while no report was decided at
        it ("meeting_has_decisions")."""
        self._require(Action.RUN_FORUM, entity=MEETING, entity_id=meeting_id)
        with self._tx() as s:
            m = self._meeting(s, meeting_id)
            self._check_stale(m, version)
            values = self._clean_meeting(s, data)
            if data.held_on != m.held_on:
                self._date_taken(s, data.held_on, m.id)
                if self._has_decisions(s, m.id):
                    raise ValidationError("meeting_has_decisions", field="held_on")
            for key, value in values.items():
                setattr(m, key, value)
            m.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity=MEETING, entity_id=m.id, detail={"held_on": m.held_on.isoformat()})
            return self._meeting_dtos(s, [m])[0]

    def mark_held(self, meeting_id: int, version: int) -> ForumMeetingDTO:
        """The meeting took place (not before its day: "meeting_future")."""
        self._require(Action.RUN_FORUM, entity=MEETING, entity_id=meeting_id)
        with self._tx() as s:
            m = self._meeting(s, meeting_id)
            self._check_stale(m, version)
            if m.held_on > rules.today():
                raise ValidationError("meeting_future", field="meeting_id")
            m.status = "held"
            m.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity=MEETING, entity_id=m.id, detail={"status": "held"})
            return self._meeting_dtos(s, [m])[0]

    # ---- decisions ---------------------------------------------------------------------------------------
    @staticmethod
    def _clean_decision(data: ForumDecisionInput) -> str:
        _choice(data.intervention, FORUM_INTERVENTIONS, "intervention")
        # every intervention but "no_further_action" has a worker in charge and a due date; that one has
        # both or neither
        needs_task = data.intervention != "no_further_action"
        if data.responsible_id is None and (needs_task or data.due_on is not None):
            raise ValidationError("required", field="responsible_id")
        if data.due_on is None and (needs_task or data.responsible_id is not None):
            raise ValidationError("required", field="due_on")
        return clean_text(data.note, "note", NOTE_MAX)

    def decide(self, report_id: int, version: int, meeting_id: int, data: ForumDecisionInput) -> RiskReportDTO:
        """The forum's decision on an undecided report ("report_decided"), at a meeting held today or before
        ("meeting_future"): the intervention, the responsible worker (one who may see the file:
        "invalid_choice", responsible_id), the due date (required unless no further action; the due rule:
        "due_before_meeting", "due_too_late" with ``days``) and a note. A Task on the file for the worker,
        due then; the report is final. ``version`` as read: another member's decision first is a
        ConflictError."""
        self._require(Action.RUN_FORUM, entity=REPORT, entity_id=report_id)
        note = self._clean_decision(data)
        with self._tx() as s:
            r, f = self._report(s, report_id, action="decide_risk_report")
            self._check_stale(r, version)
            if r.decided_at is not None:
                raise ValidationError("report_decided", field="report_id")
            m = self._meeting(s, meeting_id)
            if m.held_on > rules.today():
                raise ValidationError("meeting_future", field="meeting_id")
            task: Task | None = None
            if data.responsible_id is not None and data.due_on is not None:
                rules.check_due(r.urgency, m.held_on, data.due_on)
                worker = s.scalar(select(User).where(User.id == data.responsible_id, file_viewers_clause(f)))
                if worker is None:
                    raise ValidationError("invalid_choice", field="responsible_id")
                task = Task(file_id=f.id, title=rules.task_title(data.intervention), description=note,
                            due_date=data.due_on, assignee_id=worker.id, done=False, confidential=True,
                            created_by=self.user.username, updated_by=self.user.username)
                s.add(task)
                s.flush()
            now = server_now(s)  # before the columns change: its query would flush them half-set
            r.meeting_id, r.intervention = m.id, data.intervention
            r.responsible_id, r.due_on = data.responsible_id, data.due_on
            r.task_id = task.id if task is not None else None
            r.decision_note, r.decided_by_id, r.decided_at = note, self.user.id, now
            r.updated_by = self.user.username
            self._flush_guarded(s)
            if task is not None:
                self._audit(s, "create", entity="task", entity_id=task.id, file_id=f.id,
                            detail={"assignee": task.assignee_id, "report": r.id})
            self._audit(s, "decide", entity=REPORT, entity_id=r.id, file_id=f.id,
                        detail={"meeting": m.id, "intervention": r.intervention, "responsible": r.responsible_id,
                                "task": r.task_id})
            return self._report_dtos(s, [r])[0]

    def _decided_at(self, s: Session, meeting: ForumMeeting) -> list[RiskReport]:
        """The reports decided at the meeting that the user reads, in the agenda's order."""
        return list(s.scalars(self._readable(
            select(RiskReport).join(Person, Person.id == RiskReport.child_id)
            .where(RiskReport.meeting_id == meeting.id)).order_by(*AGENDA_ORDER_BY)).all())

    def meeting_items(self, meeting_id: int) -> list[RiskReportDTO]:
        """The reports decided at the meeting (those of the files the user sees), in the agenda's order.
        Audited as a list read naming their files."""
        self._require(Action.RUN_FORUM, entity=MEETING, entity_id=meeting_id)
        with self._reading() as s:
            m = self._meeting(s, meeting_id)
            rows = self._decided_at(s, m)
            out = self._report_dtos(s, rows)
            self._audit_read(s, "list", entity=REPORT, entity_id=m.id,
                             detail={"for": "forum_meeting", "files": sorted({r.file_id for r in rows})})
            return out

    def minutes_form(self, meeting_id: int) -> ForumMinutesForm:
        """The data of the meeting's minutes (reports/forms/forum_minutes.py): the letterhead, the meeting,
        its chair and per report decided at it the child, the report and the decision. Audited as a view."""
        self._require(Action.RUN_FORUM, entity=MEETING, entity_id=meeting_id)
        with self._reading() as s:
            m = self._meeting(s, meeting_id)
            meeting = self._meeting_dtos(s, [m])[0]
            reports = self._report_dtos(s, self._decided_at(s, m))
            items = tuple(ForumMinutesItem(
                file_number=r.file_number, child_name=r.child.full_name, age_years=r.age_years, kind=r.kind,
                urgency=r.urgency, reported_on=r.reported_on, description=r.description,
                intervention=r.intervention, responsible_name=r.responsible.full_name if r.responsible else "",
                due_on=r.due_on, note=r.decision_note) for r in reports)
            form = ForumMinutesForm(letterhead=read_settings(s).letterhead, meeting=meeting,
                                    chair_name=meeting.chair.full_name if meeting.chair else "", items=items,
                                    printed_on=rules.today())
            self._audit_read(s, "view", entity=MEETING, entity_id=m.id,
                             detail={"for": "form", "form": "forum_minutes",
                                     "files": sorted({r.file_id for r in reports})})
            return form

    def record_output(self, meeting_id: int, form: str = "forum_minutes", kind: str = "print") -> None:
        """The minutes left the program: to a printer ("print") or a file ("save"). Audited, naming the
        files of the reports decided at the meeting."""
        if kind not in OUTPUT_KINDS:
            raise ValidationError("invalid_choice", field="kind")
        if form not in FORMS:
            raise ValidationError("invalid_choice", field="form")
        self._require(Action.RUN_FORUM, entity=MEETING, entity_id=meeting_id)
        with self._tx() as s:
            m = self._meeting(s, meeting_id)
            files = sorted({r.file_id for r in self._decided_at(s, m)})
            self._audit(s, kind, entity=MEETING, entity_id=m.id,
                        detail={"form": form, "output": "printer" if kind == "print" else "file", "files": files})

    # ---- people ------------------------------------------------------------------------------------------
    def members(self) -> list[UserRef]:
        """The active forum members (the chair's choices), by name."""
        self._require_any((Action.RUN_FORUM, Action.REPORT_RISK), entity="user")
        with self._reading() as s:
            return [user_ref(u) for u in s.scalars(
                select(User).where(User.active.is_(True), User.role.in_(_MEMBER_ROLES))
                .order_by(User.full_name, User.id))]

    def assignable(self, file_id: int) -> list[UserRef]:
        """Who may be put in charge of a decision on this file: the active users who may see it (the user
        first, then by name)."""
        self._require(Action.RUN_FORUM, entity="task", file_id=file_id)
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="run_forum")
            refs = [user_ref(u) for u in s.scalars(
                select(User).where(file_viewers_clause(f)).order_by(User.full_name, User.id))]
            return [r for r in refs if r.id == self.user.id] + [r for r in refs if r.id != self.user.id]


__all__ = ["AGENDA_ORDER_BY", "ForumService"]
