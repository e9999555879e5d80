"""Shared vocabulary: the codes stored in the database and offered in the forms (labels are translated by
the client). No ORM here, so widgets can import it."""

CLOSE_REASONS = ("goals_met", "moved", "refused", "transferred", "no_contact", "other")

ID_KINDS = ("il", "passport", "none")

LANGUAGES = ("he", "ar", "ru", "am", "en", "fr", "es", "ti", "other")

NOTE_KINDS = ("home_visit", "office_meeting", "phone_call", "service_contact", "other")

RELATIONS = ("parent", "child", "other")

SEXES = ("f", "m", "x")

# ---- intake (models.intake) ----------------------------------------------------------------------------
REFERRAL_CHANNELS = ("phone", "walk_in", "letter", "email")

REFERRAL_SOURCES = ("self", "school", "kindergarten", "health", "police", "court", "department_service",
                    "anonymous", "other")

# most urgent first: the queue's order and the department's response days follow it
URGENCIES = ("immediate", "day", "week", "routine")

# an open referral has none; a decided one exactly one
REFERRAL_OUTCOMES = ("new_file", "attached", "referred_elsewhere", "no_intervention")

# where a referral is sent when the department is not the answer (the referral letter names it)
ELSEWHERE_SERVICES = ("health", "education", "national_insurance", "employment", "housing", "legal_aid",
                      "other_municipality", "nonprofit", "other")

NO_INTERVENTION_REASONS = ("information_only", "resolved", "declined", "not_eligible", "other")

# ---- committees (models.committees, issue 9) -----------------------------------------------------------
# the treatment-plan committee's levels this department runs (district and national sit elsewhere)
COMMITTEE_LEVELS = ("regular", "expanded")

MEETING_STATUSES = ("planned", "held", "cancelled")

# why a child's case is on the agenda; "urgent": a child at immediate risk, heard within a week
HEARING_REASONS = ("first_hearing", "review", "out_of_home", "annual_review", "urgent")

PARTICIPANT_KINDS = ("mother", "father", "guardian", "minor", "family_worker", "youth_law_worker",
                     "homeroom_teacher", "school_counsellor", "educational_psychologist", "health",
                     "foster_care_service", "other")

# the parents and guardians: invited at least PARENT_NOTICE_DAYS ahead unless the hearing is urgent
PARENT_KINDS = ("mother", "father", "guardian")

INVITATION_METHODS = ("mail", "email", "phone", "in_person")

# the languages an invitation or a letter to the family is printed in
LETTER_LANGUAGES = ("he", "ar")

DECISION_KINDS = ("community_plan", "foster_family", "residential", "court_recommendation", "other")

# the decisions that place a child out of home, and the settings of a placement
OUT_OF_HOME_DECISIONS = ("foster_family", "residential")
PLACEMENT_SETTINGS = ("foster_family", "residential")

PROTOCOL_STATUSES = ("none", "draft", "final")

PARENT_NOTICE_DAYS = 14  # parents are summoned at least 14 days ahead (DOMAIN.md, the committee procedure)
URGENT_WITHIN_DAYS = 7  # a child at immediate risk is heard within a week
PLACED_REVIEW_MONTHS = 12  # a child placed out of home is reviewed at least once a year
FOLLOW_UP_DAYS = 30  # the follow-up page shows the reviews due within this many days

# ---- therapeutic clubs (models.clubs, issue 10) -------------------------------------------------------
# how a club request arrives (DOMAIN.md, item 6): (a) the family's worker, (b) intake opening the file,
# (c) a kindergarten or school
CLUB_ROUTES = ("family_worker", "intake", "school")

# a request waits on its club's list until the child is enrolled (from it) or it is withdrawn (with a reason)
CLUB_REQUEST_STATUSES = ("waiting", "enrolled", "withdrawn")

WITHDRAW_REASONS = ("family_declined", "placed_elsewhere", "moved", "not_suitable", "other")

# the risk the family worker sees for the child: one of the waiting list's keys (highest first)
CLUB_RISKS = ("high", "medium", "low")

LEAVE_REASONS = ("goals_met", "age", "moved", "family_request", "non_attendance", "other")

