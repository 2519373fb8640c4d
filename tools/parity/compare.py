"""Compares Bandit's JSON report with Bulwark's text findings, per Bandit test id.

Usage: compare.py bandit.json bulwark.txt rules.txt bandit.time bulwark.time
A Bulwark finding counts for a Bandit id when its rule lists that id among its aliases.
"""
import collections
import json
import os
import re
import sys

bandit_json, bulwark_txt, rules_txt, bandit_time, bulwark_time = sys.argv[1:6]

aliases = {}
for line in open(rules_txt, encoding="utf-8"):
    parts = line.split()
    if parts and parts[0].startswith("BW"):
        for field in parts[1:]:
            for code in field.split(","):
                if re.fullmatch(r"B\d{3}", code):
                    aliases.setdefault(parts[0], []).append(code)

bandit = collections.defaultdict(set)
for r in json.load(open(bandit_json, encoding="utf-8"))["results"]:
    bandit[r["test_id"]].add((os.path.realpath(r["filename"]), r["line_number"]))

bulwark = collections.defaultdict(set)
finding = re.compile(r"^(.*?):(\d+):\d+: (BW\d{3}) ")
for line in open(bulwark_txt, encoding="utf-8", errors="replace"):
    m = finding.match(line)
    if m:
        for code in aliases.get(m.group(3), []):
            bulwark[code].add((os.path.realpath(m.group(1)), int(m.group(2))))

print(f"{'bandit id':10} {'both':>6} {'bandit only':>12} {'bulwark only':>13}")
total_both = total_bandit = total_bulwark = 0
for code in sorted(set(bandit) | set(bulwark)):
    b, w = bandit[code], bulwark[code]
    both = len(b & w)
    total_both += both
    total_bandit += len(b - w)
    total_bulwark += len(w - b)
    print(f"{code:10} {both:6} {len(b - w):12} {len(w - b):13}")
print(f"{'total':10} {total_both:6} {total_bandit:12} {total_bulwark:13}")


def timing(path):
    seconds, kb = open(path).read().split()[-2:]
    return float(seconds), int(kb) / 1024


(bs, bm), (ws, wm) = timing(bandit_time), timing(bulwark_time)
print(f"\nwall time: bandit {bs:.1f} s, bulwark {ws:.1f} s ({bs / max(ws, 0.01):.1f}x faster)")
print(f"peak memory: bandit {bm:.0f} MB, bulwark {wm:.0f} MB")
