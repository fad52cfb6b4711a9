#!/usr/bin/env python3
"""Fills the English plural forms of translations/smtpwizard_en.ts.

English is the source language, so the .ts holds only messages with %n (lupdate
-pluralonly). Their two forms follow from the source text: "record(s)" becomes
"record" and "records"; "more than %n lines" becomes "line"/"lines".
"""
import re
import sys
import xml.etree.ElementTree as ET

SINGULAR_WORDS = {"lines": "line", "bytes": "byte", "hours": "hour"}


def forms(source):
    plural = source.replace("(s)", "s")
    singular = source.replace("(s)", "")
    for many, one in SINGULAR_WORDS.items():
        singular = re.sub(r"%n " + many + r"\b", "%n " + one, singular)
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/smtpwizard_en.ts")
