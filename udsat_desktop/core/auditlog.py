"""Audit log entries as data: what an entry says and the Danish name of each action."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

ACTION_LABELS: dict[str, str] = {
    "import": "Indlæst fra målgruppeliste", "case.read": "Sagen vist", "search": "Søgning",
    "cpr.reveal": "CPR-nummer vist", "case.status": "Status ændret", "status": "Status ændret",
    "review.create": "Gennemgang startet", "review.read": "Gennemgang åbnet",
    "review.save": "Gennemgang gemt", "review.ready": "Klar til underskrift",
    "review.sign": "Gennemgang underskrevet", "review.correction": "Rettelse startet",
    "consent.change": "Samtykke registreret", "next_step.create": "Næste skridt oprettet",
    "next_step.status": "Næste skridt ændret", "next_step.edit": "Næste skridt rettet",
    "assign": "Tildelt medarbejder",
    "pull_assignment": "Tildeling hentet", "sync": "Synkroniseret", "ingest": "Indlæst fra "
    "fællesmappen", "meeting.add_case": "Sat på møde i rehabiliteringsteamet",
    "meeting.remove_case": "Taget af møde", "meeting.recommendation": "Teamets indstilling "
    "registreret", "print": "Udskrevet", "passphrase.change": "Adgangskode skiftet",
    "export": "Udtræk", "audit.export": "Adgangslog "
    "udleveret", "audit.purge": "Gamle logposter slettet",
}

# What an entry's details are called on screen (the stored keys stay as they are).
DETAIL_LABELS: dict[str, str] = {
    "review": "gennemgang", "meeting": "møde", "case_key": "sag", "batch": "parti",
    "file": "fil", "cases": "sager", "old": "før", "new": "efter", "step": "skridt",
    "by": "af", "to": "til", "pages": "sider", "copies": "kopier", "printer": "printer",
    "text": "søgt efter", "matches": "fundet", "kind": "art", "shared": "delt",
    "template": "skabelon", "replaces": "erstatter", "purpose": "formål", "status": "status",
    "form": "form", "type": "type", "fields": "felter", "source": "kilde",
    "imported": "indlæst", "updated": "opdateret", "rejected": "afviste", "verdict": "resultat",
    "recommendation": "indstilling", "see_again": "ses igen", "import_outline": "import",
    "old_type": "type før", "new_type": "type efter", "old_organisation": "ansvarlig før",
    "new_organisation": "ansvarlig efter", "old_deadline": "frist før",
    "new_deadline": "frist efter",
}


@dataclass(frozen=True)
class LogEntry:
    id: int
    at: dt.datetime
    user_id: str
    action: str
    case_id: int | None
    details: dict[str, Any]

    @property
    def label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


@dataclass(frozen=True)
class AccessLog:
    """What a citizen's access log shows (rendered by reports/access_log.py)."""

    case_key: str
    name: str
    cpr_masked: str
    entries: list[LogEntry]
    people: dict[str, str] = field(default_factory=dict)  # user id -> "name (organisation)"
    chain_ok: bool = True
