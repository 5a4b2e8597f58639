"""The console the CLI and the smoke output talk to, the same on Linux and Windows.

- Output is UTF-8: on Windows a redirected stdout is written in the ANSI code page (cp1252),
  where a path such as `C:\\data-Ω` cannot be written and print() raised UnicodeEncodeError.
- "Is there someone to type a passphrase?": on Windows `isatty()` is true for NUL and for any
  character device, so it cannot tell; only a real console answers GetConsoleMode.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO


def use_utf8_output(*streams: TextIO | None) -> None:
    """Write stdout and stderr (or the given streams) as UTF-8, replacing what cannot be
    encoded instead of raising. A stream that is UTF-8 already (a Linux terminal, Windows'
    console) is left as it is."""
    for stream in streams or (sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("_", "-")
        try:
            if encoding in ("utf-8", "utf8"):
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError):  # a stream already written to in another encoding
            continue


def _windows_console(fd: int) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes
    import msvcrt

    try:
        handle = msvcrt.get_osfhandle(fd)
    except OSError:
        return False
    mode = ctypes.c_ulong()
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    return bool(kernel32.GetConsoleMode(ctypes.c_void_p(handle), ctypes.byref(mode)))


def stdin_is_console(stdin: TextIO | None = None) -> bool:
    """True when a person can type at standard input: a terminal on Linux/macOS, a console
    (not NUL, a file or a pipe) on Windows."""
    stream = sys.stdin if stdin is None else stdin
    if stream is None:
        return False
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    if sys.platform == "win32":
        return _windows_console(fd)
    return os.isatty(fd)
