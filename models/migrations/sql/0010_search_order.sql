-- Maane revision 0010: people name search in name order from the index (issue 6, "PostgreSQL speed with
-- row-level security").
--
-- person_name_keys carries its person's sort keys (last_name_key, first_name_key; the columns and the
-- indexes on (substr(word, 1, 1) / substr(word, 1, 2), last_name_key, first_name_key, person_id) are added
-- by the revision itself, on both backends). Here, PostgreSQL only:
--   * search_name_keys_sort (BEFORE INSERT OR UPDATE on person_name_keys): the row's sort keys are its
--     person's, whatever the writer sent; search_persons_sort (AFTER UPDATE OF the sort keys on persons)
--     carries a renamed person's keys to their words; search_name_words_add (AFTER INSERT on
--     person_name_keys, once per statement) adds new words to person_name_words. SECURITY DEFINER: they
--     read and write one person's rows, or the word list, past row-level security; the rows they touch are
--     that person's, which the persons policy already let the writer see (the policies of person_name_keys
--     still check every row written). Not named maane_*: the security script of a table drops the maane_*
--     triggers on it before it puts its own back (models.security), and these are the search's, not the
--     table's security.
--   * a trigram index on person_name_words (no Maane role may read or write the table: the definer
--     search function does).
--   * maane_search_persons(text[], text[], integer), replaced: with a limit and prefixes only (1-2 letters:
--     "ש", "נו", "כה זי"), the matches are read from the letter index of the longest prefix already in
--     name order, each person once, the other prefixes and the visibility rule tested per person, and the
--     scan stops at the p_limit-th visible match: the first 50 of "ש" read about 50 index entries as the
--     manager, and about 50 / (the share of persons the user sees) as a family worker, where collecting and
--     sorting every match took 0.3-0.9 s at 100,000 files. The visibility rule is the one of revision 0001
--     (some file of the person passes maane_file_rule for the session user's context, or the person is in
--     no file), applied explicitly to every person returned; an admin, an unknown or an inactive login gets
--     nothing. With a limit and a substring (3+ letters: "כהן", "משה כהן", "נועה ל"), the words holding the
--     longest substring are found in person_name_words (a few: כהן, הכהן, כהנא), and each word's persons
--     come in name order from ix_person_name_keys_word (word, last_name_key, first_name_key, person_id),
--     merged (a Merge Append), each person once, the other criteria and the visibility tested per person,
--     until p_limit pass: where collecting and sorting every match ("כהן": 8,664 persons) took 25-90 ms.
--     More than 64 such words, and the plan of revision 0001 serves. Every other case is answered as in
--     revision 0001.
--   * maane_search_persons_by_number(text, text, integer): an ID number or a phone typed into the people
--     search box, the same rule applied explicitly (below).
--
-- Run by revision 0010 as one simple-protocol script, by a superuser (or a role with BYPASSRLS that owns
-- the tables). Frozen: its sha256 is held by tests/unit/test_security.py; change the database in a new
-- revision, never here.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION '0010_search_order.sql must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION search_name_keys_sort()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    SELECT p.last_name_key, p.first_name_key INTO NEW.last_name_key, NEW.first_name_key
    FROM persons p WHERE p.id = NEW.person_id;
    NEW.last_name_key := coalesce(NEW.last_name_key, '');
    NEW.first_name_key := coalesce(NEW.first_name_key, '');
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION search_name_keys_sort() FROM PUBLIC;

DROP TRIGGER IF EXISTS person_name_keys_sort ON person_name_keys;
CREATE TRIGGER person_name_keys_sort BEFORE INSERT OR UPDATE ON person_name_keys
    FOR EACH ROW EXECUTE FUNCTION search_name_keys_sort();

CREATE OR REPLACE FUNCTION search_persons_sort()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    UPDATE person_name_keys k SET last_name_key = NEW.last_name_key, first_name_key = NEW.first_name_key
    WHERE k.person_id = NEW.id;
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION search_persons_sort() FROM PUBLIC;

DROP TRIGGER IF EXISTS persons_sort ON persons;
CREATE TRIGGER persons_sort AFTER UPDATE OF last_name_key, first_name_key ON persons
    FOR EACH ROW WHEN (OLD.last_name_key IS DISTINCT FROM NEW.last_name_key
                       OR OLD.first_name_key IS DISTINCT FROM NEW.first_name_key)
    EXECUTE FUNCTION search_persons_sort();

CREATE OR REPLACE FUNCTION search_name_words_add()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    INSERT INTO person_name_words (word) SELECT DISTINCT n.word FROM new_keys n ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION search_name_words_add() FROM PUBLIC;

DROP TRIGGER IF EXISTS person_name_words_add ON person_name_keys;
CREATE TRIGGER person_name_words_add AFTER INSERT ON person_name_keys
    REFERENCING NEW TABLE AS new_keys FOR EACH STATEMENT EXECUTE FUNCTION search_name_words_add();

