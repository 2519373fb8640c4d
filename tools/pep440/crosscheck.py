#!/usr/bin/env python3
"""Runs every case of the PEP 440 table through pip's vendored `packaging`.

The table (bulwark-deps/src/test/resources/pep440/cases.txt) is written by hand from the
specification; this script proves it against an independent implementation. It is not part of
`mvn verify`. Usage: python3 tools/pep440/crosscheck.py [TABLE]
Exit status 0 when every case agrees, 1 otherwise.
"""
import os
import sys

from pip._vendor.packaging.specifiers import InvalidSpecifier, Specifier, SpecifierSet
from pip._vendor.packaging.version import InvalidVersion, Version

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TABLE = os.path.join(
    HERE, "..", "..", "bulwark-deps", "src", "test", "resources", "pep440", "cases.txt")


def strict_specifier_set(text):
    """SpecifierSet, but refusing the legacy fallback old `packaging` releases still have."""
    if text.strip():
        for clause in text.split(","):
            Specifier(clause)  # raises InvalidSpecifier for anything that is not PEP 440
    return SpecifierSet(text)


def check(line):
    """Returns None when the case holds, else a description of the disagreement."""
    head, _, rest = line.partition(" ")
    if head == "invalid-version":
        try:
            return "parsed as %s" % Version(rest)
        except InvalidVersion:
            return None
    if head == "invalid-specifier":
        try:
            return "parsed as %s" % strict_specifier_set(rest)
        except InvalidSpecifier:
            return None
    op, _, spec = rest.partition(" ")
    spec = spec.strip()
    version = Version(head)
    if op == "=>":
        return None if str(version) == spec else "normal form is %s" % version
    if op in ("<", ">", "==", "!="):
        other = Version(spec)
        results = {
            "<": version < other and other > version,
            ">": version > other and other < version,
            "==": version == other and hash(version) == hash(other),
            "!=": version != other,
        }
        return None if results[op] else "comparison is false"
    if op in ("in", "!in", "in+pre", "!in+pre"):
        allow = True if op.endswith("+pre") else None
        got = strict_specifier_set(spec).contains(version, prereleases=allow)
        want = not op.startswith("!")
        return None if got == want else "contains() gave %s" % got
    return "unknown operator %r" % op


def main(argv):
    table = argv[1] if len(argv) > 1 else DEFAULT_TABLE
    cases = failures = 0
    with open(table, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            cases += 1
            try:
                problem = check(line)
            except Exception as error:  # a case that crashes is a failed case
                problem = "%s: %s" % (type(error).__name__, error)
            if problem:
                failures += 1
                print("%s:%d: %s  -- %s" % (table, number, line, problem))
    print("%d cases, %d failed" % (cases, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
