"""`udsat-desktop`: the GUI entry point.

    udsat-desktop [--data-dir DIR] [--demo] [--smoke]

`--demo` opens (creating on first use) a demo database of synthetic cases with the documented
demo passphrase. `--smoke` opens the database, shows the populated queue, prints
`ready_ms=<ms from process start to a usable queue>` and exits 0; it runs offscreen when there
is no screen. The passphrase comes from `UDSAT_PASSPHRASE` when set, else from a dialog.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from functools import partial
from importlib import import_module
from pathlib import Path
from types import TracebackType
from typing import NoReturn

from udsat_desktop.core.crash import crash_text
from udsat_desktop.core.errors import CLI_USER_ERROR, UserError
from udsat_desktop.platform.console import use_utf8_output
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.kdf import EarlyKey
from udsat_desktop.platform.logsetup import setup_logging
from udsat_desktop.platform.paths import AppPaths, path_reason, resolve, unusable
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.ui.common import remember  # no Qt: the OS keyring, on the KDF's thread

# The queue window's modules that do not use Qt, imported before PySide6 is: from then on
# PySide6 reads the source of every module that runs an import (shibokensupport's
# `__feature__` check), 40-60 ms of the launch's ~590 ms CPU (issue 34, A B B A, min and median)
QUEUE_PATH = (
    "udsat_desktop.store.lifecycle",
    "udsat_desktop.store.audit_append",
    "udsat_desktop.store.signed_pdfs",
    "udsat_desktop.sync.pending",
    "udsat_desktop.sync.share",
    "udsat_desktop.core.profile",
    "udsat_desktop.core.passphrase",
    "udsat_desktop.platform.proctime",
)

# what the first opened case and its first edit import (`load_write_path`)
WRITE_PATH = (
    "udsat_desktop.store.cases",
    "udsat_desktop.store.importer",
    "udsat_desktop.store.reviews",
    "udsat_desktop.sync.engine",
    "udsat_desktop.core.checklist",  # last: its templates are parsed too
)


def _has_screen() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="udsat-desktop", description="Udsat Desktop")
    parser.add_argument("--data-dir", metavar="DIR", help="datamappe (til test og bærbar brug)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="åbn (og opret ved første start) en demodatabase med syntetiske sager",
    )
    parser.add_argument("--cases", type=int, default=2737, help="antal demosager ved oprettelse")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="åbn køen, skriv ready_ms og afslut (til pakning og målinger)",
    )
    parser.add_argument(
        "--check-summary",
        action="store_true",
        help="med --smoke: lav, underskriv og kontrollér også en sammenfatning",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # not imported otherwise: 5 ms of the launch
        import multiprocessing

        multiprocessing.freeze_support()  # batch signing's worker processes in a frozen build
    use_utf8_output()  # the smoke figures and errors, when redirected on Windows
    args = parse_args(argv)
    if args.smoke and not _has_screen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    try:
        paths = resolve(args.data_dir)
        try:
            paths.ensure()
        except OSError as exc:
            raise unusable("--data-dir", paths.data, path_reason(exc)) from None
    except UserError as exc:  # no window yet to show it in: one sentence, as the CLI says it
        print(f"udsat-desktop: {exc}", file=sys.stderr)
        return CLI_USER_ERROR
    setup_logging(paths.logs)
    early_key, from_keyring = start_key(args, paths)
    install_excepthook(paths.logs)

    for name in QUEUE_PATH:  # while the early key derives, before Qt (see QUEUE_PATH); the
        import_module(name)  # unlock dialog's start needs them before the dialog as well
    # Qt lives in ui/, and loads while the early key derives (EarlyKey's thread)
    from udsat_desktop.ui.startup import WINDOW_MODULES, run_gui  # lazy: Qt, after the KDF starts

    if early_key is not None:  # no dialog to show first: the window's modules, while it derives
        for name in WINDOW_MODULES:
            import_module(name)
    key = early_key.result() if early_key else None
    if from_keyring:
        assert early_key is not None
        remembered = (early_key.passphrase(), key)
        code = run_gui(args, paths, None, warm_up=_warm_up, remembered=remembered)
    else:
        code = run_gui(args, paths, key, warm_up=_warm_up)
    if argv is None:  # the program itself, not a caller in the same process
        leave(code)
    return code


def start_key(args: argparse.Namespace, paths: AppPaths) -> tuple[EarlyKey | None, bool]:
    """(the key deriving on its own thread while Qt imports, or None; whether its passphrase
    comes from the OS keyring). None when no passphrase is known before the window: the
    unlock or first-run dialog asks for it."""
    if not paths.keyinfo.exists():
        return None, False
    known = os.environ.get("UDSAT_PASSPHRASE")
    if known is None and args.demo:
        known = "udsat-demo-2737"  # store.lifecycle.DEMO_PASSPHRASE, without importing the store
    if known is not None:
        return EarlyKey(paths.keyinfo, known), False
    if load_settings(paths.config).remember_passphrase:
        # a trusted computer: the keyring read (0.2-0.6 s here) and the key derived beside Qt
        return EarlyKey(paths.keyinfo, partial(remember.remembered, paths)), True
    return None, False


def leave(code: int) -> NoReturn:
    """End the process now that the window is closed and the store released (`run_gui`'s
    teardown): skip the interpreter's and Qt's own teardown, which takes seconds on a busy
    machine, and never wait for a worker blocked on a network drive that stopped answering
    (daemon threads are simply ended). Logs and output are flushed first."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def load_write_path() -> None:
    """Import what the first opened case and its first edit need (SQLAlchemy and the review
    store, the checklist templates, the claim's signing and sealing code): ~1.5 s of modules
    that would otherwise pause the window at the first open and the first keystroke."""
    # the first edit's claim is sync.engine's
    loaded = [import_module(name) for name in WRITE_PATH]  # lazy: warm-up thread, 1.5 s
    loaded[-1].default_library()


def _warm_up() -> None:
    """Load the write path in the background once the queue is shown (a user cannot open a
    case within the second it takes; if they do, the import waits for this thread)."""
    import threading

    threading.Thread(target=load_write_path, name="warm-up", daemon=True).start()


def install_excepthook(log_dir: Path) -> None:
    """An unexpected error (a bug) is written (CPR-masked) to a crash file and shown in the
    crash dialog; an error the user can act on (`core.errors.UserError`) only in a message."""
    log = logging.getLogger("udsat.crash")

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, UserError):  # known (core.errors): told in a message, not a crash
            log.warning("refused: %s", kind.__name__)
            if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
                from udsat_desktop.ui.common.failures import show_user_error  # lazy: Qt +530 ms

                show_user_error(exc)
            return
        text = crash_text(exc, tb)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        crash_file = log_dir / f"crash-{stamp}.txt"
        try:
            write_atomic(crash_file, text.encode("utf-8"), mode=0o600)
        except OSError:
            crash_file = None  # type: ignore[assignment]
        log.error(
            "unexpected error %s; details in %s",
            kind.__name__,
            crash_file.name if crash_file else "(not written)",
        )
        sys.stderr.write(text)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            from udsat_desktop.ui.startup import show_crash_dialog  # lazy: Qt +530 ms

            show_crash_dialog(crash_file or log_dir)

    sys.excepthook = hook


if __name__ == "__main__":
    raise SystemExit(main())
