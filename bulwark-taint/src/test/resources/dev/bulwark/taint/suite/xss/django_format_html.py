from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme


def badge(request):
    label = request.GET.get("label", "")
    safe = format_html("<span class='badge'>{}</span>", label)  # safe: xss
    unsafe = format_html(request.GET.get("tpl", "<b>{}</b>"), label)  # expect: xss
    return HttpResponse(safe + unsafe)


def moved(request):
    target = request.GET.get("to", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return HttpResponsePermanentRedirect(target)  # safe: redirect
    return HttpResponsePermanentRedirect(target)  # expect: redirect
