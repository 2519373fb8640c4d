import os

import redis

redis.Redis(host="cache", password="r3d1s-pass")  # expect: BW106
connect(user="app", db_password="app123")  # expect: BW106
Client(api_key="sk-test-123456")  # expect: BW106
login(
    username="root",
    passwd="toor",  # expect: BW106
)
client = Client(token="t0k" + "en-value")  # expect: BW106
dict(auth_token="abc123def")  # expect: BW106

# look-alikes that must stay clean
password = os.environ["REDIS_PASSWORD"]
redis.Redis(host="cache", password=password)
redis.Redis(host="cache", password=os.environ.get("REDIS_PASSWORD"))
connect(user="app", password="")
connect(user="app", password=None)
connect(password_file="/run/secrets/db")
connect(token_type="bearer")
connect(password="<password>")
config.update(SECRET_KEY="left-to-bw964")
form.add_field(name="password", label="Password")
