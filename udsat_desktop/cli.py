"""`udsat`: headless commands for scripting, benchmarks and tests.

Every command takes `--data-dir DIR`; the passphrase comes from `UDSAT_PASSPHRASE` when set,
otherwise it is prompted for. Errors the user can act on print a Danish message on stderr and
exit with status 2; nothing is half-written.

This module builds the parser and runs a command inside the one error-reporting wrapper
(`main`). Every command's arguments are in `cli_commands`; the commands live in modules by
group, each imported only when one of its commands runs: `cli_setup` (init, import,
config), `cli_stats`, `cli_demo`, `cli_cases`, `cli_signing` (sign, key), `cli_summary`,
`cli_verify`, `cli_sync` (sync, pull, assign, ingest), `cli_packet`, `cli_conflicts`
(conflicts, versions), `cli_meetings`, `cli_audit` (audit, retention, hold), `cli_team`,
`cli_archive` (ltv, journal); what they share is in `cli_common`.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from udsat_desktop import __version__, cli_commands
from udsat_desktop.cli_common import (
    KEY_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    CliError,
    read_key_passphrase,
    read_passphrase,
)
from udsat_desktop.core.crash import crash_text
from udsat_desktop.core.errors import CLI_USER_ERROR, UserError
from udsat_desktop.platform import interrupt
from udsat_desktop.platform.console import use_utf8_output
from udsat_desktop.platform.logsetup import setup_logging
from udsat_desktop.platform.paths import AppPaths, path_reason, resolve, unusable
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.store.lifecycle import is_initialised
from udsat_desktop.sync.share import describe_os_error, set_op_timeout

# `main` is the entry point; the others are the names scripts and tests have always used
__all__ = [
    "KEY_PASSPHRASE_ENV",
    "PASSPHRASE_ENV",
    "CliError",
    "build_parser",
    "main",
    "read_key_passphrase",
    "read_passphrase",
]

log = logging.getLogger("udsat.cli")


_TYPE_NAMES = {"int": "et helt tal", "float": "et tal"}


def _danish_argument_problem(message: str) -> str:
    """argparse's own wording of an argument's problem ("invalid float value: 'abc'"), in Danish."""
    if match := re.fullmatch(r"invalid (\w+) value: (.*)", message, re.DOTALL):
        kind = _TYPE_NAMES.get(match[1], "en gyldig værdi")
        return f"{match[2]} er ikke {kind}"
    if match := re.fullmatch(r"invalid choice: (.*?) \(choose from (.*)\)", message, re.DOTALL):
        return f"{match[1]} er ikke et af valgene ({match[2]})"
    if message.startswith("expected"):
        return "mangler sin værdi" if "one argument" in message else "mangler værdier"
    return f"kan ikke bruges ({message})"


def _danish_usage_error(message: str) -> str:
    """One Danish sentence for the errors argparse reports (it words them in English)."""
    if match := re.fullmatch(r"argument (.+?): (.*)", message, re.DOTALL):
        name = match[1].split("/")[-1]  # "-h/--help": the long name
        return f"{name}: {_danish_argument_problem(match[2])}"
    if match := re.fullmatch(r"the following arguments are required: (.*)", message):
        return f"Der mangler {match[1]}"
    if match := re.fullmatch(r"unrecognized arguments: (.*)", message):
        return f"Ukendt argument: {match[1]}"
    if match := re.fullmatch(r"one of the arguments (.*) is required", message):
        return f"Et af argumenterne {match[1]} skal gives"
    if match := re.fullmatch(r"ambiguous option: (\S+) could match (.*)", message):
        return f"{match[1]} er tvetydigt (kan være {match[2]})"
    return f"Ugyldig kommandolinje ({message})"


class _Parser(argparse.ArgumentParser):
    """Usage errors as one Danish sentence on stderr, exit status 2 (as every user error); the
    subcommands' parsers are of this class too (argparse makes them like their parent)."""

    def error(self, message: str) -> NoReturn:
        sentence = _danish_usage_error(" ".join(message.split()))
        self.exit(CLI_USER_ERROR, f"udsat: {sentence}; se `{self.prog} --help`.\n")


