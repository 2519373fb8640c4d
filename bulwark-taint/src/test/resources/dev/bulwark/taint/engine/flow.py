import os
import shlex
import sqlite3
import subprocess
import sys


def assignments():
    a = input()
    b = a
    c = "ls " + b
    os.system(c)  # expect: command
    c = "ls"
    os.system(c)


def augmented_and_formatting():
    cmd = "echo "
    cmd += sys.argv[1]
    os.system(cmd)  # expect: command
    os.system("echo %s" % sys.argv[1])  # expect: command
    os.system("echo {}".format(sys.argv[1]))  # expect: command
    os.system(f"echo {sys.argv[1]}")  # expect: command
    os.system("echo " + sys.argv[1][2:])  # expect: command


def unpacking_and_containers():
    x, y = input(), "safe"
    os.system(y)
    os.system(x)  # expect: command
    parts = ["ls"]
    parts.append(input())
    os.system(" ".join(parts))  # expect: command
    d = {"k": input()}
    os.system(d["k"])  # expect: command
    words = [w.strip() for w in input().split()]
    os.system(words[0])  # expect: command
    if (n := input()):
        os.system(n)  # expect: command


def sanitizers():
    v = input()
    os.system("ls " + shlex.quote(v))
    os.system("ls " + str(int(v)))
    quoted = shlex.quote(v)
    open(quoted)  # expect: path
    cur = sqlite3.connect("db").cursor()
    cur.execute("select * from t where n = '%s'" % quoted)  # expect: sql
    cur.execute("select * from t where n = ?", (v,))


def dead_code():
    v = input()
    if False:
        os.system(v)
    if 7 * 42 - 200 > 0:
        v = "constant"
    os.system(v)
    while False:
        eval(input())


def branches_merge(flag):
    v = "ls"
    if flag:
        v = input()
    os.system(v)  # expect: command


def loops_and_try():
    for arg in sys.argv:
        subprocess.run(arg, shell=True)  # expect: command
        subprocess.run([arg])
    try:
        data = input()
    except ValueError:
        data = "default"
    finally:
        pass
    eval(data)  # expect: code
    with open(input()) as f:  # expect: path
        # the contents of a file are not attacker data, even when its name is
        exec(f.read())


def matching():
    match input().split():
        case [verb, obj]:
            os.system(obj)  # expect: command
        case _:
            os.system("true")


def objects():
    class Holder:
        pass

    h = Holder()
    h.cmd = input()
    os.system(h.cmd)  # expect: command
    h.cmd = "ls"
    os.system(h.cmd)
    h.cmd = input()
    h = Holder()
    os.system(h.cmd)


def environment():
    os.system(os.environ["CMD"])  # expect: command
    os.system(os.environ.get("CMD"))  # expect: command
    os.system(os.getenv("CMD", "ls"))  # expect: command


ALLOWED = {"ls", "pwd"}


def guards(base):
    v = input()
    if v in ALLOWED:
        os.system(v)
    else:
        os.system(v)  # expect: command
    if v not in ("a", "b"):
        return
    os.system(v)


def guards_by_value():
    v = input()
    if v == "status" or v.isdigit():
        os.system(v)  # expect: command
    if v.isdigit():
        os.system("kill " + v)
    if not v.isalnum():
        os.system(v)  # expect: command
    path = os.path.realpath(input())
    if path.startswith("/srv/"):
        open(path)
        os.system(path)  # expect: command
    open(path)  # expect: path


def dict_keys():
    params = {"user": input(), "mode": "fast"}
    os.system(params["mode"])
    os.system(params.get("mode"))
    os.system(params["user"])  # expect: command
    os.system(params.get("user"))  # expect: command
    params["mode"] = input()
    os.system(params["mode"])  # expect: command
    params = {"a": "x"}
    os.system(params["a"])
