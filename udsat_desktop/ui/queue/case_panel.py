"""The case detail panel beside the queue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from udsat_desktop.core.cpr import mask_cpr
from udsat_desktop.core.status import (
    REVIEW_STATUS_LABELS,
    STATUS_LABELS,
    CaseStatus,
    Priority,
    ReviewStatus,
)
from udsat_desktop.store.queue import CaseDetail
from udsat_desktop.ui.common.i18n import domain, fill, fmt_date, fmt_percent, translate
from udsat_desktop.ui.queue.queue_model import flags_text


class CasePanel(QWidget):
    """Shows one case. The CPR number stays masked until the user asks to see it."""

    cpr_revealed = Signal(int)  # case id: revealing is an action that is recorded
    open_signed = Signal(int)  # case id: open its latest signed summary
    compare_versions = Signal(int)  # case id: compare two of its signed versions

    def __init__(
        self,
        reviewer_label: Callable[[str | None], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reviewer_label = reviewer_label or (lambda v: v or "")
        self.case: CaseDetail | None = None
        self._revealed = False
        self.title = QLabel(self.tr("Ingen sag valgt"))
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Sagens navn"))
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("case_key", self.tr("Sagsnøgle")),
            ("cpr", self.tr("CPR-nr.")),
            ("status", self.tr("Status")),
            ("priority", self.tr("Prioritet")),
            ("benefit_type", self.tr("Ydelse")),
            ("unemployment_pct", self.tr("Ledighed 10 år")),
            ("caseworker", self.tr("Sagsbehandler")),
            ("jobcenter_unit", self.tr("Enhed")),
            ("sof_contact", self.tr("SOF-kontakt")),
            ("assigned", self.tr("Tildelt")),
            ("start_date", self.tr("Startdato")),
            ("deadline", self.tr("Frist")),
            ("flags", self.tr("Markeringer")),
            ("note", self.tr("Bemærkning")),
            ("consents", self.tr("Samtykker")),
            ("reviews", self.tr("Gennemgange")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setAccessibleName(label)
            value.setTextInteractionFlags(
                value.textInteractionFlags() | value.textInteractionFlags().TextSelectableByMouse
            )
            self.fields[key] = value
            form.addRow(label + ":", value)
        self.reveal = QPushButton(self.tr("Vis &CPR"))
        self.reveal.setToolTip(self.tr("Vis det fulde CPR-nummer (registreres i loggen)"))
        self.reveal.setAccessibleName(self.tr("Vis CPR-nummer"))
        self.reveal.clicked.connect(self.toggle_cpr)
        self.reveal.setEnabled(False)
        self.open_pdf = QPushButton(self.tr("Åbn underskrevet &PDF"))
        self.open_pdf.setToolTip(self.tr("Åbn sagens seneste underskrevne sammenfatning"))
        self.open_pdf.setAccessibleName(self.tr("Åbn seneste underskrevne sammenfatning"))
        self.open_pdf.clicked.connect(lambda: self.case and self.open_signed.emit(self.case.id))
        self.open_pdf.setEnabled(False)
        self.compare = QPushButton(self.tr("Sammenlign v&ersioner…"))
        self.compare.setToolTip(
            self.tr("Sammenlign to underskrevne versioner af sagen felt for felt")
        )
        self.compare.clicked.connect(lambda: self.case and self.compare_versions.emit(self.case.id))
        self.compare.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.reveal)
        layout.addWidget(self.open_pdf)
        layout.addWidget(self.compare)
        layout.addStretch(1)
        self.setMinimumWidth(300)

    def show_case(
        self,
        case: CaseDetail | None,
        consents: list[tuple[str, ...]] | None = None,
        *,
        versions: list[tuple[int, str, int | None]] | None = None,
        keep_reveal: bool = False,
        handover: Any = None,
        conflict: Any = None,
        corrections: dict[int, tuple[str, tuple[tuple[str, str, str], ...]]] | None = None,
    ) -> None:
        """`versions`: (version, status label, replaced by version) of the case's reviews.
        `keep_reveal`: a refresh of the same case keeps a revealed CPR number shown.
        `handover`: the case was handed from me to someone else (store/conflicts.Handover);
        `conflict`: its signed reviews are in conflict, or were (store/versions.CaseConflict)."""
        revealed = (
            keep_reveal
            and self._revealed
            and case is not None
            and self.case is not None
            and self.case.id == case.id
        )
        self.case = case
        self._revealed = revealed
        self.reveal.setEnabled(case is not None)
        self.reveal.setText(self.tr("Skjul &CPR") if revealed else self.tr("Vis &CPR"))
        self.open_pdf.setEnabled(any(v[1] == ReviewStatus.SIGNED for v in versions or []))
        self.compare.setEnabled(sum(v[1] == ReviewStatus.SIGNED for v in versions or []) > 1)
        if case is None:
            self.title.setText(self.tr("Ingen sag valgt"))
            for label in self.fields.values():
                label.clear()
            return
        self.title.setText(case.name)
        pct = case.unemployment_pct
        values = {
            "case_key": case.case_key,
            "cpr": mask_cpr(case.cpr),
            "status": domain(STATUS_LABELS[CaseStatus(case.status)]),
            "priority": domain(Priority(case.priority).label),
            "benefit_type": case.benefit_type or "–",
            "unemployment_pct": "–" if pct is None else fmt_percent(pct),
            "caseworker": case.caseworker or "–",
            "jobcenter_unit": case.jobcenter_unit or "–",
            "sof_contact": case.sof_contact or "–",
            "assigned": self._reviewer_label(case.assigned_reviewer) or self.tr("Ikke tildelt"),
            "start_date": fmt_date(case.start_date) or "–",
            "deadline": fmt_date(case.deadline) or "–",
            "flags": flags_text(case) or "–",
            "note": case.note or "–",
            "consents": _consents_text(consents or []),
            "reviews": _versions_text(versions or [], corrections or {}),
        }
        if handover is not None:
            values["assigned"] += "\n" + fill(
                self.tr("OBS: overdraget fra dig til %1 af %2 den %3; din kladde er gemt"),
                self._reviewer_label(handover.to_user),
                self._reviewer_label(handover.by_user),
                _day(handover.at),
            )
        if conflict is not None:
            values["reviews"] += "\n" + self._conflict_text(conflict)
        if revealed:
            values["cpr"] = case.cpr
        for key, value in values.items():
            self.fields[key].setText(value)

    def _conflict_text(self, conflict: Any) -> str:
        if conflict.open:
            return fill(
                self.tr(
                    "Konflikt: %1 underskrevne gennemgange gælder samtidig; "  # never 1
                    "koordinatoren "
                    "vælger den gældende (Team → Konflikter)"
                ),
                len(conflict.versions),
            ) + "".join(
                "\n  "
                + fill(
                    self.tr("%1, version %2, underskrevet af %3"),
                    v.review_key,
                    v.version,
                    self._reviewer_label(str((v.record or {}).get("signed_by") or "")) or "–",
                )
                for v in conflict.versions
            )
        decision = conflict.decision
        return fill(
            self.tr("Gældende: %1 – valgt af %2 den %3: %4"),
            decision.valid,
            self._reviewer_label(decision.decided_by),
            _day(decision.decided_at),
            decision.reason,
        ) + "".join(
            "\n" + fill(self.tr("Ikke gældende: %1 (version %2)"), v.review_key, v.version)
            for v in conflict.versions
            if v.review_key in decision.overruled
        )

    def toggle_cpr(self) -> None:
        if self.case is None:
            return
        self._revealed = not self._revealed
        if self._revealed:
            self.fields["cpr"].setText(self.case.cpr)
            self.reveal.setText(self.tr("Skjul &CPR"))
            self.cpr_revealed.emit(self.case.id)
        else:
            self.fields["cpr"].setText(mask_cpr(self.case.cpr))
            self.reveal.setText(self.tr("Vis &CPR"))

    @property
    def cpr_shown(self) -> bool:
        return self._revealed


def _day(iso: str) -> str:
    try:
        return fmt_date(dt.date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


def _versions_text(
    versions: list[tuple[int, str, int | None]],
    corrections: dict[int, tuple[str, tuple[tuple[str, str, str], ...]]],
) -> str:
    if not versions:
        return translate("CasePanel", "Ingen")
    lines = []
    for version, status, replaced_by in versions:
        line = fill(
            translate("CasePanel", "Version %1: %2"),
            str(version),
            domain(REVIEW_STATUS_LABELS.get(status, status)),
        )
        if replaced_by is not None:
            line += " – " + fill(
                translate("CasePanel", "Erstattet af version %1"), str(replaced_by)
            )
        lines.append(line)
        if version in corrections:  # why and what (issue 29), as its summary prints it
            reason, changes = corrections[version]
            lines.append("  " + fill(translate("CasePanel", "Rettelse: %1"), reason or "–"))
            lines += [
                "  "
                + (
                    fill(translate("CasePanel", "%1 ændret"), label)
                    if old == "ændret"
                    else fill(translate("CasePanel", "%1: %2 → %3"), label, old, new)
                )
                for label, old, new in changes
            ]
    return "\n".join(lines)


def _consents_text(consents: list[tuple[str, ...]]) -> str:
    from udsat_desktop.ui.queue.consents_text import (
        consents_text,
    )  # lazy: launch, consent + templates +580 ms

    return consents_text(consents)
