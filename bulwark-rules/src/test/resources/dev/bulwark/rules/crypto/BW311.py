import random
import random as rnd
import secrets
import string
from random import choice, randint, SystemRandom

ALPHABET = string.ascii_letters + string.digits

# values that feed a secret-named target: high confidence
token = "".join(random.choice(ALPHABET) for _ in range(32))  # expect: BW311 high
reset_password = rnd.randint(100000, 999999)  # expect: BW311 high
user.api_key = "%032x" % random.getrandbits(128)  # expect: BW311 high
session["csrfToken"] = str(random.random())  # expect: BW311 high
salt, rounds = random.randbytes(16), 10  # expect: BW311 high
otp_code: int = randint(0, 999999)  # expect: BW311 high
pin = 0
pin += randint(0, 9)  # expect: BW311 high
send_mail(user, temporary_password=choice(["a", "b"]))  # expect: BW311 high
respond({"nonce": random.random(), "page": 1})  # expect: BW311 high
user.set_password(str(random.random()))  # expect: BW311 high
if (secret := random.random()) > 0.5:  # expect: BW311 high
    pass
rng = random.Random(42)  # expect: BW311 low
iv = bytes(rnd.sample(range(256), 16))  # expect: BW311 high


def generate_token(length=16):
    n = random.randint(length, 2 * length)  # expect: BW311 high
    return "".join(random.choices(ALPHABET, k=n))  # expect: BW311 high


async def make_session_id():
    return rnd.getrandbits(64)  # expect: BW311 high


# everything else: low confidence
dice = random.randint(1, 6)  # expect: BW311 low
cards = list(range(52))
random.shuffle(cards)  # expect: BW311 low
delay = random.uniform(0.5, 1.5)  # expect: BW311 low


def pick_server(servers):
    return random.choice(servers)  # expect: BW311 low


class Tokenizer:
    def split(self):
        return choice("ab")  # expect: BW311 low


def make_password():
    def jitter():
        return random.random()  # expect: BW311 low
    return jitter


cards.sort(key=lambda c: random.random())  # expect: BW311 low
cards.sort(key=cmp_to_key(lambda a, b: random.randint(-1, 1)))  # expect: BW311 low


# look-alikes that must stay clean
token = secrets.token_urlsafe(32)
key = SystemRandom().choice(ALPHABET)
password = random.SystemRandom().randint(0, 10)
numpy_random.choice([1, 2])
random_choice = "x"


def shadowed(random):
    return random.choice([1, 2])
