-- Maane revision 0007: no login changes a user's role or team by itself (issue 6, hole 2), and reads of case
-- tables can be logged by pgaudit.
--
-- The hole: maane_admin may UPDATE users, and the policies derive a login's case access from its users row
-- (maane_user_contexts: role, team_id, active, matched by username). The administrator set his own role to
-- manager inside a transaction, read every file, rolled back: no trace. Now:
--   * the trigger maane_users_guard (declared on users, models.security "guard") refuses to every Maane login
--     (a member of maane_app, directly or through SET ROLE; not a superuser or BYPASSRLS role such as the
--     migrations, `maane user add` and the definer functions below, which run as their owner, nor a database
--     administrator outside the Maane roles) a change of a user's id, username, role or
--     team_id, a new account that is active, and making an inactive account active. What remains writable
--     to the administrator (full name, deactivation, the SQLite password and lock-out columns) decides no
--     access but less of it;
--   * role, team and activation change only through two definer functions and two people:
--     maane_request_staff_change (an active administrator or the manager asks; never for himself; the
--     request is COMMITTED in a transaction of its own, in staff_changes, where the asker's later rollback
--     cannot reach it) and maane_decide_staff_change (another active administrator or the manager, neither
--     the asker nor the staff member concerned, approves or refuses; an approval applies the change to users
--     and moves the login to the group role of the new role, in the approver's transaction). The audit
--     trigger records both rows. Nobody can widen his own access inside one transaction any more: every
--     step that widens anyone's access needs a row another person committed;
--   * maane_create_staff_login and maane_set_staff_password: the administrator creates a staff member's
--     login (in the group role of the requested role, its users row inactive until a change is approved)
--     and sets a login's password, from a SCRAM verifier computed by the client (the clear password never
--     reaches the server). A password is reset only in a committed transaction (a new connection needs it),
--     recorded by the service's audit event.
--   * pgaudit object auditing: the role maane_auditor (NOLOGIN, nobody is a member) holds SELECT on every
--     case table, and the database's pgaudit.role names it. Where the server loads pgaudit
--     (shared_preload_libraries = 'pgaudit', a restart) every SELECT, INSERT, UPDATE, DELETE on those tables,
--     by any login, is written to the server log, which no rollback reaches. Without pgaudit the setting is
--     an inert placeholder.
--
-- As one simple-protocol script, by a superuser (or a role with BYPASSRLS that owns the tables). Frozen: its
-- sha256 is held by tests/unit/test_security.py; change the database in a new revision, never here.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION '0007_staff_changes.sql must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

-- The guard. Not SECURITY DEFINER: it asks who runs the statement (current_user: the login, or the owner
-- of the definer function that writes).
CREATE OR REPLACE FUNCTION maane_users_guard()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls))
       OR NOT pg_has_role(current_user, 'maane_app', 'MEMBER') THEN
        RETURN NEW;  -- the owner, a definer function, or the department's database administrator
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.active IS NOT FALSE THEN
            RAISE EXCEPTION 'a new account starts inactive: an approved staff change activates it'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.username IS DISTINCT FROM OLD.username THEN
        RAISE EXCEPTION 'a user''s id and name do not change'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.role IS DISTINCT FROM OLD.role OR NEW.team_id IS DISTINCT FROM OLD.team_id THEN
        RAISE EXCEPTION 'role and team change only through an approved staff change (maane_request_staff_change)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.active IS DISTINCT FROM OLD.active AND NEW.active IS NOT FALSE THEN
        RAISE EXCEPTION 'an account is made active only through an approved staff change'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION maane_users_guard() FROM PUBLIC;

-- The caller (session_user) as an active administrator or manager, or an error.
CREATE OR REPLACE FUNCTION maane_staff_officer()
RETURNS users
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    me users%ROWTYPE;
BEGIN
    SELECT * INTO me FROM users WHERE username = session_user::text AND active;
    IF NOT FOUND OR me.role NOT IN ('admin', 'manager') THEN
        RAISE EXCEPTION 'only an active administrator or the manager changes staff accounts'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN me;
END
$fn$;
REVOKE ALL ON FUNCTION maane_staff_officer() FROM PUBLIC;

CREATE OR REPLACE FUNCTION maane_request_staff_change(
    p_user_id integer, p_role text, p_team_id integer, p_activate boolean)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    me users%ROWTYPE := maane_staff_officer();
    target users%ROWTYPE;
    v_id integer;
BEGIN
    SELECT * INTO target FROM users WHERE id = p_user_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_user_id USING ERRCODE = 'no_data_found';
    END IF;
    IF target.id = me.id THEN
        RAISE EXCEPTION 'nobody changes his own role or team' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_team_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM teams WHERE id = p_team_id) THEN
        RAISE EXCEPTION 'no team %', p_team_id USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO staff_changes (user_id, old_role, new_role, old_team_id, new_team_id, activate, requested_by,
                               requested_at)
    VALUES (target.id, target.role, p_role, target.team_id, p_team_id, coalesce(p_activate, false),
            session_user, clock_timestamp())
    RETURNING id INTO v_id;
    RETURN v_id;
END
$fn$;

CREATE OR REPLACE FUNCTION maane_decide_staff_change(p_change_id integer, p_approve boolean)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    me users%ROWTYPE := maane_staff_officer();
    c staff_changes%ROWTYPE;
    target users%ROWTYPE;
    r text;
