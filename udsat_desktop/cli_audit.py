"""`udsat audit`, `retention` and `hold`: the audit log, deleting closed cases' data after
the retention period, and legal holds."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from udsat_desktop.cli_common import (
    CliError,
    emit,
    open_store,
    out_file,
    plain_file_notice,
    share_of,
)
from udsat_desktop.core.danish import count
from udsat_desktop.core.status import (
    require_coordinator,
)
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.store import audit, retention
from udsat_desktop.store.audit import ChainBreak
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile, get_case_by_key
from udsat_desktop.sync.audit_heads import verify_against_heads
from udsat_desktop.sync.share import ShareError, check_share


def _check_heads(db: Database, profile: Profile, share: Path | None) -> dict[str, Any]:
    """The local chain against this user's published heads on the share (when reachable)."""
    if share is None:
        return {
            "published_heads": None,
            "missing_heads": None,
            "heads_text": "Ingen fællesmappe sat op: kun den lokale kæde er kontrolleret.",
        }
    try:
        check_share(share)
    except ShareError as exc:
        return {
            "published_heads": None,
            "missing_heads": None,
            "heads_text": f"Fællesmappen kan ikke nås ({exc}): "
            "kun den lokale kæde er kontrolleret.",
        }
    check = verify_against_heads(db, profile, share)
    refused = [{"file": f, "reason": r} for f, r in check.refused]
    text = (
        f"{count(check.heads, 'offentliggjort hoved', 'offentliggjorte hoveder')} kontrolleret "
        f"({count(check.pinned, 'post', 'poster')})"
    )
    if check.missing:
        text += (
            f"\n{len(check.missing)} af dine offentliggjorte "  # not a count: partitive
            "hoveder mangler på fællesmappen eller er ændret der "
            f"({', '.join(f'{s:08d}.json' for s in check.missing)}); "
            "din næste synkronisering lægger dem tilbage"
        )
    for item in refused:
        text += f"\nFund: hovedet {item['file']} tæller ikke med: {item['reason']}"
    return {
        "missing_heads": check.missing,
        "published_heads": check.heads,
        "pinned_entries": check.pinned,
        "first_mismatch": check.first_mismatch,
        "head_reason": check.reason,
        "mismatch_head": check.head_seq,
        "refused_heads": refused,
        "heads_text": text,
    }


def _verify_text(data: dict[str, Any], elapsed: float) -> str:
    if data["first_broken_entry"] is not None:
        first = f"Loggen er brudt ved post {data['first_broken_entry']}: {data['reason']}"
    elif data["ok"]:
        entries = count(data["entries"], "post", "poster")
        first = f"Loggen er i orden: {entries} kontrolleret ({elapsed:.2f} s)"
    else:
        first = (
            f"Loggen kan ikke godkendes: {len(data['missing_heads'])} af dine "  # not a count
            "offentliggjorte hoveder mangler eller er ændret på fællesmappen "
            f"({count(data['entries'], 'lokal post', 'lokale poster')} er i orden)"
        )
    return first + (f"\n{data['heads_text']}" if data.get("heads_text") else "")


def cmd_audit(args: argparse.Namespace, paths: AppPaths) -> int:
    out = out_file(args.out) if args.audit_command == "export" else None
    db, profile = open_store(paths)
    try:
        if args.audit_command == "verify":
            started = time.perf_counter()
            broken = audit.verify_chain(db)
            count = audit.entry_count(db)
            heads = _check_heads(db, profile, share_of(args, paths))
            elapsed = time.perf_counter() - started
            if broken is None and heads.get("first_mismatch") is not None:
                broken = ChainBreak(heads["first_mismatch"], heads["head_reason"])
            missing = bool(heads.get("missing_heads"))
            data = {
                "entries": count,
                # ok: what the exit status says (0). chain_ok: the entries, in themselves and
                # against every head accepted. A head of mine missing from the share (or no
                # longer intact there) leaves chain_ok true but `ok` false: the check could not
                # be completed. A foreign or junk head is a finding (refused_heads), not a
                # broken log: anyone may write to the share
                "ok": broken is None and not missing,
                "chain_ok": broken is None,
                "seconds": round(elapsed, 3),
                "first_broken_entry": broken.entry_id if broken else None,
                "reason": broken.reason if broken else None,
                **heads,
            }
            emit(
                args,
                data,
                lambda: _verify_text(data, elapsed),
            )
            return 0 if data["ok"] else 1
        if args.audit_command == "purge":
            import datetime as dt

            require_coordinator(profile.role, "slette gamle logposter")
            years = args.years or load_settings(paths.config).retention_years
            before = dt.datetime.now(dt.UTC) - dt.timedelta(days=round(365.25 * years))
            try:
                count = audit.purge_older_than(db, profile.user_id, before)
            except ValueError as exc:
                raise CliError(str(exc)) from None
            emit(
                args,
                {"purged": count, "before": before.isoformat()},
                lambda: (
                    f"{count} logposter ældre end {years} år er slettet; kæden kontrolleres stadig"
                ),
            )
            return 0
        from udsat_desktop.reports.access_log import render_access_log  # lazy: renderer +1 s

        case = get_case_by_key(db, args.case)
        if case is None:
            raise CliError(f"Sagen {args.case} findes ikke")
        pdf = render_access_log(audit.access_log(db, case.id, profile.user_id))
        assert out is not None  # export is the one command left
        write_atomic(out, pdf, mode=0o600)
    finally:
        db.close()
    plain_file_notice(out)
    emit(
        args,
        {"case_key": args.case, "out": str(out)},
        lambda: f"Adgangslog for sag {args.case} skrevet til {out}",
    )
    return 0


