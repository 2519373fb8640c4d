#!/usr/bin/env python3
"""Writes CPython's own parse result for every .py file under the given roots.

Run it under the interpreter whose behaviour is the reference (CPython 3.13 for
Bulwark). One process handles every file, so the cost is the parsing itself
rather than interpreter start-up. Each output line is one JSON object:

  {"path": ..., "ok": true, "dump": "<ast.dump(tree, include_attributes=True)>"}
  {"path": ..., "ok": false, "type": "SyntaxError", "lineno": 3, "offset": 7,
   "end_lineno": 3, "end_offset": 9, "msg": "..."}
  {"path": ..., "ok": true, "dump": null, "dump_error": "RecursionError"}

and a last line {"summary": true, "files": N, ...} that lets a reader tell a
complete file from one cut short. JSON is written with ensure_ascii so that any
text, including lone surrogates escaped by repr, survives the round trip.

Directories named in --skip-dir (site-packages by default) are not entered below
a root; a root itself is always read. A name ending in .gz is written gzipped.
"""

import argparse
import ast
import gzip
import hashlib
import json
import os
import sys
import time
import warnings


def python_files(roots, skip_dirs):
    """Yields every .py file under the roots once, in a stable order."""
    seen = set()
    for root in roots:
        if os.path.isfile(root):
            candidates = [root]
        else:
            candidates = []
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if d not in skip_dirs)
                candidates.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
        for path in candidates:
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                yield path


def reference_result(source, path):
    """CPython's verdict on one file, as the fields of its output record."""
    try:
        # Bytes, not text: CPython then applies its own BOM and coding-cookie rules.
        tree = ast.parse(source, path)
    except SyntaxError as e:  # includes IndentationError and TabError
        return {"ok": False, "type": type(e).__name__, "lineno": e.lineno, "offset": e.offset,
                "end_lineno": e.end_lineno, "end_offset": e.end_offset, "msg": e.msg}
    except (ValueError, RecursionError, MemoryError) as e:
        # ValueError: null bytes before 3.12; the other two: pathological nesting.
        return {"ok": False, "type": type(e).__name__, "lineno": None, "offset": None,
                "end_lineno": None, "end_offset": None, "msg": str(e)}
    try:
        return {"ok": True, "dump": ast.dump(tree, include_attributes=True)}
    except (RecursionError, MemoryError) as e:
        # CPython accepted the file but its pure-Python dump gave up: no reference text.
        return {"ok": True, "dump": None, "dump_error": type(e).__name__}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="output file (.jsonl or .jsonl.gz)")
    parser.add_argument("--skip-dir", action="append", default=None,
                        help="directory name not to enter (repeatable; default: site-packages)")
    parser.add_argument("roots", nargs="+")
    args = parser.parse_args()
    skip_dirs = set(args.skip_dir if args.skip_dir is not None else ["site-packages"])

    # Invalid escapes and the like are warnings, never errors, and must not reach stderr.
    warnings.simplefilter("ignore")
    # ast.dump recurses in Python; deep but valid trees need room.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))

    started = time.monotonic()
    counts = {"files": 0, "accepted": 0, "rejected": 0, "unreadable": 0, "reused": 0}
    by_content = {}  # the 3.11 and 3.13 libraries share many identical files
    tmp = "%s.%d.part" % (args.out, os.getpid())  # concurrent runs must not share it
    opener = (lambda p: gzip.open(p, "wt", encoding="ascii", compresslevel=1)) if args.out.endswith(".gz") \
        else (lambda p: open(p, "w", encoding="ascii", newline="\n"))
    with opener(tmp) as out:
        for path in python_files(args.roots, skip_dirs):
            counts["files"] += 1
            try:
                with open(path, "rb") as f:
                    source = f.read()
            except OSError as e:
                counts["unreadable"] += 1
                record = {"ok": False, "type": "OSError", "lineno": None, "offset": None,
                          "end_lineno": None, "end_offset": None, "msg": str(e)}
            else:
                digest = hashlib.sha256(source).digest()
                record = by_content.get(digest)
                if record is None:
                    record = reference_result(source, path)
                    by_content[digest] = record
                else:
                    counts["reused"] += 1
                counts["accepted" if record["ok"] else "rejected"] += 1
            out.write(json.dumps(dict(path=path, **record), ensure_ascii=True))
            out.write("\n")
        summary = dict(summary=True, python=sys.version.split()[0],
                       seconds=round(time.monotonic() - started, 1), **counts)
        out.write(json.dumps(summary, ensure_ascii=True))
        out.write("\n")
    os.replace(tmp, args.out)  # readers never see a half-written file
    print("reference_dump: %(files)d files (%(accepted)d accepted, %(rejected)d rejected, "
          "%(unreadable)d unreadable, %(reused)d identical copies) in %(seconds).1fs" % summary,
          file=sys.stderr)


if __name__ == "__main__":
    main()
