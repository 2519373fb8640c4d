import smtplib
import socket

from flask import Flask, request

app = Flask(__name__)
RELAY = "smtp.example.com"


@app.route("/check-port")
def check_port():
    host = request.args["host"]
    try:
        socket.create_connection((host, 443), timeout=2).close()  # expect: ssrf
        socket.create_connection(("status.example.com", 443), timeout=2).close()  # safe: ssrf
    except OSError:
        return {"open": False}
    return {"open": True}


@app.route("/mail-test", methods=["POST"])
def mail_test():
    server = request.form.get("server", RELAY)
    smtplib.SMTP(server, 25).quit()  # expect: ssrf
    smtplib.SMTP(RELAY, 25).quit()  # safe: ssrf
    return "sent"