BEGIN
    SELECT * INTO c FROM staff_changes WHERE id = p_change_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff change %', p_change_id USING ERRCODE = 'no_data_found';
    END IF;
    IF c.decided_at IS NOT NULL THEN
        RAISE EXCEPTION 'staff change % is decided already', p_change_id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF c.requested_by = session_user::text THEN
        RAISE EXCEPTION 'a change is decided by someone other than who asked for it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF c.user_id = me.id THEN
        RAISE EXCEPTION 'nobody decides a change of his own role or team' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE staff_changes SET decided_by = session_user, decided_at = clock_timestamp(),
                             approved = coalesce(p_approve, false)
    WHERE id = c.id;
    IF NOT coalesce(p_approve, false) THEN
        RETURN;
    END IF;
    SELECT * INTO target FROM users WHERE id = c.user_id FOR UPDATE;
    IF target.role IS DISTINCT FROM c.old_role OR target.team_id IS DISTINCT FROM c.old_team_id THEN
        RAISE EXCEPTION 'user % changed since the request' , target.id USING ERRCODE = 'serialization_failure';
    END IF;
    UPDATE users SET role = c.new_role, team_id = c.new_team_id, active = (active OR c.activate),
                     version = version + 1, updated_by = session_user, updated_at = clock_timestamp()
    WHERE id = c.user_id;
    -- The login's group follows the role (its table privileges; the policies read the role from users).
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = target.username AND NOT rolsuper) THEN
        FOREACH r IN ARRAY ARRAY['intake_worker', 'family_worker', 'youth_law_worker', 'committee_coordinator',
                                 'club_worker', 'team_head', 'manager', 'admin']
        LOOP
            IF r = c.new_role THEN
                EXECUTE format('GRANT %I TO %I', 'maane_' || r, target.username);
            ELSIF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                          JOIN pg_roles u ON u.oid = m.member
                          WHERE g.rolname = 'maane_' || r AND u.rolname = target.username) THEN
                EXECUTE format('REVOKE %I FROM %I', 'maane_' || r, target.username);
            END IF;
        END LOOP;
    END IF;
END
$fn$;

-- A staff member's login, in the group role of p_role, with the password whose SCRAM verifier is given. The
-- users row is the service's (inactive, see the guard). An administrator only; never a name that exists.
CREATE OR REPLACE FUNCTION maane_create_staff_login(p_username text, p_verifier text, p_role text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    me users%ROWTYPE := maane_staff_officer();
BEGIN
    IF me.role <> 'admin' THEN
        RAISE EXCEPTION 'only an administrator creates logins' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_username !~ '^[a-z][a-z0-9_]{1,62}$' OR p_username LIKE 'maane\_%' OR p_username LIKE 'pg\_%'
       OR p_username IN ('postgres', 'public', 'none', 'current_user', 'session_user', 'current_role') THEN
        RAISE EXCEPTION 'not a staff login name: %', p_username USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_role NOT IN ('intake_worker', 'family_worker', 'youth_law_worker', 'committee_coordinator',
                      'club_worker', 'team_head', 'manager', 'admin') THEN
        RAISE EXCEPTION 'no role %', p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF coalesce(p_verifier, '') NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a password is given as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
        RAISE EXCEPTION 'login % exists', p_username USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_username, p_verifier, 'maane_' || p_role);
END
$fn$;

-- A staff member's new password (SCRAM verifier). An administrator only, for a login that is a Maane user
-- and not a superuser.
CREATE OR REPLACE FUNCTION maane_set_staff_password(p_user_id integer, p_verifier text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    me users%ROWTYPE := maane_staff_officer();
    v_login text;
BEGIN
    IF me.role <> 'admin' THEN
        RAISE EXCEPTION 'only an administrator sets passwords' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF coalesce(p_verifier, '') NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a password is given as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT u.username INTO v_login FROM users u JOIN pg_roles r ON r.rolname = u.username
    WHERE u.id = p_user_id AND NOT r.rolsuper AND NOT r.rolbypassrls;
    IF v_login IS NULL THEN
        RAISE EXCEPTION 'no staff login for user %', p_user_id USING ERRCODE = 'no_data_found';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', v_login, p_verifier);
END
$fn$;

REVOKE ALL ON FUNCTION maane_staff_officer() FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_request_staff_change(integer, text, integer, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_decide_staff_change(integer, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_create_staff_login(text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_set_staff_password(integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_request_staff_change(integer, text, integer, boolean) TO maane_admin, maane_manager;
GRANT EXECUTE ON FUNCTION maane_decide_staff_change(integer, boolean) TO maane_admin, maane_manager;
GRANT EXECUTE ON FUNCTION maane_create_staff_login(text, text, text) TO maane_admin;
GRANT EXECUTE ON FUNCTION maane_set_staff_password(integer, text) TO maane_admin;

-- pgaudit object auditing: the auditor role and its SELECT on every case table (models.security keeps these
-- grants when it resets a table's security, and its check reports a case table without them).
DO $$
DECLARE
    t text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'maane_auditor') THEN
        CREATE ROLE maane_auditor NOLOGIN;
    END IF;
    FOREACH t IN ARRAY ARRAY['persons', 'person_phones', 'person_name_keys', 'family_files', 'family_members',
                             'file_access', 'case_notes', 'tasks']
    LOOP
        EXECUTE format('GRANT SELECT ON %I TO maane_auditor', t);
    END LOOP;
    EXECUTE format('ALTER DATABASE %I SET pgaudit.role = %L', current_database(), 'maane_auditor');
END
$$;
