"""Errors of the reports package, importable without loading ReportLab or pyHanko."""

from udsat_desktop.core.errors import UserError


class SigningError(UserError):
    """A problem with keys or signing the user can act on; the message is Danish."""
