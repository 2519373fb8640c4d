from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def login_done(request):
    next_url = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(next_url)  # safe: redirect
    return HttpResponseRedirect(next_url or settings.LOGIN_REDIRECT_URL)  # expect: redirect


def switch(request):
    target = request.POST.get("return_to", "/")
    try:
        index = int(request.POST.get("step", "0"))
    except ValueError:
        return redirect(target)  # expect: redirect
    return redirect("/wizard/%d" % index)  # safe: redirect


def external(request):
    site = request.GET.get("site", "")
    links = {"docs": "https://docs.example.com", "blog": "https://blog.example.com"}
    if site in links:
        return redirect(links[site])  # safe: redirect
    return redirect("https://partner.example.com/?ref=" + site)  # safe: redirect
