"""Intake (אינטייק): referrals (פניות), the duplicate check before anyone new is created, the outcome of each
referral, the hand-over of a new file to a family worker, club requests filed at intake."""
