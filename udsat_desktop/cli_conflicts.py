"""`udsat conflicts list|show|decide`: cases with two or more signed reviews that do not
replace each other, and the coordinator's decision of which one counts (issue 29)."""

from __future__ import annotations

import argparse
from typing import Any

from udsat_desktop.cli_common import CliError, emit, open_store, share_of
from udsat_desktop.core.danish import count
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.conflicts import (
    compare_versions,
    conflict_view,
    conflict_views,
    corrections_of,
)
from udsat_desktop.store.versions import conflicts, signed_versions


def _review_line(r: dict[str, Any]) -> str:
    mark = {True: "  [gældende]", False: "  [ikke gældende]", None: ""}[r["in_force"]]
    return (
        f"  {r['review_id']}  version {r['version']}  {', '.join(r['reviewers']) or '–'}"
        f"  dato {r['review_date'] or '–'}  underskrevet {r['signed_at'] or '–'}{mark}"
    )


def _decision_lines(d: dict[str, Any] | None) -> list[str]:
    if d is None:
        return ["  Afventer koordinatorens valg (udsat conflicts decide)"]
    return [
        f"  Afgjort {d['decided_at']} af {d['decided_by_name'] or d['decided_by']}: "
        f"{d['valid']} gælder",
        f"  Begrundelse: {d['reason']}",
    ]


def cmd_conflicts_list(args: argparse.Namespace, paths: AppPaths) -> int:
    db, _profile = open_store(paths)
    try:
        views = [v.to_json() for v in conflict_views(db)]
    finally:
        db.close()
    for view in views:  # the list names reviews; `show` gives their fields
        for review in view["reviews"]:
            review.pop("fields", None)

    def text() -> str:
        if not views:
            return "Ingen konflikter"
        lines = []
        for view in views:
            lines.append(
                f"{view['case_key']}  {view['state']}  "
                f"({count(len(view['reviews']), 'gennemgang', 'gennemgange')})"
            )
            lines += [_review_line(r) for r in view["reviews"]]
            lines += _decision_lines(view["decision"])
        return "\n".join(lines)

    emit(
        args,
        {"conflicts": views, "open": sum(1 for v in views if v["state"] == "konflikt")},
        text,
    )
    return 0


def cmd_conflicts_show(args: argparse.Namespace, paths: AppPaths) -> int:
    db, _profile = open_store(paths)
    try:
        found = conflicts(db, args.case_key).get(args.case_key)
        if found is None:
            raise CliError(f"Sag {args.case_key} er ikke i konflikt (eller sagsnøglen er ukendt)")
        view = conflict_view(db, found).to_json()
    finally:
        db.close()

    def text() -> str:
        lines = [f"Sag {view['case_key']}: {view['state']}"]
        lines += [_review_line(r) for r in view["reviews"]]
        lines += _decision_lines(view["decision"])
        lines.append("Felter (* = forskellige):")
        labels: list[str] = []
        for r in view["reviews"]:
            labels += [k for k in r["fields"] if k not in labels]
        for label in labels:
            mark = "*" if label in view["differences"] else " "
            lines.append(f"{mark} {label}")
            for r in view["reviews"]:
                lines.append(f"    {r['review_id']}: {r['fields'].get(label, '–')}")
        return "\n".join(lines)

    emit(args, view, text)
    return 0


def cmd_conflicts_decide(args: argparse.Namespace, paths: AppPaths) -> int:
    from udsat_desktop.sync.decisions import decide  # lazy: list/show start-up +125 ms

    db, profile = open_store(paths)
    try:
        done = decide(
            db, paths, profile, share_of(args, paths), args.case_key, args.valid, args.reason or ""
        )
    finally:
        db.close()
    data = {
        "decision_id": done.decision_id,
        "case_key": done.case_key,
        "valid": done.valid,
        "overruled": done.overruled,
        "published": done.published,
        "share_problem": done.problem or None,
    }

    def text() -> str:
        line = (
            f"Sag {done.case_key}: {done.valid} er nu den gældende gennemgang "
            f"({', '.join(done.overruled)} gælder ikke)"
        )
        if done.published:
            return line + "\nAfgørelsen er underskrevet og lagt på fællesmappen til teamet"
        return (
            line + "\nAfgørelsen er gemt og underskrevet, men ikke lagt på fællesmappen endnu "
            f"({done.problem}); næste synkronisering lægger den der"
        )

    emit(args, data, text)
    return 0


def cmd_versions(args: argparse.Namespace, paths: AppPaths) -> int:
    """`udsat versions CASE-KEY [--compare A B]`: a case's signed versions with each
    correction's reason and changes; with --compare, any two versions field by field."""
    db, _profile = open_store(paths)
    try:
        versions = signed_versions(db, args.case_key)
        if not versions:
            raise CliError(
                f"Sag {args.case_key} har ingen underskrevne versioner "  # not a count
                "(eller er ukendt)"
            )
        corrections = corrections_of(db, args.case_key)
        compared = (
            compare_versions(db, args.case_key, args.compare[0], args.compare[1])
            if args.compare
            else None
        )
    finally:
        db.close()
    data: dict[str, Any] = {
        "case_key": args.case_key,
        "versions": [
            {
                "review_id": v.review_key,
                "version": v.version,
                "replaces": v.replaces_key,
                "review_date": v.review_date.isoformat() if v.review_date else None,
                "source": v.source,
                "correction": (
                    {
                        "reason": corrections[v.review_key][0],
                        "changes": [
                            {"field": f, "old": a, "new": b}
                            for f, a, b in corrections[v.review_key][1]
                        ],
                    }
                    if v.review_key in corrections
                    else None
                ),
            }
            for v in versions
        ],
    }
    if compared is not None:
        data["compare"] = {
            "first": args.compare[0],
            "second": args.compare[1],
            "fields": [
                {"field": f, "first": a, "second": b, "different": a != b} for f, a, b in compared
            ],
        }

    def text() -> str:
        lines = []
        for v in data["versions"]:
            lines.append(
                f"{v['review_id']}  version {v['version']}  {v['review_date'] or '–'}"
                + (f"  erstatter {v['replaces']}" if v["replaces"] else "")
            )
            if v["correction"]:
                lines.append(f"  rettelse: {v['correction']['reason']}")
                lines += [
                    f"    {c['field']}: {c['old']} → {c['new']}"
                    if c["old"] != "ændret"
                    else f"    {c['field']}: ændret"
                    for c in v["correction"]["changes"]
                ]
        if compared is not None:
            lines.append(f"Sammenligning {args.compare[0]} / {args.compare[1]} (* = forskellige):")
            for f, a, b in compared:
                lines.append(f"{'*' if a != b else ' '} {f}\n    {a}\n    {b}")
        return "\n".join(lines)

    emit(args, data, text)
    return 0
