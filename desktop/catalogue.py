"""The words for coded domain errors, in one place for the desktop client and the command line.

Plain data, no Qt: ``maane`` sub-commands print the English text (``english(error)``) without loading Qt;
the client translates the same source strings through Qt Linguist (``desktop.messages.message_for``).
``QT_TRANSLATE_NOOP`` marks each string for ``pyside6-lupdate`` (context "Messages") and returns it as is.

A new error code gets its sentence here, once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from models.errors import DomainError

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    return text


FIELD_NAMES: dict[str, str] = {
        "family_name": QT_TRANSLATE_NOOP("Messages", "family name"),
        "address": QT_TRANSLATE_NOOP("Messages", "address"),
        "locality": QT_TRANSLATE_NOOP("Messages", "locality"),
        "neighbourhood": QT_TRANSLATE_NOOP("Messages", "neighbourhood"),
        "file_number": QT_TRANSLATE_NOOP("Messages", "file number"),
        "opened_on": QT_TRANSLATE_NOOP("Messages", "opening date"),
        "closed_on": QT_TRANSLATE_NOOP("Messages", "closing date"),
        "close_reason": QT_TRANSLATE_NOOP("Messages", "reason for closing"),
        "status": QT_TRANSLATE_NOOP("Messages", "status"),
        "team_id": QT_TRANSLATE_NOOP("Messages", "team"),
        "worker_id": QT_TRANSLATE_NOOP("Messages", "worker"),
        "assignee_id": QT_TRANSLATE_NOOP("Messages", "assignee"),
        "assignee": QT_TRANSLATE_NOOP("Messages", "assignee"),
        "description": QT_TRANSLATE_NOOP("Messages", "description"),
        "reason": QT_TRANSLATE_NOOP("Messages", "reason"),
        "relation": QT_TRANSLATE_NOOP("Messages", "relation"),
        "person_id": QT_TRANSLATE_NOOP("Messages", "person"),
        "first_name": QT_TRANSLATE_NOOP("Messages", "first name"),
        "last_name": QT_TRANSLATE_NOOP("Messages", "last name"),
        "id_number": QT_TRANSLATE_NOOP("Messages", "ID number"),
        "id_kind": QT_TRANSLATE_NOOP("Messages", "kind of identity document"),
        "birth_date": QT_TRANSLATE_NOOP("Messages", "birth date"),
        "sex": QT_TRANSLATE_NOOP("Messages", "sex"),
        "preferred_language": QT_TRANSLATE_NOOP("Messages", "preferred language"),
        "phones": QT_TRANSLATE_NOOP("Messages", "phone"),
        "kind": QT_TRANSLATE_NOOP("Messages", "kind of note"),
        "note_date": QT_TRANSLATE_NOOP("Messages", "note date"),
        "text": QT_TRANSLATE_NOOP("Messages", "text"),
        "title": QT_TRANSLATE_NOOP("Messages", "title"),
        "due_date": QT_TRANSLATE_NOOP("Messages", "due date"),
        "query": QT_TRANSLATE_NOOP("Messages", "search"),
        "username": QT_TRANSLATE_NOOP("Messages", "user name"),
        "password": QT_TRANSLATE_NOOP("Messages", "password"),
        "full_name": QT_TRANSLATE_NOOP("Messages", "full name"),
        "role": QT_TRANSLATE_NOOP("Messages", "role"),
        "team": QT_TRANSLATE_NOOP("Messages", "team"),
        "name_birth_date": QT_TRANSLATE_NOOP("Messages", "name and birth date"),
        "municipality": QT_TRANSLATE_NOOP("Messages", "municipality"),
        "department": QT_TRANSLATE_NOOP("Messages", "department"),
        "municipality_ar": QT_TRANSLATE_NOOP("Messages", "municipality (Arabic)"),
        "department_ar": QT_TRANSLATE_NOOP("Messages", "department (Arabic)"),
        "address_ar": QT_TRANSLATE_NOOP("Messages", "address (Arabic)"),
        "phone": QT_TRANSLATE_NOOP("Messages", "phone"),
        "email": QT_TRANSLATE_NOOP("Messages", "e-mail address"),
        "logo": QT_TRANSLATE_NOOP("Messages", "logo"),
        "summary_notes": QT_TRANSLATE_NOOP("Messages", "number of notes"),
        "response_days_immediate": QT_TRANSLATE_NOOP("Messages", "response days for an immediate referral"),
        "response_days_day": QT_TRANSLATE_NOOP("Messages", "response days for a referral within 24 hours"),
        "response_days_week": QT_TRANSLATE_NOOP("Messages", "response days for a referral within a week"),
        "response_days_routine": QT_TRANSLATE_NOOP("Messages", "response days for a routine referral"),
        "notes": QT_TRANSLATE_NOOP("Messages", "notes"),
        "lang": QT_TRANSLATE_NOOP("Messages", "language"),
        # intake (desktop/intake)
        "received_on": QT_TRANSLATE_NOOP("Messages", "date received"),
        "channel": QT_TRANSLATE_NOOP("Messages", "channel"),
        "source": QT_TRANSLATE_NOOP("Messages", "source of the referral"),
        "referrer_name": QT_TRANSLATE_NOOP("Messages", "referrer's name"),
        "referrer_role": QT_TRANSLATE_NOOP("Messages", "referrer's role"),
        "referrer_organisation": QT_TRANSLATE_NOOP("Messages", "referrer's organisation"),
        "referrer_phone": QT_TRANSLATE_NOOP("Messages", "referrer's phone"),
        "problem": QT_TRANSLATE_NOOP("Messages", "presenting problem"),
        "urgency": QT_TRANSLATE_NOOP("Messages", "urgency"),
        "persons": QT_TRANSLATE_NOOP("Messages", "persons concerned"),
        "elsewhere_service": QT_TRANSLATE_NOOP("Messages", "service referred to"),
        "elsewhere_detail": QT_TRANSLATE_NOOP("Messages", "details of the receiving service"),
        "no_intervention_reason": QT_TRANSLATE_NOOP("Messages", "reason for no intervention"),
        "outcome_note": QT_TRANSLATE_NOOP("Messages", "note"),
        "goals": QT_TRANSLATE_NOOP("Messages", "goals"),
        "club_requests": QT_TRANSLATE_NOOP("Messages", "club request"),
        "members": QT_TRANSLATE_NOOP("Messages", "members"),
        # the committee (models.committees, issue 9)
        "place": QT_TRANSLATE_NOOP("Messages", "place of the meeting"),
        "held_on": QT_TRANSLATE_NOOP("Messages", "date of the meeting"),
        "starts_at": QT_TRANSLATE_NOOP("Messages", "time of the meeting"),
        "level": QT_TRANSLATE_NOOP("Messages", "level of the committee"),
        "chair_id": QT_TRANSLATE_NOOP("Messages", "chair"),
        "coordinator_id": QT_TRANSLATE_NOOP("Messages", "coordinator"),
        "child_id": QT_TRANSLATE_NOOP("Messages", "child"),
        "requested_by_name": QT_TRANSLATE_NOOP("Messages", "name of the professional who asked for the hearing"),
        "requested_by_role": QT_TRANSLATE_NOOP("Messages", "role of the professional who asked for the hearing"),
        "background": QT_TRANSLATE_NOOP("Messages", "background"),
        "participant_kind": QT_TRANSLATE_NOOP("Messages", "kind of participant"),
        "name": QT_TRANSLATE_NOOP("Messages", "name"),
        "organisation": QT_TRANSLATE_NOOP("Messages", "organisation"),
        "role_title": QT_TRANSLATE_NOOP("Messages", "role"),
        "language": QT_TRANSLATE_NOOP("Messages", "language"),
        "method": QT_TRANSLATE_NOOP("Messages", "invitation method"),
        "user_id": QT_TRANSLATE_NOOP("Messages", "staff member"),
        "invited_on": QT_TRANSLATE_NOOP("Messages", "invitation date"),
        "next_review_on": QT_TRANSLATE_NOOP("Messages", "next review date"),
        "votes": QT_TRANSLATE_NOOP("Messages", "vote"),
        "decision_kind": QT_TRANSLATE_NOOP("Messages", "kind of decision"),
        "decision_text": QT_TRANSLATE_NOOP("Messages", "decision"),
        "decision_items": QT_TRANSLATE_NOOP("Messages", "item of the plan"),
        "task_title": QT_TRANSLATE_NOOP("Messages", "title of the task"),
        "responsible_id": QT_TRANSLATE_NOOP("Messages", "person responsible"),
        "attended": QT_TRANSLATE_NOOP("Messages", "attendance"),
        "protocol": QT_TRANSLATE_NOOP("Messages", "protocol"),
        "decisions": QT_TRANSLATE_NOOP("Messages", "decisions"),
        "district_right_stated": QT_TRANSLATE_NOOP("Messages", "right to a district hearing"),
        "professionals_views": QT_TRANSLATE_NOOP("Messages", "professionals' views"),
        "parents_position": QT_TRANSLATE_NOOP("Messages", "parents' position"),
        "child_position": QT_TRANSLATE_NOOP("Messages", "child's position"),
        "discussion": QT_TRANSLATE_NOOP("Messages", "summary of the discussion"),
        "dissent": QT_TRANSLATE_NOOP("Messages", "dissent"),
        "parent_reservation": QT_TRANSLATE_NOOP("Messages", "parent's reservation"),
        "setting": QT_TRANSLATE_NOOP("Messages", "placement setting"),
        "started_on": QT_TRANSLATE_NOOP("Messages", "start date"),
        "ended_on": QT_TRANSLATE_NOOP("Messages", "end date"),
        "decision_id": QT_TRANSLATE_NOOP("Messages", "decision"),
        "form": QT_TRANSLATE_NOOP("Messages", "form"),
        # day-care under the toddlers-at-risk law (models.daycare, issue 11)
        "monthly_income": QT_TRANSLATE_NOOP("Messages", "household's total monthly income"),
        "household_size": QT_TRANSLATE_NOOP("Messages", "household size"),
        "levels": QT_TRANSLATE_NOOP("Messages", "income levels"),
        "income_table": QT_TRANSLATE_NOOP("Messages", "income table"),
        "valid_from": QT_TRANSLATE_NOOP("Messages", "date the version is in force from"),
        "ground": QT_TRANSLATE_NOOP("Messages", "ground"),
        "ground_detail": QT_TRANSLATE_NOOP("Messages", "social worker's opinion"),
        "medical_source": QT_TRANSLATE_NOOP("Messages", "source of the medical information"),
        "specialist_kind": QT_TRANSLATE_NOOP("Messages", "specialist who confirmed the delay"),
        "specialist_name": QT_TRANSLATE_NOOP("Messages", "specialist's name"),
        "specialist_on": QT_TRANSLATE_NOOP("Messages", "date of the specialist's confirmation"),
        "committee": QT_TRANSLATE_NOOP("Messages", "committee"),
        "protocol_id": QT_TRANSLATE_NOOP("Messages", "committee protocol"),
        "committee_on": QT_TRANSLATE_NOOP("Messages", "committee's date"),
        "committee_reference": QT_TRANSLATE_NOOP("Messages", "committee's reference"),
        "centre_name": QT_TRANSLATE_NOOP("Messages", "day-care centre"),
        "start_on": QT_TRANSLATE_NOOP("Messages", "start date"),
        # the therapeutic clubs (models.clubs, issue 10)
        "capacity": QT_TRANSLATE_NOOP("Messages", "capacity"),
        "min_age": QT_TRANSLATE_NOOP("Messages", "youngest age"),
        "max_age": QT_TRANSLATE_NOOP("Messages", "oldest age"),
        "hours": QT_TRANSLATE_NOOP("Messages", "hours"),
        "guide_name": QT_TRANSLATE_NOOP("Messages", "guide's name"),
        "house_mother_name": QT_TRANSLATE_NOOP("Messages", "house mother's name"),
        "supervisor_id": QT_TRANSLATE_NOOP("Messages", "supervising social worker"),
        "monthly_fee_agorot": QT_TRANSLATE_NOOP("Messages", "monthly fee"),
        "routes": QT_TRANSLATE_NOOP("Messages", "transport routes"),
        "route_name": QT_TRANSLATE_NOOP("Messages", "name of the route"),
        "stops": QT_TRANSLATE_NOOP("Messages", "stops"),
        "driver": QT_TRANSLATE_NOOP("Messages", "driver"),
        "club_id": QT_TRANSLATE_NOOP("Messages", "club"),
        "starts_on": QT_TRANSLATE_NOOP("Messages", "start date"),
        "ends_on": QT_TRANSLATE_NOOP("Messages", "planned end"),
        "diet": QT_TRANSLATE_NOOP("Messages", "dietary needs"),
        "allergies": QT_TRANSLATE_NOOP("Messages", "allergies"),
        "school": QT_TRANSLATE_NOOP("Messages", "school"),
        "route_id": QT_TRANSLATE_NOOP("Messages", "transport route"),
        "dropoff_address": QT_TRANSLATE_NOOP("Messages", "drop-off address"),
        "consent_on": QT_TRANSLATE_NOOP("Messages", "date of the parents' consent"),
        "collector_name": QT_TRANSLATE_NOOP("Messages", "name of a person allowed to collect the child"),
        "collector_relation": QT_TRANSLATE_NOOP("Messages", "relation of a person allowed to collect the child"),
        "collector_phone": QT_TRANSLATE_NOOP("Messages", "phone of a person allowed to collect the child"),
        "collector_id_number": QT_TRANSLATE_NOOP("Messages", "ID number of a person allowed to collect the child"),
        "age_override_reason": QT_TRANSLATE_NOOP("Messages", "reason for enrolling outside the age range"),
        "left_on": QT_TRANSLATE_NOOP("Messages", "leaving date"),
        "leave_note": QT_TRANSLATE_NOOP("Messages", "note on the leaving"),
        "leave_reason": QT_TRANSLATE_NOOP("Messages", "reason for leaving"),
        "rank_reason": QT_TRANSLATE_NOOP("Messages", "reason for pinning"),
        "pinned_rank": QT_TRANSLATE_NOOP("Messages", "pinned rank"),
        "source_name": QT_TRANSLATE_NOOP("Messages", "kindergarten or school"),
        "source_contact": QT_TRANSLATE_NOOP("Messages", "contact at the kindergarten or school"),
        "parent_name": QT_TRANSLATE_NOOP("Messages", "parent's name"),
        "preferred_club_id": QT_TRANSLATE_NOOP("Messages", "preferred club"),
        "request_id": QT_TRANSLATE_NOOP("Messages", "club request"),
        "route": QT_TRANSLATE_NOOP("Messages", "way the request came (family worker, intake, school)"),
        "risk": QT_TRANSLATE_NOOP("Messages", "risk"),
        "day": QT_TRANSLATE_NOOP("Messages", "day"),
        "marks": QT_TRANSLATE_NOOP("Messages", "attendance"),
        "month": QT_TRANSLATE_NOOP("Messages", "month"),
        "from_month": QT_TRANSLATE_NOOP("Messages", "first month"),
        "to_month": QT_TRANSLATE_NOOP("Messages", "last month"),
        "discount_agorot": QT_TRANSLATE_NOOP("Messages", "discount"),
        "amount_agorot": QT_TRANSLATE_NOOP("Messages", "amount"),
        "paid_on": QT_TRANSLATE_NOOP("Messages", "payment date"),
        "receipt_no": QT_TRANSLATE_NOOP("Messages", "receipt number"),
        "note": QT_TRANSLATE_NOOP("Messages", "note"),
        "school_year": QT_TRANSLATE_NOOP("Messages", "school year"),
        # the therapy centre (models.therapy, issue 11)
        "subject": QT_TRANSLATE_NOOP("Messages", "who is referred"),
        "therapy_kind": QT_TRANSLATE_NOOP("Messages", "kind of therapy"),
        "referred_on": QT_TRANSLATE_NOOP("Messages", "referral date"),
        "therapist": QT_TRANSLATE_NOOP("Messages", "therapist"),
        "sessions_held": QT_TRANSLATE_NOOP("Messages", "number of sessions held"),
        "end_note": QT_TRANSLATE_NOOP("Messages", "note on the ending"),
        # foster-care referrals (models.foster, issue 11)
        "emergency_reason": QT_TRANSLATE_NOOP("Messages", "emergency reason"),
        "service_name": QT_TRANSLATE_NOOP("Messages", "foster-care service"),
        "to_status": QT_TRANSLATE_NOOP("Messages", "new status"),
        "on": QT_TRANSLATE_NOOP("Messages", "date"),
        "foster_family_code": QT_TRANSLATE_NOOP("Messages", "foster family's code"),
        "foster_locality": QT_TRANSLATE_NOOP("Messages", "foster family's locality"),
        "end_reason": QT_TRANSLATE_NOOP("Messages", "reason for ending"),
        "reject_reason": QT_TRANSLATE_NOOP("Messages", "reason for the rejection"),
        "content": QT_TRANSLATE_NOOP("Messages", "document"),
        "filename": QT_TRANSLATE_NOOP("Messages", "document file"),
        "visited_on": QT_TRANSLATE_NOOP("Messages", "date of the visit"),
        "with_whom": QT_TRANSLATE_NOOP("Messages", "with whom"),
        "contact_arrangements": QT_TRANSLATE_NOOP("Messages", "contact arrangements"),
        # the youth-law forum (models.forum, issue 11)
        "reported_on": QT_TRANSLATE_NOOP("Messages", "date of the report"),
        "reporter_kind": QT_TRANSLATE_NOOP("Messages", "who reported"),
        "reporter_name": QT_TRANSLATE_NOOP("Messages", "reporter's name"),
        "reporter_phone": QT_TRANSLATE_NOOP("Messages", "reporter's phone"),
        "intervention": QT_TRANSLATE_NOOP("Messages", "intervention"),
        "due_on": QT_TRANSLATE_NOOP("Messages", "due date"),
        "attendees": QT_TRANSLATE_NOOP("Messages", "attendees"),
        "report_id": QT_TRANSLATE_NOOP("Messages", "report"),
        "meeting_id": QT_TRANSLATE_NOOP("Messages", "forum meeting"),
        "referral_id": QT_TRANSLATE_NOOP("Messages", "referral"),
}

VALIDATION: dict[str, str] = {
        "required": QT_TRANSLATE_NOOP("Messages", "Please fill in the {field}."),
        "too_long": QT_TRANSLATE_NOOP("Messages", "The {field} is too long (at most {max} characters)."),
        "id_check_digit": QT_TRANSLATE_NOOP("Messages", "The ID number is not valid (check digit)."),
        "birth_date_future": QT_TRANSLATE_NOOP("Messages", "The birth date cannot be in the future."),
        "birth_date_too_old": QT_TRANSLATE_NOOP("Messages", "The birth date is too far in the past."),
        "date_future": QT_TRANSLATE_NOOP("Messages", "The {field} cannot be in the future."),
        "file_number_taken": QT_TRANSLATE_NOOP("Messages", "The file number {value} is already taken."),
        "file_number_format": QT_TRANSLATE_NOOP("Messages", "The file number must look like 2026/0001."),
        "query_too_long": QT_TRANSLATE_NOOP("Messages", "The search text is too long (at most {max} characters)."),
        "already_closed": QT_TRANSLATE_NOOP("Messages", "The file is already closed."),
        "not_closed": QT_TRANSLATE_NOOP("Messages", "The file is not closed."),
        "closed_before_opened": QT_TRANSLATE_NOOP("Messages", "The closing date is before the file was opened."),
        "invalid_choice": QT_TRANSLATE_NOOP("Messages", "Please choose a valid {field}."),
        "worker_invalid": QT_TRANSLATE_NOOP("Messages", "This worker cannot be assigned files."),
        "assignee_cannot_see_file": QT_TRANSLATE_NOOP("Messages", "This colleague cannot see the family file, so the task cannot be given to them."),
        "team_not_own": QT_TRANSLATE_NOOP("Messages", "You can only choose your own team."),
        "team_unknown": QT_TRANSLATE_NOOP("Messages", "The team does not exist."),
        "team_name_invalid": QT_TRANSLATE_NOOP("Messages", "The team name is not valid."),
        "note_signed": QT_TRANSLATE_NOOP("Messages", "The note is signed and can no longer be changed; write a correction instead."),
        "note_not_signed": QT_TRANSLATE_NOOP("Messages", "Only a signed note can be corrected."),
        "phone_invalid": QT_TRANSLATE_NOOP("Messages", "The phone number {value} is not valid."),
        "passport_invalid": QT_TRANSLATE_NOOP("Messages", "The passport number is not valid."),
        "already_member": QT_TRANSLATE_NOOP("Messages", "This person is already a member of the family file."),
        "username_invalid": QT_TRANSLATE_NOOP("Messages", "The user name may contain only lower-case Latin letters, digits and _."),
        "role_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown role."),
        "password_invalid": QT_TRANSLATE_NOOP("Messages", "The password is not valid."),
        "security_not_installed": QT_TRANSLATE_NOOP("Messages", "The database security roles are not installed ({role}). Ask the system administrator to run: maane db upgrade"),
        "password_too_short": QT_TRANSLATE_NOOP("Messages", "The password is too short (at least {min} characters)."),
        "sqlite_on_network": QT_TRANSLATE_NOOP("Messages", "The database file {path} is on a network drive, where SQLite is not safe. "
                                "Several users need the shared PostgreSQL database."),
        "unsupported_database": QT_TRANSLATE_NOOP("Messages", "This kind of database is not supported."),
        "database_address_invalid": QT_TRANSLATE_NOOP("Messages", "This is not a database address: {value}. Give a SQLite file (for example C:\\Maane\\maane.sqlite) or a PostgreSQL address (postgresql://server/database)."),
        "database_not_empty": QT_TRANSLATE_NOOP("Messages", "The database already has data."),
        "password_required": QT_TRANSLATE_NOOP("Messages", "A password is required."),
        "password_is_username": QT_TRANSLATE_NOOP("Messages", "The password may not contain the user name."),
        "password_common": QT_TRANSLATE_NOOP("Messages", "This password is one of the most common ones; please choose another."),
        "password_mismatch": QT_TRANSLATE_NOOP("Messages", "The two passwords are not the same."),
        "staff_change_empty": QT_TRANSLATE_NOOP("Messages", "The account already has this role and team."),
        "invalid": QT_TRANSLATE_NOOP("Messages", "The {field} is not valid."),
        "database_encoding": QT_TRANSLATE_NOOP("Messages", "The database {database} cannot hold Hebrew and Arabic: its encoding is {encoding} and its character type {ctype}. "
                               "Create it with: CREATE DATABASE maane TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"),
        "logo_too_large": QT_TRANSLATE_NOOP("Messages", "The logo file is too large (at most {max} KB). Please choose a smaller PNG or JPEG image."),
        "logo_unreadable": QT_TRANSLATE_NOOP("Messages", "The logo file cannot be read as a PNG or JPEG image. Please choose another file."),
        "logo_file_unreadable": QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be opened."),
        "notes_not_printable": QT_TRANSLATE_NOOP("Messages", "Only signed notes of this family file can be printed (not: {value})."),
        "department_settings_missing": QT_TRANSLATE_NOOP("Messages", "The department settings are missing from the database. Ask the system administrator to run: maane db upgrade"),
        "file_number_unknown": QT_TRANSLATE_NOOP("Messages", "There is no family file {value} that you may see."),
        "batch_too_large": QT_TRANSLATE_NOOP("Messages", "At most {max} family files can be printed at once ({value} were chosen). Please choose fewer."),
        "form_unknown": QT_TRANSLATE_NOOP("Messages", "There is no form called {value}. See: maane print --list"),
        "audit_retention": QT_TRANSLATE_NOOP("Messages", "The access log is kept at least {months} months: the cutoff {value} is too recent (at the latest {min})."),
        "no_person": QT_TRANSLATE_NOOP("Messages", "Please add at least one person concerned by the referral."),
        "person_twice": QT_TRANSLATE_NOOP("Messages", "This person is already on the referral: a person can be added only once."),
        "worker_inactive": QT_TRANSLATE_NOOP("Messages", "This worker's account is not active: please choose another worker."),
        "worker_not_in_team": QT_TRANSLATE_NOOP("Messages", "This worker is not in the chosen team: please choose a worker of the team."),
        "date_past": QT_TRANSLATE_NOOP("Messages", "The {field} has already passed: please choose today or a later date."),
        "not_open": QT_TRANSLATE_NOOP("Messages", "The referral already has an outcome: it can no longer be changed."),
        "not_awaiting_handover": QT_TRANSLATE_NOOP("Messages", "The referral is not waiting to be handed over."),
        "club_not_child": QT_TRANSLATE_NOOP("Messages", "A club can be requested only for a child of the family file."),
        "file_closed": QT_TRANSLATE_NOOP("Messages", "The family file is closed: please choose an open file."),
        "worker_role": QT_TRANSLATE_NOOP("Messages", "This worker does not carry a caseload: please choose a family worker or the team head."),
        "text_control_character": QT_TRANSLATE_NOOP("Messages", "The {field} contains a control character that cannot be stored. Please remove it."),
        "last_member": QT_TRANSLATE_NOOP("Messages", "The only member of a family file cannot be removed. If the family has left the service, close the file instead."),
        "restricted_last_file": QT_TRANSLATE_NOOP("Messages", "This person is in no other family file. Removing them from a restricted file would make their details visible to every case worker: add them to their own family file first, then remove them here."),
        "response_days_order": QT_TRANSLATE_NOOP("Messages", "A more urgent referral cannot have more response days than a less urgent one (immediate ≤ 24 hours ≤ a week ≤ routine)."),
        # the committee's protocol, finalising and placements (issue 9, helper "protocol")
        "empty_protocol": QT_TRANSLATE_NOOP("Messages", "The protocol is empty: please write at least one of its sections before finalising it."),
        "no_decision": QT_TRANSLATE_NOOP("Messages", "The protocol has no decision: please add the committee's decision before finalising it."),
        "task_without_owner": QT_TRANSLATE_NOOP("Messages", "Task {position} has nobody responsible: please choose who carries it out."),
        "no_majority": QT_TRANSLATE_NOOP("Messages", "The plan was not adopted by a majority: more votes for than against are needed to finalise the protocol."),
        "district_right_not_stated": QT_TRANSLATE_NOOP("Messages", "Please record that the parents and the child were told they may ask for a hearing at the district committee."),
        "review_too_late": QT_TRANSLATE_NOOP("Messages", "A child placed out of home is reviewed within {months} months: please choose an earlier next review date."),
        "meeting_not_held_yet": QT_TRANSLATE_NOOP("Messages", "The meeting has not taken place yet: its protocol can be finalised from the day of the meeting."),
        "meeting_cancelled": QT_TRANSLATE_NOOP("Messages", "The meeting was cancelled: its protocols cannot be changed or finalised."),
        "protocol_final": QT_TRANSLATE_NOOP("Messages", "The protocol is final and can no longer be changed; add an addendum instead."),
        "protocol_not_final": QT_TRANSLATE_NOOP("Messages", "An addendum can be added only to a final protocol; change the draft itself instead."),
        "placement_open": QT_TRANSLATE_NOOP("Messages", "The child already has an open placement: end it first, then record the new one."),
        "placement_ended": QT_TRANSLATE_NOOP("Messages", "The placement has already ended."),
        "ended_before_started": QT_TRANSLATE_NOOP("Messages", "The placement cannot end before it started."),
        # the committee's meetings, agenda and participants (issue 9, helper "service")
        "meeting_not_planned": QT_TRANSLATE_NOOP("Messages", "The meeting is no longer planned (it was held or cancelled): it can no longer be changed."),
        "not_a_chair": QT_TRANSLATE_NOOP("Messages", "The chair must be an active team head or the department manager."),
        "chair_cannot_see_file": QT_TRANSLATE_NOOP("Messages", "The meeting's chair cannot see this family file: choose another chair, or bring the case to another meeting."),
        "not_a_member": QT_TRANSLATE_NOOP("Messages", "This person is not a child of the family file."),
        "child_already_on_agenda": QT_TRANSLATE_NOOP("Messages", "This child's case is already on the meeting's agenda."),
        "parent_notice_too_short": QT_TRANSLATE_NOOP("Messages", "The parents would have only {days} days' notice: they must be invited at least 14 days ahead, unless the hearing is urgent."),
        "participant_unreachable": QT_TRANSLATE_NOOP("Messages", "Please give a way to reach the participant: a phone number, an e-mail address or a postal address."),
        "case_has_protocol": QT_TRANSLATE_NOOP("Messages", "The case already has a protocol: it can no longer be taken off the agenda."),
        # day-care under the toddlers-at-risk law (models.daycare, issue 11)
        "too_old": QT_TRANSLATE_NOOP("Messages", "{months} months on {on}: day-care is for toddlers under 36 months on 1 September of the school year. Nothing was saved."),
        "no_birth_date": QT_TRANSLATE_NOOP("Messages", "The child's birth date is not recorded, and day-care depends on the age on 1 September: add the birth date to the child's details first."),
        "medical_info_required": QT_TRANSLATE_NOOP("Messages", "For abuse or neglect, the social worker's opinion goes with written medical information: mark it attached and say who wrote it."),
        "specialist_required": QT_TRANSLATE_NOOP("Messages", "A developmental delay must be confirmed by a paediatrician or a developmental psychologist: say who confirmed it, their name and the date."),
        "protocol_required": QT_TRANSLATE_NOOP("Messages", "Please choose the treatment-plan committee's protocol that decided the day-care (a final protocol of this child)."),
        "committee_reference_required": QT_TRANSLATE_NOOP("Messages", "Please give the toddlers-at-risk committee's reference and the date it decided."),
        "negative_amount": QT_TRANSLATE_NOOP("Messages", "The {field} cannot be negative."),
        "negative_amount_level": QT_TRANSLATE_NOOP("Messages", "Level {level} has a negative amount: the amounts of the income table cannot be negative."),
        "amount_too_large": QT_TRANSLATE_NOOP("Messages", "The {field} is too large (at most 1,000,000 ₪ a month)."),
        "amount_too_large_level": QT_TRANSLATE_NOOP("Messages", "Level {level} has an amount that is too large (at most 1,000,000 ₪)."),
        "too_many_levels": QT_TRANSLATE_NOOP("Messages", "An income table has at most {maximum} levels."),
        "household_size": QT_TRANSLATE_NOOP("Messages", "The household counts at least one person (and at most 30)."),
        "daycare_exists": QT_TRANSLATE_NOOP("Messages", "The child already has a day-care case for this school year: open that case instead of making another."),
        "no_income_table": QT_TRANSLATE_NOOP("Messages", "No income table is in force on {on}, so the parents' share cannot be computed: the department's manager enters the income levels first."),
        "no_bracket": QT_TRANSLATE_NOOP("Messages", "The income table in force from {table} has no level for this income per person: the department's manager must correct the table."),
        "table_exists": QT_TRANSLATE_NOOP("Messages", "There is already a version of the income table from {on}: choose another date, or change that version."),
        "table_in_use": QT_TRANSLATE_NOOP("Messages", "The version of {on} was used to compute the parents' share of a day-care case: it can no longer be changed. Make a new version from a date instead."),
        "brackets_overlap": QT_TRANSLATE_NOOP("Messages", "Level {level} starts before the level before it ends: the brackets overlap. Each level starts where the one before it ends."),
        "brackets_gap": QT_TRANSLATE_NOOP("Messages", "Level {level} starts after the level before it ends: there is a gap between the brackets. Each level starts where the one before it ends."),
        "brackets_start": QT_TRANSLATE_NOOP("Messages", "The first level starts at 0 ₪: every income per person must have a level."),
        "brackets_open": QT_TRANSLATE_NOOP("Messages", "The last level (level {level}) stays open-ended: leave its \"to\" empty."),
        "bracket_empty": QT_TRANSLATE_NOOP("Messages", "Level {level} ends where it starts, or before: its \"to\" must be more than its \"from\"."),
        "brackets_empty": QT_TRANSLATE_NOOP("Messages", "The income table needs at least one level."),
        "level_numbers": QT_TRANSLATE_NOOP("Messages", "The levels are numbered 1, 2, 3… in order, without a gap."),
        "not_draft": QT_TRANSLATE_NOOP("Messages", "The case is no longer a draft (it was approved): it can no longer be changed."),
        "invalid_status": QT_TRANSLATE_NOOP("Messages", "The case's status does not allow this any more (it may have changed meanwhile): reload the list and try again."),
        "not_approved": QT_TRANSLATE_NOOP("Messages", "The approval letter is printed once the case is approved."),
        "start_outside_year": QT_TRANSLATE_NOOP("Messages", "The start date must fall within the case's school year (from 1 September {school_year} to 31 August of the next year)."),
        "date_before_start": QT_TRANSLATE_NOOP("Messages", "The end date cannot be before the start date."),
        # the therapeutic clubs (models.clubs, issue 10)
        "club_full": QT_TRANSLATE_NOOP("Messages", "{club} is full ({capacity} children): nothing was saved. The child can wait for a seat on the club's waiting list."),
        "age_outside_range": QT_TRANSLATE_NOOP("Messages", "On the start date the child is {age}, outside the club's ages ({min} to {max}). To enrol the child anyway, write the reason for enrolling outside the age range."),
        "already_enrolled": QT_TRANSLATE_NOOP("Messages", "The child is already enrolled in a club: a child is in one club at a time. Record the leaving from that club first."),
        "already_waiting": QT_TRANSLATE_NOOP("Messages", "The child is already waiting for this club (or for any club): change or withdraw that request instead of filing another."),
        "not_child": QT_TRANSLATE_NOOP("Messages", "A club is only for a child of the family file: please choose one of its children."),
        "closed_day": QT_TRANSLATE_NOOP("Messages", "The club is closed on that day: attendance is recorded only on club days and day-camp days."),
        "future_day": QT_TRANSLATE_NOOP("Messages", "Attendance cannot be recorded for a day that has not come yet."),
        "not_enrolled_that_day": QT_TRANSLATE_NOOP("Messages", "A child on the list was not enrolled in the club on that day: reload the day and try again."),
        "attendance_outside_dates": QT_TRANSLATE_NOOP("Messages", "That day is outside the child's enrolment (before the start or after the leaving)."),
        "amount_not_positive": QT_TRANSLATE_NOOP("Messages", "The {field} must be more than zero."),
        "never_enrolled": QT_TRANSLATE_NOOP("Messages", "This child was never enrolled in a club: a payment is recorded only towards a child's club fees."),
        "discount_too_large": QT_TRANSLATE_NOOP("Messages", "A discount must be less than the club's monthly fee. To waive the whole fee, record an exemption."),
        "month_already_charged": QT_TRANSLATE_NOOP("Messages", "The fee of that month was already charged: the exemption or discount can start from a month not charged yet."),
        "request_not_waiting": QT_TRANSLATE_NOOP("Messages", "The request is no longer waiting (the child was enrolled, or the request was withdrawn). Reload the list."),
        "school_needs_source": QT_TRANSLATE_NOOP("Messages", "A referral from a kindergarten or school needs the institution's name."),
        "route_other_club": QT_TRANSLATE_NOOP("Messages", "This route is not an active route of the club: please choose one of the club's routes."),
        "route_name_taken": QT_TRANSLATE_NOOP("Messages", "The club already has a route called {value}."),
        "club_name_taken": QT_TRANSLATE_NOOP("Messages", "There is already a club called {value}."),
        "club_has_children": QT_TRANSLATE_NOOP("Messages", "The club still has {enrolled} children enrolled: record their leaving before making the club inactive."),
        "capacity_below_enrolled": QT_TRANSLATE_NOOP("Messages", "The club has {enrolled} children enrolled: its capacity cannot be less than that."),
        "leave_before_start": QT_TRANSLATE_NOOP("Messages", "A child cannot leave the club before the enrolment's start date."),
        "ends_before_start": QT_TRANSLATE_NOOP("Messages", "The planned end cannot be before the start date."),
        "day_has_attendance": QT_TRANSLATE_NOOP("Messages", "Attendance of {count} children is already recorded on that day: it cannot be made a closed day."),
        # the therapy centre (models.therapy, issue 11)
        "therapy_not_member": QT_TRANSLATE_NOOP("Messages", "This person is not a member of the family file: please choose one of its members."),
        "therapy_not_child": QT_TRANSLATE_NOOP("Messages", "This person is not a child of the family file: a child's referral is for one of its children."),
        "therapy_not_parent": QT_TRANSLATE_NOOP("Messages", "This person is not a parent of the family file: a parent's referral is for one of its parents."),
        "therapy_kind_subject": QT_TRANSLATE_NOOP("Messages", "This kind of therapy is not given to whom the referral is for: emotional and art therapy are for a child or a parent, parent guidance for a parent or the parents together, a group for anyone."),
        "therapy_open": QT_TRANSLATE_NOOP("Messages", "There is already an open referral of this kind for this person (or for this family): it must end before another is made."),
        "therapy_not_waiting": QT_TRANSLATE_NOOP("Messages", "The referral is no longer waiting: its treatment started, or it ended. Reload the list."),
        "therapy_not_in_treatment": QT_TRANSLATE_NOOP("Messages", "Sessions are recorded only while the treatment is under way."),
        "therapy_ended": QT_TRANSLATE_NOOP("Messages", "The referral has ended: it can no longer be changed. A new referral can be made."),
        "therapy_start_before_referral": QT_TRANSLATE_NOOP("Messages", "The treatment cannot start before the referral date ({value})."),
        "therapy_end_before_start": QT_TRANSLATE_NOOP("Messages", "The referral cannot end before {value} (the start of its treatment, or the referral date)."),
        "therapy_goals_not_started": QT_TRANSLATE_NOOP("Messages", "The treatment never started, so its goals cannot have been met: please choose another reason."),
        # foster-care referrals (models.foster, issue 11)
        "decision_required": QT_TRANSLATE_NOOP("Messages", "Please choose the committee's decision the referral carries out. Only an emergency referral (emergency foster care, by a youth-law worker, a team head or the manager) may be made before the committee decides."),
        "emergency_reason_required": QT_TRANSLATE_NOOP("Messages", "An emergency referral without a committee decision needs its reason: please write why the child cannot wait for the committee."),
        "foster_open": QT_TRANSLATE_NOOP("Messages", "The child already has an open foster-care referral: continue that one instead of making another."),
        "status_not_allowed": QT_TRANSLATE_NOOP("Messages", "The referral cannot move to that step from where it is now: reload it to see where it may go."),
        "reason_required": QT_TRANSLATE_NOOP("Messages", "A move back along the pipeline needs a reason: please write why."),
        "placed_final": QT_TRANSLATE_NOOP("Messages", "The child is placed: the referral does not move back from there. To end the placement, move it to \"ended\" with the reason."),
        "not_pdf": QT_TRANSLATE_NOOP("Messages", "The document is not a PDF file: please attach it as a PDF (scan it or save it as PDF)."),
        "too_large": QT_TRANSLATE_NOOP("Messages", "The document is too large (at most 10 MB): please attach a smaller PDF."),
        # the youth-law forum (models.forum, issue 11)
        "not_child_of_file": QT_TRANSLATE_NOOP("Messages", "Please choose one of the family file's children."),
        "report_decided": QT_TRANSLATE_NOOP("Messages", "The forum has already decided this report, and a decision is final: a correction is a new report."),
        "meeting_exists": QT_TRANSLATE_NOOP("Messages", "There is already a forum meeting on that date: choose it in the list instead of making another."),
        "meeting_future": QT_TRANSLATE_NOOP("Messages", "This meeting's date is still ahead: a meeting is marked held, and its decisions recorded, on its day or after."),
        "meeting_has_decisions": QT_TRANSLATE_NOOP("Messages", "Reports were already decided at this meeting: its date can no longer be changed."),
        "due_before_meeting": QT_TRANSLATE_NOOP("Messages", "The due date cannot be before the meeting's date."),
        "due_too_late": QT_TRANSLATE_NOOP("Messages", "A report of this urgency is handled within {days} day(s) of the meeting: please choose an earlier due date."),
}

# Why the database cannot be used (DatabaseUnavailable.reason): what the user can do about it.
UNAVAILABLE: dict[str, str] = {
    "auth": QT_TRANSLATE_NOOP("Messages", "The database server refused the user name or password."),
    "no_such_database": QT_TRANSLATE_NOOP("Messages", "The server answered, but it has no database of this name. Check the database name."),
    "host_unknown": QT_TRANSLATE_NOOP("Messages", "The server name was not found. Check the server name and the network connection."),
    "refused": QT_TRANSLATE_NOOP("Messages", "The server refused the connection: the database service is not running there, or the port is wrong."),
    "timeout": QT_TRANSLATE_NOOP("Messages", "The server did not answer in time. Check the network connection, or try again in a few minutes."),
    "unreachable": QT_TRANSLATE_NOOP("Messages", "The server cannot be reached from this computer. Check the network connection."),
    "too_many": QT_TRANSLATE_NOOP("Messages", "The database server is busy (too many connections). Try again in a few minutes."),
    "server_starting": QT_TRANSLATE_NOOP("Messages", "The database server is starting or stopping. Try again in a minute."),
    "not_a_database": QT_TRANSLATE_NOOP("Messages", "The file is not a Maane database, or it is damaged."),
    "locked": QT_TRANSLATE_NOOP("Messages", "The database file is busy (another program is writing to it). Try again."),
    "cannot_open": QT_TRANSLATE_NOOP("Messages", "The database file cannot be opened. Check that the folder exists and that you may write there."),
}

OTHER: dict[str, str] = {
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "You are not allowed to do this. The attempt was recorded."),
    "not_the_chair": QT_TRANSLATE_NOOP("Messages", "Only the chair of the meeting can finalise its protocols."),
    "conflict": QT_TRANSLATE_NOOP("Messages", "Someone else changed this record since you opened it. Reload it to see the "
                                  "current version, then try again."),
    "stale": QT_TRANSLATE_NOOP("Messages", "Someone else changed this since you opened it: nothing was saved. Reload to see "
                               "the current version, then try again."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "The record was not found; it may have been removed."),
    "duplicate_username": QT_TRANSLATE_NOOP("Messages", "A user with this name already exists."),
    "duplicate_name_birth_date": QT_TRANSLATE_NOOP("Messages", "A person with the same name and birth date already exists."),
    "duplicate_id_number": QT_TRANSLATE_NOOP("Messages", "A person with this ID number already exists."),
    "no_maane_user": QT_TRANSLATE_NOOP("Messages", "The login {login} is not a Maane user. Ask the system administrator."),
    "auth_failed": QT_TRANSLATE_NOOP("Messages", "Wrong user name or password."),
    "hint_hebrew_name": QT_TRANSLATE_NOOP("Messages", "The keyboard is on Hebrew: did you mean {meant}? Switch the keyboard to English (Alt+Shift) and type the password again."),
    "hint_hebrew_password": QT_TRANSLATE_NOOP("Messages", "The password you typed has Hebrew letters: is the keyboard on Hebrew?"),
    "hint_arabic_name": QT_TRANSLATE_NOOP("Messages", "The keyboard is on Arabic: did you mean {meant}? Switch the keyboard to English (Alt+Shift) and type the password again."),
    "hint_arabic_password": QT_TRANSLATE_NOOP("Messages", "The password you typed has Arabic letters: is the keyboard on Arabic?"),
    "account_locked": QT_TRANSLATE_NOOP("Messages", "The account is locked after too many failed attempts. Try again after {until}."),
    "schema_empty": QT_TRANSLATE_NOOP("Messages", "The database holds no Maane data structure (expected revision {expected}). "
                                      "Ask the system administrator to run: maane db upgrade"),
    "schema_other": QT_TRANSLATE_NOOP("Messages", "The database is at revision {found}, this program needs revision {expected}. "
                                      "Ask the system administrator to run: maane db upgrade"),
    "schema_unknown": QT_TRANSLATE_NOOP("Messages", "The database is at revision {found}, which this version of Maane does not know "
                                        "(it was made by a newer version). Use that version, or a backup made with this one."),
    "db_unavailable": QT_TRANSLATE_NOOP("Messages", "The database cannot be reached. Check the network connection or the database "
                                        "settings."),
    "staff_own_account": QT_TRANSLATE_NOOP("Messages", "Nobody changes their own account here: another administrator or the manager does it. The attempt was recorded."),
    "staff_change_same_person": QT_TRANSLATE_NOOP("Messages", "Someone other than the person who asked for the change must decide it. The attempt was recorded."),
    "staff_change_own_account": QT_TRANSLATE_NOOP("Messages", "Nobody decides a change of their own account. The attempt was recorded."),
    "staff_change_pending": QT_TRANSLATE_NOOP("Messages", "A change of this account is already waiting for a decision."),
    "staff_change_decided": QT_TRANSLATE_NOOP("Messages", "This change has already been decided."),
    "staff_change_stale": QT_TRANSLATE_NOOP("Messages", "The account changed since this change was asked for: refuse it and ask again."),
    "duplicate_candidates": QT_TRANSLATE_NOOP("Messages", "Someone who may be the same person is already registered: please check the possible duplicates before adding a new person."),
    "fallback": QT_TRANSLATE_NOOP("Messages", "The action failed ({code})."),
}


def templates_for(error: DomainError) -> list[str]:
    """The English source sentences that say ``error`` (one, or a sentence and hints), unformatted."""
    if error.params.get("field") in ("levels", "monthly_income"):  # day-care's amounts (models.daycare)
        level = "_level" if "level" in error.params else ""
        if error.code == "negative_amount" and level:
            return [VALIDATION["negative_amount_level"]]
        if error.code == "too_large":
            return [VALIDATION[f"amount_too_large{level}"]]
    p, code = error.params, error.code
    if code == "not_child" and p.get("field") == "child_id":  # the clubs' sentence names a club (person_id)
        return [VALIDATION["not_child_of_file"]]
    if code in VALIDATION:
        return [VALIDATION[code]]
    if code == "duplicate_suspected":
        key = {"username": "duplicate_username", "name_birth_date": "duplicate_name_birth_date",
               "candidates": "duplicate_candidates"}.get(
            str(p.get("field")), "duplicate_id_number")
        return [OTHER[key]]
    if code == "auth_failed":
        if p.get("reason") == "no_maane_user":
            return [OTHER["no_maane_user"]]
        out = [OTHER["auth_failed"]]
        language = {"he": "hebrew", "ar": "arabic"}
        if p.get("meant") and p.get("layout") in language:
            out.append(OTHER[f"hint_{language[p['layout']]}_name"])
        if p.get("password_layout") in language:
            out.append(OTHER[f"hint_{language[p['password_layout']]}_password"])
        return out
    if code == "schema_mismatch":
        if p.get("unknown"):
            return [OTHER["schema_unknown"]]
        return [OTHER["schema_empty" if p.get("found") is None else "schema_other"]]
    if code == "db_unavailable":
        reason = str(p.get("reason", ""))
        return [UNAVAILABLE[reason]] if reason in UNAVAILABLE else [OTHER["db_unavailable"]]
    if code in OTHER:
        return [OTHER[code]]
    return [OTHER["fallback"]]


def when(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    return str(value or "")


# Values that read left to right (dates, paths, user names, addresses): in a right-to-left sentence each is
# isolated (U+2066 LEFT-TO-RIGHT ISOLATE ... U+2069), or "28/11/2026 21:32" shows as "21:32 28/11/2026".
LTR_VALUES = frozenset({"until", "value", "path", "meant", "typed", "login", "role", "found", "expected", "min", "max",
                        "database", "encoding", "ctype"})


def render(error: DomainError, translate: Callable[[str], str] = lambda text: text, *,
           isolate: bool = False) -> str:
    """``error`` in words: each template passed through ``translate`` (the client: Qt Linguist; the
    command line: English as is), then filled with the error's parameters (``isolate``: left-to-right
    values wrapped in bidi isolates, for a right-to-left interface)."""
    values = {k: when(v) if k == "until" else v for k, v in error.params.items()}
    if isolate:
        values = {k: f"\u2066{v}\u2069" if k in LTR_VALUES else v for k, v in values.items()}
    field = error.params.get("field")
    values.update(field=translate(FIELD_NAMES[field]) if field in FIELD_NAMES else (field or ""), code=error.code)
    sentences = []
    for template in templates_for(error):
        text = translate(template)
        try:
            sentences.append(text.format(**values))
        except (KeyError, IndexError, ValueError):
            sentences.append(text)
    return " ".join(sentences)


def english(error: DomainError) -> str:
    """For the command line and logs."""
    return render(error)


# ---- the access log (desktop/audit): what an event was, in words ---------------------------------------
# Keyed by the action code an event records (the services' own, a denial's Action value, the triggers'
# db_insert/db_update/db_delete); an unknown code is shown as it is.
AUDIT_ACTIONS: dict[str, str] = {
    "view": QT_TRANSLATE_NOOP("Messages", "opened"),
    "view_file": QT_TRANSLATE_NOOP("Messages", "opened the file"),
    "view_person": QT_TRANSLATE_NOOP("Messages", "opened the person"),
    "view_files": QT_TRANSLATE_NOOP("Messages", "looked at family files"),
    "view_notes": QT_TRANSLATE_NOOP("Messages", "read the notes"),
    "list": QT_TRANSLATE_NOOP("Messages", "saw in a list"),
    "search": QT_TRANSLATE_NOOP("Messages", "searched"),
    "create": QT_TRANSLATE_NOOP("Messages", "created"),
    "update": QT_TRANSLATE_NOOP("Messages", "changed"),
    "close": QT_TRANSLATE_NOOP("Messages", "closed the file"),
    "reopen": QT_TRANSLATE_NOOP("Messages", "reopened the file"),
    "reassign": QT_TRANSLATE_NOOP("Messages", "reassigned the file"),
    "restrict": QT_TRANSLATE_NOOP("Messages", "changed the restriction"),
    "add_member": QT_TRANSLATE_NOOP("Messages", "added a member"),
    "sign": QT_TRANSLATE_NOOP("Messages", "signed a note"),
    "correct": QT_TRANSLATE_NOOP("Messages", "corrected a note"),
    "db_insert": QT_TRANSLATE_NOOP("Messages", "record added"),
    "db_update": QT_TRANSLATE_NOOP("Messages", "record changed"),
    "db_delete": QT_TRANSLATE_NOOP("Messages", "record removed"),
    "open_file": QT_TRANSLATE_NOOP("Messages", "opened a new file"),
    "edit_file": QT_TRANSLATE_NOOP("Messages", "changed the file"),
    "close_file": QT_TRANSLATE_NOOP("Messages", "closed the file"),
    "reassign_file": QT_TRANSLATE_NOOP("Messages", "reassigned the file"),
    "restrict_file": QT_TRANSLATE_NOOP("Messages", "changed the restriction"),
    "write_note": QT_TRANSLATE_NOOP("Messages", "wrote a note"),
    "manage_tasks": QT_TRANSLATE_NOOP("Messages", "worked on tasks"),
    "edit_person": QT_TRANSLATE_NOOP("Messages", "changed a person"),
    "print": QT_TRANSLATE_NOOP("Messages", "printed"),
    "export": QT_TRANSLATE_NOOP("Messages", "exported"),
    "login": QT_TRANSLATE_NOOP("Messages", "signed in"),
    "list_staff": QT_TRANSLATE_NOOP("Messages", "looked at the staff accounts"),
    "staff_add": QT_TRANSLATE_NOOP("Messages", "added a staff account"),
    "staff_deactivate": QT_TRANSLATE_NOOP("Messages", "deactivated a staff account"),
    "staff_password": QT_TRANSLATE_NOOP("Messages", "reset a password"),
    "staff_unlock": QT_TRANSLATE_NOOP("Messages", "unlocked an account"),
    "staff_change_request": QT_TRANSLATE_NOOP("Messages", "asked for a change of role or team"),
    "staff_change_decide": QT_TRANSLATE_NOOP("Messages", "decided a change of role or team"),
    "manage_users": QT_TRANSLATE_NOOP("Messages", "managed staff accounts"),
    "decide_staff_changes": QT_TRANSLATE_NOOP("Messages", "decided a change of role or team"),
    "view_audit": QT_TRANSLATE_NOOP("Messages", "viewed the access log"),
    "view_all_audit": QT_TRANSLATE_NOOP("Messages", "viewed the access log"),
    "view_file_audit": QT_TRANSLATE_NOOP("Messages", "viewed the access log"),
    "review_access_log": QT_TRANSLATE_NOOP("Messages", "reviewed the access log"),
    "audit_export": QT_TRANSLATE_NOOP("Messages", "exported the access log"),
    "audit_purge": QT_TRANSLATE_NOOP("Messages", "purged the access log"),
    # intake (models.intake)
    "attach": QT_TRANSLATE_NOOP("Messages", "attached to a family file"),
    "hand_over": QT_TRANSLATE_NOOP("Messages", "handed over to a family worker"),
    "refer_elsewhere": QT_TRANSLATE_NOOP("Messages", "referred elsewhere"),
    "no_intervention": QT_TRANSLATE_NOOP("Messages", "closed without intervention"),
    "link_person": QT_TRANSLATE_NOOP("Messages", "linked a person"),
    "confirm_new_person": QT_TRANSLATE_NOOP("Messages", "registered a new person despite possible duplicates"),
    "receive_referrals": QT_TRANSLATE_NOOP("Messages", "worked on referrals"),
    # the treatment-plan committee (models.committees)
    "cancel": QT_TRANSLATE_NOOP("Messages", "cancelled"),
    "delete": QT_TRANSLATE_NOOP("Messages", "removed"),
    "move": QT_TRANSLATE_NOOP("Messages", "moved on the agenda"),
    "finalise": QT_TRANSLATE_NOOP("Messages", "finalised"),
    "view_committees": QT_TRANSLATE_NOOP("Messages", "looked at the committee"),
    "manage_committees": QT_TRANSLATE_NOOP("Messages", "worked on the committee"),
}

# What an event was about (its entity: a service's name or a table's).
AUDIT_ENTITIES: dict[str, str] = {
    "family_file": QT_TRANSLATE_NOOP("Messages", "family file"),
    "family_files": QT_TRANSLATE_NOOP("Messages", "family file"),
    "person": QT_TRANSLATE_NOOP("Messages", "person"),
    "persons": QT_TRANSLATE_NOOP("Messages", "person"),
    "person_phones": QT_TRANSLATE_NOOP("Messages", "phone"),
    "family_members": QT_TRANSLATE_NOOP("Messages", "family member"),
    "file_access": QT_TRANSLATE_NOOP("Messages", "access to a restricted file"),
    "case_note": QT_TRANSLATE_NOOP("Messages", "note"),
    "case_notes": QT_TRANSLATE_NOOP("Messages", "note"),
    "task": QT_TRANSLATE_NOOP("Messages", "task"),
    "tasks": QT_TRANSLATE_NOOP("Messages", "task"),
    "user": QT_TRANSLATE_NOOP("Messages", "staff account"),
    "users": QT_TRANSLATE_NOOP("Messages", "staff account"),
    "team": QT_TRANSLATE_NOOP("Messages", "team"),
    "teams": QT_TRANSLATE_NOOP("Messages", "team"),
    "staff_changes": QT_TRANSLATE_NOOP("Messages", "change of role or team"),
    "audit": QT_TRANSLATE_NOOP("Messages", "access log"),
    "audit_review": QT_TRANSLATE_NOOP("Messages", "access log"),
    "user_audit": QT_TRANSLATE_NOOP("Messages", "access log"),
    "referral": QT_TRANSLATE_NOOP("Messages", "referral"),
    "referrals": QT_TRANSLATE_NOOP("Messages", "referral"),
    "referral_persons": QT_TRANSLATE_NOOP("Messages", "person of a referral"),
    "club_requests": QT_TRANSLATE_NOOP("Messages", "club request"),
    "committee_meeting": QT_TRANSLATE_NOOP("Messages", "committee meeting"),
    "committee_meetings": QT_TRANSLATE_NOOP("Messages", "committee meeting"),
    "committee_case": QT_TRANSLATE_NOOP("Messages", "committee hearing"),
    "committee_cases": QT_TRANSLATE_NOOP("Messages", "committee hearing"),
    "committee_participant": QT_TRANSLATE_NOOP("Messages", "committee participant"),
    "committee_participants": QT_TRANSLATE_NOOP("Messages", "committee participant"),
    "committee_protocol": QT_TRANSLATE_NOOP("Messages", "committee protocol"),
    "committee_protocols": QT_TRANSLATE_NOOP("Messages", "committee protocol"),
    "committee_decisions": QT_TRANSLATE_NOOP("Messages", "committee decision"),
    "committee_tasks": QT_TRANSLATE_NOOP("Messages", "committee task"),
    "committee_addendum": QT_TRANSLATE_NOOP("Messages", "protocol addendum"),
    "committee_addenda": QT_TRANSLATE_NOOP("Messages", "protocol addendum"),
    "committee_follow_up": QT_TRANSLATE_NOOP("Messages", "committee follow-up"),
    "placement": QT_TRANSLATE_NOOP("Messages", "placement out of home"),
    "placements": QT_TRANSLATE_NOOP("Messages", "placement out of home"),
}

# The kinds a reviewer filters by (models.audit.review.ACTION_KINDS).
AUDIT_KINDS: dict[str, str] = {
    "view": QT_TRANSLATE_NOOP("Messages", "views and lists"),
    "search": QT_TRANSLATE_NOOP("Messages", "searches"),
    "change": QT_TRANSLATE_NOOP("Messages", "changes"),
    "export": QT_TRANSLATE_NOOP("Messages", "prints and exports"),
    "sign_in": QT_TRANSLATE_NOOP("Messages", "sign-ins"),
    "staff": QT_TRANSLATE_NOOP("Messages", "staff accounts"),
    "audit": QT_TRANSLATE_NOOP("Messages", "access-log reviews"),
}

# The field names of row images not in FIELD_NAMES.
AUDIT_FIELDS: dict[str, str] = {
    "first_name_ar": QT_TRANSLATE_NOOP("Messages", "first name (Arabic)"),
    "last_name_ar": QT_TRANSLATE_NOOP("Messages", "last name (Arabic)"),
    "first_name_lat": QT_TRANSLATE_NOOP("Messages", "first name (Latin)"),
    "last_name_lat": QT_TRANSLATE_NOOP("Messages", "last name (Latin)"),
    "restricted": QT_TRANSLATE_NOOP("Messages", "restricted"),
    "signed_at": QT_TRANSLATE_NOOP("Messages", "signed"),
    "done": QT_TRANSLATE_NOOP("Messages", "done"),
    "number": QT_TRANSLATE_NOOP("Messages", "phone"),
    "file_id": QT_TRANSLATE_NOOP("Messages", "family file"),
    "author_id": QT_TRANSLATE_NOOP("Messages", "author"),
    "user_id": QT_TRANSLATE_NOOP("Messages", "staff member"),
    "active": QT_TRANSLATE_NOOP("Messages", "active"),
    "corrects_id": QT_TRANSLATE_NOOP("Messages", "corrects note"),
}


def audit_event_words(action: str, entity: str, translate: Callable[[str], str] = lambda text: text) -> str:
    """An event in words: "record changed: family file", "opened: person"."""
    what = translate(AUDIT_ACTIONS[action]) if action in AUDIT_ACTIONS else action
    about = AUDIT_ENTITIES.get(entity)
    if about is None or action in ("view_file", "view_person", "close", "reopen", "reassign", "restrict",
                                   "add_member", "sign", "correct", "review_access_log", "audit_export",
                                   "audit_purge", "login"):
        return what
    return f"{what}: {translate(about)}"


def audit_field_words(field: str, translate: Callable[[str], str] = lambda text: text) -> str:
    if field in FIELD_NAMES:
        return translate(FIELD_NAMES[field])
    if field in AUDIT_FIELDS:
        return translate(AUDIT_FIELDS[field])
    return field
