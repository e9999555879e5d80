"""Finding people and family files: exact ID number, file number, phone, and name fragments in Hebrew,
Arabic or Latin through the normalised key.

Name matching, the same on both backends and in the brute-force reference of the tests: a query word of
3 letters or more matches anywhere inside a person's names (SQLite: FTS5 trigram; PostgreSQL: pg_trgm);
a shorter word matches the beginning of one of the names (the prefix index ``person_name_keys``:
trigram indexes find nothing under 3 letters). Every word of the query must match.

Names and queries are folded alike (models.text.search_key: invisible marks, dashes, apostrophes, letter
forms); a person's search key also holds each name of several words written together, so "בןדוד" finds
"בן דוד". A query naming the family as the list shows it ("משפחת כהן") searches for the name without the
word "משפחת". ID numbers and phone numbers are recognised in the forms people type (models.text)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    CompoundSelect,
    Connection,
    ScalarSelect,
    Select,
    SQLColumnExpression,
    and_,
    bindparam,
    case,
    column,
    delete,
    exists,
    false,
    func,
    inspect,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
    union,
)
from sqlalchemy.orm import Session, aliased

from models.errors import ValidationError
from models.families.entities import FamilyFile, FamilyMember, FileNameWord
from models.people.entities import Person, PersonMatchKey, PersonNameKey, PersonPhone
from models.text import (
    ascii_digits,
    has_unsearchable,
    id_number_digits,
    israeli_id_valid,
    joined_forms,
    normalize_file_number,
    normalize_israeli_id,
    parse_phone,
    search_key,
    search_tokens,
    strip_invisible,
)

MAX_QUERY_LENGTH = 100
MAX_WORDS = 6
TRIGRAM = 3
ID_MAX_DIGITS = 9
NUMBERED_ID_KINDS = ("il", "passport")  # the kinds of ID that carry a number (ix_persons_id_number leads with it)

# Words of a family's name as the list shows it ("משפחת כהן", "عائلة حداد", "the Cohen family"), folded:
# a query that holds one of them searches for the rest. "of" and "the" go only along with "family".
FAMILY_WORDS = frozenset(search_key(w) for w in ("משפחת", "משפחה", "משפ'", "family", "عائلة", "عايلة", "عيلة",
                                                  "أسرة"))
_FAMILY_FILLERS = frozenset(("of", "the"))


def persons_with_number(parsed: ParsedQuery) -> Select[int] | CompoundSelect[int] | None:
    """The ids of the persons an ID number or a phone typed in a search box names, or None when the query
    holds neither. A UNION of two index probes: ix_persons_id_number is (id_kind, id_number), so the kinds
    that carry a number are named (without them PostgreSQL scanned every person under row-level security:
    1.9 s), and an OR of the two would use neither index."""
    probes: list[Select[int]] = []
    if parsed.id_number:
        probes.append(select(Person.id).where(Person.id_kind.in_(NUMBERED_ID_KINDS),
                                              Person.id_number == parsed.id_number))
    if parsed.phone:
        probes.append(select(PersonPhone.person_id).where(PersonPhone.digits == parsed.phone))
    if not probes:
        return None
    return probes[0] if len(probes) == 1 else union(*probes)


@dataclass(frozen=True)
class ParsedQuery:
    """What the user typed, classified. ``kind``: "empty" (nothing typed: the whole list), "none" (text with
    nothing to search for, only punctuation, or characters no name has: no results), "file_number",
    "number" (an ID number and/or a phone number, either matches) or "names"."""

    kind: str
    file_number: str | None = None
    id_number: str | None = None
    phone: str | None = None
    substrings: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()


def parse_query(query: str) -> ParsedQuery:
    """What the user typed, classified. Too long a query is refused (``query_too_long``); one holding
    characters no name or number has (NUL and other control characters, lone surrogates, noncharacters:
    PostgreSQL cannot store the first, UTF-8 cannot encode the second) finds nothing, before any SQL or
    audit record sees it."""
    if len(query) > MAX_QUERY_LENGTH:
        raise ValidationError("query_too_long", field="query", max=MAX_QUERY_LENGTH)
    if has_unsearchable(query):
        return ParsedQuery("none")  # no name or number holds these: nothing found (and no SQL sees them)
    q = strip_invisible(query).strip()
    if not q:
        return ParsedQuery("empty")
    file_number = normalize_file_number(q)
    if file_number:
        return ParsedQuery("file_number", file_number=file_number)
    digits = id_number_digits(q)
    phone = parse_phone(q)
    if digits is not None or phone is not None:
        id_number = None
        if digits is not None and len(digits) <= ID_MAX_DIGITS:
            id_number = normalize_israeli_id(digits) if israeli_id_valid(digits) else None
            if id_number is None and phone is None:
                id_number = digits.zfill(ID_MAX_DIGITS)  # a wrong check digit still finds nothing, calmly
            elif id_number is not None and not ascii_digits(q).startswith(("0", "+", "(")):
                phone = None  # a valid ID number, not a phone number typed with its 0 or country code
        return ParsedQuery("number", id_number=id_number, phone=phone)
    tokens = search_tokens(q)
    if FAMILY_WORDS.intersection(tokens):
        drop = FAMILY_WORDS | (_FAMILY_FILLERS if "family" in tokens else frozenset())
        tokens = [t for t in tokens if t not in drop] or tokens
    tokens = tokens[:MAX_WORDS]
    if not tokens:
        return ParsedQuery("none")
    return ParsedQuery(
        "names",
        substrings=tuple(t for t in tokens if len(t) >= TRIGRAM),
        prefixes=tuple(t for t in tokens if len(t) < TRIGRAM),
    )


def keys_for(first_name: str, last_name: str, first_name_ar: str = "", last_name_ar: str = "",
             first_name_lat: str = "", last_name_lat: str = "", *,
             fold: Callable[[str], str] = search_key) -> tuple[str, str, str, list[str]]:
    """(first_name_key, last_name_key, search_key, distinct words) of these names. Pure; ``fold`` lets a
    bulk loader pass a memoised ``search_key``. The search key holds every folded name, then each name of
    several words written together ("בן דוד" also as "בנדוד"): a double surname typed as one word matches."""
    first = fold(first_name)
    last = fold(last_name)
    folded = [first, last] + [fold(v) for v in (first_name_ar, last_name_ar, first_name_lat, last_name_lat)]
    parts = [x for x in folded if x]
    key = " ".join(parts + [j for x in parts for j in joined_forms(x)])
    return first, last, key, list(dict.fromkeys(key.split()))


def person_keys(p: Person) -> tuple[str, str, str, list[str]]:
    """(first_name_key, last_name_key, search_key, distinct words) of a person's names."""
    return keys_for(p.first_name, p.last_name, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat)


