#!/usr/bin/env bash
# Starts the wizard. Without a display (a server, a container) it says how to get one
# instead of failing with Qt's platform-plugin message.
set -euo pipefail
app=$1; shift
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    echo "No display found: starting the wizard on a virtual X server (xvfb-run)."
    echo "Set DISPLAY to see it on your screen."
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
  fi
  echo "No display found (DISPLAY is not set)." >&2
  exit 1
fi
exec "$app" "$@"
