from django.http import HttpResponse

from portal.web import query_param, site_name


def report(request):
    name = query_param(request, "report")
    with open("/srv/reports/" + name) as f:  # expect: path
        return HttpResponse(f.read())


def site_report(request):
    name = site_name(request)
    with open("/srv/reports/" + name) as f:  # safe: path
        return HttpResponse(f.read())
