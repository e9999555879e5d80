"""The Maane roles and what each may do. One table, consulted by the services (and mirrored by the
PostgreSQL grants and row-level-security policies)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    INTAKE_WORKER = "intake_worker"
    FAMILY_WORKER = "family_worker"
    YOUTH_LAW_WORKER = "youth_law_worker"
    COMMITTEE_COORDINATOR = "committee_coordinator"
    CLUB_WORKER = "club_worker"
    TEAM_HEAD = "team_head"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_CODES: tuple[str, ...] = tuple(r.value for r in Role)

# Who sees which family files (the same rules as the PostgreSQL policies in migrations/sql):
#  - manager: every file;
#  - team_head: every file of the own team, restricted ones included;
#  - family_worker, youth_law_worker: non-restricted files of the own team;
#  - intake_worker, committee_coordinator, club_worker: non-restricted files department-wide
#    (their work crosses teams: "is this family known?", committees, clubs);
#  - anyone: a restricted file where they are the assigned worker or named on it;
#  - admin: no case content by virtue of the role.
DEPARTMENT_WIDE = frozenset({Role.INTAKE_WORKER, Role.COMMITTEE_COORDINATOR, Role.CLUB_WORKER, Role.MANAGER})
TEAM_SCOPED = frozenset({Role.FAMILY_WORKER, Role.YOUTH_LAW_WORKER, Role.TEAM_HEAD})
CASE_ROLES = DEPARTMENT_WIDE | TEAM_SCOPED
# Who reads which referrals (intake, models.intake; the PostgreSQL policy of revision 0014 says the same):
# these roles every referral; a team head every referral not closed; anyone the referrals they registered,
# decided or were handed, and those of the files they see; the administrator none.
ALL_REFERRALS = frozenset({Role.INTAKE_WORKER, Role.MANAGER})
# Who chairs the treatment-plan committee (models.committees): the meeting's chair, one of these roles,
# finalises its protocols; the coordinator records them.
CHAIR_ROLES = frozenset({Role.TEAM_HEAD, Role.MANAGER})
# The therapeutic clubs (models.clubs): the club worker runs them with the manager; the case notes are not
# for her (the notes table's readers, revision 0017): she reads a file's members, its club rows and tasks.
CLUB_MANAGERS = frozenset({Role.CLUB_WORKER, Role.MANAGER})
# The continuum for children at risk (issue 11): the youth-law forum's members decide the reports (the team
# heads and the youth-law workers, with the manager).
FORUM_MEMBERS = frozenset({Role.YOUTH_LAW_WORKER, Role.TEAM_HEAD, Role.MANAGER})


class Action(StrEnum):
    VIEW_FILES = "view_files"
    OPEN_FILE = "open_file"  # create a family file
    EDIT_FILE = "edit_file"
    CLOSE_FILE = "close_file"
    REASSIGN_FILE = "reassign_file"
    RESTRICT_FILE = "restrict_file"
    WRITE_NOTE = "write_note"
    MANAGE_TASKS = "manage_tasks"
    VIEW_FILE_AUDIT = "view_file_audit"
    VIEW_ALL_AUDIT = "view_all_audit"
    # the access-log review (desktop/audit): the manager the whole department's log (with VIEW_ALL_AUDIT),
    # a team head the log of her team's files (VIEW_FILE_AUDIT only); the administrator not at all: the
    # review shows case content (searches typed, old and new values)
    REVIEW_ACCESS_LOG = "review_access_log"
    MANAGE_USERS = "manage_users"
    # ask for and decide a change of another staff member's role or team (two people: one asks, another
    # decides; never the staff member concerned)
    DECIDE_STAFF_CHANGES = "decide_staff_changes"
    EDIT_PERSON = "edit_person"
    # the department settings: the letterhead every printed form carries (everyone reads them)
    MANAGE_DEPARTMENT = "manage_department"
    # register referrals and decide their outcome, hand the family over (intake: models.intake)
    RECEIVE_REFERRALS = "receive_referrals"
    # the treatment-plan committee (models.committees): read the meetings, the hearings of the files one sees
    # and the follow-up page; a meeting's chair (a team head or the manager) finalises its protocols
    VIEW_COMMITTEES = "view_committees"
    # schedule meetings, put cases on the agenda, invite participants, record protocols, print the documents
    MANAGE_COMMITTEES = "manage_committees"
    # therapeutic clubs (models.clubs): read the enrolments, attendance and fees of the files one sees (the
    # club tab); the club worker reads no case notes (Action.WRITE_NOTE is not hers: the notes' readers)
    VIEW_CLUBS = "view_clubs"
    # file a club request for a child of a file one sees (routes a and b of DOMAIN.md)
    REQUEST_CLUB = "request_club"
    # run the clubs: clubs, calendar, waiting lists, enrolment, attendance, fees
    MANAGE_CLUBS = "manage_clubs"
    # register a referral in intake's queue without deciding it: the club worker, for a family a school or
    # kindergarten refers whom the department does not know (route c); intake decides it
    REGISTER_REFERRAL = "register_referral"
    # ---- the continuum for children at risk (issue 11) ----
    # foster-care referrals (models.foster): read them for the files one sees / create and move them (from a
    # committee decision); an emergency referral with no decision yet, the committee to follow
    VIEW_FOSTER = "view_foster"
    MANAGE_FOSTER = "manage_foster"
    EMERGENCY_FOSTER = "emergency_foster"
    # the youth-law forum (models.forum): record a report about a child at risk (and read the ones one
    # recorded); read every report of the files one sees, hold the weekly forum and decide its items
    REPORT_RISK = "report_risk"
    RUN_FORUM = "run_forum"
    # day-care under the toddlers-at-risk law (models.daycare): read / prepare and decide a child's day-care;
    # keep the department's income-level table (dated versions)
    VIEW_DAYCARE = "view_daycare"
    MANAGE_DAYCARE = "manage_daycare"
    MANAGE_INCOME_TABLE = "manage_income_table"
    # the therapy centre (models.therapy): read / refer and record the referrals' course
    VIEW_THERAPY = "view_therapy"
    REFER_THERAPY = "refer_therapy"


_ALL_CASE_WORK = {
    Action.VIEW_FILES,
    Action.EDIT_FILE,
    Action.WRITE_NOTE,
    Action.MANAGE_TASKS,
    Action.EDIT_PERSON,
}

# the continuum's case work (issue 11) of the family and youth-law workers, team heads and the manager
_CONTINUUM = {
    Action.VIEW_FOSTER,
    Action.MANAGE_FOSTER,
    Action.REPORT_RISK,
    Action.VIEW_DAYCARE,
    Action.MANAGE_DAYCARE,
    Action.VIEW_THERAPY,
    Action.REFER_THERAPY,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.INTAKE_WORKER: frozenset(_ALL_CASE_WORK | {Action.OPEN_FILE, Action.RECEIVE_REFERRALS,
                                                    Action.REGISTER_REFERRAL, Action.REQUEST_CLUB,
                                                    Action.REPORT_RISK}),
    Role.FAMILY_WORKER: frozenset(_ALL_CASE_WORK | {Action.OPEN_FILE, Action.VIEW_COMMITTEES, Action.VIEW_CLUBS,
                                                    Action.REQUEST_CLUB} | _CONTINUUM),
    Role.YOUTH_LAW_WORKER: frozenset(_ALL_CASE_WORK | {Action.VIEW_COMMITTEES, Action.VIEW_CLUBS,
                                                       Action.REQUEST_CLUB, Action.EMERGENCY_FOSTER,
                                                       Action.RUN_FORUM} | _CONTINUUM),
    Role.COMMITTEE_COORDINATOR: frozenset({Action.VIEW_FILES, Action.WRITE_NOTE, Action.MANAGE_TASKS,
                                           Action.VIEW_COMMITTEES, Action.MANAGE_COMMITTEES}),
    Role.CLUB_WORKER: frozenset({Action.VIEW_FILES, Action.MANAGE_TASKS, Action.VIEW_CLUBS, Action.REQUEST_CLUB,
                                 Action.MANAGE_CLUBS, Action.REGISTER_REFERRAL}),
    Role.TEAM_HEAD: frozenset(
        _ALL_CASE_WORK
        | {
            Action.OPEN_FILE,
            Action.CLOSE_FILE,
            Action.REASSIGN_FILE,
            Action.RESTRICT_FILE,
            Action.VIEW_FILE_AUDIT,
            Action.REVIEW_ACCESS_LOG,
            Action.RECEIVE_REFERRALS,
            Action.REGISTER_REFERRAL,
            Action.VIEW_COMMITTEES,
            Action.VIEW_CLUBS,
            Action.REQUEST_CLUB,
            Action.EMERGENCY_FOSTER,
            Action.RUN_FORUM,
        }
        | _CONTINUUM
    ),
    Role.MANAGER: frozenset(
        _ALL_CASE_WORK
        | {
            Action.OPEN_FILE,
            Action.CLOSE_FILE,
            Action.REASSIGN_FILE,
            Action.RESTRICT_FILE,
            Action.VIEW_FILE_AUDIT,
            Action.VIEW_ALL_AUDIT,
            Action.REVIEW_ACCESS_LOG,
            Action.DECIDE_STAFF_CHANGES,
            Action.RECEIVE_REFERRALS,
            Action.REGISTER_REFERRAL,
            Action.VIEW_COMMITTEES,
            Action.MANAGE_COMMITTEES,
            Action.VIEW_CLUBS,
            Action.REQUEST_CLUB,
            Action.MANAGE_CLUBS,
            Action.EMERGENCY_FOSTER,
            Action.RUN_FORUM,
            Action.MANAGE_INCOME_TABLE,
        }
        | _CONTINUUM
    ),
    # the income-level table is the department's reference data (no case content)
    Role.ADMIN: frozenset({Action.MANAGE_USERS, Action.VIEW_ALL_AUDIT, Action.DECIDE_STAFF_CHANGES,
                           Action.MANAGE_DEPARTMENT, Action.MANAGE_INCOME_TABLE}),
}


def allowed(role: str, action: Action) -> bool:
    try:
        return action in PERMISSIONS[Role(role)]
    except ValueError:
        return False
