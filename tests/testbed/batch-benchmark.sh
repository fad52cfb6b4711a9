#!/bin/bash
# The batch check's figures (docs/batch.md): 1,000 addresses over the bed's 50 generated
# domains (batch.sh: per domain u01..u15 accepted, busy@ temporary, four unknown), checked
# by the real smtp-wizard-cli --batch; prints the wall time and the peak RSS
# (/usr/bin/time -f %M), and checks the row counts. Not a test: timing varies with the
# machine's load, so nothing here fails on time.
#
#   batch-benchmark.sh <state-dir-of-a-running-bed> <smtp-wizard-cli> [jobs] [runs]
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
STATE=$1
CLI=$2
JOBS=${3:-4}
RUNS=${4:-3}
# shellcheck source=/dev/null
. "$STATE/testbed.env"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for (( d = 1; d <= 50; d++ )); do
    domain=$(printf 'batch%02d.%s' "$d" "$SMTPWIZARD_TB_ZONE")
    for (( u = 1; u <= 15; u++ )); do printf 'u%02d@%s\n' "$u" "$domain"; done
    echo "busy@$domain"
    for x in 1 2 3 4; do echo "unknown$x@$domain"; done
done > "$work/list.txt"
echo "$(wc -l < "$work/list.txt") addresses in 50 domains, --jobs $JOBS, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for (( run = 1; run <= RUNS; run++ )); do
    rm -f "$work/out.jsonl"
    rc=0
    /usr/bin/time -f '%e %M' -o "$work/time" "$CLI" --batch "$work/list.txt" --batch-out "$work/out.jsonl" \
        --from "sender@$SMTPWIZARD_TB_ZONE" --port "$SMTPWIZARD_TB_SMTP_PORT" --dns-server "$SMTPWIZARD_TB_DNS" \
        --ehlo "client.$SMTPWIZARD_TB_ZONE" --ca-file "$SMTPWIZARD_TB_CA_FILE" --jobs "$JOBS" \
        2> "$work/err" || rc=$?
    # time says "Command exited with non-zero status N" first when the exit code is not 0.
    read -r seconds kib < <(tail -n 1 "$work/time")
    accepted=$(grep -c '"outcome":"accepted"' "$work/out.jsonl" || true)
    refused=$(grep -c '"outcome":"refused"' "$work/out.jsonl" || true)
    temporary=$(grep -c '"outcome":"temporary"' "$work/out.jsonl" || true)
    echo "run $run: ${seconds} s, peak RSS $(( kib / 1024 )) MiB ($kib KiB), exit $rc," \
        "$accepted accepted, $refused refused, $temporary temporary; $(tail -n 1 "$work/err")"
done
