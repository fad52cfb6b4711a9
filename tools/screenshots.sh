#!/bin/sh
# Takes the screenshots in docs/screenshots/ from the real wizard.
#
#   tools/screenshots.sh [BUILD_DIR]        (default: build)
#
# Builds nothing: BUILD_DIR must hold built tests/gui/tst_gui_screenshots, tst_gui_help,
# tst_gui_history, tst_gui_healthsection, tst_gui_signintoken and tst_gui_relaycheck (e.g.
# after `make test`, or `cmake --build build --target tst_gui_screenshots tst_gui_help
# tst_gui_history tst_gui_healthsection tst_gui_signintoken tst_gui_relaycheck`).
# The script starts its own test bed (tests/testbed/testbed.sh, in a temporary state
# folder; export SMTPWIZARD_TB_* to move it off addresses and ports in use), then runs that
# test under Xvfb on the xcb platform: it walks every page at 1024x700 against the real
# servers, once with the Fusion light palette and once with a dark one, and saves each page
# with QWidget::grab() as docs/screenshots/<n>-<page>-<light|dark>.png. The test bed is
# always stopped again. The help window, which needs no server, comes from tst_gui_help
# (help.png); the history, a reopened test and a comparison from tst_gui_history
# (history-, result-window-, result-summary-, comparison-<light|dark>.png), from results
# built by hand. Every language in SCREENSHOT_LANGS (default "en de fr") gets its set:
# English in docs/screenshots/, the others in docs/screenshots/<language>/, each test
# started with SMTPWIZARD_SCREENSHOT_LANG=<language> (tests/support/ScreenshotLanguage.h).
# The batch check (12-batch-check-<light|dark>.png) comes from tst_gui_batchcheck, the
# expert console (13-console-light.png) from tst_gui_console, the Practice page and a debrief
# (14-practice-light.png, 15-practice-debrief-light.png) from tst_gui_practice.
# Needs: xvfb, xauth, and what the test bed needs (root for port 53).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
test_bin=$build/tests/gui/tst_gui_screenshots
help_bin=$build/tests/gui/tst_gui_help
history_bin=$build/tests/gui/tst_gui_history
health_bin=$build/tests/gui/tst_gui_healthsection
token_bin=$build/tests/gui/tst_gui_signintoken
relay_bin=$build/tests/gui/tst_gui_relaycheck
batch_bin=$build/tests/gui/tst_gui_batchcheck
console_bin=$build/tests/gui/tst_gui_console
practice_bin=$build/tests/gui/tst_gui_practice

for bin in "$test_bin" "$help_bin" "$history_bin" "$health_bin" "$token_bin" "$relay_bin" "$batch_bin" "$console_bin" "$practice_bin"; do
    if [ ! -x "$bin" ]; then
        echo "screenshots: $bin not found; build it first (cmake --build $build --target $(basename "$bin"))" >&2
        exit 1
    fi
done
for tool in xvfb-run xauth; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "screenshots: $tool is missing (apt-get install xvfb xauth)" >&2
        exit 1
    fi
done

state=$(mktemp -d "${TMPDIR:-/tmp}/smtpwizard-shots.XXXXXX")
chmod 755 "$state" # Postfix runs its daemons as the postfix user
cleanup() {
    "$here/tests/testbed/testbed.sh" keychain-stop "$state" >/dev/null 2>&1 || true
    "$here/tests/testbed/testbed.sh" stop "$state" >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap cleanup EXIT INT TERM

"$here/tests/testbed/testbed.sh" start "$state"
"$here/tests/testbed/testbed.sh" keychain-start "$state"

for lang in ${SCREENSHOT_LANGS:-en de fr}; do
    if [ "$lang" = en ]; then out=$here/docs/screenshots; else out=$here/docs/screenshots/$lang; fi
    mkdir -p "$out"
    rm -f "$out"/*.tmp.png
    xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        env QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='smtpwizard.*.debug=false' \
            SMTPWIZARD_SCREENSHOT_DIR="$out" SMTPWIZARD_SCREENSHOT_LANG="$lang" \
            "$here/tests/testbed/with-testbed.sh" "$state" "$test_bin"
    # The Domain health section of the Mail servers page, from its own test against the same
    # bed (2b-domain-health-<light|dark>.png).
    xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        env QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='smtpwizard.*.debug=false' \
            SMTPWIZARD_SCREENSHOT_DIR="$out" SMTPWIZARD_SCREENSHOT_LANG="$lang" \
            "$here/tests/testbed/with-testbed.sh" "$state" "$health_bin" screenshot
    # The open-relay check's Summary against the bed's OK sink, an open relay
    # (11-relay-test-<light|dark>.png).
    xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        env QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='smtpwizard.*.debug=false' \
            SMTPWIZARD_SCREENSHOT_DIR="$out" SMTPWIZARD_SCREENSHOT_LANG="$lang" \
            "$here/tests/testbed/with-testbed.sh" "$state" "$relay_bin" screenshot
    # The help window needs no server; its own test shoots it as help.png.
    xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        env QT_QPA_PLATFORM=xcb SMTPWIZARD_SCREENSHOT_DIR="$out" SMTPWIZARD_SCREENSHOT_LANG="$lang" "$help_bin" screenshot
    # The history's windows need no server either.
    xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        env QT_QPA_PLATFORM=xcb SMTPWIZARD_SCREENSHOT_DIR="$out" SMTPWIZARD_SCREENSHOT_LANG="$lang" "$history_bin" screenshots
    # The Sign-in page with an access token (10-sign-in-token-<light|dark>.png), no server.
    xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        env QT_QPA_PLATFORM=xcb SMTPWIZARD_SCREENSHOT_DIR="$out" SMTPWIZARD_SCREENSHOT_LANG="$lang" "$token_bin" screenshot
    # The batch check against the bed's 50 generated domains.
    xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        env QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='smtpwizard.*.debug=false' \
            SMTPWIZARD_SCREENSHOT_DIR="$out" SMTPWIZARD_SCREENSHOT_LANG="$lang" \
            "$here/tests/testbed/with-testbed.sh" "$state" "$batch_bin" screenshot
    # The expert console with a refused recipient explained (13-console-light.png).
    xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        env QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='smtpwizard.*.debug=false' \
            SMTPWIZARD_SCREENSHOT_DIR="$out" SMTPWIZARD_SCREENSHOT_LANG="$lang" \
            "$here/tests/testbed/with-testbed.sh" "$state" "$console_bin" typedConversationIsExplained
    # The Practice page, and the debrief of the Microsoft 365 exercise after its run.
    xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        env QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='smtpwizard.*.debug=false' \
            SMTPWIZARD_SCREENSHOT_DIR="$out" SMTPWIZARD_SCREENSHOT_LANG="$lang" \
            "$here/tests/testbed/with-testbed.sh" "$state" "$practice_bin" screenshots
    echo "screenshots: $(ls "$out"/*.png | wc -l) images in $out"
done