def _common_options(*, top: bool) -> argparse.ArgumentParser:
    """`--data-dir`, `--json` and `--timeout`, accepted before and after the command. The
    command's copy has no default, or it would overwrite the value given before the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--timeout",
        type=float,
        metavar="SEKUNDER",
        default=None if top else argparse.SUPPRESS,
        help="opgiv en handling på fællesmappen efter så mange sekunder "
        "(standard: indstillingen, 10; 0: ingen grænse)",
    )
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="datamappe (standard: brugerens programdatamappe)",
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="skriv resultatet som JSON",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(top=False)
    parser = _Parser(
        prog="udsat",
        description="Udsat Desktop uden vinduer: til scripts, test og målinger.",
        parents=[_common_options(top=True)],
    )
    parser.add_argument("--version", action="version", version=f"udsat {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")

    # the order commands are listed in `udsat --help`
    for add in (
        cli_commands.add_init,
        cli_commands.add_import,
        cli_commands.add_demo,
        cli_commands.add_stats,
        cli_commands.add_cases,
        cli_commands.add_sign,
        cli_commands.add_key,
        cli_commands.add_sync,
        cli_commands.add_pull,
        cli_commands.add_assign,
        cli_commands.add_ingest,
        cli_commands.add_packet,
        cli_commands.add_conflicts,
        cli_commands.add_versions,
        cli_commands.add_meeting,
        cli_commands.add_audit,
        cli_commands.add_retention,
        cli_commands.add_hold,
        cli_commands.add_team,
        cli_commands.add_config,
        cli_commands.add_summary,
        cli_commands.add_verify,
        cli_commands.add_ltv_and_journal,
    ):  # udsat ltv, udsat journal export
        add(sub, common)
    return parser


def _bound_share_waits(args: argparse.Namespace, paths: AppPaths) -> None:
    """Every share operation of this command is given up after the timeout (a hung network
    drive cannot hold the command; Ctrl-C is always heard)."""
    seconds = (
        args.timeout if args.timeout is not None else load_settings(paths.config).share_timeout
    )
    if seconds < 0:
        raise CliError("--timeout skal være 0 (ingen grænse) eller mere")
    set_op_timeout(seconds or None)


# the commands that may make the data folder; any other finds it made (or says to run init)
_CREATES_DATA = frozenset({"init", "demo", "config"})


def _prepare_data_folder(args: argparse.Namespace, paths: AppPaths) -> None:
    """The data folder's folders and the log file, unless the command would only be refused
    for want of a database (`udsat --data-dir typo cases` leaves no folder behind)."""
    if args.command in _CREATES_DATA or is_initialised(paths):
        try:
            paths.ensure()
            setup_logging(paths.logs)
        except OSError as exc:  # a folder that cannot be made there: the user's path, said so
            raise unusable("--data-dir", paths.data, path_reason(exc)) from None
        return
    root = logging.getLogger()  # no log file: nothing logged, and nothing on stderr either
    for handler in [h for h in root.handlers if getattr(h, "_udsat", False)]:
        root.removeHandler(handler)
        handler.close()
    quiet = logging.NullHandler()
    quiet._udsat = True  # type: ignore[attr-defined]
    root.addHandler(quiet)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line's command (`argv` None: the process's own arguments; then Ctrl-C ends
    the process within a second even on a hung drive, and a share call given up ends with
    it) or the given one, in-process (tests, scripts: Python's own KeyboardInterrupt)."""
    use_utf8_output()  # a redirected stdout on Windows is cp1252 otherwise
    parser = build_parser()
    args = parser.parse_args(argv)
    if argv is not None:
        return _main(args)
    return interrupt.run_apart(lambda: _main(args), "udsat: afbrudt", TIMED_OUT_MESSAGE)


# said by the watchdog that ends a command still held by a hung drive after its timeout
TIMED_OUT_MESSAGE = (
    "udsat: fællesmappen svarede ikke, og kommandoen er stoppet. Intet er gemt halvt; "
    "det, der ikke nåede frem, venter til næste synkronisering."
)


def _main(args: argparse.Namespace) -> int:
    try:
        paths = resolve(args.data_dir)
    except UserError as exc:  # a data folder that cannot be used: before any log exists
        print(f"udsat: {exc}", file=sys.stderr)
        return CLI_USER_ERROR
    try:
        _prepare_data_folder(args, paths)
        _bound_share_waits(args, paths)
        log.info("command %s started", args.command)
        code: int = args.func(args, paths)
        log.info("command %s finished with %d", args.command, code)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except UserError as exc:  # known (core.errors): the Danish sentence, nothing half-done
        # the user's error, told to them; not a fault of the program (that is a WARNING)
        log.info("command %s refused: %s", args.command, type(exc).__name__)
        print(f"udsat: {exc}", file=sys.stderr)
        return CLI_USER_ERROR
    except KeyboardInterrupt:
        interrupt.told_interrupted()
        print("udsat: afbrudt", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`udsat stats --json | head -c1`): nothing left to say to it
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # what a shell reports for a command stopped by SIGPIPE
    except MemoryError:
        print(
            "udsat: der var ikke hukommelse nok til opgaven; intet er gemt halvt.", file=sys.stderr
        )
        return 2
    except OSError as exc:  # a share or a file that failed below every step's own handling
        import errno

        log.warning("command %s failed: %s", args.command, type(exc).__name__)
        print(
            f"udsat: {describe_os_error(exc)}"
            if exc.errno and exc.errno != errno.ENOENT
            else f"udsat: filen kunne ikke læses eller skrives ({type(exc).__name__})",
            file=sys.stderr,
        )
        return 1
    except Exception as exc:  # a bug: the log gets where (never the message), the user one line
        if not paths.logs.is_dir():  # a command that made no data folder: the trace needs one
            paths.ensure()
            setup_logging(paths.logs)
        log.error("command %s crashed:\n%s", args.command, crash_text(exc, exc.__traceback__))
        print(
            f"udsat: uventet fejl ({type(exc).__name__}); detaljerne står i logfilen i "
            f"{paths.logs}",
            file=sys.stderr,
        )
        return 1
    finally:
        set_op_timeout(None)  # in-process callers (tests) get their own settings back


if __name__ == "__main__":
    raise SystemExit(main())
