# The keychain part of testbed.sh (sourced): a private D-Bus session with an unlocked
# gnome-keyring-daemon (Secret Service) for QtKeychain, all under <state-dir>/keychain.
# shellcheck shell=bash

KDIR=$STATE/keychain

keychain_env() {
    env -i PATH="$PATH" HOME="$KDIR/home" XDG_RUNTIME_DIR="$KDIR/runtime" \
        XDG_DATA_HOME="$KDIR/data" XDG_CONFIG_HOME="$KDIR/config" \
        XDG_CACHE_HOME="$KDIR/cache" LANG=C.UTF-8 SMTPWIZARD_TB_OWNER="$OWNER_KEY" "$@"
}

stop_keychain() {
    local pids=() p mine
    mine=$(owned_pids "SMTPWIZARD_TB_OWNER=$OWNER_KEY")
    for p in "$RUN"/key-*.pid; do
        [ -f "$p" ] || continue
        p=$(tr -d ' \n' < "$p")
        [ -n "$p" ] && grep -qx "$p" <<<"$mine" && pids+=("$p")
    done
    kill_pids "${pids[@]}"
    mapfile -t pids < <(owned_pids "SMTPWIZARD_TB_OWNER=$OWNER_KEY")
    kill_pids "${pids[@]}"
    rm -f "$RUN"/key-*.pid "$STATE/keychain.env"
}

start_keychain() {
    local t0
    t0=$(now_ms)
    mkdir -p "$RUN"
    stop_keychain
    # A fresh keyring each run: its password is new, and no item leaks between runs.
    rm -rf "$KDIR"
    mkdir -p "$KDIR"/{home,runtime,data,config,cache}
    chmod 700 "$KDIR" "$KDIR"/{home,runtime,data,config,cache}
    local out addr pid
    # The bus socket lives in the state dir unless its path would be too long for
    # sun_path (108 bytes); then an abstract-free socket in /tmp, as dbus defaults to.
    local listen="unix:dir=$KDIR/runtime"
    [ ${#KDIR} -lt 70 ] || listen="unix:tmpdir=/tmp"
    out=$(keychain_env dbus-daemon --session --address="$listen" --fork --print-address=1 --print-pid=1 \
        </dev/null 2>>"$KDIR/dbus.log") || die "dbus-daemon did not start: $(cat "$KDIR/dbus.log")"
    addr=$(sed -n 1p <<<"$out")
    pid=$(sed -n 2p <<<"$out")
    [ -n "$addr" ] && [ -n "$pid" ] || die "dbus-daemon printed no address/pid: $out"
    echo "$pid" > "$RUN/key-dbus.pid"

    local pw
    pw=$(random_word 20)
    if ! printf '%s' "$pw" | keychain_env DBUS_SESSION_BUS_ADDRESS="$addr" \
            gnome-keyring-daemon --unlock --components=secrets \
            >"$KDIR/gnome-keyring.env" 2>>"$KDIR/gnome-keyring.log"; then
        say "gnome-keyring-daemon failed: $(cat "$KDIR/gnome-keyring.log")"
        stop_keychain
        exit 1
    fi
    printf '%s\n' "$pw" > "$KDIR/password"
    chmod 600 "$KDIR/password"

    # Prove it: store, read back, delete one item through the Secret Service.
    local probe got
    probe=probe-$(random_word 12)
    if ! printf '%s' "$probe" | keychain_env DBUS_SESSION_BUS_ADDRESS="$addr" \
            secret-tool store --label="SMTP Wizard test bed probe" smtpwizard-testbed probe \
            2>>"$KDIR/probe.log"; then
        say "secret-tool store failed: $(cat "$KDIR/probe.log")"
        stop_keychain
        exit 1
    fi
    got=$(keychain_env DBUS_SESSION_BUS_ADDRESS="$addr" \
        secret-tool lookup smtpwizard-testbed probe 2>>"$KDIR/probe.log" || true)
    keychain_env DBUS_SESSION_BUS_ADDRESS="$addr" \
        secret-tool clear smtpwizard-testbed probe 2>>"$KDIR/probe.log" || true
    if [ "$got" != "$probe" ]; then
        say "secret-tool lookup returned '$got', expected '$probe': $(cat "$KDIR/probe.log")"
        stop_keychain
        exit 1
    fi
    local p
    for p in $(owned_pids "SMTPWIZARD_TB_OWNER=$OWNER_KEY"); do
        [ "$p" = "$pid" ] || echo "$p" > "$RUN/key-$p.pid"
    done

    local tmp=$STATE/.keychain.env.tmp
    {
        echo "# SMTP Wizard test bed keychain, written by testbed.sh keychain-start $(date -Is)"
        export_line DBUS_SESSION_BUS_ADDRESS "$addr"
        export_line SMTPWIZARD_TB_KEYRING 1
    } > "$tmp"
    mv -f "$tmp" "$STATE/keychain.env"
    say "keychain started in $(( $(now_ms) - t0 )) ms; environment in $STATE/keychain.env"
}

