"""What each member published, as a list nobody can shorten unnoticed (issue 28, point 3).

A signature proves what a file says; only a list proves what should be there. Each member's
app keeps an append-only, hash-chained list of the reviews it put on the share (review id,
the share paths, the PDF's and the record's SHA-256, what it corrects, when) in its encrypted
store, and publishes it in signed, write-once pieces:

    published/<user-id>/<key-id>/<count:08d>-<head:16>.json

`key-id` is the first 16 hex digits of the member's team-key fingerprint (a new laptop starts
a new list); `count` is the number of entries the list has with this piece and `head` the first
16 hex digits of its head (the name cannot be known before the piece is made, so nobody can
squat the next one). A piece is an
envelope signed with the member's team key (sync/trust.py) whose payload holds the entries
since the previous piece, the previous piece's count and head, and the new head: each entry's
hash covers the entry before it, as in Certificate Transparency or a Git history, so a piece
extends the list before it or it is refused. The entries hold ids and hashes only (ids are
pseudonymous): no personal data.

At every sync the member's app puts back what is missing on the share (a piece of the list, or
a review: the signed bytes are in its encrypted store). At every ingest a coordinator's app
takes the new pieces of every roster member's list (the second holder: it keeps them and puts
back a piece that disappears), and compares the list with its store: what a member published
and the store does not hold is reported as missing (`udsat ingest --json`: "missing"). The
first file seen under an id proves nothing: the list says whose the id is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from udsat_desktop.core.text import Msg
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import published as store
from udsat_desktop.store import sync_state as state
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.signed_pdfs import signed_pdf, signed_record
from udsat_desktop.sync import trust
from udsat_desktop.sync.identity import sealer
from udsat_desktop.sync.layout import KIND_RECORD, KIND_SUMMARY, targets_of
from udsat_desktop.sync.share.errors import WriteOnceConflict
from udsat_desktop.sync.share.publish import publish_once
from udsat_desktop.sync.share.read import names_in
from udsat_desktop.sync.trust import canonical, fingerprint

FOLDER = "published"
KIND = "udsat-published/1"
GENESIS = "0" * 64
MAX_PIECE_ENTRIES = 2000  # a piece stays well under the 1 MB cap of a share file
MAX_PIECE_BYTES = 1 << 20
MAX_NEW_PIECES = 200  # read per member and ingest (the rest: the next ingest)
_PIECE_NAME = re.compile(r"^(\d{8})-([0-9a-f]{16})\.json$")


def piece_name(count: int, head: str) -> str:
    return f"{count:08d}-{head[:16]}.json"


_NAME = r"[0-9A-Za-z_-][0-9A-Za-z._-]{0,39}"
_SHARE_PATH = re.compile(rf"^(records|summaries)(/[0-9]{{4}}(/{_NAME})?)?/{_NAME}\.(json|pdf)$")
_ID = re.compile(r"^[0-9A-Za-z._-]{1,24}$")
_HEX = re.compile(r"^[0-9a-f]{64}$")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def key_id(team_public: bytes) -> str:

    return fingerprint(team_public)[:16]


def entry_hash(previous: str, entry: dict[str, Any]) -> str:
    """An entry's hash: SHA-256 over the previous entry's hash and the entry's canonical JSON
    (without its own hash)."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    return hashlib.sha256(previous.encode("ascii") + canonical(body)).hexdigest()


# ----------------------------------------------------------------------------- a member's list


def note_published(
    db: Database, record: dict[str, Any], record_bytes: bytes, pdf_rel: str, record_rel: str
) -> bool:
    """A review whose PDF and record are verified on the share joins my list (once)."""
    review_id = str(record["review_id"])
    if store.listed(db, review_id):
        return False
    last = store.last_item(db)
    seq, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
    replaces = record.get("replaces_review_id")
    entry: dict[str, Any] = {
        "seq": seq,
        "id": review_id,
        "record": record_rel,
        "pdf": pdf_rel,
        "pdf_sha256": str(record["pdf_sha256"]),
        "record_sha256": hashlib.sha256(record_bytes).hexdigest(),
        "replaces": str(replaces) if replaces else None,
        "at": _now(),
    }
    store.append_item(
        db,
        store.Item(
            seq,
            review_id,
            record_rel,
            pdf_rel,
            entry["pdf_sha256"],
            entry["record_sha256"],
            entry["replaces"],
            entry["at"],
            entry_hash(previous, entry),
        ),
    )
    return True


def backfill(db: Database, profile: Profile) -> int:
    """Once per installation: my reviews that reached the share before the list existed (their
    signed bytes and records are in the store) join it, oldest first."""
    if store.peek_secret(db, store.BACKFILL_SECRET) is not None:
        return 0
    added = 0
    for _key, text in store.stored_records(db):
        with contextlib.suppress(ValueError, KeyError, TypeError):
            record = json.loads(text)
            if record.get("signed_by") != profile.user_id:
                continue  # a colleague's summary a coordinator's ingest kept
            pdf_rel, record_rel = targets_of(record)
            added += note_published(db, record, text.encode("utf-8"), pdf_rel, record_rel)
    state.secret(db, store.BACKFILL_SECRET, lambda: b"1")
    return added