def refresh_person_keys(s: Session, p: Person) -> None:
    """Recompute the search material of ``p`` (its row must be flushed, so it has an id): the name keys and
    the duplicate check's match keys (models.people.duplicates)."""
    from models.people.duplicates import match_key_rows

    p.first_name_key, p.last_name_key, p.search_key, words = person_keys(p)
    s.execute(delete(PersonNameKey).where(PersonNameKey.person_id == p.id))
    s.execute(delete(PersonMatchKey).where(PersonMatchKey.person_id == p.id))
    s.add_all(PersonNameKey(person_id=p.id, word=w[:80]) for w in dict.fromkeys(w[:80] for w in words))
    names = (p.first_name, p.last_name, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat)
    s.add_all(PersonMatchKey(**row) for row in match_key_rows(p.id, names, p.birth_date))
    s.flush()
    if s.get_bind().dialect.name == "sqlite":
        p.name_rank = assign_name_rank(s, p.id, p.last_name_key, p.first_name_key)
        s.flush()


# ---- name ranks (SQLite) -------------------------------------------------------------------------------
# persons.name_rank places each person in name order (last_name_key, first_name_key, id) with room between
# neighbours; the trigram index uses it as its row id, so its matches come out in name order and a top-50
# reads 50 of them (0.1 ms for "כהנ", 8,664 matches of 312,620, instead of 5 ms to sort them).
RANK_GAP = 1 << 40  # between neighbours after a renumbering: room for 8 million persons in 63 bits
RANK_STEP = 1 << 24  # a new person after a neighbour steps at most this far, keeping room for the next ones

