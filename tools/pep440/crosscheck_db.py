#!/usr/bin/env python3
"""Compares Bulwark's Version with pip's vendored `packaging` on every version string of the
advisory data (versions[] and ECOSYSTEM range bounds of ../shared/data/pypa-advisory-db-osv-json.zip):
validity, normal form and sort order must all agree. Not part of `mvn verify`.

Build the classes first:  mvn -q -B -ntp -o -pl bulwark-deps compile
Usage: python3 tools/pep440/crosscheck_db.py [ZIP]
"""
import json
import os
import subprocess
import sys
import zipfile

from pip._vendor.packaging.version import InvalidVersion, Version

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_ZIP = os.path.join(REPO, "..", "shared", "data", "pypa-advisory-db-osv-json.zip")


def version_strings(path):
    found = set()
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".json"):
                continue
            record = json.loads(archive.read(name))
            for affected in record.get("affected", []):
                found.update(affected.get("versions", []))
                for r in affected.get("ranges", []):
                    if r.get("type") == "ECOSYSTEM":
                        for event in r.get("events", []):
                            found.update(event.values())
    return sorted(found)


def normal_form(text):
    try:
        return str(Version(text))
    except InvalidVersion:
        return "INVALID"


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_ZIP
    if not os.path.exists(path):
        print("no advisory data at %s" % path)
        return 2
    strings = version_strings(path)
    run = subprocess.run(
        ["java", "-cp", os.path.join(REPO, "bulwark-deps", "target", "classes"),
         os.path.join(HERE, "NormalForms.java")],
        input="\n".join(strings) + "\n", capture_output=True, text=True, check=True)
    lines = run.stdout.splitlines()
    split = lines.index("--sorted--")
    java_forms, java_sorted = lines[:split], lines[split + 1:]
    failures = 0
    for text, got in zip(strings, java_forms):
        want = normal_form(text)
        if got != want:
            failures += 1
            print("%r: Bulwark %s, packaging %s" % (text, got, want))
    valid = [Version(s) for s in strings if normal_form(s) != "INVALID"]
    want_sorted = [str(v) for v in sorted(valid)]  # Python's sort is stable, like Java's
    if java_sorted != want_sorted:
        failures += 1
        print("sort order differs")
    invalid = sum(1 for s in strings if normal_form(s) == "INVALID")
    print("%d distinct version strings (%d not PEP 440), %d sorted; %d disagreements"
          % (len(strings), invalid, len(valid), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
