#!/usr/bin/env bash
# Build the one-folder bundle (dist/udsat-desktop/) and smoke-start it offscreen: it opens a
# demo database, shows the queue, renders, signs and verifies one summary, and exits 0.
#   bash packaging/build_bundle.sh [.venv/bin]
set -euo pipefail
BIN=${1:-.venv/bin}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
"$BIN/python" -m pip install --quiet "pyinstaller>=6,<7"
"$BIN/python" packaging/i18n.py release  # the .qm catalogues the bundle carries
start=$(date +%s)
"$BIN/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/pyinstaller packaging/udsat_desktop.spec
echo "bundle: built in $(( $(date +%s) - start )) s, $(du -sh build/dist/udsat-desktop | cut -f1)"
smoke=$(mktemp -d)
QT_QPA_PLATFORM=offscreen build/dist/udsat-desktop/udsat-desktop --demo --cases 300 --smoke \
  --check-summary --data-dir "$smoke/data" | tee "$smoke/out.txt"
grep -q "summary_verified=1" "$smoke/out.txt"
grep -q "translations=da,en" "$smoke/out.txt"
QT_QPA_PLATFORM=offscreen build/dist/udsat-desktop/udsat-desktop --demo --smoke \
  --data-dir "$smoke/data" | grep ready_ms
rm -rf "$smoke"
echo "bundle: smoke test passed"
