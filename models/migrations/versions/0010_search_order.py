"""people name search in name order from the index: person_name_keys carries its person's sort keys, with
indexes on a word's first one and two letters (issue 6, "PostgreSQL speed with row-level security")

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-29 00:00:00.000000

Both backends: person_name_keys gets last_name_key and first_name_key (its person's, copied), filled here
from persons, and the indexes ix_person_name_keys_letter1 and ix_person_name_keys_letter2 on
(substr(word, 1, n), last_name_key, first_name_key, person_id): every person a prefix of one or two letters
finds, already in name order, so a top-50 reads about 50 entries instead of sorting tens of thousands of
matches. The database keeps the copies right: triggers copy a person's keys to a word when it is written,
and to all of the person's words when the person's keys change (PostgreSQL: in the frozen script
``sql/0010_search_order.sql``, which also replaces maane_search_persons to use the index; SQLite: below).
The downgrade drops the triggers, indexes and columns and puts back maane_search_persons of revision 0001
(``sql/0010_search_order_down.sql``, a frozen copy).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script

revision: str = "0010"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen (their sha256 are held by tests/unit/test_security.py): never edit.
SQL = Path(__file__).resolve().parent.parent / "sql"
FUNCTIONS = SQL / "0010_search_order.sql"
FUNCTIONS_DOWN = SQL / "0010_search_order_down.sql"
DROP_TRIGGERS = """\
DROP TRIGGER IF EXISTS persons_sort ON persons;
DROP TRIGGER IF EXISTS person_name_keys_sort ON person_name_keys;
DROP FUNCTION IF EXISTS maane_persons_sort();
DROP FUNCTION IF EXISTS maane_name_keys_sort();
DROP FUNCTION IF EXISTS maane_search_persons_by_number(text, text, integer);
"""

SQLITE_TRIGGERS = (
    """CREATE TRIGGER person_name_keys_sort AFTER INSERT ON person_name_keys BEGIN
    UPDATE person_name_keys
    SET last_name_key = coalesce((SELECT p.last_name_key FROM persons p WHERE p.id = NEW.person_id), ''),
        first_name_key = coalesce((SELECT p.first_name_key FROM persons p WHERE p.id = NEW.person_id), '')
    WHERE person_id = NEW.person_id AND word = NEW.word;
END""",
    """CREATE TRIGGER persons_sort AFTER UPDATE OF last_name_key, first_name_key ON persons
WHEN OLD.last_name_key IS NOT NEW.last_name_key OR OLD.first_name_key IS NOT NEW.first_name_key BEGIN
    UPDATE person_name_keys SET last_name_key = NEW.last_name_key, first_name_key = NEW.first_name_key
    WHERE person_id = NEW.id;
END""",
)


def upgrade() -> None:
    conn = op.get_bind()
    pg = conn.dialect.name == "postgresql"
    key = sa.String(80)
    op.add_column("person_name_keys", sa.Column("last_name_key", key, nullable=False, server_default=""))
    op.add_column("person_name_keys", sa.Column("first_name_key", key, nullable=False, server_default=""))
    if pg:
        op.execute("UPDATE person_name_keys k SET last_name_key = p.last_name_key, first_name_key = p.first_name_key"
                   " FROM persons p WHERE p.id = k.person_id")
    else:
        op.execute("UPDATE person_name_keys SET"
                   " last_name_key = (SELECT p.last_name_key FROM persons p WHERE p.id = person_id),"
                   " first_name_key = (SELECT p.first_name_key FROM persons p WHERE p.id = person_id)")
    for n in (1, 2):
        op.execute(f"CREATE INDEX ix_person_name_keys_letter{n} ON person_name_keys"
                   f" (substr(word, 1, {n}), last_name_key, first_name_key, person_id)")
    if pg:
        run_postgres_script(op, FUNCTIONS.read_text(encoding="utf-8"))
        op.execute("ANALYZE person_name_keys")
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        run_postgres_script(op, DROP_TRIGGERS)
        run_postgres_script(op, FUNCTIONS_DOWN.read_text(encoding="utf-8")
                            + "\nREVOKE ALL ON FUNCTION maane_search_persons(text[], text[], integer) FROM PUBLIC;\n"
                            "GRANT EXECUTE ON FUNCTION maane_search_persons(text[], text[], integer) TO maane_app;\n")
    else:
        op.execute("DROP TRIGGER IF EXISTS persons_sort")
        op.execute("DROP TRIGGER IF EXISTS person_name_keys_sort")
    op.drop_index("ix_person_name_keys_letter2", table_name="person_name_keys")
    op.drop_index("ix_person_name_keys_letter1", table_name="person_name_keys")
    with op.batch_alter_table("person_name_keys") as batch:
        batch.drop_column("first_name_key")
        batch.drop_column("last_name_key")
