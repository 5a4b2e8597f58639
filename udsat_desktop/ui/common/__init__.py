"""What every area of the UI shares: the controller base, guards, translation helpers, the
theme, background tasks, the lock, printing and small dialog helpers."""
