"""`udsat verify`: a signed summary's signatures checked against the local trust list (apart
from `cli_signing`: it needs the verifier, not the templates)."""

from __future__ import annotations

import argparse
from typing import Any

from udsat_desktop.cli_common import (
    emit,
    read_files,
)
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.reports.packet import packet_attachments
from udsat_desktop.reports.signing import Verdict, verify_pdf
from udsat_desktop.reports.verify import BAD
from udsat_desktop.sync.roster.certs import local_trust


def cmd_verify(args: argparse.Namespace, paths: AppPaths) -> int:
    trusted = local_trust(paths)
    results: list[dict[str, Any]] = []
    bad = False
    for name, _path, data in read_files(args.files, results):
        reports = verify_pdf(data, trusted)
        attached = (
            _packet_attachments(data) if [r.verdict for r in reports] == [Verdict.UNSIGNED] else {}
        )
        if attached:
            # a meeting packet: its pages carry no signature; each signed summary is attached
            # byte for byte, and that is what is verified
            entries = []
            for attachment, pdf in attached.items():
                inner = verify_pdf(pdf, trusted)
                bad |= any(r.verdict in BAD for r in inner)
                entries.append(
                    {
                        "file": f"{name}#{attachment}",
                        "signatures": [_signature_json(r, trusted) for r in inner],
                    }
                )
            results.append({"file": name, "packet": True, "signatures": [], "attachments": entries})
            results.extend(entries)
            continue
        bad |= any(r.verdict in BAD for r in reports)
        results.append({"file": name, "signatures": [_signature_json(r, trusted) for r in reports]})
    bad |= any("error" in r for r in results)  # a file that could not be read

    def text() -> str:
        lines = []
        for res in results:
            if "error" in res:
                lines.append(f"{res['file']}: {res['error']}")
                continue
            if res.get("packet"):
                lines.append(
                    f"{res['file']}: mødepakke uden egne underskrifter; "
                    f"{len(res['attachments'])} vedhæftede, underskrevne "
                    "sammenfatninger:"
                )
                continue
            for sig in res["signatures"]:
                who = f", {sig['signer']}" if sig["signer"] else ""
                when = f", {sig['signed_at']}" if sig["signed_at"] else ""
                span = f", bytes {sig['byte_range']}" if sig["byte_range"] else ""
                stamp = f", tidsstemplet {sig['timestamp']}" if sig["timestamp"] else ""
                why = f" ({sig['reason']})" if sig["reason"] else ""
                level = f", PAdES {sig['level']}" if sig["level"] else ""
                if sig["archive_timestamp"]:
                    level += f", arkivtidsstemplet {sig['archive_timestamp']}"
                level += _TRUST_PATH_TEXT.get(sig.get("trust_path") or "", "")
                if sig.get("validation_data") == "embedded":
                    level += ", kontrolleret med filens egne valideringsdata"
                lines.append(
                    f"{res['file']}: {sig['field'] or '-'}: {sig['verdict']}{why}"
                    f"{who}{when}{stamp}{level}{span}"
                )
        return "\n".join(lines)

    emit(args, {"files": results, "ok": not bad}, text)
    return 1 if bad else 0


_TRUST_PATH_TEXT = {
    "team": ", betroet som teamets nøgle",
    "organisation-ca": ", betroet gennem organisationens CA",
}


def _signature_json(r: Any, trusted: Any) -> dict[str, Any]:
    return {
        "field": r.field,
        "verdict": r.verdict.value,
        "signer": r.signer,
        "member": trusted.known.get(r.cert_sha256) or trusted.revoked.get(r.cert_sha256),
        "certificate_sha256": r.cert_sha256,
        "reason": r.reason,
        "signed_at": r.signed_at.isoformat() if r.signed_at else None,
        "byte_range": list(r.byte_range),
        "covers_whole_file": r.covers_whole_file,
        "timestamp": r.timestamp.isoformat() if r.timestamp else None,
        "level": r.level,
        "archive_timestamp": (r.archive_timestamp.isoformat() if r.archive_timestamp else None),
        "trust_path": r.trust_path or None,  # "team" | "organisation-ca" (issue 32)
        "validation_data": r.validation_data or None,  # "embedded": B-LT/B-LTA checked offline
    }


def _packet_attachments(data: bytes) -> dict[str, bytes]:
    """The PDFs attached to an unsigned PDF (a meeting packet); empty for anything else."""
    try:
        return {
            k: v
            for k, v in packet_attachments(data).items()
            if k.lower().endswith(".pdf") and v.startswith(b"%PDF")
        }
    except Exception:  # pypdf raises many kinds for a damaged or hostile file
        return {}
