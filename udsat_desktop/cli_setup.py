"""`udsat init`, `import` and `config`: the profile, the cases and the settings on this
computer (`udsat stats` is `cli_stats`, which loads no SQLAlchemy)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from udsat_desktop.cli_common import (
    KEY_PASSPHRASE_ENV,
    CliError,
    check_new_key_passphrase,
    emit,
    open_store,
    read_passphrase,
)
from udsat_desktop.core.danish import count, one_or_many
from udsat_desktop.core.import_report import warning_groups
from udsat_desktop.core.passphrase import MIN_PASSPHRASE_LENGTH
from udsat_desktop.core.status import Organisation, Role
from udsat_desktop.core.target_list import FIELD_BY_KEY, parse_mapping_arg
from udsat_desktop.platform.paths import AppPaths, path_problem, shown
from udsat_desktop.platform.settings import LANGUAGES, load_settings, update_settings
from udsat_desktop.store.importer import MappingNeeded, import_table, prepare_import
from udsat_desktop.store.lifecycle import (
    initialise,
    is_initialised,
)
from udsat_desktop.sync.share import NotTheTeamsShare, ShareError, known_share_id
from udsat_desktop.sync.share.atomicity import claims_unsafe


def cmd_init(args: argparse.Namespace, paths: AppPaths) -> int:
    if is_initialised(paths):
        raise CliError(f"Der findes allerede en database i {paths.data}")
    from udsat_desktop.sync import roster, trust  # lazy: init only, +300 ms on stats

    coordinator = None
    if args.coordinator:
        try:
            coordinator = trust.normalise(args.coordinator)
        except trust.TrustError as exc:
            raise CliError(str(exc)) from None
    key_passphrase = os.environ.get(KEY_PASSPHRASE_ENV)
    if key_passphrase is not None:  # the signing key's passphrase is chosen now: check it now
        check_new_key_passphrase(key_passphrase)
    passphrase = read_passphrase(
        confirm=True, prompt=f"Vælg adgangskode (mindst {MIN_PASSPHRASE_LENGTH} tegn): "
    )
    db, profile = initialise(
        paths, passphrase, args.name, args.initials, Organisation(args.org), Role(args.role)
    )
    try:
        fingerprint = trust.my_fingerprint(db)
    finally:
        db.close()
    if coordinator:
        roster.pin(paths, coordinator)
    else:  # what IT pre-set for every user of this computer, if anything (issue 33)
        coordinator = roster.pin_machine_coordinator(paths)
    emit(
        args,
        {
            "user_id": profile.user_id,
            "data_dir": str(paths.data),
            "fingerprint": fingerprint,
            "code": trust.short_code(fingerprint),
            "coordinator": coordinator,
        },
        lambda: (
            f"Profil oprettet for {profile.initials} ({profile.organisation.value}, "
            f"{profile.role.label}). Data: {paths.data}"
        ),
    )
    return 0


def cmd_import(args: argparse.Namespace, paths: AppPaths) -> int:
    db, profile = open_store(paths)
    try:
        named = _load_map(args.map) if args.map else None
        started = time.perf_counter()
        try:
            table, mapping = prepare_import(
                Path(args.file), paths.config, named, header_row=args.header_row
            )
        except MappingNeeded as exc:
            headers = ", ".join(f"»{h}«" for h in exc.table.headers if h)
            fields = ", ".join(FIELD_BY_KEY)
            raise CliError(
                f"{exc}. Angiv kolonnerne med --map, fx --map "
                f"'cpr=Personnr,name=Borger'. Overskrifterne er læst i række "
                f"{exc.table.header_row}: {headers}; er det ikke overskriftsrækken, så angiv "
                f"den med --header-row N. Felter: {fields}"
            ) from None
        summary = import_table(
            db, table, mapping, source_name=Path(args.file).name, user_id=profile.user_id
        )
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    data = summary.to_json()
    data["warning_groups"] = [
        {"reason": g.title, "count": len(g.rows), "rows": [w.row for w in g.rows]}
        for g in warning_groups(summary.warnings)
    ]

    def text() -> str:
        lines = [
            f"Importeret: {count(summary.imported, 'ny', 'nye')}, {summary.updated} opdateret, "
            f"{summary.unchanged} uændret ({elapsed:.2f} s)"
        ]
        if summary.rejected:
            lines.append(f"Afvist: {count(len(summary.rejected), 'række', 'rækker')}")
            lines += [f"  række {r.row}: {r.reason}" for r in summary.rejected]
        if summary.duplicates:
            duplicates = count(len(summary.duplicates), "række", "rækker")
            lines.append(f"Dubletter: {duplicates} (kun den første er importeret)")
            lines += [
                f"  række {d.row}: samme CPR-nummer som række {d.first_row}"
                for d in summary.duplicates
            ]
        if summary.ignored_columns:
            lines.append(
                f"Ikke importeret: {len(summary.ignored_columns)} kolonner "
                f"(overskrifter i række {summary.header_row}; vælg dem med --map)"
            )
            lines += [
                f"  kolonne {c.column}: »{c.header}«" if c.header else f"  kolonne {c.column}"
                for c in summary.ignored_columns
            ]
        if summary.warnings:
            lines.append(f"Advarsler: {len(summary.warnings)} (importeret alligevel)")
            for group in warning_groups(summary.warnings):
                rows = ", ".join(str(w.row) for w in group.rows[:20])
                more = (
                    f" … og {len(group.rows) - 20} mere (se --json)" if len(group.rows) > 20 else ""
                )
                word = one_or_many(len(group.rows), "række", "rækker")
                lines.append(f"  {group.title}: {word} {rows}{more}")
        return "\n".join(lines)

    emit(args, data, text)
    if summary.rejected and not (summary.imported or summary.updated or summary.unchanged):
        # nothing was taken in: a script must not read this as a successful import
        rows = one_or_many(
            len(summary.rejected),
            "den ene række blev afvist",
            f"alle {len(summary.rejected)} rækker blev afvist",
        )
        print(f"udsat: Intet er importeret: {rows} (se årsagerne ovenfor).", file=sys.stderr)
        return 2
    return 0


def _load_map(value: str) -> dict[str, str]:
    candidate = Path(value)
    if candidate.suffix.casefold() == ".json" and candidate.is_file():
        try:
            loaded = json.loads(candidate.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise CliError(
                f"Kolonneopsætningen {candidate.name} er ikke gyldig JSON: {exc}"
            ) from None
        if not isinstance(loaded, dict):
            raise CliError("Kolonneopsætningen skal være et JSON-objekt {felt: kolonne}")
        return {str(k): str(v) for k, v in loaded.items()}
    return parse_mapping_arg(value)


# Complexity (C901): one flat branch per option of `udsat config`.
def cmd_config(args: argparse.Namespace, paths: AppPaths) -> int:  # noqa: C901
    import dataclasses

    changes: dict[str, Any] = {}
    share_id: str | None = None
    unsafe: str | None = None
    if args.share is not None:
        # absolute: a later sync may run from another folder. abspath, not resolve(): a
        # mapped drive stays its letter and a hung network drive is not touched here
        share = args.share.strip()
        changes["share_path"] = os.path.abspath(os.path.expanduser(share)) if share else ""
        if share:  # set up first: a folder that cannot be the share is never stored
            share_id = _set_up_share(Path(changes["share_path"]), paths, args.new_share)
            unsafe = _claims_unsafe(Path(changes["share_path"]))
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
    settings = update_settings(paths.config, **changes) if changes else load_settings(paths.config)
    data: dict[str, Any] = dataclasses.asdict(settings)
    if share_id is not None:
        data["share_id"] = share_id
    if args.share is not None:
        data["claims_unsafe"] = unsafe or ""  # issue 31: a mount where claims are not atomic

    def text() -> str:
        lines = [f"{k}: {v}" for k, v in data.items() if k != "claims_unsafe"]
        if unsafe:
            lines.append(f"OBS: {unsafe}")
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def _claims_unsafe(folder: Path) -> str | None:
    """Whether claims can be atomic on the mount (by its type and by a race in a scratch
    folder); the share is set up and reachable by now."""
    return claims_unsafe(folder, probe=True)


def _set_up_share(folder: Path, paths: AppPaths, new_share: bool) -> str:
    """Make `folder` the team's share (its marker and top folders) and remember its id; a
    folder that is missing or refused is a CliError that leaves every setting as it was."""
    from udsat_desktop.sync.roster.exchange import adopt_share  # lazy: stats start-up +300 ms

    problem = path_problem(folder, folder=True)
    if problem is not None:  # a symlink loop, a path too long, a file on the way
        raise CliError(
            f"Fællesmappen er ikke ændret: --share {shown(folder)} kan ikke bruges: {problem}. "
            "Vælg en anden mappe, og kør så kommandoen igen."
        )
    known = known_share_id(paths.config)
    try:
        # a folder marked as another share is adopted only when a coordinator the member
        # trusts signed its id (sync/roster.py); a forged or copied marker never is
        share_id = adopt_share(paths, folder, new_share=new_share)
    except NotTheTeamsShare as exc:
        raise CliError(str(exc)) from None
    except ShareError as exc:
        reason = str(exc).strip()
        if not reason.endswith((".", "?", "!")):
            reason += "."
        raise CliError(
            f"Fællesmappen er ikke ændret: {reason} Ret det (forbind netværksdrevet, opret "
            "mappen, eller vælg den rigtige), og kør så kommandoen igen."
        ) from None
    if known and known != share_id:
        print(
            "udsat: Bemærk: det er en anden fællesmappe end den, der blev brugt før.",
            file=sys.stderr,
        )
    return share_id
