#!/bin/bash
# testbed.sideBySide: a second test bed runs next to the fixture's without sharing a socket.
#   side-by-side.sh <first-state-dir> <scratch-dir>
# The second bed lives in <scratch-dir>/side and is moved by the one variable a developer
# sets (SMTPWIZARD_TB_INSTANCE = the first bed's + 10, or SMTPWIZARD_TB_SIDE_INSTANCE), plus
# its own zone so that every greeting says which bed answered. Checks: the planned sockets
# are disjoint from the first bed's; every socket of each bed is held by that bed's
# processes alone (Postfix and smtp-sink use SO_REUSEPORT: a shared socket would show both);
# each bed greets with its own name on every Postfix port, IPv4 and [::1], SMTPS under its
# own CA, on its sinks, and its DNS answers for its zone; after the stop nothing of the
# second bed is left and the first still answers; a bed moved by addresses alone is refused
# at start, naming the [::1] sockets (there is only one IPv6 loopback address).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
TESTBED=$HERE/testbed.sh
# shellcheck source=common.sh
. "$HERE/common.sh"

[ $# = 2 ] || { echo "usage: $0 <first-state-dir> <scratch-dir>" >&2; exit 2; }
FIRST=$(cd "$1" && pwd -P)
mkdir -p "$2"
SCRATCH=$(cd "$2" && pwd -P)
SIDE=$SCRATCH/side
CLASH=$SCRATCH/clash
SIDE_ZONE=side.test

failures=0
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
pass() { printf 'ok: %s\n' "$*"; }

if [ ! -f "$FIRST/testbed.env" ] || [ ! -f "$FIRST/run/sockets" ]; then
    die "the first bed is not running in $FIRST (the testbed fixture starts it)"
fi

# One variable of a bed's testbed.env, read in a subshell: none of them leaks into ours.
# shellcheck source=/dev/null
tb() { ( . "$1/testbed.env" && eval "printf %s \"\${SMTPWIZARD_TB_$2-}\"" ); }

# testbed.sh with none of the SMTPWIZARD_TB_* of our own environment (ctest's, or the
# first bed's when run through with-testbed.sh), only the given ones.
clean_testbed() {
    local unset=() v
    for v in $(compgen -e); do
        case $v in SMTPWIZARD_TB_*) unset+=(-u "$v") ;; esac
    done
    env "${unset[@]}" "$@"
}

first_instance=$(tb "$FIRST" INSTANCE)
# Ten instances away: developers' own second beds take the low numbers (docs/testbed.md).
first_instance=${first_instance:-0}
if [ "$first_instance" -lt 20 ]; then default_side=$(( first_instance + 10 )); else default_side=$(( first_instance - 10 )); fi
side_instance=${SMTPWIZARD_TB_SIDE_INSTANCE:-$default_side}
side_env=(SMTPWIZARD_TB_INSTANCE="$side_instance" SMTPWIZARD_TB_ZONE="$SIDE_ZONE")

stop_all() {
    clean_testbed "$TESTBED" stop "$SIDE" >/dev/null 2>&1 || true
    clean_testbed "$TESTBED" stop "$CLASH" >/dev/null 2>&1 || true
}
trap stop_all EXIT

# --- 1. The plan: no socket of the second bed is one of the first's. -----------------
# (The plan is asked for before anything is started: a bed that ignored the variable would
# otherwise bind the contract's defaults, which may belong to someone else.)
planned=$(clean_testbed "${side_env[@]}" "$TESTBED" sockets "$SIDE") \
    || die "testbed.sh sockets failed"
[ -n "$planned" ] || die "testbed.sh sockets printed nothing"
shared=$(comm -12 <(awk '{print $1, $2, $3}' "$FIRST/run/sockets" | sort) \
                  <(awk '{print $1, $2, $3}' <<<"$planned" | sort))
[ -z "$shared" ] || die "instance $side_instance would share sockets with the first bed: $shared"
# And the variable moves every socket of the bed, not just some (asking binds nothing).
unmoved=$(clean_testbed SMTPWIZARD_TB_INSTANCE=0 "$TESTBED" sockets "$SIDE")
shared=$(comm -12 <(awk '{print $1, $2, $3}' <<<"$unmoved" | sort) <(awk '{print $1, $2, $3}' <<<"$planned" | sort))
[ -z "$shared" ] || die "SMTPWIZARD_TB_INSTANCE=$side_instance leaves sockets of instance 0 in place: $shared"
pass "instance $side_instance plans $(wc -l <<<"$planned") sockets, none of instance 0's or the first bed's"

# --- 2. Start the second bed. -------------------------------------------------------
clean_testbed "${side_env[@]}" "$TESTBED" start "$SIDE"
cmp -s <(echo "$planned") "$SIDE/run/sockets" || fail "the started bed's sockets differ from its plan"
[ "$(tb "$SIDE" ZONE)" = "$SIDE_ZONE" ] || fail "second bed's zone is not $SIDE_ZONE"

