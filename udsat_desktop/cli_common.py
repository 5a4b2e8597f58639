"""What every `udsat` command shares: passphrases, opening the store, printing the result
(text or `--json`), the share's path, and reading the files a command is given."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from udsat_desktop.core.errors import UserError
from udsat_desktop.core.passphrase import MIN_PASSPHRASE_LENGTH, passphrase_problem
from udsat_desktop.core.text import Msg, message_of, reason_of
from udsat_desktop.platform.console import stdin_is_console
from udsat_desktop.platform.fsutil import read_regular
from udsat_desktop.platform.paths import AppPaths, os_problem, path_problem, unusable
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.store.db import Database
from udsat_desktop.store.lifecycle import (
    is_initialised,
    open_existing,
)
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.signed_pdfs import OUTBOX_ABSORBED, take_notice

PASSPHRASE_ENV = "UDSAT_PASSPHRASE"
KEY_PASSPHRASE_ENV = "UDSAT_KEY_PASSPHRASE"


class CliError(UserError):
    """Printed as is on stderr; exit status 2."""


def read_passphrase(*, confirm: bool = False, prompt: str = "Adgangskode: ") -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not stdin_is_console():
        line = sys.stdin.readline() if sys.stdin else ""
        if not line:
            raise CliError(
                f"Ingen adgangskode: sæt {PASSPHRASE_ENV} eller kør kommandoen i en terminal"
            )
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Gentag adgangskoden: ") != first:
        raise CliError("De to adgangskoder er ikke ens")
    return first


def read_key_passphrase() -> str:
    env = os.environ.get(KEY_PASSPHRASE_ENV)
    if env is not None:
        return env
    if not stdin_is_console():
        raise CliError(f"Ingen adgangskode til signeringsnøglen: sæt {KEY_PASSPHRASE_ENV}")
    return getpass.getpass("Adgangskode til signeringsnøglen: ")


def check_new_key_passphrase(passphrase: str) -> None:
    """The passphrase a new signing key will get follows the one rule (`core.passphrase`),
    checked when it is chosen, before any work: not at the end of `udsat sign`."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise CliError(
            f"Adgangskoden til signeringsnøglen ({KEY_PASSPHRASE_ENV}) kan ikke bruges: {problem}"
        )


def read_new_key_passphrase() -> str:
    """A new signing key's passphrase: `UDSAT_KEY_PASSPHRASE`, or typed twice; checked."""
    env = os.environ.get(KEY_PASSPHRASE_ENV)
    if env is None and stdin_is_console():
        env = getpass.getpass(
            f"Vælg adgangskode til signeringsnøglen (mindst {MIN_PASSPHRASE_LENGTH} tegn): "
        )
        if getpass.getpass("Gentag adgangskoden: ") != env:
            raise CliError("De to adgangskoder er ikke ens")
    passphrase = env if env is not None else read_key_passphrase()
    check_new_key_passphrase(passphrase)
    return passphrase


def open_store(paths: AppPaths) -> tuple[Database, Profile]:
    if not is_initialised(paths):
        raise CliError(
            f"Der er ingen database i {paths.data}. Kør først `udsat init` (eller `udsat demo`)."
        )
    db, profile = open_existing(paths, read_passphrase())
    tell_absorbed_outbox(db)
    return db, profile


def tell_absorbed_outbox(db: Database) -> None:
    """Once (issue 36): the signed summaries an earlier version left plain in `outbox/` are
    now in the encrypted store; one line on stderr (stdout stays the command's --json)."""
    count = take_notice(db, OUTBOX_ABSORBED)
    if count:
        print(
            f"udsat: {count} underskrevne sammenfatninger, som en tidligere version havde lagt "
            "ukrypteret i udbakken, er flyttet ind i den krypterede database og slettet fra "
            "disken; de sendes krypteret ved næste synkronisering",
            file=sys.stderr,
        )


