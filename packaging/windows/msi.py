"""The per-machine MSI of Udsat Desktop, built on Linux with msitools' `wixl` (WiX 3 syntax).

    build_msi(stage, version, out)   the staged install folder -> UdsatDesktop-<version>.msi

For central deployment (Intune, SCCM, Group Policy): `msiexec /i UdsatDesktop-<v>.msi /qn`
installs for all users into %ProgramFiles%\\Udsat Desktop with a Start menu entry;
`msiexec /x ... /qn` (or by the product code) removes the program and never a user's data.

Upgrade rules (docs/deployment.md): the UpgradeCode below never changes; every build gets a new
ProductCode (Id="*"); a MajorUpgrade removes any installed version with this UpgradeCode when a
newer or the same version is installed (the same version: a rebuild replaces it instead of
installing beside it), and refuses an older one (a downgrade is uninstall, then install).
Windows Installer compares only the first three version fields. Each file's component GUID is
derived from its path (uuid5), so it stays the same from version to version, as MSI wants.
"""

from __future__ import annotations

import os
import re
import subprocess
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

# never change: this is how Windows Installer knows two MSIs are the same product
UPGRADE_CODE = "{6F0B7C2E-3D8A-4E51-9B1F-2A7C5E9D4B36}"
_NAMESPACE = uuid.UUID("9a3e1c54-7f2b-4d8e-a6c1-0b5d2e8f7a13")
APPNAME = "Udsat Desktop"
MANUFACTURER = "Københavns Kommune"
# the same key the app's machine-wide settings may be set beside (docs/deployment.md)
REGISTRY_KEY = r"Software\KobenhavnsKommune\UdsatDesktop"


def _guid(*parts: str) -> str:
    return "{" + str(uuid.uuid5(_NAMESPACE, "/".join(parts))).upper() + "}"


def _ident(prefix: str, rel: str) -> str:
    """A WiX identifier (letters, digits, `_` and `.`, at most 72 characters) for `rel`."""
    digest = uuid.uuid5(_NAMESPACE, rel).hex[:16]
    return f"{prefix}_{digest}"


def msi_version(version: str) -> str:
    """Windows Installer's ProductVersion: three numbers (major.minor.build, each < 256/256/
    65536); '0.1.0' stays '0.1.0', '1.2.3rc1' becomes '1.2.3'."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]]
    return ".".join(str(n) for n in numbers + [0] * (3 - len(numbers)))


def _next(three: str) -> str:
    major, minor, build = (int(n) for n in three.split("."))
    return f"{major}.{minor}.{build + 1}"


def wxs(stage: Path, version: str, icon: Path) -> str:
    """The WiX source: every file of `stage` under INSTALLDIR, one component per file."""
    refs: list[str] = []

    def directory(folder: Path, indent: str) -> list[str]:
        lines: list[str] = []
        for path in sorted(folder.iterdir()):
            rel = path.relative_to(stage).as_posix()
            if path.is_dir():
                lines.append(
                    f"{indent}<Directory Id={quoteattr(_ident('d', rel))} "
                    f"Name={quoteattr(path.name)}>"
                )
                lines += directory(path, indent + "  ")
                lines.append(f"{indent}</Directory>")
            else:
                cid = _ident("c", rel)
                refs.append(cid)
                lines.append(
                    f"{indent}<Component Id={quoteattr(cid)} Guid={quoteattr(_guid('file', rel))} "
                    'Win64="yes">'
                    f"<File Id={quoteattr(_ident('f', rel))} Name={quoteattr(path.name)} "
                    f'Source={quoteattr(rel)} KeyPath="yes"/></Component>'
                )
        return lines

    tree = "\n".join(directory(stage, "          "))
    components = "\n".join(f'      <ComponentRef Id="{c}"/>' for c in refs)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name="{APPNAME}" Language="1030" Codepage="1252"
           Version="{msi_version(version)}" Manufacturer="{MANUFACTURER}"
           UpgradeCode="{UPGRADE_CODE}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine"
             Languages="1030" SummaryCodepage="1252"
             Description="{APPNAME} {version}" Manufacturer="{MANUFACTURER}"/>
    <MajorUpgrade DowngradeErrorMessage="En nyere version af {APPNAME} er allerede installeret."/>
    <Upgrade Id="{UPGRADE_CODE}">
      <!-- a rebuild of the same version (a new ProductCode) replaces it: [v, next) -->
      <UpgradeVersion Minimum="{msi_version(version)}" IncludeMinimum="yes"
                      Maximum="{_next(msi_version(version))}" IncludeMaximum="no"
                      Property="SAME_VERSION_DETECTED"/>
    </Upgrade>
    <Media Id="1" Cabinet="udsat.cab" EmbedCab="yes"/>
    <Icon Id="udsat.ico" SourceFile={quoteattr(os.path.relpath(icon, stage))}/>
    <Property Id="ARPPRODUCTICON" Value="udsat.ico"/>
    <Property Id="ARPNOMODIFY" Value="1"/>
    <Property Id="ARPNOREPAIR" Value="1"/>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name="{APPNAME}">
{tree}
        </Directory>
      </Directory>
      <Directory Id="ProgramMenuFolder">
        <Directory Id="ProgramMenuDir" Name="{APPNAME}">
          <Component Id="StartMenu" Guid="{_guid("start-menu")}" Win64="yes">
            <Shortcut Id="AppShortcut" Name="{APPNAME}" Target="[INSTALLDIR]udsat-desktop.exe"
                      WorkingDirectory="INSTALLDIR" Icon="udsat.ico"/>
            <RemoveFolder Id="ProgramMenuDir" On="uninstall"/>
            <RegistryValue Root="HKLM" Key="{REGISTRY_KEY}\\Msi" Name="Version"
                           Type="string" Value="{version}" KeyPath="yes"/>
          </Component>
        </Directory>
      </Directory>
    </Directory>
    <Feature Id="Main" Title="{APPNAME}" Level="1">
      <ComponentRef Id="StartMenu"/>
{components}
    </Feature>
  </Product>
</Wix>
"""


def build_msi(stage: Path, version: str, out: Path, icon: Path) -> Path:
    """Write the .wxs beside `out` and build the MSI with wixl (x64)."""
    source = out.with_suffix(".wxs")
    source.write_text(wxs(stage, version, icon), encoding="utf-8")
    out.unlink(missing_ok=True)
    # wixl finds the files relative to the working folder: the stage
    subprocess.run(
        ["wixl", "-a", "x64", "-o", str(out.resolve()), str(source.resolve())],
        check=True,
        cwd=stage,
    )
    return out
