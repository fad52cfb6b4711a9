#!/bin/sh
# Run a command inside the test bed's environment:
#   with-testbed.sh <state-dir> <command> [args...]
# Exports the SMTPWIZARD_TB_* variables from <state-dir>/testbed.env and the private
# D-Bus session from <state-dir>/keychain.env (each when present), then execs the command.
# A missing file is reported but not fatal: the test itself fails with a clear message
# (tests/support/Testbed.h), which names the variable it could not find.
set -eu
if [ $# -lt 2 ]; then
    echo "usage: $0 <state-dir> <command> [args...]" >&2
    exit 2
fi
state=$1
shift
if [ -f "$state/testbed.env" ]; then
    . "$state/testbed.env"
else
    echo "with-testbed: $state/testbed.env not found: is the test bed running? (tests/testbed/testbed.sh start $state)" >&2
fi
if [ -f "$state/keychain.env" ]; then
    . "$state/keychain.env"
fi
exec "$@"
