"""`udsat cases`: the case keys a coordinator needs for `assign`, `meeting add`, `summary` and
`hold`, headless. Pseudonymous on purpose: the key, status, priority, assignee and deadline,
never the citizen's name or CPR number (scripts and terminals keep what they print)."""

from __future__ import annotations

import argparse
from typing import Any

from udsat_desktop.cli_common import CliError, emit, open_store
from udsat_desktop.core.status import STATUS_LABELS, CaseStatus
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.handovers import handovers
from udsat_desktop.store.queue import UNASSIGNED, CaseFilter, CaseQueue, QueueColumn


def cmd_cases(args: argparse.Namespace, paths: AppPaths) -> int:
    statuses: frozenset[str] = frozenset()
    if args.status:
        wanted = {s.strip() for s in args.status.split(",") if s.strip()}
        known = {s.value for s in CaseStatus}
        unknown = sorted(wanted - known)
        if unknown:
            raise CliError(
                f"Ukendt status: {', '.join(unknown)} (kendte: {', '.join(sorted(known))})"
            )
        statuses = frozenset(wanted)
    reviewer = UNASSIGNED if args.unassigned else args.reviewer

    db, profile = open_store(paths)
    try:
        handed = handovers(db, profile.user_id)
        queue = CaseQueue(db)
        selection = CaseFilter(statuses=statuses, reviewer=reviewer)
        total = queue.count(selection)
        rows = queue.page(
            selection,
            QueueColumn.CASE_KEY,
            offset=0,
            limit=args.limit if args.limit > 0 else max(total, 1),
        )
    finally:
        db.close()
    cases: list[dict[str, Any]] = [
        {
            "case_key": r.case_key,
            "status": r.status,
            "priority": r.priority,
            "assigned_reviewer": r.assigned_reviewer,
            "deadline": r.deadline.isoformat() if r.deadline else None,
            # a case a coordinator took from me and gave to someone else (issue 29)
            "handed_over": (
                {"to": h.to_user, "by": h.by_user, "at": h.at}
                if (h := handed.get(r.case_key))
                else None
            ),
        }
        for r in rows
    ]

    def text() -> str:
        if not cases:
            return "Ingen sager"
        lines = [
            f"{c['case_key']}  {STATUS_LABELS.get(c['status'], c['status'])}"
            f"  prioritet {c['priority']}"
            + (f"  tildelt {c['assigned_reviewer']}" if c["assigned_reviewer"] else "")
            + (f"  frist {c['deadline']}" if c["deadline"] else "")
            + (
                f"  OBS: overdraget til {c['handed_over']['to']} af {c['handed_over']['by']} "
                f"({c['handed_over']['at']})"
                if c["handed_over"]
                else ""
            )
            for c in cases
        ]
        if total > len(cases):
            lines.append(f"({len(cases)} af {total}; brug --limit 0 for alle)")
        return "\n".join(lines)

    emit(args, {"total": total, "cases": cases}, text)
    return 0
