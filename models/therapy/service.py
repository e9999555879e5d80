"""The therapy centre (טיפולים רגשיים והדרכות הורים): referrals by the family's social worker of a child,
a parent or the family as a whole, the waiting list by the age of the referral, the treatments under way,
the course of each referral (therapist, start, sessions held, end and its reason) and a family file's
Therapy tab.

Every public method is one transaction: the permission first (VIEW_THERAPY to read, REFER_THERAPY to refer
and to record the course), the input checked before anything is written, the audit row (reads too), DTOs
out, DomainError codes (never sentences).

Visibility. A referral is case content: read by the roles with VIEW_THERAPY among those who see the family
file. On PostgreSQL the policy of revision 0021 says it; on SQLite the statements here join the visible-file
clause (models.service).

The course. waiting → in_treatment (a start date and a therapist) → ended (a date and a reason), or
waiting → ended (a reason other than goals met: the family moved, went elsewhere, never came); never
backwards, an ended referral is final. One open referral (waiting or in treatment) per person and kind, and
per file and kind for the family as a whole ("therapy_open"): checked here over every file (SQLite), and by
the unique indexes (PostgreSQL, where a referral of another file may be hidden from the user; two workers
referring at once). A stale version is a ConflictError("stale"): two workers moving one referral at once,
one wins and the other is told.

Dates. "Today" is ``models.therapy.rules.today()`` only (tests move it); the PostgreSQL guard
``maane_therapy_guard`` refuses dates after the server's today, and its refusals (SQLSTATE 23514, the
message the code) become the same ValidationError.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.codes import THERAPY_END_REASONS, THERAPY_KINDS, THERAPY_SUBJECTS
from models.committees.dto import PersonBrief
from models.errors import ValidationError
from models.families.entities import FamilyFile, FamilyMember
from models.people.entities import Person
from models.roles import Action
from models.service import ServiceBase
from models.text import clean_line, clean_text
from models.therapy import rules
from models.therapy.dto import TherapyInput, TherapyReferralDTO, TherapyRow
from models.therapy.entities import TherapyReferral
from models.users.entities import User

# field limits (the columns of models.therapy.entities)
REASON_MAX = 4000
THERAPIST_MAX = 200
END_NOTE_MAX = 2000
SESSIONS_MAX = 1000
PAGE_MAX = 1000

REFERRAL = "therapy_referral"  # the audit's entity
# the database's refusals (revision 0021: the guard's codes) the service words as its own
GUARD_CODES = ("therapy_not_child", "therapy_not_parent", "date_future")
_UNIQUE_OPEN = ("uq_therapy_referrals_open", "therapy_referrals.person_id, therapy_referrals.kind",
                "therapy_referrals.file_id, therapy_referrals.kind")


def _choice(value: str, allowed: Sequence[str], field: str) -> str:
    if value == "":
        raise ValidationError("required", field=field)
    if value not in allowed:
        raise ValidationError("invalid_choice", field=field)
    return value


def _day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _guard_code(exc: DBAPIError) -> str | None:
    """The code of the database's refusal in a driver error, if it is one of ours."""
    text = str(exc.orig)
    if any(marker in text for marker in _UNIQUE_OPEN):
        return "therapy_open"
    return next((code for code in GUARD_CODES if code in text), None)


def _brief(p: Person | None) -> PersonBrief | None:
    if p is None:
        return None
    return PersonBrief(p.id, p.first_name, p.last_name, p.birth_date, p.preferred_language)


