"""One passphrase rule (`core.passphrase`), quoted by the user guide, the README and the
dialogs; a new signing key's passphrase is checked when it is chosen, not at the first
signature (issue 26)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from udsat_desktop.cli import main
from udsat_desktop.core.passphrase import MIN_PASSPHRASE_LENGTH

ROOT = Path(__file__).resolve().parents[2]
DB_PASS = "korrekt-hest-batteri"
INIT = ["init", "--name", "Karen Holm", "--initials", "KH", "--org", "BIF", "--role", "reviewer"]


def test_the_guide_and_the_readme_quote_the_codes_minimum():
    guide = (ROOT / "docs" / "brugervejledning.md").read_text(encoding="utf-8")
    said = [int(n) for n in re.findall(r"mindst (\d+)\s+tegn", guide)]
    assert len(said) >= 2, "the guide no longer states the passphrase rule"  # database, key
    assert set(said) == {MIN_PASSPHRASE_LENGTH}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = [int(n) for n in re.findall(r"at least (\d+)\s+characters", readme)]
    assert said and set(said) == {MIN_PASSPHRASE_LENGTH}


def test_the_dialogs_quote_the_codes_minimum(qtbot, paths):
    from udsat_desktop.ui.review.signing_ui import NewKeyDialog
    from udsat_desktop.ui.start_dialogs import FirstRunDialog

    first_run = FirstRunDialog(paths)
    qtbot.addWidget(first_run)
    assert f"mindst {MIN_PASSPHRASE_LENGTH} tegn" in first_run.passphrase.placeholderText()

    dialog = NewKeyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    labels = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert f"mindst {MIN_PASSPHRASE_LENGTH} tegn" in labels
    qtbot.keyClicks(dialog.first, "k" * (MIN_PASSPHRASE_LENGTH - 1))
    qtbot.keyClicks(dialog.second, "k" * (MIN_PASSPHRASE_LENGTH - 1))
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)  # refused when chosen, in the dialog
    assert dialog.isVisible()
    assert f"mindst {MIN_PASSPHRASE_LENGTH} tegn" in dialog.message.text()


def test_init_checks_the_key_passphrase_it_is_given(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UDSAT_PASSPHRASE", DB_PASS)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", "sommer2024")
    data = tmp_path / "data"
    assert main([*INIT, "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("udsat: Adgangskoden til signeringsnøglen (UDSAT_KEY_PASSPHRASE)")
    assert "for almindelig" in err
    assert not (data / "udsat.db").exists()  # nothing made: choose another and run it again
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", "k" * (MIN_PASSPHRASE_LENGTH - 1))
    assert main([*INIT, "--data-dir", str(data)]) == 2
    assert f"mindst {MIN_PASSPHRASE_LENGTH} tegn" in capsys.readouterr().err
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", "min-egen-noegle-2026")
    assert main([*INIT, "--data-dir", str(data)]) == 0


def test_key_create_checks_the_passphrase_before_making_the_key(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UDSAT_PASSPHRASE", DB_PASS)
    data = tmp_path / "data"
    assert main([*INIT, "--data-dir", str(data)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", "1234567890")
    assert main(["key", "create", "--data-dir", str(data)]) == 2
    assert "for almindelig" in capsys.readouterr().err
    assert not (data / "signing-key.p12").exists()

    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", "min-egen-noegle-2026")
    assert main(["key", "create", "--json", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert '"created": true' in out and "Karen Holm" in out
    assert (data / "signing-key.p12").is_file()
    assert main(["key", "create", "--data-dir", str(data)]) == 2
    assert "Der findes allerede en signeringsnøgle" in capsys.readouterr().err
    # the key is the one `sign` and `key show` use
    assert main(["key", "show", "--data-dir", str(data)]) == 0


def test_sign_refuses_a_weak_new_key_passphrase_before_any_work(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UDSAT_PASSPHRASE", DB_PASS)
    data = str(tmp_path / "data")
    assert main([*INIT, "--data-dir", data]) == 0
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", "kort")
    capsys.readouterr()
    # checked first: even a co-signature of a file that is not there is refused for the key
    assert main(["sign", "--cosign", str(tmp_path / "nowhere.pdf"), "--data-dir", data]) == 2
    err = capsys.readouterr().err
    assert "Adgangskoden til signeringsnøglen" in err and "Filen findes ikke" not in err
    assert not (tmp_path / "data" / "signing-key.p12").exists()