_PREV_RANK = text(
    "SELECT name_rank FROM persons WHERE name_rank IS NOT NULL AND id != :id"
    " AND (last_name_key, first_name_key, id) < (:last, :first, :id)"
    " ORDER BY last_name_key DESC, first_name_key DESC, id DESC LIMIT 1"
)
_NEXT_RANK = text(
    "SELECT name_rank FROM persons WHERE name_rank IS NOT NULL AND id != :id"
    " AND (last_name_key, first_name_key, id) > (:last, :first, :id)"
    " ORDER BY last_name_key, first_name_key, id LIMIT 1"
)


def assign_name_rank(s: Session, person_id: int, last_key: str, first_key: str) -> int:
    """A free rank between the person's neighbours in name order; renumbers everyone if there is none."""
    params = {"id": person_id, "last": last_key, "first": first_key}
    conn = s.connection()
    lo: int = conn.execute(_PREV_RANK, params).scalar() or 0
    hi: int | None = conn.execute(_NEXT_RANK, params).scalar()
    if hi is None:
        return lo + RANK_GAP
    if hi - lo >= 2:
        return lo + min((hi - lo) // 2, RANK_STEP)
    renumber_name_ranks(conn, exclude=person_id)
    return assign_name_rank(s, person_id, last_key, first_key)


def renumber_name_ranks(conn: Connection, exclude: int | None = None) -> int:
    """Give every person (but ``exclude``) a rank RANK_GAP apart, in name order. Rare: when a gap is used
    up, and after a bulk load. Returns the number of persons ranked."""
    ids = conn.execute(text(
        "SELECT id FROM persons WHERE id != :ex ORDER BY last_name_key, first_name_key, id"), {"ex": exclude or -1}
    ).scalars().all()
    conn.execute(text("UPDATE persons SET name_rank = NULL WHERE name_rank IS NOT NULL"))
    conn.execute(text("UPDATE persons SET name_rank = :r WHERE id = :id"),
                 [{"r": (i + 1) * RANK_GAP, "id": pid} for i, pid in enumerate(ids)])
    return len(ids)


def _prefix_range(prefix: str) -> ColumnElement[bool]:
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(PersonNameKey.word >= prefix, PersonNameKey.word < upper)


def _prefix_probe(prefix: str) -> ColumnElement[bool]:
    """The same test as a correlated probe of the (person_id, word) primary key, for an ordered scan."""
    return exists(select(PersonNameKey.person_id).where(PersonNameKey.person_id == Person.id, _prefix_range(prefix)))


_FTS = table("person_fts", column("rowid", BigInteger))


def _fts_query(substrings: tuple[str, ...]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in substrings)


def person_name_match(s: Session, parsed: ParsedQuery) -> Select[int]:
    """SELECT of the ids of persons whose names match ``parsed`` (kind 'names'). No visibility filter on
    SQLite (the caller adds it); on PostgreSQL the definer function applies the user's visibility."""
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        fn = text("SELECT maane_search_persons(CAST(:subs AS text[]), CAST(:prefs AS text[])) AS id")
        fn = fn.bindparams(subs=list(parsed.substrings), prefs=list(parsed.prefixes))
        return select(literal_column("m.id")).select_from(fn.columns(id=Person.id.type).subquery("m"))
    if parsed.substrings:
        fts = text(
            "SELECT persons.id AS id FROM person_fts JOIN persons ON persons.name_rank = person_fts.rowid"
            " WHERE person_fts MATCH :q"
        ).bindparams(q=_fts_query(parsed.substrings))
        sub = fts.columns(id=Person.id.type).subquery("m")
        # A probe of the (person_id, word) key per trigram match. (An IN list here was pushed into the FTS5
        # table as rowid=? lookups, one per prefix match: 4 s for "נועה ל" on 312,000 persons.)
        conds: list[ColumnElement[bool]] = [
            exists(select(PersonNameKey.person_id).where(PersonNameKey.person_id == sub.c.id, _prefix_range(p)))
            for p in parsed.prefixes]
        stmt = select(sub.c.id)
        return stmt.where(and_(*conds)) if conds else stmt
    first, *rest = parsed.prefixes
    stmt = select(PersonNameKey.person_id).where(_prefix_range(first)).distinct()
    conds = [PersonNameKey.person_id.in_(select(PersonNameKey.person_id).where(_prefix_range(p))) for p in rest]
    return stmt.where(and_(*conds)) if conds else stmt


# ---- which member of a file matched (the family list names them) ---------------------------------------
def _like_escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# (kind, substrings, prefixes, by ID number, by phone): what the statement of first_matching_member depends on
MemberMatchShape = tuple[str, int, int, bool, bool]


def member_match_shape(parsed: ParsedQuery) -> MemberMatchShape | None:
    """What ``first_matching_member`` builds for ``parsed``: the statement depends on this only (the words
    and numbers are parameters, ``member_match_params``), so a caller can build it once per shape. None
    for a query that does not search members."""
    if parsed.kind == "names":
        return ("names", len(parsed.substrings), len(parsed.prefixes), False, False)
    if parsed.kind == "number" and (parsed.id_number or parsed.phone):
        return ("number", 0, 0, bool(parsed.id_number), bool(parsed.phone))
    return None


def member_match_params(parsed: ParsedQuery) -> dict[str, str]:
    """The parameters of ``first_matching_member`` for ``parsed``."""
    params = {f"mm_sub{i}": f"%{_like_escaped(t)}%" for i, t in enumerate(parsed.substrings)}
    for i, t in enumerate(parsed.prefixes):
        params[f"mm_lo{i}"], params[f"mm_hi{i}"] = t, t[:-1] + chr(ord(t[-1]) + 1)
    if parsed.kind == "number":
        params.update(mm_idn=parsed.id_number or "", mm_phone=parsed.phone or "")
    return params


def first_matching_member(shape: MemberMatchShape, file_id: SQLColumnExpression[int]) -> ScalarSelect[str]:
    """A scalar sub-select, correlated to ``file_id`` (a family file's id column), giving the first member
    of that file (in name order) who matches the query as "<how>:<first name> <last name>" (how: name,
    id_number or phone). Of the ``member_match_shape`` of the query, with the ``member_match_params`` as
    its parameters. The rule is the search's own (brute_force_match, brute_force_number_match): a few
    LIKEs and key probes on the members of a page of files, inside the page's statement, never a query per
    row."""
    kind, n_subs, n_prefs, by_idn, by_phone = shape
    p = Person
    if kind == "names":
        conds: list[ColumnElement[bool]] = [
            p.search_key.like(bindparam(f"mm_sub{i}"), escape="\\") for i in range(n_subs)]
        conds += [exists(select(PersonNameKey.person_id).where(
            PersonNameKey.person_id == p.id, PersonNameKey.word >= bindparam(f"mm_lo{i}"),
            PersonNameKey.word < bindparam(f"mm_hi{i}"))) for i in range(n_prefs)]
        how: ColumnElement[str] = literal("name")
    else:
        id_match = (and_(p.id_kind.in_(NUMBERED_ID_KINDS), p.id_number == bindparam("mm_idn")) if by_idn
                    else false())
        phone_match = (exists(select(PersonPhone.person_id).where(PersonPhone.person_id == p.id,
                                                                  PersonPhone.digits == bindparam("mm_phone")))
                       if by_phone else false())
        conds = [or_(id_match, phone_match)]
        how = case((id_match, literal("id_number")), else_=literal("phone"))
    return (
        select(how + literal(":") + p.first_name + literal(" ") + p.last_name)
        .select_from(FamilyMember)
        .join(p, p.id == FamilyMember.person_id)
        .where(FamilyMember.file_id == file_id, *conds)
        .order_by(p.last_name_key, p.first_name_key, p.id)
        .limit(1)
        .scalar_subquery()
    )


def split_member_match(value: str | None) -> tuple[str, str]:
    """(matched, matched_on) from the "<how>:<name>" of first_matching_member."""
    if not value:
        return "", ""
    how, _, name = value.partition(":")
    return name, how


# Plans for SQLite name search (sqlite_top_person_ids). Counting stops at COUNT_CAP index entries.
ORDERED_SCAN_FROM = 5_000
COUNT_CAP = 20_000
SCATTERED_WALK_FROM = 1_000  # other matches, beyond the last-name block, worth a walk of the name order
_ORDER = (Person.last_name_key, Person.first_name_key, Person.id)


def _bounded_count(s: Session, stmt: Select[int]) -> int:
    return s.scalar(select(func.count()).select_from(stmt.limit(COUNT_CAP).subquery())) or 0


def sqlite_top_person_ids(s: Session, parsed: ParsedQuery, visible: ColumnElement[bool], limit: int) -> list[int]:
    """SQLite: the ids of the first ``limit`` visible persons matching ``parsed`` (kind 'names'), in name
    order (last_name_key, first_name_key, id).

    In general the matches come from the indexes (FTS5 trigram, prefix ranges) and are sorted: cheap for a
    few thousand. A single short prefix can match tens of thousands (every name starting with "מ"): then
    the answer is merged from (a) the persons whose last name starts with it, a range of ix_persons_sort
    already in name order, and (b) the others, scattered through the name order: if they are many, a walk
    of ix_persons_sort probing the prefix index stops after ``limit`` matches; if few, they are sorted.
    (Walking the name order for all matches was slow when they sit in one block of last names far down the
    order: 210 ms for "כה", every כהן.)"""
    if parsed.substrings:
        # The trigram index's row ids are name ranks: its matches come in name order and the walk stops
        # after ``limit`` visible ones (no sort of thousands of matches).
        stmt = (
            select(Person.id)
            .join(_FTS, _FTS.c.rowid == Person.name_rank)
            .where(text("person_fts MATCH :q").bindparams(q=_fts_query(parsed.substrings)), visible,
                   *(_prefix_probe(p) for p in parsed.prefixes))
            .order_by(_FTS.c.rowid)
            .limit(limit)
        )
        return list(s.scalars(stmt))
    if parsed.prefixes and max(len(p) for p in parsed.prefixes) <= LETTER_INDEXED:
        return _letter_index_top(s, parsed.prefixes, visible, limit)
    if len(parsed.prefixes) != 1:
        stmt = select(Person.id).where(Person.id.in_(person_name_match(s, parsed)), visible)
        return list(s.scalars(stmt.order_by(*_ORDER).limit(limit)))
    p = parsed.prefixes[0]
    words = select(PersonNameKey.person_id).where(_prefix_range(p))
    c_all = _bounded_count(s, words)
    if c_all < ORDERED_SCAN_FROM:
        stmt = select(Person.id).where(Person.id.in_(words), visible)
        return list(s.scalars(stmt.order_by(*_ORDER).limit(limit)))
    upper = p[:-1] + chr(ord(p[-1]) + 1)
    in_last = and_(Person.last_name_key >= p, Person.last_name_key < upper)
    c_last = _bounded_count(s, select(Person.id).where(in_last))
    cols = (Person.id, Person.last_name_key, Person.first_name_key)
    block = select(*cols).where(in_last, visible).order_by(*_ORDER).limit(limit)
    if c_all >= COUNT_CAP or c_all - c_last >= SCATTERED_WALK_FROM:
        others = (select(*cols).with_hint(Person, "INDEXED BY ix_persons_sort", "sqlite")
                  .where(~in_last, _prefix_probe(p), visible).order_by(*_ORDER).limit(limit))
    else:
        others = select(*cols).where(Person.id.in_(words), ~in_last, visible).order_by(*_ORDER).limit(limit)
    rows = [*s.execute(block), *s.execute(others)]
    rows.sort(key=lambda r: (r[1], r[2], r[0]))  # code-point order, as SQLite's BINARY collation
    return [r[0] for r in rows[:limit]]


LETTER_INDEXED = 2  # ix_person_name_keys_letter1/2 (revision 0010): a word's first one and two letters


def _letter_index_top(s: Session, prefixes: tuple[str, ...], visible: ColumnElement[bool],
                      limit: int) -> list[int]:
    """Prefixes of 1-2 letters only: the letter index of the longest one holds its matches in name order
    (person_name_keys carries the sort keys), a person once per word that starts with it; grouped on the
    index order, filtered by the other prefixes and the visibility, the scan stops after ``limit`` persons.
    (Collecting and sorting every match of "ש", 21,000 persons, took 70-240 ms.)"""
    lead = max(prefixes, key=len)
    k = aliased(PersonNameKey, name="k")
    index = f"ix_person_name_keys_letter{len(lead)}"
    probes = [exists(select(PersonNameKey.person_id).where(PersonNameKey.person_id == k.person_id, _prefix_range(o)))
              for o in prefixes if o != lead]
    stmt = (
        select(k.person_id)
        .with_hint(inspect(k).selectable, f"INDEXED BY {index}", "sqlite")
        .join(Person, Person.id == k.person_id)
        .where(func.substr(k.word, literal_column("1"), literal_column(str(len(lead)))) == lead, *probes, visible)
        .group_by(k.last_name_key, k.first_name_key, k.person_id)
        .order_by(k.last_name_key, k.first_name_key, k.person_id)
        .limit(limit)
    )
    return list(s.scalars(stmt))


def file_page_by_letter(parsed: ParsedQuery, visible: ColumnElement[bool], include_closed: bool,
                        limit: int) -> Select[int] | None:
    """SQLite: the first ``limit`` visible files of a one-prefix query of 1-2 letters ("א", "כה"), in list
    order, from the letter index of file_name_words (revision 0010), which holds each file's member words in
    that order: the scan stops at the page's last file, where collecting and sorting every match ("א": 59,353
    files of 100,000) took 120-350 ms. None for any other query."""
    if parsed.kind != "names" or parsed.substrings or len(parsed.prefixes) != 1:
        return None
    lead = parsed.prefixes[0]
    if len(lead) > LETTER_INDEXED:
        return None
    w = aliased(FileNameWord, name="w")
    order = (w.family_name_key, w.file_number, w.file_id)
    stmt = (
        select(w.file_id)
        .with_hint(inspect(w).selectable, f"INDEXED BY ix_file_name_words_letter{len(lead)}", "sqlite")
        .join(FamilyFile, FamilyFile.id == w.file_id)
        .where(func.substr(w.word, literal_column("1"), literal_column(str(len(lead)))) == lead, visible)
    )
    if not include_closed:
        stmt = stmt.where(FamilyFile.status == "open")
    return stmt.group_by(*order).order_by(*order).limit(limit)


def pg_top_person_ids(s: Session, parsed: ParsedQuery, limit: int) -> list[int]:
    """PostgreSQL: the first ``limit`` visible matches in name order, from the definer function with its
    limit (it sorts the matches, then tests visibility lazily). Without the limit every match was tested
    for visibility and sorted again: over a second per search at 31,000 persons."""
    stmt = text(
        "SELECT t.id FROM maane_search_persons(CAST(:subs AS text[]), CAST(:prefs AS text[]), :lim)"
        " WITH ORDINALITY AS t(id, n) ORDER BY t.n"
    )
    return list(s.scalars(stmt, {"subs": list(parsed.substrings), "prefs": list(parsed.prefixes), "lim": limit}))


def brute_force_match(search_key_value: str, parsed: ParsedQuery) -> bool:
    """The reference the indexes must agree with (used by the tests)."""
    words = search_key_value.split()
    return all(t in search_key_value for t in parsed.substrings) and all(
        any(w.startswith(p) for w in words) for p in parsed.prefixes
    )


def brute_force_number_match(id_kind: str, id_number: str | None, phone_numbers: Iterable[str],
                             parsed: ParsedQuery) -> bool:
    """The reference for a number query (kind 'number'): the person's ID number, or one of their phone
    numbers as stored (written any way), parsed again (used by the tests)."""
    if parsed.id_number and id_kind in NUMBERED_ID_KINDS and id_number == parsed.id_number:
        return True
    return bool(parsed.phone) and any(parse_phone(n) == parsed.phone for n in phone_numbers)
