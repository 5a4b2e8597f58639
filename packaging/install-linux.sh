#!/usr/bin/env bash
# Install the Linux bundle per machine: the one-folder build under /opt/udsat-desktop, a
# start-menu entry (packaging/udsat-desktop.desktop) and its icon, and `udsat-desktop` on PATH.
#   sudo bash packaging/install-linux.sh            # after `make bundle`
#   bash packaging/install-linux.sh --destdir DIR   # stage into DIR (packagers, tests)
#   sudo bash packaging/install-linux.sh --uninstall
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST="$ROOT/build/dist/udsat-desktop"
DESTDIR=""
UNINSTALL=0
while [ $# -gt 0 ]; do
  case "$1" in
    --destdir) DESTDIR=$2; shift 2 ;;
    --dist) DIST=$2; shift 2 ;;
    --uninstall) UNINSTALL=1; shift ;;
    *) echo "install-linux.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
APP="$DESTDIR/opt/udsat-desktop"
ENTRY="$DESTDIR/usr/share/applications/udsat-desktop.desktop"
ICON="$DESTDIR/usr/share/icons/hicolor/256x256/apps/udsat-desktop.png"
SVG="$DESTDIR/usr/share/icons/hicolor/scalable/apps/udsat-desktop.svg"
LINK="$DESTDIR/usr/local/bin/udsat-desktop"

if [ "$UNINSTALL" = 1 ]; then
  rm -rf "$APP"
  rm -f "$ENTRY" "$ICON" "$SVG" "$LINK"
  echo "Udsat Desktop removed (the users' data folders are kept)"
  exit 0
fi
if [ ! -x "$DIST/udsat-desktop" ]; then
  echo "install-linux.sh: no bundle in $DIST; build it first with: make bundle" >&2
  exit 2
fi
# a new version replaces the old folder whole, so no file of the old one is left behind
mkdir -p "$(dirname "$APP")"
staging=$(mktemp -d "$(dirname "$APP")/.udsat-desktop.XXXXXX")
cp -a "$DIST/." "$staging/"
chmod 755 "$staging"
rm -rf "$APP.old"
[ -e "$APP" ] && mv "$APP" "$APP.old"
mv "$staging" "$APP"
rm -rf "$APP.old"
install -D -m 644 "$ROOT/packaging/udsat-desktop.desktop" "$ENTRY"
install -D -m 644 "$ROOT/resources/icons/udsat.png" "$ICON"
install -D -m 644 "$ROOT/resources/icons/udsat.svg" "$SVG"
mkdir -p "$(dirname "$LINK")"
ln -sfn /opt/udsat-desktop/udsat-desktop "$LINK"
if [ -z "$DESTDIR" ]; then
  command -v update-desktop-database >/dev/null && update-desktop-database -q || true
  command -v gtk-update-icon-cache >/dev/null && \
    gtk-update-icon-cache -q /usr/share/icons/hicolor || true
fi
echo "Udsat Desktop installed in $APP (start menu: Udsat Desktop)"
