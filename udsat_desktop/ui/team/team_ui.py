"""Team → Medlemmer…: the roster, the requests waiting on the share, approval by comparing a
short code, revocation; and the first-sync question "is this your coordinator's code?".
It is over 400 lines because those three share one worker flow and one set of messages.

The share is read and the roster signed on a worker (TaskRunner); the dialog only shows what
comes back. Approving asks the coordinator to compare the request's code with the code on the
colleague's own screen (Team → Medlemmer… there, or `udsat team list`).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.status import role_label
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.sync_state import audit_refused
from udsat_desktop.sync import roster, trust
from udsat_desktop.sync.identity import own_certificates, publish_identity, refresh_trust
from udsat_desktop.sync.published_held import take_lists_now
from udsat_desktop.sync.roster import enrolment, trust_dir
from udsat_desktop.sync.share import ShareError, check_share, ensure_layout
from udsat_desktop.sync.trust import short_code
from udsat_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, domain, error_text, fill, translate

log = logging.getLogger(__name__)

KINDS = {
    "new": QT_TRANSLATE_NOOP("TeamDialog", "ny"),
    "new_key": QT_TRANSLATE_NOOP("TeamDialog", "ny nøgle (ny computer)"),
    "new_certificates": QT_TRANSLATE_NOOP("TeamDialog", "nyt certifikat"),
    # a name or a role asked for: shown, never taken by an approval (`udsat team role`)
    "changed_fields": QT_TRANSLATE_NOOP(
        "TeamDialog", "ændrede oplysninger (overtages ikke ved godkendelse)"
    ),
}


def _rejected_path(paths: AppPaths) -> Any:

    return trust_dir(paths) / "rejected.json"


def rejected(paths: AppPaths) -> set[str]:
    try:
        return set(json.loads(_rejected_path(paths).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return set()


def load_team(db: Any, paths: AppPaths, profile: Any, share: Any) -> dict[str, Any]:
    """Worker: publish my request, take newer rosters, read the requests."""

    found: list[Any] = []
    problems: list[tuple[str, str]] = []
    share_problem = ""
    try:
        checked = check_share(share)
        ensure_layout(checked)
        publish_identity(db, paths, profile, checked)
        refresh_trust(db, paths, checked)
        found, problems = enrolment.requests(checked, roster.current(paths))

        for name, reason in problems:
            audit_refused(db, profile.user_id, f"reviewers/{name}", reason)
    except Exception as exc:  # shown in the dialog; the roster held is still listed
        share_problem = error_text(exc)
    mine = trust.my_fingerprint(db)
    skip = rejected(paths) | {mine}
    return {
        "roster": roster.current(paths),
        "mine": mine,
        "requests": [r for r in found if r.kind != "approved" and r.fingerprint not in skip],
        "problems": problems,
        "share_problem": share_problem,
    }


class TeamDialog(QDialog):
    """The roster and the open requests (coordinators may approve, reject and revoke)."""

    MEMBER_HEADERS = (
        QT_TRANSLATE_NOOP("TeamDialog", "Navn"),
        QT_TRANSLATE_NOOP("TeamDialog", "Initialer"),
        QT_TRANSLATE_NOOP("TeamDialog", "Organisation"),
        QT_TRANSLATE_NOOP("TeamDialog", "Rolle"),
        QT_TRANSLATE_NOOP("TeamDialog", "Kode"),
        QT_TRANSLATE_NOOP("TeamDialog", "Status"),
    )
    REQUEST_HEADERS = (
        QT_TRANSLATE_NOOP("TeamDialog", "Navn"),
        QT_TRANSLATE_NOOP("TeamDialog", "Bruger-id"),
        QT_TRANSLATE_NOOP("TeamDialog", "Organisation"),
        QT_TRANSLATE_NOOP("TeamDialog", "Rolle"),
        QT_TRANSLATE_NOOP("TeamDialog", "Art"),
        QT_TRANSLATE_NOOP("TeamDialog", "Kode"),
    )

    def __init__(
        self,
        db: Any,
        paths: AppPaths,
        profile: Any,
        runner: Any,
        share: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.paths, self.profile, self.runner, self.share = (
            db,
            paths,
            profile,
            runner,
            share,
        )
        self.data: dict[str, Any] = {"roster": None, "requests": []}
        self.confirm: QMessageBox | None = None
        self.setWindowTitle(self.tr("Teamets medlemmer"))
        self.mine = QLabel()
        self.mine.setAccessibleName(self.tr("Din kode"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.members = self._table(self.MEMBER_HEADERS, self.tr("Medlemmer på holdlisten"))
        self.requests = self._table(self.REQUEST_HEADERS, self.tr("Anmodninger om optagelse"))
        self.approve_button = QPushButton(self.tr("&Godkend…"))
        self.approve_button.setToolTip(
            self.tr("Sammenlign koden med medarbejderens skærm, og godkend anmodningen")
        )
        self.reject_button = QPushButton(self.tr("&Afvis"))
        self.revoke_button = QPushButton(self.tr("&Tilbagekald…"))
        self.refresh_button = QPushButton(self.tr("&Opdatér"))
        self.approve_button.clicked.connect(self.ask_approve)
        self.reject_button.clicked.connect(self.reject_request)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.refresh_button.clicked.connect(self.refresh)
        coordinator = getattr(profile.role, "value", profile.role) == "coordinator"
        for button in (self.approve_button, self.reject_button, self.revoke_button):
            button.setEnabled(coordinator)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mine)
        layout.addWidget(QLabel(self.tr("Medlemmer på holdlisten")))
        layout.addWidget(self.members, 2)
        layout.addWidget(QLabel(self.tr("Anmodninger på fællesmappen (ikke godkendt)")))
        layout.addWidget(self.requests, 1)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        for button in (
            self.approve_button,
            self.reject_button,
            self.revoke_button,
            self.refresh_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 520)
        self.refresh()

    def _table(self, headers: tuple[str, ...], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels([translate("TeamDialog", h) for h in headers])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAccessibleName(name)
        return table

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        self.state.setText(self.tr("Læser fællesmappen…"))
        self.runner.start(
            load_team,
            self.db,
            self.paths,
            self.profile,
            self.share,
            on_done=self._show,
            on_error=self._failed,
            daemon=True,
        )  # the share may hang: never keeps the program open

    def _failed(self, exc: BaseException) -> None:
        self.state.setText(error_text(exc))

    def _show(self, data: dict[str, Any]) -> None:

        self.data = data
        self.mine.setText(fill(self.tr("Din kode: %1"), short_code(data["mine"])))
        roster = data["roster"]
        members = list(roster.members) if roster else []
        self.members.setRowCount(len(members))
        for r, m in enumerate(members):
            role = domain(role_label(m.role))
            status = self.tr("tilbagekaldt") if m.revoked_at else self.tr("aktiv")
            for c, value in enumerate(
                (m.name, m.initials, m.organisation, role, m.short_code, status)
            ):
                self.members.setItem(r, c, QTableWidgetItem(value))
        requests = data["requests"]
        self.requests.setRowCount(len(requests))
        for r, req in enumerate(requests):
            m = req.member
            role = domain(role_label(m.role))
            for c, value in enumerate(
                (
                    m.name,
                    m.user_id,
                    m.organisation,
                    role,
                    translate("TeamDialog", KINDS[req.kind]),
                    req.short_code,
                )
            ):
                item = QTableWidgetItem(value)
                if req.changes:  # every field that differs from the roster entry
                    item.setToolTip(
                        "\n".join(
                            f"{f}: {old or '-'} → {new or '-'}" for f, old, new in req.changes
                        )
                    )
                self.requests.setItem(r, c, item)
        lines = []
        if data["share_problem"]:
            lines.append(data["share_problem"])
        lines += [fill(self.tr("Ulæselig anmodning %1: %2"), n, m) for n, m in data["problems"]]
        if roster is None:
            lines.append(self.tr("Der er ingen holdliste endnu."))
        else:
            lines.append(fill(self.tr("Holdliste version %1"), str(roster.version)))
        self.state.setText("\n".join(lines))

    def _selected_request(self) -> Any:
        row = self.requests.currentRow()
        requests = self.data.get("requests") or []
        return requests[row] if 0 <= row < len(requests) else None

    def _selected_member(self) -> Any:
        roster = self.data.get("roster")
        row = self.members.currentRow()
        members = list(roster.members) if roster else []
        return members[row] if 0 <= row < len(members) else None

    # ------------------------------------------------------------------ actions

    def ask_approve(self) -> None:
        request = self._selected_request()
        if request is None:
            self.state.setText(self.tr("Vælg først en anmodning."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Godkend medlem"),
            fill(
                self.tr(
                    "Bed %1 åbne Team → Medlemmer… (eller køre `udsat team "
                    "list`) og læse sin kode op.\n\nKoden i anmodningen er:\n"
                    "%2\n\nEr koderne ens?"
                ),
                request.member.name,
                request.short_code,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._approve(request, result))
        self.confirm = box
        box.open()

    def _approve(self, request: Any, result: int) -> None:

        if result != QMessageBox.StandardButton.Yes:
            self.state.setText(self.tr("Ikke godkendt."))
            return
        self.runner.start(
            self._approve_work,
            roster,
            request,
            own_certificates(self.paths, self.profile),
            on_done=lambda _r: self.refresh(),
            on_error=self._failed,
            daemon=True,
        )  # writes the roster on the share, which may hang

    def _approve_work(self, roster: Any, request: Any, certs: list[str]) -> Any:

        new, member = enrolment.approve(
            self.db,
            self.paths,
            self.profile,
            check_share(self.share),
            request.member.user_id,
            request.fingerprint,
            certs,
        )
        audit.append_now(
            self.db,
            self.profile.user_id,
            "team.approve",
            None,
            user=member.user_id,
            version=new.version,
        )
        return new

    def reject_request(self) -> None:
        request = self._selected_request()
        if request is None:
            self.state.setText(self.tr("Vælg først en anmodning."))
            return
        path = _rejected_path(self.paths)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(
            path,
            json.dumps(sorted(rejected(self.paths) | {request.fingerprint})).encode("utf-8"),
            mode=0o600,
        )
        self.refresh()

    def ask_revoke(self) -> None:
        member = self._selected_member()
        if member is None or member.revoked_at:
            self.state.setText(self.tr("Vælg først et aktivt medlem."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Tilbagekald medlem"),
            fill(
                self.tr(
                    "Tilbagekald %1? Nye underskrifter fra %1 tælles ikke, og "
                    "der kan ikke tildeles sager til %1."
                ),
                member.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._revoke(member, result))
        self.confirm = box
        box.open()

    def _revoke(self, member: Any, result: int) -> None:

        if result != QMessageBox.StandardButton.Yes:
            return
        self.runner.start(
            self._revoke_work,
            member.user_id,
            own_certificates(self.paths, self.profile),
            on_done=lambda _r: self.refresh(),
            on_error=self._failed,
            daemon=True,
        )  # writes the roster on the share, which may hang

    def _revoke_work(self, user_id: str, certs: list[str]) -> Any:

        try:
            share = check_share(self.share)
        except ShareError:
            share = None  # revoked here at once; the roster goes to the share at the next sync

        # what the member published up to now is held first: their signatures from before the
        # revocation stay valid by the order of that list (issue 28)
        take_lists_now(self.db, self.paths, share)
        new = enrolment.revoke(self.db, self.paths, self.profile, share, user_id, certs)
        audit.append_now(
            self.db, self.profile.user_id, "team.revoke", None, user=user_id, version=new.version
        )
        return new


def ask_trust_coordinator(
    parent: QWidget, paths: AppPaths, candidate: dict[str, Any], on_trusted: Any
) -> QMessageBox:
    """First sync: show the coordinator's code; the user compares it with the coordinator's
    screen and confirms. Only then is the key pinned."""

    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("TeamDialog", "Godkend teamets koordinator"),
        fill(
            translate(
                "TeamDialog",
                "Fællesmappen har en holdliste fra %1.\n\nKode: "
                "%2\n\nSammenlign koden med den, der står på koordinatorens "
                "skærm (Team → Medlemmer…). Er den ens?",
            ),
            candidate["name"],
            candidate["code"],
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def done(result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            roster.pin(paths, candidate["fingerprint"])
            log.info("coordinator pinned after comparing codes")
            on_trusted()

    box.finished.connect(done)
    box.open()
    return box
