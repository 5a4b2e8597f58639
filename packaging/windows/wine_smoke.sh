#!/usr/bin/env bash
# Install the Windows installer under Wine in a fresh prefix, run the installed app's smoke
# (a CLI round and the GUI smoke with the summary check), uninstall, and check what is left:
#   1. every shipped binary's Authenticode signature and timestamp (osslsigncode verify);
#   2. setup.exe /S /CurrentUser: a per-user install without admin rights (files under
#      %LOCALAPPDATA%\Programs, uninstall entry in HKCU, nothing in Program Files or HKLM);
#      the CLI round, the GUI smoke, the machine-wide settings at a new user's first start;
#   3. the honest uninstall: /S /RemoveData keeps the data while work waits (unsent.ini) and
#      removes it only when nothing does;
#   4. the MSI: msiexec /i /qn (per machine), the CLI, a rebuilt MSI (a new ProductCode)
#      replacing it in place, msiexec /x /qn; the user's data stays.
#   bash packaging/windows/wine_smoke.sh [setup.exe [the .msi]]
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
MSI=${2:-$ROOT/build/windows/UdsatDesktop-$VERSION.msi}
for f in "$INSTALLER" "$MSI"; do
  [ -f "$f" ] || { echo "wine_smoke: no $f (run: make windows-installer)" >&2; exit 2; }
done
# the throw-away test root the build signed with (absent: the real certificate, whose chain
# the system's CA bundle checks)
TESTROOT=$ROOT/build/windows/signing/test-root.pem
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

signed() {  # an intact Authenticode signature with a verified RFC 3161 timestamp
  local args=(verify -in "$1")
  [ -f "$TESTROOT" ] && args+=(-CAfile "$TESTROOT" -TSA-CAfile "$TESTROOT" -ignore-crl)
  osslsigncode "${args[@]}" >"$WORK/verify.txt" 2>&1 || { cat "$WORK/verify.txt" >&2; return 1; }
  grep -q "Timestamp Server Signature verification: ok" "$WORK/verify.txt"
}
for f in "$INSTALLER" "$MSI"; do signed "$f" || fail "not signed and timestamped: $f"; done

# --- per user, without admin rights ---------------------------------------------------------
wine "$INSTALLER" /S /CurrentUser 2>&1 | cat
wineserver -w
WUSER=$(ls "$WINEPREFIX/drive_c/users" | grep -vx Public | head -1)
LOCAL="$WINEPREFIX/drive_c/users/$WUSER/AppData/Local"
APP="$LOCAL/Programs/Udsat Desktop"
MENU="$WINEPREFIX/drive_c/users/$WUSER/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Udsat Desktop"
for f in udsat.exe udsat-desktop.exe uninstall.exe python/python311._pth; do
  [ -f "$APP/$f" ] || fail "not installed per user: $f"
done
for f in udsat.exe udsat-desktop.exe uninstall.exe; do
  signed "$APP/$f" || fail "installed $f is not signed and timestamped"
done
[ ! -e "$WINEPREFIX/drive_c/Program Files/Udsat Desktop" ] || fail "a per-user install wrote to Program Files"
[ -f "$MENU/Udsat Desktop.lnk" ] || fail "no Start menu entry for the user"
grep -qx '\.\.\\app' <(tr -d '\r' < "$APP/python/python311._pth") || fail "._pth lacks ..\\app"
KEY='Software\Microsoft\Windows\CurrentVersion\Uninstall\UdsatDesktop'
wine reg query "HKCU\\$KEY" /v DisplayVersion 2>&1 | tr -d '\r' | grep -q "$VERSION" \
  || fail "no uninstall entry in HKCU"
if wine reg query "HKLM\\$KEY" >/dev/null 2>&1; then fail "a per-user install wrote HKLM"; fi
step "installed silently per user (LOCALAPPDATA\\Programs, HKCU, signed binaries)"

