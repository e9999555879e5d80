"""The treatment-plan committee (issue 9): meetings, agenda, participants, invitations, protocols."""
