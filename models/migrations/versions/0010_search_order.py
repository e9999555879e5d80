"""people name search in name order from the indexes: person_name_keys carries its person's sort keys, with
indexes on a word's first one and two letters; person_name_words lists the distinct words (issue 6,
"PostgreSQL speed with row-level security")

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 00:00:00.000000

Both backends: person_name_keys gets last_name_key and first_name_key (its person's, copied), filled here
from persons; ix_person_name_keys_word becomes (word, last_name_key, first_name_key, person_id), and
ix_person_name_keys_letter1 and ix_person_name_keys_letter2 index (substr(word, 1, n), last_name_key,
first_name_key, person_id): every person a word or a prefix of one or two letters finds, already in name
order, so a top-50 reads about 50 entries instead of sorting thousands of matches. The new table
person_name_words holds every distinct word once (security: none, no Maane role reads it; PostgreSQL gives it
a trigram index: the few words holding a 3+ letter query). The database keeps all of it right: triggers copy
a person's keys to a word when it is written, and to all of the person's words when the person's keys
change, and add new words to person_name_words (PostgreSQL: in the frozen script ``sql/0010_search_order.sql``,
which also replaces maane_search_persons to use the indexes and adds maane_search_persons_by_number; SQLite:
below). The downgrade drops what was added and puts back maane_search_persons of revision 0001
(``sql/0010_search_order_down.sql``, a frozen copy) and the index of before.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen (their sha256 are held by tests/unit/test_security.py): never edit.
SQL = Path(__file__).resolve().parent.parent / "sql"
FUNCTIONS = SQL / "0010_search_order.sql"
FUNCTIONS_DOWN = SQL / "0010_search_order_down.sql"
FILES_0008 = SQL / "0008_search_speed.sql"
DROP_TRIGGERS = """\
DROP TRIGGER IF EXISTS persons_sort ON persons;
DROP TRIGGER IF EXISTS person_name_keys_sort ON person_name_keys;
DROP TRIGGER IF EXISTS person_name_words_add ON person_name_keys;
DROP FUNCTION IF EXISTS search_persons_sort();
DROP FUNCTION IF EXISTS search_name_keys_sort();
DROP FUNCTION IF EXISTS search_name_words_add();
DROP FUNCTION IF EXISTS maane_search_persons_page(text[], text[], text, text, integer);
DROP TRIGGER IF EXISTS person_name_keys_moved ON person_name_keys;
DROP TRIGGER IF EXISTS file_name_words_members_added ON family_members;
DROP TRIGGER IF EXISTS file_name_words_members_removed ON family_members;
DROP TRIGGER IF EXISTS file_name_words_members_moved ON family_members;
DROP TRIGGER IF EXISTS file_name_words_keys_added ON person_name_keys;
DROP TRIGGER IF EXISTS file_name_words_keys_removed ON person_name_keys;
DROP TRIGGER IF EXISTS file_name_words_file_sort ON family_files;
DROP FUNCTION IF EXISTS search_name_keys_moved();
DROP FUNCTION IF EXISTS search_file_words_members_added();
DROP FUNCTION IF EXISTS search_file_words_keys_added();
DROP FUNCTION IF EXISTS search_file_words_members_removed();
DROP FUNCTION IF EXISTS search_file_words_keys_removed();
DROP FUNCTION IF EXISTS search_file_words_members_moved();
DROP FUNCTION IF EXISTS search_file_words_file_sort();
DROP FUNCTION IF EXISTS maane_search_persons_by_number(text, text, integer);
"""

SQLITE_TRIGGERS = (
    # (a writer that sends the keys, as the synthetic seed does, is believed: SQLite is one PC's database,
    # written by the services only; PostgreSQL always takes the person's)
    """CREATE TRIGGER person_name_keys_sort AFTER INSERT ON person_name_keys
