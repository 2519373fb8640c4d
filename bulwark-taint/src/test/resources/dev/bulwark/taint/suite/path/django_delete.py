import os
import shutil

from django.http import HttpResponse


def delete(request):
    name = request.POST["name"]
    os.remove("/srv/uploads/" + name)  # expect: path
    shutil.rmtree(os.path.join("/srv/cache", name))  # expect: path
    shutil.rmtree(os.path.join("/srv/cache", "tmp"))  # safe: path
    return HttpResponse("deleted")
