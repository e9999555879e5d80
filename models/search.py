"""Finding people and family files: exact ID number, file number, phone, and name fragments in Hebrew,
Arabic or Latin through the normalised key.

Name matching, the same on both backends and in the brute-force reference of the tests: a query word of
3 letters or more matches anywhere inside a person's names (SQLite: FTS5 trigram; PostgreSQL: pg_trgm);
a shorter word matches the beginning of one of the names (the prefix index ``person_name_keys``:
trigram indexes find nothing under 3 letters). Every word of the query must match."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, delete, exists, literal_column, select, text
from sqlalchemy.orm import Session

from models.entities import Person, PersonNameKey
from models.errors import ValidationError
from models.text import (
    israeli_id_valid,
    looks_like_phone,
    normalize_file_number,
    normalize_israeli_id,
    phone_digits,
    search_key,
    search_tokens,
)

MAX_QUERY_LENGTH = 100
MAX_WORDS = 6
TRIGRAM = 3


@dataclass(frozen=True)
class ParsedQuery:
    kind: str  # "empty" | "file_number" | "number" | "names"
    file_number: str | None = None
    id_number: str | None = None
    phone: str | None = None
    substrings: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()


def parse_query(query: str) -> ParsedQuery:
    """What the user typed, classified. Too long a query is refused with a clear code."""
    if len(query) > MAX_QUERY_LENGTH:
        raise ValidationError("query_too_long", field="query", max=MAX_QUERY_LENGTH)
    q = query.strip()
    if not q:
        return ParsedQuery("empty")
    file_number = normalize_file_number(q)
    if file_number:
        return ParsedQuery("file_number", file_number=file_number)
    compact = q.replace("-", "").replace(" ", "")
    if compact.lstrip("+").isdigit():
        id_number = normalize_israeli_id(compact) if len(compact) <= 9 and israeli_id_valid(compact) else None
        phone = phone_digits(q) if looks_like_phone(q) else None
        if id_number is None and phone is None and len(compact) <= 9:
            id_number = compact.zfill(9)  # an ID typed with a wrong check digit still finds nothing, calmly
        return ParsedQuery("number", id_number=id_number, phone=phone)
    tokens = search_tokens(q)[:MAX_WORDS]
    if not tokens:
        return ParsedQuery("empty")
    return ParsedQuery(
        "names",
        substrings=tuple(t for t in tokens if len(t) >= TRIGRAM),
        prefixes=tuple(t for t in tokens if len(t) < TRIGRAM),
    )


def person_keys(p: Person) -> tuple[str, str, str, list[str]]:
    """(first_name_key, last_name_key, search_key, distinct words) of a person's names."""
    first = search_key(p.first_name)
    last = search_key(p.last_name)
    parts = [first, last] + [
        search_key(v) for v in (p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat)
    ]
    key = " ".join(x for x in parts if x)
    words = list(dict.fromkeys(key.split()))
    return first, last, key, words


def refresh_person_keys(s: Session, p: Person) -> None:
    """Recompute the search material of ``p`` (its row must be flushed, so it has an id)."""
    p.first_name_key, p.last_name_key, p.search_key, words = person_keys(p)
    s.execute(delete(PersonNameKey).where(PersonNameKey.person_id == p.id))
    s.add_all(PersonNameKey(person_id=p.id, word=w[:80]) for w in dict.fromkeys(w[:80] for w in words))
    s.flush()


def _prefix_condition(prefix: str):
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return exists(
        select(PersonNameKey.person_id).where(
            PersonNameKey.person_id == Person.id, PersonNameKey.word >= prefix, PersonNameKey.word < upper
        )
    )


def _fts_query(substrings: tuple[str, ...]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in substrings)


def person_name_match(s: Session, parsed: ParsedQuery) -> Select[tuple[int]]:
    """SELECT of the ids of persons whose names match ``parsed`` (kind 'names'). No visibility filter on
    SQLite (the caller adds it); on PostgreSQL the definer function applies the user's visibility."""
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        fn = text("SELECT maane_search_persons(CAST(:subs AS text[]), CAST(:prefs AS text[])) AS id")
        fn = fn.bindparams(subs=list(parsed.substrings), prefs=list(parsed.prefixes))
        return select(literal_column("m.id")).select_from(fn.columns(id=Person.id.type).subquery("m"))
    if parsed.substrings:
        fts = text("SELECT rowid AS id FROM person_fts WHERE person_fts MATCH :q").bindparams(
            q=_fts_query(parsed.substrings)
        )
        sub = fts.columns(id=Person.id.type).subquery("m")
        stmt = select(sub.c.id).join(Person, Person.id == sub.c.id)
    else:
        stmt = select(Person.id)
    conds = [_prefix_condition(p) for p in parsed.prefixes]
    return stmt.where(and_(*conds)) if conds else stmt


def brute_force_match(search_key_value: str, parsed: ParsedQuery) -> bool:
    """The reference the indexes must agree with (used by the tests)."""
    words = search_key_value.split()
    return all(t in search_key_value for t in parsed.substrings) and all(
        any(w.startswith(p) for w in words) for p in parsed.prefixes
    )
