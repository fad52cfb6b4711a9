#!/usr/bin/env python3
"""Checks the translated user guides against the English one, as files:
every resources/help/guide_<lang>.html has exactly the anchors of guide.html (element ids
and <a name>: the Help button and F1 open a page's section by them, see
ui/pages/HelpTopics.cpp), the same links (each href as often as in guide.html), internal
links that land on an anchor, <html lang="<lang>">, and a line in ui/CMakeLists.txt (a guide
not in the resources is never shown); every language with a translations/smtpwizard_ui_<lang>.ts
has a guide (the guide's own language, guide.html's lang, needs none).
    check-guides.py <source-dir>
Before that it makes sure it would notice a guide with one anchor missing."""
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path


class GuideParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.anchors = []
        self.links = []
        self.lang = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if attrs.get("id"):
            self.anchors.append(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.anchors.append(attrs["name"])
        if tag == "a" and attrs.get("href") is not None:
            self.links.append(attrs["href"])


def parse(text):
    parser = GuideParser()
    parser.feed(text)
    parser.close()
    return parser


def compare(reference, name, text, language):
    """What is wrong with one translated guide, as sentences; empty when nothing is."""
    guide = parse(text)
    problems = []
    wanted = set(reference.anchors)
    got = Counter(guide.anchors)
    for anchor in sorted(wanted - set(got)):
        problems.append(f"{name}: no anchor #{anchor}")
    for anchor in sorted(set(got) - wanted):
        problems.append(f"{name}: an anchor #{anchor} that guide.html does not have")
    for anchor, count in sorted(got.items()):
        if count > 1:
            problems.append(f"{name}: anchor #{anchor} {count} times")
    if len(guide.links) != len(reference.links):
        problems.append(f"{name}: {len(guide.links)} links, guide.html has {len(reference.links)}")
    missing = Counter(reference.links) - Counter(guide.links)
    extra = Counter(guide.links) - Counter(reference.links)
    for link in sorted(missing):
        problems.append(f"{name}: {missing[link]} link(s) to {link} fewer than guide.html")
    for link in sorted(extra):
        problems.append(f"{name}: {extra[link]} link(s) to {link} more than guide.html")
    for link in guide.links:
        if link.startswith("#") and link[1:] not in got:
            problems.append(f"{name}: a link to the missing #{link[1:]}")
    if guide.lang != language:
        problems.append(f'{name}: <html lang="{guide.lang}">, expected "{language}"')
    return problems


def detects_a_missing_anchor(reference_text, reference):
    """A checker that passes everything proves nothing: drop one section's anchor from a
    copy of the English guide and expect a complaint."""
    victim = next(a for a in reference.anchors if a != "top")
    mutilated, count = re.subn(rf'<a name="{re.escape(victim)}"></a>', "", reference_text, count=1)
    if count != 1:
        return False
    return any(f"no anchor #{victim}" in p for p in compare(reference, "copy", mutilated, reference.lang))


def main(source):
    source = Path(source)
    help_dir = source / "resources" / "help"
    english = help_dir / "guide.html"
    if not english.is_file():
        print(f"no {english}", file=sys.stderr)
        return 1
    reference_text = english.read_text(encoding="utf-8")
    reference = parse(reference_text)
    if not reference.anchors or not reference.lang:
        print(f"{english}: no anchors or no <html lang>", file=sys.stderr)
        return 1
    if not detects_a_missing_anchor(reference_text, reference):
        print("check-guides.py: the check did not notice a guide with an anchor removed", file=sys.stderr)
        return 1

    problems = []
    resources = (source / "ui" / "CMakeLists.txt").read_text(encoding="utf-8")
    guides = sorted(help_dir.glob("guide_*.html"))
    for path in guides:
        language = path.stem.split("_", 1)[1]
        found = compare(reference, path.name, path.read_text(encoding="utf-8"), language.replace("_", "-"))
        if f"resources/help/{path.name}" not in resources:
            found.append(f"{path.name}: not in the resources (ui/CMakeLists.txt)")
        verdict = f"{len(found)} problem(s)" if found else "same as guide.html"
        print(f"{path.name}: {len(set(reference.anchors))} anchors, {len(reference.links)} links compared: {verdict}")
        problems += found

    have = {path.stem.split("_", 1)[1] for path in guides} | {reference.lang}
    for ts in sorted((source / "translations").glob("smtpwizard_ui_*.ts")):
        language = ts.stem.rsplit("_", 1)[1]
        if language not in have and language.split("_")[0] not in have:
            problems.append(f"{ts.name}: the wizard speaks {language}, but there is no resources/help/guide_{language}.html")

    sys.stdout.flush()
    for problem in problems:
        print("  -> " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
