import logging

from django.http import HttpResponse

log = logging.getLogger("events")


def event(request):
    name = request.GET["name"]
    log.error("unknown event %s" % name)  # expect: log
    log.exception("event failed: " + request.META["HTTP_USER_AGENT"])  # expect: log
    log.error("unknown event %r" % name)  # safe: log
    clean = name.replace("\r", "").replace("\n", "")
    log.warning("event " + clean)  # safe: log
    if name in ("click", "view"):
        log.info("event " + name)  # safe: log
    return HttpResponse("ok")
