"""The access log: its review by the manager and the team heads."""
