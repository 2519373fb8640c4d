import configparser
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/job")
def job():
    host = request.form.get("host", "")
    settings = configparser.ConfigParser()
    settings.add_section("job")
    settings.set("job", "tool", "rsync")
    settings.set("job", "target", host)
    subprocess.run(settings.get("job", "tool") + " --version", shell=True)  # safe: command
    subprocess.run("ping " + settings.get("job", "target"), shell=True)  # expect: command
    subprocess.run("sleep %d" % settings.getint("job", "target"), shell=True)  # safe: command
    return "ok"


@app.route("/job2")
def job2():
    host = request.form.get("host", "")
    settings = configparser.ConfigParser()
    settings["job"] = {"tool": "rsync"}
    settings["job"]["target"] = host
    subprocess.run(settings["job"]["tool"] + " --version", shell=True)  # safe: command
    subprocess.run("ping " + settings["job"]["target"], shell=True)  # expect: command
    return "ok"


@app.route("/job3")
def job3():
    text = request.form.get("config", "")
    settings = configparser.ConfigParser()
    settings.read_string(text)
    subprocess.run(settings.get("job", "tool") + " --version", shell=True)  # expect: command
    own = configparser.ConfigParser()
    own.read("/etc/jobs.ini")
    subprocess.run(own.get("job", "tool") + " --version", shell=True)  # safe: command
    return "ok"


@app.route("/job4")
def job4():
    host = request.form.get("host", "")
    section = request.form.get("section", "job")
    settings = configparser.ConfigParser()
    settings.add_section("job")
    settings.set("job", "tool", "rsync")
    settings.set(section, "tool", host)
    subprocess.run(settings.get("job", "tool") + " --version", shell=True)  # expect: command
    return "ok"
