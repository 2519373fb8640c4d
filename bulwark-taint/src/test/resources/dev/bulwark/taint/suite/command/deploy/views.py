import shlex

from flask import Flask, request

from tools import git, shell
from tools.shell import checked, run, run_args, run_quoted, tag

app = Flask(__name__)


@app.route("/deploy")
def deploy():
    host = request.args["host"]
    run("ping -c 1 " + host)  # expect: command
    run_quoted(host)  # safe: command
    run_args([host])  # safe: command
    shell.run("ping -c 1 " + shlex.quote(host))  # safe: command
    shell.run("deploy " + tag(host))  # expect: command
    shell.run("deploy " + checked(host))  # safe: command
    git.checkout(request.args["branch"])  # expect: command
    git.describe()  # safe: command
    return "ok"
