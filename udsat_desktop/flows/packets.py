"""Build a meeting's packet from the signed summaries and store it on the share."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from udsat_desktop.core.text import Msg, join
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import remember_packet
from udsat_desktop.reports.packet import PacketError, PacketFile, build_packet, signer_names
from udsat_desktop.reports.signing import Verdict, verify_pdf
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.meetings import (
    get_meeting,
    meeting_case_ids,
    require_meeting_coordinator,
    summary_pdf,
)
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.signed_pdfs import signed_reviewers
from udsat_desktop.store.versions import open_conflict_keys
from udsat_desktop.sync import trust
from udsat_desktop.sync.identity import sealer
from udsat_desktop.sync.layout import KIND_ORIGINAL, KIND_PACKET
from udsat_desktop.sync.roster.certs import local_trust
from udsat_desktop.sync.sealed import SealError
from udsat_desktop.sync.share import (
    ABANDONED_SECONDS,
    InProgress,
    ShareError,
    check_identity,
    check_share,
    publish_once,
)

log = logging.getLogger(__name__)

PACKET_KIND = "udsat-packet/1"


def _share_packet(
    db: Database,
    paths: AppPaths,
    share: Path,
    meeting_date: dt.date,
    items: list[Any],
    packet: PacketFile,
) -> Path:
    """The packet and its signed originals on the share, sealed (sync/sealed.py): each
    original to the coordinators and the reviewers its record names, the packet (which holds
    every case) to the coordinators only, signed with my team key before it is sealed."""
    seal = sealer(db, paths)
    if seal is None:
        raise SealError(
            Msg(
                "teamets holdliste er ikke modtaget, så der er ingen at "
                "kryptere mødepakken til; den er ikke lagt på fællesmappen"
            )
        )
    target = share / "meetings" / meeting_date.isoformat()
    folder = f"meetings/{meeting_date.isoformat()}"
    for index, (original, item) in enumerate(zip(packet.originals, items, strict=True), 1):
        # on the share by the review's id only, as every other name there: the case key
        # (which the local copy's name carries, for the coordinator) stays off the share
        shared = shared_original_name(index, item.review_key)
        name = f"{folder}/{shared}"
        try:
            publish_once(
                target / shared,
                seal.seal(
                    signed_reviewers(db, item.review_key),
                    original.read_bytes(),
                    kind=KIND_ORIGINAL,
                    name=name,
                ),
                share=share,
            )
        except InProgress:
            # a copy cut short under the name (ours, or one someone truncated): completed by
            # a later publish once it has lain untouched (share._abandoned); sync never
            # publishes packets, so only building the packet again does
            raise ShareError(
                Msg(
                    "{name} på fællesmappen er ufuldstændig og kunne ikke erstattes nu (den "
                    "kan være ved at blive skrevet). Byg mødepakken igen, når filen har "
                    "ligget urørt i {minutes} minutter; så gøres den færdig",
                    name=name,
                    minutes=ABANDONED_SECONDS // 60,
                )
            ) from None
    # a rebuilt packet (new order, new case) is a new file: nothing is overwritten
    name = f"{packet.packet.stem}_{packet.sha256[:8]}.pdf"
    signed = trust.seal_envelope(
        db,
        PACKET_KIND,
        {
            "meeting": meeting_date.isoformat(),
            "name": name,
            "pdf": trust.b64(packet.packet.read_bytes()),
        },
    )
    with contextlib.suppress(ShareError):
        publish_once(
            target / name,
            seal.seal([], signed, kind=KIND_PACKET, name=f"{folder}/{name}"),
            share=share,
        )
    return target


def shared_original_name(index: int, review_key: str) -> str:
    """A packet's signed original on the share: its place on the agenda and the review's id
    (pseudonymous; no case key)."""
    return f"{index:02d}_{review_key}.pdf"


@dataclass(frozen=True)
class PacketResult:
    packet: PacketFile
    shared_to: Path | None
    share_problem: str


def make_packet(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    share: Path | None,
    meeting_date: dt.date,
    out_dir: Path,
) -> PacketResult:
    require_meeting_coordinator(profile, "bygge mødepakker")
    meeting = get_meeting(db, meeting_date)
    replaced = [
        Msg(
            "sag {case_key}: {old} er erstattet af version {version} ({new})",
            case_key=i.case_key,
            old=i.review_key,
            version=i.replaced_by[0],
            new=i.replaced_by[1],
        )
        for i in meeting.items
        if i.replaced_by is not None
    ]
    if replaced:
        raise PacketError(
            Msg(
                "Mødet har en gennemgang, der er erstattet af en nyere version: {items}. "
                "Tag sagen af mødet og sæt den nyeste version på",
                items=join(replaced),
            )
        )

    in_conflict = sorted({i.case_key for i in meeting.items} & open_conflict_keys(db))
    if in_conflict:
        raise PacketError(
            Msg(
                "Mødet har sager med flere gældende gennemgange (konflikt): {items}. Vælg den "
                "gældende gennemgang først (Team → Konflikter, eller udsat conflicts decide)",
                items=", ".join(in_conflict),
            )
        )
    missing, broken, pdfs, signers = [], [], [], []
    trusted = local_trust(paths)
    for item in meeting.items:
        data = summary_pdf(db, paths, share, item.case_key, item.review_key)
        if data is None:
            missing.append(item.case_key)
            continue
        # only an intact summary whose every signer is on the roster goes into a packet
        reports = verify_pdf(data, trusted)
        if any(r.verdict is not Verdict.TRUSTED for r in reports):
            broken.append(item.case_key)
        signers.append(signer_names(reports))  # the agenda's reviewers
        pdfs.append(data)
    if missing:
        raise PacketError(
            Msg(
                "Den underskrevne sammenfatning findes ikke for: {missing} (synkronisér, "
                "eller indlæs teamets gennemgange)",
                missing=", ".join(missing),
            )
        )
    if broken:
        raise PacketError(
            Msg(
                "Sammenfatningen er ændret efter underskrift, ikke underskrevet eller "
                "underskrevet af en, der ikke er på teamets holdliste, for: {broken}",
                broken=", ".join(broken),
            )
        )
    packet = build_packet(meeting, pdfs, out_dir, signers)
    try:  # so *Udskriv mødepakke…* finds it, also when `udsat packet` built it
        remember_packet(paths.config, meeting_date.isoformat(), packet.packet)
    except OSError:
        log.warning("where the packet was written could not be remembered")
    shared_to, problem = None, ""
    if share is not None:
        try:
            check_share(share)
            check_identity(share, paths.config)
            shared_to = _share_packet(db, paths, share, meeting_date, meeting.items, packet)
        except (ShareError, SealError) as exc:
            problem = str(exc)

    # the packet holds each case's summary: an access each citizen's log shows
    audit.append_now(
        db,
        profile.user_id,
        "meeting.packet",
        None,
        meeting=meeting_date.isoformat(),
        cases=audit.case_ids(meeting_case_ids(db, meeting_date)),
        shared=shared_to is not None,
    )
    log.info("packet for %s: %d cases, %d pages", meeting_date, len(meeting.items), packet.pages)
    return PacketResult(packet, shared_to, problem)
