"""People: search, view, create, update. ID numbers are checked (check digit), duplicates flagged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.codes import ID_KINDS, LANGUAGES, SEXES
from models.errors import DuplicateSuspected, NotFound, ValidationError
from models.people.dto import PersonDTO, PersonInput
from models.people.entities import Person, PersonPhone
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


def create_person(s: Session, data: PersonInput, who: str, *, allow_same_name: bool = False) -> Person:
    """Insert a checked person (within the caller's transaction). Raises DuplicateSuspected when the ID
    number is known, or (unless allowed) a person of the same names and birth date exists."""
    if data.id_number is not None:
        existing = s.scalar(select(Person.id).where(Person.id_kind == data.id_kind, Person.id_number == data.id_number))
        if existing is not None:
            raise DuplicateSuspected(field="id_number", person_id=existing)
    if not allow_same_name and data.birth_date is not None:
        same = s.scalar(
            select(Person.id).where(
                and_(Person.first_name == data.first_name, Person.last_name == data.last_name,
                     Person.birth_date == data.birth_date)
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
    except IntegrityError as exc:  # a number hidden from this user by row-level security
        if "id_number" not in str(exc.orig):
            raise
        raise DuplicateSuspected(field="id_number") from exc
    refresh_person_keys(s, p)
    return p


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

    def create(self, data: PersonInput, *, allow_same_name: bool = False) -> PersonDTO:
        self._require(Action.EDIT_PERSON, entity="person")
        clean = clean_person_input(data)
        with self._tx() as s:
            p = create_person(s, clean, self.user.username, allow_same_name=allow_same_name)
            self._audit(s, "create", entity="person", entity_id=p.id)
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
