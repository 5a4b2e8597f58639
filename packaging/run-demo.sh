#!/usr/bin/env bash
# Start Udsat Desktop on the local demo database (created on first start: 2,737 synthetic
# cases, passphrase "udsat-demo-2737"). Without a screen it runs under Xvfb and says so.
set -euo pipefail
BIN=${1:-.venv/bin}
DATA=${2:-.demo-data}

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" != "Linux" ]; then
  exec "$BIN/udsat-desktop" --demo --data-dir "$DATA"
fi

cat <<MSG
Ingen skærm fundet (DISPLAY er ikke sat). / No screen found (DISPLAY is not set).
Programmet startes på en virtuel skærm (Xvfb), hvor det kører, men ikke kan ses.
The app now runs on a virtual screen (Xvfb): it works, but you cannot see it.
  - Kør 'make run' fra et skrivebord (eller med 'ssh -X') for at se vinduet.
  - Run 'make run' from a desktop session (or over 'ssh -X') to see the window.
  - Headless check instead: $BIN/udsat-desktop --demo --smoke --data-dir $DATA
Stop med Ctrl+C. / Stop with Ctrl+C.
MSG
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BIN/udsat-desktop" --demo --data-dir "$DATA"
