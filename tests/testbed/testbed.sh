#!/bin/bash
# The real test bed of SMTP Wizard: dnsmasq, Postfix and smtp-sink fault instances on
# loopback, plus a private Secret Service (gnome-keyring in its own D-Bus session).
#
#   testbed.sh start <state-dir>          start the servers, write <state-dir>/testbed.env
#   testbed.sh stop <state-dir>           stop them (idempotent), wait until ports are free
#   testbed.sh keychain-start <state-dir> private D-Bus + unlocked gnome-keyring, keychain.env
#   testbed.sh keychain-stop <state-dir>
#   testbed.sh status <state-dir>         list the processes of this state dir
#   testbed.sh sockets <state-dir>        the sockets a start would bind (binds nothing)
#
# Addresses and ports default to the values of the test bed contract and can be
# overridden with the variables of the same name (SMTPWIZARD_TB_*) when starting.
# SMTPWIZARD_TB_INSTANCE=N (1..29) moves a whole second bed at once: every port + N*1000,
# DNS on 127.0.53.(1+N).
# Everything lives under <state-dir>; nothing outside it is changed. Must run as root
# (port 53, Postfix). See docs/testbed.md.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH

# shellcheck source=common.sh
. "$HERE/common.sh"

usage() {
    sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[ $# -ge 2 ] || usage
command=$1
[ "$(id -u)" = 0 ] || die "must run as root (dnsmasq binds port 53, Postfix needs root)"
umask 022
mkdir -p "$2"
STATE=$(cd "$2" && pwd -P)
RUN=$STATE/run
# Every process we start carries this marker in its environment (Postfix children carry
# MAIL_CONFIG instead): a crashed run's leftovers are found by it, never by name.
OWNER_BED="$STATE#testbed"
OWNER_KEY="$STATE#keychain"
PF_CONF=$STATE/postfix/etc
PF_SPOOL=$STATE/postfix/spool
# shellcheck source=keychain.sh
. "$HERE/keychain.sh"
# shellcheck source=https.sh
. "$HERE/https.sh"
# shellcheck source=batch.sh
. "$HERE/batch.sh"
# shellcheck source=slowmx.sh
. "$HERE/slowmx.sh"
# shellcheck source=practice.sh
. "$HERE/practice.sh"

# ---------------------------------------------------------------------------------
# Configuration: contract defaults, overridable from the environment.

# Instance N of the bed (0: the contract's defaults). The DNS port must stay 53 (Qt 6.4's
# QDnsLookup takes an address only), so dnsmasq moves by address; everything else moves by
# port, which keeps the [::1] listeners apart too (::1 is the only IPv6 loopback address).
# Ports stay below 32768, where Linux picks the ports of outgoing connections.
load_config() {
    TB_INSTANCE=${SMTPWIZARD_TB_INSTANCE:-0}
    [[ $TB_INSTANCE =~ ^([0-9]|[12][0-9])$ ]] \
        || die "SMTPWIZARD_TB_INSTANCE must be a number from 0 to 29, not '$TB_INSTANCE'"
    local offset=$(( TB_INSTANCE * 1000 ))
    TB_DNS=${SMTPWIZARD_TB_DNS:-127.0.53.$(( 1 + TB_INSTANCE ))}
    TB_ZONE=${SMTPWIZARD_TB_ZONE:-wizard.test}
    TB_MAIL_ADDR=${SMTPWIZARD_TB_MAIL_ADDR:-127.0.25.1}
    TB_SMTP_PORT=${SMTPWIZARD_TB_SMTP_PORT:-$(( 2525 + offset ))}
    TB_SUBMISSION_PORT=${SMTPWIZARD_TB_SUBMISSION_PORT:-$(( 2587 + offset ))}
    TB_SMTPS_PORT=${SMTPWIZARD_TB_SMTPS_PORT:-$(( 2465 + offset ))}
    # Postfix with faults on demand (faults.access) and with STARTTLS refused (IPv4 only).
    TB_FAULTS_PORT=${SMTPWIZARD_TB_FAULTS_PORT:-$(( 2526 + offset ))}
    TB_STARTTLS501_PORT=${SMTPWIZARD_TB_STARTTLS501_PORT:-$(( 2527 + offset ))}
    # The MTA-STS policy host (https.sh), HTTPS on the mail address.
    TB_HTTPS_PORT=${SMTPWIZARD_TB_HTTPS_PORT:-$(( 2443 + offset ))}
    TB_DEAD_ADDR=${SMTPWIZARD_TB_DEAD_ADDR:-127.0.25.99}
    TB_SINK_ADDR=${SMTPWIZARD_TB_SINK_ADDR:-127.0.26.1}
    TB_USER=${SMTPWIZARD_TB_USER:-alice@$TB_ZONE}
    # Paths always follow the state dir, whatever an old testbed.env in the shell says.
    TB_CA_FILE=$STATE/tls/ca.pem
    TB_MAILDIR=$STATE/mail
    slowmx_config
    practice_config
    SINK_NAMES=()
    SINK_PORTS=()
    SINK_OPTS=()
    local name port rest var
    while read -r name port rest; do
        case $name in ''|'#'*) continue ;; esac
        var=SMTPWIZARD_TB_SINK_${name}_PORT
        SINK_NAMES+=("$name")
        SINK_PORTS+=("${!var:-$(( port + offset ))}")
        SINK_OPTS+=("$rest")
    done < "$HERE/sinks.conf"
}


# Every socket the bed binds, one "proto addr port name" per line. After a start they
# come from run/sockets, so stop waits for the ports that start really used.
bed_sockets() {
    if [ -f "$RUN/sockets" ]; then
        cat "$RUN/sockets"
    else
        planned_sockets
    fi
}

# The sockets of the configuration (master.cf.in, dnsmasq.conf.in, sinks.conf): Postfix,
# dnsmasq and smtp-sink bind nothing else (no wildcard; inet_interfaces names no port).
planned_sockets() {
    echo "udp $TB_DNS 53 DNS"
    echo "tcp $TB_DNS 53 DNS"
    local p
    for p in SMTP SUBMISSION SMTPS; do
        local var=TB_${p}_PORT
        echo "tcp $TB_MAIL_ADDR ${!var} ${p}_PORT"
        echo "tcp ::1 ${!var} ${p}_PORT"
    done
    echo "tcp $TB_MAIL_ADDR $TB_FAULTS_PORT FAULTS_PORT"
    echo "tcp $TB_MAIL_ADDR $TB_STARTTLS501_PORT STARTTLS501_PORT"
    echo "tcp $TB_MAIL_ADDR $TB_HTTPS_PORT HTTPS_PORT"
    local i
    for i in "${!SINK_NAMES[@]}"; do
        echo "tcp $TB_SINK_ADDR ${SINK_PORTS[$i]} SINK_${SINK_NAMES[$i]}_PORT"
    done
    slowmx_sockets
    practice_sockets
}

check_ports_free() {
    local proto addr port name users bad=0
    snapshot_ports
    while read -r proto addr port name; do
        users=$(port_users "$proto" "$addr" "$port")
        if [ -n "$users" ]; then
            say "port in use: $proto $(endpoint "$addr" "$port") (SMTPWIZARD_TB_$name): $users"
            bad=1
        fi
    done < <(planned_sockets)
    # The dead address must refuse connections: nothing may listen there.
    users=$(awk -v a="$TB_DEAD_ADDR" '$1 == "tcp" && index($5, a ":") == 1' <<<"$SS_SNAPSHOT")
    for port in 25 "$TB_SMTP_PORT"; do
        users+=$(port_users tcp "$TB_DEAD_ADDR" "$port")
    done
    if [ -n "$users" ]; then
        say "something listens on SMTPWIZARD_TB_DEAD_ADDR $TB_DEAD_ADDR: $users"
        bad=1
    fi
    unset SS_SNAPSHOT
    [ $bad = 0 ] || die "addresses/ports are busy (see above); stop the other process, or run this bed as another instance (SMTPWIZARD_TB_INSTANCE=1..29, see docs/testbed.md)"
}

# Wait until none of the bed's sockets is bound any more.
wait_ports_free() {
    local deadline=$(( $(now_ms) + 10000 )) busy proto addr port name
    while :; do
        busy=
        snapshot_ports
        while read -r proto addr port name; do
            [ -n "$(port_users "$proto" "$addr" "$port")" ] && busy+=" $proto:$(endpoint "$addr" "$port")"
        done < <(bed_sockets)
        unset SS_SNAPSHOT
        [ -z "$busy" ] && return 0
        [ "$(now_ms)" -lt $deadline ] || die "ports still busy after stop:$busy"
        sleep 0.1
    done
}

wait_listening() {
    local deadline=$(( $(now_ms) + 10000 )) missing proto addr port name
    while :; do
        missing=
        snapshot_ports
        while read -r proto addr port name; do
            [ -n "$(port_users "$proto" "$addr" "$port")" ] || missing+=" $name=$(endpoint "$addr" "$port")"
        done < <(bed_sockets)
        unset SS_SNAPSHOT
        [ -z "$missing" ] && return 0
        [ "$(now_ms)" -lt $deadline ] || { say "not listening after 10 s:$missing"; return 1; }
        sleep 0.05
    done
}

# ---------------------------------------------------------------------------------
# stop

stop_bed() {
    local pids=() p
    # Postfix first: the master stops its children.
    if [ -f "$PF_SPOOL/pid/master.pid" ]; then
        p=$(tr -d ' \n' < "$PF_SPOOL/pid/master.pid")
        if [ -n "$p" ] && alive "$p" && { tr '\0' '\n' < "/proc/$p/environ"; } 2>/dev/null \
                | grep -Fxq "MAIL_CONFIG=$PF_CONF"; then
            pids+=("$p")
        fi
    fi
    for p in "$RUN"/bed-*.pid; do
        [ -f "$p" ] || continue
        p=$(tr -d ' \n' < "$p")
        [ -n "$p" ] && alive "$p" && pids+=("$p")
    done
    # Only PIDs that still carry our marker (a PID file can outlive its process).
    local mine
    mine=$(owned_pids "SMTPWIZARD_TB_OWNER=$OWNER_BED" "MAIL_CONFIG=$PF_CONF")
    local sure=()
    for p in "${pids[@]}"; do grep -qx "$p" <<<"$mine" && sure+=("$p"); done
    kill_pids "${sure[@]}"
    # Whatever is left (children of a KILLed master, orphans of a crashed start).
    mapfile -t pids < <(owned_pids "SMTPWIZARD_TB_OWNER=$OWNER_BED" "MAIL_CONFIG=$PF_CONF")
    kill_pids "${pids[@]}"
    rm -f "$RUN"/bed-*.pid "$PF_SPOOL/pid/master.pid" "$STATE/testbed.env"
    # Our processes are gone; wait until the kernel has released their sockets too.
    # (A foreign process on one of the ports is reported by start, not waited for.)
    if [ $(( ${#sure[@]} + ${#pids[@]} )) -gt 0 ]; then
        wait_ports_free
    fi
    rm -f "$RUN/sockets"
}

# ---------------------------------------------------------------------------------
# start

# Run one step of the start and note how long it took (printed at the end).
phase() {
    local t rc=0
    t=$(now_ms)
    "$@" || rc=$?
    PHASES+="${PHASES:+, }${1#*_} $(( $(now_ms) - t ))"
    return $rc
}

make_tls() {
    local d=$STATE/tls log=$STATE/tls/openssl.log
    rm -rf "$d" "$STATE/tls.log"
    mkdir -p "$d"
    local ext=$d/server.ext
    cat > "$ext" <<EOF
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:mail.$TB_ZONE, DNS:localhost, IP:$TB_MAIL_ADDR, IP:::1
authorityKeyIdentifier = keyid
subjectKeyIdentifier = hash
EOF
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
        -subj "/O=SMTP Wizard test bed/CN=SMTP Wizard Test CA" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout "$d/ca.key" -out "$d/ca.pem" 2>>"$log"
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -subj "/O=SMTP Wizard test bed/CN=mail.$TB_ZONE" \
        -keyout "$d/server.key" -out "$d/server.csr" 2>>"$log"
    openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" \
        -CAcreateserial -days 30 -extfile "$ext" -out "$d/server.pem" 2>>"$log"
    chmod 600 "$d/ca.key" "$d/server.key"
    chmod 644 "$d/ca.pem" "$d/server.pem"
}

# @VAR@ substitution of a template.
render() {
    sed -e "s|@STATE@|$STATE|g" -e "s|@ZONE@|$TB_ZONE|g" -e "s|@DNS@|$TB_DNS|g" \
        -e "s|@MAIL_ADDR@|$TB_MAIL_ADDR|g" -e "s|@DEAD_ADDR@|$TB_DEAD_ADDR|g" \
        -e "s|@SINK_ADDR@|$TB_SINK_ADDR|g" -e "s|@SMTP_PORT@|$TB_SMTP_PORT|g" \
        -e "s|@SUBMISSION_PORT@|$TB_SUBMISSION_PORT|g" -e "s|@SMTPS_PORT@|$TB_SMTPS_PORT|g" \
        -e "s|@FAULTS_PORT@|$TB_FAULTS_PORT|g" -e "s|@STARTTLS501_PORT@|$TB_STARTTLS501_PORT|g" \
        -e "s|@VUID@|$(id -u nobody)|g" -e "s|@VGID@|$(id -g nobody)|g" "$1"
}

# Mailboxes of the virtual domain: alice, bob, sender (the contract's), grey and full (exist,
# refused at RCPT by recipient_access), selftest (reserved for tst_testbed's own checks).
MAILBOXES="alice bob sender grey full selftest"

make_postfix() {
    mkdir -p "$PF_CONF/sasl" "$PF_SPOOL" "$STATE/postfix/data"
    render "$HERE/main.cf.in" > "$PF_CONF/main.cf"
    render "$HERE/master.cf.in" > "$PF_CONF/master.cf"
    local u
    : > "$PF_CONF/vmailbox"
    for u in $MAILBOXES; do
        echo "$u@$TB_ZONE $TB_ZONE/$u/" >> "$PF_CONF/vmailbox"
    done
    cat > "$PF_CONF/recipient_access" <<EOF
grey@$TB_ZONE 450 4.7.1 Greylisted, please try again later
full@$TB_ZONE 552 5.2.2 Mailbox full
EOF
    # nobody@ is not in vmailbox: Postfix itself answers 550 5.1.1 User unknown.
    make_fault_maps
    make_batch_maps
    make_practice_maps

    # Mailboxes start empty on every run.
    rm -rf "$TB_MAILDIR"
    mkdir -p "$TB_MAILDIR/$TB_ZONE"
    for u in $MAILBOXES; do
        mkdir -p "$TB_MAILDIR/$TB_ZONE/$u"/{new,cur,tmp}
    done
    chown -R nobody:nogroup "$TB_MAILDIR/$TB_ZONE"
    chmod -R 700 "$TB_MAILDIR/$TB_ZONE"/*

    # SASL from sasldb, read by smtpd (user postfix) without saslauthd.
    local db=$PF_CONF/sasldb2
    rm -f "$db"
    printf '%s' "$TB_PASSWORD" | saslpasswd2 -c -p -f "$db" -u "${TB_USER#*@}" "${TB_USER%@*}"
    chown root:postfix "$db"
    chmod 640 "$db"
    cat > "$PF_CONF/sasl/smtpd.conf" <<EOF
pwcheck_method: auxprop
auxprop_plugin: sasldb
sasldb_path: $db
mech_list: PLAIN LOGIN CRAM-MD5
EOF
    # Postfix's master waits ~2 s at start when main.cf was written in the last seconds
    # (it guards against half-written files); ours is complete, so backdate it.
    touch -d '-1 minute' "$PF_CONF/main.cf" "$PF_CONF/master.cf" "$PF_CONF/vmailbox" \
        "$PF_CONF/recipient_access" "$PF_CONF/sasl/smtpd.conf" "$PF_CONF/sasl/smtpd-faults.conf" \
        "$PF_CONF"/fault_* "$PF_CONF/starttls_filter"

    # No mail from an earlier run may be delivered into this one. A spool that Postfix
    # has checked before is kept and emptied, and "quick-start" skips postfix-script's
    # integrity checks (create-missing and friends: about 2 s on a busy machine).
    if [ -f "$PF_SPOOL/.testbed-checked" ]; then
        local q
        for q in incoming active deferred defer bounce hold corrupt maildrop flush trace saved; do
            [ -d "$PF_SPOOL/$q" ] && find "$PF_SPOOL/$q" -type f -delete
        done
        touch "$PF_SPOOL/quick-start"
    else
        rm -rf "$PF_SPOOL" "$STATE/postfix/data"
        mkdir -p "$PF_SPOOL" "$STATE/postfix/data"
        chown postfix "$STATE/postfix/data"
    fi
    : > "$STATE/postfix/maillog"
}

# The FAULTS_PORT service's maps (faults.access), its SASL setup and STARTTLS501's filter.
make_fault_maps() {
    local m
    for m in helo sender recipient data end_of_data; do
        render "$HERE/faults.access" | awk -v m="$m" '$1 == m { $1 = ""; sub(/^ +/, ""); print }' \
            > "$PF_CONF/fault_$m"
    done
    # A saslauthd socket where nothing listens: every AUTH is a temporary failure (454).
    cat > "$PF_CONF/sasl/smtpd-faults.conf" <<EOF
pwcheck_method: saslauthd
saslauthd_path: $RUN/no-saslauthd/mux
mech_list: PLAIN LOGIN
EOF
    # STARTTLS with an argument: Postfix answers 501 5.5.4 Syntax: STARTTLS.
    printf '/^STARTTLS$/ STARTTLS now\n' > "$PF_CONF/starttls_filter"
}

start_dnsmasq() {
    mkdir -p "$STATE/dns"
    render "$HERE/dnsmasq.conf.in" > "$STATE/dns/dnsmasq.conf"
    batch_dns_lines >> "$STATE/dns/dnsmasq.conf"
    slowmx_dns_lines >> "$STATE/dns/dnsmasq.conf"
    : > "$STATE/dns/dnsmasq.log"
    : > "$STATE/dns/dnsmasq.out"
    env SMTPWIZARD_TB_OWNER="$OWNER_BED" setsid dnsmasq --keep-in-foreground \
        --conf-file="$STATE/dns/dnsmasq.conf" --pid-file="$RUN/dnsmasq.pidfile" \
        </dev/null >>"$STATE/dns/dnsmasq.out" 2>&1 &
    echo $! > "$RUN/bed-dnsmasq.pid"
}

start_sinks() {
    mkdir -p "$STATE/sink"
    local i opts
    for i in "${!SINK_NAMES[@]}"; do
        eval "opts=(${SINK_OPTS[$i]})"
        env SMTPWIZARD_TB_OWNER="$OWNER_BED" setsid smtp-sink -u nobody -h "sink.$TB_ZONE" -a \
            "${opts[@]}" "$TB_SINK_ADDR:${SINK_PORTS[$i]}" 100 \
            </dev/null >"$STATE/sink/${SINK_NAMES[$i]}.log" 2>&1 &
        echo $! > "$RUN/bed-sink-${SINK_NAMES[$i]}.pid"
    done
}

start_postfix() {
    # postfix(1) keeps only import_environment, which main.cf does not extend: the
    # children are recognised by MAIL_CONFIG.
    if ! env SMTPWIZARD_TB_OWNER="$OWNER_BED" setsid postfix -c "$PF_CONF" start \
            </dev/null >"$STATE/postfix/start.log" 2>&1; then
        say "postfix did not start:"
        tail -n 30 "$STATE/postfix/start.log" "$STATE/postfix/maillog" >&2 || true
        rm -f "$PF_SPOOL/.testbed-checked"
        return 1
    fi
    touch "$PF_SPOOL/.testbed-checked"
}

wait_dns() {
    local deadline=$(( $(now_ms) + 10000 ))
    until [ "$(dig +short +time=1 +tries=1 -p 53 "@$TB_DNS" "mail.$TB_ZONE" A 2>/dev/null)" = "$TB_MAIL_ADDR" ]; do
        [ "$(now_ms)" -lt $deadline ] || { say "dnsmasq does not answer on $TB_DNS"; return 1; }
        sleep 0.05
    done
}

write_env() {
    local f=$STATE/testbed.env tmp=$STATE/.testbed.env.tmp i
    {
        echo "# SMTP Wizard test bed, written by testbed.sh start $(date -Is)"
        export_line SMTPWIZARD_TB_INSTANCE "$TB_INSTANCE"
        export_line SMTPWIZARD_TB_DNS "$TB_DNS"
        export_line SMTPWIZARD_TB_ZONE "$TB_ZONE"
        export_line SMTPWIZARD_TB_MAIL_ADDR "$TB_MAIL_ADDR"
        export_line SMTPWIZARD_TB_SMTP_PORT "$TB_SMTP_PORT"
        export_line SMTPWIZARD_TB_SUBMISSION_PORT "$TB_SUBMISSION_PORT"
        export_line SMTPWIZARD_TB_SMTPS_PORT "$TB_SMTPS_PORT"
        export_line SMTPWIZARD_TB_FAULTS_PORT "$TB_FAULTS_PORT"
        export_line SMTPWIZARD_TB_STARTTLS501_PORT "$TB_STARTTLS501_PORT"
        export_line SMTPWIZARD_TB_HTTPS_PORT "$TB_HTTPS_PORT"
        export_line SMTPWIZARD_TB_DEAD_ADDR "$TB_DEAD_ADDR"
        export_line SMTPWIZARD_TB_CA_FILE "$TB_CA_FILE"
        export_line SMTPWIZARD_TB_USER "$TB_USER"
        export_line SMTPWIZARD_TB_PASSWORD "$TB_PASSWORD"
        export_line SMTPWIZARD_TB_MAILDIR "$TB_MAILDIR"
        export_line SMTPWIZARD_TB_SINK_ADDR "$TB_SINK_ADDR"
        export_line SMTPWIZARD_TB_SLOWMX_PORT "$TB_SLOWMX_PORT"
        export_line SMTPWIZARD_TB_M365_PORT "$TB_M365_PORT"
        for i in "${!SINK_NAMES[@]}"; do
            export_line "SMTPWIZARD_TB_SINK_${SINK_NAMES[$i]}_PORT" "${SINK_PORTS[$i]}"
        done
        export_line SMTPWIZARD_TB_STATE_DIR "$STATE"
    } > "$tmp"
    chmod 600 "$tmp"
    mv -f "$tmp" "$f"
}

start_bed() {
    local t0
    t0=$(now_ms)
    load_config
    mkdir -p "$RUN"
    # A crashed earlier run of this state dir: clear its processes first.
    PHASES=
    phase stop_bed
    phase check_ports_free
    planned_sockets > "$RUN/sockets"
    TB_PASSWORD=${SMTPWIZARD_TB_PASSWORD:-$(random_word 20)}
    phase make_tls
    phase make_https
    phase make_postfix
    phase start_dnsmasq
    phase start_sinks
    phase start_slowmx
    phase start_https
    phase start_practice
    # A sink that died at once (bad option) leaves its port free: wait_listening says so.
    if ! phase start_postfix || ! phase wait_listening || ! phase wait_dns; then
        say "start failed; stopping what did start"
        stop_bed || true
        exit 1
    fi
    write_env
    say "started in $(( $(now_ms) - t0 )) ms ($PHASES); environment in $STATE/testbed.env"
}

status() {
    local p
    for p in $(owned_pids "SMTPWIZARD_TB_OWNER=$OWNER_BED" "MAIL_CONFIG=$PF_CONF") $(owned_pids "SMTPWIZARD_TB_OWNER=$OWNER_KEY"); do
        ps -o pid=,user=,args= -p "$p" || true
    done
}

case $command in
    start) start_bed ;;
    stop)
        t0=$(now_ms)
        load_config
        stop_bed
        say "stopped in $(( $(now_ms) - t0 )) ms"
        ;;
    keychain-start) start_keychain ;;
    keychain-stop)
        t0=$(now_ms)
        stop_keychain
        say "keychain stopped in $(( $(now_ms) - t0 )) ms"
        ;;
    status) status ;;
    sockets)
        load_config
        planned_sockets
        ;;
    *) usage ;;
esac
