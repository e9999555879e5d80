"""Day-care under the toddlers-at-risk law (מעונות יום): the page, the case dialog, the income-level table
editor, the family file's tab and the approval letter's preview (issue 11)."""