# why a child was absent; an absence with none is "unexplained" (three in a row: a task for the family worker)
ABSENCE_REASONS = ("sick", "family", "appointment", "school_event", "other")
UNEXPLAINED_STREAK = 3

# a day of a club's calendar: a regular club day (12:00-18:00), a day-camp day (08:00-13:00: Hanukkah,
# Passover's intermediate days, July) or closed (a holiday, Friday and Saturday, August)
CLUB_DAY_KINDS = ("club", "camp", "closed")

FEE_ADJUSTMENT_KINDS = ("exemption", "discount")  # an exemption waives the fee; a discount lowers it

PAYMENT_METHODS = ("cash", "cheque", "card", "transfer")

CLUB_CAPACITY = 15  # children a club takes (DOMAIN.md)
CLUB_MIN_AGE, CLUB_MAX_AGE = 3, 12
CLUB_FEE_AGOROT = 13_000  # 130 NIS a month from the parents (ministry instructions); money is kept in agorot

# ---- the continuum for children at risk (issue 11) -----------------------------------------------------
# foster-care referrals (models.foster): the kind of care asked for
FOSTER_KINDS = ("emergency", "short_term", "long_term", "kinship")
# the pipeline, in its order; "ended" (with a reason) only after "placed", "rejected" (with a reason) by the
# foster-care service before placement. Moving back along FOSTER_PIPELINE needs a reason.
FOSTER_PIPELINE = ("draft", "sent", "assessment", "proposed", "matched", "placed")
FOSTER_STATUSES = (*FOSTER_PIPELINE, "ended", "rejected")
FOSTER_OPEN_STATUSES = ("draft", "sent", "assessment", "proposed", "matched")
FOSTER_END_REASONS = ("returned_home", "adoption", "moved_placement", "came_of_age", "other")
FOSTER_REJECT_REASONS = ("no_family_found", "not_suitable", "parents_object", "other")
# documents attached to a referral (merged with the referral form into one PDF)
FOSTER_DOCUMENT_KINDS = ("protocol", "assessment", "medical", "school", "court", "other")
FOSTER_VISIT_KINDS = ("parents_visit", "worker_visit", "phone_call", "other")
# an emergency referral without a committee decision: the committee must decide within this many days
# (a child at immediate risk is heard within a week: URGENT_WITHIN_DAYS)
FOSTER_EMERGENCY_COMMITTEE_DAYS = 7
FOSTER_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024

# the youth-law forum (models.forum): reports about children at risk and the weekly forum's decisions
REPORTER_KINDS = ("school", "kindergarten", "health", "police", "neighbour", "relative", "parent", "minor",
                  "department_worker", "anonymous", "other")
RISK_REPORT_KINDS = ("physical_abuse", "sexual_abuse", "emotional_abuse", "neglect", "domestic_violence",
                     "runaway", "parent_unable", "other")
# a report arrived as a report, or as an intake referral passed to the forum
RISK_REPORT_CHANNELS = ("report", "referral")
FORUM_INTERVENTIONS = ("assessment_visit", "treatment_plan_committee", "police_report", "emergency_removal",
                       "community_services", "monitoring", "no_further_action", "other")
FORUM_MEETING_STATUSES = ("planned", "held")

# day-care under the toddlers-at-risk law (models.daycare)
DAYCARE_MAX_MONTHS = 36  # under 36 months on 1 September of the school year
DAYCARE_GROUNDS = ("abuse_neglect", "parent_unable", "developmental_delay")
# who confirms a developmental delay
DAYCARE_SPECIALISTS = ("paediatrician", "developmental_psychologist")
DAYCARE_COMMITTEES = ("treatment_plan", "toddlers_at_risk")
DAYCARE_STATUSES = ("draft", "approved", "placed", "ended")
DAYCARE_REGISTRATION_MONTHS = (2, 3)  # registration runs in February-March
DAYCARE_REGISTRATION_WARN_DAYS = 30  # the page warns this many days before it opens

# the therapy centre (models.therapy)
THERAPY_SUBJECTS = ("child", "parent", "family")
THERAPY_KINDS = ("emotional", "parent_guidance", "art", "group")
THERAPY_STATUSES = ("waiting", "in_treatment", "ended")
THERAPY_END_REASONS = ("goals_met", "dropped_out", "referred_elsewhere", "moved", "other")
