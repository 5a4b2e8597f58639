"""The share's marker (`.udsat-share`, naming the share's id), the id this installation
remembers, checking that a folder is the team's share, setting one up, and its folders.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time
from pathlib import Path

from udsat_desktop.core import bounded_json
from udsat_desktop.core.text import Msg, message_of
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.sync.share.bounded_calls import _bounded_op, bounded
from udsat_desktop.sync.share.errors import (
    HostileFile,
    NotAShare,
    ShareError,
    WriteOnceConflict,
    describe_os_error,
)
from udsat_desktop.sync.share.handles import _NOFOLLOW, _Dir
from udsat_desktop.sync.share.publish import create_exclusive
from udsat_desktop.sync.share.read import LIMITS, PART, _read_file

SUBFOLDERS = (
    "reviewers",
    "assignments",
    "claims",
    "summaries",
    "records",
    "meetings",
    "decisions",
)
MARKER = ".udsat-share"
MARKER_FORMAT = "udsat-share/1"


# ----------------------------------------------------------------------------- the marker


def marker_id(path: Path) -> str | None:
    """The share id in the marker, or None when there is none (or it is not a real file)."""
    return _marker(path)[0]


def _marker(path: Path) -> tuple[str | None, str]:
    """The share id in the marker; or None and what is wrong with the marker ("" when there
    is none at all)."""
    try:
        data = _read_file(path / MARKER, "marker", path)
    except FileNotFoundError:
        return None, ""
    except HostileFile as exc:
        return None, exc.why or message_of(exc)
    except ShareError as exc:
        return None, Msg("ulæselig: {reason}", reason=message_of(exc))
    except OSError as exc:
        return None, Msg("ulæselig: {reason}", reason=describe_os_error(exc))
    if _cut_short(data):
        return None, INCOMPLETE
    try:
        info = bounded_json.loads(data, max_bytes=LIMITS["marker"])
    except bounded_json.BadJson as exc:
        return None, Msg("ikke en mærkefil fra dette program: {reason}", reason=str(exc))
    if info.get("format") == MARKER_FORMAT and isinstance(info.get("share_id"), str):
        return str(info["share_id"]), ""
    return None, Msg("ikke en mærkefil fra dette program")


# the marker is written in place under its final name (O_EXCL): a crash while it is written
# leaves it empty or cut short, which is not someone changing it (issue 31)
INCOMPLETE = Msg("tom eller ufuldstændig")


def _cut_short(data: bytes) -> bool:
    """An empty marker, or the start of one this program writes that stops early."""
    text = data.strip()
    if not text:
        return True
    start = b'{"format": "' + MARKER_FORMAT.encode()
    return (start.startswith(text) or text.startswith(start)) and not text.endswith(b"}")


def _require_marker(path: Path) -> str:
    """The share id in the marker; NotAShare saying what is wrong when there is none."""
    found, why = _marker(path)
    if found is not None:
        return found
    if why == INCOMPLETE:
        raise NotAShare(
            Msg(
                "{path} kan ikke bruges som fællesmappe: mærkefilen .udsat-share er tom eller "
                "ufuldstændig. Det sker, når en maskine går ned, mens filen bliver skrevet, og "
                "betyder ikke, at nogen har ændret den. Tal med koordinatoren, så den bliver "
                "sat op igen med fællesmappens id.",
                path=path,
            )
        )
    if why:
        raise NotAShare(
            Msg(
                "{path} kan ikke bruges som fællesmappe: mærkefilen .udsat-share er afvist "
                "({why}). Nogen har ændret eller erstattet den; tal med koordinatoren.",
                path=path,
                why=why,
            )
        )
    raise NotAShare(
        Msg(
            "{path} er ikke fællesmappen (mærkefilen .udsat-share mangler). Er netværksdrevet "
            "forbundet, og er det den rigtige mappe? En fællesmappe sættes kun op én gang, af "
            "koordinatoren.",
            path=path,
        )
    )


class OtherShare(NotAShare):
    """The folder carries a share marker, but not the one this data folder has synced with."""


SHARE_ID_FILE = "share-id.json"


def known_share_id(config_dir: Path) -> str | None:
    """The id of the share this data folder has synced with (None before the first time)."""
    try:
        info = json.loads((config_dir / SHARE_ID_FILE).read_text("utf-8"))
        value = info.get("share_id") if isinstance(info, dict) else None
        return value if isinstance(value, str) and value else None
    except (OSError, ValueError):
        return None


def remember_share_id(config_dir: Path, share_id: str) -> None:

    config_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(
        config_dir / SHARE_ID_FILE, json.dumps({"share_id": share_id}).encode("utf-8"), mode=0o600
    )


class NotTheTeamsShare(OtherShare):
    """The marker's id is not the share id the coordinator signed in the team's roster."""


def not_the_teams_share(share: Path) -> NotTheTeamsShare:
    return NotTheTeamsShare(
        Msg(
            "{path} er ikke teamets fællesmappe: mærkefilen passer ikke til den fællesmappe, "
            "koordinatoren har underskrevet i holdlisten. Intet er sendt dertil, og udbakken "
            "er urørt. Tal med koordinatoren.",
            path=share,
        )
    )


def check_identity(share: Path, config_dir: Path, signed: str | None = None) -> str:
    """The share's marker is the one this data folder has synced with; the first sync learns
    it. A folder marked as another share (a second share someone set up on an empty mount
    point, a wrong drive letter, a forged marker) gets nothing written to it. `signed`: the
    share id in the roster this app holds (the coordinator's word, not the share's); a
    marker that does not match it is refused and never learnt."""
    found = bounded(_require_marker, share)
    if signed and found != signed:
        raise not_the_teams_share(share)
    known = known_share_id(config_dir)
    if known is None:
        remember_share_id(config_dir, found)
    elif found != known:
        raise OtherShare(
            Msg(
                "{path} er en anden fællesmappe end den, programmet synkroniserer med. Er "
                "netværksdrevet forbundet til den rigtige mappe? Er teamets fællesmappe flyttet, "
                "så sker det med en ny holdliste fra koordinatoren: tal med koordinatoren.",
                path=share,
            )
        )
    return found


def set_up_share(path: Path, *, known: str | None = None, new_share: bool = False) -> str:
    """Make `path` the team's share: the marker (created once; kept when there) and the top
    folders. The only place where the share's folders are created from nothing. `known`: the
    share this data folder has synced with; then a folder without a marker is not made a new
    share unless `new_share` says the team really moves to one (an unconnected drive looks
    exactly like an empty folder)."""
    check_share(path, marker=False)
    existing = marker_id(path)
    if existing is None and known and not new_share:
        raise NotAShare(
            Msg(
                "{path} har ingen mærkefil (.udsat-share), og programmet har hidtil "
                "synkroniseret med en anden fællesmappe. Er netværksdrevet forbundet? Skal teamet "
                "virkelig have en ny fællesmappe, så kør `udsat config --share {path} "
                "--new-share`.",
                path=path,
            )
        )
    if existing is None:
        import uuid

        info = {
            "format": MARKER_FORMAT,
            "share_id": str(uuid.uuid4()),
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        # someone may set it up in the same moment (or the marker is unreadable): read again
        with contextlib.suppress(WriteOnceConflict):
            create_exclusive(path / MARKER, json.dumps(info).encode("utf-8"), share=path)
        existing = marker_id(path)
        if existing is None:
            raise ShareError(Msg("Mærkefilen {name} i fællesmappen kan ikke læses", name=MARKER))
    ensure_layout(path)
    return existing


def check_share(path: Path | None, *, marker: bool = True) -> Path:
    """The share if it can be reached, is marked as the share (unless `marker=False`: the
    settings' check before set-up) and can be written to; otherwise a ShareError saying why."""
    if path is None:
        raise ShareError(
            Msg("Der er ikke valgt en fællesmappe. Vælg den under Filer → Indstillinger.")
        )
    return bounded(_check_share, path, marker)


def _check_share(path: Path, marker: bool) -> Path:
    try:
        if not path.exists():
            raise ShareError(
                Msg("Fællesmappen kan ikke nås: {path}. Er netværksdrevet forbundet?", path=path)
            )
        if not path.is_dir():
            raise ShareError(Msg("Fællesmappen er ikke en mappe: {path}", path=path))
        if marker:
            _require_marker(path)
        probe = path / f".udsat-probe-{os.getpid()}-{secrets.token_hex(4)}{PART}"
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
        try:
            os.write(fd, b"udsat")
        finally:
            os.close(fd)
            with contextlib.suppress(OSError):
                probe.unlink()
        _remove_stale_probes(path)
    except ShareError:
        raise
    except OSError as exc:
        raise ShareError(
            Msg("Fællesmappen kan ikke bruges: {reason}", reason=describe_os_error(exc)), exc.errno
        ) from None
    return path


PROBE_STALE_SECONDS = 600


def _remove_stale_probes(path: Path) -> None:
    """Write probes whose removal a mount did not carry out (seen through smbnetfs): gone
    after ten minutes, so syncs do not leave files behind (issue 31)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for name in os.listdir(path):
            if name.startswith(".udsat-probe-") and name.endswith(PART):
                with contextlib.suppress(OSError):
                    if now - os.lstat(path / name).st_mtime > PROBE_STALE_SECONDS:
                        os.unlink(path / name)


@_bounded_op
def ensure_layout(share: Path) -> None:
    """The top folders, created only in a folder that carries the marker."""
    _require_marker(share)
    try:
        for name in SUBFOLDERS:
            with _Dir.open(share / name, share, create=True):
                pass
    except ShareError:
        raise
    except OSError as exc:
        raise ShareError(
            Msg("Fællesmappen kan ikke bruges: {reason}", reason=describe_os_error(exc)), exc.errno
        ) from None
