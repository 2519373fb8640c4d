#!/usr/bin/env python3
"""Builds an OSV zip of the size class of OSV's full PyPI export from the PyPA zip in shared/data.

Each record is written COPIES times; copy k > 0 gets the id suffix "-SIMk", its aliases the same
suffix, and its package names the suffix "-simk", so the store grows in records and in packages
(OSV's PyPI export holds about 20,000 records). Used to time `bulwark db import` and an audit at
that size; see docs/advisory-db.md.

    tools/deps/simulate_export.py SOURCE.zip OUT.zip [COPIES]
"""
import json
import sys
import zipfile


def main():
    source, out = sys.argv[1], sys.argv[2]
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    written = 0
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if not name.endswith(".json"):
                continue
            record = json.loads(src.read(name))
            for k in range(copies):
                copy = json.loads(json.dumps(record))
                if k:
                    copy["id"] = f"{record['id']}-SIM{k}"
                    copy["aliases"] = [f"{a}-SIM{k}" for a in record.get("aliases", [])]
                    for affected in copy.get("affected", []):
                        affected["package"]["name"] += f"-sim{k}"
                dst.writestr(copy["id"] + ".json", json.dumps(copy))
                written += 1
    print(f"{written} records in {out}")


if __name__ == "__main__":
    main()
