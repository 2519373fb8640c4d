#!/usr/bin/env python3
"""Writes the stored expectations of Bulwark's construct and syntax-error tests.

Run under CPython 3.13, once after adding or changing a test input:

    /root/.pyenv/versions/3.13.0/bin/python3 tools/conformance/make_expected.py

For every resources/constructs/NAME.py it writes NAME.dump, the single-line
ast.dump(tree, include_attributes=True) of the file read as bytes, plus a newline.
For every resources/errors/NAME.py it writes NAME.error, one line
"type:line:offset:msg" (line and offset empty when CPython gives none).
A construct CPython rejects, or an error case it accepts, stops the run.

The 3.14 inputs (constructs314/, errors314/) have expectations written by hand,
since no 3.14 interpreter is available. Under a 3.14 interpreter,
`make_expected.py --verify314` checks them without writing anything, printing
dumps in 3.13's format (3.14's own ast.dump leaves out ctx=Load()).
"""

import argparse
import ast
import os
import sys
import warnings

RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                         "..", "..", "bulwark-python", "src", "test", "resources")


def inputs(subdir):
    folder = os.path.normpath(os.path.join(RESOURCES, subdir))
    return [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith(".py")]


def parse(path):
    with open(path, "rb") as f:
        return ast.parse(f.read(), path)


def error_line(e):
    """The sidecar form of a SyntaxError; the message goes last because it may hold colons."""
    def field(v):
        return "" if v is None else str(v)
    return "%s:%s:%s:%s" % (type(e).__name__, field(e.lineno), field(e.offset), e.msg)


def dump_313_style(node):
    """ast.dump(node, include_attributes=True) as CPython 3.13 prints it, on any version.

    3.13 leaves out fields that are None or empty lists (but never the value of a Constant or
    MatchSingleton, which may be None itself) and attributes that are None; 3.14 further leaves out ctx=Load(), which
    Bulwark's dumper keeps, so 3.14's own output cannot be compared as is.
    """
    if isinstance(node, list):
        return "[" + ", ".join(dump_313_style(n) for n in node) + "]"
    if not isinstance(node, ast.AST):
        return repr(node)
    literal = isinstance(node, (ast.Constant, ast.MatchSingleton))
    parts = []
    for name in node._fields:
        value = getattr(node, name, None)
        if (value is None or value == []) and not (literal and name == "value"):
            continue
        parts.append("%s=%s" % (name, dump_313_style(value)))
    for name in node._attributes:
        value = getattr(node, name, None)
        if value is not None:
            parts.append("%s=%s" % (name, dump_313_style(value)))
    return "%s(%s)" % (type(node).__name__, ", ".join(parts))


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text + "\n")


def generate():
    problems = []
    for path in inputs("constructs"):
        try:
            tree = parse(path)
        except (SyntaxError, ValueError) as e:
            problems.append("%s: CPython rejects a construct: %s" % (path, error_line(e)))
            continue
        text = ast.dump(tree, include_attributes=True)
        assert text == dump_313_style(tree), path  # keeps the --verify314 printer honest
        write(path[:-3] + ".dump", text)
    for path in inputs("errors"):
        try:
            parse(path)
        except SyntaxError as e:
            write(path[:-3] + ".error", error_line(e))
        else:
            problems.append("%s: CPython accepts an error case" % path)
    return problems


def verify314():
    problems = []
    for path in inputs("constructs314"):
        with open(path[:-3] + ".dump", encoding="utf-8") as f:
            expected = f.read().rstrip("\n")
        try:
            actual = dump_313_style(parse(path))
        except SyntaxError as e:
            problems.append("%s: rejected: %s" % (path, error_line(e)))
            continue
        if actual != expected:
            problems.append("%s: differs\n  stored: %s\n  actual: %s" % (path, expected, actual))
    for path in inputs("errors314"):
        with open(path[:-3] + ".error", encoding="utf-8") as f:
            expected = f.read().rstrip("\n")
        try:
            parse(path)
            problems.append("%s: accepted" % path)
        except SyntaxError as e:
            if error_line(e) != expected:
                problems.append("%s: stored %s, actual %s" % (path, expected, error_line(e)))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verify314", action="store_true", help="check the hand-written 3.14 expectations")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # invalid escapes in the inputs are deliberate
    wanted = (3, 14) if args.verify314 else (3, 13)
    if sys.version_info[:2] != wanted:
        sys.exit("make_expected.py: run this under CPython %d.%d, not %s" % (wanted + (sys.version.split()[0],)))
    problems = verify314() if args.verify314 else generate()
    for p in problems:
        print(p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
