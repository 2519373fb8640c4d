from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
protect = CSRFProtect(app)


@csrf_exempt  # expect: BW965
def update_email(request):
    return request


@csrf.csrf_exempt  # expect: BW965
def webhook(request):
    return request


@method_decorator(csrf_exempt, name="dispatch")  # expect: BW965
class Upload(View):
    pass


urlpatterns = [
    path("hook/", csrf_exempt(Upload.as_view())),  # expect: BW965
]


@protect.exempt  # expect: BW965
@app.route("/api", methods=["POST"])
def api():
    return "ok"


# look-alikes that must stay clean
@csrf_protect
def protected(request):
    return request


@other.exempt
def not_flask_wtf():
    return "ok"


def local(csrf_exempt):
    return csrf_exempt
