"""The coordinator's windows: dashboard, meetings, conflicts, the audit log, journal export."""
