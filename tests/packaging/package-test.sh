#!/usr/bin/env bash
# The Debian package as a user meets it (issue 15): built from the build tree, installed
# with dpkg, its desktop entry and metainfo validated, both programs run from /usr/bin,
# then purged, leaving nothing behind. Three steps for CTest's fixtures:
#   package-test.sh build   BUILD_DIR OUT_DIR    cpack into OUT_DIR (FIXTURES_SETUP)
#   package-test.sh check   OUT_DIR VERSION      install, check, purge (the test)
#   package-test.sh cleanup OUT_DIR              purge if check left it installed (FIXTURES_CLEANUP)
# check installs into the real system, so it needs root, and it refuses to touch an
# smtp-wizard that was installed before it: only a package it installed itself is purged.
set -euo pipefail

step=$1
package=smtp-wizard

fail() { echo "FAIL: $*" >&2; exit 1; }

installed() {
    local status
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ -n "$status" ] && [ "$status" != "not-installed" ]
}

case "$step" in
build)
    build_dir=$2 out_dir=$3
    rm -rf "$out_dir" && mkdir -p "$out_dir"
    # The build is done (make test builds first); SMTPWIZARD_CPACK_PREBUILT keeps cpack
    # from building the whole tree again (packaging/CPackOptions.cmake).
    (cd "$build_dir" && SMTPWIZARD_CPACK_PREBUILT=1 cpack -G DEB -B "$out_dir") > "$out_dir/cpack.log" 2>&1 \
        || { cat "$out_dir/cpack.log" >&2; fail "cpack could not build the package"; }
    ls "$out_dir"/*.deb
    ;;

check)
    out_dir=$2 version=$3
    [ "$(id -u)" -eq 0 ] || fail "this test installs the package with dpkg and must run as root" \
        "(make test runs as root in CI; by hand: sudo ctest -R packaging). Not skipped on purpose."
    debs=("$out_dir"/*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $out_dir (did packaging.build run?)"
    deb=${debs[0]}
    if installed; then
        fail "$package is already installed on this machine; the test would replace and then remove it." \
            "Remove it first (dpkg --purge $package) if it may go."
    fi
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    # The mark tells cleanup that the installed package is ours to purge.
    touch "$out_dir/installed-by-test"
    dpkg -i "$deb" > "$scratch/dpkg-i.log" 2>&1 || { cat "$scratch/dpkg-i.log" >&2; fail "dpkg -i $deb"; }
    dpkg -L "$package" | sort > "$scratch/files"

    # The runner's modules (PDF, keychain): in the multiarch folder on Debian (app/CMakeLists.txt).
    for module in smtp-wizard-pdf smtp-wizard-keychain; do
        grep -qx "/usr/lib/\([a-z0-9_]*-linux-gnu[a-z0-9_]*/\)\?smtp-wizard/$module\.so" "$scratch/files" \
            || fail "the package does not install the module $module.so"
    done
    for path in /usr/bin/smtp-wizard /usr/bin/smtp-wizard-cli \
        /usr/share/applications/smtp-wizard.desktop \
        /usr/share/metainfo/io.github.smtpwizard.SmtpWizard.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/smtp-wizard.svg \
        /usr/share/icons/hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/smtp-wizard.png \
        /usr/share/man/man1/smtp-wizard.1.gz /usr/share/man/man1/smtp-wizard-cli.1.gz \
        /usr/share/doc/smtp-wizard/copyright /usr/share/doc/smtp-wizard/changelog.gz; do
        grep -qxF "$path" "$scratch/files" || fail "the package does not install $path"
        [ -f "$path" ] || fail "$path is listed but not on disk"
    done
    grep -q 'MIT License' /usr/share/doc/smtp-wizard/copyright || fail "copyright is not the licence"
    recommends=$(dpkg-query -W -f='${Recommends}' "$package")
    [[ "$recommends" == *libsecret-1-0* && "$recommends" == *gnome-keyring* ]] \
        || fail "Recommends lacks the Secret Service: '$recommends'"
    [[ "$(dpkg-query -W -f='${Suggests}' "$package")" == *fonts-noto-cjk* ]] \
        || fail "Suggests lacks a CJK font for bounces in Chinese, Japanese or Korean"
    depends=$(dpkg-query -W -f='${Depends}' "$package")
    [[ "$depends" == *libqt6widgets6* && "$depends" == *libqt6keychain1* ]] \
        || fail "Depends (from dpkg-shlibdeps) lacks Qt or QtKeychain: '$depends'"

    desktop-file-validate /usr/share/applications/smtp-wizard.desktop || fail "desktop-file-validate"
    appstreamcli validate --no-net /usr/share/metainfo/io.github.smtpwizard.SmtpWizard.metainfo.xml \
        || fail "appstreamcli validate --no-net"

    # The programs from their installed paths, in English, with a home of their own so
    # that nothing lands in root's. The sanitizers' settings pass (make sanitize runs
    # this test too, on a package of its instrumented build).
    sanitizers=()
    for var in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
        [ -z "${!var:-}" ] || sanitizers+=("$var=${!var}")
    done
    run() { env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 "${sanitizers[@]}" "$@"; }
    mkdir -p "$scratch/home"
    out=$(run /usr/bin/smtp-wizard-cli --version) || fail "smtp-wizard-cli --version"
    [[ "$out" == *"$version"* ]] || fail "smtp-wizard-cli --version printed '$out', not $version"
    out=$(run /usr/bin/smtp-wizard-cli --lang en --no-color --explain '550 5.1.1 User unknown') \
        || fail "smtp-wizard-cli --explain"
    for want in '550 5.1.1' 'Mailbox does not exist' 'permanent' 'User unknown' 'Next steps'; do
        [[ "$out" == *"$want"* ]] || fail "--explain says no '$want':"$'\n'"$out"
    done
    # The PDF module, loaded with QLibrary from its installed folder: a PDF report of a
    # run that finds nothing listening on 127.0.0.1 port 1 (exit 3, unreachable).
    code=0
    run QT_QPA_PLATFORM=offscreen /usr/bin/smtp-wizard-cli --lang en --server 127.0.0.1:1 \
        --from a@example.org --to b@example.org --quit-after connect --timeout 5 \
        --report "$scratch/unreachable.pdf" > "$scratch/pdf.log" 2>&1 || code=$?
    [ $code -eq 3 ] || { cat "$scratch/pdf.log" >&2; fail "the unreachable run ended with $code, not 3"; }
    [ "$(head -c 5 "$scratch/unreachable.pdf" 2>/dev/null)" = "%PDF-" ] \
        || { cat "$scratch/pdf.log" >&2; fail "the installed runner wrote no PDF (PDF module not found?)"; }
    # The keychain module, loaded on first use: with no D-Bus session (env -i) the forget
    # fails, but with QtKeychain's reason, not because the module is missing.
    out=$(run /usr/bin/smtp-wizard-cli --lang en --forget-password --server 127.0.0.1:1 --user nobody@example.org \
        --from a@example.org --to b@example.org --quit-after connect --timeout 5 2>&1) || true
    [[ "$out" == *D-Bus* && "$out" != *"could not be loaded"* ]] \
        || fail "the installed runner did not reach QtKeychain through its module:"$'\n'"$out"
    out=$(run QT_QPA_PLATFORM=offscreen /usr/bin/smtp-wizard --version) || fail "smtp-wizard --version"
    [[ "$out" == *"$version"* ]] || fail "smtp-wizard --version printed '$out', not $version"

    dpkg --purge "$package" > "$scratch/dpkg-purge.log" 2>&1 \
        || { cat "$scratch/dpkg-purge.log" >&2; fail "dpkg --purge"; }
    rm -f "$out_dir/installed-by-test"
    ! installed || fail "$package is still known to dpkg after --purge"
    # Every path the package had is gone, but for folders other packages share.
    left=0
    while read -r path; do
        [ -e "$path" ] || [ -L "$path" ] || continue
        if [ -d "$path" ] && { dpkg -S "$path" >/dev/null 2>&1 || [ -n "$(ls -A "$path")" ]; }; then
            continue
        fi
        echo "left behind: $path" >&2
        left=1
    done < "$scratch/files"
    [ $left -eq 0 ] || fail "dpkg --purge left files behind"
    echo "installed $(basename "$deb") ($(wc -l < "$scratch/files") paths), validated, ran, purged cleanly"
    ;;

cleanup)
    out_dir=$2
    if [ -e "$out_dir/installed-by-test" ]; then
        [ "$(id -u)" -eq 0 ] && dpkg --purge "$package" >/dev/null 2>&1 || true
        rm -f "$out_dir/installed-by-test"
        ! installed || fail "could not purge $package after a failed check"
        echo "purged the $package the check had left installed"
    fi
    ;;

*) fail "unknown step $step" ;;
esac
