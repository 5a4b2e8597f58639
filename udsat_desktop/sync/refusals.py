"""One run's refusals and reading budget (issue 31): a refused file on the share is remembered
by path, size and modification time (store/refusals.py) and not read again until it changes;
it is still named in every report, marked as known. The audit log gets one summary per run
(how many new refusals, in which folders), not an entry per file per run. Entries read per
folder per run are capped; what was left is reported (`left_unread`) and read next time.

`sync()` and `ingest()` open a run (`with refusal_run(db, share, user_id) as run:`); the
steps find it with `current()`. Outside a run (a command that reads one file) nothing of
this applies and refusals are audited one by one, as before.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from udsat_desktop.core.danish import count
from udsat_desktop.core.text import Msg
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store import refusals as memory
from udsat_desktop.store import sync_state as state
from udsat_desktop.store.db import Database
from udsat_desktop.sync.share.bounded_calls import bounded
from udsat_desktop.sync.share.errors import ShareError

MAX_READS_PER_FOLDER = 200  # files opened per share folder per run (sync)
MAX_RECORD_READS_PER_FOLDER = 5000  # records opened per records/ folder per ingest
EXAMPLES = 20  # new refusals named in the run's audit summary
KNOWN = Msg("kendt: afvist før og uændret siden, ikke læst igen")


@dataclass
class RefusalRun:
    db: Database
    share: Path
    user_id: str
    remembered: memory.Remembered = field(default_factory=dict)
    new: dict[str, str] = field(default_factory=dict)  # rel -> reason, refused this run
    known: set[str] = field(default_factory=set)  # rel: remembered and unchanged, not read
    reads: Counter[str] = field(default_factory=Counter)  # folder -> files opened
    left_unread: Counter[str] = field(default_factory=Counter)  # folder -> files left
    # the sync log's rows of this run's refusals (name -> target, fingerprint, reason),
    # written in one transaction at its end, not one each
    logged: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    def unchanged(self, rel: str, size: int, mtime_ns: int) -> str | None:
        """The reason a file was refused before, when it is unchanged since (not read
        again); None when it must be read."""
        found = self.remembered.get(rel)
        if found is None or found[:2] != (size, mtime_ns):
            return None
        self.known.add(rel)
        return found[2]

    def note(self, rel: str, reason: str) -> None:
        if rel not in self.known:
            self.new.setdefault(rel, reason)

    def log_file(self, name: str, target: str, fingerprint: str, reason: str) -> None:
        self.logged[name] = (target, fingerprint, reason)

    def may_read(self, folder: str, cap: int = MAX_READS_PER_FOLDER) -> bool:
        """Whether one more file of `folder` (share-relative) may be opened in this run."""
        if self.reads[folder] >= cap:
            self.left_unread[folder] += 1
            return False
        self.reads[folder] += 1
        return True

    def finish(self) -> None:
        """Remember this run's refusals and write their sync-log rows (one transaction each),
        and audit them as one summary. The files' sizes and times come from one bounded look
        at the share: on a share that stopped answering it fails at once, and the refusals
        are only not remembered (read again next time), never lost from the report."""
        stamps: dict[str, tuple[int, int]] = {}
        if self.new:
            with contextlib.suppress(OSError, ShareError):
                stamps = bounded(_stamps, self.share, list(self.new))
        memory.remember(
            self.db, [(rel, *stamps[rel], why) for rel, why in self.new.items() if rel in stamps]
        )
        state.log_refused(
            self.db, [(name, *row) for name, row in self.logged.items()], state.REFUSED
        )
        if self.new:
            folders = Counter(rel.split("/")[0] for rel in self.new)
            audit.append_now(
                self.db,
                self.user_id,
                "trust.refused_summary",
                None,
                count=len(self.new),
                known=len(self.known),
                folders=dict(sorted(folders.items())),
                files=[[rel[:200], why[:300]] for rel, why in list(self.new.items())[:EXAMPLES]],
            )


def _stamps(share: Path, rels: list[str]) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for rel in rels:
        with contextlib.suppress(OSError, ValueError):
            st = os.lstat(share / rel)
            out[rel] = (st.st_size, st.st_mtime_ns)
    return out


_RUN: contextvars.ContextVar[RefusalRun | None] = contextvars.ContextVar(
    "refusal_run", default=None
)


def current() -> RefusalRun | None:
    return _RUN.get()


@contextlib.contextmanager
def refusal_run(db: Database, share: Path, user_id: str) -> Iterator[RefusalRun]:
    run = RefusalRun(db, share, user_id, memory.remembered(db))
    token = _RUN.set(run)
    try:
        yield run
    finally:
        _RUN.reset(token)
        run.finish()


def known_reason(reason: str) -> str:
    return f"{reason} ({KNOWN})"


def is_known(reason: str) -> bool:
    return reason.endswith(f"({KNOWN})")


def left_unread_text(left: dict[str, int]) -> list[str]:
    """One Danish sentence per folder whose files were not all read in this run."""
    return [
        Msg(
            "{files} i {folder}/ er ikke læst i denne kørsel (kun de første læses pr. mappe "
            "pr. kørsel); resten læses ved de næste kørsler",
            files=count(n, Msg("fil"), Msg("filer")),
            folder=folder,
        )
        for folder, n in sorted(left.items())
    ]
