"""Day-care under the toddlers-at-risk law (מעונות יום, DOMAIN.md item 1): eligibility checked, the parents'
share computed from the department's income-level table, the placement (issue 11)."""
