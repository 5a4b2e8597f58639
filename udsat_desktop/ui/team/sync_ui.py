"""Background sync in the window and its status-bar label (`SyncController`), and the
words for what an ingest brought (`describe_ingest`).

Sync runs on a worker (TaskRunner): on start, on demand (F9) and every few minutes; the status
bar shows what waits and when the last sync succeeded. Nothing here touches the share on the GUI
thread except claiming a case, which is one small exclusive create. The settings dialog, which
sets the share up, is in ui/team/settings_dialog.py."""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.sync.pending import pending_count
from udsat_desktop.sync.refusals import left_unread_text
from udsat_desktop.sync.share import hung_message, hung_since, set_op_timeout, still_waiting
from udsat_desktop.ui.common.i18n import error_text, fill, fmt_number, fmt_time, localize, translate

log = logging.getLogger(__name__)
SYNC_INTERVAL_MS = 5 * 60 * 1000
# issue 31: once a share operation has timed out, how long the sync may take to end before the
# window stops waiting for it (the share timeout plus this, plus one look, stays within + 1 s)
ABANDON_AFTER_S = 0.5
LOOK_MS = 100


def apply_share_timeout(paths: AppPaths) -> None:
    """The GUI's counterpart of the CLI's `--timeout`: every share operation (sync, ingest,
    claims; all on workers) is given up after the configured `share_timeout` seconds with the
    Danish sentence for it, so a hung network drive ends a background task instead of
    holding it for ever."""

    set_op_timeout(float(load_settings(paths.config).share_timeout))


