# The test bed's HTTPS host for MTA-STS policies (sourced by testbed.sh): a certificate
# from the bed's CA for every mta-sts.<domain> of the policies file, and mta-sts-server.py
# on $TB_MAIL_ADDR:$TB_HTTPS_PORT. Its PID file is run/bed-https.pid, so stop_bed stops it
# with the rest.
# shellcheck shell=bash

make_https() {
    local d=$STATE/https log=$STATE/tls/openssl.log sans
    rm -rf "$d"
    mkdir -p "$d"
    render "$HERE/mta-sts.policies.in" > "$d/policies"
    sans=$(sed -n 's/^\[\(.*\)\]$/DNS:\1/p' "$d/policies" | paste -sd, -)
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -subj "/O=SMTP Wizard test bed/CN=mta-sts.$TB_ZONE" \
        -keyout "$d/server.key" -out "$d/server.csr" 2>>"$log"
    printf '%s\n' "basicConstraints = critical, CA:FALSE" "extendedKeyUsage = serverAuth" \
        "subjectAltName = $sans" > "$d/server.ext"
    openssl x509 -req -in "$d/server.csr" -CA "$STATE/tls/ca.pem" -CAkey "$STATE/tls/ca.key" \
        -CAcreateserial -days 30 -extfile "$d/server.ext" -out "$d/server.pem" 2>>"$log"
    chmod 600 "$d/server.key"
}

start_https() {
    env SMTPWIZARD_TB_OWNER="$OWNER_BED" setsid python3 "$HERE/mta-sts-server.py" \
        "$TB_MAIL_ADDR" "$TB_HTTPS_PORT" "$STATE/https/server.pem" "$STATE/https/server.key" \
        "$STATE/https/policies" </dev/null >"$STATE/https/server.log" 2>&1 &
    echo $! > "$RUN/bed-https.pid"
}
