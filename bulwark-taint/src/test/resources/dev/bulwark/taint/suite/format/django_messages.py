from django.http import HttpResponse


def message(request):
    fmt = request.POST["format"]
    body = fmt.format(request.user)  # expect: format
    count = int(request.POST.get("count", "0"))
    plain = "{} items".format(count)  # safe: format
    mapped = "{user} said {text}".format_map({"user": "x", "text": fmt})  # safe: format
    return HttpResponse(str(len(body + plain + mapped)))
