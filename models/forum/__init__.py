"""The youth-law weekly forum (פורום חוק הנוער, DOMAIN.md item 5): reports about children at risk, the
weekly agenda of those not yet decided, the forum's decisions (each a Task for the worker in charge) and its
minutes (issue 11)."""
