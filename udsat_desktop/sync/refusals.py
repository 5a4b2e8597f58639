"""One run's refusals and reading budget (issue 31): a refused file on the share is remembered
by path, size and modification time (store/refusals.py) and not read again until it changes;
it is still named in every report, marked as known. The audit log gets one summary per run
(how many new refusals, in which folders), not an entry per file per run. Entries read per
folder per run are capped; what was left is reported (`left_unread`) and read next time.

`sync()` and `ingest()` open a run (`with refusal_run(db, share, user_id) as run:`); the
steps find it with `current()`. Outside a run (a command that reads one file) nothing of
this applies and refusals are audited one by one, as before.

Besides the cap per folder, a run has a cap across folders (`MAX_READS_PER_RUN`; for records
not named in a member's signed list, `MAX_UNLISTED_RECORD_READS_PER_RUN`), so junk spread over
many folders cannot make a run read more either. Every folder a run lists whole is noted
(`listed`): at the run's end the remembered refusals of files gone from it are forgotten.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import time
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
from udsat_desktop.sync.share.read import Entry, look

MAX_READS_PER_FOLDER = 200  # files opened per share folder per run (sync)
MAX_RECORD_READS_PER_FOLDER = 5000  # records opened per records/ folder per ingest
MAX_READS_PER_RUN = 600  # files opened per run across all folders (sync: team, mine, decisions)
# ... and for as long: past its first MIN_READS_PER_RUN files of a folder, a sync opens (or
# looks at) no further file of it once the run has lasted this long (through smbnetfs a junk
# file costs ~70 ms: 200 a folder were 14 s, and listing 20,000 names costs ~0.9 s); the rest
# is left for the next run like any file over a cap, and told
MAX_READ_SECONDS_PER_RUN = 1.5
MIN_READS_PER_RUN = 10  # per folder: each folder's files go on being read, whatever the rest
# refused files remembered: a sync looks again (one stat each: ~1 ms through smbnetfs) at
# most this many per folder per run, those looked at longest ago first, so each is looked at
# again within a few runs and 20,000 remembered junk files cost no 20,000 round trips a run;
# the rest are told as known, not looked at, and counted in `left_unread`
MAX_RECHECKS_PER_FOLDER = 300
MIN_RECHECKS_PER_RUN = 20  # per folder, whatever the time
# records no member's signed list names (junk, or a member's before their list came): opened
# per ingest across all month folders; records a list names are not capped (sync/record_listing)
MAX_UNLISTED_RECORD_READS_PER_RUN = 2000
EXAMPLES = 20  # new refusals named in the run's audit summary
KNOWN = Msg("kendt: afvist før og uændret siden, ikke læst igen")
UNCHECKED = Msg("kendt: afvist før; ikke set efter i denne kørsel, det sker i en af de næste")


@dataclass
class RefusalRun:
    db: Database
    share: Path
    user_id: str
    remembered: memory.Remembered = field(default_factory=dict)
    new: dict[str, str] = field(default_factory=dict)  # rel -> reason, refused this run
    known: set[str] = field(default_factory=set)  # rel: remembered and unchanged, not read
    reads: Counter[str] = field(default_factory=Counter)  # folder -> files opened
    pooled: Counter[str] = field(default_factory=Counter)  # pool -> files opened across folders
    first_read: dict[str, float] = field(default_factory=dict)  # pool -> when its first was
    warned: set[str] = field(default_factory=set)  # top folders whose refusal was logged
    left_unread: Counter[str] = field(default_factory=Counter)  # folder -> files left
    # the sync log's rows of this run's refusals (name -> target, fingerprint, reason),
    # written in one transaction at its end, not one each
    logged: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # the size and time of a new refusal known from its listing (no second look at the share)
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)
    # folders listed whole in this run (share-relative) -> the names in them: remembered
    # refusals of files gone from such a folder are forgotten at the run's end
    listed: dict[str, set[str]] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)
    rechecks: Counter[str] = field(default_factory=Counter)  # folder -> remembered looked at
    # remembered refusals looked at again in this run and found unchanged: their time of
    # refusal is set to now, so the next runs look at the others first
    confirmed: set[str] = field(default_factory=set)
    # each folder listed once per run without a stat of its files (sync/report.list_once)
    listings: dict[str, tuple[list[Entry], list[tuple[str, str]]]] = field(default_factory=dict)
    chosen: dict[str, set[str]] = field(default_factory=dict)  # folder -> see recheck_first
    oldest: dict[str, set[str]] = field(default_factory=dict)
    _ages: dict[str, str] | None = None

    def unchanged(self, rel: str, size: int, mtime_ns: int) -> str | None:
        """The reason a file was refused before, when it is unchanged since (not read
        again); None when it must be read."""
        found = self.remembered.get(rel)
        if found is None or found[:2] != (size, mtime_ns):
            return None
        self.known.add(rel)
        return found[2]

    def note(self, rel: str, reason: str, stamp: tuple[int, int] | None = None) -> None:
        """A refusal of this run; `stamp`: (size, mtime_ns) when the listing gave them."""
        if rel not in self.known:
            self.new.setdefault(rel, reason)
            if stamp is not None:
                self.stamps.setdefault(rel, stamp)

    def list_whole(self, folder: str, names: list[str] | set[str]) -> None:
        """`folder` (share-relative) was listed whole in this run and holds `names`."""
        self.listed.setdefault(folder, set()).update(names)

    def log_file(self, name: str, target: str, fingerprint: str, reason: str) -> None:
        self.logged[name] = (target, fingerprint, reason)

    def may_read(
        self,
        folder: str,
        cap: int | None = None,
        pool: str = "share",
        pool_cap: int | None = None,
    ) -> bool:
        """Whether one more file of `folder` (share-relative) may be opened in this run: at
        most `cap` of the folder and `pool_cap` of all folders of its `pool`. A file not
        opened is counted in `left_unread` under its folder (read by a later run). The caps
        default to MAX_READS_PER_FOLDER and MAX_READS_PER_RUN as they are at the call."""
        cap = MAX_READS_PER_FOLDER if cap is None else cap
        pool_cap = MAX_READS_PER_RUN if pool_cap is None else pool_cap
        if (
            self.reads[folder] >= cap
            or self.pooled[pool] >= pool_cap
            or (pool == "share" and self._out_of_time(self.reads[folder], MIN_READS_PER_RUN))
        ):
            self.left_unread[folder] += 1
            return False
        self.reads[folder] += 1
        self.pooled[pool] += 1
        self.first_read.setdefault(pool, time.monotonic())
        return True

    def _out_of_time(self, done: int, floor: int) -> bool:
        """The sync's reads (pool "share", opened one by one as they are judged) are bounded
        in time as well as in number, past each folder's first `floor`; an ingest's records
        are chosen before any is opened."""
        if done < floor:
            return False
        return time.monotonic() - self.started > MAX_READ_SECONDS_PER_RUN

    def recheck_first(self, folder: str, rels: list[str]) -> None:
        """The remembered refusals `rels` of `folder` that this run may look at again: at most
        MAX_RECHECKS_PER_FOLDER, those looked at longest ago first, and the first
        MIN_RECHECKS_PER_RUN of them whatever the time (so each is looked at again within a
        few runs). Without this call every remembered refusal of a folder may be."""
        ages = self._ages
        if len(rels) > MIN_RECHECKS_PER_RUN and ages is None:
            ages = self._ages = memory.ages(self.db)
        order = sorted(rels, key=lambda rel: ((ages or {}).get(rel, ""), rel))
        self.chosen[folder] = set(order[:MAX_RECHECKS_PER_FOLDER])
        self.oldest[folder] = set(order[:MIN_RECHECKS_PER_RUN])

    def may_recheck(self, folder: str, rel: str) -> bool:
        """Whether the remembered refusal `rel` of `folder` may be looked at again (a stat) in
        this run; one that may not is counted in `left_unread` (looked at by a later run)."""
        chosen = self.chosen.get(folder)
        if chosen is not None and rel not in chosen:
            ok = False
        elif rel in self.oldest.get(folder, ()):
            ok = True
        else:  # past the oldest (settled by recheck_first), only while time is left
            floor = 0 if folder in self.oldest else MIN_RECHECKS_PER_RUN
            ok = self.rechecks[folder] < MAX_RECHECKS_PER_FOLDER and not self._out_of_time(
                self.rechecks[folder], floor
            )
        if ok:
            self.rechecks[folder] += 1
        else:
            self.left_unread[folder] += 1
        return ok

    def gate(self, rel: str, entry: Entry) -> tuple[str, Entry | str | None]:
        """Whether a step opens `entry` (listed without its stat; `rel` share-relative) in
        this run: ("read", the entry with its size and time), ("known", reason: refused
        before, looked at again and unchanged), ("unchecked", reason: refused before, not
        looked at in this run: see recheck_first, may_recheck), ("over",
        None: new, past this run's reading budget), or ("gone", None). Both "unchecked" and
        "over" are counted in `left_unread`."""
        folder = rel.rpartition("/")[0]
        found = self.remembered.get(rel)
        looked: Entry | None = None
        if found is not None:
            if not self.may_recheck(folder, rel):
                return "unchecked", f"{found[2]} ({UNCHECKED})"
            looked = look(entry)
            if looked is None:
                return "gone", None
            if (looked.size, looked.mtime_ns) == found[:2]:
                self.known.add(rel)
                self.confirmed.add(rel)
                return "known", found[2]
        if not self.may_read(folder):
            return "over", None
        looked = looked or look(entry)
        return ("read", looked) if looked is not None else ("gone", None)

    def gone(self) -> list[str]:
        """Remembered refusals of files no longer in a folder this run listed whole."""
        out = []
        for rel in self.remembered:
            folder, _, name = rel.rpartition("/")
            names = self.listed.get(folder)
            if names is not None and name not in names:
                out.append(rel)
        return out

    def finish(self) -> None:
        """Remember this run's refusals and write their sync-log rows (one transaction each),
        and audit them as one summary. The files' sizes and times come from one bounded look
        at the share: on a share that stopped answering it fails at once, and the refusals
        are only not remembered (read again next time), never lost from the report."""
        gone = self.gone()
        if gone:
            memory.forget(self.db, gone)
            for rel in gone:
                del self.remembered[rel]
        stamps = {rel: s for rel, s in self.stamps.items() if rel in self.new}
        unstamped = [rel for rel in self.new if rel not in stamps]
        if unstamped:
            with contextlib.suppress(OSError, ShareError):
                stamps.update(bounded(_stamps, self.share, unstamped))
        memory.remember(
            self.db, [(rel, *stamps[rel], why) for rel, why in self.new.items() if rel in stamps]
        )
        memory.touch(self.db, [rel for rel in self.confirmed if rel in self.remembered])
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
    return reason.endswith((f"({KNOWN})", f"({UNCHECKED})"))


def left_unread_text(left: dict[str, int]) -> list[str]:
    """One Danish sentence per folder whose files were not all read in this run."""
    return [
        Msg(
            "{files} i {folder}/ er ikke læst i denne kørsel (kun et begrænset antal læses pr. "
            "mappe og pr. kørsel); resten læses ved de næste kørsler",
            files=count(n, Msg("fil"), Msg("filer")),
            folder=folder,
        )
        for folder, n in sorted(left.items())
    ]
