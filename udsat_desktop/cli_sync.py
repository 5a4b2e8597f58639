"""`udsat pull`, `assign` and `ingest`: working through the shared folder. `udsat sync` is
cli_sync_round.py (a sync with nothing to do loads no SQLAlchemy; these commands write)."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from udsat_desktop.cli_common import (
    CliError,
    emit,
    open_store,
    share_of,
)
from udsat_desktop.core.danish import count, format_number, one_or_many
from udsat_desktop.core.estimate import progress_text
from udsat_desktop.platform import interrupt
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.sync import roster
from udsat_desktop.sync import share as share_io
from udsat_desktop.sync.assignments import assign_cases, pull_assignments
from udsat_desktop.sync.identity import refresh_trust
from udsat_desktop.sync.ingest import ingest
from udsat_desktop.sync.refusals import left_unread_text
from udsat_desktop.sync.report import SyncReport
from udsat_desktop.sync.share import ShareError, check_share, describe_os_error, ensure_layout


def cmd_pull(args: argparse.Namespace, paths: AppPaths) -> int:
    db, profile = open_store(paths)
    report = SyncReport()
    try:
        with share_io.session():
            share = check_share(share_of(args, paths))
            ensure_layout(share)
            pull_assignments(db, profile, share, report)
        held = roster.current(paths)  # the roster the assignments were checked against
        report.roster_version = held.version if held else 0
    except ShareError as exc:
        report.reachable, report.problem = False, str(exc)
    except OSError as exc:
        report.reachable = False
        report.problem = f"Fællesmappen kan ikke bruges: {describe_os_error(exc)}"
    finally:
        db.close()
    if not report.reachable:
        emit(args, report.to_json(), lambda: f"Ikke hentet: {report.problem}")
        return 1
    emit(
        args,
        report.to_json(),
        lambda: (
            f"Hentet {count(report.assignments, 'tildeling', 'tildelinger')} med "
            f"{count(report.assigned_cases, 'sag', 'sager')}"
            + "".join(f"\n  fejl: {n}: {m}" for n, m in report.failed)
            + "".join(f"\n  afvist fil på fællesmappen: {n}: {m}" for n, m in report.refused)
        ),
    )
    return 0 if not report.failed else 1


def cmd_assign(args: argparse.Namespace, paths: AppPaths) -> int:
    db, profile = open_store(paths)
    try:
        share = check_share(share_of(args, paths))
        ensure_layout(share)
        refresh_trust(db, paths, share)
        try:
            target, assigned = assign_cases(
                db, profile, share, args.to, args.case_keys, paths=paths
            )
        except ValueError as exc:
            raise CliError(str(exc)) from None
    finally:
        db.close()
    emit(
        args,
        {"assigned": assigned, "to": args.to, "file": target.name},
        lambda: (
            f"{count(assigned, 'sag', 'sager')} tildelt {args.to} "
            f"(krypteret til {args.to}: {target.name})"
        ),
    )
    return 0


def cmd_ingest(args: argparse.Namespace, paths: AppPaths) -> int:
    """`udsat ingest`: how far it has got on stderr as it goes ("1.200 af 20.000, ca. 4 min
    tilbage"); Ctrl-C keeps what is verified and says how far it got (exit 130), and the
    next `udsat ingest` goes on from there."""
    db, profile = open_store(paths)
    stop = threading.Event()
    progress = _progress_on_stderr()
    try:
        with interrupt.cancel_on_ctrl_c(stop.set):
            report = ingest(
                db,
                paths,
                profile,
                share_of(args, paths),
                full=args.full,
                progress=progress,
                cancelled=stop.is_set,
            )
    finally:
        db.close()

    def named(items: list[str]) -> str:
        """Each review id once, with the reason it is refused where there is one."""
        return ", ".join(
            f"{i} ({report.reasons[i]})" if i in report.reasons else i for i in dict.fromkeys(items)
        )

    def text() -> str:
        lines = [
            f"Indlæst: {count(report.new, 'ny', 'nye')}, "
            f"{count(report.unchanged, 'uændret', 'uændrede')}, "
            f"{count(report.cases_updated, 'sag', 'sager')} opdateret ({report.seconds:.2f} s)"
        ]
        for label, items in (
            ("ændret efter underskrift", report.modified),
            ("ikke underskrevet", report.unsigned),
            ("ukendt underskriver", report.unknown_signer),
            ("kunne ikke kontrolleres", report.unchecked),  # with the reason (a 2099 date)
        ):
            if items:
                lines.append(f"  {label}: {named(items)}")
        if report.conflicts:  # every ingest says so until a coordinator decides
            lines.append(
                f"  konflikt – flere gældende gennemgange af samme sag: "
                f"{', '.join(report.conflicts)} (vælg den gældende: udsat conflicts show/decide)"
            )
        if report.decisions:
            lines.append(
                f"  {count(report.decisions, 'afgørelse', 'afgørelser')} af konflikter modtaget"
            )
        for label, items in (
            ("tilbagekaldt underskriver", report.revoked_signer),
            ("andet indhold under kendt id (konflikt)", report.content_conflicts),
        ):
            if items:
                lines.append(f"  {label}: {', '.join(items)}")
        lines += [f"  problem: {name}: {msg}" for name, msg in report.problems]
        lines += [f"  afvist: {name}: {msg}" for name, msg in report.refused]
        lines += [f"  OBS: {line}" for line in left_unread_text(report.left_unread)]
        lines += [
            f"  mangler: {m['user_id']}: {m.get('review_id') or m.get('file')}: {m['reason']}"
            for m in report.missing
        ]
        lines += [f"  lagt tilbage på fællesmappen: {name}" for name in report.restored]
        if report.cancelled:
            lines.append(cancelled_text(report))
        return "\n".join(lines)

    emit(args, report.to_json(), text)
    if report.cancelled:
        interrupt.told_interrupted()
        if getattr(args, "json", False):  # the sentence is in the text; with --json, on stderr
            print(cancelled_text(report), file=sys.stderr)
        return interrupt.INTERRUPTED
    return 0 if report.ok else 1


PROGRESS_EVERY_S = 1.0  # at most one progress line a second on stderr


def _progress_on_stderr() -> Callable[[int, int, float | None], None]:
    shown = [0.0]

    def progress(done: int, total: int, seconds_left: float | None) -> None:
        now = time.monotonic()
        if total and (done in (0, total) or now - shown[0] >= PROGRESS_EVERY_S):
            shown[0] = now
            print(f"Indlæser: {progress_text(done, total, seconds_left)}", file=sys.stderr)
            sys.stderr.flush()

    return progress


def cancelled_text(report: Any) -> str:
    return (
        f"Afbrudt: {format_number(report.handled)} af {format_number(report.to_read)} "
        f"{one_or_many(report.to_read, 'post', 'poster')} "
        "er kontrolleret og gemt; resten indlæses, når du kører `udsat ingest` igen (det "
        "gemte læses ikke igen)"
    )
