"""Which signed version of a case is the current one.

A correction is a new version that names the review it replaces. The signed versions of a case
come from two places: reviews signed in this store, and records ingested from colleagues on the
share (verified, by their review key). A version is *superseded* when another signed version
of the case names it as replaced; the *latest* is the highest version no one replaces.
Meetings, packets, the dashboard, follow-up and `udsat summary` ask here, so they agree.

Two or more signed versions of one case that no other version replaces (other reviewers, or
one reviewer's parallel versions) are a *conflict* (issue 29): no version of such a case is
current until a coordinator decides which counts (`conflict_decision`, signed and shared
with the team). The newest decision on a case names the version in force and the versions it
overrules; those stay readable, marked as not in force. A version that arrives later and is
not overruled (a third review, or a correction of an overruled one) is a new conflict.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from udsat_desktop.core.literals import SOURCE_LOCAL, SOURCE_SHARE
from udsat_desktop.core.status import ReviewStatus
from udsat_desktop.store.db import Database

SIGNED = ReviewStatus.SIGNED.value

# only a summary whose every signer is on the roster counts (issue 13): an unknown or revoked
# signer's is kept and shown, never current
GOOD_VERDICTS = ("TRUSTED",)
_GOOD_SQL = "(" + ", ".join(f"'{v}'" for v in GOOD_VERDICTS) + ")"


@dataclass(frozen=True)
class SignedVersion:
    case_key: str
    review_key: str
    version: int
    replaces_key: str | None
    review_date: dt.date | None
    source: str  # "lokal" or "fællesmappe"
    answers: dict[str, object] | None = None  # local reviews only
    template: tuple[str, str] | None = None  # local reviews only: (id, version)
    record: dict[str, object] | None = None  # ingested records only


# the cases that may be in conflict: two or more signed versions known, or a decision
_MAYBE_CONFLICT_SQL = (
    "SELECT k FROM (SELECT case_key AS k FROM ingested_record WHERE verdict IN "
    f"{_GOOD_SQL} UNION ALL SELECT c2.case_key FROM review r2 "
    "JOIN \"case\" c2 ON c2.id = r2.case_id WHERE r2.status = 'underskrevet') "
    "GROUP BY k HAVING count(*) > 1 UNION SELECT case_key FROM conflict_decision"
)


def _collect(
    db: Database, case_key: str | None, *, light: bool = False
) -> dict[str, list[SignedVersion]]:
    """Every signed version (of one case, when given). `light`: keys, versions, what they
    replace and dates only, read in SQL (no answers or records parsed): what counting
    conflicts needs on every dashboard refresh."""
    con = db.reader()
    where, args = ("AND c.case_key = ?", (case_key,)) if case_key else ("", ())
    if light and not case_key:  # only a case with two signed versions (or a decision) can be
        where = f"AND c.case_key IN ({_MAYBE_CONFLICT_SQL})"  # in conflict: the rest is skipped
    found: dict[str, SignedVersion] = {}
    answers_sql = "NULL" if light else "r.answers"
    for key, ckey, version, replaced, day, answers, template_id, template_version in con.execute(
        "SELECT r.review_key, c.case_key, r.version, o.review_key, r.review_date, "
        f"{answers_sql}, r.template_id, r.template_version FROM review r "
        'JOIN "case" c ON c.id = r.case_id '
        "LEFT JOIN review o ON o.id = r.replaces_review_id "
        f"WHERE r.status = ? {where}",
        (SIGNED, *args),
    ):
        found[key] = SignedVersion(
            ckey,
            key,
            int(version),
            replaced,
            dt.date.fromisoformat(day) if day else None,
            SOURCE_LOCAL,
            answers=None if light else json.loads(answers or "{}"),
            template=(template_id, template_version),
        )
    _collect_ingested(con, case_key, args, light, found)
    by_case: dict[str, list[SignedVersion]] = {}
    for v in found.values():
        by_case.setdefault(v.case_key, []).append(v)
    for versions in by_case.values():
        versions.sort(key=lambda v: (v.version, v.review_date or dt.date.min, v.review_key))
    return by_case


def _collect_ingested(
    con: Any, case_key: str | None, args: tuple[str, ...], light: bool, found: dict[str, Any]
) -> None:
    """Colleagues' signed versions ingested from the share, into `found` (a review made here
    is kept as the local one)."""
    where = "AND case_key = ?" if case_key else ""
    if light and not case_key:
        where = f"AND case_key IN ({_MAYBE_CONFLICT_SQL})"
    if light:
        for key, ckey, day, version, replaced in con.execute(
            "SELECT review_key, case_key, review_date, json_extract(record, '$.version'), "
            "json_extract(record, '$.replaces_review_id') FROM ingested_record "
            f"WHERE verdict IN {_GOOD_SQL} {where}",
            args,
        ):
            if key in found:
                continue
            try:
                number = int(version or 1)
            except (ValueError, TypeError):
                continue
            found[key] = SignedVersion(
                ckey,
                key,
                number,
                replaced,
                dt.date.fromisoformat(day) if day else None,
                SOURCE_SHARE,
            )
    for key, ckey, day, text in (
        ()
        if light
        else con.execute(
            "SELECT review_key, case_key, review_date, record FROM ingested_record "
            f"WHERE verdict IN {_GOOD_SQL} {where}",
            args,
        )
    ):
        if key in found:
            continue
        try:
            record = json.loads(text)
            version = int(record.get("version") or 1)
        except (ValueError, TypeError, AttributeError):
            continue
        found[key] = SignedVersion(
            ckey,
            key,
            version,
            record.get("replaces_review_id"),
            dt.date.fromisoformat(day) if day else None,
            SOURCE_SHARE,
            record=record,
        )


@dataclass(frozen=True)
class Decision:
    """A coordinator's decision of which version of a case counts (the newest per case)."""

    decision_id: str
    case_key: str
    valid: str
    overruled: frozenset[str]
    reason: str
    decided_by: str
    decided_at: str
    source: str  # "lokal" or "fællesmappe"


