"""Errors of the reports package, importable without loading ReportLab or pyHanko."""


class SigningError(Exception):
    """A problem with keys or signing the user can act on; the message is Danish."""
