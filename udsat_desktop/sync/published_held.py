"""A coordinator's copy of every member's published list (sync/published.py): each new
piece checked (signature, chain, count) and kept, pieces missing on the share put back, and
the lists compared with what the store holds, so a review that never arrived is told.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from udsat_desktop.core.text import Msg
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import published as store
from udsat_desktop.store import sync_state as state
from udsat_desktop.store.db import Database
from udsat_desktop.sync import trust
from udsat_desktop.sync.published import (
    _HEX,
    _ID,
    _PIECE_NAME,
    _SHARE_PATH,
    FOLDER,
    GENESIS,
    KIND,
    MAX_NEW_PIECES,
    MAX_PIECE_BYTES,
    MAX_PIECE_ENTRIES,
    _folder,
    entry_hash,
    key_id,
    piece_name,
)
from udsat_desktop.sync.roster.model import RosterError
from udsat_desktop.sync.roster.pins import current
from udsat_desktop.sync.share.bounded_calls import bounded
from udsat_desktop.sync.share.errors import HostileFile, ShareError, WriteOnceConflict
from udsat_desktop.sync.share.handles import session
from udsat_desktop.sync.share.marker import check_share
from udsat_desktop.sync.share.publish import publish_once
from udsat_desktop.sync.share.read import names_in, read_share_file
from udsat_desktop.sync.trust import unb64

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
    if held is None:
        return
    lists = store.held_lists(db)
    kids = {m.user_id: key_id(unb64(m.team_key)) for m in held.members}
    try:  # every member's folder in one bounded listing (names only)
        listed = names_in(
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

    if share is None:
        return
    sink = SimpleNamespace(problems=[], missing=[], restored=[])
    with contextlib.suppress(ShareError, OSError, RosterError):
        check_share(share)
        with session():
            absorb_lists(db, current(paths), share, sink)


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
        return bool(bounded(os.path.lexists, share / rel))
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