CREATE INDEX IF NOT EXISTS ix_person_name_words_trgm ON person_name_words USING gin (word gin_trgm_ops);

CREATE OR REPLACE FUNCTION maane_search_persons(
    p_substrings text[], p_prefixes text[], p_limit integer DEFAULT NULL)
RETURNS SETOF integer
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
DECLARE
    c maane_user_contexts%ROWTYPE;
    v_patterns text[];
    v_prefixes text[];
    v_where text := '';
    v_visible text;
    v_sql text;
    i integer;
    v_lead integer;
    v_words text[];
    v_found text[];
    v_count bigint;
    v_best bigint;
    v_sort text := current_setting('enable_sort');
    v_bitmap text := current_setting('enable_bitmapscan');
BEGIN
    SELECT * INTO c FROM maane_user_contexts WHERE username = session_user::text;
    IF NOT FOUND OR c.role = 'admin' THEN
        RETURN;
    END IF;
    v_patterns := ARRAY(
        SELECT DISTINCT '%' || replace(replace(replace(s, '\', '\\'), '%', '\%'), '_', '\_') || '%'
        FROM unnest(coalesce(p_substrings, '{}'::text[])) AS s
        WHERE coalesce(s, '') <> '');
    v_prefixes := ARRAY(
        SELECT DISTINCT s FROM unnest(coalesce(p_prefixes, '{}'::text[])) AS s WHERE coalesce(s, '') <> '');
    IF cardinality(v_patterns) = 0 AND cardinality(v_prefixes) = 0 THEN
        RETURN;
    END IF;
    -- Visible: some file of the person passes the rule, or the person is in no file (NULL); as revision
    -- 0001. The manager sees every file, and so every person: no test at all.
    IF c.role = 'manager' THEN
        v_visible := 'true';
    ELSE
        v_visible := 'coalesce((SELECT bool_or(ok.v) FROM family_members fm CROSS JOIN LATERAL'
                  || ' (SELECT coalesce(maane_file_rule($3, $4, f.id, f.team_id, f.restricted, f.worker_id),'
                  || ' false) AS v FROM family_files f WHERE f.id = fm.file_id OFFSET 0) ok'
                  || ' WHERE fm.person_id = %1$s), true)';
    END IF;
    -- A page of a prefix search: the letter index of the longest prefix (1 or 2 letters) gives its matches
    -- in name order; DISTINCT keeps a person whose several words start with it once (their entries are
    -- adjacent in that order); the other prefixes are probes of the (person_id, word) key.
    IF p_limit IS NOT NULL AND p_limit > 0 AND cardinality(v_patterns) = 0
            AND (SELECT max(length(s)) FROM unnest(v_prefixes) AS s) <= 2 THEN
        SELECT n INTO v_lead FROM generate_subscripts(v_prefixes, 1) AS n
        ORDER BY length(v_prefixes[n]) DESC, n LIMIT 1;
        FOR i IN 1 .. cardinality(v_prefixes) LOOP
            CONTINUE WHEN i = v_lead;
            v_where := v_where || format(
                ' AND EXISTS (SELECT 1 FROM person_name_keys k WHERE k.person_id = w.id'
                ' AND k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                ' AND left(k.word, length($2[%1$s])) = $2[%1$s] OFFSET 0)', i);
        END LOOP;
        v_sql := format('SELECT w.id FROM (SELECT DISTINCT k.last_name_key, k.first_name_key, k.person_id AS id'
              || ' FROM person_name_keys k WHERE substr(k.word, 1, %1$s) = $2[%2$s]'
              || ' ORDER BY k.last_name_key, k.first_name_key, k.person_id) w WHERE true',
                        length(v_prefixes[v_lead]), v_lead)
              || v_where || ' AND ' || format(v_visible, 'w.id') || ' LIMIT $5';
        PERFORM set_config('enable_sort', 'off', true);
        PERFORM set_config('enable_bitmapscan', 'off', true);
        RETURN QUERY EXECUTE v_sql USING v_patterns, v_prefixes, c.team_keys, c.mine, p_limit;
        PERFORM set_config('enable_sort', v_sort, true);
        PERFORM set_config('enable_bitmapscan', v_bitmap, true);
        RETURN;
    END IF;
    -- A page of a substring search: the words holding the longest substring, each word's persons in name
    -- order (ix_person_name_keys_word), merged; DISTINCT keeps a person once (a person's words holding it,
    -- "בן דוד" and "בנדוד", sit side by side in the merged order); the other substrings on the person's
    -- search key, the prefixes as probes, the visibility per person.
    IF p_limit IS NOT NULL AND p_limit > 0 AND cardinality(v_patterns) > 0 THEN
        -- The lead: the substring whose words hold the fewest persons (counted up to 4,000, only when there
        -- are other criteria to test: a rare combination of two common words, "משה כהן", would otherwise
        -- test every person of the first; with more than 4,000 the intersection of the trigram index serves).
        v_best := NULL;
        FOR i IN 1 .. cardinality(v_patterns) LOOP
            v_found := ARRAY(SELECT w.word FROM person_name_words w WHERE w.word LIKE v_patterns[i]
                             ORDER BY w.word LIMIT 65);
            IF cardinality(v_found) = 0 THEN
                RETURN;  -- no word holds it: nobody matches
            END IF;
            CONTINUE WHEN cardinality(v_found) > 64;
            IF cardinality(v_patterns) + cardinality(v_prefixes) = 1 THEN
                v_count := 0;
            ELSE
                SELECT count(*) INTO v_count FROM (SELECT 1 FROM person_name_keys k WHERE k.word = ANY (v_found)
                                                   LIMIT 4000) x;
            END IF;
            IF v_best IS NULL OR v_count < v_best THEN
                v_best := v_count;
                v_lead := i;
                v_words := v_found;
            END IF;
        END LOOP;
        IF v_best IS NOT NULL AND v_best < 4000 THEN
            v_sql := '';
            FOR i IN 1 .. cardinality(v_words) LOOP
                v_sql := v_sql || CASE WHEN i > 1 THEN ' UNION ALL ' ELSE '' END || format(
                    '(SELECT k.last_name_key, k.first_name_key, k.person_id FROM person_name_keys k'
                    ' WHERE k.word = $6[%s] ORDER BY k.last_name_key, k.first_name_key, k.person_id)', i);
            END LOOP;
            FOR i IN 1 .. cardinality(v_patterns) LOOP
                CONTINUE WHEN i = v_lead;
                v_where := v_where || format(
                    ' AND EXISTS (SELECT 1 FROM persons p WHERE p.id = w.id AND p.search_key LIKE $1[%s] OFFSET 0)',
                    i);
            END LOOP;
            FOR i IN 1 .. cardinality(v_prefixes) LOOP
                v_where := v_where || format(
                    ' AND EXISTS (SELECT 1 FROM person_name_keys k WHERE k.person_id = w.id'
                    ' AND k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                    ' AND left(k.word, length($2[%1$s])) = $2[%1$s] OFFSET 0)', i);
            END LOOP;
            v_sql := 'SELECT w.id FROM (SELECT DISTINCT m.last_name_key, m.first_name_key, m.person_id AS id FROM ('
                  || v_sql || ') m ORDER BY m.last_name_key, m.first_name_key, m.person_id) w WHERE true'
                  || v_where || ' AND ' || format(v_visible, 'w.id') || ' LIMIT $5';
            -- The point is the order of the index: without statistics of the limit's effect the planner
            -- may prefer to collect and sort every candidate; sorting is switched off for this one query.
            PERFORM set_config('enable_sort', 'off', true);
            PERFORM set_config('enable_bitmapscan', 'off', true);
            RETURN QUERY EXECUTE v_sql USING v_patterns, v_prefixes, c.team_keys, c.mine, p_limit, v_words;
            PERFORM set_config('enable_sort', v_sort, true);
            PERFORM set_config('enable_bitmapscan', v_bitmap, true);
            RETURN;
        END IF;
    END IF;
    -- Otherwise as revision 0001: one LIKE per pattern (the trigram index serves an AND of LIKEs in one
    -- bitmap scan); prefixes as ranges on person_name_keys (C collation), driving the query without
    -- substrings, per-candidate probes with them.
    FOR i IN 1 .. cardinality(v_patterns) LOOP
        v_where := v_where || format(' AND p.search_key LIKE $1[%s]', i);
    END LOOP;
    FOR i IN 1 .. cardinality(v_prefixes) LOOP
        IF cardinality(v_patterns) = 0 THEN
            v_where := v_where || format(
                ' AND p.id IN (SELECT k.person_id FROM person_name_keys k'
                ' WHERE k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                ' AND left(k.word, length($2[%1$s])) = $2[%1$s])', i);
        ELSE
            v_where := v_where || format(
                ' AND EXISTS (SELECT 1 FROM person_name_keys k WHERE k.person_id = p.id'
                ' AND k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                ' AND left(k.word, length($2[%1$s])) = $2[%1$s] OFFSET 0)', i);
        END IF;
    END LOOP;
    IF p_limit IS NULL THEN
        v_sql := 'SELECT p.id FROM persons p WHERE true' || v_where
              || ' AND ' || format(v_visible, 'p.id');
    ELSE
        -- Matches first (index scans), sorted, then the visibility test lazily until p_limit rows pass
        -- (OFFSET 0 keeps the test above the sort).
        v_sql := 'WITH m AS MATERIALIZED (SELECT p.id, p.last_name_key, p.first_name_key FROM persons p'
              || ' WHERE true' || v_where || ')'
              || ' SELECT s.id FROM (SELECT m.id FROM m ORDER BY m.last_name_key, m.first_name_key, m.id'
              || ' OFFSET 0) s WHERE ' || format(v_visible, 's.id') || ' LIMIT $5';
    END IF;
    RETURN QUERY EXECUTE v_sql USING v_patterns, v_prefixes, c.team_keys, c.mine, p_limit;
END
$fn$;

REVOKE ALL ON FUNCTION maane_search_persons(text[], text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_search_persons(text[], text[], integer) TO maane_app;

-- A number typed into the people search box: the visible persons with that ID number (of a kind that
-- carries one) or with that phone (its digits), in name order, at most p_limit (NULL: all). Two probes of
-- ix_persons_id_number (id_kind, id_number) and ix_person_phones_digits, then the visibility rule of
-- maane_search_persons per person found (a handful). As a definer function the two probes are planned
-- without the persons and person_phones policies (under them the same statement took 1-2 ms to plan and
-- run, per search). Nothing for an admin, an unknown or an inactive login, or empty criteria.
CREATE OR REPLACE FUNCTION maane_search_persons_by_number(p_id_number text, p_phone text, p_limit integer)
RETURNS SETOF integer
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
DECLARE
    c maane_user_contexts%ROWTYPE;
BEGIN
    SELECT * INTO c FROM maane_user_contexts WHERE username = session_user::text;
    IF NOT FOUND OR c.role = 'admin' OR (coalesce(p_id_number, '') = '' AND coalesce(p_phone, '') = '') THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT p.id FROM persons p
    WHERE p.id IN (SELECT q.id FROM persons q WHERE q.id_kind IN ('il', 'passport') AND q.id_number = nullif(p_id_number, '')
                   UNION SELECT ph.person_id FROM person_phones ph WHERE ph.digits = nullif(p_phone, ''))
      AND (c.role = 'manager' OR coalesce((
            SELECT bool_or(coalesce(maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted,
                                                    f.worker_id), false))
            FROM family_members fm JOIN family_files f ON f.id = fm.file_id
            WHERE fm.person_id = p.id), true))
    ORDER BY p.last_name_key, p.first_name_key, p.id
    LIMIT p_limit;
END
$fn$;
REVOKE ALL ON FUNCTION maane_search_persons_by_number(text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_search_persons_by_number(text, text, integer) TO maane_app;

-- ---------------------------------------------------------------------------------------------------
-- The family search in list order (PostgreSQL only; SQLite searches with its own indexes).
--
-- file_name_words (the table, its indexes and its rows are made by revision 0010 itself, its security is
-- "none": no Maane role reads or writes it) holds each word of each member of each file, once per file, with
-- the file's list order (family_name_key, file_number); indexed by word and by a word's first one and two
-- letters, each in list order, the files a word or a prefix finds come already in the order of the list,
-- and the first page stops after its last row, where collecting and sorting every matching file ("ש":
-- 21,586 files of 100,000) took 0.3-1 s. The triggers below keep it, past row-level security (definer).

-- New (file, word) pairs: of members added, or words added to persons who are members.
CREATE OR REPLACE FUNCTION search_file_words_members_added()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    INSERT INTO file_name_words (file_id, word, family_name_key, file_number)
    SELECT DISTINCT n.file_id, k.word, f.family_name_key, f.file_number
    FROM new_rows n JOIN person_name_keys k ON k.person_id = n.person_id JOIN family_files f ON f.id = n.file_id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$fn$;
CREATE OR REPLACE FUNCTION search_file_words_keys_added()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    INSERT INTO file_name_words (file_id, word, family_name_key, file_number)
    SELECT DISTINCT m.file_id, n.word, f.family_name_key, f.file_number
    FROM new_rows n JOIN family_members m ON m.person_id = n.person_id JOIN family_files f ON f.id = m.file_id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$fn$;
-- Pairs that may have gone: of members removed, or words removed from persons who are members; each is
-- removed unless another member of the file still has the word.
CREATE OR REPLACE FUNCTION search_file_words_members_removed()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    DELETE FROM file_name_words w
    USING (SELECT DISTINCT o.file_id, k.word FROM old_rows o JOIN person_name_keys k ON k.person_id = o.person_id) d
    WHERE w.file_id = d.file_id AND w.word = d.word
      AND NOT EXISTS (SELECT 1 FROM family_members m JOIN person_name_keys k ON k.person_id = m.person_id
                      WHERE m.file_id = d.file_id AND k.word = d.word);
    RETURN NULL;
END
$fn$;
CREATE OR REPLACE FUNCTION search_file_words_keys_removed()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    DELETE FROM file_name_words w
    USING (SELECT DISTINCT m.file_id, o.word FROM old_rows o JOIN family_members m ON m.person_id = o.person_id) d
    WHERE w.file_id = d.file_id AND w.word = d.word
      AND NOT EXISTS (SELECT 1 FROM family_members m JOIN person_name_keys k ON k.person_id = m.person_id
                      WHERE m.file_id = d.file_id AND k.word = d.word);
    RETURN NULL;
END
$fn$;
-- A member moved (UPDATE of file_id or person_id, which the services never do): as removed, then added.
CREATE OR REPLACE FUNCTION search_file_words_members_moved()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    DELETE FROM file_name_words w
    USING (SELECT DISTINCT o.file_id, k.word FROM old_rows o JOIN person_name_keys k ON k.person_id = o.person_id) d
    WHERE w.file_id = d.file_id AND w.word = d.word
      AND NOT EXISTS (SELECT 1 FROM family_members m JOIN person_name_keys k ON k.person_id = m.person_id
                      WHERE m.file_id = d.file_id AND k.word = d.word);
    INSERT INTO file_name_words (file_id, word, family_name_key, file_number)
    SELECT DISTINCT n.file_id, k.word, f.family_name_key, f.file_number
    FROM new_rows n JOIN person_name_keys k ON k.person_id = n.person_id JOIN family_files f ON f.id = n.file_id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$fn$;
-- A word rewritten in place (UPDATE of person_name_keys.word or person_id, which the services never do: they
-- delete and insert): as removed, then added, and the new word listed in person_name_words.
CREATE OR REPLACE FUNCTION search_name_keys_moved()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    DELETE FROM file_name_words w
    USING (SELECT DISTINCT m.file_id, o.word FROM old_rows o JOIN family_members m ON m.person_id = o.person_id) d
    WHERE w.file_id = d.file_id AND w.word = d.word
      AND NOT EXISTS (SELECT 1 FROM family_members m JOIN person_name_keys k ON k.person_id = m.person_id
                      WHERE m.file_id = d.file_id AND k.word = d.word);
    INSERT INTO file_name_words (file_id, word, family_name_key, file_number)
    SELECT DISTINCT m.file_id, n.word, f.family_name_key, f.file_number
    FROM new_rows n JOIN family_members m ON m.person_id = n.person_id JOIN family_files f ON f.id = m.file_id
    ON CONFLICT DO NOTHING;
    INSERT INTO person_name_words (word) SELECT DISTINCT n.word FROM new_rows n ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION search_name_keys_moved() FROM PUBLIC;
DROP TRIGGER IF EXISTS person_name_keys_moved ON person_name_keys;
CREATE TRIGGER person_name_keys_moved AFTER UPDATE ON person_name_keys
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_name_keys_moved();

-- A file renamed or renumbered: its words follow in the list order.
CREATE OR REPLACE FUNCTION search_file_words_file_sort()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    UPDATE file_name_words w SET family_name_key = NEW.family_name_key, file_number = NEW.file_number
    WHERE w.file_id = NEW.id;
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION search_file_words_members_added() FROM PUBLIC;
REVOKE ALL ON FUNCTION search_file_words_keys_added() FROM PUBLIC;
REVOKE ALL ON FUNCTION search_file_words_members_removed() FROM PUBLIC;
REVOKE ALL ON FUNCTION search_file_words_keys_removed() FROM PUBLIC;
REVOKE ALL ON FUNCTION search_file_words_members_moved() FROM PUBLIC;
REVOKE ALL ON FUNCTION search_file_words_file_sort() FROM PUBLIC;

DROP TRIGGER IF EXISTS file_name_words_members_added ON family_members;
CREATE TRIGGER file_name_words_members_added AFTER INSERT ON family_members
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_file_words_members_added();
DROP TRIGGER IF EXISTS file_name_words_members_removed ON family_members;
CREATE TRIGGER file_name_words_members_removed AFTER DELETE ON family_members
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_file_words_members_removed();
DROP TRIGGER IF EXISTS file_name_words_members_moved ON family_members;
CREATE TRIGGER file_name_words_members_moved AFTER UPDATE ON family_members
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_file_words_members_moved();
DROP TRIGGER IF EXISTS file_name_words_keys_added ON person_name_keys;
CREATE TRIGGER file_name_words_keys_added AFTER INSERT ON person_name_keys
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_file_words_keys_added();
DROP TRIGGER IF EXISTS file_name_words_keys_removed ON person_name_keys;
CREATE TRIGGER file_name_words_keys_removed AFTER DELETE ON person_name_keys
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_file_words_keys_removed();
DROP TRIGGER IF EXISTS file_name_words_file_sort ON family_files;
CREATE TRIGGER file_name_words_file_sort AFTER UPDATE OF family_name_key, file_number ON family_files
    FOR EACH ROW WHEN (OLD.family_name_key IS DISTINCT FROM NEW.family_name_key
                       OR OLD.file_number IS DISTINCT FROM NEW.file_number)
    EXECUTE FUNCTION search_file_words_file_sort();

-- maane_search_files(text[], text[], text, text, boolean, integer), replaced: revision 0008's, with a page of
-- a name search read from file_name_words in list order (below, "A page (revision 0010)"); the rest as in
-- revision 0008.
CREATE OR REPLACE FUNCTION maane_search_files(
    p_substrings text[], p_prefixes text[], p_id_number text, p_phone text, p_include_closed boolean,
    p_limit integer)
RETURNS SETOF integer
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
DECLARE
    c maane_user_contexts%ROWTYPE;
    v_patterns text[];
    v_prefixes text[];
    v_where text := '';
    v_member text := '';
    v_persons text;
    v_files text;
    v_sql text;
    i integer;
    v_ids integer[];
    v_walk integer;
    v_dense bigint;
    v_count bigint;
    v_lead integer;
    v_words text[];
    v_source text;
    v_sort text := current_setting('enable_sort');
    v_bitmap text := current_setting('enable_bitmapscan');
    v_hash text := current_setting('enable_hashjoin');
BEGIN
    SELECT * INTO c FROM maane_user_contexts WHERE username = session_user::text;
    IF NOT FOUND OR c.role = 'admin' THEN
        RETURN;
    END IF;
    v_patterns := ARRAY(
        SELECT DISTINCT '%' || replace(replace(replace(s, '\', '\\'), '%', '\%'), '_', '\_') || '%'
        FROM unnest(coalesce(p_substrings, '{}'::text[])) AS s
        WHERE coalesce(s, '') <> '');
    v_prefixes := ARRAY(
        SELECT DISTINCT s FROM unnest(coalesce(p_prefixes, '{}'::text[])) AS s WHERE coalesce(s, '') <> '');
    -- The visible files in list order (the rule on the file's own columns, as in revision 0001).
    v_files := ' coalesce(maane_file_rule($3, $4, f.id, f.team_id, f.restricted, f.worker_id), false)'
            || ' AND ($5 OR f.status = ''open'')';
    IF cardinality(v_patterns) > 0 OR cardinality(v_prefixes) > 0 THEN
        -- The person criteria of maane_search_persons (revision 0001): every substring inside the search
        -- key, every prefix starting some name word (person_name_keys, in the C collation).
        FOR i IN 1 .. cardinality(v_patterns) LOOP
            v_where := v_where || format(' AND p.search_key LIKE $1[%s]', i);
            v_member := v_member || format(' AND p.search_key LIKE $1[%s]', i);
        END LOOP;
        FOR i IN 1 .. cardinality(v_prefixes) LOOP
            v_member := v_member || format(
                ' AND EXISTS (SELECT 1 FROM person_name_keys k WHERE k.person_id = p.id'
                ' AND k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                ' AND left(k.word, length($2[%1$s])) = $2[%1$s] OFFSET 0)', i);
        END LOOP;
        -- Many matches: walk the list order, probing the members of each visible file (a member of a
        -- visible file is visible through it), until p_limit files match. Only for a name prefix that
        -- starts the words of at least one person in 20 (counted on ix_person_name_keys_word, up to that
        -- number): fewer, or a substring (3+ letters rarely name a member of one file in ten), and the
        -- matches are too sparse for a walk, or sit in one block of family names far down the order ("כהן").
        -- 400 files of the order, then 4,000 if the matches seen promise enough there; otherwise the
        -- collecting plan below runs, after a few wasted milliseconds.
        -- A page (revision 0010): the files a word or a prefix finds come in list order from
        -- file_name_words; the lead is a substring (its words in person_name_words, each word's files merged)
        -- or else the longest prefix (the letter index); each file once, the rule and the status on the
        -- file's row, and, when the query has more than the lead, a probe of the file's members with every
        -- criterion (one member must match them all); the scan stops at the p_limit-th file.
        IF p_limit IS NOT NULL AND p_limit > 0 THEN
            v_lead := NULL;
            IF cardinality(v_patterns) > 0 THEN
                SELECT n INTO v_lead FROM generate_subscripts(v_patterns, 1) AS n
                ORDER BY length(v_patterns[n]) DESC, n LIMIT 1;
                v_words := ARRAY(SELECT w.word FROM person_name_words w WHERE w.word LIKE v_patterns[v_lead]
                                 ORDER BY w.word LIMIT 65);
                IF cardinality(v_words) = 0 THEN
                    RETURN;
                END IF;
                IF cardinality(v_words) <= 64 THEN
                    v_source := '';
                    FOR i IN 1 .. cardinality(v_words) LOOP
                        v_source := v_source || CASE WHEN i > 1 THEN ' UNION ALL ' ELSE '' END || format(
                            '(SELECT x.family_name_key, x.file_number, x.file_id FROM file_name_words x'
                            ' WHERE x.word = $10[%s] ORDER BY x.family_name_key, x.file_number, x.file_id)', i);
                    END LOOP;
                ELSE
                    v_lead := NULL;
                END IF;
            ELSIF (SELECT max(length(s)) FROM unnest(v_prefixes) AS s) <= 2 THEN
                SELECT n INTO v_lead FROM generate_subscripts(v_prefixes, 1) AS n
                ORDER BY length(v_prefixes[n]) DESC, n LIMIT 1;
                v_source := format('SELECT x.family_name_key, x.file_number, x.file_id FROM file_name_words x'
                                   ' WHERE substr(x.word, 1, %1$s) = $2[%2$s]', length(v_prefixes[v_lead]), v_lead);
            END IF;
            IF v_lead IS NOT NULL THEN
                v_sql := 'SELECT s.file_id FROM (SELECT DISTINCT m.family_name_key, m.file_number, m.file_id FROM ('
                      || v_source || ') m ORDER BY m.family_name_key, m.file_number, m.file_id) s'
                      || ' JOIN family_files f ON f.id = s.file_id WHERE' || v_files;
                IF cardinality(v_patterns) + cardinality(v_prefixes) > 1 THEN
                    -- first what the file's own words say (a few probes of its key), then its members
                    FOR i IN 1 .. cardinality(v_patterns) LOOP
                        v_sql := v_sql || format(' AND EXISTS (SELECT 1 FROM file_name_words y'
                              || ' WHERE y.file_id = s.file_id AND y.word LIKE $1[%s] OFFSET 0)', i);
                    END LOOP;
                    FOR i IN 1 .. cardinality(v_prefixes) LOOP
                        v_sql := v_sql || format(' AND EXISTS (SELECT 1 FROM file_name_words y'
                              || ' WHERE y.file_id = s.file_id AND y.word >= $2[%1$s]'
                              || ' AND y.word < $2[%1$s] || chr(1114111) OFFSET 0)', i);
                    END LOOP;
                    v_sql := v_sql || ' AND EXISTS (SELECT 1 FROM family_members fm JOIN persons p ON p.id = fm.person_id'
                          || ' WHERE fm.file_id = s.file_id' || v_member || ' OFFSET 0)';
                END IF;
                v_sql := v_sql || ' LIMIT $7';
                PERFORM set_config('enable_sort', 'off', true);
                PERFORM set_config('enable_bitmapscan', 'off', true);
                PERFORM set_config('enable_hashjoin', 'off', true);
                RETURN QUERY EXECUTE v_sql
                    USING v_patterns, v_prefixes, c.team_keys, c.mine, coalesce(p_include_closed, true), v_walk,
                          p_limit, NULL::text, NULL::text, v_words;
                PERFORM set_config('enable_sort', v_sort, true);
                PERFORM set_config('enable_bitmapscan', v_bitmap, true);
                PERFORM set_config('enable_hashjoin', v_hash, true);
                RETURN;
            END IF;
        END IF;
        IF p_limit IS NOT NULL AND p_limit BETWEEN 1 AND 500 AND cardinality(v_patterns) = 0 THEN
            SELECT greatest(c2.reltuples, 20)::bigint / 20 INTO v_dense FROM pg_class c2
            WHERE c2.oid = 'persons'::regclass;
            EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM person_name_keys k WHERE k.word >= $1'
                 || ' AND k.word < $1 || chr(1114111) AND left(k.word, length($1)) = $1 LIMIT $2) x'
                INTO v_count USING v_prefixes[1], v_dense;
            IF v_count < v_dense THEN
                v_walk := 4000;  -- no walk
            END IF;
        END IF;
        IF p_limit IS NOT NULL AND p_limit BETWEEN 1 AND 500 AND cardinality(v_patterns) = 0
                AND v_walk IS NULL THEN
            v_walk := 400;
            LOOP
                -- The walk stops at the p_limit-th match: the sub-select comes out in list order already.
                EXECUTE 'SELECT coalesce(array_agg(w.id ORDER BY w.k, w.num, w.id), ''{}'') FROM'
                     || ' (SELECT s.id, s.k, s.num FROM (SELECT f.id, f.family_name_key AS k, f.file_number AS num'
                     || ' FROM family_files f WHERE' || v_files
                     || ' ORDER BY f.family_name_key, f.file_number, f.id LIMIT $6) s'
                     || ' WHERE EXISTS (SELECT 1 FROM family_members fm JOIN persons p ON p.id = fm.person_id'
                     || ' WHERE fm.file_id = s.id' || v_member || ' OFFSET 0)'
                     || ' ORDER BY s.k, s.num, s.id LIMIT $7) w'
                    INTO v_ids
                    USING v_patterns, v_prefixes, c.team_keys, c.mine, coalesce(p_include_closed, true),
                          v_walk, p_limit;
                IF cardinality(v_ids) >= p_limit THEN
                    RETURN QUERY SELECT u.id FROM unnest(v_ids) WITH ORDINALITY AS u(id, n) ORDER BY u.n;
                    RETURN;
                END IF;
                EXIT WHEN v_walk >= 4000 OR cardinality(v_ids) * 10 < p_limit;
                v_walk := 4000;
            END LOOP;
        END IF;
        IF cardinality(v_patterns) = 0 THEN
            -- Prefixes alone are answered from person_name_keys without reading persons.
            v_persons := 'SELECT k.person_id FROM person_name_keys k'
                      || ' WHERE k.word >= $2[1] AND k.word < $2[1] || chr(1114111)'
                      || ' AND left(k.word, length($2[1])) = $2[1]';
            FOR i IN 2 .. cardinality(v_prefixes) LOOP
                v_persons := v_persons || format(
                    ' AND k.person_id IN (SELECT k%1$s.person_id FROM person_name_keys k%1$s'
                    ' WHERE k%1$s.word >= $2[%1$s] AND k%1$s.word < $2[%1$s] || chr(1114111)'
                    ' AND left(k%1$s.word, length($2[%1$s])) = $2[%1$s])', i);
            END LOOP;
        ELSE
            FOR i IN 1 .. cardinality(v_prefixes) LOOP
                v_where := v_where || format(
                    ' AND EXISTS (SELECT 1 FROM person_name_keys k WHERE k.person_id = p.id'
                    ' AND k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                    ' AND left(k.word, length($2[%1$s])) = $2[%1$s] OFFSET 0)', i);
            END LOOP;
            v_persons := 'SELECT p.id FROM persons p WHERE true' || v_where;
        END IF;
    ELSIF coalesce(p_id_number, '') <> '' OR coalesce(p_phone, '') <> '' THEN
        v_persons := 'SELECT p.id FROM persons p WHERE p.id_kind IN (''il'', ''passport'') AND p.id_number = $8'
                  || ' UNION SELECT ph.person_id FROM person_phones ph WHERE ph.digits = $9';
    ELSE
        RETURN;
    END IF;
    -- Planned for every match (a materialized CTE), then cut: with the limit in view the planner walked
    -- the list order testing every file's members (460 ms for "כהן" at 20,000 files).
    v_sql := 'WITH r AS MATERIALIZED (SELECT f.id FROM family_files f'
          || ' WHERE f.id IN (SELECT fm.file_id FROM family_members fm WHERE fm.person_id IN ('
          || v_persons || ')) AND' || v_files
          || ' ORDER BY f.family_name_key, f.file_number, f.id) SELECT r.id FROM r LIMIT $7';
    RETURN QUERY EXECUTE v_sql
        USING v_patterns, v_prefixes, c.team_keys, c.mine, coalesce(p_include_closed, true), v_walk,
              p_limit, nullif(p_id_number, ''), nullif(p_phone, '');
END
$fn$;

REVOKE ALL ON FUNCTION maane_search_files(text[], text[], text, text, boolean, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_search_files(text[], text[], text, text, boolean, integer) TO maane_app;

-- A page of the people search in one statement: the ids maane_search_persons (names) or
-- maane_search_persons_by_number (an ID number or a phone) return for the session's login, in their order,
-- with the persons' columns the search shows and their phones. It returns no person those functions did not
-- return (they apply the rule), so it widens nothing; reading the page here spares two statements planned
-- under the persons and person_phones policies (1-2 ms a search).
CREATE OR REPLACE FUNCTION maane_search_persons_page(
    p_substrings text[], p_prefixes text[], p_id_number text, p_phone text, p_limit integer)
RETURNS TABLE (id integer, version integer, id_kind text, id_number text, first_name text, last_name text,
               first_name_ar text, last_name_ar text, first_name_lat text, last_name_lat text, birth_date date,
               sex text, preferred_language text, phones text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
DECLARE
    v_ids integer[];
BEGIN
    IF cardinality(coalesce(p_substrings, '{}'::text[])) > 0 OR cardinality(coalesce(p_prefixes, '{}'::text[])) > 0
    THEN
        v_ids := ARRAY(SELECT s.x FROM maane_search_persons(p_substrings, p_prefixes, p_limit) AS s(x));
    ELSE
        v_ids := ARRAY(SELECT s.x FROM maane_search_persons_by_number(p_id_number, p_phone, p_limit) AS s(x));
    END IF;
    RETURN QUERY
    SELECT p.id, p.version, p.id_kind::text, p.id_number::text, p.first_name::text, p.last_name::text,
           p.first_name_ar::text, p.last_name_ar::text, p.first_name_lat::text, p.last_name_lat::text,
           p.birth_date, p.sex::text, p.preferred_language::text,
           ARRAY(SELECT ph.number::text FROM person_phones ph WHERE ph.person_id = p.id ORDER BY ph.position, ph.id)
    FROM unnest(v_ids) WITH ORDINALITY AS u(pid, n) JOIN persons p ON p.id = u.pid
    ORDER BY u.n;
END
$fn$;
REVOKE ALL ON FUNCTION maane_search_persons_page(text[], text[], text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_search_persons_page(text[], text[], text, text, integer) TO maane_app;
