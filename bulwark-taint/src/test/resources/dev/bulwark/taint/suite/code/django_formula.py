from django.http import JsonResponse


def formula(request):
    raw = request.GET.get("raw", "")
    scope = {}
    exec("result = " + raw, scope)  # expect: code
    value = eval(f"({raw}) * 2")  # expect: code
    return JsonResponse({"v": value, "r": scope.get("result")})


def setting(request):
    name = request.GET.get("name", "")
    defaults = {"timeout": "30", "retries": "3"}
    expr = defaults.get("timeout")
    value = eval(expr)  # safe: code
    try:
        n = float(request.GET.get("n", "1"))
        scaled = eval("%f * 2" % n)  # safe: code
    except ValueError:
        scaled = 0
    return JsonResponse({"v": value, "s": scaled, "name": name})