WHEN NEW.last_name_key = '' AND NEW.first_name_key = '' BEGIN
    UPDATE person_name_keys
    SET last_name_key = coalesce((SELECT p.last_name_key FROM persons p WHERE p.id = NEW.person_id), ''),
        first_name_key = coalesce((SELECT p.first_name_key FROM persons p WHERE p.id = NEW.person_id), '')
    WHERE person_id = NEW.person_id AND word = NEW.word;
END""",
    """CREATE TRIGGER person_name_words_add AFTER INSERT ON person_name_keys BEGIN
    INSERT OR IGNORE INTO person_name_words (word) VALUES (NEW.word);
END""",
    # file_name_words: a member's words join the file; a word leaves a file when no member has it any more
    """CREATE TRIGGER file_name_words_member_added AFTER INSERT ON family_members BEGIN
    INSERT OR IGNORE INTO file_name_words (file_id, word, family_name_key, file_number)
    SELECT NEW.file_id, k.word, f.family_name_key, f.file_number
    FROM person_name_keys k JOIN family_files f ON f.id = NEW.file_id WHERE k.person_id = NEW.person_id;
END""",
    """CREATE TRIGGER file_name_words_member_removed AFTER DELETE ON family_members BEGIN
    DELETE FROM file_name_words WHERE file_id = OLD.file_id
      AND word IN (SELECT k.word FROM person_name_keys k WHERE k.person_id = OLD.person_id)
      AND NOT EXISTS (SELECT 1 FROM family_members m JOIN person_name_keys k2 ON k2.person_id = m.person_id
                      WHERE m.file_id = OLD.file_id AND k2.word = file_name_words.word);
END""",
    """CREATE TRIGGER file_name_words_member_moved AFTER UPDATE OF file_id, person_id ON family_members BEGIN
    DELETE FROM file_name_words WHERE file_id = OLD.file_id
      AND word IN (SELECT k.word FROM person_name_keys k WHERE k.person_id = OLD.person_id)
      AND NOT EXISTS (SELECT 1 FROM family_members m JOIN person_name_keys k2 ON k2.person_id = m.person_id
                      WHERE m.file_id = OLD.file_id AND k2.word = file_name_words.word);
    INSERT OR IGNORE INTO file_name_words (file_id, word, family_name_key, file_number)
    SELECT NEW.file_id, k.word, f.family_name_key, f.file_number
    FROM person_name_keys k JOIN family_files f ON f.id = NEW.file_id WHERE k.person_id = NEW.person_id;
END""",
    """CREATE TRIGGER file_name_words_key_added AFTER INSERT ON person_name_keys BEGIN
    INSERT OR IGNORE INTO file_name_words (file_id, word, family_name_key, file_number)
    SELECT m.file_id, NEW.word, f.family_name_key, f.file_number
    FROM family_members m JOIN family_files f ON f.id = m.file_id WHERE m.person_id = NEW.person_id;
END""",
    """CREATE TRIGGER file_name_words_key_removed AFTER DELETE ON person_name_keys BEGIN
    DELETE FROM file_name_words WHERE word = OLD.word
      AND file_id IN (SELECT m.file_id FROM family_members m WHERE m.person_id = OLD.person_id)
      AND NOT EXISTS (SELECT 1 FROM family_members m JOIN person_name_keys k2 ON k2.person_id = m.person_id
                      WHERE m.file_id = file_name_words.file_id AND k2.word = OLD.word);
END""",
    """CREATE TRIGGER file_name_words_key_moved AFTER UPDATE OF word, person_id ON person_name_keys BEGIN
    DELETE FROM file_name_words WHERE word = OLD.word
      AND file_id IN (SELECT m.file_id FROM family_members m WHERE m.person_id = OLD.person_id)
      AND NOT EXISTS (SELECT 1 FROM family_members m JOIN person_name_keys k2 ON k2.person_id = m.person_id
                      WHERE m.file_id = file_name_words.file_id AND k2.word = OLD.word);
    INSERT OR IGNORE INTO file_name_words (file_id, word, family_name_key, file_number)
    SELECT m.file_id, NEW.word, f.family_name_key, f.file_number
    FROM family_members m JOIN family_files f ON f.id = m.file_id WHERE m.person_id = NEW.person_id;
    INSERT OR IGNORE INTO person_name_words (word) VALUES (NEW.word);
