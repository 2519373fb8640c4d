import json


def load(text):
    try:
        return json.loads(text)
    except:  # expect: BW110
        pass
    try:
        return json.loads(text)
    except Exception:  # expect: BW110
        pass
    try:
        return json.loads(text)
    except (ValueError, BaseException):  # expect: BW110
        pass
    try:
        return json.loads(text)
    except Exception as e:  # expect: BW110
        pass
    return None


# look-alikes that must stay clean
def specific(d):
    try:
        return d["k"]
    except KeyError:
        pass
    try:
        return d["k"]
    except Exception:
        log(d)
    try:
        return d["k"]
    except Exception:
        pass
        log(d)
    return None


def shadowed(d):
    Exception = KeyError
    try:
        return d["k"]
    except Exception:
        pass
