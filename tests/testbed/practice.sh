# What the practice mode's exercises need beyond the rest of the bed (issue 14, sourced by
# testbed.sh, see docs/testbed.md and docs/gui.md "Practice mode"):
# - m365-server.py on $TB_MAIL_ADDR:$TB_M365_PORT (2588 + the instance's offset): a
#   Microsoft 365 look-alike that refuses password sign-in with 535 5.7.139, which neither
#   Postfix nor smtp-sink can say. Its certificate is the bed's Postfix certificate.
# - failover.<zone> as a mail domain of the bed's Postfix (its MX 10 is dead, MX 20 is
#   Postfix): alice@failover.<zone> is delivered into alice@<zone>'s maildir, so the
#   "dead MX with a working backup" exercise ends in a real delivery.
# The blocklisted-IP exercise is an smtp-sink line of sinks.conf (RBL554).
# shellcheck shell=bash

practice_config() {
    TB_M365_PORT=${SMTPWIZARD_TB_M365_PORT:-$(( 2588 + TB_INSTANCE * 1000 ))}
}

practice_sockets() {
    echo "tcp $TB_MAIL_ADDR $TB_M365_PORT M365_PORT"
}

# Postfix's maps: the domain (practice_domains) and its mailbox (appended to vmailbox).
make_practice_maps() {
    echo "failover.$TB_ZONE practice" > "$PF_CONF/practice_domains"
    echo "alice@failover.$TB_ZONE $TB_ZONE/alice/" >> "$PF_CONF/vmailbox"
    touch -d '-1 minute' "$PF_CONF/practice_domains"
}

start_practice() {
    mkdir -p "$STATE/practice"
    env SMTPWIZARD_TB_OWNER="$OWNER_BED" setsid python3 "$HERE/m365-server.py" \
        "$TB_MAIL_ADDR" "$TB_M365_PORT" "$STATE/tls/server.pem" "$STATE/tls/server.key" \
        </dev/null >"$STATE/practice/m365.log" 2>&1 &
    echo $! > "$RUN/bed-m365.pid"
}
