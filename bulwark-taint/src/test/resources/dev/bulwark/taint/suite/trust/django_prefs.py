from django.http import HttpResponse

ALLOWED_LANGS = ["en", "de", "fr"]


def set_lang(request):
    lang = request.GET.get("lang", "en")
    request.session["lang"] = lang  # expect: trust
    if lang in ALLOWED_LANGS:
        request.session["django_language"] = lang  # safe: trust
    return HttpResponse("ok")


def login_as(request):
    user = request.POST.get("impersonate", "")
    for key in ("admin", "support"):
        if user == key:
            request.session["impersonating"] = user  # safe: trust
    request.session["last_user"] = user.strip()  # expect: trust
    request.session["page_size"] = 20  # safe: trust
    return HttpResponse("ok")
