-- Maane revision 0012 (downgrade): maane_search_persons as revision 0010 wrote it, copied verbatim.
-- Frozen: its sha256 is held by tests/unit/models/test_security.py; never edit.

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
