"""An import report a person can act on: rejected rows first, then the same warning for many
rows as one group ("50 CPR-numre uden modulus 11-kontrol — tilladt siden 2007") whose rows
can be listed. Pure: the window and the CLI show the same groups."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.core.target_list import DuplicateRow, RowIssue
from udsat_desktop.core.text import Msg

MODULUS11 = "CPR-nummeret opfylder ikke modulus 11-kontrollen (tilladt siden 2007)"


@dataclass(frozen=True)
class IssueGroup:
    kind: str  # "warning" or "duplicate"
    title: Msg  # one line naming how many rows and why
    rows: tuple[RowIssue, ...]


def _template(reason: str) -> str:
    return getattr(reason, "template", reason)


def warning_groups(warnings: Iterable[RowIssue]) -> list[IssueGroup]:
    """Warnings with the same reason as one group, largest first."""
    by_reason: dict[str, list[RowIssue]] = {}
    for issue in warnings:
        by_reason.setdefault(_template(issue.reason), []).append(issue)
    groups = []
    for template, issues in by_reason.items():
        n, reason = len(issues), issues[0].reason
        if template == MODULUS11:
            title = one_or_many(
                n,
                Msg("{count} CPR-nummer uden modulus 11-kontrol — tilladt siden 2007", count=n),
                Msg("{count} CPR-numre uden modulus 11-kontrol — tilladt siden 2007", count=n),
            )
        else:
            title = one_or_many(
                n,
                Msg("{count} række: {reason}", count=n, reason=reason),
                Msg("{count} rækker: {reason}", count=n, reason=reason),
            )
        groups.append(IssueGroup("warning", title, tuple(issues)))
    groups.sort(key=lambda g: -len(g.rows))
    return groups


def duplicate_group(duplicates: Iterable[DuplicateRow]) -> IssueGroup | None:
    rows = tuple(
        RowIssue(
            d.row,
            Msg(
                "samme CPR-nummer som række {first_row}{same}",
                first_row=d.first_row,
                same=Msg(" (identisk)") if d.identical else "",
            ),
        )
        for d in duplicates
    )
    if not rows:
        return None
    n = len(rows)
    title = one_or_many(
        n,
        Msg(
            "{count} dublet sprunget over (kun den første række med et CPR-nummer importeres)",
            count=n,
        ),
        Msg(
            "{count} dubletter sprunget over (kun den første række med et CPR-nummer importeres)",
            count=n,
        ),
    )
    return IssueGroup("duplicate", title, rows)
