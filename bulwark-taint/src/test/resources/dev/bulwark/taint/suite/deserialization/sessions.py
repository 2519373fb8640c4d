import base64
import json
import pickle

from django.http import JsonResponse


def load_cart(request):
    raw = request.COOKIES.get("cart", "")
    cart = pickle.loads(base64.b64decode(raw))  # expect: deserialization
    return JsonResponse({"items": len(cart)})


def load_cart_json(request):
    raw = request.COOKIES.get("cart", "[]")
    cart = json.loads(raw)
    return JsonResponse({"items": len(cart)})


def load_defaults(request):
    with open("/srv/defaults.pickle", "rb") as f:
        defaults = pickle.loads(f.read())  # safe: deserialization
    return JsonResponse(defaults)
