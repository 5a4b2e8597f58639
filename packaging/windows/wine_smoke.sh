#!/usr/bin/env bash
# Install the Windows installer under Wine in a fresh prefix, run the installed app's smoke
# (a CLI round and the GUI smoke with the summary check), uninstall, and check what is left.
#   bash packaging/windows/wine_smoke.sh [build/windows/UdsatDesktop-<version>-setup.exe]
#
# Wine 8.0 (Debian 12) lacks two DLLs that Windows 10 has: icuuc.dll (Qt 6.10+) and
# bcryptprimitives.dll (Rust extensions: cryptography, rpds). Stand-ins from wine/*.c, built
# with mingw-w64, go into this test prefix's System32 only; the installer never carries them.
# Wine cannot hand a regular file to a Windows program as its standard stream ("Fatal Python
# error: init_sys_streams ... [WinError 6]"), so every output goes through a pipe here.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/udsat_desktop/__init__.py")
INSTALLER=${1:-$ROOT/build/windows/UdsatDesktop-$VERSION-setup.exe}
[ -f "$INSTALLER" ] || { echo "wine_smoke: no $INSTALLER (run: make windows-installer)" >&2; exit 2; }
command -v wine >/dev/null || { echo "wine_smoke: wine is missing (apt-get install wine wine64)" >&2; exit 2; }

