"""What `udsat team ...` does with the share before its command: publish this member's
enrolment request and take a newer roster. Apart from `cli_team_list`, so that `udsat team
list` without a share loads no share, enrolment or sealing code (issue 34)."""

from __future__ import annotations

from pathlib import Path

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync.identity import publish_identity, refresh_trust, signed_share_id
from udsat_desktop.sync.share import ShareError, check_identity, check_share, ensure_layout


def join_share(
    db: Database, paths: AppPaths, profile: Profile, share_path: Path | None, *, required: bool
) -> Path | None:
    """The team's share after publishing my request and refreshing the roster from it; None
    when there is none or it cannot be used (ShareError instead when the command `required` it)."""
    if not required and share_path is None:
        return None
    try:
        share = check_share(share_path)
        # nothing is published to a folder that is not the team's share
        check_identity(share, paths.config, signed_share_id(db, paths))
        ensure_layout(share)
        publish_identity(db, paths, profile, share)
        refresh_trust(db, paths, share)
    except ShareError:
        if required:
            raise
        return None
    return share
