from django.http import FileResponse, HttpResponse


def attachment(request, name):
    response = HttpResponse(b"...")
    response.headers["X-Original-Name"] = request.GET.get("f", "")  # expect: header
    response.headers["Content-Length"] = str(len(request.GET.get("f", "")))  # safe: header
    return response


def trace(request):
    response = HttpResponse("ok")
    trace_id = request.META.get("HTTP_X_TRACE_ID", "")
    response.headers["X-Trace-Id"] = trace_id  # expect: header
    if not trace_id.isalnum():
        trace_id = "invalid"
    response.headers["X-Trace-Checked"] = trace_id  # safe: header
    return response
