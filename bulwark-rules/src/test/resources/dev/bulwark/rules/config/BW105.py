import os

DB_PASSWORD = "s3cr3t-prod"  # expect: BW105
api_token: str = "ghp_abcdef0123456789"  # expect: BW105
client_secret = "a8f5f167f44f4964e6c998dee827110c"  # expect: BW105
dbPassword = "hunter2"  # expect: BW105
STRIPE_API_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"  # expect: BW105
user, password = "admin", "admin123"  # expect: BW105
mypassword = "mypassword123"  # expect: BW105
DEFAULT = "Winter2024!"
smtp_pass = DEFAULT  # expect: BW105
DB_PASS = os.environ.get("DB_PASS", "dev-pass-2024")  # expect: BW105
ADMIN_PASSWORD = os.getenv("ADMIN_PASSWORD") or "admin123"  # expect: BW105


class Settings:
    def __init__(self):
        self.auth_token = "tok_live_123"  # expect: BW105


conf = {}
conf["redis_password"] = "r3d1s"  # expect: BW105
credentials = {"user": "svc", "password": "svc-pass-01"}  # expect: BW105
login = {
    "passwd": "letmein",  # expect: BW105
}


def check(password):
    if password == "letmein99":  # expect: BW105
        return True
    return "admin" != password  # expect: BW105


# look-alikes that must stay clean
password = os.environ["DB_PASSWORD"]
token = os.getenv("TOKEN")
api_key = os.environ.get("API_KEY", "")
password_length = "12"
token_url = "https://example.com/oauth/token"
secret_name = "prod/db"
password_hash = "pbkdf2_sha256$..."
PASSWORD_FIELD = "password"
TOKEN_ENV = "GITHUB_TOKEN"
password2 = ""
api_key = "<your-api-key>"
token2 = "${API_TOKEN}"
secret = "changeme"
db_password = "***"
masked_pwd = "xxxx"
pwd = "/home/user/project"
prompt_password = "Enter your password"
PASSWORD_ENV = "DB_PASSWORD"
field = "password"
SECRET_KEY = "left-to-bw964"
passwords = "not-a-name-that-means-one-secret"
bypass = "abc"
resources = {"AWS::SecretsManager::Secret": "c85175a4ebcce361"}
next_token = "0"
pagination = {"input_token": "next_marker"}
INCORRECT_PASSWD = "Incorrect"
masked = {"password": ":****"}
parts = {"pass": "bandpass"}
COGNITO_SECRET = "asdfasdf"
if token == "lambda":
    pass
weak = {"password": "super-secret"}  # expect: BW105
labels = {"password": "password", "token": "access_token", "secret": "client_secret"}
if password == "":
    pass
if token is None:
    pass
_core_token = r"(?:(?:\^[a-z0-9]?)?[^\s])+"
# a repeated pattern, not a generated value: too little entropy for a token
api_token = "abab1212abab"
