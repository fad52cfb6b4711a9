#!/bin/bash
# make bench: installs the peers when missing (swaks, Postfix's smtp-source), builds the
# programs, starts a test bed of its own, runs bench.py, stops the bed.
#   tests/bench/run.sh <build-dir>
# BENCH_TB_INSTANCE (default 28) moves the bed (tests/testbed, SMTPWIZARD_TB_INSTANCE);
# BENCH_RUNS (default 15) sets the rounds. Writes docs/benchmarks.md. Must run as root
# (the test bed binds port 53 and starts Postfix).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ROOT=$(cd "$HERE/../.." && pwd -P)
BUILD=$(cd "${1:?usage: run.sh <build-dir>}" && pwd -P)
PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH

need=()
command -v swaks >/dev/null || need+=(swaks)
perl -MNet::SSLeay -e1 2>/dev/null || need+=(libnet-ssleay-perl)
perl -MIO::Socket::INET6 -e1 2>/dev/null || need+=(libio-socket-inet6-perl)
[ -x /usr/sbin/smtp-source ] || need+=(postfix)
if [ ${#need[@]} -gt 0 ]; then
    echo "bench: installing ${need[*]}"
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    timeout 300 apt-get update -qq
    DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "bench: building the programs (log: $BUILD/bench-build.log)"
if ! timeout 1800 cmake --build "$BUILD" --target bench-programs -j "$(nproc)" >"$BUILD/bench-build.log" 2>&1; then
    tail -n 40 "$BUILD/bench-build.log" >&2
    exit 1
fi

STATE=$BUILD/bench-testbed
export SMTPWIZARD_TB_INSTANCE=${BENCH_TB_INSTANCE:-28}
stop() { timeout 60 "$ROOT/tests/testbed/testbed.sh" stop "$STATE" >/dev/null 2>&1 || true; }
trap stop EXIT
timeout 120 "$ROOT/tests/testbed/testbed.sh" start "$STATE"
timeout 900 python3 "$HERE/bench.py" "$BUILD" "$STATE" "$ROOT/docs/benchmarks.md"
