"""People: search, view, create, update. ID numbers are checked (check digit), duplicates flagged: the
duplicate check before anyone new is created (``PeopleService.duplicates``, ``create_person`` with
``dismissed``) reads its candidates here and scores them in models.people.duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Date,
    Executable,
    Select,
    and_,
    bindparam,
    or_,
    select,
    text,
    union,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.backend import BACKENDS, Backend, backend_of
from models.codes import ID_KINDS, LANGUAGES, SEXES
from models.errors import DuplicateSuspected, NotFound, ValidationError
from models.families.entities import FamilyFile, FamilyMember
from models.people import duplicates as dup
from models.people.dto import CandidateFile, DuplicateCandidate, PersonDTO, PersonInput
from models.people.entities import Person, PersonMatchKey, PersonPhone
from models.roles import Action
from models.search import (
    parse_query,
    persons_with_number,
    refresh_person_keys,
)
from models.service import ServiceBase, _Denied, visible_persons_clause
from models.text import (
    clean_line,
    id_number_digits,
    israeli_id_valid,
    normalize_israeli_id,
    parse_phone,
    phone_digits,
)
from models.users.dto import CurrentUser

NAME_MAX = 80
SEARCH_LIMIT = 50


def person_dto(p: Person, phones: tuple[str, ...] | None = None) -> PersonDTO:
    """The DTO of ``p``; ``phones`` when the caller read them already (else the relationship loads)."""
    return PersonDTO(
        id=p.id,
        version=p.version,
        id_kind=p.id_kind,
        id_number=p.id_number,
        first_name=p.first_name,
        last_name=p.last_name,
        first_name_ar=p.first_name_ar,
        last_name_ar=p.last_name_ar,
        first_name_lat=p.first_name_lat,
        last_name_lat=p.last_name_lat,
        birth_date=p.birth_date,
        sex=p.sex,
        preferred_language=p.preferred_language,
        phones=phones if phones is not None else tuple(ph.number for ph in p.phones),
    )


_PERSON_COLUMNS = tuple(Person.__table__.c[f.name] for f in fields(PersonDTO) if f.name != "phones")
# Built once (building and compiling a statement cost more than running it for a page of 50): the page's
# phones and persons, their ids an expanding parameter.
_PAGE_PHONES = (select(PersonPhone.person_id, PersonPhone.number)
                .where(PersonPhone.person_id.in_(bindparam("ids", expanding=True)))
                .order_by(PersonPhone.person_id, PersonPhone.position))
_PAGE_PERSONS = select(*_PERSON_COLUMNS).where(Person.id.in_(bindparam("ids", expanding=True)))


def person_dtos_by_id(s: Session, ids: Sequence[int]) -> dict[int, PersonDTO]:
    """DTOs of a page of persons, read through Core (no unit of work for a list that is only shown)."""
    if not ids:
        return {}
    conn = s.connection()
    phones: dict[int, list[str]] = {}
    for pid, number in conn.execute(_PAGE_PHONES, {"ids": list(ids)}):
        phones.setdefault(pid, []).append(number)
    rows = conn.execute(_PAGE_PERSONS, {"ids": list(ids)})
    # the columns are named after the DTO's fields (_PERSON_COLUMNS): each row passes by name
    return {r.id: PersonDTO(**r._asdict(), phones=tuple(phones.get(r.id, ()))) for r in rows}


_PHONES_OF = select(PersonPhone.number).where(PersonPhone.person_id == bindparam("pid")).order_by(PersonPhone.position)


def clean_person_input(data: PersonInput, *, today: date | None = None) -> PersonInput:
    """Trimmed and checked input, or ValidationError naming the field."""
    today = today or date.today()
    # names as stored: no control character, no direction mark or override, something visible in both
    # required ones (models.text.clean_line)
    names = {f: clean_line(getattr(data, f), f, NAME_MAX, required=f in ("first_name", "last_name"))
             for f in ("first_name", "last_name", "first_name_ar", "last_name_ar", "first_name_lat", "last_name_lat")}
    if data.id_kind not in ID_KINDS:
        raise ValidationError("invalid_choice", field="id_kind")
    id_number = (data.id_number or "").strip() or None
    if data.id_kind == "il":
        if id_number is None:
            raise ValidationError("required", field="id_number")
        if not israeli_id_valid(id_number):
            raise ValidationError("id_check_digit", field="id_number")
        id_number = normalize_israeli_id(id_number)
    elif data.id_kind == "passport":
        if id_number is None:
            raise ValidationError("required", field="id_number")
        if not id_number.replace(" ", "").isalnum() or len(id_number) > 20:
            raise ValidationError("passport_invalid", field="id_number")
        id_number = id_number.replace(" ", "").upper()
    else:
        id_number = None
    if data.birth_date is not None:
        if data.birth_date > today:
            raise ValidationError("birth_date_future", field="birth_date")
        if data.birth_date.year < 1900:
            raise ValidationError("birth_date_too_old", field="birth_date")
    if data.sex not in SEXES:
        raise ValidationError("invalid_choice", field="sex")
    if data.preferred_language not in LANGUAGES:
        raise ValidationError("invalid_choice", field="preferred_language")
    phones = tuple(p.strip() for p in data.phones if p.strip())
    for p in phones:
        if parse_phone(p) is None:  # any format people type, parsed by phonenumbers (models.text)
            raise ValidationError("phone_invalid", field="phones", value=p)
    return replace(
        data,
        first_name=names["first_name"], last_name=names["last_name"],
        first_name_ar=names["first_name_ar"], last_name_ar=names["last_name_ar"],
        first_name_lat=names["first_name_lat"], last_name_lat=names["last_name_lat"],
        id_number=id_number,
        phones=phones,
    )


def _apply(p: Person, data: PersonInput, who: str) -> None:
    p.id_kind = data.id_kind
    p.id_number = data.id_number
    p.first_name, p.last_name = data.first_name, data.last_name
    p.first_name_ar, p.last_name_ar = data.first_name_ar, data.last_name_ar
    p.first_name_lat, p.last_name_lat = data.first_name_lat, data.last_name_lat
    p.birth_date = data.birth_date
    p.sex = data.sex
    p.preferred_language = data.preferred_language
    p.updated_by = who
    p.phones = [PersonPhone(position=i, number=n, digits=phone_digits(n)) for i, n in enumerate(data.phones)]


def create_person(s: Session, data: PersonInput, who: str, *, allow_same_name: bool = False,
                  user: CurrentUser | None = None, dismissed: Sequence[int] | None = None) -> Person:
    """Insert a checked person (within the caller's transaction). Raises DuplicateSuspected when the ID
    number is known, or (unless allowed) a person of the same names and birth date exists.

    ``user``: whose transaction this is; a duplicate then names only a person ``user`` may see.
    ``dismissed`` (with ``user``): the duplicate check runs again here, inside the transaction, as ``user``;
    a strong candidate the worker did not dismiss refuses the save (DuplicateSuspected, field "candidates",
    ``person_ids``); the old same-name rule gives way to it. The same ID number saved by someone else a
    moment ago: the unique index ix_persons_id_number refuses the insert (on PostgreSQL after waiting for
    the other transaction; on SQLite the write transactions take turns and the check above sees it):
    DuplicateSuspected, field "id_number", with ``person_id`` when ``user`` may see that person."""
    visible: list[ColumnElement[bool]] = []
    if user is not None:
        visible.append(backend_of(s.connection()).persons_filter(user))

    def same_number() -> int | None:
        return s.scalar(select(Person.id).where(Person.id_kind == data.id_kind, Person.id_number == data.id_number,
                                                *visible))

    if data.id_number is not None:
        existing = same_number()
        if existing is not None:
            raise DuplicateSuspected(field="id_number", person_id=existing)
    if dismissed is not None:
        if user is None:
            raise ValueError("the duplicate check with dismissed candidates needs the acting user")
        skip = set(dismissed)
        found = find_candidates(s, probe_of(data), user, limit=dup.MAX_CANDIDATES)
        strong = [c.person.id for c in found if c.strong and c.person.id not in skip]
        if strong:
            raise DuplicateSuspected(field="candidates", person_ids=strong)
    elif not allow_same_name and data.birth_date is not None:
        same = s.scalar(
            select(Person.id).where(
                and_(Person.first_name == data.first_name, Person.last_name == data.last_name,
                     Person.birth_date == data.birth_date), *visible
            )
        )
        if same is not None:
            raise DuplicateSuspected(field="name_birth_date", person_id=same)
    p = Person(created_by=who, phones=[])
    _apply(p, data, who)
    try:
        with s.begin_nested():
            s.add(p)
            s.flush()
    except IntegrityError as exc:  # saved a moment ago by someone else, or hidden from this user
        if "id_number" not in str(exc.orig):
            raise
        if p in s:
            s.expunge(p)
        other = same_number() if user is not None else None
        if other is not None:
            raise DuplicateSuspected(field="id_number", person_id=other) from exc
        raise DuplicateSuspected(field="id_number") from exc
    refresh_person_keys(s, p)
    return p


# ---- the duplicate check ----------------------------------------------------------------------------------
NAME_INPUT_MAX = 200


def probe_of(data: PersonInput, address: str = "") -> dup.Probe:
    """What was typed, folded for the duplicate check. Need not be complete; an Israeli ID number with a
    wrong check digit is refused (ValidationError "id_check_digit"), phones that cannot be parsed are left
    out."""
    names = [(getattr(data, f) or "")[:NAME_INPUT_MAX] for f in
             ("first_name", "last_name", "first_name_ar", "last_name_ar", "first_name_lat", "last_name_lat")]
    id_number: str | None = None
    raw = (data.id_number or "").strip()
    if raw and data.id_kind == "il":
        digits = id_number_digits(raw)
        if digits is None or not israeli_id_valid(digits):
            raise ValidationError("id_check_digit", field="id_number")
        id_number = normalize_israeli_id(digits)
    elif raw and data.id_kind == "passport":
        id_number = "".join(ch for ch in raw if ch.isascii() and ch.isalnum()).upper()[:20] or None
    phones = frozenset(k for k in (parse_phone(p) for p in data.phones[:10]) if k)
    return dup.Probe(names=dup.person_name_keys(*names), birth_date=data.birth_date,
                     id_kind=data.id_kind if id_number else "none", id_number=id_number, phones=phones,
                     address=dup.normalise_address(address[:NAME_INPUT_MAX]))


def probe_kinds(probe: dup.Probe) -> list[str]:
    """Which kinds of key a check used (its audit record names these, never the typed values)."""
    kinds = []
    if probe.id_number:
        kinds.append("id_number")
    if probe.phones:
        kinds.append("phone")
    if probe.names:
        kinds.append("name")
    if probe.birth_date:
        kinds.append("birth_date")
    if probe.address:
        kinds.append("address")
    return kinds


@dataclass(frozen=True)
class _DupStatements:
    """The duplicate check's statements for one user and backend, built once (building and compiling a
    statement costs more than running it): every list an expanding parameter."""

    candidates: Executable
    files: Executable
    inline: bool = False  # the candidates' rows carry their phones and visible files (PostgreSQL's function)


def _in(name: str) -> BindParameter[Any]:
    return bindparam(name, expanding=True)


@lru_cache(maxsize=64)
def _dup_statements(backend_name: str, user: CurrentUser) -> _DupStatements:
    backend = BACKENDS[backend_name]
    k = PersonMatchKey
    dated = (k.birth_date.between(bindparam("lo"), bindparam("hi")), k.birth_date.in_(_in("swaps")))
    # a birth date typed: a clearly different one can never be shown (models.people.duplicates), only
    # unknown and near ones are read
    near = or_(bindparam("lo", type_=Date).is_(None), k.birth_date.is_(None), *dated,
               k.birth_date.between(bindparam("ylo"), bindparam("yhi")))
    probes = [
        # the same (last, first) skeletons
        select(k.person_id).where(k.last_key.in_(_in("lasts")), k.first_key.in_(_in("firsts")), near),
        # only one of the names typed, and no birth date: every person of that name (capped)
        select(k.person_id).where(k.last_key.in_(_in("lone_lasts"))),
        select(k.person_id).where(k.first_key.in_(_in("lone_firsts"))),
        *(select(k.person_id).where(k.last_key.in_(_in("dated_lasts")), d) for d in dated),
        *(select(k.person_id).where(k.first_key.in_(_in("dated_firsts")), d) for d in dated),
        select(Person.id).where(Person.id_kind == bindparam("id_kind"), Person.id_number == bindparam("id_number")),
        select(PersonPhone.person_id).where(PersonPhone.digits.in_(_in("phones"))),
    ]
    if backend.row_security:  # the definer function of revision 0015: the same probes, the file rule once each
        return _DupStatements(_PG_CANDIDATES, _files_statement(backend, user), inline=True)
    ids = union(*probes).subquery("found")
    by_phone = Person.id.in_(select(PersonPhone.person_id).where(PersonPhone.digits.in_(_in("phones"))))
    candidates = (select(*_PERSON_COLUMNS, by_phone.label("by_phone"))
                  .where(Person.id.in_(select(ids.c[0])), backend.persons_filter(user))
                  .limit(dup.MAX_CANDIDATES))
    return _DupStatements(candidates, _files_statement(backend, user))


def _files_statement(backend: Backend, user: CurrentUser) -> Executable:
    f = FamilyFile
    return (select(FamilyMember.person_id, f.id, f.file_number, f.family_name, f.address, f.status)
            .join(f, f.id == FamilyMember.file_id)
            .where(FamilyMember.person_id.in_(_in("ids")), backend.files_filter(user))
            .order_by(FamilyMember.person_id, f.status.desc(), f.file_number))


_PG_CANDIDATES = text(
    "SELECT * FROM maane_duplicate_candidates(CAST(:lasts AS text[]), CAST(:firsts AS text[]),"
    " CAST(:lone_lasts AS text[]), CAST(:lone_firsts AS text[]), CAST(:dated_lasts AS text[]),"
    " CAST(:dated_firsts AS text[]), CAST(:lo AS date), CAST(:hi AS date), CAST(:ylo AS date), CAST(:yhi AS date),"
    " CAST(:swaps AS date[]),"
    " CAST(:id_kind AS text), CAST(:id_number AS text), CAST(:phones AS text[]), CAST(:lim AS integer))"
)


def _probe_params(probe: dup.Probe) -> dict[str, Any]:
    """The parameters of the candidates statement for ``probe`` (see models.people.duplicates, blocking)."""
    lasts: set[str] = set()
    firsts: set[str] = set()
    lone_lasts: set[str] = set()
    lone_firsts: set[str] = set()
    for nk in probe.names:
        if nk.first_key and nk.last_key:
            lasts.add(nk.last_key)
            firsts.add(nk.first_key)
        elif probe.birth_date is None:
            (lone_lasts if nk.last_key else lone_firsts).add(nk.last_key or nk.first_key)
    born = probe.birth_date
    lo, hi = dup.date_range(born) if born is not None else (None, None)
    ylo, yhi = dup.year_range(born) if born is not None else (None, None)
    return {
        "lasts": sorted(lasts), "firsts": sorted(firsts), "lone_lasts": sorted(lone_lasts),
        "lone_firsts": sorted(lone_firsts),
        "dated_lasts": sorted({nk.last_key for nk in probe.names if nk.last_key}) if born else [],
        "dated_firsts": sorted({nk.first_key for nk in probe.names if nk.first_key}) if born else [],
        "lo": lo, "hi": hi, "ylo": ylo, "yhi": yhi, "swaps": dup.near_dates(born) if born else [],
        "id_kind": probe.id_kind if probe.id_number else "", "id_number": probe.id_number or "",
        "phones": sorted(probe.phones), "lim": dup.MAX_CANDIDATES,
    }


def find_candidates(s: Session, probe: dup.Probe, user: CurrentUser, *, limit: int = 10) -> list[DuplicateCandidate]:
    """The known persons ``user`` may see who may be the one in ``probe``, best first, at most ``limit``:
    index probes (blocking), then rapidfuzz on at most MAX_CANDIDATES rows (models.people.duplicates)."""
    if not probe.names and not probe.id_number and not probe.phones:
        return []
    conn = s.connection()
    stmts = _dup_statements(backend_of(conn).name, user)
    rows = {r.id: r for r in conn.execute(stmts.candidates, _probe_params(probe))}
    known = {r.id: dup.Known(
        person_id=r.id,
        names=dup.person_name_keys(r.first_name, r.last_name, r.first_name_ar, r.last_name_ar,
                                   r.first_name_lat, r.last_name_lat),
        birth_date=r.birth_date, id_kind=r.id_kind, id_number=r.id_number,
        phones=probe.phones if r.by_phone else frozenset()) for r in rows.values()}
    first = [dup.score(probe, k, with_address=False) for k in known.values()]
    reach = dup.MIN_SCORE - (dup.ADDRESS_POINTS if probe.address else 0)
    short = sorted((v for v in first if v.score >= reach or v.strong or known[v.person_id].phones),
                   key=lambda v: (-v.score, v.person_id))
    short = short[:max(limit * 3, limit + 10)]
    files: dict[int, list[CandidateFile]] = {}
    if stmts.inline:
        files = {v.person_id: [CandidateFile(*f) for f in rows[v.person_id].files] for v in short}
    elif short:
        for r in conn.execute(stmts.files, {"ids": [v.person_id for v in short]}):
            files.setdefault(r.person_id, []).append(
                CandidateFile(r.id, r.file_number, r.family_name, r.address, r.status))
    final = []
    for v in short:
        k = known[v.person_id]
        addresses = frozenset(dup.normalise_address(f.address) for f in files.get(v.person_id, ()))
        w = dup.score(probe, replace(k, addresses=addresses))
        if w.score >= dup.MIN_SCORE or w.strong or "phone" in w.reasons:  # a phone in common always shows
            final.append(w)
    final.sort(key=lambda v: (not v.strong, -v.score, v.person_id))
    final = final[:limit]
    phones: dict[int, list[str]] = {}
    if stmts.inline:
        phones = {v.person_id: list(rows[v.person_id].phones) for v in final}
    elif final:
        for pid, number in conn.execute(_PAGE_PHONES, {"ids": [v.person_id for v in final]}):
            phones.setdefault(pid, []).append(number)
    out = []
    for v in final:
        r = rows[v.person_id]
        person = PersonDTO(**{c.name: getattr(r, c.name) for c in _PERSON_COLUMNS},
                           phones=tuple(phones.get(v.person_id, ())))
        out.append(DuplicateCandidate(person=person, score=v.score, strong=v.strong, reasons=v.reasons,
                                      files=tuple(files.get(v.person_id, ()))))
    return out


class PeopleService(ServiceBase):
    _by_number: Select[Person] | None = None

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[PersonDTO]:
        """Visible persons matching ``query`` (ID number, phone or name fragments), sorted by name."""
        self._require(Action.VIEW_FILES, entity="person")
        parsed = parse_query(query)
        if parsed.kind not in ("number", "names"):
            return []
        with self._read() as s:  # a read: on SQLite it takes no write lock (ServiceBase._audit_read)
            if parsed.kind == "number" and persons_with_number(parsed) is None:
                return []
            page = self._db.backend.person_page(s, parsed, limit)
            if page is not None:  # the page in one statement (models.backend)
                self._audit_read(s, "search", entity="person", detail={"query": query, "results": len(page)})
                return page
            if parsed.kind == "number":
                matches = persons_with_number(parsed)
                if matches is None:
                    return []
                found_ids = self._db.backend.person_ids_by_number(s, parsed, limit)
                ids = found_ids if found_ids is not None else list(s.scalars(
                    select(Person.id).where(Person.id.in_(matches), self._visible_persons())
                    .order_by(Person.last_name_key, Person.first_name_key, Person.id).limit(limit)
                ))
            else:  # ranked and cut in SQL first, then only that page is loaded (models.backend)
                ids = self._db.backend.top_person_ids(s, parsed, self.user, limit)
            found = person_dtos_by_id(s, ids)  # one query for the page and one for its phones
            dtos = [found[i] for i in ids if i in found]
            self._audit_read(s, "search", entity="person", detail={"query": query, "results": len(dtos)})
        return dtos

    def _visible_persons(self) -> ColumnElement[bool]:
        """The visibility filter for reads of persons (models.backend: on PostgreSQL the persons policy)."""
        return self._db.backend.persons_filter(self.user)

    def by_id_number(self, id_number: str) -> PersonDTO | None:
        """The person with this Israeli ID number (typed any way: "12-345678-2", a full stop after it,
        Arabic-Indic digits), if visible. A wrong check digit is refused."""
        self._require(Action.VIEW_FILES, entity="person")
        digits = id_number_digits(id_number) or ""
        if not israeli_id_valid(digits):
            raise ValidationError("id_check_digit", field="id_number")
        number = normalize_israeli_id(digits)
        if self._by_number is None:  # built once per service: statement construction costs more than the query
            self._by_number = select(Person).where(
                Person.id_kind == "il", Person.id_number == bindparam("number"), self._visible_persons())
        with self._read() as s:
            p = s.scalar(self._by_number, {"number": number})
            dto = None if p is None else person_dto(p, tuple(s.connection().execute(_PHONES_OF, {"pid": p.id}).scalars()))
            self._audit_read(s, "search", entity="person", entity_id=dto.id if dto else None,
                             detail={"id_number": number, "results": int(dto is not None)})
        return dto

    def get(self, person_id: int) -> PersonDTO:
        self._require(Action.VIEW_FILES, entity="person", entity_id=person_id)
        with self._tx() as s:
            p = s.scalar(select(Person).where(Person.id == person_id, visible_persons_clause(self.user)))
            if p is None:  # hidden or missing: the same denied attempt, recorded, and the same NotFound
                raise _Denied("view_person", entity="person", entity_id=person_id,
                              error=NotFound(entity="person", id=person_id))
            self._audit(s, "view", entity="person", entity_id=p.id)
            return person_dto(p)

    def duplicates(self, data: PersonInput, *, address: str = "", limit: int = 10) -> list[DuplicateCandidate]:
        """Known persons who may be the one being entered, best first, each with why (the duplicate check
        before anyone new is created; models.people.duplicates). Only persons the user may see, and of
        their files only those the user may see. The input need not be complete: a name and a birth date,
        only an ID number, only a phone. An ID number with a wrong check digit: ValidationError
        "id_check_digit". Audited as a search, with the number of results and the kinds of key used, not
        the typed names."""
        self._require(Action.VIEW_FILES, entity="person")
        probe = probe_of(data, address)
        with self._read() as s:
            found = find_candidates(s, probe, self.user, limit=max(1, min(limit, 50)))
            self._audit_read(s, "search", entity="person", detail={
                "duplicate_check": True, "keys": probe_kinds(probe), "results": len(found)})
        return found

    def create(self, data: PersonInput, *, allow_same_name: bool = False,
               dismissed: Sequence[int] | None = None) -> PersonDTO:
        """A new person. ``dismissed``: the candidates of the duplicate check the worker saw and set aside;
        the check runs again in the transaction (create_person) and the confirmation is audited
        ("confirm_new_person" with the dismissed ids)."""
        self._require(Action.EDIT_PERSON, entity="person")
        clean = clean_person_input(data)
        with self._tx() as s:
            p = create_person(s, clean, self.user.username, allow_same_name=allow_same_name, user=self.user,
                              dismissed=dismissed)
            self._audit(s, "create", entity="person", entity_id=p.id)
            if dismissed is not None:
                self._audit(s, "confirm_new_person", entity="person", entity_id=p.id,
                            detail={"dismissed": sorted(set(dismissed))})
            return person_dto(p)

    def update(self, person_id: int, version: int, data: PersonInput) -> PersonDTO:
        self._require(Action.EDIT_PERSON, entity="person", entity_id=person_id)
        clean = clean_person_input(data)
        with self._tx() as s:
            p = s.scalar(select(Person).where(Person.id == person_id, visible_persons_clause(self.user)))
            if p is None:
                raise NotFound(entity="person", id=person_id)
            self._check_version(p, version)
            if clean.id_number is not None:
                other = s.scalar(select(Person.id).where(
                    Person.id_kind == clean.id_kind, Person.id_number == clean.id_number, Person.id != p.id))
                if other is not None:
                    raise DuplicateSuspected(field="id_number", person_id=other)
            before = person_dto(p)
            _apply(p, clean, self.user.username)
            s.flush()
            refresh_person_keys(s, p)
            self._audit(s, "update", entity="person", entity_id=p.id,
                        detail={"changed": _changed(before, person_dto(p))})
            return person_dto(p)


def _changed(before: PersonDTO, after: PersonDTO) -> list[str]:
    return [k for k in before.__dataclass_fields__ if k not in ("version",) and getattr(before, k) != getattr(after, k)]
