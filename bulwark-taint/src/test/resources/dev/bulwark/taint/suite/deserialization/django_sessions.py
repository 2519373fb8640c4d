import base64
import marshal
import pickle

import jsonpickle
from django.core import signing
from django.http import HttpResponse


class CartStore:
    def __init__(self, raw):
        self.raw = raw

    def items(self):
        return pickle.loads(self.raw)  # expect: deserialization


def restore(request):
    token = request.COOKIES.get("cart", "")
    cart = CartStore(base64.b64decode(token)).items()
    obj = jsonpickle.decode(request.body)  # expect: deserialization
    signed = signing.loads(token)
    return HttpResponse(str(len(cart)) + str(obj) + str(signed))


def code_cache(request):
    blob = request.body
    if request.GET.get("trusted") == "yes":
        func = marshal.loads(blob)  # expect: deserialization
    blob = b"\xe3\x00"
    func = marshal.loads(blob)  # safe: deserialization
    return HttpResponse(str(func))


def preview(request):
    payload = request.POST.get("payload", "")
    size = len(payload)
    data = pickle.loads(pickle.dumps({"size": size}))  # safe: deserialization
    obj = jsonpickle.decode(jsonpickle.encode({"size": size}))  # safe: deserialization
    return HttpResponse(str(data) + str(obj))
