import asyncio
import socket
import socketserver
from http.server import HTTPServer, SimpleHTTPRequestHandler
from wsgiref.simple_server import make_server

from flask import Flask

app = Flask(__name__)

HOST = "0.0.0.0"  # expect: BW104
bind_address: str = "::"  # expect: BW104
bind = "0.0.0.0:8000"  # expect: BW104
server_address = ("0.0.0.0", 8000)  # expect: BW104
config = {}
config["bind_address"] = "0.0.0.0"  # expect: BW104
settings = {"listen_addr": "0.0.0.0"}  # expect: BW104

s = socket.socket()
s.bind(("0.0.0.0", 8080))  # expect: BW104
s.bind(("", 8080))  # expect: BW104
zmq_socket.bind("tcp://*:5555")  # expect: BW104
socketserver.TCPServer(("", 9000), None)  # expect: BW104
HTTPServer(("::", 8000), SimpleHTTPRequestHandler)  # expect: BW104
socketserver.TCPServer(server_address=("0.0.0.0", 9001), RequestHandlerClass=None)  # expect: BW104
make_server("0.0.0.0", 8000, app)  # expect: BW104
app.run(host="0.0.0.0", port=5000)  # expect: BW104
app.run("0.0.0.0")  # expect: BW104
asyncio.start_server(None, "0.0.0.0", 8888)  # expect: BW104
ANY = "0.0.0.0"
uvicorn_run(app, host=ANY)  # expect: BW104

# look-alikes that must stay clean
app.run(host=HOST)
app.run(host="127.0.0.1")
s.bind(("127.0.0.1", 8080))
remote_addr = "0.0.0.0"
client_ip = "0.0.0.0"
if request_ip == "0.0.0.0":
    print("unspecified address: 0.0.0.0")
message = "0.0.0.0"
ALLOWED_HOSTS = ["0.0.0.0"]
server_name = "*"
config["host"] = "0.0.0.0"
DATABASES = {"default": {"HOST": "0.0.0.0", "PORT": 5432}}
redis_client = Redis(host="0.0.0.0", port=6379)
conn = psycopg_connect(host="0.0.0.0")
widget.bind("<Button-1>", print)
unix_socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
unix_socket.bind("")
socketserver.TCPServer(("localhost", 9000), None)
