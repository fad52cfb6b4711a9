#!/bin/sh
# The layer check must fail when a lower layer includes a higher one: copy the sources,
# add one upward include (the model including the run), and expect a failure naming it.
#   check-detects-upward.sh <source-dir>
set -eu
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/app" "$src/ui" "$work/"
mkdir -p "$work/tools" && cp "$src/tools/check-layers.py" "$work/tools/"
printf '#include "run/TestRun.h"\n' >> "$work/app/model/Vocabulary.cpp"
if out=$(python3 "$work/tools/check-layers.py" "$work" 2>&1); then
    echo "the check passed a tree where model/ includes run/:"; echo "$out"; exit 1
fi
echo "$out" | grep -q 'app/model/Vocabulary.cpp:.*includes run/TestRun.h' || { echo "unexpected report:"; echo "$out"; exit 1; }
echo "upward include detected: $(echo "$out" | head -n 1)"