UDSAT=$(winepath -w "$APP/udsat.exe" 2>/dev/null | tr -d '\r')
DESKTOP=$(winepath -w "$APP/udsat-desktop.exe" 2>/dev/null | tr -d '\r')
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
# the citizen's access log: tagged (PDF/UA-1) and PDF/A-2b on Windows too (Typst's own wheel)
udsat audit export --case "$case_key" --out 'C:\udsat-adgangslog.pdf' || fail "audit export"
LOGPDF="$WINEPREFIX/drive_c/udsat-adgangslog.pdf"
[ -f "$LOGPDF" ] || fail "no access log written"
if command -v pdfinfo >/dev/null; then
  pdfinfo "$LOGPDF" | grep -Eq '^Tagged: +yes' || fail "the access log is not tagged"
  pdftotext "$LOGPDF" - | grep -q "Log over adgang til dine oplysninger" || fail "access log text"
fi
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
step "CLI round passed (init, demo, sign, verify, sync, ingest, audit verify, tagged access log, no prompt, long path)"

unset UDSAT_PASSPHRASE
export QT_QPA_PLATFORM=offscreen
run "$DESKTOP" --demo --cases 200 --smoke --check-summary --data-dir 'C:\udsat-demo' \
  || fail "GUI smoke with the summary check: exit $?"
grep -q "summary_verified=1" "$OUT" || fail "GUI smoke: summary not verified"
grep -q "translations=da,en" "$OUT" || fail "GUI smoke: translations"
grep -Eq "^ready_ms=[0-9]+" "$OUT" && grep -Eq "^peak_rss_mb=[1-9][0-9]*" "$OUT" \
  || fail "GUI smoke: ready_ms / peak_rss_mb (GetProcessTimes, GetProcessMemoryInfo)"
step "GUI smoke passed (offscreen: queue, summary signed and verified, both languages)"

# --- machine-wide settings reach a new user's first start ----------------------------------
# (the user's default data folder: %LOCALAPPDATA%\KobenhavnsKommune\UdsatDesktop)
mkdir -p "$WINEPREFIX/drive_c/ProgramData/Udsat"
printf '{"share_path": "C:\\\\share", "coordinator_code": "1a2b 3c4d 5e6f 7a8b 9c0d"}\n' \
  > "$WINEPREFIX/drive_c/ProgramData/Udsat/settings.json"
export UDSAT_PASSPHRASE=smoke-kode-2
run "$UDSAT" init --name "Ny Bruger" --initials NB --org SOF --role reviewer --json \
  || fail "init in the default data folder"
grep -q '"coordinator": "1a2b3c4d5e6f7a8b9c0d"' "$OUT" || fail "the coordinator code was not pinned"
USERDATA="$LOCAL/KobenhavnsKommune/UdsatDesktop"
tr -d '\r' < "$USERDATA/settings.json" | grep -q '"share_path": "C:\\\\share"' \
  || fail "the machine-wide share path did not reach the new user"
tr -d '\r' < "$USERDATA/unsent.ini" | grep -qx 'count=0' || fail "no unsent.ini count=0 after init"
step "machine-wide settings: share path and coordinator pin at a new user's first start"

# --- the honest uninstall -------------------------------------------------------------------
uninstall_user() {
  wine "$APP/uninstall.exe" /S /RemoveData 2>&1 | cat
  wineserver -w
  [ ! -e "$APP" ] || fail "left behind: $(ls "$APP")"
  [ ! -e "$MENU" ] || fail "Start menu entry left behind"
  if wine reg query "HKCU\\$KEY" >/dev/null 2>&1; then fail "uninstall entry left behind"; fi
}
printf '[unsent]\ncount=2\n' > "$USERDATA/unsent.ini"   # two files wait for the share
uninstall_user
[ -f "$USERDATA/udsat.db" ] || fail "/RemoveData removed data while work was waiting"
[ -d "$WINEPREFIX/drive_c/udsat-smøke-Ω" ] || fail "the uninstaller removed the user's data"
# ("?", the app open or crashed, takes the same branch as a count > 0: tests/packaging)
printf '[unsent]\ncount=0\n' > "$USERDATA/unsent.ini"   # closed with nothing waiting
wine "$INSTALLER" /S /CurrentUser 2>&1 | cat
wineserver -w
uninstall_user
[ ! -e "$USERDATA" ] || fail "/RemoveData kept the data although nothing waited"
step "uninstalled silently; data kept while work waits or the app is open, removed on request only when nothing waits"

