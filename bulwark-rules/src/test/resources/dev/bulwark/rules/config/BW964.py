import os

from flask import Flask

SECRET_KEY = "django-insecure-9x!k2@p0"  # expect: BW964
app = Flask(__name__)
app.secret_key = "dev"  # expect: BW964
app.config["SECRET_KEY"] = "s3cr3t-key"  # expect: BW964
app.config.update(SECRET_KEY="another-key")  # expect: BW964
app.config.from_mapping({"SECRET_KEY": "mapping-key"})  # expect: BW964
FALLBACK = os.environ.get("SECRET_KEY", "fallback-key")  # expect: BW964
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "or-fallback"  # expect: BW964


class Config:
    SECRET_KEY: str = "class-level-key"  # expect: BW964


# look-alikes that must stay clean
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY")
SECRET_KEY = get_random_secret_key()
app.config["SECRET_KEY"] = ""
SECRET_KEY = "{{ cookiecutter.secret_key }}"
app.config.update(DEBUG=False)
os.environ.get("API_TOKEN", "dev")
SECRET_KEY_FILE = "/run/secrets/key"


class EnvProvider:
    SECRET_KEY = "AWS_SECRET_ACCESS_KEY"
    ALT = {"SECRET_KEY": "AWSSecretKey"}
