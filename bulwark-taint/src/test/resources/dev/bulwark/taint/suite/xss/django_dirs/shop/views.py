from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.html import escape


def banner(request):
    return render(request, "storefront/banner.html", {"tagline": request.GET.get("tagline", "")})  # expect: xss


def banner_heading(request):
    # Django escapes 'heading'; only 'tagline' sits in autoescape off
    return render(request, "storefront/banner.html", {"heading": request.GET["h"]})  # safe: xss


def banner_escaped(request):
    return render(request, "storefront/banner.html", {"tagline": escape(request.GET["t"])})  # safe: xss


def terms(request):
    html = render_to_string("legal/terms.html", {"clause": request.POST["clause"]})  # expect: xss
    return html


def terms_version(request):
    return render_to_string("legal/terms.html", {"version": request.GET["v"]})  # safe: xss
