"""`udsat sign`, `key`, `summary` and `verify`: signing reviews, the signing key, and the
signed summaries."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from udsat_desktop.cli_common import (
    CliError,
    check_new_key_passphrase,
    emit,
    open_store,
    out_file,
    plain_file_notice,
    read_files,
    read_key_passphrase,
    read_new_key_passphrase,
    share_of,
)
from udsat_desktop.core.danish import count
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile


def cmd_sign(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.core.checklist import default_library
    from udsat_desktop.store.reviews import ready_reviews
    from udsat_desktop.sync.outbox import sign_ready

    db, profile = open_store(paths)
    tsa = args.tsa if args.tsa is not None else load_settings(paths.config).tsa
    try:
        passphrase = read_key_passphrase()
        from udsat_desktop.sync.outbox import key_path

        if not key_path(paths).exists():  # a new key: its passphrase first, before any work
            check_new_key_passphrase(passphrase)
        if args.cosign:
            return _cosign(args, paths, db, profile, passphrase, tsa)
        if not key_path(paths).exists():
            _warn_same_passphrase(db, paths, passphrase)
        import datetime as dt

        library = default_library()
        _refuse_handed_over(db, profile, args.despite_handover)
        # a review keeps its template; say when a newer one applies on the day of signing
        older = []
        for _id, key, template_id, version in ready_reviews(db):
            template = library.find(template_id, version)
            newer = library.newer_than(template, dt.date.today()) if template else None
            if newer is not None:
                older.append(
                    {
                        "review": key,
                        "template": template_id,
                        "version": version,
                        "applies_today": newer.version,
                    }
                )
        started = time.perf_counter()
        items = sign_ready(db, paths, profile, library, passphrase, timestamp_url=tsa or None)
        elapsed = time.perf_counter() - started
    finally:
        db.close()

    def text() -> str:
        signed = count(len(items), "gennemgang", "gennemgange")
        lines = [f"{signed} underskrevet og lagt i udbakken ({elapsed:.1f} s)"]
        lines += [
            f"Bemærk: {o['review']} er underskrevet efter skabelon {o['version']}; i dag "
            f"gælder version {o['applies_today']}"
            for o in older
        ]
        return "\n".join(lines)

    emit(
        args,
        {
            "signed": len(items),
            # no files any more: the signed summaries wait in the encrypted store (issue 36)
            "files": [f"{i.review_key} {QUEUED}" for i in items],
            "seconds": round(elapsed, 2),
            "older_template": older,
        },
        text,
    )
    return 0


QUEUED = "i kø (krypteret)"


def _refuse_handed_over(db: Database, profile: Profile, despite: bool) -> None:
    """A review ready to sign on a case a coordinator has handed to someone else is signed
    only with `--despite-handover`: it would be a second signed review of the case, which
    the coordinator then decides between (a conflict, never a silent loss). Without the flag
    nothing is signed and the message names the cases (issue 29)."""
    from udsat_desktop.store.conflicts import handovers, ready_case_keys
    from udsat_desktop.store.queue import reviewer_labels

    handed = handovers(db, profile.user_id)
    if despite or not handed:
        return
    ready_cases = ready_case_keys(db)
    names = reviewer_labels(db, full=True)
    blocked = [handed[k] for k in sorted(ready_cases & set(handed))]
    if blocked:
        raise CliError(
            "Intet er underskrevet: "
            + "; ".join(
                f"sag {h.case_key} er overdraget til {names.get(h.to_user, h.to_user)} af "
                f"{names.get(h.by_user, h.by_user)} ({h.at[:10]})"
                for h in blocked
            )
            + ". Din kladde er gemt. Underskriver du alligevel (--despite-handover), får "
            "sagen to underskrevne gennemgange, og koordinatoren vælger den gældende."
        )


def _cosign(
    args: argparse.Namespace,
    paths: AppPaths,
    db: Database,
    profile: Profile,
    passphrase: str,
    tsa: str | None,
) -> int:
    """`udsat sign --cosign FILE`: the file is checked first (a signed summary, not yet
    co-signed, not signed by this user), so a refusal leaves no key made and nothing written."""
    from udsat_desktop.platform.fsutil import write_atomic
    from udsat_desktop.sync.cosign import cosign, cosignable
    from udsat_desktop.sync.outbox import key_path

    source = Path(args.cosign)
    if not source.is_file():
        raise CliError(f"Filen findes ikke: {source.name}")
    pdf = source.read_bytes()
    first_signer = cosignable(paths, profile, pdf, source.name)
    if not key_path(paths).exists():
        _warn_same_passphrase(db, paths, passphrase)
    signed = cosign(
        paths, profile, pdf, source.name, first_signer, passphrase, timestamp_url=tsa or None
    )
    write_atomic(source, signed, mode=0o600)
    emit(args, {"cosigned": source.name}, lambda: f"Medunderskrevet: {source.name}")
    return 0


def _warn_same_passphrase(db: Database, paths: AppPaths, key_passphrase: str) -> None:
    from udsat_desktop.sync.keypolicy import same_as_database

    warning = same_as_database(db, paths, key_passphrase)
    if warning:
        print(f"udsat: {warning}", file=sys.stderr)


def cmd_key(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.reports.signing import describe_certificate, load_certificate
    from udsat_desktop.sync.outbox import import_key, key_path

    db, profile = open_store(paths)
    if args.key_command == "create":
        return _create_key(args, paths, db, profile)
    if args.key_command == "import":
        passphrase = read_key_passphrase()
        try:
            _warn_same_passphrase(db, paths, passphrase)
        finally:
            db.close()
        cert = import_key(paths, profile, Path(args.file), passphrase, replace=args.replace)
        info = describe_certificate(cert)
        emit(
            args,
            {"imported": True, **info},
            lambda: (
                f"Signeringsnøgle importeret: {info['subject']} "
                f"(gyldig til {info['not_after'][:10]})"
            ),
        )
        return 0
    from udsat_desktop.sync import trust

    try:
        team_fingerprint = trust.my_fingerprint(db)
    finally:
        db.close()
    cert = load_certificate(key_path(paths), read_key_passphrase())
    info = describe_certificate(cert)
    info["team_fingerprint"] = team_fingerprint
    info["team_code"] = trust.short_code(team_fingerprint)
    emit(args, info, lambda: "\n".join(f"{k}: {v}" for k, v in info.items()))
    return 0


def _create_key(args: argparse.Namespace, paths: AppPaths, db: Database, profile: Profile) -> int:
    """`udsat key create`: the self-issued signing key now, its passphrase checked when chosen
    (otherwise the first `udsat sign` makes it)."""
    from udsat_desktop.reports.signing import describe_certificate, load_certificate
    from udsat_desktop.sync.outbox import ensure_key, key_path

    try:
        if key_path(paths).exists():
            raise CliError(
                "Der findes allerede en signeringsnøgle (se `udsat key show`); en anden fra "
                "organisationen tages i brug med `udsat key import FILE.p12 --replace`"
            )
        passphrase = read_new_key_passphrase()
        _warn_same_passphrase(db, paths, passphrase)
    finally:
        db.close()
    path = ensure_key(paths, profile, passphrase)
    info = describe_certificate(load_certificate(path, passphrase))
    emit(args, {"created": True, **info}, lambda: f"Signeringsnøgle oprettet: {info['subject']}")
    return 0


def cmd_summary(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.platform.fsutil import write_atomic
    from udsat_desktop.store import audit
    from udsat_desktop.store.meetings import summary_pdf
    from udsat_desktop.store.queue import get_case_by_key
    from udsat_desktop.store.versions import latest_signed

    out = out_file(args.out)
    db, profile = open_store(paths)
    try:
        case = get_case_by_key(db, args.case_key)
        latest = latest_signed(db, args.case_key)
        if latest is None and case is None:
            raise CliError(f"Ukendt sagsnøgle: {args.case_key}")
        if latest is None:
            raise CliError(f"Sag {args.case_key} har ingen underskrevet gennemgang")
        # the latest signed version (a correction replaces what it corrects), wherever it
        # is: the encrypted store (mine from signing on, a colleague's once ingested)
        pdf = summary_pdf(db, paths, share_of(args, paths), args.case_key, latest.review_key)
        if pdf is None:
            raise CliError(
                f"Den underskrevne PDF for version {latest.version} "
                f"({latest.review_key}) findes ikke i databasen (en koordinator "
                "indlæser teamets gennemgange først)"
            )
        write_atomic(out, pdf, mode=0o600)
        # a copy of the summary leaves the store: an access the citizen's log shows
        audit.append_now(db, profile.user_id, "export", case.id if case else None, kind="summary")
    finally:
        db.close()
    plain_file_notice(out)
    emit(
        args,
        {
            "case_key": args.case_key,
            "review_id": latest.review_key,
            "version": latest.version,
            "out": str(out),
        },
        lambda: f"Seneste underskrevne sammenfatning (version {latest.version}) skrevet til {out}",
    )
    return 0


def cmd_verify(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.reports.signing import Verdict, verify_pdf
    from udsat_desktop.reports.verify import BAD
    from udsat_desktop.sync.roster import local_trust

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
        from udsat_desktop.reports.packet import packet_attachments

        return {
            k: v
            for k, v in packet_attachments(data).items()
            if k.lower().endswith(".pdf") and v.startswith(b"%PDF")
        }
    except Exception:  # pypdf raises many kinds for a damaged or hostile file
        return {}


# --------------------------------------------------------------------------- parsers


def add_sign(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sign",
        parents=[common],
        help="underskriv gennemgange, der er klar (nøgle: UDSAT_KEY_PASSPHRASE)",
    )
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--ready", action="store_true", help="alle gennemgange klar til underskrift")
    mode.add_argument("--cosign", metavar="FILE", help="medunderskriv en underskrevet PDF")
    p.add_argument(
        "--despite-handover",
        action="store_true",
        help="underskriv også gennemgange af sager, som koordinatoren har overdraget til en "
        "anden (sagen får to underskrevne gennemgange; koordinatoren vælger den gældende)",
    )
    p.add_argument(
        "--tsa",
        metavar="URL",
        help="tidsstemplingsserver (RFC 3161) for PAdES B-T; standard: indstillingen",
    )
    p.set_defaults(func=cmd_sign)


def add_key(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "key",
        parents=[common],
        help="signeringsnøgle: vis eller importér en .p12 fra organisationen",
    )
    key_sub = p.add_subparsers(dest="key_command", required=True, metavar="HANDLING")
    k = key_sub.add_parser("show", parents=[common], help="vis certifikatet")
    k.set_defaults(func=cmd_key)
    k = key_sub.add_parser(
        "create",
        parents=[common],
        help="opret signeringsnøglen nu (adgangskode: UDSAT_KEY_PASSPHRASE eller spørges to gange)",
    )
    k.set_defaults(func=cmd_key)
    k = key_sub.add_parser(
        "import", parents=[common], help="importér en .p12 (adgangskode: UDSAT_KEY_PASSPHRASE)"
    )
    k.add_argument("file", metavar="FILE")
    k.add_argument(
        "--replace",
        action="store_true",
        help="erstat en eksisterende nøgle (den gamle gemmes som backup)",
    )
    k.set_defaults(func=cmd_key)


def add_summary(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "summary", parents=[common], help="skriv sagens seneste underskrevne sammenfatning"
    )
    p.add_argument("case_key", metavar="CASE-KEY")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.set_defaults(func=cmd_summary)


def add_verify(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("verify", parents=[common], help="kontrollér underskrifter i PDF-filer")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_verify)