def decisions(db: Database, case_key: str | None = None) -> dict[str, Decision]:
    """The newest decision of each case (of one case when `case_key` is given)."""
    where, args = ("WHERE case_key = ?", (case_key,)) if case_key else ("", ())
    out: dict[str, Decision] = {}
    for row in db.reader().execute(
        "SELECT decision_id, case_key, valid_review_key, overruled, reason, decided_by, "
        f"decided_at, source FROM conflict_decision {where} ORDER BY decided_at, decision_id",
        args,
    ):
        try:
            overruled = frozenset(str(k) for k in json.loads(row[3]))
        except (ValueError, TypeError):
            overruled = frozenset()
        out[row[1]] = Decision(row[0], row[1], row[2], overruled, row[4], row[5], row[6], row[7])
    return out


def current_of(versions: list[SignedVersion]) -> list[SignedVersion]:
    """The versions no other version replaces, lowest first."""
    replaced = {v.replaces_key for v in versions if v.replaces_key}
    return [v for v in versions if v.review_key not in replaced]


def in_force(versions: list[SignedVersion], decision: Decision | None) -> list[SignedVersion]:
    """The current versions a decision has not overruled: one is the case's version; more
    than one is an undecided conflict."""
    overruled = decision.overruled if decision is not None else frozenset()
    return [v for v in current_of(versions) if v.review_key not in overruled]


def _latest_of(
    versions: list[SignedVersion], decision: Decision | None = None
) -> SignedVersion | None:
    standing = in_force(versions, decision)
    return standing[0] if len(standing) == 1 else None


def signed_versions(db: Database, case_key: str) -> list[SignedVersion]:
    """Every signed version of a case, lowest version first."""
    return _collect(db, case_key).get(case_key, [])


def latest_signed(db: Database, case_key: str) -> SignedVersion | None:
    """The case's current signed version: the one version that no other replaces and no
    decision overrules. None when there is none, or when the case is in conflict."""
    return _latest_of(signed_versions(db, case_key), decisions(db, case_key).get(case_key))


def all_latest(db: Database) -> dict[str, SignedVersion]:
    """The current signed version of every case that has one and is not in conflict (three
    queries in all)."""
    decided = decisions(db)
    out = {}
    for case_key, versions in _collect(db, None).items():
        latest = _latest_of(versions, decided.get(case_key))
        if latest is not None:
            out[case_key] = latest
    return out


@dataclass(frozen=True)
class CaseConflict:
    """A case with two or more current signed versions: undecided (`open`) or decided."""

    case_key: str
    versions: list[SignedVersion]  # the current versions (the ones in conflict), lowest first
    decision: Decision | None
    open: bool  # undecided: more than one version is in force

    @property
    def state(self) -> str:
        return "konflikt" if self.open else "afgjort"

    def in_force_key(self) -> str | None:
        standing = in_force(self.versions, self.decision)
        return standing[0].review_key if len(standing) == 1 else None


