from django.conf import settings
from django.http import HttpResponse


def login(request, token):
    response = HttpResponse("ok")
    response.set_cookie("sessionid", token)  # expect: BW966
    response.set_cookie("sessionid", token, secure=True)  # expect: BW966
    response.set_cookie("sessionid", token, secure=True, httponly=True)  # expect: BW966
    response.set_cookie("theme", "dark", secure=False, httponly=True, samesite="Lax")  # expect: BW966
    response.set_signed_cookie("uid", "42", salt="x", httponly=True)  # expect: BW966
    response.set_cookie("a", "b", None, None, "/", None, True, True, None)  # expect: BW966
    return response



def flask_view(make_response, request, user_id):
    resp = make_response("ok")
    # a secure cookie still lacks SameSite
    resp.set_cookie("remember_token", user_id, path=request.path, secure=True, httponly=True)  # expect: BW966
    resp.set_cookie("remember_token", user_id, secure=False, httponly=True, samesite="Lax")  # expect: BW966
    resp.set_cookie("remember_token", value=user_id, secure=0, httponly=True, samesite="Lax")  # expect: BW966
    return resp


# look-alikes that must stay clean
def fine(response, token, jar, cookie, opts, request):
    response.set_cookie("sessionid", token, secure=True, httponly=True, samesite="Strict")
    response.set_cookie("sessionid", token, secure=settings.SESSION_COOKIE_SECURE, httponly=True, samesite="Lax")
    response.set_cookie("a", "b", None, None, "/", None, True, True, "Lax")
    response.set_cookie("sessionid", token, **opts)
    # key given twice: Python refuses the call
    response.set_cookie("sessionid", token, key="sessionid")
    jar.set_cookie(cookie)
    response.delete_cookie("sessionid")
    response.set_cookie("sessionid", token, secure=request.is_secure(), httponly=True, samesite="Lax")
