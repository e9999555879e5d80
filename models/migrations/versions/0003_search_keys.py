"""search keys by the rules of issue 5: recompute the stored name keys, name words and phone keys

Names are now folded without invisible marks (RLM/LRM/ALM, embeddings and isolates, ZWJ/ZWNJ/ZWSP, BOM, soft
hyphen), with every dash separating words, Persian and Urdu letter forms folded to the Arabic ones and
modifier apostrophes dropped like a geresh; a person's search key also holds each multi-word name written
together ("בנדוד"). Phone keys come from the phonenumbers library (region IL). This revision recomputes
persons' first/last/search keys and person_name_keys, person_phones.digits and family_files.family_name_key,
in batches, on both backends, touching only the rows whose keys change; on SQLite the FTS5 index follows
through its triggers, and the name ranks are renumbered if a sort key changed.

The keys are computed by the pure functions of models.text and models.search (keys_for, phone_digits,
search_key): keys must equal what the running code computes for new rows, so a data migration uses them
rather than a frozen copy; the SQL here names its own tables and columns and changes no schema.

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-28 21:40:00
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000
WORD_MAX = 80  # person_name_keys.word

_persons = sa.table(
    "persons",
    sa.column("id", sa.Integer), sa.column("first_name", sa.String), sa.column("last_name", sa.String),
    sa.column("first_name_ar", sa.String), sa.column("last_name_ar", sa.String),
    sa.column("first_name_lat", sa.String), sa.column("last_name_lat", sa.String),
    sa.column("first_name_key", sa.String), sa.column("last_name_key", sa.String),
    sa.column("search_key", sa.String),
)
_name_keys = sa.table("person_name_keys", sa.column("person_id", sa.Integer), sa.column("word", sa.String))
_phones = sa.table("person_phones", sa.column("id", sa.Integer), sa.column("number", sa.String),
                   sa.column("digits", sa.String))
_files = sa.table("family_files", sa.column("id", sa.Integer), sa.column("family_name", sa.String),
                  sa.column("family_name_key", sa.String))


def _batches(conn: sa.Connection, table: sa.TableClause,
             *cols: sa.ColumnClause[Any]) -> Iterator[Sequence[sa.Row[*tuple[Any, ...]]]]:
    """Rows of ``table`` (id first) in batches of BATCH, by id."""
    last = 0
    while True:
        rows = conn.execute(
            sa.select(table.c.id, *cols).where(table.c.id > last).order_by(table.c.id).limit(BATCH)).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def recompute_person_keys(conn: sa.Connection) -> tuple[int, bool]:
    """Recompute the keys and name words of every person whose keys differ. Returns (persons changed,
    whether a sort key changed)."""
    from functools import lru_cache

    from models.search import keys_for
    from models.text import search_key

    fold = lru_cache(maxsize=50_000)(search_key)
    c = _persons.c
    changed, sort_changed = 0, False
    update = (sa.update(_persons).where(c.id == sa.bindparam("pid"))
              .values(first_name_key=sa.bindparam("fk"), last_name_key=sa.bindparam("lk"),
                      search_key=sa.bindparam("sk")))
    for rows in _batches(conn, _persons, c.first_name, c.last_name, c.first_name_ar, c.last_name_ar,
                         c.first_name_lat, c.last_name_lat, c.first_name_key, c.last_name_key, c.search_key):
        updates, words = [], []
        for r in rows:
            first, last, key, name_words = keys_for(*(v or "" for v in r[1:7]), fold=fold)
            if (first, last, key) == tuple(r[7:10]):
                continue
            sort_changed = sort_changed or (first, last) != tuple(r[7:9])
            updates.append({"pid": r[0], "fk": first, "lk": last, "sk": key})
            words += [{"person_id": r[0], "word": w} for w in dict.fromkeys(w[:WORD_MAX] for w in name_words)]
        if not updates:
            continue
        conn.execute(update, updates)
        conn.execute(sa.delete(_name_keys).where(_name_keys.c.person_id.in_([u["pid"] for u in updates])))
        if words:
            conn.execute(sa.insert(_name_keys), words)
        changed += len(updates)
    return changed, sort_changed


def recompute_phone_keys(conn: sa.Connection) -> int:
    from models.text import phone_digits

    changed = 0
    update = sa.update(_phones).where(_phones.c.id == sa.bindparam("pid")).values(digits=sa.bindparam("d"))
    for rows in _batches(conn, _phones, _phones.c.number, _phones.c.digits):
        updates = [{"pid": pid, "d": d} for pid, number, old in rows if (d := phone_digits(number)[:32]) != old]
        if updates:
            conn.execute(update, updates)
            changed += len(updates)
    return changed


def recompute_family_name_keys(conn: sa.Connection) -> int:
    from models.text import search_key

    changed = 0
    update = sa.update(_files).where(_files.c.id == sa.bindparam("fid")).values(family_name_key=sa.bindparam("k"))
    for rows in _batches(conn, _files, _files.c.family_name, _files.c.family_name_key):
        updates = [{"fid": fid, "k": k} for fid, name, old in rows if (k := search_key(name)) != old]
        if updates:
            conn.execute(update, updates)
            changed += len(updates)
    return changed


def upgrade() -> None:
    conn = op.get_bind()
    _persons_changed, sort_changed = recompute_person_keys(conn)
    recompute_phone_keys(conn)
    recompute_family_name_keys(conn)
    if sort_changed and conn.dialect.name == "sqlite":
        # SQLite's trigram index is keyed by the name rank, which must follow the name order.
        from models.search import renumber_name_ranks

        renumber_name_ranks(conn)


def downgrade() -> None:
    # Nothing to undo in the schema. The recomputed keys still serve the previous revision's code: its
    # queries fold a subset of what these keys fold (a pasted invisible mark or a Persian letter in a query
    # finds less there, as it always did), and the joined forms of multi-word names only add matches.
    pass
