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
import os
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
from udsat_desktop.sync import share as share_io
from udsat_desktop.sync.share import (
    HostileFile,
    ShareError,
    WriteOnceConflict,
    publish_once,
    read_share_file,
)

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
    from udsat_desktop.sync.trust import fingerprint

    return fingerprint(team_public)[:16]


def entry_hash(previous: str, entry: dict[str, Any]) -> str:
    """An entry's hash: SHA-256 over the previous entry's hash and the entry's canonical JSON
    (without its own hash)."""
    from udsat_desktop.sync.trust import canonical

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
    from udsat_desktop.sync.engine import targets_of

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

    from udsat_desktop.sync import trust

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
    from udsat_desktop.sync import trust

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


def _names(folder: Path, share: Path) -> set[str] | None:
    """The names in a folder of the share (None: it is not a folder)."""
    return share_io.names_in([folder], share=share)[folder]


def republish_missing(
    db: Database, paths: AppPaths, profile: Profile, share: Path
) -> tuple[list[str], list[tuple[str, str]]]:
    """Everything on my list that is not on the share goes there again: a piece of the list
    (its stored bytes) or a review (its signed PDF and record from the encrypted store, sealed
    as before). Returns (what was put back, what could not be and why)."""
    from udsat_desktop.sync.engine import KIND_RECORD, KIND_SUMMARY

    back = _republish_pieces(db, profile, share)
    failed: list[tuple[str, str]] = []
    wanted: dict[str, list[tuple[str, store.Item, str]]] = defaultdict(list)
    for item in store.items(db):
        for rel, kind in ((item.pdf_path, KIND_SUMMARY), (item.record_path, KIND_RECORD)):
            folder_rel, _, name = rel.rpartition("/")
            wanted[folder_rel].append((name, item, kind))
    # one bounded listing of every folder my items lie in (names only)
    listed = share_io.names_in([share / f for f in wanted], share=share) if wanted else {}
    for folder_rel, files in wanted.items():
        present = listed[share / folder_rel]
        if present is None:
            continue  # a file in place of the folder: reported by the ingest that reads it
        for name, item, kind in files:
            if name in present:
                continue
            rel = f"{folder_rel}/{name}"
            try:
                _republish_one(db, paths, share, item, kind, rel)
                back.append(rel)
            except WriteOnceConflict as exc:
                failed.append((rel, str(exc)))
            except (ValueError, KeyError, TypeError) as exc:
                failed.append(
                    (rel, Msg("kan ikke lægges på fællesmappen igen: {why}", why=str(exc)))
                )
    return back, failed


def _republish_pieces(db: Database, profile: Profile, share: Path) -> list[str]:

    counts = store.chunk_counts(db)
    if not counts:
        return []
    back = []
    kid = _my_key_id(db)
    folder = _folder(share, profile.user_id, kid)
    names = _names(folder, share) or set()
    for count in counts:
        name = piece_name(count, store.item_hash(db, count))
        if name not in names:
            blob = store.chunk(db, count)
            with contextlib.suppress(WriteOnceConflict):
                publish_once(folder / name, blob, share=share, sole_writer=True)
                back.append(f"{FOLDER}/{profile.user_id}/{kid}/{name}")
    return back


def _republish_one(
    db: Database, paths: AppPaths, share: Path, item: store.Item, kind: str, rel: str
) -> None:
    """One file of a review on my list, from the encrypted store, sealed to its readers."""
    from udsat_desktop.store.signed_pdfs import signed_pdf, signed_record
    from udsat_desktop.sync.engine import KIND_SUMMARY, sealer

    stored_record = signed_record(db, item.review_key)
    pdf = signed_pdf(db, item.review_key)
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


# ----------------------------------------------------------------------------- a coordinator's copy


class ListProblem(ValueError):
    """A piece of a member's list that is not one (the message says why, in Danish)."""


