"""Compares Bandit's JSON report with Bulwark's text findings, per Bandit test id.

Usage: compare.py [--details IDS] bandit.json bulwark.txt rules.txt [bandit.time bulwark.time]
A Bulwark finding counts for a Bandit id when its rule lists that id among its aliases.
--details B311,B403 (or --details all) also lists, for those ids, every (file, line) that only one
tool reports, with the source line, so that the differences can be read one by one.
The timing lines are printed only when both time files are given.
"""
import argparse
import collections
import json
import os
import re

parser = argparse.ArgumentParser()
parser.add_argument("--details", default="", help="comma-separated Bandit ids, or 'all'")
parser.add_argument("bandit_json")
parser.add_argument("bulwark_txt")
parser.add_argument("rules_txt")
parser.add_argument("times", nargs="*", metavar="time", help="bandit.time bulwark.time")
args = parser.parse_args()

aliases = {}
for line in open(args.rules_txt, encoding="utf-8"):
    parts = line.split()
    if parts and parts[0].startswith("BW"):
        for field in parts[1:]:
            for code in field.split(","):
                if re.fullmatch(r"B\d{3}", code):
                    aliases.setdefault(parts[0], []).append(code)

bandit = collections.defaultdict(set)
for r in json.load(open(args.bandit_json, encoding="utf-8"))["results"]:
    bandit[r["test_id"]].add((os.path.realpath(r["filename"]), r["line_number"]))

bulwark = collections.defaultdict(set)
bulwark_rule = {}  # (bandit id, file, line) -> the Bulwark rule ids that reported it
finding = re.compile(r"^(.*?):(\d+):\d+: (BW\d{3}) ")
for line in open(args.bulwark_txt, encoding="utf-8", errors="replace"):
    m = finding.match(line)
    if m:
        spot = (os.path.realpath(m.group(1)), int(m.group(2)))
        for code in aliases.get(m.group(3), []):
            bulwark[code].add(spot)
            bulwark_rule.setdefault((code,) + spot, set()).add(m.group(3))

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

if len(args.times) == 2:
    def timing(path):
        seconds, kb = open(path).read().split()[-2:]
        return float(seconds), int(kb) / 1024

    (bs, bm), (ws, wm) = timing(args.times[0]), timing(args.times[1])
    print(f"\nwall time: bandit {bs:.1f} s, bulwark {ws:.1f} s ({bs / max(ws, 0.01):.1f}x faster)")
    print(f"peak memory: bandit {bm:.0f} MB, bulwark {wm:.0f} MB")

if args.details:
    wanted = sorted(set(bandit) | set(bulwark)) if args.details == "all" else args.details.split(",")
    lines_of = {}

    def source(path, number):
        if path not in lines_of:
            try:
                lines_of[path] = open(path, encoding="utf-8", errors="replace").read().splitlines()
            except OSError:
                lines_of[path] = []
        text = lines_of[path]
        return text[number - 1].strip() if 0 < number <= len(text) else "?"

    common = os.path.commonpath([p for spots in list(bandit.values()) + list(bulwark.values())
                                 for p, _ in spots] or ["/"])
    for code in wanted:
        for title, spots, rule_of in (("bandit only", bandit[code] - bulwark[code], None),
                                      ("bulwark only", bulwark[code] - bandit[code], bulwark_rule)):
            if not spots:
                continue
            print(f"\n{code} {title}: {len(spots)}")
            for path, number in sorted(spots):
                rule = " " + ",".join(sorted(rule_of[(code, path, number)])) if rule_of else ""
                print(f"  {os.path.relpath(path, common)}:{number}{rule}: {source(path, number)}")
