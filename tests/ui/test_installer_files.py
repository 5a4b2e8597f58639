"""The packaging files agree with the app: the Windows installer's version and paths, and the
Linux desktop entry. (The installer itself is built with `iscc` on Windows.)"""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from udsat_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in (PACKAGING / "udsat_desktop.iss").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections[current] = []
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_windows_installer_is_per_machine_with_version_and_start_menu_entry():
    sections = iss_sections()
    default = re.search(r'#define AppVersion "([^"]+)"', "\n".join(sections[""]))
    assert default and default.group(1) == __version__  # the file version follows the app
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "admin"  # per machine, under Program Files
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["VersionInfoVersion"] == setup["AppVersion"] == "{#AppVersion}"
    assert (PACKAGING / setup["SetupIconFile"].replace("\\", "/")).resolve().exists()
    spec = (PACKAGING / "udsat_desktop.spec").read_text(encoding="utf-8")
    exe = re.search(r'COLLECT\(.*name="([^"]+)"\)', spec)
    assert exe, "the spec's one-folder name"
    source = sections["Files"][0]
    assert f"build\\dist\\{exe.group(1)}\\*" in source  # what build_bundle.sh produces
    icons = "\n".join(sections["Icons"])
    assert "{group}\\Udsat Desktop" in icons and f"{{app}}\\{exe.group(1)}.exe" in icons
    assert any("Danish.isl" in line for line in sections["Languages"])


def test_linux_desktop_entry_starts_the_bundle_in_both_languages():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "udsat-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    spec = (PACKAGING / "udsat_desktop.spec").read_text(encoding="utf-8")
    exe = re.search(r'COLLECT\(.*name="([^"]+)"\)', spec)
    assert exe and desktop["Type"] == "Application"
    assert Path(desktop["Exec"].split()[0]).name == exe.group(1)  # the bundle's executable
    assert desktop["Icon"] == "udsat-desktop" and desktop["StartupWMClass"] == exe.group(1)
    assert desktop["Comment"] and desktop["Comment[en]"] and desktop["GenericName[en]"]


def test_linux_install_script_stages_bundle_entry_and_icon(tmp_path):
    """install-linux.sh into a staging folder: the bundle, the menu entry, the icon named as
    the entry asks, and the command on PATH; a reinstall replaces the folder; uninstall."""
    import os
    import subprocess

    dist = tmp_path / "dist"
    dist.mkdir()
    exe = dist / "udsat-desktop"
    exe.write_text("#!/bin/sh\necho bundle\n")
    exe.chmod(0o755)
    (dist / "old-only.txt").write_text("from an older version")
    stage = tmp_path / "root"
    script = PACKAGING / "install-linux.sh"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["bash", str(script), "--destdir", str(stage), *args],
                              capture_output=True, text=True, timeout=60)

    assert run("--dist", str(dist)).returncode == 0
    app = stage / "opt" / "udsat-desktop"
    assert os.access(app / "udsat-desktop", os.X_OK)
    assert (stage / "usr/share/applications/udsat-desktop.desktop").exists()
    assert (stage / "usr/share/icons/hicolor/256x256/apps/udsat-desktop.png").exists()
    assert os.readlink(stage / "usr/local/bin/udsat-desktop") == "/opt/udsat-desktop/udsat-desktop"
    (dist / "old-only.txt").unlink()
    assert run("--dist", str(dist)).returncode == 0
    assert not (app / "old-only.txt").exists()  # the new version replaced the folder whole
    missing = run("--dist", str(tmp_path / "none"))
    assert missing.returncode == 2 and "make bundle" in missing.stderr
    assert run("--uninstall").returncode == 0
    assert not app.exists() and not (stage / "usr/local/bin/udsat-desktop").is_symlink()