def _check_entries(entries: Any, prev_count: int, prev_head: str) -> str:
    """The head after `entries`, which must follow `prev_count` and chain from `prev_head`."""
    if not isinstance(entries, list) or not entries or len(entries) > MAX_PIECE_ENTRIES:
        raise ListProblem(Msg("ugyldige poster"))
    head = prev_head
    for n, entry in enumerate(entries, start=prev_count + 1):
        if not isinstance(entry, dict) or entry.get("seq") != n:
            raise ListProblem(Msg("posterne følger ikke hinanden"))
        for key in ("record", "pdf"):
            if not isinstance(entry.get(key), str) or not _SHARE_PATH.match(entry[key]):
                raise ListProblem(Msg("ugyldig sti i listen"))
        if not isinstance(entry.get("id"), str) or not _ID.match(entry["id"]):
            raise ListProblem(Msg("ugyldigt id i listen"))
        for key in ("pdf_sha256", "record_sha256"):
            if not isinstance(entry.get(key), str) or not _HEX.match(entry[key]):
                raise ListProblem(Msg("ugyldig hash i listen"))
        if entry.get("replaces") is not None and not (
            isinstance(entry["replaces"], str) and _ID.match(entry["replaces"])
        ):
            raise ListProblem(Msg("ugyldigt id i listen"))
        if not isinstance(entry.get("at"), str) or len(entry["at"]) > 32:
            raise ListProblem(Msg("ugyldigt tidspunkt i listen"))
        if entry.get("hash") != entry_hash(head, entry):
            raise ListProblem(Msg("kæden af poster passer ikke (ændret efter underskrift)"))
        head = entry["hash"]
    return head


def _open_piece(blob: bytes, member: Any, kid: str, count: int) -> dict[str, Any]:
    from udsat_desktop.sync import trust

    try:
        payload, signer = trust.open_envelope(blob, KIND)
    except RecursionError:
        raise ListProblem(Msg("ikke gyldig JSON")) from None
    except trust.TrustError as exc:
        raise ListProblem(str(exc)) from None
    if trust.b64(signer) != member.team_key:
        raise ListProblem(Msg("ikke underskrevet af {user_id}", user_id=member.user_id))
    if (payload.get("user_id"), payload.get("key_id"), payload.get("count")) != (
        member.user_id,
        kid,
        count,
    ):
        raise ListProblem(Msg("passer ikke til sit filnavn"))
    prev_count, prev_head = payload.get("prev_count"), payload.get("prev_head")
    if not isinstance(prev_count, int) or not isinstance(prev_head, str):
        raise ListProblem(Msg("ugyldige felter"))
    entries = payload.get("entries")
    head = _check_entries(entries, prev_count, prev_head)
    if head != payload.get("head") or count != prev_count + len(entries or []):
        raise ListProblem(Msg("hovedet passer ikke til posterne"))
    return payload


def absorb_lists(db: Database, held: Any, share: Path, report: Any) -> None:
    """The new pieces of every roster member's list (revoked members' too) into the store, each
    only when it extends what is held; a piece held here and gone from the share is put back.
    A gap, a piece that does not extend the list (shortened or rewritten) and a file that is
    not a piece are told in the report, naming the file; the rest goes on."""
    from udsat_desktop.sync.trust import unb64

    if held is None:
        return
    lists = store.held_lists(db)
    kids = {m.user_id: key_id(unb64(m.team_key)) for m in held.members}
    try:  # every member's folder in one bounded listing (names only)
        listed = share_io.names_in(
            [_folder(share, m.user_id, kids[m.user_id]) for m in held.members], share=share
        )
    except (ShareError, OSError) as exc:
        report.problems.append((FOLDER, Msg("listen kan ikke læses: {why}", why=str(exc))))
        return
    for member in held.members:
        folder = _folder(share, member.user_id, kids[member.user_id])
        try:
            _absorb_one(db, member, kids[member.user_id], listed[folder], share, report, lists)
        except (ShareError, OSError) as exc:
            report.problems.append(
                (f"{FOLDER}/{member.user_id}", Msg("listen kan ikke læses: {why}", why=str(exc)))
            )


