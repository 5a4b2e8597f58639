#!/usr/bin/env bash
# System libraries Qt needs on Debian/Ubuntu, plus Xvfb (no-screen runs) and poppler-utils
# (pdftoppm/pdffonts/pdfsig for checking PDFs) and CUPS with the cups-pdf queue (printing tests),
# Samba, smbnetfs, rclone, fuse3 and strace (the share tests on real SMB mounts, tests/sync),
# libfuse2 (fusepy: the hung-share test mounts a file system that stops answering),
# qpdf and Apache PDFBox Preflight (the PDF/A checks, tests/reports), and NSIS, mingw-w64,
# osslsigncode, wixl and Wine (the Windows installer and MSI, built, signed and smoke-tested).
# Installs only what is missing; as root it runs
# apt-get itself, otherwise it prints the command to run.
set -euo pipefail

PACKAGES=(
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libcups2
  fonts-dejavu-core xvfb xauth poppler-utils cups printer-driver-cups-pdf binutils
  samba smbnetfs rclone fuse3 strace e2fsprogs libfuse2
  # independent PDF/A checks in the tests: qpdf --check and Apache PDFBox Preflight (Java)
  qpdf default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java
  # the Windows installer: built with NSIS and mingw-w64 (launchers), tested under Wine
  nsis gcc-mingw-w64-x86-64 osslsigncode wine wine64
  # the MSI: msitools' wixl (WiX syntax) builds it, msiinfo reads it back in the tests
  wixl msitools
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install Qt 6's runtime libraries yourself." >&2
  exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if printf '%s\n' "${missing[@]}" | grep -qx samba; then
    # installed only for the tests, which start their own smbd on the loopback: the system's
    # (listening on every interface) is not wanted
    systemctl disable --now smbd nmbd samba-ad-dc >/dev/null 2>&1 || true
    service smbd stop >/dev/null 2>&1 || true
  fi
else
  echo "system-deps: these system packages are missing: ${missing[*]}" >&2
  echo "system-deps: run:  sudo apt-get install -y ${missing[*]}" >&2
  echo "system-deps: continuing; Qt may fail to start without them." >&2
fi
