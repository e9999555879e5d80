"""The treatment-plan committee (ועדה לתכניות טיפול והערכה): meetings, their agenda (one case per child),
the participants and their invitations, the protocol of each case with its decisions and tasks, the chair's
finalising, addenda, placements out of home, the follow-up page and the committee tab of a family file.

Every public method is one transaction: the permission first (VIEW_COMMITTEES to read, MANAGE_COMMITTEES to
write; the meeting's chair finalises), the input checked before anything is written, the audit row, DTOs
out, DomainError codes (never sentences). A case and everything under it belong to one family file: a file
the user may not see shows none of its cases (PostgreSQL: the policies hide the rows; SQLite: the filters
here say the same). A final protocol and everything under it is read-only ("protocol_final"; the guard of
revision 0016 holds the same in the database).

"Today" is read from ONE place, ``models.committees.rules.today()`` (called through the module, never
``date.today()`` here), so that tests move the committee's clock with
``monkeypatch.setattr("models.committees.rules.today", lambda: date(...))``: schedule a meeting 20 days
ahead, invite, then move today to the meeting day to record and finalise its protocols.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, exists, func, literal, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from models.codes import (
    COMMITTEE_LEVELS,
    DECISION_KINDS,
    FOLLOW_UP_DAYS,
    HEARING_REASONS,
    INVITATION_METHODS,
    LETTER_LANGUAGES,
    OUT_OF_HOME_DECISIONS,
    PARENT_KINDS,
    PARTICIPANT_KINDS,
    PLACED_REVIEW_MONTHS,
    PLACEMENT_SETTINGS,
)
from models.committees import rules
from models.committees.dto import (
    AddendumDTO,
    CaseDTO,
    CaseInput,
    DecisionDTO,
    FileCommittees,
    FollowUp,
    FollowUpTask,
    Hearing,
    InvitationBatch,
    InvitationLetter,
    MeetingBrief,
    MeetingDTO,
    MeetingInput,
    MeetingRow,
    ParticipantDTO,
    ParticipantInput,
    PersonBrief,
    PlacementDTO,
    PlacementInput,
    ProtocolDTO,
    ProtocolForm,
    ProtocolInput,
    ProtocolTaskDTO,
    ReviewDue,
)
from models.committees.entities import (
    CommitteeAddendum,
    CommitteeCase,
    CommitteeDecision,
    CommitteeMeeting,
    CommitteeParticipant,
    CommitteeProtocol,
    CommitteeTask,
    Placement,
)
from models.department.service import read_settings
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.families.entities import FamilyFile, FamilyMember
from models.people.entities import Person, PersonPhone
from models.roles import CHAIR_ROLES, PERMISSIONS, Action, Role
from models.service import (
    ServiceBase,
    _Denied,
    file_viewers_clause,
    server_now,
    touch,
    user_ref,
    visible_files_clause,
)
from models.tasks.entities import Task
from models.text import clean_line, clean_text
from models.users.dto import UserRef
from models.users.entities import User

# field limits (the columns of models.committees.entities)
PLACE_MAX = 200
NOTES_MAX = 4000
CANCEL_REASON_MAX = 500
NAME_MAX = 120
REQUESTED_ROLE_MAX = 80
BACKGROUND_MAX = 20000
SECTION_MAX = 20000
PHONE_MAX = 40
EMAIL_MAX = 254
ADDRESS_MAX = 300
DECISION_TEXT_MAX = 4000
DECISION_ITEM_MAX = 300
TASK_TITLE_MAX = 200
TASK_DESCRIPTION_MAX = 4000
ADDENDUM_MAX = 8000
END_REASON_MAX = 500
PLACEMENT_NOTE_MAX = 4000
VOTES_MAX = 99

FORMS = ("committee_protocol", "decision_letter", "summary_letter")
OUTPUT_KINDS = ("print", "save")
MANAGER_ROLES = frozenset(r for r, actions in PERMISSIONS.items() if Action.MANAGE_COMMITTEES in actions)
_Stmt = TypeVar("_Stmt", bound="Select[*tuple[Any, ...]]")
FOLLOW_UP_ROWS = 500  # the follow-up page lists at most this many overdue tasks, and as many reviews

MEETING = "committee_meeting"  # the audit entities
CASE = "committee_case"
PARTICIPANT = "committee_participant"
PROTOCOL = "committee_protocol"
PLACEMENT = "placement"


def _choice(value: str, allowed: Sequence[str], field: str) -> str:
    if value == "":
        raise ValidationError("required", field=field)
    if value not in allowed:
        raise ValidationError("invalid_choice", field=field)
    return value




def _brief(p: Person) -> PersonBrief:
    return PersonBrief(p.id, p.first_name, p.last_name, p.birth_date, p.preferred_language)


def _name_in(p: Person, language: str) -> str:
    """A person's name as a letter in ``language`` prints it (the Arabic spelling where there is one)."""
    if language == "ar" and (p.first_name_ar or p.last_name_ar):
        return f"{p.first_name_ar} {p.last_name_ar}".strip()
    return f"{p.first_name} {p.last_name}".strip()


def _participant_dto(p: CommitteeParticipant) -> ParticipantDTO:
    return ParticipantDTO(p.id, p.version, p.case_id, p.kind, p.name, p.organisation, p.role_title, p.phone,
                          p.email, p.address, p.language, p.method, p.person_id, p.user_id, p.invited_on,
                          p.confirmed, p.attended)


def _protocol_status(p: CommitteeProtocol | None) -> str:
    if p is None:
        return "none"
    return "final" if p.finalised_at is not None else "draft"


# PostgreSQL: the follow-up's rows in one call (revision 0016's definer function; CommitteeService._follow_up_pg)
_PG_FOLLOW_UP = sql_text("SELECT * FROM maane_committee_follow_up(CAST(:day AS date), CAST(:horizon AS date),"
                         " CAST(:placed_by AS date), CAST(:rows AS integer))")


def _soonest_reviews(rows: Iterable[Sequence[Any]], horizon: date) -> list[ReviewDue]:
    """One review per child, the soonest of its rows (child, due date, file, last heard, source, file number,
    family name, first and last name, setting, planned meeting) due by ``horizon``; soonest first, at most
    one more than FOLLOW_UP_ROWS (the caller tells whether more were due)."""
    due: dict[int, ReviewDue] = {}
    for child_id, due_on, file_id, last_on, source, number, family, first, last, placed_in, meeting_id in rows:
        if due_on > horizon or (child_id in due and due[child_id].due_on <= due_on):
            continue
        due[child_id] = ReviewDue(file_id, number, family, child_id, f"{first} {last}".strip(), due_on, source,
                                  last_on, placed_in or "", meeting_id)
    return sorted(due.values(), key=lambda r: (r.due_on, r.child_id))[:FOLLOW_UP_ROWS + 1]