END""",
    """CREATE TRIGGER file_name_words_file_sort AFTER UPDATE OF family_name_key, file_number ON family_files
WHEN OLD.family_name_key IS NOT NEW.family_name_key OR OLD.file_number IS NOT NEW.file_number BEGIN
    UPDATE file_name_words SET family_name_key = NEW.family_name_key, file_number = NEW.file_number
    WHERE file_id = NEW.id;
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
    op.create_table("person_name_words", sa.Column(
        "word", sa.String(80).with_variant(sa.String(80, collation="C"), "postgresql"), primary_key=True))
    op.execute("INSERT INTO person_name_words (word) SELECT DISTINCT word FROM person_name_keys")
    op.drop_index("ix_person_name_keys_word", table_name="person_name_keys")
    op.create_index("ix_person_name_keys_word", "person_name_keys",
                    ["word", "last_name_key", "first_name_key", "person_id"])
    for n in (1, 2):
        op.execute(f"CREATE INDEX ix_person_name_keys_letter{n} ON person_name_keys"
                   f" (substr(word, 1, {n}), last_name_key, first_name_key, person_id)")
    op.create_table(
        "file_name_words",
        sa.Column("file_id", sa.Integer, sa.ForeignKey("family_files.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("word", sa.String(80).with_variant(sa.String(80, collation="C"), "postgresql"), primary_key=True),
        sa.Column("family_name_key", sa.String(120), nullable=False),
        sa.Column("file_number", sa.String(12), nullable=False),
    )
    op.execute("INSERT INTO file_name_words (file_id, word, family_name_key, file_number)"
               " SELECT DISTINCT m.file_id, k.word, f.family_name_key, f.file_number FROM family_members m"
               " JOIN person_name_keys k ON k.person_id = m.person_id JOIN family_files f ON f.id = m.file_id")
    op.create_index("ix_file_name_words_word", "file_name_words", ["word", "family_name_key", "file_number", "file_id"])
    for n in (1, 2):
        op.execute(f"CREATE INDEX ix_file_name_words_letter{n} ON file_name_words"
                   f" (substr(word, 1, {n}), family_name_key, file_number, file_id)")
    if pg:
        secure_table(op, "person_name_words", SECURITY_PERSON_NAME_WORDS)
        secure_table(op, "file_name_words", SECURITY_FILE_NAME_WORDS)
        run_postgres_script(op, FUNCTIONS.read_text(encoding="utf-8"))
        op.execute("ANALYZE person_name_keys")
        op.execute("ANALYZE person_name_words")
        op.execute("ANALYZE file_name_words")
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        run_postgres_script(op, DROP_TRIGGERS)
        run_postgres_script(op, FILES_0008.read_text(encoding="utf-8"))  # revision 0008's maane_search_files
        run_postgres_script(op, FUNCTIONS_DOWN.read_text(encoding="utf-8")
                            + "\nREVOKE ALL ON FUNCTION maane_search_persons(text[], text[], integer) FROM PUBLIC;\n"
                            "GRANT EXECUTE ON FUNCTION maane_search_persons(text[], text[], integer) TO maane_app;\n")
    else:
        for name in ("persons_sort", "file_name_words_member_added", "file_name_words_member_removed",
                     "file_name_words_member_moved", "file_name_words_key_added", "file_name_words_key_removed",
                     "file_name_words_key_moved", "file_name_words_file_sort"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TRIGGER IF EXISTS person_name_words_add")
        op.execute("DROP TRIGGER IF EXISTS person_name_keys_sort")
    op.drop_table("file_name_words")
    op.drop_table("person_name_words")
    op.drop_index("ix_person_name_keys_word", table_name="person_name_keys")
    op.create_index("ix_person_name_keys_word", "person_name_keys", ["word", "person_id"])
    op.drop_index("ix_person_name_keys_letter2", table_name="person_name_keys")
    op.drop_index("ix_person_name_keys_letter1", table_name="person_name_keys")
    with op.batch_alter_table("person_name_keys") as batch:
        batch.drop_column("first_name_key")
        batch.drop_column("last_name_key")


# python -m models.security person_name_words (frozen): no Maane role reads or writes the table.
SECURITY_PERSON_NAME_WORDS = r"""-- maane security: person_name_words (scope none), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'person_name_words'::regclass;
    r record;
BEGIN
    FOR r IN SELECT polname FROM pg_policy WHERE polrelid = v_table LOOP
        EXECUTE format('DROP POLICY %I ON %s', r.polname, v_table);
    END LOOP;
    FOR r IN
        SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = v_table AND a.grantee <> c.relowner
          AND a.grantee IS DISTINCT FROM to_regrole('maane_auditor')
        UNION
        SELECT DISTINCT a.grantee FROM pg_attribute att, pg_class c, aclexplode(att.attacl) a
        WHERE att.attrelid = v_table AND c.oid = v_table AND a.grantee <> c.relowner
    LOOP
        EXECUTE format('REVOKE ALL ON TABLE %s FROM %s', v_table,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
    END LOOP;
    FOR r IN
        SELECT DISTINCT s.oid::regclass AS seq, a.grantee
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S', aclexplode(s.relacl) a
        WHERE d.refobjid = v_table AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
          AND a.grantee <> s.relowner
    LOOP
        EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %s', r.seq,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
    END LOOP;
    FOR r IN
        SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE t.tgrelid = v_table AND NOT t.tgisinternal AND p.proname LIKE 'maane\_%'
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', r.tgname, v_table);
    END LOOP;
END
$reset$;
ALTER TABLE person_name_words NO FORCE ROW LEVEL SECURITY;
ALTER TABLE person_name_words DISABLE ROW LEVEL SECURITY;
"""

# python -m models.security file_name_words (frozen): no Maane role reads or writes the table.
SECURITY_FILE_NAME_WORDS = r"""-- maane security: file_name_words (scope none), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'file_name_words'::regclass;
    r record;
BEGIN
    FOR r IN SELECT polname FROM pg_policy WHERE polrelid = v_table LOOP
        EXECUTE format('DROP POLICY %I ON %s', r.polname, v_table);
    END LOOP;
    FOR r IN
        SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = v_table AND a.grantee <> c.relowner
          AND a.grantee IS DISTINCT FROM to_regrole('maane_auditor')
        UNION
        SELECT DISTINCT a.grantee FROM pg_attribute att, pg_class c, aclexplode(att.attacl) a
        WHERE att.attrelid = v_table AND c.oid = v_table AND a.grantee <> c.relowner
    LOOP
        EXECUTE format('REVOKE ALL ON TABLE %s FROM %s', v_table,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
    END LOOP;
    FOR r IN
        SELECT DISTINCT s.oid::regclass AS seq, a.grantee
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S', aclexplode(s.relacl) a
        WHERE d.refobjid = v_table AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
          AND a.grantee <> s.relowner
    LOOP
        EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %s', r.seq,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
    END LOOP;
    FOR r IN
        SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE t.tgrelid = v_table AND NOT t.tgisinternal AND p.proname LIKE 'maane\_%'
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', r.tgname, v_table);
    END LOOP;
END
$reset$;
ALTER TABLE file_name_words NO FORCE ROW LEVEL SECURITY;
ALTER TABLE file_name_words DISABLE ROW LEVEL SECURITY;
"""