def emit(args: argparse.Namespace, data: dict[str, Any], text: Callable[[], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text())


def share_of(args: argparse.Namespace, paths: AppPaths) -> Path | None:
    """`--share PATH` when given, else the settings' share. A given path the system cannot look
    at (a symlink loop, too long, a file on the way) is refused (exit 2); a folder that is
    not there is the share being offline, which the command reports as such."""
    if getattr(args, "share", None):
        share = Path(args.share).expanduser()
        problem = path_problem(share, folder=True)
        if problem is not None:
            raise unusable("--share", share, problem)
        return share
    return load_settings(paths.config).share


def _probe_writable(folder: Path, out: Path) -> None:
    """Create and remove a file in `folder`: what `--out` will do there, tried before any work."""
    import errno
    import secrets

    probe = folder / f".udsat-probe-{secrets.token_hex(4)}.tmp"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            reason = f"ingen adgang til at skrive i mappen {folder}"
        else:  # the system's reason in Danish, as everywhere (core.text.reason_of)
            reason = f"mappen {folder} tager ikke imod nye filer ({reason_of(exc)})"  # not a count
        raise CliError(f"--out {out} kan ikke bruges: {reason}") from None
    os.close(fd)
    probe.unlink()


def _existing_ancestor(path: Path) -> Path:
    """The nearest of `path`'s parents that exists (as anything)."""
    for parent in path.parents:
        if os.path.lexists(parent):
            return parent
    return Path(".")


def _refuse_unreadable_path(out: Path) -> None:
    """A path the system cannot even look at (a symlink loop, too long): one sentence."""
    problem = os_problem(out)
    if problem is not None:
        raise unusable("--out", out, problem)


def out_file(name: str) -> Path:
    """The local file `--out FILE` names, checked before any work or share access: not a
    folder, in a folder that exists and takes a new file (it is written atomically there)."""
    out = Path(name).expanduser()
    _refuse_unreadable_path(out)
    if out.is_dir():
        raise CliError(f"--out {out} kan ikke bruges: {out} er en mappe; angiv en fil")
    if os.path.lexists(out) and not out.is_file():
        raise CliError(f"--out {out} kan ikke bruges: {out} er ikke en almindelig fil")
    folder = out.parent
    if not folder.is_dir():
        ancestor = _existing_ancestor(out)
        if ancestor.is_dir():
            raise CliError(f"--out {out} kan ikke bruges: mappen {folder} findes ikke")
        raise CliError(f"--out {out} kan ikke bruges: {ancestor} er en fil, ikke en mappe")
    _probe_writable(folder, out)
    return out


def out_folder(name: str) -> Path:
    """The local folder `--out DIR` names, checked before any work or share access: a folder
    that takes new files, or one that can be created (made later, by the command)."""
    out = Path(name).expanduser()
    _refuse_unreadable_path(out)
    if out.is_dir():
        _probe_writable(out, out)
        return out
    if os.path.lexists(out):
        raise CliError(f"--out {out} kan ikke bruges: {out} er en fil; angiv en mappe")
    ancestor = _existing_ancestor(out)
    if not ancestor.is_dir():
        raise CliError(f"--out {out} kan ikke bruges: {ancestor} er en fil, ikke en mappe")
    _probe_writable(ancestor, out)
    return out


def plain_file_notice(out: Path) -> None:
    """`--out` writes outside the encrypted store: say so (stderr, so --json stays clean)."""
    print(
        f"udsat: Bemærk: {out} er skrevet ukrypteret og indeholder personoplysninger. Opbevar "
        "det sikkert, og slet det, når det ikke længere skal bruges.",
        file=sys.stderr,
    )


MAX_PDF_BYTES = 64 << 20  # the share's cap for a PDF


def read_files(
    names: Iterable[str], results: list[dict[str, Any]]
) -> Iterator[tuple[str, Path, bytes]]:
    """(name, path, bytes) of each named file in turn; a file that cannot be read is added to
    `results` as `{"file": name, "error": ...}` instead (`udsat verify`, `udsat ltv`)."""
    for name in names:
        path = Path(name)
        try:
            # a FIFO or a link to /dev/zero among the share's files must not hang or fill memory
            data = read_regular(path, MAX_PDF_BYTES)
        except OSError as exc:
            results.append(
                {"file": name, "error": Msg("kan ikke læses: {reason}", reason=message_of(exc))}
            )
            continue
        yield name, path, data
