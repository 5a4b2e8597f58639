"""`udsat sync`: one sync round through the shared folder and its report. Apart from
cli_sync's `pull`, `assign` and `ingest` (which import the ORM's steps), so that a sync with
nothing to do loads no SQLAlchemy (issue 34)."""

from __future__ import annotations

import argparse
from typing import Any

from udsat_desktop.cli_common import emit, open_store, share_of
from udsat_desktop.core.danish import count
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.queue import reviewer_labels
from udsat_desktop.sync.engine import sync
from udsat_desktop.sync.refusals import left_unread_text


def cmd_sync(args: argparse.Namespace, paths: AppPaths) -> int:
    db, profile = open_store(paths)
    try:
        report = sync(db, paths, profile, share_of(args, paths), lock_wait=args.wait)
        names = reviewer_labels(db, full=True)
    finally:
        db.close()

    def text() -> str:
        if not report.reachable or report.problem:  # reachable: it answered, full/read-only
            waiting = count(report.pending, "fil venter", "filer venter")
            return f"Ikke synkroniseret: {report.problem}\n{waiting} i udbakken"
        lines = [
            f"Synkroniseret: {count(len(report.published), 'ny fil', 'nye filer')} på "
            f"fællesmappen, {len(report.already_there)} var der allerede; "
            f"{report.pending} venter",
            f"Hentede tildelinger: {report.assignments} "
            f"({count(report.assigned_cases, 'sag', 'sager')})",
        ]
        lines += [f"  fejl: {name}: {msg}" for name, msg in report.failed]
        lines += [f"  konflikt: {name}: {msg}" for name, msg in report.conflicts]
        lines += [f"  sagen {key} er allerede taget af en anden" for key in report.claim_clashes]
        lines += [
            f"  sagen {h['case_key']} er overdraget til {names.get(h['to'], h['to'])} af "
            f"{names.get(h['by'], h['by'])} ({h['at'][:10]}); "
            "din kladde er gemt, men underskriv den kun efter aftale med koordinatoren"
            for h in report.handovers
        ]
        if report.decisions:
            lines.append(
                f"  {count(report.decisions, 'afgørelse', 'afgørelser')} af konflikter modtaget"
            )
        lines += [
            f"  sagen {key} kan ikke reserveres på fællesmappen: alle pladser til krav er "
            "optaget af filer, der ikke er gyldige krav (se de afviste filer); du arbejder "
            "videre uden reservation. Bed koordinatoren rydde dem op."
            for key in report.claims_blocked
        ]
        if report.claims_unsafe:
            lines.append(f"  OBS: {report.claims_unsafe}")
            lines += [
                f"  sagen {key} er ikke reserveret på fællesmappen (krav kan ikke afgøres "
                "sikkert på dette drev)"
                for key in report.claims_unsafe_cases
            ]
        lines += [f"  afvist fil på fællesmappen: {name}: {msg}" for name, msg in report.refused]
        lines += [f"  OBS: {line}" for line in left_unread_text(report.left_unread)]
        lines += [f"  OBS: {c['text']}" for c in report.coordinators_changed]
        if report.own_demotion:
            lines.append(f"  OBS: {report.own_demotion['text']}")
        lines += [f"  manglede og er lagt på fællesmappen igen: {n}" for n in report.republished]
        lines += [
            f"  en kollegas fil er lagt tilbage på fællesmappen: {n}" for n in report.restored
        ]
        if report.removed_from_team:
            lines.append(
                "  OBS: Koordinatoren har fjernet dig fra teamets holdliste. Teamet læser "
                "ikke dine nye gennemgange; tal med koordinatoren."
            )
        candidates = report.coordinator_candidates
        if len(candidates) > 1:
            lines.append(
                f"  OBS: {len(candidates)} forskellige nøgler udgiver sig for at være "  # never 1
                "koordinator på fællesmappen; kun én kan være ægte. Spørg "
                "koordinatoren om koden."
            )
        lines += [
            f"  koordinator på fællesmappen: {c['name']}, kode {c['code']}" for c in candidates
        ]
        if candidates:
            lines.append(
                "  Godkend koordinatoren med `udsat team trust-coordinator KODE`, hvor "
                "KODE er den, koordinatoren læser op fra sin egen skærm."
            )
        return "\n".join(lines)

    emit(args, report.to_json(), text)
    return sync_status(report)


EXIT_REFUSED = 3  # synced, but files on the share were refused (not failure: see `refused`)


def sync_status(report: Any) -> int:
    """1 when something could not be synced; else 3 when a file on the share was refused (a
    forged, unsigned or hostile file: the sync itself went through); else 0."""
    if not report.ok:
        return 1
    return EXIT_REFUSED if report.refused or report.claims_blocked else 0
