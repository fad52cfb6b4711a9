#!/bin/sh
# The headless runner must not load Qt Gui (or Widgets) for a plain run: only the PDF
# module, loaded when a PDF is asked for, brings Qt Gui.
#   check-cli-links.sh <smtp-wizard-cli> <smtp-wizard-pdf module>
set -eu
cli=$1
module=$2
if ldd "$cli" | grep -E 'libQt6(Gui|Widgets)'; then
    echo "smtp-wizard-cli links Qt Gui or Widgets"; exit 1
fi
ldd "$module" | grep -q 'libQt6Gui' || { echo "the PDF module should carry Qt Gui"; exit 1; }
echo "smtp-wizard-cli: $(ldd "$cli" | grep -o 'libQt6[A-Za-z]*' | sort -u | tr '\n' ' ')"
