# Shared helpers of testbed.sh (sourced): messages, PIDs by environment marker, ports.
# shellcheck shell=bash

say() { printf 'testbed: %s\n' "$*" >&2; }
die() { printf 'testbed: ERROR: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
# One "export NAME='value'" line (sh-compatible; our values never hold a quote, but be safe).
export_line() { local q="'\\''"; printf "export %s='%s'\n" "$1" "${2//\'/$q}"; }
# $1 random letters and digits (no pipe into head: pipefail would trip on SIGPIPE).
random_word() { local s; s=$(head -c 1024 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9'); printf '%s' "${s:0:$1}"; }

# ---------------------------------------------------------------------------------
# Processes and ports.

# PIDs whose environment holds one of the given exact VAR=value entries (one grep over
# all /proc/*/environ: cheap even on a busy machine).
owned_pids() {
    local args=() e
    for e in "$@"; do args+=(-e "$e"); done
    grep -lsFxz "${args[@]}" /proc/[0-9]*/environ 2>/dev/null \
        | sed -n 's|^/proc/\([0-9]*\)/environ$|\1|p' | grep -vx "$$" || true
}

# Alive and not a zombie. The state is the field after the ")" that ends the command name;
# read without a child process, since stop asks this of every PID ten times a second.
alive() {
    local stat
    kill -0 "$1" 2>/dev/null && { read -r stat < "/proc/$1/stat"; } 2>/dev/null || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ]
}

# Kill the given PIDs: TERM, up to 3 s grace, then KILL.
kill_pids() {
    local pids=("$@") p left
    [ ${#pids[@]} -gt 0 ] || return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for _ in $(seq 30); do
        left=()
        for p in "${pids[@]}"; do alive "$p" && left+=("$p"); done
        [ ${#left[@]} -eq 0 ] && return 0
        sleep 0.1
    done
    say "processes still alive after TERM, sending KILL: ${left[*]}"
    kill -KILL "${left[@]}" 2>/dev/null || true
    sleep 0.1
}

# Listening sockets (ss lines) that occupy <tcp|udp> <addr> <port>: the address itself
# or a wildcard of the same family.
port_users() {
    local proto=$1 addr=$2 port=$3 wants netid laddr rest a
    case $addr in
        *:*) wants="[$addr] [::] *" ;;
        *) wants="$addr 0.0.0.0 * [::] [::ffff:$addr]" ;;
    esac
    # With a snapshot, its index answers at once: the bed checks some 50 sockets against
    # every listening socket of the machine, and a loop over all of them for each one
    # cost the start about half a second.
    if [ -n "${SS_SNAPSHOT+x}" ] && [ "${SS_INDEXED-}" = "$SS_SNAPSHOT" ]; then
        local w seen=" "
        read -ra w <<<"$wants"
        for a in "${w[@]}"; do
            case $seen in *" $a "*) continue ;; esac # 0.0.0.0 is its own wildcard
            seen+="$a "
            printf '%s' "${SS_INDEX["$proto $port $a"]-}"
        done
        return 0
    fi
    # Columns: Netid State Recv-Q Send-Q Local Peer Process.
    while read -r netid _ _ _ laddr _ rest; do
        if [ "$netid" != "$proto" ] || [ "${laddr##*:}" != "$port" ]; then continue; fi
        a=${laddr%:*}
        a=${a%%%*}
        case " $wants " in *" $a "*) echo "$proto $laddr $rest" ;; esac
    done <<<"${SS_SNAPSHOT-$(ss -Hlntup 2>/dev/null)}"
}

# addr:port as a client writes it ([::1]:2525).
endpoint() { case $1 in *:*) printf '[%s]:%s' "$1" "$2" ;; *) printf '%s:%s' "$1" "$2" ;; esac; }

# Take one picture of the listening sockets for a series of port_users calls, indexed by
# "proto port address" (the lines port_users prints).
snapshot_ports() {
    SS_SNAPSHOT=$(ss -Hlntup 2>/dev/null || true)
    declare -gA SS_INDEX=()
    local netid laddr rest a
    while read -r netid _ _ _ laddr _ rest; do
        [ -n "$netid" ] || continue
        a=${laddr%:*}
        a=${a%%%*}
        SS_INDEX["$netid ${laddr##*:} $a"]+="$netid $laddr $rest"$'\n'
    done <<<"$SS_SNAPSHOT"
    SS_INDEXED=$SS_SNAPSHOT
}
