-- Maane revision 0012: the people search of two words of a rare combination (issue 6, "PostgreSQL speed with
-- row-level security").
--
-- maane_search_persons(text[], text[], integer), replaced: revision 0010's, with one change in the page of a
-- substring search ("יעל פר", "נועה ל", "משה כהן": 3+ letters and other words). Revision 0010 walked the
-- persons of the lead word (the substring whose words hold the fewest persons) in name order, testing the
-- other words and the visibility per person, until p_limit passed: for a rare combination that tests every
-- person of the lead (up to 4,000; "יעל פר" as a family worker: 3,900 persons for a handful of matches,
-- 5.6 ms median as the manager and 9.1 as a family worker at 100,000 files). Now, when there are other words
-- and the lead has more than 4 pages of persons, the walk stops after the lead's first 4 * p_limit persons;
-- if it found a page, that is the answer (the first persons in name order). If not, and each prefix of the
-- query has fewer than 3 times the lead's entries (counted up to that), the lead's persons are intersected
-- with the persons of each other word (an IN that the planner joins by hashing one side or by probes of the
-- (person_id, word) key, as its estimates say; another substring through its words, 64 at most, when
-- person_name_words gave them, otherwise its LIKE on the search key, as before), the intersection is sorted
-- in name order and the visibility tested on it lazily until p_limit pass ("יעל פר": 3,933 persons of
-- "יעל", 10,759 entries of "פר", 163 in both). Otherwise (a prefix of many more entries: "נועה ל", 26,688 of
-- "ל", where the hash would cost more than the probes) the walk goes on as in revision 0010. Same rows, same
-- order, same visibility rule as revision 0010 (a substring is inside the search key exactly when it is
-- inside one of its words: a query word holds no space). Every other case is answered as before.
--
-- Run by revision 0012 as one simple-protocol script, by a superuser (or a role with BYPASSRLS that owns
-- the tables). Frozen: its sha256 is held by tests/unit/models/test_security.py; change the database in a
-- new revision, never here. The downgrade runs 0012_search_words_down.sql (revision 0010's function).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION '0012_search_words.sql must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

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
    v_lists text[] := '{}';
    v_ids integer[];
    v_cand text;
    v_union text;
    v_small boolean := false;
    v_estimate double precision;
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
            v_lists[i] := v_found::text;
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
            -- Other criteria, and more persons of the lead than a walk of its first 4 pages tests quickly:
            -- those first persons are walked (as above, in name order); a page found there is the answer
            -- (a common combination: "משה כהן"). Otherwise the combination is rare ("יעל פר", "נועה ל"),
            -- and testing the lead's persons one by one until p_limit pass would test all of them: the
            -- lead's persons are intersected with each other word's (an IN that the planner joins by
            -- hashing the smaller side, or probes the (person_id, word) key per person, whichever its
            -- estimates find cheaper: it knows how many entries each word and each prefix has), the few
            -- left are sorted, and the visibility is tested on them in name order until p_limit pass.
            IF cardinality(v_patterns) + cardinality(v_prefixes) > 1 AND v_best > 4 * p_limit THEN
                -- A prefix of more than 3 times the lead's entries ("ל": 26,688 against the 3,837 of "נועה")
                -- costs more to hash than the walk costs: then the walk, as revision 0010. Its entries as
                -- the statistics of its letter index estimate them (its most common values: every letter,
                -- the common pairs; a pair not among them is rarer than all of them; no statistics, as
                -- few). Counting them cost as much as the walk.
                v_cand := '';
                v_small := true;
                FOR i IN 1 .. cardinality(v_prefixes) LOOP
                    IF length(v_prefixes[i]) > 2 THEN  -- (the client sends 1-2 letters: the letter indexes)
                        v_small := false;
                        EXIT;
                    END IF;
                    SELECT max(r.reltuples * m.f) INTO v_estimate
                    FROM pg_class r, pg_stats s,
                         unnest(s.most_common_vals::text::text[], s.most_common_freqs) AS m(v, f)
                    WHERE r.oid = 'person_name_keys'::regclass AND s.schemaname = 'public'
                      AND s.tablename = 'ix_person_name_keys_letter' || length(v_prefixes[i])
                      AND m.v = v_prefixes[i];
                    IF coalesce(v_estimate, 0) >= 3 * v_best THEN
                        v_small := false;
                        EXIT;
                    END IF;
                    v_cand := v_cand || format(
                        ' AND l.person_id IN (SELECT k.person_id FROM person_name_keys k'
                        ' WHERE k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                        ' AND left(k.word, length($2[%1$s])) = $2[%1$s])', i);
                END LOOP;
            END IF;
            IF v_small THEN
                v_union := v_sql;
                v_sql := 'SELECT w.id FROM (SELECT DISTINCT m.last_name_key, m.first_name_key, m.person_id AS id'
                      || ' FROM (' || v_union || ') m ORDER BY m.last_name_key, m.first_name_key, m.person_id'
                      || ' LIMIT 4 * $5) w WHERE true' || v_where || ' AND ' || format(v_visible, 'w.id')
                      || ' LIMIT $5';
                PERFORM set_config('enable_sort', 'off', true);
                PERFORM set_config('enable_bitmapscan', 'off', true);
                EXECUTE 'SELECT ARRAY(' || v_sql || ')' INTO v_ids
                    USING v_patterns, v_prefixes, c.team_keys, c.mine, p_limit, v_words;
                PERFORM set_config('enable_sort', v_sort, true);
                PERFORM set_config('enable_bitmapscan', v_bitmap, true);
                IF cardinality(v_ids) >= p_limit THEN
                    RETURN QUERY SELECT u.x FROM unnest(v_ids) WITH ORDINALITY AS u(x, n) ORDER BY u.n;
                    RETURN;
                END IF;
                FOR i IN 1 .. cardinality(v_patterns) LOOP
                    CONTINUE WHEN i = v_lead;
                    IF v_lists[i] IS NOT NULL THEN  -- its words (64 at most): the same test as the LIKE
                        v_cand := v_cand || format(' AND l.person_id IN (SELECT k.person_id FROM person_name_keys k'
                                                   ' WHERE k.word = ANY (%L::text[]))', v_lists[i]);
                    ELSE
                        v_cand := v_cand || format(' AND EXISTS (SELECT 1 FROM persons p WHERE p.id = l.person_id'
                                                   ' AND p.search_key LIKE $1[%s])', i);
                    END IF;
                END LOOP;
                v_sql := 'SELECT s.id FROM (SELECT m.id FROM (SELECT DISTINCT l.last_name_key, l.first_name_key,'
                      || ' l.person_id AS id FROM person_name_keys l WHERE l.word = ANY ($6)' || v_cand || ') m'
                      || ' ORDER BY m.last_name_key, m.first_name_key, m.id OFFSET 0) s WHERE '
                      || format(v_visible, 's.id') || ' LIMIT $5';
                RETURN QUERY EXECUTE v_sql USING v_patterns, v_prefixes, c.team_keys, c.mine, p_limit, v_words;
                RETURN;
            END IF;
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
