import re

from django.http import JsonResponse

ITEMS = ["red apple", "green pear"]


def filter_items(request):
    word = request.GET.get("word", "")
    rx = re.compile(r"\b%s\b" % word, re.IGNORECASE)  # expect: regex
    safe_rx = re.compile(r"\b%s\b" % re.escape(word), re.IGNORECASE)  # safe: regex
    replaced = [re.sub(word, "*", i) for i in ITEMS]  # expect: regex
    censored = [re.sub("apple", word, i) for i in ITEMS]  # safe: regex
    return JsonResponse({"a": [i for i in ITEMS if rx.search(i) or safe_rx.search(i)], "b": replaced + censored})


def by_length(request):
    n = request.GET.get("n", "3")
    rx = re.compile(r"^\w{%d}$" % int(n))  # safe: regex
    word = request.GET.get("word", "")
    if not word.isalnum():
        return JsonResponse({"error": "letters and digits only"}, status=400)
    rx2 = re.compile(word)  # safe: regex
    return JsonResponse({"n": [i for i in ITEMS if rx.match(i) or rx2.match(i)]})
