import jwt
from jose import jwt as jose_jwt
from jwt import decode as jwt_decode

token = request.headers["Authorization"]
jwt.decode(token, verify=False)  # expect: BW927
jwt.decode(token, key, options={"verify_signature": False})  # expect: BW927
jwt.decode_complete(token, options=dict(verify_signature=False))  # expect: BW927
jwt_decode(token, key, algorithms=["HS256", "none"])  # expect: BW927
jwt.decode(token, key, algorithms="None")  # expect: BW927
jose_jwt.decode(token, key, options={"verify_signature": False, "verify_aud": False})  # expect: BW927
jwt.decode(token, key, ["HS256", "none"])  # expect: BW927
UNVERIFIED = {"verify_signature": False}
jwt.decode(token, options=UNVERIFIED)  # expect: BW927
# expect: BW927
claims = jwt.decode(
    token,
    options={"verify_signature": False},
)

# look-alikes that must stay clean
jwt.decode(token, key, algorithms=["HS256"])
jwt.decode(token, key, algorithms=["RS256"], options={"verify_aud": False})
jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": True})
jwt.get_unverified_header(token)
jwt.encode({"sub": "1"}, key, algorithm="HS256")
# python-jose has no verify parameter: Python refuses the call before it decodes anything
jose_jwt.decode(token, key, verify=False)
other.decode(token, verify=False)
token.decode("utf-8")
