"""Audit log entries as data: what an entry says and the Danish name of each action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from udsat_desktop.core.consent import ConsentStatus
from udsat_desktop.core.danish import count, format_date
from udsat_desktop.core.status import STATUS_LABELS, CaseStatus

if TYPE_CHECKING:
    from udsat_desktop.core.vocabulary import MergedVocabulary

ACTION_LABELS: dict[str, str] = {
    "import": "Indlæst fra målgruppeliste",
    "case.read": "Sagen vist",
    "search": "Søgning",
    "cpr.reveal": "CPR-nummer vist",
    "case.status": "Status ændret",
    "status": "Status ændret",
    "review.create": "Gennemgang startet",
    "review.read": "Gennemgang åbnet",
    "review.save": "Gennemgang gemt",
    "review.ready": "Klar til underskrift",
    "review.sign": "Gennemgang underskrevet",
    "review.correction": "Rettelse startet",
    "review.template": "Flyttet til ny skabelon",
    "review.errata": "Rettet skabelon anvendt",
    "consent.change": "Samtykke registreret",
    "next_step.create": "Næste skridt oprettet",
    "next_step.status": "Næste skridt ændret",
    "next_step.edit": "Næste skridt rettet",
    "assign": "Tildelt medarbejder",
    "pull_assignment": "Tildeling hentet",
    "sync": "Synkroniseret",
    "ingest": "Indlæst fra fællesmappen",
    "meeting.add_case": "Sat på møde",
    "meeting.remove_case": "Taget af møde",
    "meeting.packet": "Mødepakke bygget",
    "meeting.recommendation": "Teamets indstilling registreret",
    "print": "Udskrevet",
    "passphrase.change": "Adgangskode skiftet",
    "export": "Udtræk",
    "hold.set": "Sag tilbageholdt (klage/indsigt)",
    "hold.lift": "Tilbageholdelse ophævet",
    "retention.dry_run": "Prøvekørsel af sletning",
    "retention.run": "Sletning efter opbevaringstid",
    "retention.delete": "Sagens data slettet",
    "retention.rule": "Regel for bevaring og kassation registreret",
    "audit.export": "Adgangslog udleveret",
    "audit.purge": "Gamle logposter slettet",
    "trust.refused": "Fil fra fællesmappen afvist",
    "trust.refused_summary": "Filer fra fællesmappen afvist (samlet for en kørsel)",
    "team.approve": "Medlem godkendt",
    "team.revoke": "Medlem tilbagekaldt",
    "team.trust_coordinator": "Koordinator godkendt",
}

# What an entry's details are called on screen (the stored keys stay as they are).
DETAIL_LABELS: dict[str, str] = {
    "review": "gennemgang",
    "meeting": "møde",
    "case_key": "sag",
    "batch": "parti",
    "file": "fil",
    "cases": "sager",
    "old": "før",
    "new": "efter",
    "step": "skridt",
    "by": "af",
    "to": "til",
    "pages": "sider",
    "copies": "kopier",
    "printer": "printer",
    "text": "søgt efter",
    "matches": "fundet",
    "kind": "art",
    "shared": "delt",
    "template": "skabelon",
    "replaces": "erstatter",
    "purpose": "formål",
    "status": "status",
    "form": "form",
    "type": "type",
    "fields": "felter",
    "source": "kilde",
    "imported": "indlæst",
    "updated": "opdateret",
    "rejected": "afviste",
    "verdict": "resultat",
    "recommendation": "indstilling",
    "see_again": "ses igen",
    "import_outline": "import",
    "reason": "begrundelse",
    "user": "medarbejder",
    "version": "version",
    "fingerprint": "fingeraftryk",
    "old_type": "type før",
    "new_type": "type efter",
    "old_organisation": "ansvarlig før",
    "new_organisation": "ansvarlig efter",
    "old_deadline": "frist før",
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
class AccessLine:
    """One line of the citizen's access log: when, who, what and why, in plain Danish."""

    when: str
    who: str
    what: str
    purpose: str


@dataclass(frozen=True)
class AccessLog:
    """What a citizen's access log shows (rendered by reports/access_log.py)."""

    case_key: str
    name: str
    cpr_masked: str
    entries: list[LogEntry]
    people: dict[str, str] = field(default_factory=dict)  # user id -> "name (organisation)"
    chain_ok: bool = True
    lines: list[AccessLine] = field(default_factory=list)  # what the citizen reads
    # why the CPR number is processed: the template's legal basis, "label (reference)"
    cpr_basis: str = ""


# ------------------------------------------------------------------ the citizen's access log

SYSTEM_USER = "system"
SYSTEM_NAME = "Udsat Desktop (automatisk)"

