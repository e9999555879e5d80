"""Foster-care referrals (הפניות לאומנה): created from a committee decision for an out-of-home placement (or,
in an emergency, by a youth-law worker, a team head or the manager before the committee, which Maane then
demands with a Task), moved along the pipeline to a placement (the committees' ``Placement``, whose annual
review feeds the committee's follow-up) and ended, or rejected; documents, visits, the forms' data.

Every public method is one transaction: the permission first (VIEW_FOSTER to read, MANAGE_FOSTER to write,
EMERGENCY_FOSTER for a referral without a decision), the input checked before anything is written, the audit
row (reads audited too), DTOs out, DomainError codes (never sentences).

Visibility. The foster rows are case content: read by the roles with VIEW_FOSTER among those who see the
family file. On PostgreSQL the policies of revision 0018 say it (and its guard ``maane_foster_guard`` holds
the pipeline, the child and the authors); on SQLite the statements here join the visible-file clause
(models.service). The referrals page on PostgreSQL is read through the definer function
``maane_foster_page`` (revision 0018), which applies the same visibility to each row it reads as one probe of
the row's file (the policies' file test, in a statement over many rows, scans every visible family file:
docs/benchmarks/committees_2026-11-29.md).

Concurrency. ``move``, ``update`` and ``attach_decision`` lock the referral's row (PostgreSQL: FOR UPDATE;
SQLite: the write transaction) and compare its version: of two workers moving one referral at once, the one
who reads it second is told (ConflictError) and nothing of hers is saved.

"Today" is ``models.foster.rules.today()`` only (tests move it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, exists, false, func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from models.codes import (
    FOSTER_DOCUMENT_KINDS,
    FOSTER_DOCUMENT_MAX_BYTES,
    FOSTER_END_REASONS,
    FOSTER_KINDS,
    FOSTER_OPEN_STATUSES,
    FOSTER_REJECT_REASONS,
    FOSTER_STATUSES,
    FOSTER_VISIT_KINDS,
    OUT_OF_HOME_DECISIONS,
)
from models.committees import rules as committee_rules
from models.committees.entities import CommitteeDecision, CommitteeProtocol, Placement
from models.department.service import read_settings
from models.errors import ValidationError
from models.families.entities import FamilyFile, FamilyMember
from models.foster import rules
from models.foster.dto import (
    DecisionOption,
    FosterDocumentDTO,
    FosterEventDTO,
    FosterMove,
    FosterPage,
    FosterParent,
    FosterReferralDTO,
    FosterReferralForm,
    FosterReferralInput,
    FosterRow,
    FosterVisitDTO,
    PersonBrief,
    PlacementSummaryForm,
)
from models.foster.entities import (
    FOSTER_WRITERS,
    FosterDocument,
    FosterReferral,
    FosterReferralEvent,
    FosterVisit,
)
from models.people.entities import Person, PersonPhone
from models.roles import Action
from models.service import (
    ServiceBase,
    file_viewers_clause,
    server_now,
    user_ref,
    visible_files_clause,
)
from models.tasks.entities import Task
from models.text import clean_line, clean_text, normalize_file_number, search_key
from models.users.entities import User

# field limits (the columns of models.foster.entities)
SERVICE_MAX = 200
REASON_MAX = 4000
EMERGENCY_MAX = 4000
CONTACT_MAX = 4000
MOVE_REASON_MAX = 2000
FAMILY_CODE_MAX = 40
LOCALITY_MAX = 120
TITLE_MAX = 200
FILENAME_MAX = 255
WITH_WHOM_MAX = 200
VISIT_NOTE_MAX = 4000
QUERY_MAX = 100
PAGE_MAX = 500
AWAITING_ROWS = 50  # the page's final out-of-home decisions with no referral yet, the most recent

# the audit's entities
REFERRAL = "foster_referral"
DOCUMENT = "foster_document"
VISIT = "foster_visit"
# the forms (reports/forms/foster_*.py)
FORMS = ("foster_referral", "foster_placement_summary")
OUTPUT_KINDS = ("print", "save")
PDF_MAGIC = b"%PDF-"

# the referrals page's statuses: "open" is every status before ending (placed too)
_OPEN_PAGE = (*FOSTER_OPEN_STATUSES, "placed")

_PG_PAGE = sql_text(
    "SELECT * FROM maane_foster_page(CAST(:lo AS integer), CAST(:hi AS integer), CAST(:kind AS text), "
    "CAST(:fq AS text), CAST(:nq AS text), CAST(:off AS integer), CAST(:lim AS integer), CAST(:aw AS integer))")


def _choice(value: str, allowed: Sequence[str], field: str) -> str:
    if value == "":
        raise ValidationError("required", field=field)
    if value not in allowed:
        raise ValidationError("invalid_choice", field=field)
    return value


def _name(p: Person | None) -> str:
    return f"{p.first_name} {p.last_name}".strip() if p is not None else ""


def _brief(p: Person) -> PersonBrief:
    return PersonBrief(p.id, p.first_name, p.last_name, p.birth_date, p.preferred_language)


def _stage_range(status: str | None) -> tuple[int, int, tuple[str, ...]]:
    """The page's status filter as a range of stages (the page index's first column) and its statuses."""
    if status is None or status == "":
        return 0, len(FOSTER_STATUSES) - 1, FOSTER_STATUSES
    if status == "open":
        return 0, rules.stage("placed"), _OPEN_PAGE
    if status not in FOSTER_STATUSES:
        raise ValidationError("invalid_choice", field="status")
    return rules.stage(status), rules.stage(status), (status,)


@dataclass(frozen=True)
class _Input:
    """A referral's input as stored."""

    kind: str
    service_name: str
    reason: str
    emergency_reason: str
    contact_arrangements: str


