#!/usr/bin/env python3
"""Fails when an #include crosses a layer upward (docs/architecture.md, "Layers").

Every source folder belongs to one layer; a file may include headers of its own folder and
of folders in lower layers only. Folders of the same layer are peers and stay independent
of each other (protocol/dns and protocol/smtp, or the report and credentials services).
Usage: check-layers.py [SOURCE_ROOT]   (default: the repository holding this script)
"""
import os
import re
import sys

# (layer rank, folder) — lower ranks never include higher ones.
LAYERS = [
    (0, 'app/model'),
    (1, 'app/plan'),
    (2, 'app/protocol/dns'), (2, 'app/protocol/smtp'),
    (3, 'app/diagnosis'),
    (4, 'app/run'),
    (5, 'app/report'), (5, 'app/credentials'), (5, 'app/settings'), (5, 'app/options'),
    (6, 'app/pdf'),
    (7, 'app/cli'), (7, 'ui/widgets'),
    (8, 'ui/pages'), (8, 'ui/history'),
    (9, 'ui'),
]
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')


def folder_of(path):
    """The most specific layer folder holding path, or None."""
    best = None
    for _, folder in LAYERS:
        if path == folder or path.startswith(folder + '/'):
            if best is None or len(folder) > len(best):
                best = folder
    return best


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
    rank = {folder: r for r, folder in LAYERS}
    # Include spellings: app/ code includes "layer/File.h" relative to app/; ui code
    # includes "pages/X.h" or "widgets/X.h" relative to ui/.
    search_roots = ['app', 'ui']
    headers = {}
    for top in search_roots:
        for d, _, names in os.walk(os.path.join(root, top)):
            for n in names:
                full = os.path.join(d, n)
                headers.setdefault(os.path.relpath(full, os.path.join(root, top)), os.path.relpath(full, root))
    problems = []
    checked = 0
    for top in search_roots:
        for d, _, names in os.walk(os.path.join(root, top)):
            for n in sorted(names):
                if not n.endswith(('.h', '.cpp')):
                    continue
                source = os.path.relpath(os.path.join(d, n), root)
                mine = folder_of(source)
                if mine is None:
                    problems.append('%s: in no layer (add its folder to LAYERS in tools/check-layers.py)' % source)
                    continue
                with open(os.path.join(root, source), errors='replace') as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        checked += 1
                        spelled = m.group(1)
                        local = os.path.normpath(os.path.join(os.path.dirname(source), spelled))
                        target = local if os.path.exists(os.path.join(root, local)) else headers.get(spelled)
                        if target is None:
                            continue  # generated (ui_*.h) or a system header in quotes
                        theirs = folder_of(target)
                        if theirs is None or theirs == mine:
                            continue
                        if rank[theirs] > rank[mine]:
                            problems.append('%s:%d: %s (layer %d) includes %s (layer %d, higher)'
                                            % (source, number, mine, rank[mine], spelled, rank[theirs]))
                        elif rank[theirs] == rank[mine]:
                            problems.append('%s:%d: %s includes its peer %s (same layer %d)'
                                            % (source, number, mine, spelled, rank[mine]))
    for p in problems:
        print(p)
    print('layers: %d includes checked, %d crossing a layer upward or sideways' % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