class TherapyService(ServiceBase):
    # ---- visibility ---------------------------------------------------------------------------------------
    def _referral(self, s: Session, referral_id: int, *, action: str) -> tuple[TherapyReferral, FamilyFile]:
        return self._visible_row(s, TherapyReferral, referral_id, entity=REFERRAL, action=action)

    def _flush(self, s: Session, field: str, *new: TherapyReferral) -> None:
        """Flush the insert (``new``) or the change, the database's own refusal turned into the service's
        code: the unique index of one open referral per person (family) and kind, the guard's codes."""
        try:
            with s.begin_nested():
                s.add_all(new)
                s.flush()
        except DBAPIError as exc:
            code = _guard_code(exc)
            if code == "therapy_open":
                raise ValidationError("therapy_open", field="therapy_kind") from exc
            if code == "date_future":
                raise ValidationError("date_future", field=field) from exc
            if code is not None:
                raise ValidationError(code, field="person_id") from exc
            raise

    # ---- DTOs ---------------------------------------------------------------------------------------------
    @staticmethod
    def _persons(s: Session, ids: Iterable[int | None]) -> dict[int, Person]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        return {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(wanted)))}

    @staticmethod
    def _users(s: Session, ids: Iterable[int]) -> dict[int, str]:
        wanted = set(ids)
        if not wanted:
            return {}
        return dict(s.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all())

    def _dtos(self, s: Session, rows: Sequence[TherapyReferral]) -> list[TherapyReferralDTO]:
        if not rows:
            return []
        files = {fid: (number, name) for fid, number, name in s.execute(
            select(FamilyFile.id, FamilyFile.file_number, FamilyFile.family_name)
            .where(FamilyFile.id.in_({r.file_id for r in rows})))}
        persons = self._persons(s, (r.person_id for r in rows))
        users = self._users(s, (r.referred_by_id for r in rows))
        out = []
        for r in rows:
            number, family = files.get(r.file_id, ("", ""))
            person = persons.get(r.person_id) if r.person_id is not None else None
            out.append(TherapyReferralDTO(
                id=r.id, version=r.version, file_id=r.file_id, file_number=number, family_name=family,
                subject=r.subject, person=_brief(person), kind=r.kind, reason=r.reason, referred_on=r.referred_on,
                referred_by_id=r.referred_by_id, referred_by_name=users.get(r.referred_by_id, ""), status=r.status,
                therapist=r.therapist, started_on=r.started_on, sessions_held=r.sessions_held, ended_on=r.ended_on,
                end_reason=r.end_reason, end_note=r.end_note,
                waiting_days=rules.waiting_days(r.referred_on, r.started_on or r.ended_on)))
        return out

    # ---- referring ----------------------------------------------------------------------------------------
    def refer(self, data: TherapyInput) -> TherapyReferralDTO:
        """A referral of a file the user sees (open: "file_closed"): a child of the file ("therapy_not_child"),
        a parent ("therapy_not_parent"), a person not of the file at all ("therapy_not_member"), or the family
        (no person); a kind given to that subject ("therapy_kind_subject"); a reason; the day of the referral
        (not in the future: "date_future"). Refused while the person (the family) has an open referral of
        that kind ("therapy_open")."""
        self._require(Action.REFER_THERAPY, entity=REFERRAL, file_id=data.file_id)
        _choice(data.subject, THERAPY_SUBJECTS, "subject")
        _choice(data.kind, THERAPY_KINDS, "therapy_kind")
        reason = clean_text(data.reason, "reason", REASON_MAX, required=True)
        today = rules.today()
        referred_on = data.referred_on or today
        if referred_on > today:
            raise ValidationError("date_future", field="referred_on")
        relation = rules.SUBJECT_RELATION[data.subject]
        if relation is None and data.person_id is not None:
            raise ValidationError("invalid", field="person_id")
        if relation is not None and data.person_id is None:
            raise ValidationError("required", field="person_id")
        if not rules.fits(data.kind, data.subject):
            raise ValidationError("therapy_kind_subject", field="therapy_kind")
        with self._tx() as s:
            f = self._visible_file(s, data.file_id, action="refer_therapy")
            if f.status != "open":
                raise ValidationError("file_closed", field="file_id")
            if data.person_id is not None:
                found = s.scalar(select(FamilyMember.relation).where(FamilyMember.file_id == f.id,
                                                                     FamilyMember.person_id == data.person_id))
                if found is None:
                    raise ValidationError("therapy_not_member", field="person_id")
                if relation == "child" and found != "child":
                    raise ValidationError("therapy_not_child", field="person_id")
                if relation == "parent" and found != "parent":
                    raise ValidationError("therapy_not_parent", field="person_id")
                self._visible_person(s, data.person_id, action="refer_therapy", file_id=f.id)
            self._none_open(s, f.id, data.person_id, data.kind)
            r = TherapyReferral(file_id=f.id, subject=data.subject, person_id=data.person_id, kind=data.kind,
                                reason=reason, referred_on=referred_on, referred_by_id=self.user.id, status="waiting",
                                therapist="", started_on=None, sessions_held=0, ended_on=None, end_reason="",
                                end_note="", created_by=self.user.username, updated_by=self.user.username)
            self._flush(s, "referred_on", r)
            self._audit(s, "create", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"subject": r.subject, "person": r.person_id, "kind": r.kind})
            return self._dtos(s, [r])[0]

    @staticmethod
    def _none_open(s: Session, file_id: int, person_id: int | None, kind: str) -> None:
        """No open referral of ``kind`` for the person (in any file: one person, one course), or for the
        family of the file ("therapy_open")."""
        stmt = select(TherapyReferral.id).where(TherapyReferral.kind == kind,
                                                TherapyReferral.status.in_(rules.OPEN_STATUSES))
        if person_id is not None:
            stmt = stmt.where(TherapyReferral.person_id == person_id)
        else:
            stmt = stmt.where(TherapyReferral.file_id == file_id, TherapyReferral.subject == "family")
        if s.scalar(stmt.limit(1)) is not None:
            raise ValidationError("therapy_open", field="therapy_kind")

    # ---- the course ---------------------------------------------------------------------------------------
    def start(self, referral_id: int, version: int, started_on: date, therapist: str) -> TherapyReferralDTO:
        """Treatment starts: a waiting referral ("therapy_not_waiting") with the centre's therapist, on a day
        not before the referral ("therapy_start_before_referral") nor in the future ("date_future")."""
        self._require(Action.REFER_THERAPY, entity=REFERRAL, entity_id=referral_id)
        therapist = clean_line(therapist, "therapist", THERAPIST_MAX, required=True)
        if started_on > rules.today():
            raise ValidationError("date_future", field="started_on")
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action="start_therapy")
            self._check_stale(r, version)
            if r.status != "waiting":
                raise ValidationError("therapy_not_waiting", field="status")
            if started_on < r.referred_on:
                raise ValidationError("therapy_start_before_referral", field="started_on", value=_day(r.referred_on))
            r.status, r.started_on, r.therapist = "in_treatment", started_on, therapist
            r.updated_by = self.user.username
            self._flush(s, "started_on")
            self._audit(s, "start", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"started_on": started_on.isoformat()})
            return self._dtos(s, [r])[0]

    def record_sessions(self, referral_id: int, version: int, sessions_held: int) -> TherapyReferralDTO:
        """The number of sessions held so far (never negative: "negative_amount"), while the treatment is
        under way ("therapy_not_in_treatment"). A smaller number corrects a count."""
        self._require(Action.REFER_THERAPY, entity=REFERRAL, entity_id=referral_id)
        if sessions_held < 0:
            raise ValidationError("negative_amount", field="sessions_held")
        if sessions_held > SESSIONS_MAX:
            raise ValidationError("invalid", field="sessions_held")
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action="record_therapy_sessions")
            self._check_stale(r, version)
            if r.status != "in_treatment":
                raise ValidationError("therapy_not_in_treatment", field="status")
            before = r.sessions_held
            r.sessions_held = sessions_held
            r.updated_by = self.user.username
            self._flush(s, "sessions_held")
            self._audit(s, "update", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"sessions_held": [before, sessions_held]})
            return self._dtos(s, [r])[0]

    def end(self, referral_id: int, version: int, ended_on: date, end_reason: str, note: str = "") -> TherapyReferralDTO:
        """The referral ends (final): on a day not before its start (or its referral) nor in the future, with
        a reason (THERAPY_END_REASONS; "other" needs the note). A referral still waiting ends without a
        treatment: any reason but goals met ("therapy_goals_not_started"). Already ended: "therapy_ended"."""
        self._require(Action.REFER_THERAPY, entity=REFERRAL, entity_id=referral_id)
        _choice(end_reason, THERAPY_END_REASONS, "end_reason")
        note = clean_text(note, "end_note", END_NOTE_MAX, required=end_reason == "other")
        if ended_on > rules.today():
            raise ValidationError("date_future", field="ended_on")
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action="end_therapy")
            self._check_stale(r, version)
            if r.status == "ended":
                raise ValidationError("therapy_ended", field="status")
            if end_reason not in rules.end_reasons(r.started_on is not None):
                raise ValidationError("therapy_goals_not_started", field="end_reason")
            since = r.started_on or r.referred_on
            if ended_on < since:
                raise ValidationError("therapy_end_before_start", field="ended_on", value=_day(since))
            r.status, r.ended_on, r.end_reason, r.end_note = "ended", ended_on, end_reason, note
            r.updated_by = self.user.username
            self._flush(s, "ended_on")
            self._audit(s, "end", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"ended_on": ended_on.isoformat(), "reason": end_reason})
            return self._dtos(s, [r])[0]

    # ---- reading ------------------------------------------------------------------------------------------
    def referral(self, referral_id: int) -> TherapyReferralDTO:
        """One referral (audited as a view)."""
        self._require(Action.VIEW_THERAPY, entity=REFERRAL, entity_id=referral_id)
        with self._reading() as s:
            r, f = self._referral(s, referral_id, action="view_therapy")
            dto = self._dtos(s, [r])[0]
            self._audit_read(s, "view", entity=REFERRAL, entity_id=r.id, file_id=f.id)
            return dto

    def file_referrals(self, file_id: int) -> tuple[TherapyReferralDTO, ...]:
        """The family file's referrals, the open ones first, then the newest (audited as a read of the file)."""
        self._require(Action.VIEW_THERAPY, entity=REFERRAL, file_id=file_id)
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="view_therapy")
            rows = s.scalars(select(TherapyReferral).where(TherapyReferral.file_id == f.id)
                             .order_by(TherapyReferral.referred_on.desc(), TherapyReferral.id.desc())).all()
            dtos = self._dtos(s, rows)
            dtos.sort(key=lambda d: not d.open)  # stable: newest first within each
            self._audit_read(s, "view", entity=REFERRAL, file_id=f.id, detail={"for": "therapy_tab"})
            return tuple(dtos)

    def waiting_list(self, kind: str | None = None, offset: int = 0, limit: int = 200) -> list[TherapyRow]:
        """The referrals waiting, of the files the user sees, the oldest referral first (then the first
        made), each with its days waiting; ``kind``: of that kind only. A page of ``limit`` rows from
        ``offset``. Audited as a list read naming the files."""
        return self._list("waiting", kind, offset, limit)

    def in_treatment(self, kind: str | None = None, offset: int = 0, limit: int = 200) -> list[TherapyRow]:
        """The treatments under way, of the files the user sees, the oldest referral first."""
        return self._list("in_treatment", kind, offset, limit)

    def _list(self, status: str, kind: str | None, offset: int, limit: int) -> list[TherapyRow]:
        self._require(Action.VIEW_THERAPY, entity=REFERRAL)
        if kind is not None:
            _choice(kind, THERAPY_KINDS, "therapy_kind")
        if offset < 0 or not 1 <= limit <= PAGE_MAX:
            raise ValidationError("invalid", field="limit")
        r = TherapyReferral
        stmt = (select(r, FamilyFile.file_number, FamilyFile.family_name, Person, User.full_name)
                .join(FamilyFile, FamilyFile.id == r.file_id)
                .join(User, User.id == r.referred_by_id)
                .outerjoin(Person, Person.id == r.person_id)
                .where(r.status == status, self._files())
                .order_by(r.referred_on, r.id).offset(offset).limit(limit))
        if kind is not None:
            stmt = stmt.where(r.kind == kind)
        with self._reading() as s:
            out = [TherapyRow(
                position=offset + i, id=t.id, version=t.version, file_id=t.file_id, file_number=number,
                family_name=family, subject=t.subject, person_id=t.person_id,
                person_name=f"{person.first_name} {person.last_name}".strip() if person is not None else "",
                birth_date=person.birth_date if person is not None else None, kind=t.kind, reason=t.reason,
                referred_on=t.referred_on, referred_by_name=by or "", status=t.status, therapist=t.therapist,
                started_on=t.started_on, sessions_held=t.sessions_held,
                waiting_days=rules.waiting_days(t.referred_on, t.started_on))
                for i, (t, number, family, person, by) in enumerate(s.execute(stmt).all(), start=1)]
            self._audit_read(s, "list", entity=REFERRAL,
                             detail={"list": status, "kind": kind, "files": sorted({x.file_id for x in out})})
            return out
