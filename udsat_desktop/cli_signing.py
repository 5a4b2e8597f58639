"""`udsat sign`, `key`, `summary` and `verify`: signing reviews, the signing key, and the
signed summaries."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from udsat_desktop.cli_common import (
    CliError,
    check_new_key_passphrase,
    emit,
    open_store,
    read_key_passphrase,
    read_new_key_passphrase,
)
from udsat_desktop.core.danish import count
from udsat_desktop.core.status import ReviewStatus
from udsat_desktop.flows.cosign import cosign, cosignable
from udsat_desktop.flows.keypolicy import same_as_database
from udsat_desktop.flows.signing import ensure_key, import_key, key_path, sign_ready
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.reports.signing import describe_certificate, load_certificate
from udsat_desktop.store.conflicts import ready_case_keys
from udsat_desktop.store.db import Database
from udsat_desktop.store.handovers import handovers
from udsat_desktop.store.queue import Profile, reviewer_labels
from udsat_desktop.store.reviews import ready_reviews
from udsat_desktop.store.reviews.errata import apply_errata
from udsat_desktop.sync import trust


def cmd_sign(args: argparse.Namespace, paths: AppPaths) -> int:
    db, profile = open_store(paths)
    tsa = args.tsa if args.tsa is not None else load_settings(paths.config).tsa
    try:
        passphrase = read_key_passphrase()

        if not key_path(paths).exists():  # a new key: its passphrase first, before any work
            check_new_key_passphrase(passphrase)
        if args.cosign:
            return _cosign(args, paths, db, profile, passphrase, tsa)
        if not key_path(paths).exists():
            _warn_same_passphrase(db, paths, passphrase)
        import datetime as dt

        library = default_library()
        _refuse_handed_over(db, profile, args.despite_handover)
        # a corrected template (errata) reaches a ready review before it is signed: the
        # reviewer is told what changed; one whose answer was removed goes back to draft
        errata = []
        for review_id, key, _template_id, _version in ready_reviews(db):
            state = apply_errata(db, review_id, profile.user_id, library)
            if state.errata_notice is not None:
                errata.append(
                    {
                        "review": key,
                        **state.errata_notice.as_json(),
                        "signed": state.status == ReviewStatus.READY,
                    }
                )
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
        for e in errata:
            lines.append(
                f"Skabelon {e['version']} er rettet (rettelse {e['to_revision']}); "
                f"{e['review']} bruger nu den rettede udgave:"
            )
            lines += [f"  • {change}" for change in e["changes"]]
            lines += [f"  • Svaret er fjernet, vælg igen: {answer}" for answer in e["removed"]]
            if not e["signed"]:
                lines.append(f"  {e['review']} er ikke underskrevet: et svar skal vælges igen")
        return "\n".join(lines)

    emit(
        args,
        {
            "signed": len(items),
            # no files any more: the signed summaries wait in the encrypted store (issue 36)
            "files": [f"{i.review_key} {QUEUED}" for i in items],
            "seconds": round(elapsed, 2),
            "older_template": older,
            "errata": errata,
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
    warning = same_as_database(db, paths, key_passphrase)
    if warning:
        print(f"udsat: {warning}", file=sys.stderr)


def cmd_key(args: argparse.Namespace, paths: AppPaths) -> int:
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