def take_lists_now(db: Database, paths: AppPaths, share: Path | None) -> None:
    """Every member's list as the share holds it now, into the store (before a revocation);
    a share that cannot be reached leaves the list as the last ingest held it."""
    from types import SimpleNamespace

    from udsat_desktop.sync import roster

    if share is None:
        return
    sink = SimpleNamespace(problems=[], missing=[], restored=[])
    with contextlib.suppress(ShareError, OSError, roster.RosterError):
        share_io.check_share(share)
        with share_io.session():
            absorb_lists(db, roster.current(paths), share, sink)


def _problem(db: Database, report: Any, rel: str, why: str, member: Any) -> None:
    """A list file that is not taken: named in the report every time, kept in the sync log
    and audited once (not again while it stays as it is)."""
    report.problems.append((rel, why))
    if state.quarantined(db).get(rel[-120:], ("", ""))[1] != why:
        state.log_file(db, rel[-120:], rel[-200:], member.user_id[:64], "afvist", why)
        state.audit_refused(db, member.user_id, rel, why)


def _absorb_one(
    db: Database,
    member: Any,
    kid: str,
    names: set[str] | None,
    share: Path,
    report: Any,
    lists: dict[tuple[str, str], Any],
) -> None:
    folder = _folder(share, member.user_id, kid)
    rel_folder = f"{FOLDER}/{member.user_id}/{kid}"
    if names is None:
        _problem(db, report, rel_folder, Msg("ikke en mappe"), member)
        return
    have, head = lists.get((member.user_id, kid), (0, GENESIS))
    if not names and not have:
        return  # nothing published, nothing held
    pieces = store.held_chunk_counts(db, member.user_id, kid)
    _restore(db, member.user_id, kid, pieces, names, folder, share, rel_folder, report)
    candidates = _new_pieces(db, report, names, have, pieces, rel_folder, member)
    for count, name in sorted(candidates)[:MAX_NEW_PIECES]:
        if count <= have:
            continue  # another file of the same count was taken just now
        rel = f"{rel_folder}/{name}"
        try:
            blob = read_share_file(folder / name, "record", share=share, limit=MAX_PIECE_BYTES)
            payload = _open_piece(blob, member, kid, count)
            if not str(payload["head"]).startswith(name[9:25]):
                raise ListProblem(Msg("passer ikke til sit filnavn"))
        except HostileFile as exc:
            _problem(db, report, rel, str(exc), member)
            continue
        except ListProblem as exc:
            _problem(db, report, rel, Msg("listen er afvist: {why}", why=str(exc)), member)
            continue
        if payload["prev_count"] > have:
            report.missing.append(
                {
                    "user_id": member.user_id,
                    "review_id": None,
                    "file": f"{rel_folder}/{have + 1:08d}…{payload['prev_count']:08d}",
                    "reason": Msg(
                        "poster {first}–{last} af listen over det offentliggjorte mangler på "
                        "fællesmappen",
                        first=have + 1,
                        last=payload["prev_count"],
                    ),
                }
            )
            return
        if payload["prev_count"] != have or payload["prev_head"] != head:
            _problem(
                db,
                report,
                rel,
                Msg(
                    "listen er afvist: den forlænger ikke den liste, der allerede er modtaget "
                    "(afkortet eller skrevet om)"
                ),
                member,
            )
            return
        store.hold_chunk(
            db,
            member.user_id,
            kid,
            count,
            payload["head"],
            blob,
            payload["entries"],
            dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),  # ordered with revocation
        )
        have, head = count, payload["head"]


def _restore(
    db: Database,
    user_id: str,
    kid: str,
    pieces: set[int],
    names: set[str],
    folder: Path,
    share: Path,
    rel: str,
    report: Any,
) -> None:
    """The second holder puts back the pieces it holds that went from the share."""
    present = {int(n[:8]) for n in names if _PIECE_NAME.match(n)}
    for count in sorted(pieces - present):
        blob = store.held_chunk(db, user_id, kid, count)
        with contextlib.suppress(ValueError, KeyError, TypeError, WriteOnceConflict):
            name = piece_name(count, json.loads(blob)["payload"]["head"])
            publish_once(folder / name, blob, share=share)
            report.restored.append(f"{rel}/{name}")


