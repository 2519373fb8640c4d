from django.conf import settings

ALLOWED_HOSTS = ["*"]  # expect: BW963
ALLOWED_HOSTS = ("shop.example.com", "*")  # expect: BW963
ALLOWED_HOSTS: list = ["*"]  # expect: BW963
ALLOWED_HOSTS += ["*"]  # expect: BW963
ALLOWED_HOSTS.append("*")  # expect: BW963
settings.ALLOWED_HOSTS = ["*"]  # expect: BW963
ALLOWED_HOSTS = [
    "shop.example.com",
    "*",  # expect: BW963
]

# look-alikes that must stay clean
ALLOWED_HOSTS = ["shop.example.com", ".example.com"]
ALLOWED_HOSTS = ["*.example.com"]
CORS_ALLOWED_ORIGINS = ["*"]
hosts = ["*"]
ALLOWED_HOSTS.append("api.example.com")
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")
