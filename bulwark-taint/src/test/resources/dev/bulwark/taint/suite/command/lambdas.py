import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)

run = lambda cmd: os.system(cmd)  # expect: command
quoted = lambda value: shlex.quote(value)
shout = lambda value: value.upper()
fixed = lambda value: "uptime"


@app.route("/lambda")
def lambda_view():
    host = request.args["host"]
    run("ping -c 1 " + host)
    os.system("ping -c 1 " + quoted(host))  # safe: command
    os.system("ping -c 1 " + shout(host))  # expect: command
    os.system(fixed(host))  # safe: command
    subprocess.run((lambda h: "nslookup " + h)(host), shell=True)  # expect: command
    subprocess.run((lambda h: "nslookup example.com")(host), shell=True)  # safe: command
    return "ok"
