"""Foster-care referrals (הפניות לאומנה, DOMAIN.md item 1): a committee decision for an out-of-home placement
carried out (or an emergency before the committee), its pipeline to a placement, documents and visits
(issue 11)."""