def cmd_retention(args: argparse.Namespace, paths: AppPaths) -> int:
    """Delete closed cases' data by the municipality's rule (or, with none recorded, after the
    configured period); coordinators; dry-run first."""
    db, profile = open_store(paths)
    try:
        applied = retention.decide(db, load_settings(paths.config).case_retention_years, args.years)
        found = retention.run(
            db,
            profile,
            applied.years,
            dry_run=args.dry_run,
            outbox=paths.outbox,
            rule=applied.rule,
        )
    finally:
        db.close()
    data = {
        "dry_run": args.dry_run,
        "years": applied.years,
        "cutoff": found.cutoff.isoformat() if found.cutoff is not None else None,
        "due": found.due,
        "held": found.held,
        "deleted": 0 if args.dry_run else len(found.due),
        "rule": applied.rule.as_json() if applied.rule is not None else None,
        "rule_source": "kommune" if applied.rule is not None else "standard",
        "message": str(applied.message),
        # per closed case: its KLE group (and where it came from) and the rule that judged it
        "cases": [v.as_json() for v in found.cases],
        "unruled": found.unruled,
    }
    verb = "ville blive slettet" if args.dry_run else "er slettet"

    def human() -> str:
        lines = [str(applied.message)]
        if found.due or applied.years is not None:
            lines.append(
                f"{count(len(found.due), 'afsluttet sag', 'afsluttede sager')} "
                + (f"ældre end {applied.years} år " if applied.rule is None else "")
                + verb
                + (f": {', '.join(found.due)}" if found.due else "")
            )
        else:
            lines.append("Ingen sager slettes.")
        by_rule: dict[str, list[str]] = {}
        for v in found.cases:
            if v.rule is not None and v.verdict == "slettes":
                by_rule.setdefault(v.rule.kle, []).append(v.case_key)
        if len(by_rule) > 1 or (by_rule and applied.rule is None):
            lines += [
                f"  efter reglen for KLE {kle}: {', '.join(ks)}" for kle, ks in by_rule.items()
            ]
        if found.held:
            lines.append(
                f"{len(found.held)} tilbageholdt (klage eller indsigt): {', '.join(found.held)}"
            )
        if found.unruled:
            lines.append(
                f"{count(len(found.unruled), 'afsluttet sag', 'afsluttede sager')} uden en regel "
                f"for sin KLE-gruppe slettes ikke: {', '.join(found.unruled)}"
            )
        return "\n".join(lines)

    emit(args, data, human)
    return 0


def cmd_retention_rule(args: argparse.Namespace, paths: AppPaths) -> int:
    """Record or show the municipality's bevaring/kassation rule (KLE group, decision)."""
    db, profile = open_store(paths)
    try:
        if args.rule_command == "set":
            rule: retention.Rule | None = retention.set_rule(
                db,
                profile,
                args.kle,
                args.disposition,
                args.years,
                args.decision,
                default=args.default,
            )
        else:
            rule = retention.current_rule(db)
        rules = retention.rules_in_force(db)
    finally:
        db.close()

    def line(r: retention.Rule) -> str:
        what = "bevaring" if r.years is None else f"kassation efter {r.years} år"
        standard = "; standard for sager uden KLE-gruppe" if r.is_default else ""
        return f"KLE {r.kle}: {what} (beslutning: {r.decision}){standard}"

    def human() -> str:
        if not rules:
            return (
                "Ingen kommunal regel for bevaring og kassation er registreret; "
                "standarden i indstillingerne gælder"
            )
        if args.rule_command == "set" and rule is not None:
            return line(rule)
        return "\n".join(line(r) for r in rules)

    # rule: the one just set (set) or the default (show); rules: every group's rule in force
    emit(
        args,
        {
            "rule": rule.as_json() if rule is not None else None,
            "rules": [r.as_json() for r in rules],
        },
        human,
    )
    return 0


def cmd_hold(args: argparse.Namespace, paths: AppPaths) -> int:
    """Set, lift or list legal holds (complaints, access requests)."""
    db, profile = open_store(paths)
    try:
        if args.hold_command == "set":
            retention.set_hold(db, profile, args.case, args.reason, args.note)
            message = f"Sag {args.case} er tilbageholdt ({args.reason})"
        elif args.hold_command == "lift":
            retention.lift_hold(db, profile, args.case)
            message = f"Tilbageholdelsen af sag {args.case} er ophævet"
        else:
            message = ""
        holds = [
            {
                "case_key": h.case_key,
                "reason": h.reason,
                "note": h.note,
                "set_by": h.set_by,
                "set_at": h.set_at.isoformat(),
            }
            for h in retention.active_holds(db)
        ]
    finally:
        db.close()
    emit(
        args,
        {"holds": holds},
        lambda: (
            message
            or "\n".join(f"{h['case_key']}: {h['reason']} ({str(h['set_at'])[:10]})" for h in holds)
            or "Ingen sager er tilbageholdt"
        ),
    )
    return 0
