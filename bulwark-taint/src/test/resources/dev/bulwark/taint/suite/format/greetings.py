from flask import Flask, request

app = Flask(__name__)
SECRET_KEY = "s3cret"


class Config:
    def __init__(self):
        self.secret = SECRET_KEY


CONFIG = Config()


@app.route("/greet")
def greet():
    template = request.args.get("template", "Hello {name}")
    name = request.args.get("name", "guest")
    text = template.format(name=name, config=CONFIG)  # expect: format
    other = request.args["t"].format_map({"config": CONFIG})  # expect: format
    safe = "Hello {name}".format(name=name)  # safe: format
    also = "Hello {}, {}".format(template, name)  # safe: format
    return text + other + safe + also  # expect: xss


@app.route("/banner/<style>")
def banner(style):
    prefix = "<b>" + style
    line = (prefix + " {user}</b>").format(user=CONFIG)  # expect: format
    if style in ("plain", "bold"):
        line = style.format(user=CONFIG)  # safe: format
    return line  # expect: xss