# --- the MSI, per machine --------------------------------------------------------------------
PF="$WINEPREFIX/drive_c/Program Files/Udsat Desktop"
product_code() { msiinfo export "$1" Property | tr -d '\r' | sed -n 's/^ProductCode\t//p'; }
msi_installed() { wine reg query "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$1" >/dev/null 2>&1; }
wine msiexec /i "$(winepath -w "$MSI" | tr -d '\r')" /qn 2>&1 | cat
wineserver -w
for f in udsat.exe udsat-desktop.exe python/python311._pth; do
  [ -f "$PF/$f" ] || fail "the MSI did not install $f"
done
signed "$PF/udsat.exe" || fail "the MSI's udsat.exe is not signed"
FIRST=$(product_code "$MSI")
msi_installed "$FIRST" || fail "no uninstall entry for the MSI ($FIRST)"
# Windows puts ALLUSERS=1's ProgramMenuFolder in the all-users Start menu; Wine 8.0's msi.dll
# resolves it to the installing user's (the uninstall entry is in HKLM all the same)
ALLMENU="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Udsat Desktop"
[ -f "$ALLMENU/Udsat Desktop.lnk" ] || [ -f "$MENU/Udsat Desktop.lnk" ] \
  || fail "the MSI made no Start menu entry"
export UDSAT_PASSPHRASE=smoke-kode-1
run "$(winepath -w "$PF/udsat.exe" | tr -d '\r')" stats --data-dir "$DATA" || fail "stats from the MSI's udsat.exe"
step "MSI installed silently per machine; its CLI reads the data"
# a rebuild (wixl gives it a new ProductCode) replaces the installed one in place; about 5 min
# under Wine (UDSAT_SMOKE_MSI_UPGRADE=0 leaves it out; tests/packaging checks the tables)
INSTALLED=$FIRST
if [ "${UDSAT_SMOKE_MSI_UPGRADE:-1}" != 0 ]; then
  (cd "$ROOT/build/windows/stage" && wixl -a x64 -o "$WORK/rebuilt.msi" \
    "$ROOT/build/windows/UdsatDesktop-$VERSION.wxs" 2>/dev/null)
  SECOND=$(product_code "$WORK/rebuilt.msi")
  [ -n "$SECOND" ] && [ "$SECOND" != "$FIRST" ] || fail "the rebuilt MSI has the same ProductCode"
  wine msiexec /i "$(winepath -w "$WORK/rebuilt.msi" | tr -d '\r')" /qn 2>&1 | cat
  wineserver -w
  msi_installed "$SECOND" || fail "the rebuilt MSI is not installed"
  if msi_installed "$FIRST"; then fail "the older MSI was not replaced (two installs side by side)"; fi
  [ -f "$PF/udsat.exe" ] || fail "the upgrade left no udsat.exe"
  step "a rebuilt MSI (new ProductCode, same UpgradeCode and version) replaced the installed one"
  INSTALLED=$SECOND
fi
wine msiexec /x "$INSTALLED" /qn 2>&1 | cat
wineserver -w
[ ! -e "$PF/udsat.exe" ] || fail "msiexec /x left udsat.exe"
if msi_installed "$INSTALLED"; then fail "msiexec /x left the uninstall entry"; fi
[ -d "$WINEPREFIX/drive_c/udsat-smøke-Ω" ] || fail "the MSI's uninstall removed the user's data"
step "MSI uninstalled silently; the user's data stays"
echo "wine_smoke: passed in $(( $(date +%s) - start )) s"
