from flask import Flask, request

app = Flask(__name__)


class User:
    name = "guest"


@app.route("/greet")
def greet():
    template = request.args.get("template", "Hello {user.name}")
    text = template.format(user=User())  # expect: BW816
    more = request.args["t"].format_map({"user": User()})  # expect: BW816

    # look-alikes that must stay clean
    name = request.args.get("name", "guest")
    hello = "Hello {}".format(name)
    shown = "{user} said {text}".format_map({"user": name, "text": template})
    chosen = {"short": "Hi {}", "long": "Hello there, {}"}["short"].format(name)
    return text + more + hello + shown + chosen
