"""The therapy centre's screens (issue 11): the Therapy centre page and the family file's Therapy tab."""
