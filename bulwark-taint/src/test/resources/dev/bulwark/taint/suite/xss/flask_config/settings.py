import os

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
WEB_TEMPLATES = os.path.join(BASE_DIR, "web", "layout")
MAIL_TEMPLATES = os.path.join(BASE_DIR, "mail")
