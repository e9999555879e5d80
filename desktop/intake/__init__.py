"""Intake (issue 8): the queue of referrals, the referral form, the referral and its outcome, the hand-over to
a family worker, and the intake forms' print."""
