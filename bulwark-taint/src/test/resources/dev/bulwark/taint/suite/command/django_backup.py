import os
import subprocess

from django.http import HttpResponse


def backup(request):
    target = request.POST["target"]
    cmd = "tar czf /backups/{}.tgz /srv/data".format(target)
    if 1 > 2:
        target = "x"
    subprocess.Popen(cmd, shell=True)  # expect: command
    return HttpResponse("started")


def backup_fixed(request):
    target = request.POST["target"]
    target = "nightly"
    os.system("tar czf /backups/%s.tgz /srv/data" % target)  # safe: command
    return HttpResponse("started")


def debug_only(request):
    if False:
        os.system(request.GET["cmd"])  # safe: command
    return HttpResponse("no")
