import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    out = subprocess.run(["sh", "-c", f"ping -c 1 {host}"], capture_output=True)  # expect: command
    return out.stdout


@app.route("/ping-quoted")
def ping_quoted():
    host = request.args.get("host", "")
    out = subprocess.run(["/bin/bash", "-lc", "ping -c 1 " + shlex.quote(host)], capture_output=True)  # safe: command
    return out.stdout


@app.route("/ping-argv")
def ping_argv():
    host = request.args.get("host", "")
    # no shell: the host is one argument of ping
    out = subprocess.run(["ping", "-c", "1", host], capture_output=True)  # safe: command
    return out.stdout


@app.route("/script")
def script():
    name = request.args.get("name", "")
    # a positional parameter of a constant script ($0), not shell code
    out = subprocess.run(["sh", "-c", 'echo "hello $0"', name], capture_output=True)  # safe: command
    return out.stdout


@app.route("/win")
def win():
    path = request.args.get("path", "")
    out = subprocess.check_output(("cmd.exe", "/c", "dir " + path))  # expect: command
    return out


@app.route("/grep")
def grep():
    pattern = request.args.get("q", "")
    argv = []
    if request.args.get("login"):
        argv.extend(["bash", "-lc"])
    else:
        argv.append("sh")
        argv.append("-c")
    argv.append("grep " + pattern + " /var/log/app.log")
    return subprocess.run(argv, capture_output=True).stdout  # expect: command


@app.route("/grep-argv")
def grep_argv():
    pattern = request.args.get("q", "")
    argv = ["grep", "-e"]
    argv.append(pattern)
    argv.append("/var/log/app.log")
    return subprocess.run(argv, capture_output=True).stdout  # safe: command


@app.route("/restart")
async def restart():
    import asyncio
    service = request.args.get("service", "")
    proc = await asyncio.create_subprocess_exec("bash", "-c", "systemctl restart " + service)  # expect: command
    await proc.wait()
    proc = await asyncio.create_subprocess_exec("systemctl", "restart", service)  # safe: command
    await proc.wait()
    return "ok"


@app.route("/handover")
def handover():
    import os
    job = request.args.get("job", "")
    if request.args.get("direct"):
        os.execvp("runjob", ["runjob", job])  # safe: command
    os.execlp("sh", "sh", "-c", "runjob " + job)  # expect: command
