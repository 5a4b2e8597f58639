"""`udsat ltv FILE...` and `udsat journal export`: the archival commands."""

from __future__ import annotations

import argparse
from typing import Any

from udsat_desktop.cli_common import CliError, emit, open_store, out_folder, read_files, share_of
from udsat_desktop.core.danish import ValueProblem, parse_date
from udsat_desktop.flows.journal import JournalError, export_journal
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.reports import ltv
from udsat_desktop.reports.signing import trust_list, verify_pdf
from udsat_desktop.sync.roster.pins import trust_dir


def cmd_ltv(args: argparse.Namespace, paths: AppPaths) -> int:
    """Add long-term validation data (B-LT) and, with a timestamp server, a document timestamp
    (B-LTA) to signed PDFs, in place. The signed revisions stay byte for byte as they were."""
    tsa = args.tsa if args.tsa is not None else load_settings(paths.config).tsa
    trusted = trust_list(trust_dir(paths))
    results: list[dict[str, Any]] = []
    for name, path, data in read_files(args.files, results):
        try:
            augmented = ltv.augment(data, trusted, timestamp_url=tsa or None)
        except ltv.LtvError as exc:
            results.append({"file": name, "error": str(exc)})
            continue
        write_atomic(path, augmented, mode=0o600)
        levels = sorted({r.level for r in verify_pdf(augmented, trusted)})
        results.append({"file": name, "level": ", ".join(levels)})

    def text() -> str:
        return "\n".join(
            f"{r['file']}: {r['error']}" if "error" in r else f"{r['file']}: PAdES {r['level']}"
            for r in results
        )

    bad = any("error" in r for r in results)
    emit(args, {"files": results, "ok": not bad}, text)
    return 1 if bad else 0


def cmd_journal(args: argparse.Namespace, paths: AppPaths) -> int:
    since = None
    if args.since:
        try:
            since = parse_date(args.since)
        except ValueProblem:
            since = None
        if since is None:
            raise CliError(f"Ugyldig dato: {args.since} (skriv fx 2026-11-01 eller 01.11.2026)")
    out = out_folder(args.out)
    db, profile = open_store(paths)
    try:
        result = export_journal(db, paths, profile, share_of(args, paths), out, since)
    except JournalError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.close()
    skipped = [
        {
            "case_key": n.sagsnoegle,
            "review": n.gennemgang,
            "verdict": n.verifikation,
            "signers": n.underskrivere,
            "reason": n.reason,
        }
        for n in result.not_exported
    ]
    emit(
        args,
        {
            "out": str(result.folder),
            "documents": len(result.rows),
            "missing": result.missing,
            "not_exported": skipped,
        },
        lambda: (
            f"{len(result.rows)} underskrevne sammenfatninger eksporteret til "
            f"{result.folder} (manifest.csv, manifest.json)"
            + (f"; PDF mangler for: {', '.join(result.missing)}" if result.missing else "")
            + (
                f"\nIkke eksporteret ({len(skipped)}; kun intakte dokumenter med en kendt "
                "underskriver går til journalen):"
                + "".join(f"\n  {s['case_key']} ({s['review']}): {s['reason']}" for s in skipped)
                if skipped
                else ""
            )
        ),
    )
    return 0
