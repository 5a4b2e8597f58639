"""Every `udsat` command's arguments, and the group module that runs it (`cli_setup`,
`cli_stats`, `cli_cases`, `cli_signing`, `cli_sync` (`cli_sync_round` for `sync`),
`cli_conflicts`, `cli_meetings`, `cli_audit`, `cli_team` (`cli_team_list` for `team list`),
`cli_archive`). A group's module,
with what its commands need (the store, the share, the PDF renderer), is imported when one of
its commands runs, not when `udsat` starts: `udsat --help` and `udsat stats` load only what
they use."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import import_module
from typing import Any

from udsat_desktop.core.status import Organisation, Role
from udsat_desktop.platform.paths import AppPaths

Handler = Callable[[argparse.Namespace, AppPaths], int]


def _command(group: str, name: str) -> Handler:
    """`udsat_desktop.<group>.<name>`, imported when the command runs."""

    def run(args: argparse.Namespace, paths: AppPaths) -> int:
        module = import_module(f"udsat_desktop.{group}")  # lazy: start-up, all groups +4.5 s
        handler: Handler = getattr(module, name)
        return handler(args, paths)

    return run


# -------------------- cli_setup


def add_init(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="opret brugerprofil og krypteret database")
    p.add_argument("--name", required=True)
    p.add_argument("--initials", required=True)
    p.add_argument("--org", required=True, choices=[o.value for o in Organisation])
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument(
        "--coordinator",
        metavar="FINGERPRINT",
        help="koordinatorens fingeraftryk (koden på koordinatorens skærm)",
    )
    p.set_defaults(func=_command("cli_setup", "cmd_init"))


def add_import(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="importér målgruppeliste (CSV/XLSX)")
    p.add_argument("file")
    p.add_argument(
        "--map", metavar="MAPPING", help="kolonneopsætning: 'felt=Kolonne,...' eller en JSON-fil"
    )
    p.add_argument(
        "--header-row",
        metavar="N",
        type=_row_number,
        help="rækken med kolonneoverskrifterne (1 = første række), hvis den ikke findes selv",
    )
    p.set_defaults(func=_command("cli_setup", "cmd_import"))


def _row_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"skal være et rækkenummer (1 eller mere): {text}"
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"skal være et rækkenummer (1 eller mere): {text}")
    return value


def add_demo(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="tilføj syntetiske demosager")
    p.add_argument("--cases", type=int, default=2737)
    p.add_argument(
        "--reviews",
        type=int,
        default=0,
        help="også så mange færdige gennemgange (halvdelen klar til underskrift)",
    )
    p.add_argument("--seed", type=int, default=2737)
    p.set_defaults(func=_command("cli_demo", "cmd_demo"))


def add_stats(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("stats", parents=[common], help="antal sager i alt og pr. status")
    p.set_defaults(func=_command("cli_stats", "cmd_stats"))


def add_config(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("config", parents=[common], help="vis eller ændr indstillinger")
    p.add_argument("--share", metavar="PATH", help="fællesmappen ('' for ingen)")
    p.add_argument(
        "--new-share",
        action="store_true",
        help="opret en ny fællesmappe, selv om programmet kender en anden",
    )
    p.add_argument("--tsa", metavar="URL", help="tidsstemplingsserver ('' for ingen)")
    p.add_argument("--lock-minutes", type=int, metavar="N", help="lås efter N minutter (0: aldrig)")
    p.add_argument("--language", metavar="SPROG", help="da eller en")
    p.add_argument(
        "--case-retention-years",
        type=int,
        metavar="N",
        help="afsluttede sagers data slettes N år efter sidste ændring",
    )
    p.add_argument(
        "--share-timeout",
        type=int,
        metavar="SEKUNDER",
        help="opgiv en handling på fællesmappen efter så mange sekunder (standard 10)",
    )
    p.set_defaults(func=_command("cli_setup", "cmd_config"))


# -------------------- cli_cases


def add_cases(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "cases", parents=[common], help="sagsnøgler med status (uden navne og CPR-numre)"
    )
    p.add_argument(
        "--status",
        metavar="STATUS[,STATUS]",
        help="kun sager med disse statusser (fx ny,under_gennemgang)",
    )
    who = p.add_mutually_exclusive_group()
    who.add_argument("--reviewer", metavar="BRUGER-ID", help="kun sager tildelt denne bruger")
    who.add_argument("--unassigned", action="store_true", help="kun sager uden gennemgåer")
    p.add_argument(
        "--limit", type=int, default=200, metavar="N", help="højst N sager (standard 200; 0: alle)"
    )
    p.set_defaults(func=_command("cli_cases", "cmd_cases"))


# -------------------- cli_signing


def add_sign(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sign",
        parents=[common],
        help="underskriv gennemgange, der er klar (nøgle: UDSAT_KEY_PASSPHRASE)",
    )
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--ready", action="store_true", help="alle gennemgange klar til underskrift")
    mode.add_argument("--cosign", metavar="FILE", help="medunderskriv en underskrevet PDF")
    p.add_argument(
        "--despite-handover",
        action="store_true",
        help="underskriv også gennemgange af sager, som koordinatoren har overdraget til en "
        "anden (sagen får to underskrevne gennemgange; koordinatoren vælger den gældende)",
    )
    p.add_argument(
        "--tsa",
        metavar="URL",
        help="tidsstemplingsserver (RFC 3161) for PAdES B-T; standard: indstillingen",
    )
    p.set_defaults(func=_command("cli_signing", "cmd_sign"))


def add_key(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "key",
        parents=[common],
        help="signeringsnøgle: vis eller importér en .p12 fra organisationen",
    )
    key_sub = p.add_subparsers(dest="key_command", required=True, metavar="HANDLING")
    k = key_sub.add_parser("show", parents=[common], help="vis certifikatet")
    k.set_defaults(func=_command("cli_signing", "cmd_key"))
    k = key_sub.add_parser(
        "create",
        parents=[common],
        help="opret signeringsnøglen nu (adgangskode: UDSAT_KEY_PASSPHRASE eller spørges to gange)",
    )
    k.set_defaults(func=_command("cli_signing", "cmd_key"))
    k = key_sub.add_parser(
        "import", parents=[common], help="importér en .p12 (adgangskode: UDSAT_KEY_PASSPHRASE)"
    )
    k.add_argument("file", metavar="FILE")
    k.add_argument(
        "--replace",
        action="store_true",
        help="erstat en eksisterende nøgle (den gamle gemmes som backup)",
    )
    k.set_defaults(func=_command("cli_signing", "cmd_key"))


def add_summary(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "summary", parents=[common], help="skriv sagens seneste underskrevne sammenfatning"
    )
    p.add_argument("case_key", metavar="CASE-KEY")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.set_defaults(func=_command("cli_summary", "cmd_summary"))


def add_verify(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("verify", parents=[common], help="kontrollér underskrifter i PDF-filer")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=_command("cli_verify", "cmd_verify"))


# -------------------- cli_sync


SYNC_EPILOG = (
    "Afslutningsstatus: 0 synkroniseret; 1 noget kunne ikke synkroniseres (eller "
    "fællesmappen kan ikke nås); 3 synkroniseret, men filer på fællesmappen blev afvist "
    '(de står i linjerne »afvist fil på fællesmappen« og under "refused" med --json).'
)


def add_sync(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sync",
        parents=[common],
        help="synkronisér med fællesmappen (udbakke, tildelinger, krav)",
        epilog=SYNC_EPILOG,
    )
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.add_argument(
        "--wait",
        type=float,
        default=30.0,
        metavar="SEKUNDER",
        help="vent så længe på en synkronisering, der allerede kører (standard 30)",
    )
    p.set_defaults(func=_command("cli_sync_round", "cmd_sync"))


def add_pull(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("pull", parents=[common], help="hent mine tildelte sager")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.set_defaults(func=_command("cli_sync", "cmd_pull"))


def add_assign(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "assign", parents=[common], help="tildel sager til en medarbejder (koordinator)"
    )
    p.add_argument("--to", required=True, metavar="USER", help="medarbejderens bruger-id")
    p.add_argument("case_keys", nargs="+", metavar="CASE-KEY")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.set_defaults(func=_command("cli_sync", "cmd_assign"))


def add_ingest(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "ingest", parents=[common], help="indlæs teamets gennemgange fra fællesmappen (koordinator)"
    )
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.add_argument(
        "--full",
        action="store_true",
        help="kontrollér alle PDF'er igen, også dem der er indlæst før",
    )
    p.set_defaults(func=_command("cli_sync", "cmd_ingest"))


def add_packet(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "packet", parents=[common], help="byg mødepakken til et planlagt møde i forummet"
    )
    p.add_argument(
        "--meeting",
        required=True,
        metavar="DATE",
        help="mødets dato, fx 2026-12-03 eller 03.12.2026",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="mappe til pakken")
    p.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    p.set_defaults(func=_command("cli_packet", "cmd_packet"))


# -------------------- cli_conflicts


def add_versions(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "versions",
        parents=[common],
        help="sagens underskrevne versioner, rettelsernes begrundelser; sammenlign to",
    )
    p.add_argument("case_key", metavar="CASE-KEY")
    p.add_argument(
        "--compare",
        nargs=2,
        metavar=("REVIEW-ID", "REVIEW-ID"),
        help="sammenlign to versioner felt for felt",
    )
    p.set_defaults(func=_command("cli_conflicts", "cmd_versions"))


def add_conflicts(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "conflicts",
        parents=[common],
        help="sager med flere underskrevne gennemgange; vælg den gældende (koordinator)",
    )
    c_sub = p.add_subparsers(dest="conflicts_command", required=True, metavar="HANDLING")
    c = c_sub.add_parser("list", parents=[common], help="vis sager i konflikt")
    c.set_defaults(func=_command("cli_conflicts", "cmd_conflicts_list"))
    c = c_sub.add_parser(
        "show", parents=[common], help="vis gennemgangene side om side med forskellene"
    )
    c.add_argument("case_key", metavar="CASE-KEY")
    c.set_defaults(func=_command("cli_conflicts", "cmd_conflicts_show"))
    c = c_sub.add_parser(
        "decide",
        parents=[common],
        help="vælg den gældende gennemgang med en begrundelse (koordinator)",
    )
    c.add_argument("case_key", metavar="CASE-KEY")
    c.add_argument("--valid", required=True, metavar="REVIEW-ID", help="den gældende gennemgang")
    c.add_argument(
        "--reason", required=True, metavar="TEXT", help="begrundelsen, som hele teamet ser"
    )
    c.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    c.set_defaults(func=_command("cli_conflicts", "cmd_conflicts_decide"))


# -------------------- cli_meetings


def add_meeting(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "meeting",
        parents=[common],
        help="planlæg møder i forummet, skabelonen nævner (koordinator)",
    )
    meeting_sub = p.add_subparsers(dest="meeting_command", required=True, metavar="HANDLING")
    m = meeting_sub.add_parser("new", parents=[common], help="opret et møde")
    m.add_argument("--date", required=True, metavar="D", help="fx 2026-12-03")
    m.add_argument("--time", required=True, metavar="T", help="starttid, fx 09:30")
    m.add_argument("--place", metavar="P", help="sted")
    m.add_argument("--minutes", type=int, metavar="N", help="minutter pr. sag (standard 20)")
    m.set_defaults(func=_command("cli_meetings", "cmd_meeting"))
    m = meeting_sub.add_parser(
        "candidates",
        parents=[common],
        help="sager, hvis seneste underskrevne gennemgang beder om at forelægge dem for forummet",
    )
    m.set_defaults(func=_command("cli_meetings", "cmd_meeting"))
    m = meeting_sub.add_parser("add", parents=[common], help="sæt sager på et møde")
    m.add_argument("--date", required=True, metavar="D")
    m.add_argument("case_keys", nargs="+", metavar="CASE-KEY")
    m.set_defaults(func=_command("cli_meetings", "cmd_meeting"))
    m = meeting_sub.add_parser("list", parents=[common], help="alle møder og deres sager")
    m.set_defaults(func=_command("cli_meetings", "cmd_meeting"))


# -------------------- cli_audit


def add_audit(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common], help="revisionslog: kontrol og udtræk")
    audit_sub = p.add_subparsers(dest="audit_command", required=True, metavar="HANDLING")
    a = audit_sub.add_parser(
        "verify", parents=[common], help="kontrollér hele kæden; exit 1 og første brudte post"
    )
    a.set_defaults(func=_command("cli_audit", "cmd_audit"))
    a = audit_sub.add_parser(
        "purge", parents=[common], help="koordinator: slet poster ældre end opbevaringstiden"
    )
    a.add_argument("--years", type=int, help="standard: indstillingen (5 år)")
    a.set_defaults(func=_command("cli_audit", "cmd_audit"))
    a = audit_sub.add_parser("export", parents=[common], help="borgerens adgangslog som PDF")
    a.add_argument("--case", required=True, metavar="CASE-KEY")
    a.add_argument("--out", required=True, metavar="FILE")
    a.set_defaults(func=_command("cli_audit", "cmd_audit"))


def add_retention(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "retention",
        parents=[common],
        help="koordinator: slet afsluttede sagers data efter opbevaringstiden",
    )
    p.add_argument("--dry-run", action="store_true", help="vis kun hvad der ville blive slettet")
    p.add_argument(
        "--years",
        type=int,
        help="uden kommunal regel; standard: indstillingen (case_retention_years)",
    )
    p.set_defaults(func=_command("cli_audit", "cmd_retention"))
    p = sub.add_parser(
        "retention-rule",
        parents=[common],
        help="koordinator: kommunens regel for bevaring og kassation (KLE-gruppe, beslutning)",
    )
    rule_sub = p.add_subparsers(dest="rule_command", required=True, metavar="HANDLING")
    r = rule_sub.add_parser("set", parents=[common], help="registrér reglen")
    r.add_argument(
        "--kle", required=True, metavar="GRUPPE", help="KLE-gruppe: NN, NN.NN eller NN.NN.NN"
    )
    r.add_argument("--disposition", required=True, choices=("bevaring", "kassation"))
    r.add_argument("--years", type=int, help="kassation: antal år efter sagens sidste ændring")
    r.add_argument("--decision", required=True, metavar="REFERENCE", help="beslutningens reference")
    r.add_argument(
        "--default",
        action="store_true",
        help="reglens KLE-gruppe gælder også sager uden egen KLE-gruppe",
    )
    r.set_defaults(func=_command("cli_audit", "cmd_retention_rule"))
    r = rule_sub.add_parser("show", parents=[common], help="vis reglen")
    r.set_defaults(func=_command("cli_audit", "cmd_retention_rule"))


def add_hold(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "hold",
        parents=[common],
        help="koordinator: tilbagehold en sag (klage, indsigt) mod sletning",
    )
    hold_sub = p.add_subparsers(dest="hold_command", required=True, metavar="HANDLING")
    h = hold_sub.add_parser("set", parents=[common], help="tilbagehold en sag")
    h.add_argument("case", metavar="CASE-KEY")
    h.add_argument("--reason", required=True, choices=("klage", "indsigt"))
    h.add_argument("--note", default=None)
    h.set_defaults(func=_command("cli_audit", "cmd_hold"))
    h = hold_sub.add_parser("lift", parents=[common], help="ophæv en tilbageholdelse")
    h.add_argument("case", metavar="CASE-KEY")
    h.set_defaults(func=_command("cli_audit", "cmd_hold"))
    h = hold_sub.add_parser("list", parents=[common], help="vis tilbageholdte sager")
    h.set_defaults(func=_command("cli_audit", "cmd_hold"))


# -------------------- cli_team


def add_team(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("team", parents=[common], help="teamets holdliste: medlemmer og anmodninger")
    team_sub = p.add_subparsers(dest="team_command", required=True, metavar="HANDLING")
    t = team_sub.add_parser("list", parents=[common], help="holdlisten, som programmet har den")
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=_command("cli_team_list", "cmd_team_list"))  # reads only, quick start
    t = team_sub.add_parser(
        "requests", parents=[common], help="anmodninger om optagelse på fællesmappen (koordinator)"
    )
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=_command("cli_team", "cmd_team"))
    t = team_sub.add_parser(
        "approve", parents=[common], help="godkend en anmodning efter at have sammenlignet koden"
    )
    t.add_argument("user_id", metavar="USER-ID")
    t.add_argument(
        "--fingerprint", required=True, metavar="FP", help="medarbejderens kode eller fingeraftryk"
    )
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=_command("cli_team", "cmd_team"))
    t = team_sub.add_parser(
        "role", parents=[common], help="giv et medlem en anden rolle (koordinatorens beslutning)"
    )
    t.add_argument("user_id", metavar="USER-ID")
    t.add_argument("role", choices=("coordinator", "reviewer"), metavar="coordinator|reviewer")
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=_command("cli_team", "cmd_team"))
    t = team_sub.add_parser(
        "confirm-roster",
        parents=[common],
        help="tag en holdliste i brug, der fjerner dig som koordinator (efter aftale)",
    )
    t.add_argument("version", type=int, metavar="VERSION")
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=_command("cli_team", "cmd_team"))
    t = team_sub.add_parser("revoke", parents=[common], help="tilbagekald et medlem")
    t.add_argument("user_id", metavar="USER-ID")
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=_command("cli_team", "cmd_team"))
    t = team_sub.add_parser(
        "trust-coordinator",
        parents=[common],
        help="godkend koordinatorens nøgle (koden fra koordinatorens skærm)",
    )
    t.add_argument("fingerprint", metavar="FINGERPRINT")
    t.add_argument("--share", metavar="PATH", help="fællesmappe (standard: indstillingen)")
    t.set_defaults(func=_command("cli_team", "cmd_team"))


# -------------------- cli_archive


def add_ltv_and_journal(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "ltv", parents=[common], help="tilføj valideringsdata (PAdES B-LT; B-LTA med tidsstempling)"
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--tsa",
        metavar="URL",
        help="tidsstemplingsserver for arkivtidsstemplet; standard: indstillingen",
    )
    p.set_defaults(func=_command("cli_archive", "cmd_ltv"))
    p = sub.add_parser("journal", parents=[common], help="eksport til journalisering")
    journal_sub = p.add_subparsers(dest="journal_command", required=True, metavar="HANDLING")
    j = journal_sub.add_parser(
        "export",
        parents=[common],
        help="underskrevne sammenfatninger (PDF/A) og manifest (CSV, JSON)",
    )
    j.add_argument("--out", required=True, metavar="DIR")
    j.add_argument("--since", metavar="D", help="kun gennemgange fra denne dato")
    j.add_argument("--share", metavar="PATH", help="fællesmappen; standard: indstillingen")
    j.set_defaults(func=_command("cli_archive", "cmd_journal"))
