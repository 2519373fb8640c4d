#!/usr/bin/env python3
"""Expected audit answers computed from the advisory data, independently of Bulwark's Java code.

Reads an OSV zip (one <ID>.json per advisory), picks (package, version) pairs from the data
itself, and prints for each pair the ids of the non-withdrawn advisories that affect it and the
number of alias groups they form. Versions are compared with pip's vendored `packaging`.

Usage: python3 tools/deps/expected_affected.py ../shared/data/pypa-advisory-db-osv-json.zip \
         > bulwark-deps/src/test/resources/expected/pypa-affected.tsv
"""

import json
import re
import sys
import zipfile

from pip._vendor.packaging.version import InvalidVersion, Version


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def parse(text):
    try:
        return Version(text)
    except InvalidVersion:
        return None


def in_listed(entry, raw, v):
    for listed in entry.get("versions", []):
        if listed.strip().lower() == raw.strip().lower():
            return True
        lv = parse(listed)
        if v is not None and lv is not None and (lv == v or (v.local is not None and lv == Version(v.public))):
            return True
    return False


def in_range(events, v):
    bounds = []
    for e in events:
        (kind, text), = e.items()
        if kind == "limit" and text == "*":
            bounds.append((kind, None))
            continue
        b = parse(text)
        if b is None:
            return False  # a range that cannot be evaluated
        bounds.append((kind, b))
    limits = [b for k, b in bounds if k == "limit"]
    if limits and not any(b is None or v < b for b in limits):
        return False
    # reading 1: the events sorted by version as a timeline
    order = {"introduced": 0, "fixed": 1, "last_affected": 2}
    timeline = sorted(((b, order[k], k) for k, b in bounds if k != "limit"), key=lambda t: (t[0], t[1]))
    affected = False
    for b, _, k in timeline:
        if k == "introduced" and v >= b:
            affected = True
        elif k == "fixed" and v >= b:
            affected = False
        elif k == "last_affected" and v > b:
            affected = False
    if affected:
        return True
    # reading 2: introduced up to the next end, in file order
    start = None
    for k, b in bounds:
        if k == "introduced":
            if start is None:
                start = b
        elif k in ("fixed", "last_affected"):
            if start is not None and v >= start and (v < b if k == "fixed" else v <= b):
                return True
            start = None
    return start is not None and v >= start


def affects(record, package, raw):
    v = parse(raw)
    for entry in record.get("affected", []):
        pkg = entry.get("package", {})
        if pkg.get("ecosystem") != "PyPI" or canonical(pkg.get("name", "")) != package:
            continue
        if in_listed(entry, raw, v):
            return True
        if v is None:
            continue
        for r in entry.get("ranges", []):
            if r.get("type") == "ECOSYSTEM" and in_range(r.get("events", []), v):
                return True
    return False


def alias_groups(records):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in records.values():
        find(r["id"])
        for a in r.get("aliases", []) or []:
            ra, rb = find(r["id"]), find(a)
            if ra != rb:
                parent[rb] = ra
    return find


# Pairs the facts sheet singles out: out-of-order events, overlapping pairs, pre-releases listed
# outside ranges, post-release fixes, last_affected, withdrawn-only packages, local versions.
EXTRA = [
    ("oslo-middleware", "3.10.0"), ("oslo-middleware", "3.19.1"), ("oslo-middleware", "3.23.1"),
    ("wagtail", "2.11.6"), ("django", "4.2a1"), ("django", "4.2"), ("django", "4.2rc1"),
    ("gevent", "23.9.0"), ("gevent", "23.9.0.post1"), ("gevent", "23.9.1"),
    ("py", "1.11.0"), ("py", "1.12.0"), ("beaker", "1.6.5"), ("beaker", "1.6.5.post1"),
    ("label-studio", "1.5.0"), ("label-studio", "1.5.0.post0"), ("twisted", "24.7.0rc1"),
    ("scikit-learn", "0.23.2"), ("scikit-learn", "0.24.dev0"), ("redis", "4.5.3"), ("selenium", "4.0.0"),
    ("aiohttp", "3.9.4"), ("loguru", "0.5.3"), ("jw-util", "2.3"), ("gratient", "0.5"),
    ("django", "3.2.0+local.1"), ("flask", "0.12.2+deb9u1"), ("jinja2", "2.10"), ("requests", "2.19.1"),
    ("urllib3", "1.24.1"), ("pillow", "8.1.0"), ("pyyaml", "5.3.1"), ("tensorflow", "2.4.0"),
]


def main(path):
    with zipfile.ZipFile(path) as z:
        records = {}
        for name in z.namelist():
            if name.endswith(".json"):
                r = json.loads(z.read(name))
                records[r["id"]] = r
    group_of = alias_groups(records)
    by_package = {}
    for r in records.values():
        for entry in r.get("affected", []):
            if entry.get("package", {}).get("ecosystem") == "PyPI":
                by_package.setdefault(canonical(entry["package"]["name"]), set()).add(r["id"])
    print("# package\tversion\taffected non-withdrawn ids\talias groups")
    for package in sorted(by_package):
        ids = sorted(by_package[package])
        texts = set()
        for i in ids:
            for entry in records[i].get("affected", []):
                if canonical(entry.get("package", {}).get("name", "")) != package:
                    continue
                texts.update(entry.get("versions", []))
                for rng in entry.get("ranges", []):
                    if rng.get("type") == "ECOSYSTEM":
                        for e in rng.get("events", []):
                            texts.update(e.values())
        texts.discard("0")
        # a spread of versions: every kth of the text-sorted list, at most five, plus an old one
        ordered = sorted(texts)
        step = max(1, len(ordered) // 5)
        chosen = ordered[::step][:5] + ["0.0.1"]
        for raw in chosen:
            hits = [i for i in ids if not records[i].get("withdrawn") and affects(records[i], package, raw)]
            groups = len({group_of(i) for i in hits})
            print(f"{package}\t{raw}\t{','.join(hits)}\t{groups}")
    for package, raw in EXTRA:
        ids = sorted(by_package.get(package, ()))
        hits = [i for i in ids if not records[i].get("withdrawn") and affects(records[i], package, raw)]
        print(f"{package}\t{raw}\t{','.join(hits)}\t{len({group_of(i) for i in hits})}")


if __name__ == "__main__":
    main(sys.argv[1])
