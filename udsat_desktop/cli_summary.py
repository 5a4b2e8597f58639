"""`udsat summary`: a signed summary written out of the encrypted store (apart from `cli_signing`:
it needs neither the PDF renderer nor the templates)."""

from __future__ import annotations

import argparse

from udsat_desktop.cli_common import (
    CliError,
    emit,
    open_store,
    out_file,
    plain_file_notice,
    share_of,
)
from udsat_desktop.core.auditlog import EXPORT_SUMMARY
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.meetings import summary_pdf
from udsat_desktop.store.queue import get_case_by_key
from udsat_desktop.store.versions import latest_signed


def cmd_summary(args: argparse.Namespace, paths: AppPaths) -> int:
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
        audit.append_now(
            db, profile.user_id, "export", case.id if case else None, kind=EXPORT_SUMMARY
        )
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
