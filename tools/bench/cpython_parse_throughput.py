#!/usr/bin/env python3
"""CPython's parser throughput, measured the way `bulwark bench parse` measures Bulwark's.

Both read every .py file below the given directories into memory as bytes (skipping the same
tool and vendor directories), parse all of them WARMUP times untimed and ITERATIONS times
timed, and divide the corpus size by the mean time of a timed pass. CPython has no JIT to warm,
so one untimed pass (the default) is enough here, where Bulwark's JVM needs about ten. Only the parse is timed:
ast.parse on bytes decodes (BOM, PEP 263 cookie) and builds the tree, as Bulwark's parser does.
Files that CPython rejects still count: the work up to the error is part of the job.
"""

import argparse
import ast
import os
import platform
import sys
import time

# Keep in step with SourceFiles.SKIPPED_DIRECTORIES in bulwark-cli.
SKIPPED_DIRECTORIES = {
    ".git", ".venv", "venv", "site-packages", "node_modules", ".tox", "build", "dist", "__pycache__",
}


def find_sources(roots):
    """Paths of the .py files below roots, sorted, each once; symlinked directories not followed."""
    found = set()
    for root in roots:
        if os.path.isfile(root):
            found.add(os.path.normpath(root))
            continue
        if not os.path.isdir(root):
            sys.exit(f"{root}: error: no such file or directory")
        for directory, subdirectories, files in os.walk(root):
            subdirectories[:] = [d for d in subdirectories if d not in SKIPPED_DIRECTORIES]
            for name in files:
                path = os.path.join(directory, name)
                if name.endswith(".py") and os.path.isfile(path):
                    found.add(os.path.normpath(path))
    return sorted(found)


def count_lines(data):
    """Newline bytes, plus one for a last line without a newline (as Bulwark's Corpus counts)."""
    lines = data.count(b"\n")
    if data and not data.endswith(b"\n"):
        lines += 1
    return lines


def parse_all(sources):
    """One pass; returns how many files CPython rejected."""
    rejected = 0
    for path, data in sources:
        try:
            ast.parse(data, filename=path)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            rejected += 1
    return rejected


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", metavar="DIR", help="directories (or files) making up the corpus")
    parser.add_argument("--iterations", type=int, default=5, metavar="N", help="timed passes (default: 5)")
    parser.add_argument("--warmup", type=int, default=1, metavar="N", help="untimed passes first (default: 1)")
    args = parser.parse_args()
    if args.iterations < 1 or args.warmup < 0:
        parser.error("--iterations must be at least 1 and --warmup at least 0")

    sources = []
    for path in find_sources(args.dirs):
        try:
            with open(path, "rb") as f:
                sources.append((path, f.read()))
        except OSError as e:
            print(f"{path}: error: cannot read: {e.strerror}", file=sys.stderr)
    if not sources:
        sys.exit("no .py files found")
    size = sum(len(data) for _, data in sources)
    lines = sum(count_lines(data) for _, data in sources)
    print(f"corpus: {len(sources)} files, {size / 1e6:.2f} MB, {lines} lines")
    print(f"passes: {args.warmup} warmup + {args.iterations} timed")

    for _ in range(args.warmup):
        parse_all(sources)
    total = 0.0
    rejected = 0
    for _ in range(args.iterations):
        start = time.perf_counter()
        rejected = parse_all(sources)
        total += time.perf_counter() - start
    seconds = total / args.iterations
    print(
        f"cpython {platform.python_version()} ast.parse: {size / 1e6 / seconds:.2f} MB/s,"
        f" {lines / seconds:.0f} lines/s (mean of {args.iterations} passes: {seconds:.3f} s;"
        f" {rejected} files with syntax errors)"
    )


if __name__ == "__main__":
    main()
