"""`udsat packet`: a meeting's packet built from the signed summaries (apart from `cli_sync`: it
loads the PDF renderer, which a sync never needs)."""

from __future__ import annotations

import argparse
import time

from udsat_desktop.cli_common import (
    CliError,
    emit,
    open_store,
    out_folder,
    plain_file_notice,
    share_of,
)
from udsat_desktop.cli_meetings import parse_date_option
from udsat_desktop.core.danish import count
from udsat_desktop.flows.packets import make_packet
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.reports.packet import PacketError
from udsat_desktop.store.published import missing_corrections


def cmd_packet(args: argparse.Namespace, paths: AppPaths) -> int:
    meeting_date = parse_date_option(args.meeting, "--meeting")  # as `meeting new/add --date`
    out = out_folder(args.out)
    db, profile = open_store(paths)
    try:
        started = time.perf_counter()
        try:
            result = make_packet(db, paths, profile, share_of(args, paths), meeting_date, out)
        except PacketError as exc:
            raise CliError(str(exc)) from None
        elapsed = time.perf_counter() - started

        # a correction a member published that never reached this store (issue 28): the
        # packet holds the version before it, and the coordinator is told so
        missing = [
            {"case_key": c, "review_id": r, "missing_correction": k}
            for c, r, k in missing_corrections(db, meeting_date.isoformat())
        ]
    finally:
        db.close()
    packet = result.packet
    plain_file_notice(out)
    data = {
        "missing_corrections": missing,
        "packet": str(packet.packet),
        "pages": packet.pages,
        "summaries": [str(p) for p in packet.originals],
        "sha256": packet.sha256,
        "shared_to": str(result.shared_to) if result.shared_to else None,
        "share_problem": result.share_problem,
        "seconds": round(elapsed, 3),
    }
    emit(
        args,
        data,
        lambda: (
            f"Mødepakke: {packet.packet} ({count(packet.pages, 'side', 'sider')}, "
            f"{count(len(packet.originals), 'sag', 'sager')}, {elapsed:.2f} s)"
            + (f"\nLagt på fællesmappen: {result.shared_to}" if result.shared_to else "")
            + (
                f"\nIkke lagt på fællesmappen: {result.share_problem}"
                if result.share_problem
                else ""
            )
            + "".join(
                f"\nOBS: sag {m['case_key']}: pakken har gennemgang {m['review_id']}, men en "
                f"rettelse af den ({m['missing_correction']}) er offentliggjort og mangler på "
                "fællesmappen (se `udsat ingest`)"
                for m in missing
            )
        ),
    )
    return 0
