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
