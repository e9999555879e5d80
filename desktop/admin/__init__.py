"""Administration: staff accounts (the administrator; the manager decides changes of role and team)."""
