"""Remembering the passphrase in the OS keyring: off by default, used when switched on,
forgotten when switched off or when it no longer opens the store."""

from __future__ import annotations

import argparse

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.conftest import PASSPHRASE
from udsat_desktop.platform.settings import load_settings, update_settings
from udsat_desktop.ui.common import remember
from udsat_desktop.ui.startup import obtain_store


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.items:
            raise PasswordDeleteError("none")
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


ARGS = argparse.Namespace(demo=False, smoke=False, cases=0)


def test_off_by_default_and_nothing_stored(store, paths, memory_keyring, monkeypatch):
    store[0].close()
    monkeypatch.delenv("UDSAT_PASSPHRASE", raising=False)
    assert load_settings(paths.config).remember_passphrase is False
    assert remember.remembered(paths) is None and not memory_keyring.items


def test_remembered_passphrase_opens_and_a_stale_one_is_forgotten(
    store, paths, memory_keyring, monkeypatch, qapp
):
    store[0].close()
    monkeypatch.delenv("UDSAT_PASSPHRASE", raising=False)
    update_settings(paths.config, remember_passphrase=True)
    assert remember.available()
    remember.remember(paths, PASSPHRASE)
    (account,) = [a for _s, a in memory_keyring.items]
    assert PASSPHRASE not in account and str(paths.data) not in account
    opened = obtain_store(ARGS, paths)
    assert opened is not None
    opened[0].close()
    # a passphrase changed elsewhere: the stale one is dropped, the user is asked instead
    remember.remember(paths, "en-gammel-kode")
    from udsat_desktop.ui import start_dialogs as dialogs

    monkeypatch.setattr(dialogs.UnlockDialog, "exec", lambda self: 0)  # the user cancels
    assert obtain_store(ARGS, paths) is None
    assert not memory_keyring.items


def test_switching_it_off_in_settings_forgets(store, paths, memory_keyring, qtbot):
    from udsat_desktop.ui.team.settings_dialog import SettingsDialog

    _db, profile = store
    update_settings(paths.config, remember_passphrase=True)
    remember.remember(paths, PASSPHRASE)
    dialog = SettingsDialog(paths, profile)
    qtbot.addWidget(dialog)
    assert dialog.remember.isChecked() and dialog.remember.isEnabled()
    dialog.remember.setChecked(False)
    dialog.save()
    assert not load_settings(paths.config).remember_passphrase
    assert not memory_keyring.items


def test_the_remembered_passphrase_is_fetched_and_derived_beside_qt(
    store, paths, memory_keyring, monkeypatch, qapp
):
    """A trusted computer's start (`app.start_key`): the keyring's passphrase is read and its
    key derived on the KDF's thread while Qt imports, and the store opens with that key; a
    stale one is still forgotten and the user asked (issue 34)."""
    from udsat_desktop.app import start_key
    from udsat_desktop.platform.kdf import KeyInfo

    store[0].close()
    monkeypatch.delenv("UDSAT_PASSPHRASE", raising=False)
    assert start_key(ARGS, paths) == (None, False)  # off: the unlock dialog asks
    update_settings(paths.config, remember_passphrase=True)
    remember.remember(paths, PASSPHRASE)
    early, from_keyring = start_key(ARGS, paths)
    assert from_keyring and early is not None
    key = early.result()
    assert early.passphrase() == PASSPHRASE
    assert key == KeyInfo.load(paths.keyinfo).derive(PASSPHRASE)
    opened = obtain_store(ARGS, paths, remembered=(early.passphrase(), key))
    assert opened is not None
    opened[0].close()
    remember.remember(paths, "en-gammel-kode")  # changed elsewhere
    early, _ = start_key(ARGS, paths)
    assert early is not None and early.passphrase() == "en-gammel-kode"
    from udsat_desktop.ui import start_dialogs as dialogs

    monkeypatch.setattr(dialogs.UnlockDialog, "exec", lambda self: 0)  # the user cancels
    assert obtain_store(ARGS, paths, remembered=(early.passphrase(), early.result())) is None
    assert not memory_keyring.items
    early, _ = start_key(ARGS, paths)  # nothing remembered now: no key, the dialog asks
    assert early is not None and early.result() is None and early.passphrase() is None