class SyncController(QObject):
    """Background sync and the status-bar text about it."""

    synced = Signal(object)  # SyncReport
    status_changed = Signal(str)

    def __init__(
        self, db: Any, profile: Any, paths: AppPaths, runner: Any, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.profile, self.paths, self.runner = db, profile, paths, runner
        self.running = False
        self.last_success: dt.datetime | None = None
        self.last_report: Any = None
        # who decides changed (a new or a removed coordinator): stays in the status bar for
        # the rest of the session, not only until the next five-minute sync
        self.coordinator_notice = ""
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        # issue 31: while a sync runs, a look every LOOK_MS whether a share operation has
        # timed out; if the sync has not ended ABANDON_AFTER_S later, it is left behind
        self.round = 0  # the sync started last; an answer of an earlier one is late
        self.abandoned: set[int] = set()
        self.watch = QTimer(self)
        self.watch.setInterval(LOOK_MS)
        self.watch.timeout.connect(self._look)
        apply_share_timeout(paths)

    def start(self) -> None:
        self.timer.start()
        self.update_status()
        QTimer.singleShot(1500, self.sync_now)

    @property
    def share(self) -> Path | None:
        return load_settings(self.paths.config).share

    def sync_now(self) -> bool:
        """Start a sync on a worker; False when one is running or no share is chosen."""
        from udsat_desktop.sync.engine import sync  # lazy: launch, SQLAlchemy + sync engine +2.7 s

        if self.running or self.share is None:
            self.update_status()
            return False
        if still_waiting():
            # a share operation given up on still waits for the drive: no other one starts
            # (threads would pile up on it); the next sync after it has its answer asks again
            self.update_status(self.still_hung_text())
            return False
        self.running = True
        apply_share_timeout(self.paths)  # as set now; a drive that answered is asked again
        self.status_changed.emit(self.tr("Synkroniserer…"))
        self.round += 1
        this = self.round
        # a daemon thread: a sync hung on a network drive is abandoned when the window quits
        self.runner.start(
            sync,
            self.db,
            self.paths,
            self.profile,
            self.share,
            on_done=lambda report: self._done(report, this),
            on_error=lambda exc: self._failed(exc, this),
            daemon=True,
        )
        self.watch.start()
        return True

    def still_hung_text(self) -> str:
        return self.tr(
            "fællesmappen svarer stadig ikke (netværksdrevet hænger); der synkroniseres igen, "
            "når den svarer"
        )

    def _look(self) -> None:
        """While a sync runs: if a share operation timed out and the sync has not ended
        ABANDON_AFTER_S later, the window stops waiting for it. Its thread is left behind (a
        call blocked in the kernel cannot be ended); nothing is lost by that: what it had not
        sent stays waiting in the store, whose writes are transactions, and no other share
        operation starts until that thread has its answer (`still_waiting`)."""
        since = hung_since()
        if not self.running:
            self.watch.stop()
        elif since is not None and time.monotonic() - since >= ABANDON_AFTER_S:
            self.watch.stop()
            self.abandoned.add(self.round)
            self.running = False
            log.warning("sync left behind: the share stopped answering")
            self.update_status(localize(hung_message()))

    def _late(self, this: int) -> bool:
        """Whether an answer is of a sync the window stopped waiting for (or an older one)."""
        if this in self.abandoned:
            self.abandoned.discard(this)
            return True
        return this != self.round

    def _done(self, report: Any, this: int | None = None) -> None:
        if this is not None and self._late(this) and self.running:
            return  # a sync left behind ended while a newer one runs: that one tells
        self.running = False
        self.last_report = report
        changes = getattr(report, "coordinators_changed", None) or []
        if changes:
            self.coordinator_notice = " ".join(localize(c["text"]) for c in changes)
        if report.reachable and not report.problem:  # a full or read-only share answered
            self.last_success = dt.datetime.now()
        self.update_status()
        self.synced.emit(report)

    def _failed(self, exc: BaseException, this: int | None = None) -> None:
        if this is not None and self._late(this) and self.running:
            return
        self.running = False
        log.warning("sync failed: %s", type(exc).__name__)
        self.update_status(error_text(exc))

    def status_text(self, problem: str = "") -> str:

        if self.share is None:
            return self.tr("Ingen fællesmappe valgt")
        pending = pending_count(self.db)
        parts = [fill(self.tr("%1 venter på synkronisering"), fmt_number(pending))]
        if self.last_success is not None:
            parts.append(fill(self.tr("sidst synkroniseret kl. %1"), fmt_time(self.last_success)))
        report = self.last_report
        if problem or (report is not None and (not report.reachable or report.problem)):
            if problem or (report is not None and not report.reachable):
                parts.append(self.tr("fællesmappen kan ikke nås – prøver igen om lidt"))
            reason = problem or str(report.problem or "")
            if reason:  # the Danish sentence for what happened (a timeout, ENOTCONN, ...)
                parts.append(localize(reason))
        elif report is not None and getattr(report, "own_demotion", None):
            parts.append(localize(report.own_demotion["text"]))
        elif self.coordinator_notice:
            parts.append(self.coordinator_notice)
        elif report is not None and report.removed_from_team:
            parts.append(
                self.tr(
                    "koordinatoren har fjernet dig fra teamets holdliste: teamet læser ikke "
                    "dine nye gennemgange – tal med koordinatoren"
                )
            )
        elif report is not None and (report.failed or report.conflicts):
            failed = len(report.failed) + len(report.conflicts)
            text = one_or_many(
                failed,
                self.tr("%1 fil kunne ikke synkroniseres (se synkroniseringsloggen)"),
                self.tr("%1 filer kunne ikke synkroniseres (se synkroniseringsloggen)"),
            )
            parts.append(fill(text, fmt_number(failed)))
        if report is not None and report.reachable and report.claim_clashes:
            parts.append(
                fill(
                    self.tr("en anden holder nu sagen: %1 (åbn den for at se hvem)"),
                    ", ".join(report.claim_clashes),
                )
            )
        if report is not None and report.reachable and report.claims_blocked:
            parts.append(
                fill(
                    self.tr(
                        "kan ikke reserveres på fællesmappen (ugyldige filer optager alle "
                        "pladser; bed koordinatoren rydde op): %1"
                    ),
                    ", ".join(report.claims_blocked),
                )
            )
        return " · ".join(parts)

    def update_status(self, problem: str = "") -> None:
        self.status_changed.emit(self.status_text(problem))


def describe_ingest(report: Any) -> str:
    new = one_or_many(
        report.new,
        translate("Ingest", "%1 ny gennemgang indlæst"),
        translate("Ingest", "%1 nye gennemgange indlæst"),
    )
    unchanged = one_or_many(
        report.unchanged, translate("Ingest", "%1 uændret"), translate("Ingest", "%1 uændrede")
    )
    updated = one_or_many(
        report.cases_updated,
        translate("Ingest", "%1 sag opdateret."),
        translate("Ingest", "%1 sager opdateret."),
    )
    lines = [
        ", ".join(
            (
                fill(new, str(report.new)),
                fill(unchanged, str(report.unchanged)),
                fill(updated, str(report.cases_updated)),
            )
        )
    ]
    for label, items in (
        (translate("Ingest", "Ændret efter underskrift"), report.modified),
        (translate("Ingest", "Ikke underskrevet"), report.unsigned),
        (translate("Ingest", "Ukendt underskriver"), report.unknown_signer),
        (translate("Ingest", "Tilbagekaldt underskriver"), report.revoked_signer),
        (translate("Ingest", "Kunne ikke kontrolleres"), report.unchecked),
        (
            translate("Ingest", "Andet indhold under et kendt id (konflikt)"),
            report.content_conflicts,
        ),
        (translate("Ingest", "Flere gennemgange af samme sag"), report.conflicts),
        (
            translate("Ingest", "Langtidsvalidering tilføjet (B-LT/B-LTA)"),
            getattr(report, "ltv_added", []),
        ),
        (
            translate("Ingest", "Venter på langtidsvalidering (prøves igen ved næste indlæsning)"),
            getattr(report, "ltv_waiting", []),
        ),
    ):
        if items:
            lines.append(f"{label}: {', '.join(items)}")
    lines += [f"{name}: {localize(msg)}" for name, msg in report.problems]
    lines += [f"{name}: {localize(msg)}" for name, msg in report.refused]
    # issue 31: what this ingest left for the next (the caps per folder and per run)
    lines += [localize(line) for line in left_unread_text(getattr(report, "left_unread", {}))]
    missing = getattr(report, "missing", [])
    if missing:  # what members published and this store does not hold (issue 28)
        lines.append(
            fill(
                translate("Ingest", "Offentliggjort af teamet, men mangler her (%1):"),
                str(len(missing)),
            )
        )
        lines += [
            f"{m['user_id']}: {m.get('review_id') or m.get('file')}: {localize(m['reason'])}"
            for m in missing
        ]
    return "\n".join(lines)
