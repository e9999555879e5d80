"""Therapeutic clubs (מועדוניות טיפוליות, DOMAIN.md item 6): the clubs, their calendar, the requests and
waiting lists, enrolment, attendance and fees (issue 10)."""