class CommitteeService(ServiceBase):
    # ---- visibility --------------------------------------------------------------------------------------
    def _only_visible(self, stmt: _Stmt, file_id: Any) -> _Stmt:
        """``stmt`` limited to the rows of the files the user sees. PostgreSQL: the committee tables' own
        policies already are (joining family_files there would evaluate its policy again, over every file)."""
        if self._db.backend.row_security:
            return stmt
        return stmt.join(FamilyFile, FamilyFile.id == file_id).where(visible_files_clause(self.user))

    def _case(self, s: Session, case_id: int, *, action: str) -> tuple[CommitteeCase, FamilyFile]:
        """The case and its file if the user may see the file. A hidden case and a missing one are the same
        NotFound; a hidden one is recorded as a denied attempt."""
        row = s.execute(select(CommitteeCase, FamilyFile).join(FamilyFile, FamilyFile.id == CommitteeCase.file_id)
                        .where(CommitteeCase.id == case_id, self._files())).first()
        if row is not None:
            return row[0], row[1]
        if not self._db.backend.hidden_looks_missing:
            hidden = s.get(CommitteeCase, case_id)
            if hidden is None:
                raise NotFound(entity=CASE, id=case_id)
            raise _Denied(action, entity=CASE, entity_id=case_id, file_id=hidden.file_id,
                          error=NotFound(entity=CASE, id=case_id))
        raise _Denied(action, entity=CASE, entity_id=case_id, error=NotFound(entity=CASE, id=case_id))

    def _participant(self, s: Session, participant_id: int, *, action: str
                     ) -> tuple[CommitteeParticipant, CommitteeCase, FamilyFile]:
        p = s.get(CommitteeParticipant, participant_id)
        if p is None:
            if self._db.backend.hidden_looks_missing:
                raise _Denied(action, entity=PARTICIPANT, entity_id=participant_id,
                              error=NotFound(entity=PARTICIPANT, id=participant_id))
            raise NotFound(entity=PARTICIPANT, id=participant_id)
        c, f = self._case(s, p.case_id, action=action)
        return p, c, f

    @staticmethod
    def _meeting(s: Session, meeting_id: int) -> CommitteeMeeting:
        m = s.get(CommitteeMeeting, meeting_id)
        if m is None:
            raise NotFound(entity=MEETING, id=meeting_id)
        return m

    @staticmethod
    def _protocol_of(s: Session, case_id: int) -> CommitteeProtocol | None:
        return s.scalar(select(CommitteeProtocol).where(CommitteeProtocol.case_id == case_id))

    def _writable_case(self, s: Session, case_id: int, *, action: str
                       ) -> tuple[CommitteeCase, FamilyFile, CommitteeMeeting]:
        """A case whose agenda entry and participants may still change: its protocol not final, its meeting
        not cancelled."""
        c, f = self._case(s, case_id, action=action)
        self._not_final(s, c.id)
        m = self._meeting(s, c.meeting_id)
        if m.status == "cancelled":
            raise ValidationError("meeting_cancelled", field="status")
        return c, f, m

    def _not_final(self, s: Session, case_id: int) -> None:
        p = self._protocol_of(s, case_id)
        if p is not None and p.finalised_at is not None:
            raise ValidationError("protocol_final", field="protocol")

    # ---- DTOs --------------------------------------------------------------------------------------------
    def _case_dtos(self, s: Session, cases: Sequence[tuple[CommitteeCase, FamilyFile]]) -> list[CaseDTO]:
        if not cases:
            return []
        ids = [c.id for c, _f in cases]
        children = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_({c.child_id for c, _f in cases})))}
        participants: dict[int, list[ParticipantDTO]] = {}
        for p in s.scalars(select(CommitteeParticipant).where(CommitteeParticipant.case_id.in_(ids))
                           .order_by(CommitteeParticipant.case_id, CommitteeParticipant.id)):
            participants.setdefault(p.case_id, []).append(_participant_dto(p))
        protocols = {p.case_id: p for p in s.scalars(select(CommitteeProtocol)
                                                     .where(CommitteeProtocol.case_id.in_(ids)))}
        placed = set(s.scalars(select(Placement.child_id).where(
            Placement.child_id.in_({c.child_id for c, _f in cases}), Placement.ended_on.is_(None))))
        out = []
        for c, f in cases:
            child = children.get(c.child_id)
            brief = _brief(child) if child is not None else PersonBrief(c.child_id, "", "", None, "he")
            out.append(CaseDTO(
                id=c.id, version=c.version, meeting_id=c.meeting_id, position=c.position, file_id=f.id,
                file_number=f.file_number, family_name=f.family_name, child=brief, reason=c.reason,
                requested_by_name=c.requested_by_name, requested_by_role=c.requested_by_role,
                background=c.background, participants=tuple(participants.get(c.id, ())),
                protocol_status=_protocol_status(protocols.get(c.id)), placed=c.child_id in placed))
        return out

    def _visible_cases(self, s: Session, meeting_id: int) -> list[tuple[CommitteeCase, FamilyFile]]:
        rows = s.execute(select(CommitteeCase, FamilyFile).join(FamilyFile, FamilyFile.id == CommitteeCase.file_id)
                         .where(CommitteeCase.meeting_id == meeting_id, self._files())
                         .order_by(CommitteeCase.position, CommitteeCase.id)).all()
        return [(c, f) for c, f in rows]

    def _meeting_dto(self, s: Session, m: CommitteeMeeting) -> MeetingDTO:
        chair, coordinator = s.get(User, m.chair_id), s.get(User, m.coordinator_id)
        assert chair is not None and coordinator is not None
        cases = self._case_dtos(s, self._visible_cases(s, m.id))
        return MeetingDTO(m.id, m.version, m.held_on, m.starts_at, m.place, m.level, m.status, user_ref(chair),
                          user_ref(coordinator), m.notes, m.cancel_reason, tuple(cases))

    def _case_dto(self, s: Session, c: CommitteeCase, f: FamilyFile) -> CaseDTO:
        return self._case_dtos(s, [(c, f)])[0]

    def _protocol_dto(self, s: Session, p: CommitteeProtocol, meeting_id: int) -> ProtocolDTO:
        decisions = tuple(DecisionDTO(d.id, d.kind, d.text, tuple(d.items or ())) for d in s.scalars(
            select(CommitteeDecision).where(CommitteeDecision.protocol_id == p.id)
            .order_by(CommitteeDecision.position, CommitteeDecision.id)))
        task_rows = s.scalars(select(CommitteeTask).where(CommitteeTask.protocol_id == p.id)
                              .order_by(CommitteeTask.position, CommitteeTask.id)).all()
        users = self._users(s, [t.responsible_id for t in task_rows] + [p.finalised_by_id])
        done = {}
        linked = [t.task_id for t in task_rows if t.task_id is not None]
        if linked:
            done = {tid: bool(d) for tid, d in s.execute(select(Task.id, Task.done).where(Task.id.in_(linked)))}
        tasks = tuple(ProtocolTaskDTO(
            t.id, t.title, t.description, users.get(t.responsible_id) if t.responsible_id is not None else None,
            t.due_on, t.task_id, bool(done.get(t.task_id, False)) if t.task_id is not None else False)
            for t in task_rows)
        addenda_rows = s.scalars(select(CommitteeAddendum).where(CommitteeAddendum.protocol_id == p.id)
                                 .order_by(CommitteeAddendum.created_at, CommitteeAddendum.id)).all()
        authors = self._users(s, [a.author_id for a in addenda_rows])
        addenda = tuple(AddendumDTO(a.id, a.text, authors[a.author_id], a.created_at) for a in addenda_rows)
        return ProtocolDTO(
            id=p.id, version=p.version, case_id=p.case_id, meeting_id=meeting_id, file_id=p.file_id,
            background=p.background, professionals_views=p.professionals_views,
            parents_position=p.parents_position, child_position=p.child_position, discussion=p.discussion,
            decisions=decisions, votes_for=p.votes_for, votes_against=p.votes_against,
            votes_abstained=p.votes_abstained, dissent=p.dissent, parent_reservation=p.parent_reservation,
            district_right_stated=p.district_right_stated, tasks=tasks, next_review_on=p.next_review_on,
            finalised_at=p.finalised_at,
            finalised_by=users.get(p.finalised_by_id) if p.finalised_by_id is not None else None,
            addenda=addenda)

    @staticmethod
    def _users(s: Session, ids: Iterable[int | None]) -> dict[int, UserRef]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        return {u.id: user_ref(u) for u in s.scalars(select(User).where(User.id.in_(wanted)))}

    # ---- meetings ----------------------------------------------------------------------------------------
    def meetings(self, from_date: date | None = None, to_date: date | None = None,
                 include_cancelled: bool = False) -> list[MeetingRow]:
        """The meetings from ``from_date`` (default: 60 days ago) to ``to_date``, by date and time, each with
        the number of its cases the user sees and of their final protocols (numbers: not audited)."""
        self._require(Action.VIEW_COMMITTEES, entity=MEETING)
        start = from_date if from_date is not None else rules.today() - timedelta(days=60)
        m = CommitteeMeeting
        visible_case = self._only_visible(select(func.count(CommitteeCase.id))
                                          .where(CommitteeCase.meeting_id == m.id), CommitteeCase.file_id
                                          ).correlate(m).scalar_subquery()
        final = self._only_visible(select(func.count(CommitteeProtocol.id))
                                   .join(CommitteeCase, CommitteeCase.id == CommitteeProtocol.case_id)
                                   .where(CommitteeCase.meeting_id == m.id, CommitteeProtocol.finalised_at.is_not(None)),
                                   CommitteeProtocol.file_id).correlate(m).scalar_subquery()
        chair, coordinator = aliased(User), aliased(User)
        stmt = (select(m.id, m.held_on, m.starts_at, m.place, m.level, m.status, chair.full_name,
                       coordinator.full_name, visible_case, final)
                .join(chair, chair.id == m.chair_id).join(coordinator, coordinator.id == m.coordinator_id)
                .where(m.held_on >= start).order_by(m.held_on, m.starts_at, m.id))
        if to_date is not None:
            stmt = stmt.where(m.held_on <= to_date)
        if not include_cancelled:
            stmt = stmt.where(m.status != "cancelled")
        with self._reading() as s:
            return [MeetingRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], int(r[8] or 0), int(r[9] or 0))
                    for r in s.execute(stmt).all()]

    def meeting(self, meeting_id: int) -> MeetingDTO:
        """One meeting with the cases the user sees, in agenda order (audited: a read naming the files)."""
        self._require(Action.VIEW_COMMITTEES, entity=MEETING, entity_id=meeting_id)
        with self._reading() as s:
            dto = self._meeting_dto(s, self._meeting(s, meeting_id))
            self._audit_read(s, "view", entity=MEETING, entity_id=dto.id,
                             detail={"files": sorted({c.file_id for c in dto.cases}), "cases": [c.id for c in dto.cases]})
            return dto

    def _clean_meeting(self, s: Session, data: MeetingInput, *, old: CommitteeMeeting | None = None
                       ) -> tuple[str, str, int, int]:
        if (old is None or data.held_on != old.held_on) and data.held_on < rules.today():
            raise ValidationError("date_past", field="held_on")
        place = clean_line(data.place, "place", PLACE_MAX, required=True)
        _choice(data.level, COMMITTEE_LEVELS, "level")
        notes = clean_text(data.notes, "notes", NOTES_MAX)
        chair = s.get(User, data.chair_id)
        if chair is None or not chair.active or chair.role not in {r.value for r in CHAIR_ROLES}:
            raise ValidationError("not_a_chair", field="chair_id")
        coordinator_id = data.coordinator_id if data.coordinator_id is not None else self.user.id
        if coordinator_id != self.user.id:
            co = s.get(User, coordinator_id)
            if co is None or not co.active or co.role not in {r.value for r in MANAGER_ROLES}:
                raise ValidationError("invalid_choice", field="coordinator_id")
        return place, notes, chair.id, coordinator_id

    def create_meeting(self, data: MeetingInput) -> MeetingDTO:
        """A planned meeting: not in the past ("date_past"), a place, a level, a chair who is an active team
        head or the manager ("not_a_chair"); the coordinator the acting user unless named."""
        self._require(Action.MANAGE_COMMITTEES, entity=MEETING)
        with self._tx() as s:
            place, notes, chair_id, coordinator_id = self._clean_meeting(s, data)
            m = CommitteeMeeting(held_on=data.held_on, starts_at=data.starts_at, place=place, level=data.level,
                                 chair_id=chair_id, coordinator_id=coordinator_id, status="planned", notes=notes,
                                 cancel_reason="", created_by=self.user.username, updated_by=self.user.username)
            s.add(m)
            s.flush()
            self._audit(s, "create", entity=MEETING, entity_id=m.id,
                        detail={"held_on": m.held_on.isoformat(), "chair": chair_id})
            return self._meeting_dto(s, m)

    def update_meeting(self, meeting_id: int, version: int, data: MeetingInput) -> MeetingDTO:
        """Change a planned meeting ("meeting_not_planned"). A new chair must see every case's file
        ("chair_cannot_see_file"); a new date not in the past, and at least 14 days away for a meeting with
        non-urgent cases ("parent_notice_too_short")."""
        self._require(Action.MANAGE_COMMITTEES, entity=MEETING, entity_id=meeting_id)
        with self._tx() as s:
            m = self._meeting(s, meeting_id)
            self._check_version(m, version)
            if m.status != "planned":
                raise ValidationError("meeting_not_planned", field="status")
            place, notes, chair_id, coordinator_id = self._clean_meeting(s, data, old=m)
            cases = s.scalars(select(CommitteeCase).where(CommitteeCase.meeting_id == m.id)).all()
            if chair_id != m.chair_id:
                for c in cases:
                    self._chair_sees(s, chair_id, c.file_id)
            if data.held_on < m.held_on:
                for c in cases:
                    self._notice(data.held_on, c.reason, field="held_on")
            if data.held_on != m.held_on:  # the protocols (drafts: the meeting is planned) repeat its date
                for p in s.scalars(select(CommitteeProtocol)
                                   .join(CommitteeCase, CommitteeCase.id == CommitteeProtocol.case_id)
                                   .where(CommitteeCase.meeting_id == m.id)):
                    p.held_on = data.held_on
            m.held_on, m.starts_at, m.place, m.level = data.held_on, data.starts_at, place, data.level
            m.chair_id, m.coordinator_id, m.notes = chair_id, coordinator_id, notes
            m.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity=MEETING, entity_id=m.id,
                        detail={"held_on": m.held_on.isoformat(), "chair": chair_id})
            return self._meeting_dto(s, m)

    def cancel_meeting(self, meeting_id: int, version: int, reason: str) -> MeetingDTO:
        """Cancel a planned meeting, with the reason (required)."""
        self._require(Action.MANAGE_COMMITTEES, entity=MEETING, entity_id=meeting_id)
        reason = clean_line(reason, "reason", CANCEL_REASON_MAX, required=True)
        with self._tx() as s:
            m = self._meeting(s, meeting_id)
            self._check_version(m, version)
            if m.status != "planned":
                raise ValidationError("meeting_not_planned", field="status")
            m.status, m.cancel_reason = "cancelled", reason
            m.updated_by = self.user.username
            s.flush()
            self._audit(s, "cancel", entity=MEETING, entity_id=m.id, detail={"reason": reason})
            return self._meeting_dto(s, m)

    def chairs(self) -> list[UserRef]:
        """Who may chair a meeting: the active team heads and managers, by name."""
        self._require(Action.VIEW_COMMITTEES, entity="user")
        return self._active_of(CHAIR_ROLES)

    def coordinators(self) -> list[UserRef]:
        """Who may coordinate a meeting: the active committee coordinators and managers, by name."""
        self._require(Action.VIEW_COMMITTEES, entity="user")
        return self._active_of(MANAGER_ROLES)

    def _active_of(self, roles: Iterable[Role]) -> list[UserRef]:
        with self._reading() as s:
            return [user_ref(u) for u in s.scalars(
                select(User).where(User.active.is_(True), User.role.in_([r.value for r in roles]))
                .order_by(User.full_name, User.id))]

    def _chair_sees(self, s: Session, chair_id: int, file_id: int) -> None:
        f = s.get(FamilyFile, file_id)
        if f is None or s.scalar(select(User.id).where(User.id == chair_id, file_viewers_clause(f))) is None:
            raise ValidationError("chair_cannot_see_file", field="chair_id", file_id=file_id)

    @staticmethod
    def _notice(held_on: date, reason: str, *, field: str) -> None:
        today = rules.today()
        if not rules.notice_ok(held_on, today, reason):
            raise ValidationError("parent_notice_too_short", field=field,
                                  days=rules.parent_notice_days(held_on, today))

    # ---- the agenda --------------------------------------------------------------------------------------
    def _clean_case(self, data: CaseInput) -> tuple[str, str, str]:
        _choice(data.reason, HEARING_REASONS, "reason")
        return (clean_line(data.requested_by_name, "requested_by_name", NAME_MAX, required=True),
                clean_line(data.requested_by_role, "requested_by_role", REQUESTED_ROLE_MAX),
                clean_text(data.background, "background", BACKGROUND_MAX))

    def add_case(self, meeting_id: int, data: CaseInput) -> CaseDTO:
        """A child's case at the end of a planned meeting's agenda: the file one the user sees, the child a
        child of the file ("not_a_member"), once per meeting ("child_already_on_agenda"), the chair able to
        see the file ("chair_cannot_see_file"), and a non-urgent case at least 14 days ahead
        ("parent_notice_too_short", ``days``)."""
        self._require(Action.MANAGE_COMMITTEES, entity=CASE, file_id=data.file_id)
        name, role, background = self._clean_case(data)
        with self._tx() as s:
            m = self._meeting(s, meeting_id)
            if m.status != "planned":
                raise ValidationError("meeting_not_planned", field="status")
            f = self._visible_file(s, data.file_id, action="add_case")
            self._child_of(s, f.id, data.child_id)
            self._visible_person(s, data.child_id, action="add_case", file_id=f.id)
            if s.scalar(select(CommitteeCase.id).where(CommitteeCase.meeting_id == m.id,
                                                        CommitteeCase.child_id == data.child_id)) is not None:
                raise ValidationError("child_already_on_agenda", field="child_id")
            self._chair_sees(s, m.chair_id, f.id)
            self._notice(m.held_on, data.reason, field="held_on")
            last = s.scalar(select(func.max(CommitteeCase.position)).where(CommitteeCase.meeting_id == m.id))
            c = CommitteeCase(meeting_id=m.id, position=(last or 0) + 1, file_id=f.id, child_id=data.child_id,
                              reason=data.reason, requested_by_name=name, requested_by_role=role,
                              background=background, created_by=self.user.username, updated_by=self.user.username)
            try:
                with s.begin_nested():
                    s.add(c)
                    s.flush()
            except IntegrityError as exc:  # the same child put on the agenda by someone else a moment ago
                raise ValidationError("child_already_on_agenda", field="child_id") from exc
            self._audit(s, "create", entity=CASE, entity_id=c.id, file_id=f.id,
                        detail={"meeting": m.id, "child": c.child_id, "reason": c.reason})
            return self._case_dto(s, c, f)

    def _child_of(self, s: Session, file_id: int, person_id: int) -> None:
        if s.scalar(select(FamilyMember.id).where(FamilyMember.file_id == file_id, FamilyMember.person_id == person_id,
                                                   FamilyMember.relation == "child")) is None:
            raise ValidationError("not_a_member", field="child_id")

    def update_case(self, case_id: int, version: int, data: CaseInput) -> CaseDTO:
        """Correct a case (its file and child stay: "invalid_choice"); not once its protocol is final."""
        self._require(Action.MANAGE_COMMITTEES, entity=CASE, entity_id=case_id)
        name, role, background = self._clean_case(data)
        with self._tx() as s:
            c, f, m = self._writable_case(s, case_id, action="update_case")
            self._check_version(c, version)
            if data.file_id != c.file_id or data.child_id != c.child_id:
                raise ValidationError("invalid_choice", field="child_id")
            if data.reason != c.reason and m.status == "planned":
                self._notice(m.held_on, data.reason, field="reason")
            c.reason, c.requested_by_name, c.requested_by_role, c.background = data.reason, name, role, background
            c.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity=CASE, entity_id=c.id, file_id=f.id, detail={"reason": c.reason})
            return self._case_dto(s, c, f)

    def remove_case(self, case_id: int, version: int) -> MeetingDTO:
        """Take a case off the agenda with its participants (not once it has a protocol:
        "case_has_protocol"); the cases after it move up."""
        self._require(Action.MANAGE_COMMITTEES, entity=CASE, entity_id=case_id)
        with self._tx() as s:
            c, f, m = self._writable_case(s, case_id, action="remove_case")
            self._check_version(c, version)
            if self._protocol_of(s, c.id) is not None:
                raise ValidationError("case_has_protocol", field="protocol")
            for p in s.scalars(select(CommitteeParticipant).where(CommitteeParticipant.case_id == c.id)):
                s.delete(p)
            s.flush()
            s.delete(c)
            s.flush()
            self._renumber(s, m.id, [o for o, _f in self._visible_cases(s, m.id)])
            self._audit(s, "delete", entity=CASE, entity_id=case_id, file_id=f.id, detail={"meeting": m.id})
            return self._meeting_dto(s, m)

    def move_case(self, case_id: int, version: int, position: int) -> MeetingDTO:
        """Move a case to ``position`` (from 1) on its meeting's agenda; the other cases keep their order."""
        self._require(Action.MANAGE_COMMITTEES, entity=CASE, entity_id=case_id)
        with self._tx() as s:
            c, f, m = self._writable_case(s, case_id, action="move_case")
            self._check_version(c, version)
            cases = [o for o, _f in self._visible_cases(s, m.id)]
            slots = sorted(o.position for o in cases)
            cases.remove(c)
            cases.insert(max(0, min(position - 1, len(cases))), c)
            for o, slot in zip(cases, slots, strict=True):
                if o.position != slot:
                    o.position = slot
                    o.updated_by = self.user.username
            if c.position == slots[cases.index(c)]:
                touch(c, self.user.username)
            s.flush()
            self._audit(s, "move", entity=CASE, entity_id=c.id, file_id=f.id, detail={"position": c.position})
            return self._meeting_dto(s, m)

    def _renumber(self, s: Session, meeting_id: int, cases: list[CommitteeCase]) -> None:
        """After a removal: the positions the user's cases hold, closed up (hidden cases keep theirs)."""
        every = sorted(s.scalars(select(CommitteeCase.position).where(CommitteeCase.meeting_id == meeting_id)))
        if len(every) == len(cases):
            for i, o in enumerate(cases, start=1):
                if o.position != i:
                    o.position = i
                    o.updated_by = self.user.username
            s.flush()

    def suggested_participants(self, case_id: int) -> list[ParticipantInput]:
        """Whom to invite to a case: the file's parents (in Arabic if that is their preferred language), the
        minor, the file's worker; those already on the case left out."""
        self._require(Action.MANAGE_COMMITTEES, entity=CASE, entity_id=case_id)
        with self._reading() as s:
            c, f = self._case(s, case_id, action="suggest_participants")
            present = s.execute(select(CommitteeParticipant.person_id, CommitteeParticipant.user_id)
                                .where(CommitteeParticipant.case_id == c.id)).all()
            persons = {pid for pid, _u in present if pid is not None}
            users = {uid for _p, uid in present if uid is not None}
            address = ", ".join(x for x in (f.address, f.locality) if x)
            out: list[ParticipantInput] = []
            members = s.execute(select(FamilyMember.person_id, FamilyMember.relation)
                                .where(FamilyMember.file_id == f.id).order_by(FamilyMember.id)).all()
            wanted = [pid for pid, rel in members if rel == "parent"] + [c.child_id]
            people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(wanted),
                                                                      self._db.backend.persons_filter(self.user)))}
            phones: dict[int, str] = {}
            for pid, number in s.execute(select(PersonPhone.person_id, PersonPhone.number)
                                         .where(PersonPhone.person_id.in_(wanted))
                                         .order_by(PersonPhone.person_id, PersonPhone.position, PersonPhone.id)):
                phones.setdefault(pid, number)
            for pid in wanted:
                p = people.get(pid)
                if p is None or pid in persons:
                    continue
                language = "ar" if p.preferred_language == "ar" else "he"
                kind = "minor" if pid == c.child_id else {"f": "mother", "m": "father"}.get(p.sex, "guardian")
                out.append(ParticipantInput(kind=kind, name=_name_in(p, language)[:NAME_MAX],
                                            phone=phones.get(pid, "")[:PHONE_MAX], address=address[:ADDRESS_MAX],
                                            language=language, method="mail", person_id=pid))
            if f.worker_id is not None and f.worker_id not in users:
                w = s.get(User, f.worker_id)
                if w is not None and w.active:
                    out.append(ParticipantInput(kind="family_worker", name=w.full_name,
                                                role_title="", method="in_person", user_id=w.id))
            self._audit_read(s, "view", entity=CASE, entity_id=c.id, file_id=f.id, detail={"for": "participants"})
            return out

    def file_children(self, file_id: int) -> list[PersonBrief]:
        """The children of a file the user sees (the case dialog's choice), by name."""
        self._require(Action.VIEW_COMMITTEES, entity="family_file", entity_id=file_id, file_id=file_id)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="view_file")
            # the file's members through an alias: the persons filter (SQLite) has its own sub-select on
            # family_members, which a join on the plain entity would correlate away
            member = aliased(FamilyMember)
            rows = s.scalars(select(Person).join(member, member.person_id == Person.id)
                             .where(member.file_id == f.id, member.relation == "child",
                                    self._db.backend.persons_filter(self.user))
                             .order_by(Person.first_name, Person.id)).all()
            self._audit(s, "view", entity="family_file", entity_id=f.id, file_id=f.id,
                        detail={"for": "committee_children"})
            return [_brief(p) for p in rows]

    # ---- participants ------------------------------------------------------------------------------------
    def _clean_participant(self, s: Session, f: FamilyFile, data: ParticipantInput) -> dict[str, Any]:
        _choice(data.kind, PARTICIPANT_KINDS, "participant_kind")
        values: dict[str, Any] = {
            "kind": data.kind,
            "name": clean_line(data.name, "name", NAME_MAX, required=True),
            "organisation": clean_line(data.organisation, "organisation", NAME_MAX),
            "role_title": clean_line(data.role_title, "role_title", NAME_MAX),
            "phone": clean_line(data.phone, "phone", PHONE_MAX),
            "email": clean_line(data.email, "email", EMAIL_MAX),
            "address": clean_line(data.address, "address", ADDRESS_MAX),
            "language": _choice(data.language, LETTER_LANGUAGES, "language"),
            "method": _choice(data.method, INVITATION_METHODS, "method"),
            "person_id": data.person_id,
            "user_id": data.user_id,
        }
        if data.user_id is not None:
            u = s.get(User, data.user_id)
            if u is None or not u.active:
                raise ValidationError("invalid_choice", field="user_id")
        if data.person_id is not None:
            if s.scalar(select(FamilyMember.id).where(FamilyMember.file_id == f.id,
                                                       FamilyMember.person_id == data.person_id)) is None:
                raise ValidationError("not_a_member", field="person_id")
            self._visible_person(s, data.person_id, action="add_participant", file_id=f.id)
        if not rules.reachable(values["phone"], values["email"], values["address"], data.user_id):
            raise ValidationError("participant_unreachable", field="phone")
        return values

    def add_participant(self, case_id: int, data: ParticipantInput) -> ParticipantDTO:
        """A participant of a case: a kind, a name, and a way to reach them (a phone, an e-mail or an address,
        or a staff member: "participant_unreachable"); not once the protocol is final."""
        return self.add_participants(case_id, (data,))[0]

    def add_participants(self, case_id: int, data: Sequence[ParticipantInput]) -> list[ParticipantDTO]:
        """Several participants of a case at once ("Add the family"), each as ``add_participant`` checks it:
        all of them or, when one is refused, none."""
        self._require(Action.MANAGE_COMMITTEES, entity=PARTICIPANT)
        if not data:
            raise ValidationError("required", field="participant_kind")
        with self._tx() as s:
            c, f, _m = self._writable_case(s, case_id, action="add_participant")
            added = []
            for one in data:
                values = self._clean_participant(s, f, one)
                p = CommitteeParticipant(case_id=c.id, file_id=f.id, confirmed=False, attended=False,
                                         created_by=self.user.username, updated_by=self.user.username, **values)
                s.add(p)
                s.flush()
                self._audit(s, "create", entity=PARTICIPANT, entity_id=p.id, file_id=f.id,
                            detail={"case": c.id, "kind": p.kind})
                added.append(_participant_dto(p))
            return added

    def update_participant(self, participant_id: int, version: int, data: ParticipantInput) -> ParticipantDTO:
        self._require(Action.MANAGE_COMMITTEES, entity=PARTICIPANT, entity_id=participant_id)
        with self._tx() as s:
            p, c, f = self._participant(s, participant_id, action="update_participant")
            self._writable_case(s, c.id, action="update_participant")
            self._check_version(p, version)
            for key, value in self._clean_participant(s, f, data).items():
                setattr(p, key, value)
            p.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity=PARTICIPANT, entity_id=p.id, file_id=f.id, detail={"case": c.id})
            return _participant_dto(p)

    def remove_participant(self, participant_id: int, version: int) -> CaseDTO:
        self._require(Action.MANAGE_COMMITTEES, entity=PARTICIPANT, entity_id=participant_id)
        with self._tx() as s:
            p, c, f = self._participant(s, participant_id, action="remove_participant")
            self._writable_case(s, c.id, action="remove_participant")
            self._check_version(p, version)
            s.delete(p)
            s.flush()
            self._audit(s, "delete", entity=PARTICIPANT, entity_id=participant_id, file_id=f.id,
                        detail={"case": c.id})
            return self._case_dto(s, c, f)

    def set_confirmed(self, participant_id: int, version: int, confirmed: bool) -> ParticipantDTO:
        """The worker confirmed that the participant will come (or withdrew the confirmation)."""
        self._require(Action.MANAGE_COMMITTEES, entity=PARTICIPANT, entity_id=participant_id)
        with self._tx() as s:
            p, c, f = self._participant(s, participant_id, action="update_participant")
            self._writable_case(s, c.id, action="update_participant")
            self._check_version(p, version)
            p.confirmed = confirmed
            touch(p, self.user.username)
            s.flush()
            self._audit(s, "update", entity=PARTICIPANT, entity_id=p.id, file_id=f.id,
                        detail={"confirmed": confirmed})
            return _participant_dto(p)

    # ---- invitations -------------------------------------------------------------------------------------
    def _invitees(self, s: Session, m: CommitteeMeeting, participant_ids: Sequence[int], action: str
                  ) -> list[tuple[CommitteeParticipant, CommitteeCase, FamilyFile]]:
        if m.status != "planned":
            raise ValidationError("meeting_not_planned", field="status")
        out = []
        for pid in dict.fromkeys(participant_ids):
            p, c, f = self._participant(s, pid, action=action)
            if c.meeting_id != m.id:
                raise NotFound(entity=PARTICIPANT, id=pid)
            if p.kind in PARENT_KINDS:
                self._notice(m.held_on, c.reason, field="invited_on")
            out.append((p, c, f))
        return out

    def _meeting_brief(self, s: Session, m: CommitteeMeeting, department_phone: str) -> MeetingBrief:
        chair, coordinator = s.get(User, m.chair_id), s.get(User, m.coordinator_id)
        assert chair is not None and coordinator is not None
        return MeetingBrief(m.held_on, m.starts_at, m.place, m.level, chair.full_name, coordinator.full_name,
                            department_phone)

    def invitation_batch(self, meeting_id: int, participant_ids: Sequence[int]) -> InvitationBatch:
        """The invitation letters to print, one per participant, each in its addressee's language. A parent
        of a non-urgent case invited less than 14 days ahead is refused ("parent_notice_too_short", ``days``).
        Audited as a read of the cases' files for a form."""
        self._require(Action.MANAGE_COMMITTEES, entity=MEETING, entity_id=meeting_id)
        with self._tx() as s:
            m = self._meeting(s, meeting_id)
            invitees = self._invitees(s, m, participant_ids, "print")
            settings = read_settings(s)
            brief = self._meeting_brief(s, m, settings.letterhead.phone)
            children = {p.id: p for p in s.scalars(select(Person).where(
                Person.id.in_({c.child_id for _p, c, _f in invitees})))}
            letters = []
            for p, c, f in invitees:
                child = children.get(c.child_id)
                letters.append(InvitationLetter(
                    participant_id=p.id, language=p.language, addressee_name=p.name, addressee_kind=p.kind,
                    addressee_organisation=p.organisation, addressee_address=p.address,
                    file_number=f.file_number, family_name=f.family_name,
                    child_name=_name_in(child, p.language) if child is not None else "", reason=c.reason,
                    meeting=brief))
            printed_at = server_now(s)
            self._audit(s, "view", entity=MEETING, entity_id=m.id,
                        detail={"for": "committee_invitation", "files": sorted({f.id for _p, _c, f in invitees}),
                                "participants": [p.id for p, _c, _f in invitees]})
            return InvitationBatch(letterhead=settings.letterhead, letters=tuple(letters),
                                   printed_by=self.user.full_name, printed_by_role=self.user.role,
                                   printed_at=printed_at)

    def record_invitations(self, meeting_id: int, participant_ids: Sequence[int], kind: str = "print"
                           ) -> list[ParticipantDTO]:
        """The invitations left the program (printed, or saved to a file): each participant's invitation date
        is today; one audit row of the form per file."""
        if kind not in OUTPUT_KINDS:
            raise ValidationError("invalid_choice", field="kind")
        self._require(Action.MANAGE_COMMITTEES, entity=MEETING, entity_id=meeting_id)
        with self._tx() as s:
            m = self._meeting(s, meeting_id)
            invitees = self._invitees(s, m, participant_ids, kind)
            today = rules.today()
            for p, c, _f in invitees:
                self._not_final(s, c.id)
                p.invited_on = today
                touch(p, self.user.username)
            s.flush()
            by_file: dict[int, list[int]] = {}
            for p, _c, f in invitees:
                by_file.setdefault(f.id, []).append(p.id)
            for file_id, ids in by_file.items():
                self._audit(s, kind, entity=MEETING, entity_id=m.id, file_id=file_id,
                            detail={"form": "committee_invitation", "participants": ids,
                                    "output": "printer" if kind == "print" else "file"})
            return [_participant_dto(p) for p, _c, _f in invitees]

    # ---- the protocol ------------------------------------------------------------------------------------
    def protocol(self, case_id: int) -> ProtocolDTO | None:
        """The case's protocol (None before one is recorded); audited as a read of the file."""
        self._require(Action.VIEW_COMMITTEES, entity=PROTOCOL)
        with self._reading() as s:
            c, f = self._case(s, case_id, action="view_protocol")
            p = self._protocol_of(s, c.id)
            self._audit_read(s, "view", entity=PROTOCOL, entity_id=p.id if p is not None else None, file_id=f.id,
                             detail={"case": c.id})
            return self._protocol_dto(s, p, c.meeting_id) if p is not None else None

    def save_protocol(self, case_id: int, version: int | None, data: ProtocolInput) -> ProtocolDTO:
        """Record the protocol as a draft (``version`` None: the first save; then the version read). The
        sections, the vote, the decisions and tasks (replaced), the participants who attended. A final
        protocol is refused ("protocol_final"), a stale version is a ConflictError and nothing is saved.
        Recorded on or after the meeting's day, it marks the meeting held."""
        self._require(Action.MANAGE_COMMITTEES, entity=PROTOCOL)
        sections = {
            "background": clean_text(data.background, "background", SECTION_MAX),
            "professionals_views": clean_text(data.professionals_views, "professionals_views", SECTION_MAX),
            "parents_position": clean_text(data.parents_position, "parents_position", SECTION_MAX),
            "child_position": clean_text(data.child_position, "child_position", SECTION_MAX),
            "discussion": clean_text(data.discussion, "discussion", SECTION_MAX),
            "dissent": clean_text(data.dissent, "dissent", SECTION_MAX),
            "parent_reservation": clean_text(data.parent_reservation, "parent_reservation", SECTION_MAX),
        }
        for votes in (data.votes_for, data.votes_against, data.votes_abstained):
            if not 0 <= votes <= VOTES_MAX:
                raise ValidationError("invalid", field="votes")
        decisions = []
        for i, d in enumerate(data.decisions, start=1):
            _choice(d.kind, DECISION_KINDS, "decision_kind")
            decisions.append((d.kind, clean_text(d.text, "decision_text", DECISION_TEXT_MAX, required=True),
                              [clean_line(item, "decision_items", DECISION_ITEM_MAX) for item in d.items], i))
        tasks = [(clean_line(t.title, "task_title", TASK_TITLE_MAX, required=True),
                  clean_text(t.description, "description", TASK_DESCRIPTION_MAX), t.responsible_id, t.due_on)
                 for t in data.tasks]
        with self._tx() as s:
            c, f, m = self._writable_case(s, case_id, action="save_protocol")
            p = self._protocol_of(s, c.id)
            if p is None and version is not None:
                raise ConflictError(entity=PROTOCOL, case=c.id)
            if p is not None:
                if version is None:  # someone else recorded the first draft a moment ago
                    raise ConflictError(entity=PROTOCOL, id=p.id)
                self._check_version(p, version)
            for _title, _desc, responsible, _due in tasks:
                if responsible is not None and s.scalar(
                        select(User.id).where(User.id == responsible, file_viewers_clause(f))) is None:
                    raise ValidationError("assignee_cannot_see_file", field="responsible_id")
            present = set(s.scalars(select(CommitteeParticipant.id).where(CommitteeParticipant.case_id == c.id)))
            if not set(data.attended) <= present:
                raise ValidationError("invalid_choice", field="attended")
            first = p is None
            if p is None:
                p = CommitteeProtocol(case_id=c.id, file_id=f.id, child_id=c.child_id, held_on=m.held_on,
                                      created_by=self.user.username)
            for key, value in sections.items():
                setattr(p, key, value)
            p.votes_for, p.votes_against, p.votes_abstained = data.votes_for, data.votes_against, data.votes_abstained
            p.district_right_stated, p.next_review_on = data.district_right_stated, data.next_review_on
            p.held_on = m.held_on
            touch(p, self.user.username)
            # the protocol's own row first: its version-checked UPDATE (or the unique case_id of a first draft,
            # in a savepoint) decides between two coordinators saving at once, before any row under it is touched
            if first:
                try:
                    with s.begin_nested():  # (which flushes what is pending first: p is added inside)
                        s.add(p)
                        s.flush()
                except IntegrityError as exc:  # two first drafts at once: the second loses
                    raise ConflictError(entity=PROTOCOL, case=c.id) from exc
            else:
                s.flush()
            if not first:
                for old in s.scalars(select(CommitteeDecision).where(CommitteeDecision.protocol_id == p.id)):
                    s.delete(old)
                for old_task in s.scalars(select(CommitteeTask).where(CommitteeTask.protocol_id == p.id)):
                    s.delete(old_task)
                s.flush()
            for kind, text, items, position in decisions:
                s.add(CommitteeDecision(protocol_id=p.id, file_id=f.id, position=position, kind=kind, text=text,
                                        items=items))
            for position, (title, desc, responsible, due) in enumerate(tasks, start=1):
                s.add(CommitteeTask(protocol_id=p.id, file_id=f.id, position=position, title=title,
                                    description=desc, responsible_id=responsible, due_on=due))
            attended = set(data.attended)
            for part in s.scalars(select(CommitteeParticipant).where(CommitteeParticipant.case_id == c.id)):
                if part.attended != (part.id in attended):
                    part.attended = part.id in attended
                    part.updated_by = self.user.username
            if m.status == "planned" and m.held_on <= rules.today():
                m.status = "held"
                m.updated_by = self.user.username
            s.flush()
            self._audit(s, "update" if version is not None else "create", entity=PROTOCOL, entity_id=p.id,
                        file_id=f.id, detail={"case": c.id, "decisions": len(decisions), "tasks": len(tasks)})
            return self._protocol_dto(s, p, m.id)

    def finalise(self, case_id: int, version: int) -> ProtocolDTO:
        """The meeting's chair finalises the protocol ("not_the_chair" for anyone else): then it is read-only.
        Refused while incomplete: "empty_protocol", "no_decision", "task_without_owner" (``position``),
        "no_majority", "district_right_not_stated", "required" next_review_on, "review_too_late"
        (``months``: a placed child, or an out-of-home decision), before the meeting's day
        ("meeting_not_held_yet"), or for a cancelled meeting. Each task becomes a Task on the family file,
        assigned to its responsible staff member (who must see the file); the meeting is held."""
        self._require(Action.VIEW_COMMITTEES, entity=PROTOCOL)
        with self._tx() as s:
            c, f = self._case(s, case_id, action="finalise")
            m = self._meeting(s, c.meeting_id)
            if m.chair_id != self.user.id:
                raise _Denied("finalise", entity=PROTOCOL, file_id=f.id, error=PermissionDenied("not_the_chair"))
            if m.status == "cancelled":
                raise ValidationError("meeting_cancelled", field="status")
            today = rules.today()
            if m.held_on > today:
                raise ValidationError("meeting_not_held_yet", field="held_on")
            p = self._protocol_of(s, c.id)
            if p is None:
                raise ValidationError("empty_protocol", field="protocol")
            if p.finalised_at is not None:
                raise ValidationError("protocol_final", field="protocol")
            self._check_version(p, version)
            decisions = s.scalars(select(CommitteeDecision).where(CommitteeDecision.protocol_id == p.id)).all()
            tasks = s.scalars(select(CommitteeTask).where(CommitteeTask.protocol_id == p.id)
                              .order_by(CommitteeTask.position, CommitteeTask.id)).all()
            self._complete(s, c, p, m, decisions, tasks)
            for t in tasks:
                assert t.responsible_id is not None
                task = Task(file_id=f.id, title=t.title, description=t.description, due_date=t.due_on,
                            assignee_id=t.responsible_id, done=False, created_by=self.user.username,
                            updated_by=self.user.username)
                s.add(task)
                s.flush()
                t.task_id = task.id
                self._audit(s, "create", entity="task", entity_id=task.id, file_id=f.id,
                            detail={"assignee": t.responsible_id, "protocol": p.id})
            s.flush()
            p.finalised_at, p.finalised_by_id = server_now(s), self.user.id
            p.updated_by = self.user.username
            if m.status == "planned":
                m.status = "held"
                m.updated_by = self.user.username
            s.flush()
            self._audit(s, "finalise", entity=PROTOCOL, entity_id=p.id, file_id=f.id,
                        detail={"case": c.id, "tasks": [t.task_id for t in tasks]})
            return self._protocol_dto(s, p, m.id)

    def _complete(self, s: Session, c: CommitteeCase, p: CommitteeProtocol, m: CommitteeMeeting,
                  decisions: Sequence[CommitteeDecision], tasks: Sequence[CommitteeTask]) -> None:
        texts = (p.background, p.professionals_views, p.parents_position, p.child_position, p.discussion)
        if not any(t.strip() for t in texts):
            raise ValidationError("empty_protocol", field="protocol")
        if not decisions:
            raise ValidationError("no_decision", field="decisions")
        for t in tasks:
            if t.responsible_id is None:
                raise ValidationError("task_without_owner", field="tasks", position=t.position)
        if p.votes_for <= p.votes_against:
            raise ValidationError("no_majority", field="votes")
        if not p.district_right_stated:
            raise ValidationError("district_right_not_stated", field="district_right_stated")
        if p.next_review_on is None:
            raise ValidationError("required", field="next_review_on")
        if p.next_review_on <= m.held_on:
            raise ValidationError("date_past", field="next_review_on")
        placed = s.scalar(select(Placement.id).where(Placement.child_id == c.child_id,
                                                      Placement.ended_on.is_(None))) is not None
        out_of_home = any(d.kind in OUT_OF_HOME_DECISIONS for d in decisions)
        if (placed or out_of_home) and p.next_review_on > rules.review_limit(m.held_on):
            raise ValidationError("review_too_late", field="next_review_on", months=PLACED_REVIEW_MONTHS)
        f = s.get(FamilyFile, c.file_id)
        assert f is not None
        for t in tasks:
            if s.scalar(select(User.id).where(User.id == t.responsible_id, file_viewers_clause(f))) is None:
                raise ValidationError("assignee_cannot_see_file", field="tasks", position=t.position)

    def add_addendum(self, case_id: int, text: str) -> ProtocolDTO:
        """A correction of a final protocol ("protocol_not_final" before), by the coordinators, the manager
        or the meeting's chair; appended, never changed."""
        self._require(Action.VIEW_COMMITTEES, entity=PROTOCOL)
        text = clean_text(text, "text", ADDENDUM_MAX, required=True)
        with self._tx() as s:
            c, f = self._case(s, case_id, action="add_addendum")
            m = self._meeting(s, c.meeting_id)
            if not self._can(Action.MANAGE_COMMITTEES) and m.chair_id != self.user.id:
                raise _Denied("add_addendum", entity=PROTOCOL, file_id=f.id)
            p = self._protocol_of(s, c.id)
            if p is None or p.finalised_at is None:
                raise ValidationError("protocol_not_final", field="protocol")
            a = CommitteeAddendum(protocol_id=p.id, file_id=f.id, text=text, author_id=self.user.id,
                                  created_at=server_now(s))
            s.add(a)
            s.flush()
            self._audit(s, "create", entity="committee_addendum", entity_id=a.id, file_id=f.id,
                        detail={"protocol": p.id})
            return self._protocol_dto(s, p, m.id)

    def protocol_form(self, case_id: int, addressee_id: int | None = None) -> ProtocolForm:
        """What the protocol, the decision letter and the summary letter print (``addressee_id``: a
        participant of the case the letter goes to). Audited as a read of the file for a form."""
        self._require(Action.VIEW_COMMITTEES, entity=PROTOCOL)
        with self._tx() as s:
            c, f = self._case(s, case_id, action="print")
            m = self._meeting(s, c.meeting_id)
            p = self._protocol_of(s, c.id)
            if p is None:
                raise NotFound(entity=PROTOCOL, case=c.id)
            addressee = None
            if addressee_id is not None:
                part = s.get(CommitteeParticipant, addressee_id)
                if part is None or part.case_id != c.id:
                    raise NotFound(entity=PARTICIPANT, id=addressee_id)
                addressee = _participant_dto(part)
            settings = read_settings(s)
            worker = s.get(User, f.worker_id) if f.worker_id is not None else None
            form = ProtocolForm(
                letterhead=settings.letterhead, meeting=self._meeting_brief(s, m, settings.letterhead.phone),
                case=self._case_dto(s, c, f), protocol=self._protocol_dto(s, p, m.id),
                printed_by=self.user.full_name, printed_by_role=self.user.role, printed_at=server_now(s),
                family_worker_name=worker.full_name if worker is not None else "", addressee=addressee)
            self._audit(s, "view", entity=PROTOCOL, entity_id=p.id, file_id=f.id, detail={"for": "form"})
            return form

    def record_output(self, case_id: int, form: str, kind: str = "print") -> None:
        """A protocol form left the program: to a printer ("print") or a file ("save"). Audited."""
        if kind not in OUTPUT_KINDS:
            raise ValidationError("invalid_choice", field="kind")
        if form not in FORMS:
            raise ValidationError("invalid_choice", field="form")
        self._require(Action.VIEW_COMMITTEES, entity=PROTOCOL)
        with self._tx() as s:
            c, f = self._case(s, case_id, action=kind)
            p = self._protocol_of(s, c.id)
            self._audit(s, kind, entity=PROTOCOL, entity_id=p.id if p is not None else None, file_id=f.id,
                        detail={"form": form, "case": c.id, "output": "printer" if kind == "print" else "file"})

    # ---- placements --------------------------------------------------------------------------------------
    def _last_hearings(self, s: Session, child_ids: Iterable[int]) -> dict[int, date]:
        ids = list(set(child_ids))
        if not ids:
            return {}
        return {cid: held for cid, held in s.execute(
            select(CommitteeProtocol.child_id, func.max(CommitteeProtocol.held_on))
            .where(CommitteeProtocol.child_id.in_(ids), CommitteeProtocol.finalised_at.is_not(None))
            .group_by(CommitteeProtocol.child_id))}

    def _placement_dtos(self, s: Session, rows: Sequence[Placement]) -> list[PlacementDTO]:
        children = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_({r.child_id for r in rows})))}
        last = self._last_hearings(s, (r.child_id for r in rows if r.ended_on is None))
        out = []
        for r in rows:
            child = children.get(r.child_id)
            out.append(PlacementDTO(
                r.id, r.version, r.file_id,
                _brief(child) if child is not None else PersonBrief(r.child_id, "", "", None, "he"),
                r.setting, r.started_on, r.ended_on, r.end_reason, r.decision_id, r.note,
                rules.annual_review_due(r.started_on, last.get(r.child_id)) if r.ended_on is None else None))
        return out

    def placements(self, file_id: int) -> list[PlacementDTO]:
        """The placements of the file's children, newest first (audited as a read of the file)."""
        self._require(Action.VIEW_COMMITTEES, entity=PLACEMENT, file_id=file_id)
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="view_placements")
            rows = s.scalars(select(Placement).where(Placement.file_id == f.id)
                             .order_by(Placement.started_on.desc(), Placement.id.desc())).all()
            self._audit_read(s, "list", entity=PLACEMENT, file_id=f.id)
            return self._placement_dtos(s, rows)

    def record_placement(self, data: PlacementInput) -> PlacementDTO:
        """A child of the file placed out of home (a foster family or a residential setting), from a date not
        in the future; one open placement per child ("placement_open")."""
        self._require(Action.VIEW_COMMITTEES, entity=PLACEMENT, file_id=data.file_id)
        _choice(data.setting, PLACEMENT_SETTINGS, "setting")
        note = clean_text(data.note, "notes", PLACEMENT_NOTE_MAX)
        if data.started_on > rules.today():
            raise ValidationError("date_future", field="started_on")
        with self._tx() as s:
            f = self._visible_file(s, data.file_id, action="record_placement")
            self._child_of(s, f.id, data.child_id)
            if s.scalar(select(Placement.id).where(Placement.child_id == data.child_id,
                                                    Placement.ended_on.is_(None))) is not None:
                raise ValidationError("placement_open", field="child_id")
            # the decision it carries out: of a final protocol of this child (a draft's decisions are replaced
            # when it is saved again)
            if data.decision_id is not None and s.scalar(
                    select(CommitteeDecision.id).join(CommitteeProtocol,
                                                      CommitteeProtocol.id == CommitteeDecision.protocol_id)
                    .where(CommitteeDecision.id == data.decision_id, CommitteeDecision.file_id == f.id,
                           CommitteeProtocol.child_id == data.child_id,
                           CommitteeProtocol.finalised_at.is_not(None))) is None:
                raise ValidationError("invalid_choice", field="decision_id")
            r = Placement(file_id=f.id, child_id=data.child_id, setting=data.setting, started_on=data.started_on,
                          ended_on=None, end_reason="", decision_id=data.decision_id, note=note,
                          created_by=self.user.username, updated_by=self.user.username)
            s.add(r)
            s.flush()
            self._audit(s, "create", entity=PLACEMENT, entity_id=r.id, file_id=f.id,
                        detail={"child": r.child_id, "setting": r.setting})
            return self._placement_dtos(s, [r])[0]

    def end_placement(self, placement_id: int, version: int, ended_on: date, reason: str) -> PlacementDTO:
        """The placement ended on ``ended_on`` (not in the future, not before it started), for a reason."""
        self._require(Action.VIEW_COMMITTEES, entity=PLACEMENT, entity_id=placement_id)
        reason = clean_line(reason, "reason", END_REASON_MAX, required=True)
        if ended_on > rules.today():
            raise ValidationError("date_future", field="ended_on")
        with self._tx() as s:
            r = s.get(Placement, placement_id)
            if r is None:
                raise NotFound(entity=PLACEMENT, id=placement_id)
            f = self._visible_file(s, r.file_id, action="end_placement")
            self._check_version(r, version)
            if r.ended_on is not None:
                raise ValidationError("placement_ended", field="ended_on")
            if ended_on < r.started_on:
                raise ValidationError("ended_before_started", field="ended_on")
            r.ended_on, r.end_reason = ended_on, reason
            r.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity=PLACEMENT, entity_id=r.id, file_id=f.id,
                        detail={"ended_on": ended_on.isoformat()})
            return self._placement_dtos(s, [r])[0]

    # ---- follow-up ---------------------------------------------------------------------------------------
    def follow_up(self, today: date | None = None) -> FollowUp:
        """The overdue committee tasks (their Task not done, its due date passed), most overdue first, and the
        children's reviews due within FOLLOW_UP_DAYS or overdue, soonest first: one per child, the earlier of
        its last final protocol's next review and its open placement's annual review; at most FOLLOW_UP_ROWS
        of each (the most urgent). Read in the order of the review index, and the open placements that can be
        due; audited as one list read naming the files."""
        self._require(Action.VIEW_COMMITTEES, entity=PROTOCOL)
        day = today if today is not None else rules.today()
        horizon = day + timedelta(days=FOLLOW_UP_DAYS)
        with self._reading() as s:
            if self._db.backend.name == "postgresql":  # one definer function (revision 0016), see _follow_up_pg
                tasks, reviews = self._follow_up_pg(s, day, horizon)
            else:
                tasks = self._overdue_tasks(s, day)
                reviews = self._reviews(s, day, horizon)
            # one more than the page lists was read: it tells whether more were due
            more_tasks, more_reviews = len(tasks) > FOLLOW_UP_ROWS, len(reviews) > FOLLOW_UP_ROWS
            tasks, reviews = tasks[:FOLLOW_UP_ROWS], reviews[:FOLLOW_UP_ROWS]
            files = sorted({t.file_id for t in tasks} | {r.file_id for r in reviews})
            self._audit_read(s, "list", entity="committee_follow_up", detail={"files": files})
        return FollowUp(day, tuple(tasks), tuple(reviews), more_tasks, more_reviews)

    def _overdue_tasks(self, s: Session, day: date) -> list[FollowUpTask]:
        """The most overdue first, at most FOLLOW_UP_ROWS: the Tasks not done and past due (ids and order, a
        subquery), then their rows from the committee's own copy (title, responsible, due date: the Task was
        made from it), in one statement."""
        ct, cp = CommitteeTask, CommitteeProtocol
        overdue = self._only_visible(
            select(Task.id.label("task_id")).select_from(ct).join(Task, Task.id == ct.task_id)
            .where(ct.task_id.is_not(None), Task.done.is_(False), Task.due_date < day), ct.file_id
        ).order_by(Task.due_date, Task.id).limit(FOLLOW_UP_ROWS + 1).subquery()
        stmt = (select(ct.task_id, cp.id, CommitteeCase.meeting_id, cp.held_on, FamilyFile.id, FamilyFile.file_number,
                       FamilyFile.family_name, Person.first_name, Person.last_name, ct.title, User.full_name,
                       ct.due_on)
                .select_from(overdue)
                .join(ct, ct.task_id == overdue.c.task_id)
                .join(cp, cp.id == ct.protocol_id)
                .join(CommitteeCase, CommitteeCase.id == cp.case_id)
                .join(FamilyFile, FamilyFile.id == ct.file_id)
                .join(Person, Person.id == cp.child_id)
                .join(User, User.id == ct.responsible_id))
        out = []
        for task_id, pid, meeting_id, held, file_id, number, family, first, last, title, who, due in \
                s.connection().execute(stmt):
            if task_id is None or due is None:
                continue
            out.append(FollowUpTask(task_id, pid, meeting_id, held, file_id, number, family, f"{first} {last}".strip(),
                                    title, who, due, (day - due).days))
        out.sort(key=lambda t: (t.due_on, t.task_id))
        return out

    def _reviews(self, s: Session, day: date, horizon: date) -> list[ReviewDue]:
        """The reviews due by ``horizon``, soonest first, at most FOLLOW_UP_ROWS: the final protocols' next
        reviews read in the order of their index (those no later hearing of the child replaced), and the annual
        reviews of the open placements that are due (started, and last heard, a year before the horizon or
        earlier: a placed child heard since has her review from that hearing's protocol). Each a statement
        whose details (file, child, placement, a planned hearing) are joined to the rows chosen only."""
        conn = s.connection()
        cp = CommitteeProtocol
        later = aliased(CommitteeProtocol)
        current = ~exists(select(later.id).where(later.child_id == cp.child_id, later.held_on > cp.held_on,
                                                 later.finalised_at.is_not(None)))
        chosen = self._only_visible(
            select(cp.child_id, cp.next_review_on, cp.file_id, cp.held_on)
            .where(cp.next_review_on <= horizon, cp.finalised_at.is_not(None), current), cp.file_id
        ).order_by(cp.next_review_on, cp.child_id).limit(FOLLOW_UP_ROWS + 1).subquery()
        rows: list[Any] = list(conn.execute(self._review_details(
            select(chosen.c.child_id, chosen.c.next_review_on, chosen.c.file_id, chosen.c.held_on,
                   literal("protocol")).select_from(chosen), chosen.c.child_id, chosen.c.file_id, day)))
        # a placement's annual review is a year after the later of its start and the child's last hearing (a
        # few days' margin for month ends; the exact date computed below)
        limit = rules.add_months(horizon, -PLACED_REVIEW_MONTHS) + timedelta(days=3)
        heard_since = exists(select(cp.id).where(cp.child_id == Placement.child_id, cp.finalised_at.is_not(None),
                                                 cp.held_on > limit))
        last_heard = (select(func.max(cp.held_on)).where(cp.child_id == Placement.child_id,
                                                         cp.finalised_at.is_not(None)).scalar_subquery())
        placed = self._only_visible(
            select(Placement.child_id, Placement.started_on, Placement.file_id, last_heard.label("heard"))
            .where(Placement.ended_on.is_(None), Placement.started_on <= limit, ~heard_since),
            Placement.file_id).subquery()
        for row in conn.execute(self._review_details(
                select(placed.c.child_id, placed.c.started_on, placed.c.file_id, placed.c.heard,
                       literal("placement")).select_from(placed), placed.c.child_id, placed.c.file_id, day)):
            child_id, started, file_id, heard, *rest = row
            rows.append((child_id, rules.annual_review_due(started, heard), file_id, heard, *rest))
        return _soonest_reviews(rows, horizon)

    @staticmethod
    def _follow_up_pg(s: Session, day: date, horizon: date) -> tuple[list[FollowUpTask], list[ReviewDue]]:
        """PostgreSQL: the follow-up's rows from the definer function ``maane_committee_follow_up`` (revision
        0016), which reads the candidates (the overdue committee tasks and the due reviews, at most
        FOLLOW_UP_ROWS of each, and the open placements that can be due) without the policies and applies the
        same visibility to each candidate row, as one probe of its file: the login from the session (the
        committee's readers only, then the file rule). Through the policies each statement scanned every
        visible family file once per policy (docs/benchmarks/committees_2026-11-29.md). What the rows become
        is what ``_overdue_tasks`` and ``_reviews`` make of theirs."""
        limit = rules.add_months(horizon, -PLACED_REVIEW_MONTHS) + timedelta(days=3)
        tasks: list[FollowUpTask] = []
        rows: list[tuple[Any, ...]] = []
        for (kind, file_id, number, family, child_id, first, last, task_id, protocol_id, meeting_id, held_on, title,
             responsible, due_on, started_on, setting) in s.connection().execute(
                _PG_FOLLOW_UP, {"day": day, "horizon": horizon, "placed_by": limit, "rows": FOLLOW_UP_ROWS + 1}):
            if kind == "task":
                if task_id is None or due_on is None:
                    continue
                tasks.append(FollowUpTask(task_id, protocol_id, meeting_id, held_on, file_id, number, family,
                                          f"{first} {last}".strip(), title, responsible, due_on, (day - due_on).days))
            else:
                if kind == "placement":
                    due_on = rules.annual_review_due(started_on, held_on)
                rows.append((child_id, due_on, file_id, held_on, kind, number, family, first, last, setting,
                             meeting_id))
        tasks.sort(key=lambda t: (t.due_on, t.task_id))
        return tasks, _soonest_reviews(rows, horizon)

    @staticmethod
    def _review_details(stmt: Select[*tuple[Any, ...]], child_id: Any, file_id: Any, day: date
                        ) -> Select[*tuple[Any, ...]]:
        """``stmt`` with the review's details: the file's number and family name, the child's name, the child's
        open placement's setting and a planned meeting with the child on its agenda."""
        setting = (select(Placement.setting).where(Placement.child_id == child_id, Placement.ended_on.is_(None))
                   .limit(1).scalar_subquery())
        meeting = (select(CommitteeMeeting.id).join(CommitteeCase, CommitteeCase.meeting_id == CommitteeMeeting.id)
                   .where(CommitteeCase.child_id == child_id, CommitteeMeeting.status == "planned",
                          CommitteeMeeting.held_on >= day)
                   .order_by(CommitteeMeeting.held_on).limit(1).scalar_subquery())
        return (stmt.add_columns(FamilyFile.file_number, FamilyFile.family_name, Person.first_name, Person.last_name,
                                 setting, meeting)
                .join(FamilyFile, FamilyFile.id == file_id).join(Person, Person.id == child_id))

    # ---- the committee tab of a family file --------------------------------------------------------------
    def file_committees(self, file_id: int) -> FileCommittees:
        """The file's hearings (newest first; the decisions of final protocols), its placements and its next
        review date (the soonest of any child). Audited as a read of the file."""
        self._require(Action.VIEW_COMMITTEES, entity=CASE, file_id=file_id)
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="view_committees")
            rows = s.execute(select(CommitteeCase, CommitteeMeeting, Person)
                             .join(CommitteeMeeting, CommitteeMeeting.id == CommitteeCase.meeting_id)
                             .join(Person, Person.id == CommitteeCase.child_id)
                             .where(CommitteeCase.file_id == f.id)
                             .order_by(CommitteeMeeting.held_on.desc(), CommitteeCase.id.desc())).all()
            protocols = {p.case_id: p for p in s.scalars(select(CommitteeProtocol)
                                                         .where(CommitteeProtocol.file_id == f.id))}
            final_ids = [p.id for p in protocols.values() if p.finalised_at is not None]
            decisions: dict[int, list[DecisionDTO]] = {}
            if final_ids:
                for d in s.scalars(select(CommitteeDecision).where(CommitteeDecision.protocol_id.in_(final_ids))
                                   .order_by(CommitteeDecision.position, CommitteeDecision.id)):
                    decisions.setdefault(d.protocol_id, []).append(DecisionDTO(d.id, d.kind, d.text, tuple(d.items or ())))
            hearings = []
            for c, m, child in rows:
                p = protocols.get(c.id)
                final = p is not None and p.finalised_at is not None
                hearings.append(Hearing(
                    c.id, m.id, m.held_on, m.level, m.status, f"{child.first_name} {child.last_name}".strip(),
                    c.reason, _protocol_status(p), tuple(decisions.get(p.id, ())) if final and p else (),
                    p.next_review_on if final and p else None, child.id))
            placements = self._placement_dtos(s, s.scalars(
                select(Placement).where(Placement.file_id == f.id)
                .order_by(Placement.started_on.desc(), Placement.id.desc())).all())
            next_review = self._next_review(protocols.values(), placements)
            self._audit_read(s, "view", entity=CASE, file_id=f.id, detail={"for": "committees"})
            return FileCommittees(f.id, tuple(hearings), tuple(placements), next_review)

    @staticmethod
    def _next_review(protocols: Iterable[CommitteeProtocol], placements: Sequence[PlacementDTO]) -> date | None:
        last: dict[int, CommitteeProtocol] = {}
        for p in protocols:
            if p.finalised_at is None:
                continue
            if p.child_id not in last or p.held_on > last[p.child_id].held_on:
                last[p.child_id] = p
        dates = [p.next_review_on for p in last.values() if p.next_review_on is not None]
        dates += [pl.annual_review_on for pl in placements if pl.annual_review_on is not None]
        return min(dates) if dates else None


