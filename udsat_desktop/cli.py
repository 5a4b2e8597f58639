"""`udsat`: headless commands for scripting, benchmarks and tests.

Every command takes `--data-dir DIR`; the passphrase comes from `UDSAT_PASSPHRASE` when set,
otherwise it is prompted for. Errors the user can act on print a Danish message on stderr and
exit with status 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from udsat_desktop import __version__
from udsat_desktop.console import stdin_is_console, use_utf8_output
from udsat_desktop.core.status import (
    STATUS_LABELS,
    CaseStatus,
    NotAllowed,
    Organisation,
    Role,
    require_coordinator,
)
from udsat_desktop.core.target_list import FIELD_BY_KEY, ImportFileError, parse_mapping_arg
from udsat_desktop.logsetup import setup_logging
from udsat_desktop.paths import AppPaths, resolve
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.settings import load_settings
from udsat_desktop.store.db import Database, StoreError
from udsat_desktop.store.lifecycle import (
    DEMO_PASSPHRASE,
    ensure_demo,
    initialise,
    is_initialised,
    open_existing,
)
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync.share import ShareError

log = logging.getLogger("udsat.cli")
PASSPHRASE_ENV = "UDSAT_PASSPHRASE"


class CliError(Exception):
    """Printed as is on stderr; exit status 2."""


def read_passphrase(*, confirm: bool = False, prompt: str = "Adgangskode: ") -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not stdin_is_console():
        line = sys.stdin.readline() if sys.stdin else ""
        if not line:
            raise CliError(f"Ingen adgangskode: sæt {PASSPHRASE_ENV} eller kør kommandoen i en "
                           "terminal")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Gentag adgangskoden: ") != first:
        raise CliError("De to adgangskoder er ikke ens")
    return first


def _open(paths: AppPaths) -> tuple[Database, Profile]:
    if not is_initialised(paths):
        raise CliError(f"Der er ingen database i {paths.data}. Kør først `udsat init` "
                       "(eller `udsat demo`).")
    return open_existing(paths, read_passphrase())


def _emit(args: argparse.Namespace, data: dict[str, Any], text: Callable[[], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text())


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace, paths: AppPaths) -> int:
    if is_initialised(paths):
        raise CliError(f"Der findes allerede en database i {paths.data}")
    from udsat_desktop.sync import roster, trust

    coordinator = None
    if args.coordinator:
        try:
            coordinator = trust.normalise(args.coordinator)
        except trust.TrustError as exc:
            raise CliError(str(exc)) from None
    passphrase = read_passphrase(confirm=True, prompt="Vælg adgangskode (mindst 10 tegn): ")
    db, profile = initialise(paths, passphrase, args.name, args.initials,
                             Organisation(args.org), Role(args.role))
    try:
        fingerprint = trust.my_fingerprint(db)
    finally:
        db.close()
    if coordinator:
        roster.pin(paths, coordinator)
    _emit(args, {"user_id": profile.user_id, "data_dir": str(paths.data),
                 "fingerprint": fingerprint, "code": trust.short_code(fingerprint),
                 "coordinator": coordinator},
          lambda: f"Profil oprettet for {profile.initials} ({profile.organisation.value}, "
                  f"{profile.role.label}). Data: {paths.data}")
    return 0


def cmd_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.core.import_report import warning_groups
    from udsat_desktop.store.importer import MappingNeeded, import_table, prepare_import

    db, profile = _open(paths)
    try:
        named = _load_map(args.map) if args.map else None
        started = time.perf_counter()
        try:
            table, mapping = prepare_import(Path(args.file), paths.config, named)
        except MappingNeeded as exc:
            headers = ", ".join(f"»{h}«" for h in exc.table.headers if h)
            fields = ", ".join(FIELD_BY_KEY)
            raise CliError(f"{exc}. Angiv kolonnerne med --map, fx --map "
                           f"'cpr=Personnr,name=Borger'. Kolonner i filen: {headers}. "
                           f"Felter: {fields}") from None
        summary = import_table(db, table, mapping, source_name=Path(args.file).name,
                               user_id=profile.user_id)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    data = summary.to_json()
    data["warning_groups"] = [{"reason": g.title, "count": len(g.rows),
                               "rows": [w.row for w in g.rows]}
                              for g in warning_groups(summary.warnings)]

    def text() -> str:
        lines = [f"Importeret: {summary.imported} nye, {summary.updated} opdateret, "
                 f"{summary.unchanged} uændret ({elapsed:.2f} s)"]
        if summary.rejected:
            lines.append(f"Afvist: {len(summary.rejected)} rækker")
            lines += [f"  række {r.row}: {r.reason}" for r in summary.rejected]
        if summary.duplicates:
            lines.append(f"Dubletter: {len(summary.duplicates)} rækker (kun første er importeret)")
            lines += [f"  række {d.row}: samme CPR-nummer som række {d.first_row}"
                      for d in summary.duplicates]
        if summary.warnings:
            lines.append(f"Advarsler: {len(summary.warnings)} (importeret alligevel)")
            for group in warning_groups(summary.warnings):
                rows = ", ".join(str(w.row) for w in group.rows[:20])
                more = f" … og {len(group.rows) - 20} mere (se --json)" \
                    if len(group.rows) > 20 else ""
                lines.append(f"  {group.title}: rækker {rows}{more}")
        return "\n".join(lines)

    _emit(args, data, text)
    return 0


def _load_map(value: str) -> dict[str, str]:
    candidate = Path(value)
    if candidate.suffix.casefold() == ".json" and candidate.is_file():
        try:
            loaded = json.loads(candidate.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise CliError(f"Kolonneopsætningen {candidate.name} er ikke gyldig JSON: {exc}") \
                from None
        if not isinstance(loaded, dict):
            raise CliError("Kolonneopsætningen skal være et JSON-objekt {felt: kolonne}")
        return {str(k): str(v) for k, v in loaded.items()}
    return parse_mapping_arg(value)


def cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.core.checklist import default_library
    from udsat_desktop.store.demo import build_demo
    from udsat_desktop.store.demo_reviews import build_demo_reviews

    started = time.perf_counter()
    if is_initialised(paths):
        db, profile = _open(paths)
        try:
            added = build_demo(db, args.cases, seed=args.seed) if args.cases else 0
        except BaseException:
            db.close()
            raise
    else:
        passphrase = os.environ.get(PASSPHRASE_ENV, DEMO_PASSPHRASE)
        db, profile = ensure_demo(paths, args.cases, passphrase)
        added = args.cases
    try:
        made = ready = 0
        if args.reviews:
            made, ready = build_demo_reviews(db, args.reviews, profile.user_id,
                                             default_library(), seed=args.seed)
    finally:
        db.close()
    elapsed = time.perf_counter() - started
    _emit(args, {"added": added, "reviews": made, "ready_to_sign": ready,
                 "seconds": round(elapsed, 2)},
          lambda: f"{added} syntetiske sager og {made} gennemgange ({ready} klar til "
                  f"underskrift) tilføjet på {elapsed:.1f} s")
    return 0


def cmd_stats(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.store.cases import stats

    db, _profile = _open(paths)
    try:
        figures = stats(db)
    finally:
        db.close()

    def text() -> str:
        lines = [f"Sager i alt: {figures['cases']}"]
        for status in CaseStatus:
            lines.append(f"  {STATUS_LABELS[status]:<22}{figures['by_status'][status.value]:>8}")
        return "\n".join(lines)

    _emit(args, figures, text)
    return 0


KEY_PASSPHRASE_ENV = "UDSAT_KEY_PASSPHRASE"


def read_key_passphrase() -> str:
    env = os.environ.get(KEY_PASSPHRASE_ENV)
    if env is not None:
        return env
    if not stdin_is_console():
        raise CliError(f"Ingen adgangskode til signeringsnøglen: sæt {KEY_PASSPHRASE_ENV}")
    return getpass.getpass("Adgangskode til signeringsnøglen: ")


def cmd_sign(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.core.checklist import default_library
    from udsat_desktop.reports.signing import sign_pdf
    from udsat_desktop.sync.outbox import ensure_key, identity_of, sign_ready

    db, profile = _open(paths)
    tsa = args.tsa if args.tsa is not None else load_settings(paths.config).tsa
    try:
        passphrase = read_key_passphrase()
        from udsat_desktop.sync.outbox import key_path

        if not key_path(paths).exists():
            _warn_same_passphrase(db, paths, passphrase)
        if args.cosign:
            source = Path(args.cosign)
            if not source.is_file():
                raise CliError(f"Filen findes ikke: {source.name}")
            signed = sign_pdf(source.read_bytes(), ensure_key(paths, profile, passphrase),
                              passphrase, identity_of(profile), cosign=True,
                              timestamp_url=tsa)
            from udsat_desktop.fsutil import write_atomic

            write_atomic(source, signed, mode=0o600)
            _emit(args, {"cosigned": source.name}, lambda: f"Medunderskrevet: {source.name}")
            return 0
        import datetime as dt

        library = default_library()
        # a review keeps its template; say when a newer one applies on the day of signing
        older = []
        for key, template_id, version in db.reader().execute(
                "SELECT review_key, template_id, template_version FROM review "
                "WHERE status = 'klar'"):
            template = library.find(template_id, version)
            newer = library.newer_than(template, dt.date.today()) if template else None
            if newer is not None:
                older.append({"review": key, "template": template_id, "version": version,
                              "applies_today": newer.version})
        started = time.perf_counter()
        items = sign_ready(db, paths, profile, library, passphrase, timestamp_url=tsa or None)
        elapsed = time.perf_counter() - started
    finally:
        db.close()

    def text() -> str:
        lines = [f"{len(items)} gennemgange underskrevet og lagt i udbakken ({elapsed:.1f} s)"]
        lines += [f"Bemærk: {o['review']} er underskrevet efter skabelon {o['version']}; i dag "
                  f"gælder version {o['applies_today']}" for o in older]
        return "\n".join(lines)

    _emit(args, {"signed": len(items), "files": [i.pdf.name for i in items],
                 "seconds": round(elapsed, 2), "older_template": older}, text)
    return 0


def _warn_same_passphrase(db: Database, paths: AppPaths, key_passphrase: str) -> None:
    from udsat_desktop.sync.keypolicy import same_as_database

    warning = same_as_database(db, paths, key_passphrase)
    if warning:
        print(f"udsat: {warning}", file=sys.stderr)


def cmd_key(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.reports.signing import describe_certificate, load_certificate
    from udsat_desktop.sync.outbox import import_key, key_path

    db, profile = _open(paths)
    if args.key_command == "import":
        passphrase = read_key_passphrase()
        try:
            _warn_same_passphrase(db, paths, passphrase)
        finally:
            db.close()
        cert = import_key(paths, profile, Path(args.file), passphrase, replace=args.replace)
        info = describe_certificate(cert)
        _emit(args, {"imported": True, **info},
              lambda: f"Signeringsnøgle importeret: {info['subject']} "
                      f"(gyldig til {info['not_after'][:10]})")
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
    _emit(args, info, lambda: "\n".join(f"{k}: {v}" for k, v in info.items()))
    return 0


def cmd_config(args: argparse.Namespace, paths: AppPaths) -> int:
    import dataclasses

    from udsat_desktop.settings import LANGUAGES, update_settings

    changes: dict[str, Any] = {}
    if args.share is not None:
        changes["share_path"] = args.share
    if args.share_timeout is not None:
        if args.share_timeout < 1:
            raise CliError("--share-timeout skal være mindst 1 sekund")
        changes["share_timeout"] = args.share_timeout
    if args.tsa is not None:
        changes["timestamp_url"] = args.tsa
    if args.lock_minutes is not None:
        if args.lock_minutes < 0:
            raise CliError("--lock-minutes skal være 0 (aldrig) eller mere")
        changes["lock_minutes"] = args.lock_minutes
    if args.language is not None:
        if args.language not in LANGUAGES:
            raise CliError(f"Sprog: {', '.join(LANGUAGES)}")
        changes["language"] = args.language
    if args.case_retention_years is not None:
        if args.case_retention_years < 1:
            raise CliError("--case-retention-years skal være mindst 1")
        changes["case_retention_years"] = args.case_retention_years
    settings = update_settings(paths.config, **changes) if changes else load_settings(
        paths.config)
    data: dict[str, Any] = dataclasses.asdict(settings)
    note = ""
    if args.share and settings.share is not None:
        # set-up: the marker that proves the folder is the share, and its top folders
        from udsat_desktop.sync.share import set_up_share

        try:
            data["share_id"] = set_up_share(settings.share)
        except ShareError as exc:
            data["share_id"] = None
            note = (f"Fællesmappen er gemt, men ikke sat op: {exc}. Kør kommandoen igen, når "
                    "den kan nås.")
            print(f"udsat: {note}", file=sys.stderr)
    _emit(args, data, lambda: "\n".join(f"{k}: {v}" for k, v in data.items()))
    return 0


def _share(args: argparse.Namespace, paths: AppPaths) -> Path | None:
    if getattr(args, "share", None):
        return Path(args.share).expanduser()
    return load_settings(paths.config).share


def cmd_sync(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.sync.engine import sync

    db, profile = _open(paths)
    try:
        report = sync(db, paths, profile, _share(args, paths), lock_wait=args.wait)
    finally:
        db.close()

    def text() -> str:
        if not report.reachable:
            return (f"Ikke synkroniseret: {report.problem}\n"
                    f"{report.pending} filer venter i udbakken")
        lines = [f"Synkroniseret: {len(report.published)} nye filer på fællesmappen, "
                 f"{len(report.already_there)} var der allerede; {report.pending} venter",
                 f"Hentede tildelinger: {report.assignments} ({report.assigned_cases} sager)"]
        lines += [f"  fejl: {name}: {msg}" for name, msg in report.failed]
        lines += [f"  konflikt: {name}: {msg}" for name, msg in report.conflicts]
        lines += [f"  sagen {key} er allerede taget af en anden" for key in report.claim_clashes]
        lines += [f"  afvist fil på fællesmappen: {name}: {msg}" for name, msg in report.refused]
        lines += [f"  koordinator på fællesmappen: {c['name']}, kode {c['code']} — sammenlign "
                  f"med koordinatorens skærm og kør `udsat team trust-coordinator "
                  f"{c['fingerprint']}`" for c in report.coordinator_candidates]
        return "\n".join(lines)

    _emit(args, report.to_json(), text)
    return 0 if report.ok else 1


def cmd_pull(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.sync import share as share_io
    from udsat_desktop.sync.engine import SyncReport, pull_assignments
    from udsat_desktop.sync.share import check_share, describe_os_error, ensure_layout

    db, profile = _open(paths)
    report = SyncReport()
    try:
        with share_io.session():
            share = check_share(_share(args, paths))
            ensure_layout(share)
            pull_assignments(db, profile, share, report)
    except ShareError as exc:
        report.reachable, report.problem = False, str(exc)
    except OSError as exc:
        report.reachable = False
        report.problem = f"Fællesmappen kan ikke bruges: {describe_os_error(exc)}"
    finally:
        db.close()
    if not report.reachable:
        _emit(args, report.to_json(), lambda: f"Ikke hentet: {report.problem}")
        return 1
    _emit(args, report.to_json(), lambda: f"Hentet {report.assignments} tildelinger med "
          f"{report.assigned_cases} sager" + "".join(f"\n  fejl: {n}: {m}"
                                                     for n, m in report.failed)
          + "".join(f"\n  afvist fil på fællesmappen: {n}: {m}" for n, m in report.refused))
    return 0 if not report.failed else 1


def cmd_assign(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.sync.engine import assign_cases, refresh_trust
    from udsat_desktop.sync.share import check_share, ensure_layout

    db, profile = _open(paths)
    try:
        share = check_share(_share(args, paths))
        ensure_layout(share)
        refresh_trust(db, paths, share)
        try:
            target, count = assign_cases(db, profile, share, args.to, args.case_keys,
                                         paths=paths)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    finally:
        db.close()
    _emit(args, {"assigned": count, "to": args.to, "file": target.name},
          lambda: f"{count} sager tildelt {args.to} (krypteret til {args.to}: {target.name})")
    return 0


def cmd_ingest(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.sync.engine import ingest

    db, profile = _open(paths)
    try:
        report = ingest(db, paths, profile, _share(args, paths), full=args.full)
    finally:
        db.close()

    def text() -> str:
        lines = [f"Indlæst: {report.new} nye, {report.unchanged} uændrede, "
                 f"{report.cases_updated} sager opdateret ({report.seconds:.2f} s)"]
        for label, items in (("ændret efter underskrift", report.modified),
                             ("ikke underskrevet", report.unsigned),
                             ("ukendt underskriver", report.unknown_signer),
                             ("flere gennemgange af samme sag", report.conflicts)):
            if items:
                lines.append(f"  {label}: {', '.join(items)}")
        for label, items in (("tilbagekaldt underskriver", report.revoked_signer),
                             ("kunne ikke kontrolleres", report.unchecked),
                             ("andet indhold under kendt id (konflikt)",
                              report.content_conflicts)):
            if items:
                lines.append(f"  {label}: {', '.join(items)}")
        lines += [f"  problem: {name}: {msg}" for name, msg in report.problems]
        lines += [f"  afvist: {name}: {msg}" for name, msg in report.refused]
        return "\n".join(lines)

    _emit(args, report.to_json(), text)
    return 0 if report.ok else 1


def cmd_packet(args: argparse.Namespace, paths: AppPaths) -> int:
    import datetime as dt

    from udsat_desktop.reports.packet import PacketError
    from udsat_desktop.sync.packets import make_packet

    try:
        meeting_date = dt.date.fromisoformat(args.meeting)
    except ValueError:
        raise CliError("--meeting skal være en dato som 2026-12-03") from None
    db, profile = _open(paths)
    try:
        started = time.perf_counter()
        try:
            result = make_packet(db, paths, profile, _share(args, paths), meeting_date,
                                 Path(args.out))
        except PacketError as exc:
            raise CliError(str(exc)) from None
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    packet = result.packet
    _plain_file_notice(Path(args.out))
    data = {"packet": str(packet.packet), "pages": packet.pages,
            "summaries": [str(p) for p in packet.originals], "sha256": packet.sha256,
            "shared_to": str(result.shared_to) if result.shared_to else None,
            "share_problem": result.share_problem, "seconds": round(elapsed, 3)}
    _emit(args, data, lambda: (
        f"Mødepakke: {packet.packet} ({packet.pages} sider, {len(packet.originals)} sager, "
        f"{elapsed:.2f} s)" + (f"\nLagt på fællesmappen: {result.shared_to}"
                               if result.shared_to else "")
        + (f"\nIkke lagt på fællesmappen: {result.share_problem}"
           if result.share_problem else "")))
    return 0


def _check_heads(db: Database, profile: Profile, share: Path | None) -> dict[str, Any]:
    """The local chain against this user's published heads on the share (when reachable)."""
    from udsat_desktop.sync.audit_heads import verify_against_heads
    from udsat_desktop.sync.share import check_share

    if share is None:
        return {"published_heads": None, "heads_text": "Ingen fællesmappe sat op: kun den "
                "lokale kæde er kontrolleret."}
    try:
        check_share(share)
    except ShareError as exc:
        return {"published_heads": None, "heads_text": f"Fællesmappen kan ikke nås ({exc}): "
                "kun den lokale kæde er kontrolleret."}
    check = verify_against_heads(db, profile, share)
    refused = [{"file": f, "reason": r} for f, r in check.refused]
    text = f"{check.heads} offentliggjorte hoveder kontrolleret ({check.pinned} poster)"
    for item in refused:
        text += f"\nAfvist hoved {item['file']}: {item['reason']}"
    return {"published_heads": check.heads, "pinned_entries": check.pinned,
            "first_mismatch": check.first_mismatch, "head_reason": check.reason,
            "mismatch_head": check.head_seq, "refused_heads": refused, "heads_text": text}


