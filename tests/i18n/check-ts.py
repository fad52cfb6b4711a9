#!/usr/bin/env python3
"""Checks the translations as files, beside check-translations.sh's completeness check:
no unfinished, obsolete or vanished entry; every translation keeps the placeholders of its
source (%1..%99, %L1, %n, %Ln: a dropped %1 loses the server's name, a dropped %n the
count); a plural string has the forms its language needs.
    check-ts.py <translations-dir>
English (the source language) carries only plural forms and is checked for those alone."""
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")
# Plural forms per language, as lupdate writes them (Qt's numerus rules).
FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2}


def placeholders(text):
    return Counter(PLACEHOLDER.findall(text or ""))


def main(folder):
    problems = []
    files = sorted(Path(folder).glob("smtpwizard*_*.ts"))
    if not files:
        print(f"no .ts files in {folder}", file=sys.stderr)
        return 1
    for path in files:
        language = path.stem.rsplit("_", 1)[1]
        forms = FORMS.get(language.split("_")[0])
        count = 0
        for message in ET.parse(path).getroot().iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{path.name}: {source[:60]!r}"
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            wanted = placeholders(source)
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.findall("numerusform")]
                if forms and len(texts) != forms:
                    problems.append(f"{where}: {len(texts)} plural forms, {language} needs {forms}")
                for text in texts:
                    if not text.strip():
                        problems.append(f"{where}: an empty plural form")
                    # A form may leave %n out ("one address" for 1), never another placeholder.
                    got = placeholders(text)
                    if +(wanted - Counter({"%n": wanted["%n"]})) != +(got - Counter({"%n": got["%n"]})):
                        problems.append(f"{where}: placeholders {sorted(got.elements())} in a form, source has {sorted(wanted.elements())}")
            else:
                text = translation.text or ""
                if not text.strip() and source.strip():
                    problems.append(f"{where}: empty translation")
                elif placeholders(text) != wanted:
                    problems.append(f"{where}: placeholders {sorted(placeholders(text).elements())}, source has {sorted(wanted.elements())}")
        print(f"{path.name}: {count} entries checked")
    for problem in problems:
        print("  -> " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations"))
