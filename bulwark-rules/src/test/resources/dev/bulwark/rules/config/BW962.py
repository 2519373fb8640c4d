import os

INSTALLED_APPS = ["django.contrib.admin", "shop"]
ROOT_URLCONF = "shop.urls"

DEBUG = True  # expect: BW962
DEBUG: bool = True  # expect: BW962
DEBUG = 1  # expect: BW962

# look-alikes that must stay clean
DEBUG = False
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
TEMPLATE_DEBUG = True
debug = True


def configure():
    DEBUG = True
    return DEBUG


class Config:
    DEBUG = True
