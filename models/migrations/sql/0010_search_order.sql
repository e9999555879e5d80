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