def conflicts(
    db: Database, case_key: str | None = None, *, light: bool = False
) -> dict[str, CaseConflict]:
    """Every case with two or more current signed versions (of one case when given), decided
    or not; `open` says whether a coordinator still has to decide. `light`: the versions
    carry no answers or records (counting only)."""
    decided = decisions(db, case_key)
    out = {}
    for key, versions in _collect(db, case_key, light=light).items():
        current = current_of(versions)
        decision = decided.get(key)
        # a decided case stays listed (every member's app shows which review counts and
        # why), also where this store holds only one of its reviews
        if len(current) > 1 or (decision is not None and current):
            standing = in_force(versions, decision)
            out[key] = CaseConflict(key, current, decision, len(standing) > 1)
    return out


def open_conflict_keys(db: Database) -> set[str]:
    """The cases in an undecided conflict: counted once, as "konflikt", everywhere."""
    return {k for k, c in conflicts(db, light=True).items() if c.open}


def not_counted_keys(db: Database) -> set[str]:
    """Review keys whose facts count nowhere (dashboard, follow-up, Excel, stats): every
    version of an undecided conflict, and every version a decision overrules."""
    out: set[str] = set()
    for conflict in conflicts(db, light=True).values():
        keep = None if conflict.open else conflict.in_force_key()
        out |= {v.review_key for v in conflict.versions if v.review_key != keep}
    return out


def superseded_by(db: Database, case_key: str, review_key: str) -> SignedVersion | None:
    """The newer signed version that takes the place of `review_key`, or None when
    `review_key` is still the latest (or is not a signed version of the case)."""
    latest = latest_signed(db, case_key)
    if latest is None or latest.review_key == review_key:
        return None
    keys = {v.review_key for v in signed_versions(db, case_key)}
    return latest if review_key in keys else None


def superseded_keys(db: Database) -> set[str]:
    """Every review key, local or ingested, that a later signed version replaces."""
    con = db.reader()
    keys = {
        k
        for (k,) in con.execute(
            "SELECT o.review_key FROM review r JOIN review o ON o.id = r.replaces_review_id "
            "WHERE r.status = ?",
            (SIGNED,),
        )
    }
    keys |= {
        k
        for (k,) in con.execute(
            "SELECT json_extract(record, '$.replaces_review_id') FROM ingested_record "
            f"WHERE verdict IN {_GOOD_SQL} "
            "AND json_extract(record, '$.replaces_review_id') IS NOT NULL"
        )
    }
    return keys


def case_versions(db: Database, case_key: str) -> list[tuple[int, str, int | None]]:
    """(version, status, replaced by version) of every review of a case, local drafts
    included, for the case panel: a superseded version shows *Erstattet af version N*."""
    rows: dict[str, tuple[int, str]] = {}
    for key, version, status in db.reader().execute(
        "SELECT r.review_key, r.version, r.status FROM review r "
        'JOIN "case" c ON c.id = r.case_id WHERE c.case_key = ?',
        (case_key,),
    ):
        rows[key] = (int(version), status)
    signed = signed_versions(db, case_key)
    for v in signed:
        rows.setdefault(v.review_key, (v.version, SIGNED))
    replaced_by = {v.replaces_key: v.version for v in signed if v.replaces_key}
    return sorted(
        (version, status, replaced_by.get(key)) for key, (version, status) in rows.items()
    )


def journal_documents(
    db: Database, since: dt.date | None = None
) -> list[tuple[int, str, str, str, str, dt.date]]:
    """(case id, CPR, name, case key, review key, review date) of every signed review known
    here for the journal export: own ones and those ingested from the share, newest version
    per review key, oldest review date first; from `since` on when given."""
    reader = db.reader()
    rows: dict[str, tuple[int, str, str, str, str, dt.date]] = {}
    for case_id, cpr, name, case_key, review_key, day in reader.execute(
        "SELECT c.id, c.cpr, c.name, c.case_key, r.review_key, r.review_date "
        'FROM review r JOIN "case" c ON c.id = r.case_id WHERE r.status = ?',
        (SIGNED,),
    ):
        rows[review_key] = (case_id, cpr, name, case_key, review_key, _date(day))
    for case_id, cpr, name, case_key, review_key, day in reader.execute(
        "SELECT c.id, c.cpr, c.name, c.case_key, i.review_key, i.review_date "
        'FROM ingested_record i JOIN "case" c ON c.case_key = i.case_key'
    ):
        rows.setdefault(review_key, (case_id, cpr, name, case_key, review_key, _date(day)))
    found = sorted(rows.values(), key=lambda r: (r[5], r[3], r[4]))
    return [r for r in found if since is None or r[5] >= since]


def _date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
