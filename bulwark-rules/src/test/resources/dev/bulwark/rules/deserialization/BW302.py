import marshal
from marshal import load as mload

marshal.loads(request.body)  # expect: BW302
mload(open(path, "rb"))  # expect: BW302
marshal.loads(b"\xe9\x01\x00\x00\x00")  # expect: BW302

# look-alikes that must stay clean
marshal.dumps(value)
marshal.dump(value, f)
json.loads(request.body)
pickle_marshal.loads(data)


def shadowed(marshal):
    return marshal.loads(data)
