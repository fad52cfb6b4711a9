#!/bin/sh
# Fails when a translatable string is missing from the .ts files or left unfinished
# (one catalogue per part of the program, see app/ and ui/CMakeLists.txt).
#   check-translations.sh <source-dir>
# English (the source language) carries only plural forms; other languages every string.
set -eu
src=$1
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/smtpwizard_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    options="-locations none -no-obsolete"
    case "$name" in *_en.ts) options="$options -pluralonly" ;; esac
    # Each catalogue holds the strings of its own part: smtpwizard_ui_* the wizard's
    # (ui/), smtpwizard_* the engine's and the runner's (app/).
    case "$name" in smtpwizard_ui_*) sources="$src/ui" ;; *) sources="$src/app" ;; esac
    # shellcheck disable=SC2086
    "$lupdate" $options $sources -ts "$work/$name" >"$work/log" 2>&1
    # A string new to the file comes in unfinished, so one count says it all.
    found=$(sed -n 's/.*Found \([0-9]*\) source text.*/\1/p' "$work/log" | head -n 1)
    kept=$(grep -c '<message' "$work/$name" || true)
    unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
    echo "$name: $found strings in the sources, $kept in the file, $unfinished unfinished"
    if [ -z "$found" ] || [ "$found" -lt 100 ]; then
        echo "  -> lupdate found too few strings: is the source tree complete?" >&2
        status=1
    elif [ "$unfinished" != 0 ]; then
        echo "  -> out of date: run 'cmake --build build --target update_translations', then translate" >&2
        status=1
    fi
done
exit $status
