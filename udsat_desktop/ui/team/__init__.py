"""Team and sync: the team's members and trust, the background sync and its status-bar
label, the sync log, assignment and the share settings."""
