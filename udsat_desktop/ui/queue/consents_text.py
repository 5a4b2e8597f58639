"""The case panel's consents as text (ui/queue/case_panel.py): each purpose named as the
templates name it, with its status and how and when it was given. Kept apart so the panel loads
the consent model and the template library (+580 ms) at the first case shown, not at launch."""

from __future__ import annotations

import datetime as dt

from udsat_desktop.core.consent import ConsentForm, ConsentStatus
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.ui.common.i18n import domain, fmt_date, translate


def consents_text(consents: list[tuple[str, ...]]) -> str:
    """The case panel's consent lines, one bullet per consent, each named as the template it
    was recorded under names it (issue 30; the newest template's words for older records)."""
    library = default_library(None)

    if not consents:
        return translate("CasePanel", "Ingen registreret")
    lines = []
    for purpose, status, form, given, *made_with in consents:
        key = made_with[0] if made_with else ""
        ref = tuple(key.split("@", 1)) if "@" in key else None
        vocab = library.read_through(ref)  # type: ignore[arg-type]
        date = fmt_date(dt.date.fromisoformat(given[:10])) if given else ""
        # a colleague's review in force says the status, not the form: its date is the review's
        how = f"{domain(ConsentForm(form).label).lower()}, {date}" if form else date
        lines.append(
            f"• {domain(vocab.consent_label(purpose))}: "  # one bullet per consent
            f"{domain(ConsentStatus(status).label)}" + (f" ({how})" if how else "")
        )
    return "\n".join(lines)
