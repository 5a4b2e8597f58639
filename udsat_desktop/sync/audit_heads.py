"""Audit chain heads on the share (issue 16): a log its owner cannot quietly rewrite.

The audit log is hash-chained inside the owner's own database, so whoever holds the
passphrase could rebuild the whole chain after editing an entry and it would still verify.
At every sync the app therefore publishes its current head — entry count, last entry id and
hash, plus the (id, hash) of every entry since the previous head — as a write-once file
`audit-heads/<user-id>/<seq>.json`, signed with the member's Ed25519 audit key. `udsat audit
verify` compares the local chain with every head of this user on the share and names the
first entry that no longer matches.

The audit key lives inside the encrypted database (like the X25519 sealing key), so the
periodic sync can sign without asking for the signing key's passphrase; its public key is in
every head, and all heads must carry this installation's key.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from udsat_desktop.core import bounded_json
from udsat_desktop.core.text import Msg
from udsat_desktop.store import audit_heads as heads
from udsat_desktop.store import published as kept
from udsat_desktop.store import sync_state as state
from udsat_desktop.store.db import Database
from udsat_desktop.store.published import peek_secret
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync import trust
from udsat_desktop.sync.share.errors import HostileFile, ShareError, WriteOnceConflict
from udsat_desktop.sync.share.publish import publish_once
from udsat_desktop.sync.share.read import is_part, names_in, read_share_file
from udsat_desktop.sync.trust import unb64

FOLDER = "audit-heads"
FORMAT = "udsat-audit-head/1"
AUDIT_SECRET = "audit_ed25519"
MAX_HEAD_FILE = 4 * 1024 * 1024


def audit_key(db: Database) -> Ed25519PrivateKey:
    raw = state.secret(db, AUDIT_SECRET, lambda: Ed25519PrivateKey.generate().private_bytes_raw())
    return Ed25519PrivateKey.from_private_bytes(raw)


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def publish_head(db: Database, profile: Profile, share: Path) -> str | None:
    """Publish the chain's head unless it has not moved since the last one; returns the
    share-relative name written, or None. Raises ShareError when the share fails."""
    head = heads.current_head(db)
    if head is None:
        return None
    count, last_id, digest = head
    previous = heads.last_published(db)
    if previous is not None and previous[1] == last_id:
        return None
    folder = share / FOLDER / profile.user_id
    seq = max(previous[0] if previous else 0, _max_seq(folder)) + 1
    key = audit_key(db)
    body = {
        "format": FORMAT,
        "user_id": profile.user_id,
        "seq": seq,
        "count": count,
        "last_id": last_id,
        "hash": digest,
        "published_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "hashes": heads.hashes_after(db, previous[1] if previous else 0, last_id),
        "public_key": _b64(key.public_key().public_bytes_raw()),
    }
    # the audit key is this installation's alone; the team key (on the roster) vouches that
    # the head is the member's, so a coordinator can keep it as a second holder (issue 28)

    found = peek_secret(db, trust.TEAM_SECRET)  # without an ORM session: every sync signs
    team = (
        Ed25519PrivateKey.from_private_bytes(found) if found is not None else trust.team_private(db)
    )
    signed = {
        "head": body,
        "signature": _b64(key.sign(_canonical(body))),
        "team_key": _b64(team.public_key().public_bytes_raw()),
        "team_signature": _b64(team.sign(_canonical(body))),
    }
    name = f"{seq:08d}.json"
    blob = json.dumps(signed, separators=(",", ":")).encode("ascii")
    heads.record_published(db, seq, last_id, digest, blob)
    publish_once(folder / name, blob, share=share)
    return f"{FOLDER}/{profile.user_id}/{name}"


def _names(folder: Path, share: Path) -> set[str]:

    try:
        return names_in([folder], share=share)[folder] or set()
    except ShareError:
        return set()


def republish_own_heads(db: Database, profile: Profile, share: Path) -> list[str]:
    """My heads (kept in my store since issue 28) that are gone from the share go back there,
    byte for byte. Returns the share-relative names written."""
    mine = heads.published_seqs(db)
    if not mine:
        return []
    folder = share / FOLDER / profile.user_id
    present = _names(folder, share)
    back = []
    for seq in sorted(mine):
        name = f"{seq:08d}.json"
        blob = heads.published_blob(db, seq) if name not in present else None
        if blob is not None:  # heads published before their bytes were kept: not put back
            try:
                publish_once(folder / name, blob, share=share)
            except WriteOnceConflict:
                continue  # something else holds the name: `audit verify` names it
            back.append(f"{FOLDER}/{profile.user_id}/{name}")
    return back


MAX_NEW_HEADS = 500  # read per member and sync (the rest: the next sync)


def _member_head(raw: bytes, member: Any, name: str) -> int:
    """The seq of a head that is this roster member's (signed with their team key and with
    the audit key it carries); ValueError otherwise."""
    try:
        signed = json.loads(raw)
        body = signed["head"]
        team_key = base64.b64decode(signed["team_key"], validate=True)
        team_signature = base64.b64decode(signed["team_signature"], validate=True)
        own = Ed25519PublicKey.from_public_bytes(
            base64.b64decode(body["public_key"], validate=True)
        )
        own.verify(base64.b64decode(signed["signature"], validate=True), _canonical(body))
        if team_key != unb64(member.team_key):
            raise ValueError("another team key")
        Ed25519PublicKey.from_public_bytes(team_key).verify(team_signature, _canonical(body))
        if body.get("format") != FORMAT or body.get("user_id") != member.user_id:
            raise ValueError("not this member's")
        if name != f"{int(body['seq']):08d}.json":
            raise ValueError("name")
        return int(body["seq"])
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        InvalidSignature,
        RecursionError,
    ) as exc:
        raise ValueError(str(exc)) from None


def hold_member_heads(db: Database, held: Any, profile: Profile, share: Path) -> list[str]:
    """A coordinator's second copy of every other member's audit heads: each new head signed
    by that member (their roster team key and their audit key) is kept in her store, and a kept
    head that is gone from the share is put back byte for byte, so a member who deletes their
    heads (and their own record of them) cannot rewrite their log unnoticed. Returns what was
    put back."""
    if held is None:
        return []
    back: list[str] = []
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    others = [m for m in held.members if m.user_id != profile.user_id]  # mine: in my store
    try:  # every member's folder in one bounded listing (names only)
        listed = names_in([share / FOLDER / m.user_id for m in others], share=share)
    except (ShareError, OSError):
        return []
    for member in others:
        folder = share / FOLDER / member.user_id
        present = listed[folder] or set()
        have = kept.held_head_seqs(db, member.user_id)
        for seq in sorted(have):
            name = f"{seq:08d}.json"
            if name not in present:
                with contextlib.suppress(WriteOnceConflict, ShareError):
                    publish_once(
                        folder / name, kept.held_head(db, member.user_id, seq), share=share
                    )
                    back.append(f"{FOLDER}/{member.user_id}/{name}")
        new = sorted(
            n
            for n in present
            if n.endswith(".json")
            and n.removesuffix(".json").isdigit()
            and int(n.removesuffix(".json")) not in have
        )
        for name in new[:MAX_NEW_HEADS]:
            try:
                raw = read_share_file(folder / name, "record", share=share, limit=MAX_HEAD_FILE)
                seq = _member_head(raw, member, name)
            except (ValueError, HostileFile, OSError):
                continue  # not the member's head: their own `audit verify` names it
            kept.hold_head(db, member.user_id, seq, raw, now)
    return back


def _max_seq(folder: Path) -> int:
    best = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        stem = name.removesuffix(".json")
        if name.endswith(".json") and stem.isdigit():
            best = max(best, int(stem))
    return best


@dataclass
class HeadCheck:
    heads: int = 0  # heads of this user read and verified
    pinned: int = 0  # entries the heads pin (id and hash)
    first_mismatch: int | None = None  # the first entry that no longer matches
    reason: str | None = None
    head_seq: int | None = None  # the head that pins it
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, why): findings
    missing: list[int] = field(default_factory=list)  # my heads (seq) not intact on the share

    @property
    def ok(self) -> bool:
        """A foreign or junk head is a finding, not a broken log: anyone may write to the
        share. Heads of mine that are gone (or no longer intact) are what fails."""
        return self.first_mismatch is None and not self.missing


# Complexity (C901): one early `continue` per reason a head is refused, in the order checked.
def verify_against_heads(  # noqa: C901
    db: Database, profile: Profile, share: Path
) -> HeadCheck:
    """Every published head of this user against the local chain. A head with a bad
    signature, another key, or a name that does not fit is refused (and reported)."""
    check = HeadCheck()
    folder = share / FOLDER / profile.user_id
    own_key = audit_key(db).public_key()
    pins: dict[int, tuple[str, int]] = {}
    intact: set[int] = set()
    try:
        names = sorted(os.listdir(folder))
    except FileNotFoundError:
        names = []
    except OSError as exc:
        check.refused.append(
            (FOLDER, Msg("mappen kan ikke læses ({error})", error=type(exc).__name__))
        )
        names = []
    for name in names:
        path = folder / name
        if is_part(path) or not name.endswith(".json"):
            continue
        try:
            raw = read_share_file(path, "record", share=share, limit=MAX_HEAD_FILE)
            body = _parse_head(raw, own_key)
        except (ValueError, HostileFile) as exc:
            check.refused.append((name, str(exc)))
            continue
        except OSError as exc:
            check.refused.append((name, Msg("kan ikke læses ({error})", error=type(exc).__name__)))
            continue
        try:
            seq = int(body["seq"])
            pinned = [
                (int(i), str(d)) for i, d in [*body["hashes"], (body["last_id"], body["hash"])]
            ]
        except (ValueError, TypeError, KeyError):
            check.refused.append((name, Msg("ulæseligt hoved")))
            continue
        if body["user_id"] != profile.user_id or name != f"{seq:08d}.json":
            check.refused.append((name, Msg("hovedet passer ikke til sit filnavn")))
            continue
        check.heads += 1
        intact.add(seq)
        for entry_id, digest in pinned:
            pins.setdefault(entry_id, (digest, seq))
    check.missing = sorted(heads.published_seqs(db) - intact)
    floor = heads.purged_before(db)
    ids = sorted(i for i in pins if i >= floor)
    check.pinned = len(ids)
    local = heads.local_hashes(db, ids)
    for entry_id in ids:
        digest, seq = pins[entry_id]
        if entry_id not in local:
            check.first_mismatch, check.head_seq = entry_id, seq
            check.reason = Msg(
                "posten er offentliggjort i hoved {seq}, men findes ikke længere i loggen", seq=seq
            )
            break
        if local[entry_id] != digest:
            check.first_mismatch, check.head_seq = entry_id, seq
            check.reason = Msg(
                "posten passer ikke længere med hoved {seq} på fællesmappen "
                "(ændret, eller kæden er skrevet om)",
                seq=seq,
            )
            break
    return check


def _parse_head(raw: bytes, own_key: Ed25519PublicKey) -> dict[str, Any]:
    try:
        signed = bounded_json.loads(raw)
        body = signed["head"]
        signature = base64.b64decode(signed["signature"], validate=True)
        if body.get("format") != FORMAT:
            raise ValueError("format")
        public = base64.b64decode(body["public_key"], validate=True)
        if not isinstance(body["hashes"], list) or not isinstance(body["last_id"], int):
            raise ValueError("fields")
    except bounded_json.BadJson as exc:
        raise ValueError(Msg("ulæseligt hoved: {reason}", reason=str(exc))) from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise ValueError(Msg("ulæseligt hoved")) from None
    if public != own_key.public_bytes_raw():
        raise ValueError(Msg("underskrevet med en anden nøgle end denne installations"))
    try:
        own_key.verify(signature, _canonical(body))
    except InvalidSignature:
        raise ValueError(Msg("underskriften passer ikke (ændret efter udgivelsen)")) from None
    return dict(body)
