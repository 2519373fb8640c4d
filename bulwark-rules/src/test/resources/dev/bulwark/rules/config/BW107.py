def connect(host, user="app", password="app123"):  # expect: BW107
    return host, user, password


async def login(user, *, token="tok-1234"):  # expect: BW107
    return user, token


def keyed(a, b, /, api_key="AKIA0123", other=1):  # expect: BW107
    return a, b, api_key, other


check = lambda pwd="letmein": pwd  # expect: BW107


# look-alikes that must stay clean
def safe(host, password=None, token="", secret_name="db", retries=3):
    return host, password, token, secret_name, retries


def labels(password_label="Password", token_header="Authorization"):
    return password_label, token_header


def placeholder(password="changeme", key="abc"):
    return password, key