def _new_pieces(
    db: Database,
    report: Any,
    names: set[str],
    have: int,
    pieces: set[int],
    rel_folder: str,
    member: Any,
) -> list[tuple[int, str]]:
    """(count, name) of the pieces beyond the list held; a name that is not a piece, and a
    piece at or below the held count that is not held (a list rewritten), is a problem."""
    candidates: list[tuple[int, str]] = []
    for name in sorted(names):
        found = _PIECE_NAME.match(name)
        if found is None:
            _problem(db, report, f"{rel_folder}/{name}", Msg("ikke et stykke af listen"), member)
            continue
        count = int(found.group(1))
        if count > have:
            candidates.append((count, name))
        elif count not in pieces:
            _problem(
                db,
                report,
                f"{rel_folder}/{name}",
                Msg(
                    "dette stykke af listen passer ikke med den liste, der allerede er modtaget "
                    "(listen er afkortet eller skrevet om)"
                ),
                member,
            )
    return candidates


def compare_with_store(db: Database, share: Path, report: Any) -> None:
    """Every listed review the store does not hold as listed (same id, PDF hash and signer) is
    reported missing, with why; a match is never looked at again."""
    matched = []
    for item in store.unmatched(db):
        got = store.ingested_as(db, item.review_key)
        signer = ""
        if got is not None:
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                signer = str(json.loads(got[2]).get("signed_by") or "")
        if (
            got is not None
            and got[1] == item.pdf_sha256
            and signer == item.user_id
            and got[0] not in ("MODIFIED", "UNSIGNED", "UNCHECKED")
        ):
            matched.append((item.user_id, item.key_id, item.seq))
            continue
        there = _present(share, item.record_path) and _present(share, item.pdf_path)
        if not there:
            reason = Msg("gennemgangen er offentliggjort, men mangler på fællesmappen")
        elif got is not None:
            reason = Msg(
                "under id'et er indlæst et andet indhold end det, medlemmet offentliggjorde"
            )
        else:
            reason = Msg("filerne ligger på fællesmappen, men kunne ikke indlæses (se problemerne)")
        entry: dict[str, Any] = {
            "user_id": item.user_id,
            "review_id": item.review_key,
            "file": item.record_path,
            "reason": reason,
        }
        if item.replaces:
            entry["replaces"] = item.replaces
            older = store.ingested_as(db, item.replaces)
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                entry["case_key"] = json.loads(older[2]).get("case_key") if older else None
            entry["reason"] = Msg(
                "{reason}; den retter {older}, som ellers står som den gældende udgave",
                reason=reason,
                older=item.replaces,
            )
        report.missing.append(entry)
    store.mark_matched(db, matched)


def _present(share: Path, rel: str) -> bool:
    try:
        return bool(share_io.bounded(os.path.lexists, share / rel))
    except (OSError, ShareError):
        return False


def superseded_by_missing(db: Database, review_keys: list[str]) -> dict[str, str]:
    """Of these reviews, those a member's list says were corrected by a review the store does
    not hold: review key -> the missing correction's id."""
    out: dict[str, str] = {}
    for key in review_keys:
        for correction in store.unheld_corrections(db, key):
            out[key] = correction
    return out


def listed_before(db: Database, user_id: str, review_id: str, pdf_sha256: str, when: str) -> bool:
    """Whether this member's list, as this coordinator received it, named this review (with
    this PDF) before `when` (a revocation's time): the order of the list, not the member's
    own clock, tells what came before."""
    try:
        limit = dt.datetime.fromisoformat(when)
    except ValueError:
        return False
    for owner, digest, received in store.owners(db, review_id):
        if owner != user_id or digest != pdf_sha256:
            continue
        with contextlib.suppress(ValueError, TypeError):
            # both to the microsecond, by this coordinator's clock: what her app held when she
            # revoked (take_lists_now runs first) was received before it
            if dt.datetime.fromisoformat(received) < limit:
                return True
    return False