def cmd_audit(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.store import audit

    db, profile = _open(paths)
    try:
        if args.audit_command == "verify":
            started = time.perf_counter()
            broken = audit.verify_chain(db)
            count = db.reader().execute("SELECT count(*) FROM audit_log").fetchone()[0]
            heads = _check_heads(db, profile, _share(args, paths))
            elapsed = time.perf_counter() - started
            if broken is None and heads.get("first_mismatch") is not None:
                from udsat_desktop.store.audit import ChainBreak

                broken = ChainBreak(heads["first_mismatch"], heads["head_reason"])
            data = {"entries": count, "ok": broken is None, "seconds": round(elapsed, 3),
                    "first_broken_entry": broken.entry_id if broken else None,
                    "reason": broken.reason if broken else None, **heads}
            _emit(args, data, lambda: (
                (f"Loggen er i orden: {count} poster kontrolleret ({elapsed:.2f} s)"
                 if broken is None else
                 f"Loggen er brudt ved post {broken.entry_id}: {broken.reason}")
                + (f"\n{heads['heads_text']}" if heads.get("heads_text") else "")))
            return 0 if broken is None and not heads.get("refused_heads") else 1
        if args.audit_command == "purge":
            import datetime as dt

            require_coordinator(profile.role, "slette gamle logposter")
            years = args.years or load_settings(paths.config).retention_years
            before = dt.datetime.now(dt.UTC) - dt.timedelta(days=round(365.25 * years))
            try:
                count = audit.purge_older_than(db, profile.user_id, before)
            except ValueError as exc:
                raise CliError(str(exc)) from None
            _emit(args, {"purged": count, "before": before.isoformat()},
                  lambda: f"{count} logposter ældre end {years} år er slettet; kæden "
                          "kontrolleres stadig")
            return 0
        from udsat_desktop.fsutil import write_atomic
        from udsat_desktop.reports.access_log import render_access_log
        from udsat_desktop.store.queue import get_case_by_key

        case = get_case_by_key(db, args.case)
        if case is None:
            raise CliError(f"Sagen {args.case} findes ikke")
        pdf = render_access_log(audit.access_log(db, case.id, profile.user_id))
        out = Path(args.out)
        write_atomic(out, pdf, mode=0o600)
    finally:
        db.close()
    _plain_file_notice(out)
    _emit(args, {"case_key": args.case, "out": str(out)},
          lambda: f"Adgangslog for sag {args.case} skrevet til {out}")
    return 0


def cmd_retention(args: argparse.Namespace, paths: AppPaths) -> int:
    """Delete closed cases' data after the configured period (coordinators; dry-run first)."""
    from udsat_desktop.store import retention

    years = args.years or load_settings(paths.config).case_retention_years
    db, profile = _open(paths)
    try:
        found = retention.run(db, profile, years, dry_run=args.dry_run, outbox=paths.outbox)
    finally:
        db.close()
    data = {"dry_run": args.dry_run, "years": years, "cutoff": found.cutoff.isoformat(),
            "due": found.due, "held": found.held,
            "deleted": 0 if args.dry_run else len(found.due)}
    verb = "ville blive slettet" if args.dry_run else "er slettet"
    _emit(args, data, lambda: (
        f"{len(found.due)} afsluttede sager ældre end {years} år {verb}"
        + (f": {', '.join(found.due)}" if found.due else "")
        + (f"\n{len(found.held)} tilbageholdt (klage eller indsigt): {', '.join(found.held)}"
           if found.held else "")))
    return 0


def cmd_hold(args: argparse.Namespace, paths: AppPaths) -> int:
    """Set, lift or list legal holds (complaints, access requests)."""
    from udsat_desktop.store import retention

    db, profile = _open(paths)
    try:
        if args.hold_command == "set":
            retention.set_hold(db, profile, args.case, args.reason, args.note)
            message = f"Sag {args.case} er tilbageholdt ({args.reason})"
        elif args.hold_command == "lift":
            retention.lift_hold(db, profile, args.case)
            message = f"Tilbageholdelsen af sag {args.case} er ophævet"
        else:
            message = ""
        holds = [{"case_key": h.case_key, "reason": h.reason, "note": h.note,
                  "set_by": h.set_by, "set_at": h.set_at.isoformat()}
                 for h in retention.active_holds(db)]
    finally:
        db.close()
    _emit(args, {"holds": holds}, lambda: message or "\n".join(
        f"{h['case_key']}: {h['reason']} ({str(h['set_at'])[:10]})" for h in holds)
        or "Ingen sager er tilbageholdt")
    return 0


def cmd_summary(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.fsutil import write_atomic
    from udsat_desktop.store import audit
    from udsat_desktop.store.meetings import summary_pdf
    from udsat_desktop.store.queue import get_case_by_key
    from udsat_desktop.store.versions import latest_signed

    db, profile = _open(paths)
    try:
        case = get_case_by_key(db, args.case_key)
        latest = latest_signed(db, args.case_key)
        if latest is None and case is None:
            raise CliError(f"Ukendt sagsnøgle: {args.case_key}")
        if latest is None:
            raise CliError(f"Sag {args.case_key} har ingen underskrevet gennemgang")
        # the latest signed version (a correction replaces what it corrects), wherever it
        # is: the encrypted store (mine once sent, a colleague's once ingested) or the outbox
        pdf = summary_pdf(db, paths, _share(args, paths), args.case_key, latest.review_key)
        if pdf is None:
            raise CliError(f"Den underskrevne PDF for version {latest.version} "
                           f"({latest.review_key}) findes hverken i databasen eller i "
                           "udbakken (en koordinator indlæser teamets gennemgange først)")
        out = Path(args.out)
        write_atomic(out, pdf, mode=0o600)
        # a copy of the summary leaves the store: an access the citizen's log shows
        audit.append_now(db, profile.user_id, "export", case.id if case else None,
                         kind="summary")
    finally:
        db.close()
    _plain_file_notice(out)
    _emit(args, {"case_key": args.case_key, "review_id": latest.review_key,
                 "version": latest.version, "out": str(out)},
          lambda: f"Seneste underskrevne sammenfatning (version {latest.version}) skrevet "
                  f"til {out}")
    return 0


def _plain_file_notice(out: Path) -> None:
    """`--out` writes outside the encrypted store: say so (stderr, so --json stays clean)."""
    print(f"udsat: Bemærk: {out} er skrevet ukrypteret og indeholder personoplysninger. Opbevar "
          "det sikkert, og slet det, når det ikke længere skal bruges.", file=sys.stderr)


def cmd_verify(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.reports.signing import Verdict, verify_pdf
    from udsat_desktop.reports.verify import BAD
    from udsat_desktop.sync.roster import local_trust

    trusted = local_trust(paths)
    results: list[dict[str, Any]] = []
    bad = False
    for name in args.files:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            results.append({"file": name, "error": f"kan ikke læses: {exc.strerror}"})
            bad = True
            continue
        reports = verify_pdf(data, trusted)
        attached = _packet_attachments(data) \
            if [r.verdict for r in reports] == [Verdict.UNSIGNED] else {}
        if attached:
            # a meeting packet: its pages carry no signature; each signed summary is attached
            # byte for byte, and that is what is verified
            entries = []
            for attachment, pdf in attached.items():
                inner = verify_pdf(pdf, trusted)
                bad |= any(r.verdict in BAD for r in inner)
                entries.append({"file": f"{name}#{attachment}",
                                "signatures": [_signature_json(r, trusted) for r in inner]})
            results.append({"file": name, "packet": True, "signatures": [],
                            "attachments": entries})
            results.extend(entries)
            continue
        bad |= any(r.verdict in BAD for r in reports)
        results.append({"file": name, "signatures": [_signature_json(r, trusted)
                                                     for r in reports]})

    def text() -> str:
        lines = []
        for res in results:
            if "error" in res:
                lines.append(f"{res['file']}: {res['error']}")
                continue
            if res.get("packet"):
                lines.append(f"{res['file']}: mødepakke uden egne underskrifter; "
                             f"{len(res['attachments'])} vedhæftede, underskrevne "
                             "sammenfatninger:")
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
                lines.append(f"{res['file']}: {sig['field'] or '-'}: {sig['verdict']}{why}"
                             f"{who}{when}{stamp}{level}{span}")
        return "\n".join(lines)

    _emit(args, {"files": results, "ok": not bad}, text)
    return 1 if bad else 0


def cmd_team(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.sync import roster, trust
    from udsat_desktop.sync.engine import own_certificates, publish_identity, refresh_trust
    from udsat_desktop.sync.share import check_share, ensure_layout

    db, profile = _open(paths)
    try:
        command = args.team_command
        if command == "trust-coordinator":
            try:
                roster.pin(paths, args.fingerprint)
            except trust.TrustError as exc:
                raise CliError(str(exc)) from None
            version = 0
            share_path = _share(args, paths)
            if share_path is not None:
                try:
                    version = refresh_trust(db, paths, check_share(share_path))
                except ShareError:
                    version = 0
            pinned = trust.normalise(args.fingerprint)
            _audit(db, profile, "team.trust_coordinator", fingerprint=pinned)
            data = {"pinned": pinned, "code": trust.short_code(pinned),
                    "roster_version": version}
            _emit(args, data, lambda: f"Koordinatoren med koden {data['code']} er godkendt på "
                  "denne computer" + (f"; holdliste version {version} modtaget" if version
                                      else ""))
            return 0
        share_path = _share(args, paths)
        share: Path | None = None
        if command in ("requests", "approve") or share_path is not None:
            try:
                share = check_share(share_path)
                ensure_layout(share)
                publish_identity(db, paths, profile, share)
                refresh_trust(db, paths, share)
            except ShareError:
                if command in ("requests", "approve"):
                    raise
                share = None
        certs = own_certificates(paths, profile)
        try:
            if command == "approve":
                assert share is not None
                new, member = roster.approve(db, paths, profile, share, args.user_id,
                                             args.fingerprint, certs)
                _audit(db, profile, "team.approve", user=args.user_id, version=new.version)
                data = {"approved": member.user_id, "code": member.short_code,
                        "roster_version": new.version}
                _emit(args, data, lambda: f"{member.name} ({member.user_id}, kode "
                      f"{member.short_code}) er godkendt; holdliste version {new.version}")
                return 0
            if command == "revoke":
                new = roster.revoke(db, paths, profile, share, args.user_id, certs)
                _audit(db, profile, "team.revoke", user=args.user_id, version=new.version)
                data = {"revoked": args.user_id, "roster_version": new.version}
                _emit(args, data, lambda: f"{args.user_id} er tilbagekaldt; holdliste version "
                      f"{new.version}")
                return 0
        except roster.RosterError as exc:
            raise CliError(str(exc)) from None
        held = roster.current(paths)
        mine = trust.my_fingerprint(db)
        if command == "requests":
            assert share is not None
            found, problems = roster.requests(share, held)
            from udsat_desktop.store.sync_state import audit_refused

            for name, reason in problems:
                audit_refused(db, profile.user_id, f"reviewers/{name}", reason)
            open_ = [r for r in found if r.kind != "approved" and r.fingerprint != mine]
            data = {"requests": [_request_json(r) for r in open_],
                    "problems": [{"file": n, "reason": m} for n, m in problems]}
            kinds = {"new": "ny", "new_key": "ny nøgle", "new_certificates": "nyt certifikat"}
            _emit(args, data, lambda: "\n".join(
                [f"{r.member.user_id}: {r.member.name} ({r.member.initials}, "
                 f"{r.member.organisation}, {r.member.role}) — {kinds[r.kind]}, kode "
                 f"{r.short_code}" for r in open_] or ["Ingen anmodninger"])
                + "".join(f"\n  ulæselig: {n}: {m}" for n, m in problems))
            return 0
        members = [_member_json(m) for m in held.members] if held else []
        data = {"version": held.version if held else 0, "members": members,
                "my_fingerprint": mine, "my_code": trust.short_code(mine),
                "pinned": sorted(roster.pinned(paths))}
        _emit(args, data, lambda: "\n".join(
            [f"Holdliste version {data['version']}; din kode: {data['my_code']}"]
            + [f"  {m['user_id']}: {m['name']} ({m['initials']}, {m['organisation']}, "
               f"{m['role']}) kode {m['code']}"
               + (" — tilbagekaldt" if m["revoked_at"] else "") for m in members]))
        return 0
    finally:
        db.close()


def _member_json(member: Any) -> dict[str, Any]:
    return {"user_id": member.user_id, "name": member.name, "initials": member.initials,
            "organisation": member.organisation, "role": member.role,
            "fingerprint": member.fingerprint, "code": member.short_code,
            "certificates": member.cert_fingerprints(), "valid_from": member.valid_from,
            "revoked_at": member.revoked_at}


def _request_json(request: Any) -> dict[str, Any]:
    return {**_member_json(request.member), "kind": request.kind, "file": request.file}


def _audit(db: Database, profile: Profile, action: str, **details: Any) -> None:
    from udsat_desktop.store import audit

    audit.append_now(db, profile.user_id, action, None, **details)


def _signature_json(r: Any, trusted: Any) -> dict[str, Any]:
    return {"field": r.field, "verdict": r.verdict.value, "signer": r.signer,
            "member": trusted.known.get(r.cert_sha256) or trusted.revoked.get(r.cert_sha256),
            "certificate_sha256": r.cert_sha256, "reason": r.reason,
            "signed_at": r.signed_at.isoformat() if r.signed_at else None,
            "byte_range": list(r.byte_range), "covers_whole_file": r.covers_whole_file,
            "timestamp": r.timestamp.isoformat() if r.timestamp else None,
            "level": r.level,
            "archive_timestamp": (r.archive_timestamp.isoformat()
                                  if r.archive_timestamp else None)}


def _packet_attachments(data: bytes) -> dict[str, bytes]:
    """The PDFs attached to an unsigned PDF (a meeting packet); empty for anything else."""
    try:
        from udsat_desktop.reports.packet import packet_attachments

        return {k: v for k, v in packet_attachments(data).items()
                if k.lower().endswith(".pdf") and v.startswith(b"%PDF")}
    except Exception:  # pypdf raises many kinds for a damaged or hostile file
        return {}


# --------------------------------------------------------------------------- parser


def _common_options(*, top: bool) -> argparse.ArgumentParser:
    """`--data-dir`, `--json` and `--timeout`, accepted before and after the command. The
    command's copy has no default, or it would overwrite the value given before the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--timeout", type=float, metavar="SEKUNDER",
                        default=None if top else argparse.SUPPRESS,
                        help="opgiv en handling på fællesmappen efter så mange sekunder "
                             "(standard: indstillingen, 10; 0: ingen grænse)")
    common.add_argument("--data-dir", metavar="DIR",
                        default=None if top else argparse.SUPPRESS,
                        help="datamappe (standard: brugerens programdatamappe)")
    common.add_argument("--json", action="store_true",
                        default=False if top else argparse.SUPPRESS,
                        help="skriv resultatet som JSON")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(top=False)
    parser = argparse.ArgumentParser(
        prog="udsat", description="Udsat Desktop uden vinduer: til scripts, test og målinger.",
        parents=[_common_options(top=True)])
    parser.add_argument("--version", action="version", version=f"udsat {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")

    p = sub.add_parser("init", parents=[common], help="opret brugerprofil og krypteret database")
    p.add_argument("--name", required=True)
    p.add_argument("--initials", required=True)
    p.add_argument("--org", required=True, choices=[o.value for o in Organisation])
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--coordinator", metavar="FINGERPRINT",
                   help="koordinatorens fingeraftryk (koden på koordinatorens skærm)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("import", parents=[common], help="importér målgruppeliste (CSV/XLSX)")
    p.add_argument("file")
    p.add_argument("--map", metavar="MAPPING",
                   help="kolonneopsætning: 'felt=Kolonne,...' eller en JSON-fil")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("demo", parents=[common], help="tilføj syntetiske demosager")
    p.add_argument("--cases", type=int, default=2737)
    p.add_argument("--reviews", type=int, default=0,
                   help="også så mange færdige gennemgange (halvdelen klar til underskrift)")
    p.add_argument("--seed", type=int, default=2737)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("stats", parents=[common], help="antal sager i alt og pr. status")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("sign", parents=[common],
                       help="underskriv gennemgange, der er klar (nøgle: UDSAT_KEY_PASSPHRASE)")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--ready", action="store_true", help="alle gennemgange klar til underskrift")
    mode.add_argument("--cosign", metavar="FILE", help="medunderskriv en underskrevet PDF")
    p.add_argument("--tsa", metavar="URL",
                   help="tidsstemplingsserver (RFC 3161) for PAdES B-T; standard: indstillingen")
    p.set_defaults(func=cmd_sign)

    p = sub.add_parser("key", parents=[common],
                       help="signeringsnøgle: vis eller importér en .p12 fra organisationen")
    key_sub = p.add_subparsers(dest="key_command", required=True, metavar="HANDLING")
    k = key_sub.add_parser("show", parents=[common], help="vis certifikatet")
    k.set_defaults(func=cmd_key)
    k = key_sub.add_parser("import", parents=[common],
                           help="importér en .p12 (adgangskode: UDSAT_KEY_PASSPHRASE)")
    k.add_argument("file", metavar="FILE")
    k.add_argument("--replace", action="store_true",
                   help="erstat en eksisterende nøgle (den gamle gemmes som backup)")
    k.set_defaults(func=cmd_key)

    p = sub.add_parser("sync", parents=[common],
                       help="synkronisér med fællesmappen (udbakke, tildelinger, krav)")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.add_argument("--wait", type=float, default=30.0, metavar="SEKUNDER",
                   help="vent så længe på en synkronisering, der allerede kører (standard 30)")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("pull", parents=[common], help="hent mine tildelte sager")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.set_defaults(func=cmd_pull)

    p = sub.add_parser("assign", parents=[common],
                       help="tildel sager til en medarbejder (koordinator)")
    p.add_argument("--to", required=True, metavar="USER", help="medarbejderens bruger-id")
    p.add_argument("case_keys", nargs="+", metavar="CASE-KEY")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.set_defaults(func=cmd_assign)

    p = sub.add_parser("ingest", parents=[common],
                       help="indlæs teamets gennemgange fra fællesmappen (koordinator)")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.add_argument("--full", action="store_true",
                   help="kontrollér alle PDF'er igen, også dem der er indlæst før")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("packet", parents=[common],
                       help="byg mødepakken til et planlagt rehabiliteringsteam-møde")
    p.add_argument("--meeting", required=True, metavar="DATE", help="mødets dato, fx 2026-12-03")
    p.add_argument("--out", required=True, metavar="DIR", help="mappe til pakken")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.set_defaults(func=cmd_packet)

    from udsat_desktop.cli_meetings import add_parser as add_meeting_parser

    add_meeting_parser(sub, common)

    p = sub.add_parser("audit", parents=[common], help="revisionslog: kontrol og udtræk")
    audit_sub = p.add_subparsers(dest="audit_command", required=True, metavar="HANDLING")
    a = audit_sub.add_parser("verify", parents=[common],
                             help="kontrollér hele kæden; exit 1 og første brudte post")
    a.set_defaults(func=cmd_audit)
    a = audit_sub.add_parser("purge", parents=[common],
                             help="koordinator: slet poster ældre end opbevaringstiden")
    a.add_argument("--years", type=int, help="standard: indstillingen (5 år)")
    a.set_defaults(func=cmd_audit)
    a = audit_sub.add_parser("export", parents=[common],
                             help="borgerens adgangslog som PDF")
    a.add_argument("--case", required=True, metavar="CASE-KEY")
    a.add_argument("--out", required=True, metavar="FILE")
    a.set_defaults(func=cmd_audit)

    p = sub.add_parser("retention", parents=[common],
                       help="koordinator: slet afsluttede sagers data efter opbevaringstiden")
    p.add_argument("--dry-run", action="store_true", help="vis kun hvad der ville blive slettet")
    p.add_argument("--years", type=int, help="standard: indstillingen (case_retention_years)")
    p.set_defaults(func=cmd_retention)

    p = sub.add_parser("hold", parents=[common],
                       help="koordinator: tilbagehold en sag (klage, indsigt) mod sletning")
    hold_sub = p.add_subparsers(dest="hold_command", required=True, metavar="HANDLING")
    h = hold_sub.add_parser("set", parents=[common], help="tilbagehold en sag")
    h.add_argument("case", metavar="CASE-KEY")
    h.add_argument("--reason", required=True, choices=("klage", "indsigt"))
    h.add_argument("--note", default=None)
    h.set_defaults(func=cmd_hold)
    h = hold_sub.add_parser("lift", parents=[common], help="ophæv en tilbageholdelse")
    h.add_argument("case", metavar="CASE-KEY")
    h.set_defaults(func=cmd_hold)
    h = hold_sub.add_parser("list", parents=[common], help="vis tilbageholdte sager")
    h.set_defaults(func=cmd_hold)

    p = sub.add_parser("team", parents=[common], help="teamets holdliste: medlemmer og "
                       "anmodninger")
    team_sub = p.add_subparsers(dest="team_command", required=True, metavar="HANDLING")
    t = team_sub.add_parser("list", parents=[common], help="holdlisten, som programmet har den")
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=cmd_team)
    t = team_sub.add_parser("requests", parents=[common],
                            help="anmodninger om optagelse på fællesmappen (koordinator)")
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=cmd_team)
    t = team_sub.add_parser("approve", parents=[common],
                            help="godkend en anmodning efter at have sammenlignet koden")
    t.add_argument("user_id", metavar="USER-ID")
    t.add_argument("--fingerprint", required=True, metavar="FP",
                   help="medarbejderens kode eller fingeraftryk")
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=cmd_team)
    t = team_sub.add_parser("revoke", parents=[common], help="tilbagekald et medlem")
    t.add_argument("user_id", metavar="USER-ID")
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=cmd_team)
    t = team_sub.add_parser("trust-coordinator", parents=[common],
                            help="godkend koordinatorens nøgle (koden fra koordinatorens skærm)")
    t.add_argument("fingerprint", metavar="FINGERPRINT")
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=cmd_team)

    p = sub.add_parser("config", parents=[common], help="vis eller ændr indstillinger")
    p.add_argument("--share", metavar="PATH", help="fællesmappen ('' for ingen)")
    p.add_argument("--tsa", metavar="URL", help="tidsstemplingsserver ('' for ingen)")
    p.add_argument("--lock-minutes", type=int, metavar="N", help="lås efter N minutter (0: aldrig)")
    p.add_argument("--language", metavar="SPROG", help="da eller en")
    p.add_argument("--case-retention-years", type=int, metavar="N",
                   help="afsluttede sagers data slettes N år efter sidste ændring")
    p.add_argument("--share-timeout", type=int, metavar="SEKUNDER",
                   help="opgiv en handling på fællesmappen efter så mange sekunder (standard 10)")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("summary", parents=[common],
                       help="skriv sagens seneste underskrevne sammenfatning")
    p.add_argument("case_key", metavar="CASE-KEY")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("verify", parents=[common], help="kontrollér underskrifter i PDF-filer")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_verify)

    from udsat_desktop.cli_archive import add_parsers  # udsat ltv, udsat journal export

    add_parsers(sub, common)
    return parser


def _bound_share_waits(args: argparse.Namespace, paths: AppPaths) -> None:
    """Every share operation of this command is given up after the timeout (a hung network
    drive cannot hold the command; Ctrl-C is always heard)."""
    from udsat_desktop.sync.share import set_op_timeout

    seconds = args.timeout if args.timeout is not None else load_settings(
        paths.config).share_timeout
    if seconds < 0:
        raise CliError("--timeout skal være 0 (ingen grænse) eller mere")
    set_op_timeout(seconds or None)


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_output()  # a redirected stdout on Windows is cp1252 otherwise
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve(args.data_dir)
    try:
        paths.ensure()
        setup_logging(paths.logs)
        _bound_share_waits(args, paths)
        log.info("command %s started", args.command)
        code: int = args.func(args, paths)
        log.info("command %s finished with %d", args.command, code)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except (CliError, StoreError, ImportFileError, SigningError, ShareError, NotAllowed) as exc:
        log.warning("command %s refused: %s", args.command, type(exc).__name__)
        print(f"udsat: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("udsat: afbrudt", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`udsat stats --json | head -c1`): nothing left to say to it
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # what a shell reports for a command stopped by SIGPIPE
    except MemoryError:
        print("udsat: der var ikke hukommelse nok til opgaven; intet er gemt halvt.",
              file=sys.stderr)
        return 2
    except OSError as exc:  # a share or a file that failed below every step's own handling
        import errno

        from udsat_desktop.sync.share import describe_os_error

        log.warning("command %s failed: %s", args.command, type(exc).__name__)
        print(f"udsat: {describe_os_error(exc)}" if exc.errno and exc.errno != errno.ENOENT
              else f"udsat: filen kunne ikke læses eller skrives ({type(exc).__name__})",
              file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: the log gets where (never the message), the user one line
        from udsat_desktop.app import crash_text

        log.error("command %s crashed:\n%s", args.command, crash_text(exc, exc.__traceback__))
        print(f"udsat: uventet fejl ({type(exc).__name__}); detaljerne står i logfilen i "
              f"{paths.logs}", file=sys.stderr)
        return 1
    finally:
        from udsat_desktop.sync.share import set_op_timeout

        set_op_timeout(None)  # in-process callers (tests) get their own settings back


if __name__ == "__main__":
    raise SystemExit(main())
