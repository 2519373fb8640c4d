import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/mode")
def mode():
    target = request.args.get("target", "")
    cmd = "uptime"
    if "time" in cmd:
        cmd = "ping -c 1 " + target
    subprocess.run(cmd, shell=True)  # expect: command
    return "ok"


@app.route("/mode-fixed")
def mode_fixed():
    target = request.args.get("target", "")
    cmd = "uptime"
    if "time" not in cmd:
        cmd = "ping -c 1 " + target
    subprocess.run(cmd, shell=True)  # safe: command
    return "ok"


@app.route("/limits")
def limits():
    target = request.args.get("target", "")
    retries = 3
    retries = retries * 2
    cmd = "ping -c 1 localhost" if retries - 10 > 0 else "ping -c 1 " + target
    subprocess.run(cmd, shell=True)  # expect: command
    cmd = "ping -c 1 " + target if retries - 10 > 0 else "ping -c 1 localhost"
    subprocess.run(cmd, shell=True)  # safe: command
    return "ok"


@app.route("/count")
def count():
    target = request.args.get("target", "")
    width = 40
    width += 2
    if width * 3 < 100:
        subprocess.run("ping " + target, shell=True)  # safe: command
    if width * 3 > 100:
        subprocess.run("traceroute " + target, shell=True)  # expect: command
    return "ok"


@app.route("/pick")
def pick():
    target = request.args.get("target", "")
    modes = "xyz"
    mode = modes[-2]
    match mode:
        case "x":
            cmd = "ping " + target
        case "y":
            cmd = "uptime"
        case "z" | "w":
            cmd = "ping " + target
        case _:
            cmd = "traceroute " + target
    subprocess.run(cmd, shell=True)  # safe: command
    match mode:
        case "x":
            cmd = "uptime"
        case "y":
            cmd = "ping " + target
        case _:
            cmd = "uptime"
    subprocess.run(cmd, shell=True)  # expect: command
    return "ok"


@app.route("/pick-unknown")
def pick_unknown():
    target = request.args.get("target", "")
    mode = request.args.get("mode", "")
    match mode:
        case "x":
            cmd = "uptime"
        case _:
            cmd = "ping " + target
    subprocess.run(cmd, shell=True)  # expect: command
    return "ok"


@app.route("/retry")
def retry():
    target = request.args.get("target", "")
    cmd = "uptime"
    attempt = 0
    while attempt < 3:
        if attempt == 2:
            cmd = "ping " + target
        attempt += 1
    subprocess.run(cmd, shell=True)  # expect: command
    return "ok"


@app.route("/fallback")
def fallback():
    target = request.args.get("target", "")
    cmd = "uptime"
    step = "start"
    try:
        step = "run"
        subprocess.run("true", check=True)
        step = "done"
    except subprocess.CalledProcessError:
        if step == "run":
            cmd = "ping " + target
    subprocess.run(cmd, shell=True)  # expect: command
    return "ok"
