import logging

from django.contrib import messages
from django.http import HttpResponse


def feedback(request):
    topic = request.GET["topic"]
    messages.error(request, "Unknown topic " + topic)  # safe: log
    messages.info(request, "Thanks for the note on " + topic)  # safe: log
    logging.getLogger("feedback").info("feedback on " + topic)  # expect: log
    return HttpResponse("ok")
