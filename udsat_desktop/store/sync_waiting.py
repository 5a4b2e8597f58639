"""Whether a sync has work beyond reading the share, in plain SQL (issue 34): the assignment
batches already pulled, the conflict decisions held and those not yet published, the claims
still to be checked on the share. A sync that finds none of it (and nothing new on the share,
nothing in the outbox) loads no SQLAlchemy; the steps that do the work are in
store/sync_work.py and store/conflicts.py (ORM)."""

from __future__ import annotations

from udsat_desktop.core.literals import SOURCE_LOCAL
from udsat_desktop.store.db import Database

DONE = ("underskrevet", "synkroniseret", "afklaret")  # signed: the claim has done its work


def pulled_batch_names(db: Database) -> set[str]:
    """The assignment batches taken in (store.sync_work.pulled_batches, without the ORM)."""
    return {str(n) for (n,) in db.reader().execute("SELECT name FROM pulled_assignment")}


def refused_in(db: Database, folder: str) -> set[str]:
    """The names of the files remembered as refused directly in `folder` (a share-relative
    path): when one is gone, the step that lists the folder has a refusal to forget."""
    like = folder.rstrip("/").replace("%", r"\%").replace("_", r"\_") + "/%"
    rows = db.reader().execute(
        "SELECT path FROM share_refusal WHERE path LIKE ? ESCAPE '\\'", (like,)
    )
    cut = len(folder.rstrip("/")) + 1
    return {str(p)[cut:] for (p,) in rows if "/" not in str(p)[cut:]}


def decision_ids(db: Database) -> set[str]:
    """Every conflict decision held here (store.conflicts.known_decisions, without the ORM)."""
    return {str(d) for (d,) in db.reader().execute("SELECT decision_id FROM conflict_decision")}


def has_unpublished_decisions(db: Database) -> bool:
    """A decision made here, signed, not on the share yet (conflicts.unpublished_decisions)."""
    row = (
        db.reader()
        .execute(
            "SELECT 1 FROM conflict_decision WHERE source = ? AND published_at IS NULL "
            "AND signed IS NOT NULL LIMIT 1",
            (SOURCE_LOCAL,),
        )
        .fetchone()
    )
    return row is not None


def has_claims_to_check(db: Database) -> bool:
    """A queued claim, or one I hold on a case not yet signed: what the claims step tries or
    reads again on the share (store.sync_work.queued_claims, held_claims_in_progress)."""
    marks = ", ".join("?" for _ in DONE)
    row = (
        db.reader()
        .execute(
            "SELECT 1 FROM claim WHERE state = 'queued' UNION ALL "
            'SELECT 1 FROM claim JOIN "case" ON "case".case_key = claim.case_key '
            f"WHERE claim.state = 'held' AND \"case\".status NOT IN ({marks}) LIMIT 1",
            DONE,
        )
        .fetchone()
    )
    return row is not None
