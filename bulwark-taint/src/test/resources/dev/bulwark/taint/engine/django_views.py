import os

from django.http import HttpResponse


def view(request):
    name = request.GET.get("name")
    os.system("echo " + name)  # expect: command
    return HttpResponse("hello " + name)  # expect: xss


def other(request):
    return HttpResponse(request.method)
