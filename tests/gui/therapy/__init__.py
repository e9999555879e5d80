"""GUI tests of the therapy centre (issue 11)."""