# --- 3. Each socket is held by its own bed's processes alone. -------------------------
bed_pids() {
    owned_pids "SMTPWIZARD_TB_OWNER=$1#testbed" "MAIL_CONFIG=$1/postfix/etc" | sort -u
}
# The PIDs named in an ss line's process column.
ss_pids() { grep -o 'pid=[0-9]*' <<<"$1" | cut -d= -f2 | sort -u; }
# "proto addr port" of every listening socket held by one of the given PIDs.
held_by() {
    local owners=$1 netid laddr rest p
    while read -r netid _ _ _ laddr _ rest; do
        for p in $(ss_pids "$rest"); do
            if grep -qx "$p" <<<"$owners"; then
                local a=${laddr%:*}
                a=${a#[}
                a=${a%]}
                echo "$netid ${a%%%*} ${laddr##*:}"
                break
            fi
        done
    done <<<"$SS_SNAPSHOT"
}
check_owned() {
    local state=$1 label=$2 owners proto addr port name users p bad=0
    owners=$(bed_pids "$state")
    while read -r proto addr port name; do
        users=$(port_users "$proto" "$addr" "$port")
        if [ -z "$users" ]; then
            fail "$label: nothing listens on $proto $(endpoint "$addr" "$port") ($name)"
            bad=1
            continue
        fi
        for p in $(ss_pids "$users"); do
            if ! grep -qx "$p" <<<"$owners"; then
                fail "$label: $proto $(endpoint "$addr" "$port") ($name) is also held by pid $p: $(ps -o args= -p "$p" || true)"
                bad=1
            fi
        done
    done < "$state/run/sockets"
    [ $bad = 1 ] || pass "$label: its $(wc -l < "$state/run/sockets") sockets listen, held by its own processes only"
}
snapshot_ports
check_owned "$FIRST" "first bed"
check_owned "$SIDE" "second bed"
both=$(comm -12 <(held_by "$(bed_pids "$FIRST")" | sort -u) <(held_by "$(bed_pids "$SIDE")" | sort -u))
if [ -n "$both" ]; then fail "sockets held by both beds: $both"; else pass "the beds' listening sockets (ss -lntup) are disjoint"; fi
unset SS_SNAPSHOT

# --- 4. Each bed answers as itself. ---------------------------------------------------
# The first line a server sends on addr:port (empty when it sends none within 5 s).
greeting() {
    local fd line=
    exec {fd}<>"/dev/tcp/$1/$2" || { echo "(connect failed)"; return; }
    IFS= read -r -t 5 line <&"$fd" || true
    { printf 'QUIT\r\n' >&"$fd"; } 2>/dev/null || true
    exec {fd}>&-
    printf '%s' "${line%$'\r'}"
}
expect_greeting() {
    local label=$1 addr=$2 port=$3 want=$4 got i
    # Several connections: with a shared SO_REUSEPORT socket, some would reach the other bed.
    for i in 1 2 3 4; do
        got=$(greeting "$addr" "$port")
        # The name must end where $want does (a space or the end of the line follows).
        if [[ "$got " != "$want "* ]]; then
            fail "$label $(endpoint "$addr" "$port"): greeting '$got', expected '$want ...' (connection $i)"
            return
        fi
    done
    pass "$label $(endpoint "$addr" "$port"): $got"
}
expect_tls_greeting() {
    local label=$1 addr=$2 port=$3 ca=$4 want=$5 got
    got=$(printf 'QUIT\r\n' | timeout 10 openssl s_client -connect "$(endpoint "$addr" "$port")" -quiet \
              -CAfile "$ca" -verify_return_error 2>/dev/null | head -n 1 | tr -d '\r') || true
    if [[ "$got " == "$want "* ]]; then pass "$label $(endpoint "$addr" "$port") (TLS, own CA): $got"
    else fail "$label $(endpoint "$addr" "$port") (TLS, own CA): greeting '$got', expected '$want ...'"; fi
}
check_answers() {
    local state=$1 label=$2 zone mail sink dns ca name opts a got
    zone=$(tb "$state" ZONE)
    mail=$(tb "$state" MAIL_ADDR)
    sink=$(tb "$state" SINK_ADDR)
    dns=$(tb "$state" DNS)
    ca=$(tb "$state" CA_FILE)
    for a in "$mail" ::1; do
        expect_greeting "$label smtp" "$a" "$(tb "$state" SMTP_PORT)" "220 mail.$zone"
        expect_greeting "$label submission" "$a" "$(tb "$state" SUBMISSION_PORT)" "220 mail.$zone"
        expect_tls_greeting "$label smtps" "$a" "$(tb "$state" SMTPS_PORT)" "$ca" "220 mail.$zone"
    done
    # The sinks that greet at once (not the 421 or the delayed one: their sockets are
    # proven by step 3).
    while read -r name _ opts; do
        case $name in ''|'#'*) continue ;; esac
        case $opts in *CONNECT*) continue ;; esac
        expect_greeting "$label sink $name" "$sink" "$(tb "$state" "SINK_${name}_PORT")" "220 sink.$zone"
    done < "$HERE/sinks.conf"
    got=$(dig +short +time=2 +tries=1 -p 53 "@$dns" "mail.$zone" A 2>&1 || true)
    if [ "$got" = "$mail" ]; then pass "$label DNS $dns: mail.$zone A $got"
    else fail "$label DNS $dns: mail.$zone A '$got', expected '$mail'"; fi
}
check_answers "$FIRST" "first bed"
check_answers "$SIDE" "second bed"
# Neither DNS server knows the other's zone (they are two servers, not one).
first_zone=$(tb "$FIRST" ZONE)
got=$(dig +short +time=2 +tries=1 -p 53 "@$(tb "$FIRST" DNS)" "mail.$SIDE_ZONE" A 2>&1 || true)
[ -z "$got" ] || fail "the first bed's DNS answers for $SIDE_ZONE: $got"
got=$(dig +short +time=2 +tries=1 -p 53 "@$(tb "$SIDE" DNS)" "mail.$first_zone" A 2>&1 || true)
[ -z "$got" ] || fail "the second bed's DNS answers for $first_zone: $got"