def _my_key_id(db: Database) -> str:
    """My team key's id, read without an ORM session (every sync asks)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    found = store.peek_secret(db, trust.TEAM_SECRET)
    if found is None:
        return key_id(trust.team_public(db))
    key = Ed25519PrivateKey.from_private_bytes(found)
    return key_id(key.public_key().public_bytes_raw())


def _folder(share: Path, user_id: str, kid: str) -> Path:
    return share / FOLDER / user_id / kid


def publish_list(db: Database, profile: Profile, share: Path) -> list[str]:
    """New pieces of my list (entries since the last piece), signed, stored, then put on the
    share write-once. Returns the share-relative names written."""
    done = store.last_chunk(db)
    new = store.items(db, after=done)
    if not new:
        return []
    kid = _my_key_id(db)
    previous = next((i.hash for i in store.items(db, after=done - 1)), GENESIS) if done else GENESIS
    written = []
    for start in range(0, len(new), MAX_PIECE_ENTRIES):
        batch = new[start : start + MAX_PIECE_ENTRIES]
        count = batch[-1].seq
        payload = {
            "user_id": profile.user_id,
            "key_id": kid,
            "count": count,
            "head": batch[-1].hash,
            "prev_count": done,
            "prev_head": previous,
            "entries": [i.entry() for i in batch],
        }
        blob = trust.seal_envelope(db, KIND, payload)
        store.add_chunk(db, count, blob)
        name = piece_name(count, batch[-1].hash)
        publish_once(
            _folder(share, profile.user_id, kid) / name, blob, share=share, sole_writer=True
        )
        written.append(f"{FOLDER}/{profile.user_id}/{kid}/{name}")
        done, previous = count, batch[-1].hash
    return written


def republish_missing(
    db: Database, paths: AppPaths, profile: Profile, share: Path
) -> tuple[list[str], list[tuple[str, str]]]:
    """Everything on my list that is not on the share goes there again: a piece of the list
    (its stored bytes) or a review (its signed PDF and record from the encrypted store, sealed
    as before). Returns (what was put back, what could not be and why).

    Every sync asks, so the check is one bounded listing of every folder concerned (the pieces'
    folder and each folder my items lie in: names only) and two indexed queries; an item is
    read from the store only when one of its files is missing."""
    heads = store.chunk_heads(db)
    pieces = _folder(share, profile.user_id, _my_key_id(db)) if heads else None
    wanted: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for review_key, pdf_rel, record_rel in store.item_files(db):
        for rel, kind in ((pdf_rel, KIND_SUMMARY), (record_rel, KIND_RECORD)):
            folder_rel, _, name = rel.rpartition("/")
            wanted[folder_rel].append((name, review_key, kind))
    folders = [share / f for f in wanted] + ([pieces] if pieces is not None else [])
    listed = names_in(folders, share=share, reuse_session=True) if folders else {}
    back = _republish_pieces(db, heads, pieces, listed.get(pieces) if pieces else None, share)
    failed: list[tuple[str, str]] = []
    for folder_rel, files in wanted.items():
        present = listed[share / folder_rel]
        if present is None:
            continue  # a file in place of the folder: reported by the ingest that reads it
        for name, review_key, kind in files:
            if name in present:
                continue
            rel = f"{folder_rel}/{name}"
            try:
                _republish_one(db, paths, share, review_key, kind, rel)
                back.append(rel)
            except WriteOnceConflict as exc:
                failed.append((rel, str(exc)))
            except (ValueError, KeyError, TypeError) as exc:
                failed.append(
                    (rel, Msg("kan ikke lægges på fællesmappen igen: {why}", why=str(exc)))
                )
    return back, failed


def _republish_pieces(
    db: Database,
    heads: list[tuple[int, str]],
    folder: Path | None,
    present: set[str] | None,
    share: Path,
) -> list[str]:
    """The stored pieces of my list that are not in their folder on the share, put back."""
    if folder is None:
        return []
    names = present or set()
    back = []
    for count, head in heads:
        name = piece_name(count, head)
        if name not in names:
            blob = store.chunk(db, count)
            with contextlib.suppress(WriteOnceConflict):
                publish_once(folder / name, blob, share=share, sole_writer=True)
                back.append(folder.relative_to(share).as_posix() + "/" + name)
    return back


def _republish_one(
    db: Database, paths: AppPaths, share: Path, review_key: str, kind: str, rel: str
) -> None:
    """One file of a review on my list, from the encrypted store, sealed to its readers."""
    stored_record = signed_record(db, review_key)
    pdf = signed_pdf(db, review_key)
    if stored_record is None or pdf is None:
        raise ValueError(Msg("den underskrevne udgave er ikke i det lokale lager"))
    record_text = stored_record
    record = json.loads(record_text)
    data = pdf if kind == KIND_SUMMARY else record_text.encode("utf-8")
    seal = sealer(db, paths)
    if seal is None:
        raise ValueError(Msg("teamets holdliste er ikke modtaget endnu"))
    readers = [str(record.get("signed_by") or ""), *map(str, record.get("reviewers") or [])]
    publish_once(
        share / rel, seal.seal(readers, data, kind=kind, name=rel), share=share, sole_writer=True
    )


def keep_complete(
    db: Database, paths: AppPaths, profile: Profile, share: Path
) -> tuple[list[str], list[tuple[str, str]]]:
    """A member's sync: the list takes what reached the share before it existed, new pieces go
    to the share, and what is missing there is put back."""
    backfill(db, profile)
    publish_list(db, profile, share)
    return republish_missing(db, paths, profile, share)
