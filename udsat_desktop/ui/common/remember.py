"""Remembering the passphrase in the operating system's secret store (Windows Credential
Manager, macOS Keychain, the Secret Service on Linux) through `keyring`. Off by default: only
for a trusted computer, switched on in the settings. Where no secret store exists the feature
says so and nothing is stored anywhere else."""

from __future__ import annotations

import contextlib
import hashlib
import logging

from udsat_desktop.platform.paths import AppPaths

log = logging.getLogger(__name__)
SERVICE = "UdsatDesktop"


def _account(paths: AppPaths) -> str:
    """One entry per data folder; the name says nothing about the user or the data."""
    return "data-" + hashlib.sha256(str(paths.data).encode("utf-8")).hexdigest()[:16]


def available() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # a broken backend is the same as none
        return False


def remembered(paths: AppPaths) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, _account(paths))
    except Exception:
        log.info("no passphrase from the OS keyring")
        return None


def remember(paths: AppPaths, passphrase: str) -> bool:
    try:
        import keyring

        keyring.set_password(SERVICE, _account(paths), passphrase)
        return True
    except Exception:
        log.warning("the OS keyring refused to store the passphrase")
        return False


def forget(paths: AppPaths) -> None:
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):  # nothing stored: nothing to do
            keyring.delete_password(SERVICE, _account(paths))
    except Exception:
        log.info("nothing to forget in the OS keyring")
