"""Python-aware secret cases: '# expect: ID' labels the next line, '# lookalike' a line that must give nothing."""
import getpass
import os

# expect: BW105
db_password = "Tr0ub4dor&3x"
# expect: BW105
self_token = "a8Kd9Lq2Wm7Zx4Rv"


def check(password):
    # expect: BW105
    if password == "letmein-42":
        return True
    return False


# expect: BW106
conn = connect(user="app", password="Pq7Wd3Rk9Lm")


# expect: BW107
def login(user, password="hunter2-dev"):
    return user, password


# A token format on the same line as a name rule: one finding, the provider's.
# expect: BW1003
GITHUB_TOKEN = "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"
# expect: BW1035
DATABASE_URL = "postgres://app:Wq8Rt5Yu3@db.internal/prod"
# expect: BW105
API_KEY = os.environ.get("API_KEY", "k9Xw2Lm8Qz4Rv7Tp")

# lookalike
password = ""
# lookalike
password = "changeme"
# lookalike
api_key = "<your-key>"
# lookalike
token = "xxx"
# lookalike
password = os.environ["DB_PASSWORD"]
# lookalike
password = getpass.getpass()
# lookalike
password_length = 12
# lookalike
token_url = "https://auth.example.org/token"
# lookalike
api_key = "YOUR_API_KEY"
# lookalike
secret_name = "prod-db-credentials"
# lookalike
digest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
# lookalike
request_id = "123e4567-e89b-12d3-a456-426614174000"
# lookalike
connect(user="app", password=password)
