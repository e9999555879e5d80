"""The treatment-plan committee's screens (issue 9): meetings, agenda, participants, invitations, protocols."""
