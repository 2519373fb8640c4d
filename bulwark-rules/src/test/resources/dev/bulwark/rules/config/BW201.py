import asyncio

import uvicorn
from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app)
DEBUG = True

if __name__ == "__main__":
    app.run(debug=True)  # expect: BW201
    app.run(host="127.0.0.1", debug=DEBUG)  # expect: BW201
    Flask("x").run(debug=1)  # expect: BW201
    socketio.run(app, debug=True)  # expect: BW201
    create_app().run(debug=True)  # expect: BW201
    # run(host, port, debug): debug third
    app.run("0.0.0.0", 5000, True)  # expect: BW201


def main(application):
    application.run(port=5000, debug=True)  # expect: BW201


# look-alikes that must stay clean
# debug by position counts only where the object is known to be a Flask app
asyncio.get_event_loop().run(main, None, True)
app.run()
app.run(debug=False)
app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
uvicorn.run("main:app", debug=True)
loop = asyncio.new_event_loop()
loop.run(debug=True)
