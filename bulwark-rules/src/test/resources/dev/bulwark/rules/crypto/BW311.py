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


# a session entry or a cookie, reached directly or through a local variable
def remember_user(response, request, session):
    remember = str(random.getrandbits(64))  # expect: BW311 high
    session[request.user_id] = remember
    response.set_cookie("remember", str(random.random()), secure=True)  # expect: BW311 high
    response.set_cookie(key="visitor", value=rnd.randint(0, 10**9))  # expect: BW311 high
    request.session["visitor"] = random.gauss(0, 1e9)  # expect: BW311 high
    response.cookies["visitor"] = str(random.random())  # expect: BW311 high
    ident = random.normalvariate()  # expect: BW311 high
    cookie_value = str(ident)[2:]
    response.set_cookie("id", cookie_value)
    visits = random.randint(1, 5)  # expect: BW311 low
    response.set_cookie("visits", "1", max_age=visits)
    pause = random.expovariate(2.0)  # expect: BW311 low
    log(session.get("visits"), pause)


def remember_flask(usersession, cookie_name):
    value = str(random.getrandbits(32))[2:]  # expect: BW311 high
    if cookie_name not in usersession:
        usersession[cookie_name] = value
    return value


def no_callee_name(handlers):
    # a callee known by no name: handlers[0](...)
    handlers[0](random.random())  # expect: BW311 low
    handlers[1](cookie=str(random.random()))  # expect: BW311 low


def other_function(session):
    # "remember" goes into a session in remember_user, not here
    remember = random.random()  # expect: BW311 low
    return remember


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
