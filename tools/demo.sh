#!/usr/bin/env bash
# `make demo`: the wizard in practice mode on a private test bed (docs/gui.md, "Practice mode").
#
#   tools/demo.sh [BUILD_DIR] [wizard options]      (default: build; needs root)
#
# Starts tests/testbed/testbed.sh in a temporary state folder (root: dnsmasq binds port 53,
# Postfix needs root), opens BUILD_DIR/smtp-wizard --practice on it, and when the wizard
# exits (closed, Ctrl+C, killed) stops the bed and its servers and removes the folder.
# SMTPWIZARD_TB_INSTANCE=N moves the bed off the default ports (docs/testbed.md).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" != 0 ]; then
    echo "make demo needs root: the practice test bed runs a DNS server on port 53 and Postfix." >&2
    echo "Run it as root, e.g.: sudo --preserve-env=DISPLAY,XAUTHORITY make demo" >&2
    exit 1
fi
build=$(cd "${1:-$here/build}" && pwd)
shift || true
wizard=$build/smtp-wizard
if [ ! -x "$wizard" ]; then
    echo "demo: $wizard not found; build it first (make build)" >&2
    exit 1
fi

state=$(mktemp -d "${TMPDIR:-/tmp}/smtpwizard-demo.XXXXXX")
chmod 755 "$state" # Postfix runs its daemons as the postfix user
stopped=0
cleanup() {
    [ $stopped = 1 ] && return
    stopped=1
    echo "demo: stopping the practice test bed"
    "$here/tests/testbed/testbed.sh" stop "$state" >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap cleanup EXIT
# Ctrl+C reaches the wizard too (same process group); the bed goes once it has exited.
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM HUP

echo "demo: starting the practice test bed (DNS, Postfix, faulty servers on 127.0.0.0/8)"
"$here/tests/testbed/testbed.sh" start "$state"
echo "demo: opening the wizard in practice mode; close it (or Ctrl+C here) to stop everything"
status=0
"$here/tools/launch.sh" "$wizard" --practice "$state/testbed.env" "$@" || status=$?
exit $status
