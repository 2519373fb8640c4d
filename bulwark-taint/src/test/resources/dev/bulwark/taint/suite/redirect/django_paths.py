from django.http import HttpResponseRedirect
from django.shortcuts import redirect


def to_login(request):
    # the full path carries the query string, which the sender writes
    nxt = request.get_full_path()
    if not request.user.is_authenticated:
        return HttpResponseRedirect("/login/?next=" + nxt)  # safe: redirect
    return redirect(nxt)  # expect: redirect


def bounce(request):
    return redirect(request.build_absolute_uri())  # expect: redirect


def home(request):
    return redirect(request.path_info.rstrip("/") + "/")  # expect: redirect
