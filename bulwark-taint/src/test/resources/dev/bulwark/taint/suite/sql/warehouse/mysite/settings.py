DEBUG = False
ROOT_URLCONF = "mysite.routes"
INSTALLED_APPS = ["stock", "depot"]