# --- 5. Stop the second bed: nothing of it is left, the first still runs. -------------
clean_testbed "$TESTBED" stop "$SIDE"
leftover=$(bed_pids "$SIDE")
[ -z "$leftover" ] || fail "processes of the second bed left after stop: $leftover"
if [ -e "$SIDE/testbed.env" ] || [ -e "$SIDE/run/sockets" ]; then fail "testbed.env or run/sockets left in $SIDE"; fi
[ -z "$(ls "$SIDE"/run/*.pid 2>/dev/null)" ] || fail "PID files left in $SIDE/run"
snapshot_ports
while read -r proto addr port name; do
    users=$(port_users "$proto" "$addr" "$port")
    [ -z "$users" ] || fail "after stop, $proto $(endpoint "$addr" "$port") ($name) still listens: $users"
done <<<"$planned"
unset SS_SNAPSHOT
check_owned "$FIRST" "first bed after the second's stop"
expect_greeting "first bed after the second's stop" "$(tb "$FIRST" MAIL_ADDR)" "$(tb "$FIRST" SMTP_PORT)" \
    "220 mail.$first_zone"
expect_greeting "first bed after the second's stop" ::1 "$(tb "$FIRST" SMTP_PORT)" "220 mail.$first_zone"

# --- 6. Moved by addresses alone, a bed is refused: [::1] would be shared. -------------
# Its DNS is the stopped second bed's address; its mail and sink address the first bed's
# dead address, where (by the first bed's own start check) nothing listens.
dead=$(tb "$FIRST" DEAD_ADDR)
clash_env=(SMTPWIZARD_TB_DNS="$(awk '$4 == "DNS" {print $2; exit}' <<<"$planned")"
           SMTPWIZARD_TB_MAIL_ADDR="$dead" SMTPWIZARD_TB_SINK_ADDR="$dead" SMTPWIZARD_TB_ZONE=clash.test)
for v in SMTP_PORT SUBMISSION_PORT SMTPS_PORT; do
    clash_env+=("SMTPWIZARD_TB_$v=$(tb "$FIRST" "$v")")
done
while read -r name _; do
    case $name in ''|'#'*) continue ;; esac
    clash_env+=("SMTPWIZARD_TB_SINK_${name}_PORT=$(tb "$FIRST" "SINK_${name}_PORT")")
done < "$HERE/sinks.conf"
if out=$(clean_testbed "${clash_env[@]}" "$TESTBED" start "$CLASH" 2>&1); then
    fail "a bed on the first bed's ports with other addresses started (it shares [::1])"
else
    for v in SMTP_PORT SUBMISSION_PORT SMTPS_PORT; do
        want="port in use: tcp [::1]:$(tb "$FIRST" "$v") (SMTPWIZARD_TB_$v)"
        grep -qF "$want" <<<"$out" || fail "the refusal does not name '$want': $out"
    done
    grep -qF "SMTPWIZARD_TB_INSTANCE" <<<"$out" || fail "the refusal does not say how to move the bed: $out"
    pass "a bed moved by addresses alone is refused, naming [::1]"
fi
leftover=$(bed_pids "$CLASH")
[ -z "$leftover" ] || fail "processes of the refused bed: $leftover"

if [ $failures -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
