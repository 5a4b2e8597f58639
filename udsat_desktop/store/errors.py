"""The store's base error: a problem the user can understand and act on (`str()` is Danish).
Kept apart from `db` so that `sqlite_errors` (which `db` uses) can subclass it."""

from __future__ import annotations

from udsat_desktop.core.errors import UserError


class StoreError(UserError):
    """A problem the user can understand and act on; `str()` is Danish."""
