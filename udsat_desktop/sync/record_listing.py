"""Which records on the share an ingest opens (issue 31, items 2 and 3): what can be judged
from the listing alone is refused there, without opening a file, and what is left to open is
capped per run for records no member's signed list names.

From the listing alone:
- a folder under records/ that is not a year (four digits) or, in a year, a month (01-12) is
  refused by its name in one line, with the number of entries in it (one listing of the
  folder, nothing in it opened, each run: through smbnetfs a folder's time does not follow
  the files added in it, so its count is taken anew); it is remembered and told as known;
- a file whose name is not a review's (`R-` and twelve of 0-9/A-F, `.json`: the only ids the
  product has ever made, store/reviews/state.py), a file in a year folder outside any month,
  and a file bigger than a record can be (share/read.py's cap) are refused by name or size;
- links, FIFOs and folders named like records, as before (share/read.py).
Each is told in the ingest's `problems` (new ones also in the run's audit summary) and
remembered by path, size and time like any refusal (sync/refusals.py), so it is told again,
marked as known, on every later run until it is gone.

What is left is opened by the ingest, capped per run: records a roster member's signed list
names (sync/published_held.py: the member vouches for them, and signed that) are not capped,
so a genuine first ingest goes on in one run; any other record counts against
`MAX_UNLISTED_RECORD_READS_PER_RUN` across all month folders (and the older per-folder cap),
and what is left is reported in `left_unread` and read by the next ingests.

A sealed record's header names no recipient (its slots carry no key ids), so "sealed to a key
that is not ours" cannot be told before opening it; a record is at most 1 MiB, so reading only
its header would cost the same round trips as reading it.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from udsat_desktop.core.danish import count
from udsat_desktop.core.text import Msg
from udsat_desktop.store.db import Database
from udsat_desktop.store.published import listed_record_paths
from udsat_desktop.sync import refusals
from udsat_desktop.sync.report import _rel, listed_whole, may_read
from udsat_desktop.sync.share.errors import ShareError
from udsat_desktop.sync.share.read import LIMITS, NOT_LOOKED_AT, Entry, list_folder, names_in

RECORD_NAME = re.compile(r"^R-[0-9A-F]{12}\.json$")
_YEAR = re.compile(r"^[0-9]{4}$")
_MONTH = re.compile(r"^(?:0[1-9]|1[0-2])$")
POOL = "records"  # the run's cap across folders for records no signed list names

Problems = list[tuple[str, str]]


def _folder_shape_ok(depth: int, name: str) -> bool:
    return (depth == 0 and bool(_YEAR.match(name))) or (depth == 1 and bool(_MONTH.match(name)))


def _refuse_folder(share: Path, entry: Entry, problems: Problems) -> None:
    """A folder under records/ the product never makes: one line, its entries counted (one
    listing of it, nothing in it opened), remembered; counted anew each run. (A folder named like a
    record is told as such, as before.)"""
    rel = _rel(share, entry.text)
    if entry.name.endswith(".json"):
        problems.append(
            (rel, Msg("{name} på fællesmappen er afvist: en mappe med et filnavn", name=entry.name))
        )
        return
    run = refusals.current()
    try:
        names = names_in([entry.path], share=share)[entry.path]
    except (OSError, ShareError):
        names = None
    n = len(names) if names is not None else 0
    why = Msg(
        "mappen {name}/ på fællesmappen er afvist: programmet laver ingen mappe med det navn "
        "her (kun år og måneder); {files} i den er ikke læst",
        name=entry.name,
        files=count(n, Msg("fil"), Msg("filer")),
    )
    if run is not None and rel in run.remembered:  # told before: known, counted anew (a
        run.known.add(rel)  # folder's time through smbnetfs does not follow its files)
        problems.append((rel, refusals.known_reason(why)))
        return
    problems.append((rel, why))
    if run is not None:
        run.note(rel, why, (n, entry.mtime_ns))


def _wanted(name: str) -> bool:
    return bool(RECORD_NAME.match(name))


def _refuse_by_name(rel: str, entry: Entry, problems: Problems) -> None:
    """A file named as no review is: refused by its name, with no look at its size or time
    (the listing gave none); known while a refusal of the path is remembered, as the name is
    all it was judged by."""
    run = refusals.current()
    found = run.remembered.get(rel) if run is not None else None
    if run is not None and found is not None:
        run.known.add(rel)
        problems.append((rel, refusals.known_reason(found[2])))
        return
    why = Msg(
        "{name} på fællesmappen er afvist: navnet er ikke en gennemgangs "
        "(R- og 12 tegn 0-9/A-F); filen er ikke læst",
        name=entry.name,
    )
    problems.append((rel, why))
    if run is not None:
        run.note(rel, why, (NOT_LOOKED_AT, NOT_LOOKED_AT))


def _file_refusal(entry: Entry, depth: int) -> str | None:
    """Why a file under records/ named as a review is refused from its listing alone, or
    None: open it."""
    if depth == 1:
        return Msg(
            "{name} på fællesmappen er afvist: den ligger ikke i en måneds mappe; filen er "
            "ikke læst",
            name=entry.name,
        )
    cap = LIMITS["record"]
    if entry.size > cap:
        return Msg(
            "{name} på fællesmappen er afvist: for stor ({size} byte; højst {cap}); filen er "
            "ikke læst",
            name=entry.name,
            size=entry.size,
            cap=cap,
        )
    return None


def record_entries(share: Path, problems: Problems | None = None) -> list[Entry]:
    """The record files on the share an ingest may open: records/<yyyy>/<mm>/ and the flat
    records/ of the old layout. What the listing alone refuses (see above), and links, FIFOs
    and folders named like records, are added to `problems`; in a run, known refusals are
    told there as known and each folder listed whole is noted (stale refusals forgotten)."""
    out: list[Entry] = []
    bad: Problems = []
    run = refusals.current()

    def walk(folder: Path, depth: int) -> None:
        try:
            entries, refused = list_folder(folder, share=share, wanted=_wanted)
        except ShareError as exc:
            if exc.errno != errno.ENOTDIR:
                raise
            bad.append((_rel(share, folder), str(exc)))
            return
        listed_whole(share, folder, entries, refused)
        bad.extend((_rel(share, rel), why) for rel, why in refused)
        for entry in entries:
            if entry.is_dir:
                if _folder_shape_ok(depth, entry.name):
                    walk(entry.path, depth + 1)
                else:
                    _refuse_folder(share, entry, bad)
                continue
            rel = _rel(share, entry.text)
            if entry.size == NOT_LOOKED_AT:  # refused by its name alone, whatever it holds
                _refuse_by_name(rel, entry, bad)
                continue
            found = run.remembered.get(rel) if run is not None else None
            if found is not None and found[:2] == (entry.size, entry.mtime_ns):
                out.append(entry)  # refused before, unchanged: the ingest tells it as known
                continue
            why = _file_refusal(entry, depth)
            if why is None:
                out.append(entry)
                continue
            bad.append((rel, why))
            if run is not None:
                run.note(rel, why, (entry.size, entry.mtime_ns))

    walk(share / "records", 0)
    if problems is not None:
        problems.extend(bad)
    return out


class Budget:
    """The ingest's reading cap: records a roster member's signed list names are opened
    without a cap; any other counts against the per-folder cap and the run's cap across
    folders (`MAX_UNLISTED_RECORD_READS_PER_RUN`); what is left is in `left_unread`."""

    def __init__(self, db: Database, share: Path) -> None:
        self.share = share
        self.vouched = listed_record_paths(db)

    def may_read(self, entry: Entry) -> bool:
        rel = _rel(self.share, entry.text)
        if rel in self.vouched:
            return True
        return may_read(
            entry,
            self.share,
            refusals.MAX_RECORD_READS_PER_FOLDER,
            POOL,
            refusals.MAX_UNLISTED_RECORD_READS_PER_RUN,
        )
