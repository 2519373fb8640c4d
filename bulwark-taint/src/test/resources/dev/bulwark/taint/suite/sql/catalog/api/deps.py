from fastapi import Request


def sort_column(sort: str = "name"):
    return sort.lower()


def request_locale(request: Request):
    return request.cookies.get("locale", "en")


def default_schema():
    return "public"
