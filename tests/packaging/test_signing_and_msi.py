"""The Windows build's signing (packaging/windows/signing.py) and MSI (msi.py), on small inputs:
a throw-away code-signing certificate and a local RFC 3161 timestamp server sign a PE file and
an MSI, `osslsigncode verify` accepts them, and refuses a file changed after signing; the MSI's
upgrade rules (a new ProductCode per build, one UpgradeCode, same or older versions replaced,
newer ones refused). The full build and its Wine smoke run in `make test` after the suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[2] / "packaging" / "windows"
sys.path.insert(0, str(HERE))
import msi  # noqa: E402
import signing  # noqa: E402

ICON = HERE.parents[1] / "resources" / "icons" / "udsat.ico"
needs = pytest.mark.skipif(
    any(shutil.which(t) is None for t in ("osslsigncode", "wixl", "msiinfo"))
    or shutil.which("x86_64-w64-mingw32-gcc") is None,
    reason="osslsigncode, wixl, msitools and mingw-w64 (packaging/install-system-deps.sh)",
)


def small_stage(folder: Path) -> Path:
    stage = folder / "stage"
    (stage / "app" / "udsat_desktop").mkdir(parents=True)
    (stage / "python").mkdir()
    source = folder / "hello.c"
    source.write_text("int main(void) { return 0; }\n", encoding="ascii")
    for exe in ("udsat.exe", "udsat-desktop.exe"):
        subprocess.run(
            ["x86_64-w64-mingw32-gcc", "-s", str(source), "-o", str(stage / exe)], check=True
        )
    (stage / "app" / "udsat_desktop" / "__init__.py").write_text('__version__ = "x"\n')
    (stage / "python" / "python311._pth").write_text("python311.zip\n.\n..\\app\n")
    return stage


def table(package: Path, name: str) -> list[list[str]]:
    out = subprocess.run(
        ["msiinfo", "export", str(package), name], check=True, capture_output=True, text=True
    ).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]


def properties(package: Path) -> dict[str, str]:
    return {row[0]: row[1] for row in table(package, "Property")}


@needs
def test_every_file_is_signed_timestamped_and_verified(tmp_path: Path) -> None:
    stage = small_stage(tmp_path)
    package = msi.build_msi(stage, "1.2.3", tmp_path / "u.msi", ICON)
    exe = stage / "udsat.exe"
    unsigned = exe.read_bytes()
    with signing.throwaway(tmp_path / "pki") as inputs:
        with pytest.raises(signing.SigningError):
            signing.verify(exe, inputs)  # unsigned: refused
        for path in (exe, package):
            signing.sign(path, inputs)
            assert "Udsat Desktop (test signature)" in signing.verify(path, inputs)
    assert exe.read_bytes() != unsigned
    # one byte changed after signing: the signature no longer holds
    tampered = bytearray(exe.read_bytes())
    tampered[200] ^= 0xFF
    exe.write_bytes(bytes(tampered))
    with pytest.raises(signing.SigningError):
        signing.verify(exe, inputs)


@needs
def test_the_passphrase_never_reaches_a_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[str]] = []
    real = subprocess.run

    def spy(cmd: list[str], *args: object, **kwargs: object) -> object:
        seen.append([str(c) for c in cmd])
        return real(cmd, *args, **kwargs)  # type: ignore[call-overload]

    stage = small_stage(tmp_path)
    with signing.throwaway(tmp_path / "pki") as inputs:
        monkeypatch.setattr(subprocess, "run", spy)
        signing.sign(stage / "udsat.exe", inputs)
    assert seen and all(inputs.passphrase not in " ".join(cmd) for cmd in seen)


def test_a_real_certificate_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("UDSAT_SIGN_PFX", raising=False)
    assert signing.from_environment() is None  # CI: the build makes a throw-away one
    pfx = tmp_path / "kk.pfx"
    pfx.write_bytes(b"x")
    monkeypatch.setenv("UDSAT_SIGN_PFX", str(pfx))
    monkeypatch.delenv("UDSAT_SIGN_PASSPHRASE", raising=False)
    with pytest.raises(signing.SigningError, match="UDSAT_SIGN_PASSPHRASE"):
        signing.from_environment()
    monkeypatch.setenv("UDSAT_SIGN_PASSPHRASE", "hemmelig")
    monkeypatch.delenv("UDSAT_SIGN_TIMESTAMP_URL", raising=False)
    inputs = signing.from_environment()
    assert inputs is not None and inputs.tsa_url == signing.DEFAULT_TSA
    assert not inputs.throwaway and inputs.ca_file is None  # the system's roots check it


@needs
def test_the_msi_upgrades_in_place(tmp_path: Path) -> None:
    stage = small_stage(tmp_path)
    first = msi.build_msi(stage, "1.2.3", tmp_path / "a.msi", ICON)
    again = msi.build_msi(stage, "1.2.3", tmp_path / "b.msi", ICON)
    first_props, again_props = properties(first), properties(again)
    assert first_props["ProductCode"] != again_props["ProductCode"]  # a new one per build
    assert first_props["UpgradeCode"] == again_props["UpgradeCode"] == msi.UPGRADE_CODE
    assert first_props["ProductVersion"] == "1.2.3"
    rows = {row[-1]: row for row in table(first, "Upgrade")}
    # older versions, and a rebuild of this one, are removed; a newer one is only detected
    assert rows["WIX_UPGRADE_DETECTED"][1:3] == ["", "1.2.3"]
    assert rows["SAME_VERSION_DETECTED"][1:3] == ["1.2.3", "1.2.4"]
    assert int(rows["SAME_VERSION_DETECTED"][4]) & 256  # from 1.2.3 inclusive
    assert rows["WIX_DOWNGRADE_DETECTED"][1:3] == ["1.2.3", ""]
    assert int(rows["WIX_DOWNGRADE_DETECTED"][4]) & 2  # only detected
    sequence = {row[0] for row in table(first, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= sequence
    conditions = table(first, "LaunchCondition")
    assert any("WIX_DOWNGRADE_DETECTED" in row[0] for row in conditions)
    # per machine, into Program Files (64-bit); the same component GUIDs from build to build
    assert first_props.get("ALLUSERS") == "1"
    assert table(first, "Component") == table(again, "Component")
    assert any(
        row[0] == "INSTALLDIR" and row[1] == "ProgramFiles64Folder"
        for row in table(first, "Directory")
    )


def test_msi_versions_have_three_fields() -> None:
    assert msi.msi_version("0.1.0") == "0.1.0"
    assert msi.msi_version("1.2.3rc1") == "1.2.3"
    assert msi.msi_version("2") == "2.0.0"
