"""The therapeutic clubs' screens (issue 10)."""