# What happened, said to the citizen in plain Danish (the staff's own view keeps ACTION_LABELS).
CITIZEN_WHAT: dict[str, str] = {
    "import": "Dine oplysninger blev modtaget fra jobcentrets liste over borgere, taskforcen "
    "skal gennemgå",
    "case.read": "Din sag blev vist",
    "search": "Din sag blev vist i et søgeresultat",
    "cpr.reveal": "Dit fulde CPR-nummer blev vist",
    "case.status": "Sagens status blev ændret",
    "status": "Sagens status blev ændret",
    "review.create": "Gennemgangen af din sag begyndte",
    "review.read": "Gennemgangen af din sag blev åbnet",
    "review.save": "Gennemgangen af din sag blev skrevet og gemt",
    "review.ready": "Gennemgangen blev gjort klar til underskrift",
    "review.sign": "Gennemgangen blev underskrevet",
    "review.correction": "En rettelse af gennemgangen blev startet",
    "review.template": "Gennemgangen blev flyttet til en ny udgave af skemaet",
    "review.errata": "En rettelse af skemaet blev anvendt på gennemgangen af din sag",
    "consent.change": "Dit samtykke blev registreret",
    "next_step.create": "Et næste skridt blev aftalt",
    "next_step.status": "Et næste skridt blev ændret",
    "assign": "Sagen blev fordelt til en medarbejder",
    "pull_assignment": "Sagen blev hentet af den medarbejder, den er fordelt til",
    "sync": "Den underskrevne sammenfatning blev sendt krypteret til taskforcens fælles mappe",
    "ingest": "En kollegas underskrevne gennemgang af din sag blev modtaget",
    "meeting.add_case": "Sagen blev sat på et møde",
    "meeting.remove_case": "Sagen blev taget af et møde",
    "meeting.recommendation": "Mødets indstilling blev registreret",
    "meeting.packet": "Sammenfatningen af din sag indgik i en mødepakke",
    "print": "Oplysninger om din sag blev udskrevet",
    # an export says what left the program by its kind (EXPORT_WHAT); this is an unknown kind
    "export": "Oplysninger om din sag indgik i et udtræk fra Udsat Desktop (udtrækket kan have "
    "indeholdt dit navn og CPR-nummer)",
    "audit.export": "Denne log blev udleveret",
}
# Why, in plain Danish: the purpose the citizen is entitled to know (GDPR art. 15).
CITIZEN_PURPOSE: dict[str, str] = {
    "import": "Udvælgelse til taskforcens gennemgang",
    "search": "Finde en sag i taskforcens arbejdsliste",
    "cpr.reveal": "Sikre at det er den rigtige person",
    "consent.change": "Registrere hvad du har givet samtykke til",
    "next_step.create": "Aftale og følge op på din indsats",
    "next_step.status": "Aftale og følge op på din indsats",
    "assign": "Fordele arbejdet i taskforcen",
    "pull_assignment": "Fordele arbejdet i taskforcen",
    "sync": "Dele gennemgangen med taskforcens koordinator",
    "ingest": "Følge op på gennemgangen i taskforcen",
    "meeting.add_case": "Forberede et møde om din sag",
    "meeting.remove_case": "Forberede et møde om din sag",
    "meeting.recommendation": "Mødets indstilling i din sag",
    "meeting.packet": "Forberede et møde om din sag",
    "print": "Udskrift til brug i sagsbehandlingen",
    "export": "Brug af oplysningerne uden for Udsat Desktop i taskforcens arbejde",
    "audit.export": "Din ret til indsigt",
}
# An export ("export" entries) by its `kind`: each says truly what left the program, with or
# without the citizen's name and CPR number, and why. A kind not named here gets the cautious
# sentence of CITIZEN_WHAT["export"], never another kind's (tests/store/test_access_log_exports.py).
EXPORT_JOURNAL = "journalisering"  # flows/journal.py: signed summaries + manifest for the ESDH
EXPORT_MANAGEMENT = "excel"  # the dashboard's workbook: figures and a pseudonymous case list
EXPORT_SUMMARY = "summary"  # `udsat summary`: one signed summary written to a file
EXPORT_WHAT: dict[str, str] = {
    EXPORT_JOURNAL: "Den underskrevne sammenfatning af din sag blev udtrukket med dit navn og "
    "CPR-nummer til kommunens journalsystem (ESDH)",
    EXPORT_MANAGEMENT: "Din sag indgik i et udtræk til ledelsen (uden navn og CPR-nummer)",
    EXPORT_SUMMARY: "Den underskrevne sammenfatning af din sag blev gemt som en fil uden for "
    "Udsat Desktop",
}
EXPORT_PURPOSE: dict[str, str] = {
    EXPORT_JOURNAL: "Journalisering: sammenfatningen skal ligge på din sag i kommunen",
    EXPORT_MANAGEMENT: "Opgørelse af taskforcens fremdrift",
    EXPORT_SUMMARY: "Brug af sammenfatningen i sagsbehandlingen",
}
DEFAULT_PURPOSE = "Gennemgang og behandling af din sag i taskforcen"
COLLAPSED = ("review.save",)  # one line per session, however many autosaves


