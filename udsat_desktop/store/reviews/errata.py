"""Errata reach open reviews: an unsigned review moves to the newest revision (rettelse) of
its own template version when it is opened, with a notice of what changed kept on the review
until it is signed (audited). A signed review keeps its revision, and its PDF its bytes."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from udsat_desktop.core.checklist.errata import ErrataNotice, apply_revision
from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.models import Review, utcnow
from udsat_desktop.store.reviews.state import (
    READY,
    SIGNED,
    ReviewState,
    _state,
    back_to_draft,
)


def apply_errata_to(s: Session, row: Review, library: TemplateLibrary, user_id: str) -> bool:
    """Move an unsigned review to the newest revision of its version, in the caller's
    transaction. True when it moved. A removed answer sends a ready review back to draft: it
    must be answered again before signing."""
    if row.status == SIGNED:
        return False
    current = library.find(row.template_id, row.template_version, row.template_revision or 1)
    if current is None:
        return False  # a revision this installation does not have: nothing to compare with
    newest = library.newest_revision(current)
    if newest is None:
        return False
    answers, notice = apply_revision(current, newest, json.loads(row.answers or "{}"))
    if row.errata_notice:  # not yet signed since an earlier correction: told both
        earlier = ErrataNotice.from_json(json.loads(row.errata_notice))
        notice = ErrataNotice(
            notice.template_id,
            notice.version,
            earlier.from_revision,
            notice.to_revision,
            earlier.changes + notice.changes,
            earlier.removed + notice.removed,
        )
    row.template_revision = newest.revision
    row.answers = json.dumps(answers, ensure_ascii=False, sort_keys=True)
    row.errata_notice = json.dumps(notice.as_json(), ensure_ascii=False)
    row.updated_at = utcnow()
    if notice.removed and row.status == READY:
        back_to_draft(s, row, user_id)
    audit.append(
        s,
        user_id,
        "review.errata",
        row.case_id,
        review=row.review_key,
        template=current.key,
        old=current.revision,
        new=newest.revision,
        removed=len(notice.removed),
    )
    return True


def apply_errata(
    db: Database, review_id: int, user_id: str, library: TemplateLibrary
) -> ReviewState:
    """`apply_errata_to` in a transaction of its own; the review's state afterwards."""
    with db.session() as s:
        row = s.get(Review, review_id)
        assert row is not None
        apply_errata_to(s, row, library, user_id)
        return _state(row)
