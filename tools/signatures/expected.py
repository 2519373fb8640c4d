#!/usr/bin/env python3
"""Asks CPython for the signature of every callable in a [cpython X.Y] section of Bulwark's
signature table, and writes the answers where SignaturesConformanceTest compares them with the
table, so the test itself runs without Python.

    python3 tools/signatures/expected.py           # rewrite the expected file
    python3 tools/signatures/expected.py --check   # exit 1 if the expected file is out of date

Each section is asked of its own interpreter: ~/.pyenv/versions/X.Y.*/bin/python (the newest
patch release found), or the one named by the environment variable PYTHON_X_Y. A name the
interpreter cannot give a signature for stops the script: move it to [documented] with a comment
saying why, rather than leaving it unchecked.

The same file runs inside each interpreter (Python 2.7 included) as the worker: it reads names on
standard input and prints "name<TAB>(signature)" or "name<TAB>!reason" for each.
"""
from __future__ import print_function

import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TABLE = os.path.join(ROOT, "bulwark-semantic/src/main/resources/dev/bulwark/semantic/signatures.txt")
EXPECTED = os.path.join(ROOT, "bulwark-semantic/src/test/resources/dev/bulwark/semantic/signatures-cpython.txt")

SECTION = re.compile(r"^\[(cpython (\d+)\.(\d+)|documented)\]\s*(#.*)?$")
ENTRY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*[(=]")
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


# ---------------------------------------------------------------- worker (Python 2.7 and 3.x)

def resolve(name):
    import importlib
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for attribute in parts[i:]:
            obj = getattr(obj, attribute)
        return obj
    raise LookupError("no module for " + name)


def text_signature(obj):
    """An Argument Clinic signature that inspect refuses (a default it cannot evaluate), cleaned up."""
    text = getattr(obj, "__text_signature__", None)
    if not text:
        return None
    text = re.sub(r"\s+", " ", text.replace("\n", " "))
    text = re.sub(r"^\(\$(module|self|type|cls), /, ", "(", text)
    text = re.sub(r"^\(\$(module|self|type|cls), ", "(", text)
    return text


def python2_signature(obj):
    import inspect
    drop_self = False
    if inspect.isclass(obj):
        obj = obj.__init__
        drop_self = True
    if inspect.ismethod(obj):
        obj = obj.__func__
    spec = inspect.getargspec(obj)
    args = list(spec.args)
    defaults = list(spec.defaults or ())
    first_default = len(args) - len(defaults)
    out = []
    for i, a in enumerate(args):
        out.append(a if i < first_default else "%s=%r" % (a, defaults[i - first_default]))
    if drop_self:
        out = out[1:]
    if spec.varargs:
        out.append("*" + spec.varargs)
    if spec.keywords:
        out.append("**" + spec.keywords)
    return "(" + ", ".join(out) + ")"


def signature(name):
    obj = resolve(name)
    if sys.version_info[0] < 3:
        return python2_signature(obj)
    import inspect
    try:
        return str(inspect.signature(obj))
    except ValueError as refused:
        text = text_signature(obj)
        if text is None:
            raise refused
        return text


def work():
    for line in sys.stdin:
        name = line.strip()
        if not name:
            continue
        try:
            answer = ADDRESS.sub("", signature(name))
        except Exception as e:  # every failure is reported by name, never skipped
            answer = "!%s: %s" % (type(e).__name__, e)
        print("%s\t%s" % (name, answer))


# ---------------------------------------------------------------- driver (Python 3)

def sections():
    """{(major, minor): [name, ...]} for the [cpython X.Y] sections, in the table's order."""
    out = {}
    current = None
    with open(TABLE, encoding="utf-8") as table:
        for number, raw in enumerate(table, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            header = SECTION.match(line)
            if header:
                current = (int(header.group(2)), int(header.group(3))) if header.group(2) else None
                if current is not None:
                    out.setdefault(current, [])
                continue
            entry = ENTRY.match(line)
            if entry is None:
                sys.exit("%s:%d: cannot read this line" % (TABLE, number))
            if current is not None:
                out[current].append(entry.group(1))
    return out


def interpreter(version):
    variable = "PYTHON_%d_%d" % version
    if os.environ.get(variable):
        return os.environ[variable]
    home = os.path.expanduser("~/.pyenv/versions")
    found = glob.glob(os.path.join(home, "%d.%d.*" % version, "bin", "python"))
    found = [f for f in found if re.match(r"^\d+\.\d+\.\d+$", os.path.basename(os.path.dirname(os.path.dirname(f))))]
    if not found:
        sys.exit("no CPython %d.%d: install it with pyenv or set %s" % (version + (variable,)))
    return max(found, key=lambda f: [int(p) for p in os.path.basename(os.path.dirname(os.path.dirname(f))).split(".")])


def render():
    lines = ["# Generated by tools/signatures/expected.py from signatures.txt: the signature CPython's inspect",
             "# module gives each callable of a [cpython X.Y] section, asked of that version. Do not edit: rerun",
             "# the script after changing the table, and commit both files.", ""]
    failures = []
    for version, names in sections().items():
        python = interpreter(version)
        reply = subprocess.run([python, os.path.abspath(__file__), "--worker"], input="\n".join(names) + "\n",
                               capture_output=True, text=True, check=True).stdout
        answers = dict(line.split("\t", 1) for line in reply.splitlines() if "\t" in line)
        full = subprocess.run([python, "-c", "import sys; print('.'.join(map(str, sys.version_info[:3])))"],
                              capture_output=True, text=True, check=True).stdout.strip()
        lines.append("[cpython %d.%d]  # asked of CPython %s" % (version + (full,)))
        for name in names:
            answer = answers.get(name, "!no answer")
            if answer.startswith("!"):
                failures.append("cpython %d.%d: %s: %s" % (version + (name, answer[1:])))
            else:
                lines.append(name + answer)
        lines.append("")
    if failures:
        sys.exit("CPython gives no signature for these; move them to [documented] with a reason:\n  "
                 + "\n  ".join(failures))
    return "\n".join(lines)


def main():
    if "--worker" in sys.argv:
        work()
        return
    text = render()
    if "--check" in sys.argv:
        with open(EXPECTED, encoding="utf-8") as current:
            if current.read() != text:
                sys.exit("%s is out of date: run tools/signatures/expected.py" % EXPECTED)
        return
    os.makedirs(os.path.dirname(EXPECTED), exist_ok=True)
    with open(EXPECTED, "w", encoding="utf-8") as out:
        out.write(text)
    print("wrote %s" % EXPECTED)


if __name__ == "__main__":
    main()
