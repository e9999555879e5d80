"""The therapeutic clubs' screens (issue 10): the Clubs page (overview, waiting lists, enrolment, roster,
attendance, fees), the calendar, the requests and the school referral, the club tab of the family file."""
