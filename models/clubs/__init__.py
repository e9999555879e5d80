"""Therapeutic clubs (מועדוניות). For now only the requests for a place in one (club_requests), filed at intake
(route b of DOMAIN.md); issue 10 builds the clubs module on them."""
