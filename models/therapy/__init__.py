"""The therapy centre (טיפולים רגשיים והדרכות הורים): referrals of a family's child, parent or the whole
family by the family worker, the waiting list by the age of the referral, the course of treatment."""