class FosterService(ServiceBase):
    # ---- visibility --------------------------------------------------------------------------------------
    def _referral(self, s: Session, referral_id: int, *, action: str,
                  lock: bool = False) -> tuple[FosterReferral, FamilyFile]:
        return self._visible_row(s, FosterReferral, referral_id, entity=REFERRAL, action=action, lock=lock)

    def _child(self, s: Session, file_id: int, child_id: int, *, action: str) -> Person:
        """A child of the file ("not_a_member"), visible to the user (a hidden person is a denied NotFound)."""
        if s.scalar(select(FamilyMember.id).where(FamilyMember.file_id == file_id, FamilyMember.person_id == child_id,
                                                   FamilyMember.relation == "child")) is None:
            raise ValidationError("not_a_member", field="child_id")
        self._visible_person(s, child_id, action=action, file_id=file_id)
        p = s.get(Person, child_id)
        assert p is not None
        return p

    def _worker(self, s: Session, f: FamilyFile, worker_id: int | None) -> int:
        """The responsible worker: the acting user by default; else an active user who writes foster
        referrals and sees the file ("invalid_choice", field worker_id)."""
        if worker_id is None or worker_id == self.user.id:
            return self.user.id
        found = s.scalar(select(User.id).where(User.id == worker_id, User.role.in_(FOSTER_WRITERS),
                                               file_viewers_clause(f)))
        if found is None:
            raise ValidationError("invalid_choice", field="worker_id")
        return int(found)

    # ---- decisions ---------------------------------------------------------------------------------------
    def _options(self, s: Session, *, file_id: int | None = None, child_id: int | None = None,
                 decision_ids: Iterable[int] = (), awaiting: bool = False,
                 limit: int | None = None) -> list[DecisionOption]:
        """The final out-of-home decisions (of the files the user sees), most recent hearing first."""
        d, p = CommitteeDecision, CommitteeProtocol
        has_referral = exists(select(FosterReferral.id).where(FosterReferral.decision_id == d.id))
        stmt = (select(d.id, d.protocol_id, p.case_id, d.file_id, p.held_on, d.kind, d.text, Person,
                       has_referral.label("has_referral"))
                .join(p, p.id == d.protocol_id).join(Person, Person.id == p.child_id)
                .where(d.kind.in_(OUT_OF_HOME_DECISIONS), p.finalised_at.is_not(None))
                .order_by(p.held_on.desc(), d.id.desc()))
        if not self._db.backend.row_security:
            stmt = stmt.join(FamilyFile, FamilyFile.id == d.file_id).where(visible_files_clause(self.user))
        if file_id is not None:
            stmt = stmt.where(d.file_id == file_id)
        if child_id is not None:
            stmt = stmt.where(p.child_id == child_id)
        ids = list(decision_ids)
        if ids:
            stmt = stmt.where(d.id.in_(ids))
        if awaiting:
            stmt = stmt.where(~has_referral)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [DecisionOption(did, pid, cid, fid, _brief(child), held, kind, text, bool(has))
                for did, pid, cid, fid, held, kind, text, child, has in s.execute(stmt)]

    def _option(self, s: Session, file_id: int, child_id: int, decision_id: int) -> DecisionOption:
        """A final out-of-home decision of this child in this file ("invalid_choice", field decision_id)."""
        found = self._options(s, file_id=file_id, child_id=child_id, decision_ids=[decision_id])
        if not found:
            raise ValidationError("invalid_choice", field="decision_id")
        return found[0]

    # ---- DTOs --------------------------------------------------------------------------------------------
    @staticmethod
    def _users(s: Session, ids: Iterable[int | None]) -> dict[int, User]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        return {u.id: u for u in s.scalars(select(User).where(User.id.in_(wanted)))}

    @staticmethod
    def _last_hearings(s: Session, child_ids: Iterable[int]) -> dict[int, date]:
        ids = list(set(child_ids))
        if not ids:
            return {}
        return {cid: held for cid, held in s.execute(
            select(CommitteeProtocol.child_id, func.max(CommitteeProtocol.held_on))
            .where(CommitteeProtocol.child_id.in_(ids), CommitteeProtocol.finalised_at.is_not(None))
            .group_by(CommitteeProtocol.child_id))}

    def _dtos(self, s: Session, rows: Sequence[tuple[FosterReferral, FamilyFile]]) -> list[FosterReferralDTO]:
        if not rows:
            return []
        ids = [r.id for r, _f in rows]
        children = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_({r.child_id for r, _f in rows})))}
        options = {o.decision_id: o for o in self._options(
            s, decision_ids=[r.decision_id for r, _f in rows if r.decision_id is not None])} \
            if any(r.decision_id is not None for r, _f in rows) else {}
        events: dict[int, list[FosterReferralEvent]] = {}
        for e in s.scalars(select(FosterReferralEvent).where(FosterReferralEvent.referral_id.in_(ids))
                           .order_by(FosterReferralEvent.referral_id, FosterReferralEvent.id)):
            events.setdefault(e.referral_id, []).append(e)
        documents: dict[int, list[tuple[Any, ...]]] = {}
        for row in s.execute(select(FosterDocument.referral_id, FosterDocument.id, FosterDocument.kind,
                                    FosterDocument.title, FosterDocument.filename,
                                    func.length(FosterDocument.content), FosterDocument.added_by_id,
                                    FosterDocument.added_at)
                             .where(FosterDocument.referral_id.in_(ids))
                             .order_by(FosterDocument.referral_id, FosterDocument.id)):
            documents.setdefault(row[0], []).append(tuple(row[1:]))
        visits: dict[int, list[FosterVisit]] = {}
        for v in s.scalars(select(FosterVisit).where(FosterVisit.referral_id.in_(ids))
                           .order_by(FosterVisit.referral_id, FosterVisit.visited_on.desc(), FosterVisit.id.desc())):
            visits.setdefault(v.referral_id, []).append(v)
        users = self._users(s, [r.worker_id for r, _f in rows]
                            + [e.moved_by_id for es in events.values() for e in es]
                            + [d[5] for ds in documents.values() for d in ds]
                            + [v.recorded_by_id for vs in visits.values() for v in vs])
        placed = [r.child_id for r, _f in rows if r.status == "placed" and r.placed_on is not None]
        last = self._last_hearings(s, placed)
        today = rules.today()

        def who(uid: int) -> str:
            u = users.get(uid)
            return u.full_name if u is not None else ""

        out = []
        for r, f in rows:
            child = children.get(r.child_id)
            brief = _brief(child) if child is not None else PersonBrief(r.child_id, "", "", None, "he")
            review = r.annual_review_on
            if r.status == "placed" and r.placed_on is not None:
                review = committee_rules.annual_review_due(r.placed_on, last.get(r.child_id))
            worker = users.get(r.worker_id)
            out.append(FosterReferralDTO(
                id=r.id, version=r.version, file_id=f.id, file_number=f.file_number, family_name=f.family_name,
                child=brief, age_years=rules.age_on(brief.birth_date, today), kind=r.kind, status=r.status,
                status_on=r.status_on, status_reason=r.status_reason,
                decision=options.get(r.decision_id) if r.decision_id is not None else None,
                emergency_reason=r.emergency_reason, committee_due_on=r.committee_due_on,
                committee_missing=rules.committee_missing(r.decision_id), service_name=r.service_name,
                reason=r.reason, worker=user_ref(worker) if worker is not None else None, sent_on=r.sent_on,
                foster_family_code=r.foster_family_code, foster_locality=r.foster_locality, placed_on=r.placed_on,
                placement_id=r.placement_id, contact_arrangements=r.contact_arrangements, annual_review_on=review,
                end_reason=r.end_reason, reject_reason=r.reject_reason, ended_on=r.ended_on,
                events=tuple(FosterEventDTO(e.from_status, e.to_status, e.moved_on, e.reason, who(e.moved_by_id),
                                            e.moved_at) for e in events.get(r.id, ())),
                documents=tuple(FosterDocumentDTO(did, kind, title, filename, int(size or 0), who(by), at)
                                for did, kind, title, filename, size, by, at in documents.get(r.id, ())),
                visits=tuple(FosterVisitDTO(v.id, v.visited_on, v.kind, v.with_whom, v.note, who(v.recorded_by_id))
                             for v in visits.get(r.id, ())),
                next_statuses=rules.next_statuses(r.status), committee_task_id=r.committee_task_id))
        return out

    def _dto(self, s: Session, r: FosterReferral, f: FamilyFile) -> FosterReferralDTO:
        s.flush()
        s.refresh(r)
        return self._dtos(s, [(r, f)])[0]

    # ---- reads -------------------------------------------------------------------------------------------
    def referrals(self, status: str | None = None, kind: str | None = None, query: str = "", offset: int = 0,
                  limit: int = 200) -> FosterPage:
        """The referrals page: the referrals of the files the user sees, in pipeline order (the open ones
        first), the youngest child first, then by id; ``status`` a status, "open" (every status up to
        "placed") or None (all); ``kind`` a kind or None; ``query`` a substring of the file number or the
        child's name. With the counts per status (of every referral one sees, not filtered) and the final
        out-of-home decisions that have no referral yet (the most recent AWAITING_ROWS). One statement on
        PostgreSQL (``maane_foster_page``); audited as a list read naming the files shown."""
        self._require(Action.VIEW_FOSTER, entity=REFERRAL)
        lo, hi, statuses = _stage_range(status)
        if kind is not None and kind != "" and kind not in FOSTER_KINDS:
            raise ValidationError("invalid_choice", field="kind")
        kind = kind or ""
        typed = clean_line(query, "query", QUERY_MAX)
        # a file number has digits and no letters ("2026/17" as it is stored, "2026/0017"); a name has letters
        number = "" if any(ch.isalpha() for ch in typed) or not any(ch.isdigit() for ch in typed) \
            else normalize_file_number(typed) or typed
        name_key = search_key(typed) if any(ch.isalpha() for ch in typed) else ""
        offset, limit = max(0, int(offset)), max(1, min(int(limit), PAGE_MAX))
        today = rules.today()
        with self._reading() as s:
            if self._db.backend.row_security:
                rows, counts, total, awaiting = self._page_pg(s, lo, hi, kind, typed, number, name_key, offset,
                                                              limit)
            else:
                rows, counts, total, awaiting = self._page_sqlite(s, lo, hi, kind, typed, number, name_key,
                                                                  offset, limit)
            by_status = {st: 0 for st in FOSTER_STATUSES}
            for (st, _k), n in counts.items():
                by_status[st] = by_status.get(st, 0) + n
            if total is None:  # no query: the counts tell
                total = sum(n for (st, k), n in counts.items() if st in statuses and (not kind or k == kind))
            out = tuple(FosterRow(
                id=rid, file_id=fid, file_number=number, child_name=f"{first} {last}".strip(),
                age_years=rules.age_on(birth, today), kind=k, status=st, status_on=on,
                days_in_status=rules.days_in_status(on, today), service_name=service, worker_name=worker,
                committee_missing=decision is None, annual_review_on=review)
                for rid, fid, number, first, last, birth, k, st, on, service, worker, decision, review in rows)
            files = sorted({r.file_id for r in out} | {o.file_id for o in awaiting})
            self._audit_read(s, "list", entity=REFERRAL,
                             detail={"status": status or "", "kind": kind, "query": typed, "offset": offset,
                                     "files": files})
        return FosterPage(out, total, by_status, tuple(awaiting))

    def _page_sqlite(self, s: Session, lo: int, hi: int, kind: str, typed: str, number: str, name_key: str,
                     offset: int, limit: int) -> tuple[list[tuple[Any, ...]], dict[tuple[str, str], int], int | None,
                                          list[DecisionOption]]:
        r = FosterReferral
        visible = visible_files_clause(self.user)
        counts = {(st, k): int(n) for st, k, n in s.execute(
            select(r.status, r.kind, func.count()).join(FamilyFile, FamilyFile.id == r.file_id).where(visible)
            .group_by(r.status, r.kind))}
        child = aliased(Person)
        stmt = (select(r.id, r.file_id, FamilyFile.file_number, child.first_name, child.last_name, child.birth_date,
                       r.kind, r.status, r.status_on, r.service_name, User.full_name, r.decision_id,
                       r.annual_review_on)
                .join(FamilyFile, FamilyFile.id == r.file_id).join(child, child.id == r.child_id)
                .join(User, User.id == r.worker_id)
                .where(visible, r.stage.between(lo, hi)))
        if kind:
            stmt = stmt.where(r.kind == kind)
        stmt = stmt.order_by(r.stage, r.age_order, r.id)
        awaiting = self._awaiting_sqlite(s)
        if not typed:
            return [tuple(x) for x in s.execute(stmt.offset(offset).limit(limit))], counts, None, awaiting
        # typed: the matches are few (a name, a file number): read them all once, count them and cut the page
        stmt = stmt.where(or_(FamilyFile.file_number.contains(number, autoescape=True) if number else false(),
                              child.search_key.contains(name_key, autoescape=True) if name_key else false()))
        matching = [tuple(x) for x in s.execute(stmt)]
        return matching[offset:offset + limit], counts, len(matching), awaiting

    def _awaiting_sqlite(self, s: Session) -> list[DecisionOption]:
        """The final out-of-home decisions no referral carries out, of the files the user sees, the most recent
        first (AWAITING_ROWS): the candidates of every file first (ids only, few: most such decisions get
        their referral), then those of the files the user sees (a join would let SQLite walk every file)."""
        d, p = CommitteeDecision, CommitteeProtocol
        candidates = s.execute(
            select(d.id, d.file_id).join(p, p.id == d.protocol_id)
            .where(d.kind.in_(OUT_OF_HOME_DECISIONS), p.finalised_at.is_not(None),
                   ~exists(select(FosterReferral.id).where(FosterReferral.decision_id == d.id)))).all()
        if not candidates:
            return []
        seen = set(s.scalars(select(FamilyFile.id).where(FamilyFile.id.in_({f for _d, f in candidates}),
                                                           visible_files_clause(self.user))))
        ids = [did for did, f in candidates if f in seen]
        return self._options(s, decision_ids=ids, awaiting=True, limit=AWAITING_ROWS) if ids else []

    def _page_pg(self, s: Session, lo: int, hi: int, kind: str, typed: str, number: str, name_key: str,
                 offset: int, limit: int) -> tuple[list[tuple[Any, ...]], dict[tuple[str, str], int], int | None,
                                      list[DecisionOption]]:
        """PostgreSQL: the page's rows, the counts and the awaiting decisions from ``maane_foster_page``
        (revision 0018), one call."""
        rows: list[tuple[Any, ...]] = []
        ordered: list[tuple[int, int, int]] = []
        counts: dict[tuple[str, str], int] = {}
        awaiting: list[DecisionOption] = []
        total: int | None = None
        if typed and not number and not name_key:  # typed, but neither a number nor a name: no row matches
            lo, hi = 1, 0
        params = {"lo": lo, "hi": hi, "kind": kind, "fq": number, "nq": name_key, "off": offset, "lim": limit,
                  "aw": AWAITING_ROWS}
        for x in s.connection().execute(_PG_PAGE, params).mappings():
            part = x["part"]
            if part == "count":
                counts[(x["status"], x["kind"])] = int(x["n"])
            elif part == "row":
                ordered.append((x["stage"], x["ord"], x["id"]))
                rows.append((x["id"], x["file_id"], x["file_number"], x["first_name"], x["last_name"],
                             x["birth_date"], x["kind"], x["status"], x["status_on"], x["service_name"],
                             x["worker_name"], x["decision_id"], x["annual_review_on"]))
                if typed:
                    total = int(x["n"])
            elif part == "awaiting":
                awaiting.append(DecisionOption(
                    x["decision_id"], x["protocol_id"], x["case_id"], x["file_id"],
                    PersonBrief(x["child_id"], x["first_name"], x["last_name"], x["birth_date"],
                                x["preferred_language"]),
                    x["held_on"], x["kind"], x["decision_text"], False))
        if typed and total is None:
            total = 0
        order = sorted(range(len(rows)), key=lambda i: ordered[i])
        awaiting.sort(key=lambda o: (o.held_on, o.decision_id), reverse=True)
        return [rows[i] for i in order], counts, total, awaiting

    def file_referrals(self, file_id: int) -> list[FosterReferralDTO]:
        """The file's referrals (the foster tab), the open ones first, newest first; audited as a read of the
        file."""
        self._require(Action.VIEW_FOSTER, entity=REFERRAL, file_id=file_id)
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="view_foster")
            rows = s.scalars(select(FosterReferral).where(FosterReferral.file_id == f.id)
                             .order_by(FosterReferral.stage >= rules.stage("ended"), FosterReferral.id.desc())).all()
            out = self._dtos(s, [(r, f) for r in rows])
            self._audit_read(s, "view", entity=REFERRAL, file_id=f.id, detail={"for": "foster"})
            return out

    def referral(self, referral_id: int) -> FosterReferralDTO:
        """One referral (audited as a view)."""
        self._require(Action.VIEW_FOSTER, entity=REFERRAL, entity_id=referral_id)
        with self._reading() as s:
            r, f = self._referral(s, referral_id, action="view_foster")
            dto = self._dtos(s, [(r, f)])[0]
            self._audit_read(s, "view", entity=REFERRAL, entity_id=r.id, file_id=f.id)
            return dto

    def decision_options(self, file_id: int, child_id: int) -> list[DecisionOption]:
        """The final out-of-home decisions of that child in the file, the most recent first."""
        self._require(Action.VIEW_FOSTER, entity=REFERRAL, file_id=file_id)
        with self._reading() as s:
            f = self._visible_file(s, file_id, action="view_foster")
            out = self._options(s, file_id=f.id, child_id=child_id)
            self._audit_read(s, "list", entity="committee_decision", file_id=f.id,
                             detail={"for": "foster", "child": child_id})
            return out

    # ---- writes ------------------------------------------------------------------------------------------
    @staticmethod
    def _clean(data: FosterReferralInput) -> _Input:
        kind = _choice(data.kind, FOSTER_KINDS, "kind")
        service = clean_line(data.service_name, "service_name", SERVICE_MAX, required=True)
        return _Input(kind, service, clean_text(data.reason, "reason", REASON_MAX, required=True),
                      clean_text(data.emergency_reason, "emergency_reason", EMERGENCY_MAX),
                      clean_text(data.contact_arrangements, "contact_arrangements", CONTACT_MAX))

    def _event(self, s: Session, r: FosterReferral, from_status: str, to_status: str, on: date, reason: str) -> None:
        s.add(FosterReferralEvent(referral_id=r.id, file_id=r.file_id, from_status=from_status, to_status=to_status,
                                  moved_on=on, reason=reason, moved_by_id=self.user.id))

    def create(self, data: FosterReferralInput) -> FosterReferralDTO:
        """A referral of a child of the file: with a final out-of-home decision of that child (a
        DecisionOption), or, in an emergency, without one: EMERGENCY_FOSTER only, kind "emergency"
        ("decision_required") and its reason ("emergency_reason_required"); then the committee is due within
        FOSTER_EMERGENCY_COMMITTEE_DAYS and a Task on the file demands it of the creator. One open referral per
        child ("foster_open")."""
        self._require(Action.MANAGE_FOSTER, entity=REFERRAL, file_id=data.file_id)
        emergency = data.decision_id is None
        if emergency:
            self._require(Action.EMERGENCY_FOSTER, entity=REFERRAL, file_id=data.file_id)
        clean = self._clean(data)
        if emergency:
            if clean.kind != "emergency":
                raise ValidationError("decision_required", field="decision_id")
            if not clean.emergency_reason:
                raise ValidationError("emergency_reason_required", field="emergency_reason")
        today = rules.today()
        with self._tx() as s:
            f = self._visible_file(s, data.file_id, action="create_foster")
            child = self._child(s, f.id, data.child_id, action="create_foster")
            if data.decision_id is not None:
                self._option(s, f.id, child.id, data.decision_id)
            worker_id = self._worker(s, f, data.worker_id)
            if s.scalar(select(FosterReferral.id).where(FosterReferral.child_id == child.id,
                                                        FosterReferral.stage < rules.stage("ended"))) is not None:
                raise ValidationError("foster_open", field="child_id")
            r = FosterReferral(
                file_id=f.id, child_id=child.id, kind=clean.kind, decision_id=data.decision_id,
                emergency_reason=clean.emergency_reason if emergency else "",
                committee_due_on=rules.committee_due(today) if emergency else None, committee_task_id=None,
                service_name=clean.service_name, reason=clean.reason, status="draft", stage=rules.stage("draft"),
                age_order=rules.age_order(child.birth_date), status_on=today, status_reason="", worker_id=worker_id,
                created_by_id=self.user.id, contact_arrangements=clean.contact_arrangements,
                created_by=self.user.username, updated_by=self.user.username)
            try:
                with s.begin_nested():
                    s.add(r)
                    s.flush()
            except IntegrityError as exc:  # another worker's open referral of the child, saved meanwhile
                if "uq_foster_referrals_open_child" in str(exc.orig) or "foster_referrals.child_id" in str(exc.orig):
                    raise ValidationError("foster_open", field="child_id") from exc
                raise
            if emergency:
                task = Task(file_id=f.id, title=rules.EMERGENCY_TASK_TITLE, description=clean.emergency_reason,
                            due_date=r.committee_due_on, assignee_id=self.user.id, done=False, confidential=True,
                            created_by=self.user.username, updated_by=self.user.username)
                s.add(task)
                s.flush()
                r.committee_task_id = task.id
                self._audit(s, "create", entity="task", entity_id=task.id, file_id=f.id,
                            detail={"assignee": self.user.id, "foster_referral": r.id})
            self._event(s, r, "", "draft", today, "")
            s.flush()
            self._audit(s, "create", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"child": child.id, "kind": r.kind, "decision": r.decision_id,
                                "emergency": emergency})
            return self._dto(s, r, f)

    def attach_decision(self, referral_id: int, version: int, decision_id: int) -> FosterReferralDTO:
        """The committee's decision for a referral made without one (an emergency): a final out-of-home
        decision of its child in its file ("invalid_choice"), while the referral is open (ended or rejected:
        "status_not_allowed"); the committee is no longer due and its Task is done."""
        self._require(Action.MANAGE_FOSTER, entity=REFERRAL, entity_id=referral_id)
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action="attach_decision", lock=True)
            self._check_stale(r, version)
            if r.status in rules.CLOSED:  # ended or rejected: it carries out no decision any more
                raise ValidationError("status_not_allowed", field="status")
            if r.decision_id is not None:
                raise ValidationError("invalid_choice", field="decision_id")
            self._option(s, f.id, r.child_id, decision_id)
            if r.committee_task_id is not None:
                task = s.get(Task, r.committee_task_id)
                if task is not None and not task.done:
                    task.done, task.done_at = True, server_now(s)
                    task.updated_by = self.user.username
                    self._audit(s, "update", entity="task", entity_id=task.id, file_id=f.id,
                                detail={"done": True, "foster_referral": r.id})
            r.decision_id, r.committee_due_on = decision_id, None
            r.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity=REFERRAL, entity_id=r.id, file_id=f.id, detail={"decision": decision_id})
            return self._dto(s, r, f)

    def update(self, referral_id: int, version: int, data: FosterReferralInput) -> FosterReferralDTO:
        """Correct a referral before it ends: the service, the reason, the worker, the contact arrangements,
        the kind (a referral without a decision stays an emergency: "decision_required"); its file, child and
        decision stay ("invalid_choice"; a decision is attached with ``attach_decision``). Not once ended or
        rejected ("status_not_allowed")."""
        self._require(Action.MANAGE_FOSTER, entity=REFERRAL, entity_id=referral_id)
        clean = self._clean(data)
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action="update_foster", lock=True)
            self._check_stale(r, version)
            if r.status in rules.CLOSED:
                raise ValidationError("status_not_allowed", field="status")
            if data.file_id != r.file_id or data.child_id != r.child_id:
                raise ValidationError("invalid_choice", field="child_id")
            if data.decision_id is not None and data.decision_id != r.decision_id:
                raise ValidationError("invalid_choice", field="decision_id")
            if r.decision_id is None:
                if clean.kind != "emergency":
                    raise ValidationError("decision_required", field="decision_id")
                if not clean.emergency_reason:
                    raise ValidationError("emergency_reason_required", field="emergency_reason")
            worker_id = self._worker(s, f, data.worker_id if data.worker_id is not None else r.worker_id)
            r.kind, r.service_name, r.reason = clean.kind, clean.service_name, clean.reason
            r.emergency_reason = clean.emergency_reason if r.decision_id is None else r.emergency_reason
            r.contact_arrangements, r.worker_id = clean.contact_arrangements, worker_id
            r.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity=REFERRAL, entity_id=r.id, file_id=f.id)
            return self._dto(s, r, f)

    def move(self, referral_id: int, version: int, move: FosterMove) -> FosterReferralDTO:
        """Move the referral along the pipeline (models.foster.rules.next_statuses) on ``move.on`` (not in the
        future): back along it only with a reason ("reason_required"); never back from "placed"
        ("placed_final"); "placed" with the foster family's code and locality (a committees Placement is
        made: "placement_open" if the child has one); "ended" with its reason code (the Placement ends);
        "rejected" with its reason code. A stale version: ConflictError. Records an event."""
        self._require(Action.MANAGE_FOSTER, entity=REFERRAL, entity_id=referral_id)
        to = move.to_status
        if to not in FOSTER_STATUSES:
            raise ValidationError("invalid_choice" if to else "required", field="to_status")
        if move.on > rules.today():
            raise ValidationError("date_future", field="on")
        reason = clean_text(move.reason, "reason", MOVE_REASON_MAX)
        code = locality = end_reason = reject_reason = ""
        if to == "placed":
            code = clean_line(move.foster_family_code, "foster_family_code", FAMILY_CODE_MAX, required=True)
            locality = clean_line(move.foster_locality, "foster_locality", LOCALITY_MAX, required=True)
        elif to == "ended":
            end_reason = _choice(move.end_reason, FOSTER_END_REASONS, "end_reason")
        elif to == "rejected":
            reject_reason = _choice(move.reject_reason, FOSTER_REJECT_REASONS, "reject_reason")
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action="move_foster", lock=True)
            self._check_stale(r, version)
            before = r.status
            if to not in rules.next_statuses(before):
                if before == "placed" and to != "ended":
                    raise ValidationError("placed_final", field="to_status")
                raise ValidationError("status_not_allowed", field="to_status", status=before)
            if rules.is_backwards(before, to) and not reason:
                raise ValidationError("reason_required", field="reason")
            if to == "placed":
                self._place(s, r, f, move.on, code, locality)
            elif to == "ended":
                self._end(s, r, f, move.on, end_reason, reason)
            elif to == "rejected":
                r.reject_reason = reject_reason
            elif to == "sent":
                r.sent_on = move.on
            r.status, r.stage, r.status_on, r.status_reason = to, rules.stage(to), move.on, reason
            r.updated_by = self.user.username
            s.flush()
            self._event(s, r, before, to, move.on, reason)
            s.flush()
            self._audit(s, "update", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"from": before, "to": to, "on": move.on.isoformat()})
            return self._dto(s, r, f)

    def _place(self, s: Session, r: FosterReferral, f: FamilyFile, on: date, code: str, locality: str) -> None:
        """The committees' Placement of the child in a foster family (one open placement per child)."""
        if s.scalar(select(Placement.id).where(Placement.child_id == r.child_id,
                                                Placement.ended_on.is_(None))) is not None:
            raise ValidationError("placement_open", field="to_status")
        placement = Placement(file_id=f.id, child_id=r.child_id, setting="foster_family", started_on=on,
                              ended_on=None, end_reason="", decision_id=r.decision_id,
                              note=f"{r.service_name} ({code}, {locality})"[:4000],
                              created_by=self.user.username, updated_by=self.user.username)
        s.add(placement)
        s.flush()
        last = self._last_hearings(s, [r.child_id]).get(r.child_id)
        r.placement_id, r.placed_on = placement.id, on
        r.foster_family_code, r.foster_locality = code, locality
        r.annual_review_on = committee_rules.annual_review_due(on, last)
        self._audit(s, "create", entity="placement", entity_id=placement.id, file_id=f.id,
                    detail={"child": r.child_id, "setting": "foster_family", "foster_referral": r.id})

    def _end(self, s: Session, r: FosterReferral, f: FamilyFile, on: date, end_reason: str, reason: str) -> None:
        if r.placed_on is not None and on < r.placed_on:
            raise ValidationError("ended_before_started", field="on")
        placement = s.get(Placement, r.placement_id) if r.placement_id is not None else None
        r.end_reason, r.ended_on = end_reason, on
        if placement is not None and placement.ended_on is None:
            placement.ended_on = max(on, placement.started_on)
            placement.end_reason = rules.placement_end_reason(end_reason, reason)
            placement.updated_by = self.user.username
            self._audit(s, "update", entity="placement", entity_id=placement.id, file_id=f.id,
                        detail={"ended_on": on.isoformat(), "foster_referral": r.id})

    # ---- documents and visits ----------------------------------------------------------------------------
    def add_document(self, referral_id: int, kind: str, title: str, filename: str, content: bytes) -> FosterReferralDTO:
        """A PDF attached to the referral ("not_pdf", "too_large")."""
        self._require(Action.MANAGE_FOSTER, entity=DOCUMENT, entity_id=referral_id)
        _choice(kind, FOSTER_DOCUMENT_KINDS, "kind")
        title = clean_line(title, "title", TITLE_MAX, required=True)
        filename = clean_line(filename, "filename", FILENAME_MAX)
        if not isinstance(content, bytes | bytearray) or not bytes(content).startswith(PDF_MAGIC):
            raise ValidationError("not_pdf", field="content")
        if len(content) > FOSTER_DOCUMENT_MAX_BYTES:
            raise ValidationError("too_large", field="content", maximum=FOSTER_DOCUMENT_MAX_BYTES)
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action="add_foster_document")
            d = FosterDocument(referral_id=r.id, file_id=f.id, kind=kind, title=title, filename=filename,
                               content=bytes(content), added_by_id=self.user.id)
            s.add(d)
            s.flush()
            self._audit(s, "create", entity=DOCUMENT, entity_id=d.id, file_id=f.id,
                        detail={"referral": r.id, "kind": kind, "size": len(content)})
            return self._dtos(s, [(r, f)])[0]

    def _document(self, s: Session, document_id: int, *, action: str) -> tuple[FosterDocument, FamilyFile]:
        row = s.execute(select(FosterDocument, FamilyFile).join(FamilyFile, FamilyFile.id == FosterDocument.file_id)
                        .where(FosterDocument.id == document_id, self._files())).first()
        if row is None:
            raise self._missing(s, FosterDocument, DOCUMENT, document_id, action)
        return row[0], row[1]

    def remove_document(self, document_id: int) -> FosterReferralDTO:
        """The document removed (by whoever writes the file's foster referrals)."""
        self._require(Action.MANAGE_FOSTER, entity=DOCUMENT, entity_id=document_id)
        with self._tx() as s:
            d, f = self._document(s, document_id, action="remove_foster_document")
            referral_id = d.referral_id
            s.execute(delete(FosterDocument).where(FosterDocument.id == d.id))
            s.expunge(d)
            self._audit(s, "delete", entity=DOCUMENT, entity_id=document_id, file_id=f.id,
                        detail={"referral": referral_id})
            r, f = self._referral(s, referral_id, action="remove_foster_document")
            return self._dtos(s, [(r, f)])[0]

    def document(self, document_id: int) -> bytes:
        """The document's PDF (audited as an export)."""
        self._require(Action.VIEW_FOSTER, entity=DOCUMENT, entity_id=document_id)
        with self._reading() as s:
            d, f = self._document(s, document_id, action="export")
            content = bytes(d.content)
            self._audit_read(s, "export", entity=DOCUMENT, entity_id=d.id, file_id=f.id,
                             detail={"referral": d.referral_id})
            return content

    def attachments(self, referral_id: int) -> list[tuple[str, bytes]]:
        """The referral's documents (title, PDF) in the order they were added (audited as an export)."""
        self._require(Action.VIEW_FOSTER, entity=DOCUMENT, entity_id=referral_id)
        with self._reading() as s:
            r, f = self._referral(s, referral_id, action="export")
            out = [(title, bytes(content)) for title, content in s.execute(
                select(FosterDocument.title, FosterDocument.content).where(FosterDocument.referral_id == r.id)
                .order_by(FosterDocument.id))]
            self._audit_read(s, "export", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                             detail={"documents": len(out)})
            return out

    def add_visit(self, referral_id: int, visited_on: date, kind: str, with_whom: str, note: str) -> FosterReferralDTO:
        """A visit or contact recorded (not in the future)."""
        self._require(Action.MANAGE_FOSTER, entity=VISIT, entity_id=referral_id)
        _choice(kind, FOSTER_VISIT_KINDS, "kind")
        if visited_on > rules.today():
            raise ValidationError("date_future", field="visited_on")
        with_whom = clean_line(with_whom, "with_whom", WITH_WHOM_MAX)
        note = clean_text(note, "note", VISIT_NOTE_MAX)
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action="add_foster_visit")
            v = FosterVisit(referral_id=r.id, file_id=f.id, visited_on=visited_on, kind=kind, with_whom=with_whom,
                            note=note, recorded_by_id=self.user.id)
            s.add(v)
            s.flush()
            self._audit(s, "create", entity=VISIT, entity_id=v.id, file_id=f.id, detail={"referral": r.id})
            return self._dtos(s, [(r, f)])[0]

    # ---- forms -------------------------------------------------------------------------------------------
    def _parents(self, s: Session, file_id: int) -> list[Person]:
        member = aliased(FamilyMember)
        return list(s.scalars(select(Person).join(member, member.person_id == Person.id)
                              .where(member.file_id == file_id, member.relation == "parent",
                                     self._db.backend.persons_filter(self.user))
                              .order_by(member.id)))

    @staticmethod
    def _phones(s: Session, person_ids: Iterable[int]) -> dict[int, list[str]]:
        ids = list(set(person_ids))
        out: dict[int, list[str]] = {}
        if not ids:
            return out
        for pid, number in s.execute(select(PersonPhone.person_id, PersonPhone.number)
                                     .where(PersonPhone.person_id.in_(ids))
                                     .order_by(PersonPhone.person_id, PersonPhone.position, PersonPhone.id)):
            out.setdefault(pid, []).append(number)
        return out

    def referral_form(self, referral_id: int) -> FosterReferralForm:
        """What the referral to the foster-care service prints (audited as a read of the file for a form)."""
        self._require(Action.VIEW_FOSTER, entity=REFERRAL, entity_id=referral_id)
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action="print")
            dto = self._dtos(s, [(r, f)])[0]
            child = s.get(Person, r.child_id)
            parents = self._parents(s, f.id)
            phones = self._phones(s, (p.id for p in parents))
            address = ", ".join(x for x in (f.address, f.locality) if x)
            worker = dto.worker
            form = FosterReferralForm(
                referral=dto, letterhead=read_settings(s).letterhead, child=dto.child,
                child_id_number=(child.id_number or "") if child is not None else "",
                parents=tuple(FosterParent(_name(p), {"f": "mother", "m": "father"}.get(p.sex, "guardian"),
                                           (phones.get(p.id) or [""])[0], address) for p in parents),
                address=address, worker_name=worker.full_name if worker else "",
                worker_role=worker.role if worker else "",
                decision_text=dto.decision.text if dto.decision else "",
                protocol_held_on=dto.decision.held_on if dto.decision else None,
                printed_on=rules.today(), printed_by=self.user.full_name)
            self._audit(s, "view", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"for": "form", "form": "foster_referral"})
            return form

    def placement_summary_form(self, referral_id: int) -> PlacementSummaryForm:
        """What the placement summary prints (audited as a read of the file for a form)."""
        self._require(Action.VIEW_FOSTER, entity=REFERRAL, entity_id=referral_id)
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action="print")
            dto = self._dtos(s, [(r, f)])[0]
            form = PlacementSummaryForm(referral=dto, letterhead=read_settings(s).letterhead, child=dto.child,
                                        events=dto.events, visits=dto.visits, annual_review_on=dto.annual_review_on,
                                        printed_on=rules.today(), printed_by=self.user.full_name)
            self._audit(s, "view", entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"for": "form", "form": "foster_placement_summary"})
            return form

    def record_output(self, referral_id: int, form: str, kind: str = "print") -> None:
        """A foster form left the program: to a printer ("print") or a file ("save"). Audited."""
        if kind not in OUTPUT_KINDS:
            raise ValidationError("invalid_choice", field="kind")
        if form not in FORMS:
            raise ValidationError("invalid_choice", field="form")
        self._require(Action.VIEW_FOSTER, entity=REFERRAL, entity_id=referral_id)
        with self._tx() as s:
            r, f = self._referral(s, referral_id, action=kind)
            self._audit(s, kind, entity=REFERRAL, entity_id=r.id, file_id=f.id,
                        detail={"form": form, "output": "printer" if kind == "print" else "file"})
