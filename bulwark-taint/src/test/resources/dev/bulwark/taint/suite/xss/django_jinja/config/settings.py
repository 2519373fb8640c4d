INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "catalog.apps.CatalogConfig",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [],
        "APP_DIRS": True,
    },
]