def _when(start: dt.datetime, end: dt.datetime | None = None) -> str:
    first = start.astimezone() if start.tzinfo else start
    text = f"{first:%d.%m.%Y} kl. {first:%H.%M}"
    if end is not None:
        last = end.astimezone() if end.tzinfo else end
        if f"{last:%H.%M}" != f"{first:%H.%M}":
            text += f"–{last:%H.%M}"
    return text


def citizen_what(entry: LogEntry) -> str:
    """What an entry says happened, to the citizen (an export by its kind)."""
    if entry.action == "export":
        kind = entry.details.get("kind")
        if isinstance(kind, str) and kind in EXPORT_WHAT:
            return EXPORT_WHAT[kind]
    return CITIZEN_WHAT.get(entry.action, entry.label)


def citizen_purpose(entry: LogEntry) -> str:
    """Why, to the citizen (an export by its kind)."""
    if entry.action == "export":
        kind = entry.details.get("kind")
        if isinstance(kind, str) and kind in EXPORT_PURPOSE:
            return EXPORT_PURPOSE[kind]
    return CITIZEN_PURPOSE.get(entry.action, DEFAULT_PURPOSE)


def access_lines(
    log: AccessLog, detail: Callable[[LogEntry], str] | None = None
) -> list[AccessLine]:
    """The log's entries as the citizen reads them: names, not ids; what and why in plain
    Danish; the autosaves of one session (one person, one day, nothing else between them)
    as one line. `detail` adds a plain fact to a line (a status, a consent's name)."""
    lines: list[AccessLine] = []
    run: list[LogEntry] = []

    def who(entry: LogEntry) -> str:
        if entry.user_id == SYSTEM_USER:
            return SYSTEM_NAME
        return log.people.get(entry.user_id, entry.user_id)

    def flush() -> None:
        if not run:
            return
        first, last = run[0], run[-1]
        what = citizen_what(first)
        if len(run) > 1:
            what += f" ({len(run)} gange)"
        lines.append(
            AccessLine(
                _when(first.at, last.at if len(run) > 1 else None),
                who(first),
                what,
                citizen_purpose(first),
            )
        )
        run.clear()

    for entry in log.entries:
        if entry.action in COLLAPSED:
            if run and (run[0].user_id != entry.user_id or run[0].at.date() != entry.at.date()):
                flush()
            run.append(entry)
            continue
        flush()
        what = citizen_what(entry)
        extra = detail(entry) if detail is not None else ""
        if extra:
            what += f": {extra}"
        lines.append(
            AccessLine(
                _when(entry.at),
                who(entry),
                what,
                citizen_purpose(entry),
            )
        )
    flush()
    return lines


def citizen_detail(entry: LogEntry, vocabulary: MergedVocabulary | None = None) -> str:
    """The one plain fact a line of the citizen's log adds, or "" (internal keys, file names
    and search criteria are never shown)."""

    d = entry.details

    def status(value: Any) -> str:
        try:
            return STATUS_LABELS[CaseStatus(value)]
        except ValueError:
            return str(value)

    if entry.action in ("case.status", "status") and d.get("new"):
        return f"{status(d.get('old'))} → {status(d['new'])}" if d.get("old") else status(d["new"])
    if entry.action == "consent.change" and d.get("purpose"):
        label = vocabulary.consent_label(d["purpose"]) if vocabulary else d["purpose"]
        try:
            given = ConsentStatus(str(d.get("status"))).label.lower()
        except ValueError:
            given = ""
        return f"{label} ({given})" if given else label
    if entry.action == "next_step.create" and d.get("type"):
        return vocabulary.step_label(d["type"]) if vocabulary else str(d["type"])
    if entry.action.startswith("meeting.") and d.get("meeting"):
        text = f"møde den {format_date(dt.date.fromisoformat(str(d['meeting'])[:10]))}"
        if d.get("recommendation"):
            text += f", indstilling: {d['recommendation']}"
        return text
    if entry.action == "print" and d.get("pages"):
        return count(int(d["pages"]), "side", "sider")
    return ""
