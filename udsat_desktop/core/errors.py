"""The two kinds of failure, for every layer.

- `UserError`: known. The user can understand it and act on it; its message (a `str` or a
  `core.text.Msg`) is one Danish sentence, and nothing was half-written. The CLI prints it and
  exits with status 2; the GUI shows it in a message box (translated), never the crash dialog.
- Everything else raised is a bug. The GUI shows the crash dialog and writes the traceback
  (messages left out, CPR numbers masked: `core.crash`) to a crash file; the CLI prints one
  Danish sentence that points at the log file, writes the traceback there, and exits with 1 —
  never a traceback on the terminal.

Each layer subclasses `UserError` for its own known failures (`store.errors.StoreError` and the
mapped SQLite errors in `store.sqlite_errors`, `sync.share.ShareError`, `reports.errors.
SigningError`, `core.status.NotAllowed`, `cli.CliError`, …). A failure that is a bad value the
caller may also catch as `ValueError` (a CPR number, a date in a cell) is an `InputError`.
"""

from __future__ import annotations

CLI_USER_ERROR = 2  # exit status of a refused command (the user can act on the message)
CLI_FAILURE = 1  # exit status of a command that failed (a bug, or the system refused)


class UserError(Exception):
    """A problem to tell the user, in Danish; not a bug."""


class InputError(UserError, ValueError):
    """A value that cannot be accepted (a CPR number, a date in a cell, a transition)."""


def is_user_error(exc: BaseException) -> bool:
    return isinstance(exc, UserError)
