"""Foster-care referrals (issue 11): the referrals page, the referral window, its dialogs, the file tab and the printing."""