WORK=$(mktemp -d /tmp/udsat-wine.XXXXXX)
export WINEPREFIX=$WORK/prefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=,winemenubuilder.exe=d"  # no Mono/Gecko prompts, no menus
cleanup() { wineserver -k >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
start=$(date +%s)
step() { echo "wine_smoke: $* ($(( $(date +%s) - start )) s)"; }
fail() { echo "wine_smoke: FAILED: $*" >&2; exit 1; }

wineboot -i >"$WORK/wineboot.log" 2>&1 || { cat "$WORK/wineboot.log" >&2; fail "wineboot"; }
wineserver -w
for dll in icuuc bcryptprimitives; do
  x86_64-w64-mingw32-gcc -O2 -Wall -shared -s -o "$WINEPREFIX/drive_c/windows/system32/$dll.dll" \
    "$ROOT/packaging/windows/wine/$dll.c" -ladvapi32
done
step "fresh prefix ready"

wine "$INSTALLER" /S 2>&1 | cat
wineserver -w
APP="$WINEPREFIX/drive_c/Program Files/Udsat Desktop"
MENU="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Udsat Desktop"
for f in udsat.exe udsat-desktop.exe uninstall.exe python/python311._pth; do
  [ -f "$APP/$f" ] || fail "not installed: $f"
done
[ -f "$MENU/Udsat Desktop.lnk" ] || fail "no Start menu entry"
grep -qx '\.\.\\app' <(tr -d '\r' < "$APP/python/python311._pth") || fail "._pth lacks ..\\app"
wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\UdsatDesktop' \
  /v DisplayVersion 2>&1 | tr -d '\r' | grep -q "$VERSION" || fail "no uninstall entry"
step "installed silently (per machine, Start menu, uninstall entry)"

UDSAT='C:\Program Files\Udsat Desktop\udsat.exe'
DESKTOP='C:\Program Files\Udsat Desktop\udsat-desktop.exe'
DATA='C:\udsat-smøke-Ω'            # outside cp1252: the redirected output must still work
OUT=$WORK/out.txt
run() {  # a Windows program, its output through a pipe (see above) into $OUT; its exit code
  set +e
  timeout 300 wine "$@" 2>&1 </dev/null | tr -d '\r' | tee "$OUT"
  local code=${PIPESTATUS[0]}
  set -e
  return "$code"
}
udsat() {  # the installed CLI; a traceback is a failure whatever the exit code
  local code=0
  run "$UDSAT" "$@" --data-dir "$DATA" || code=$?
  if grep -q "Traceback" "$OUT"; then fail "traceback from udsat $*"; fi
  return "$code"
}
export UDSAT_PASSPHRASE=smoke-kode-1 UDSAT_KEY_PASSPHRASE=smoke-noegle-1
udsat init --name "Smoke Tester" --initials ST --org BIF --role coordinator || fail "init"
grep -q 'udsat-smøke-Ω' "$OUT" || fail "the data folder's name did not come out in UTF-8"
# fewer than 12 ready reviews: signing stays in one process. (ProcessPoolExecutor hangs under
# Wine 8.0 even in a five-line script with this Python; plain multiprocessing works.)
udsat demo --cases 30 --reviews 4 || fail "demo"
udsat sign --ready || fail "sign"
# the signed summaries wait in the encrypted store (no plain outbox): write one out, check it
[ ! -d "$WINEPREFIX/drive_c/udsat-smøke-Ω/outbox" ] || fail "a plain outbox folder was made"
udsat cases --status underskrevet --limit 1 || fail "cases"
case_key=$(grep -m1 -oE '^[0-9A-Z]{4}-[0-9A-Z]{4}' "$OUT" || true)
[ -n "$case_key" ] || fail "no signed case"
udsat summary "$case_key" --out 'C:\udsat-sammenfatning.pdf' || fail "summary"
[ -f "$WINEPREFIX/drive_c/udsat-sammenfatning.pdf" ] || fail "no signed summary written"
udsat verify 'C:\udsat-sammenfatning.pdf' || fail "verify"
grep -q "intakt, kendt underskriver" "$OUT" || fail "verify verdict"
mkdir -p "$WINEPREFIX/drive_c/share"
udsat config --share 'C:\share' >/dev/null || fail "config"
udsat sync || fail "sync"
ls "$WINEPREFIX/drive_c/share/summaries" >/dev/null || fail "nothing published on the share"
udsat ingest || fail "ingest"
udsat audit verify || fail "audit verify"
# stdin from nothing (Windows: NUL, whose isatty() is true) must not wait for a keyboard
code=0
(unset UDSAT_PASSPHRASE; run "$UDSAT" stats --data-dir "$DATA") || code=$?
[ "$code" = 2 ] && grep -q "sæt UDSAT_PASSPHRASE" "$OUT" || fail "no-console prompt (exit $code)"
# a data folder of 438 characters (over Windows' 260): one sentence, exit 2, no traceback
seg=$(printf 'd%.0s' {1..28})
LONG='C:'
for _ in $(seq 15); do LONG+="\\$seg"; done   # 2 + 15 * 29 = 437 characters
LONG+='e'
[ "${#LONG}" = 438 ] || fail "the long path is ${#LONG} characters, not 438"
code=0
run "$UDSAT" stats --data-dir "$LONG" || code=$?
if grep -q "Traceback" "$OUT"; then fail "traceback from a 438-character --data-dir"; fi
[ "$code" = 2 ] && [ "$(wc -l < "$OUT")" = 1 ] && grep -q '^udsat: ' "$OUT" \
  || fail "a 438-character --data-dir (exit $code)"
step "CLI round passed (init, demo, sign, verify, sync, ingest, audit verify, no prompt, long path)"

unset UDSAT_PASSPHRASE
export QT_QPA_PLATFORM=offscreen
run "$DESKTOP" --demo --cases 200 --smoke --check-summary --data-dir 'C:\udsat-demo' \
  || fail "GUI smoke with the summary check: exit $?"
grep -q "summary_verified=1" "$OUT" || fail "GUI smoke: summary not verified"
grep -q "translations=da,en" "$OUT" || fail "GUI smoke: translations"
grep -Eq "^ready_ms=[0-9]+" "$OUT" && grep -Eq "^peak_rss_mb=[1-9][0-9]*" "$OUT" \
  || fail "GUI smoke: ready_ms / peak_rss_mb (GetProcessTimes, GetProcessMemoryInfo)"
step "GUI smoke passed (offscreen: queue, summary signed and verified, both languages)"

wine "$APP/uninstall.exe" /S 2>&1 | cat
wineserver -w
[ ! -e "$APP" ] || fail "left behind: $(ls "$APP")"
[ ! -e "$MENU" ] || fail "Start menu entry left behind"
if wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\UdsatDesktop' \
  >/dev/null 2>&1; then fail "uninstall entry left behind"; fi
[ -d "$WINEPREFIX/drive_c/udsat-smøke-Ω" ] || fail "the uninstaller removed the user's data"
step "uninstalled silently; the user's data stays"
echo "wine_smoke: passed in $(( $(date +%s) - start )) s"
