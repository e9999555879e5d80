"""Shared vocabulary: the codes stored in the database and offered in the forms (labels are translated by
the client). No ORM here, so widgets can import it."""

CLOSE_REASONS = ("goals_met", "moved", "refused", "transferred", "no_contact", "other")

ID_KINDS = ("il", "passport", "none")

LANGUAGES = ("he", "ar", "ru", "am", "en", "fr", "es", "ti", "other")

NOTE_KINDS = ("home_visit", "office_meeting", "phone_call", "service_contact", "other")

RELATIONS = ("parent", "child", "other")

SEXES = ("f", "m", "x")
