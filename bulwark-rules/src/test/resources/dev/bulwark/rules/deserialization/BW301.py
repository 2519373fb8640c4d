import pickle
import pickle as pk
import _pickle
import dill
import shelve
import jsonpickle
import pandas as pd
from pickle import loads, Unpickler as U
from jsonpickle.unpickler import decode

blob = receive()
pickle.loads(blob)  # expect: BW301
pk.load(open(path, "rb"))  # expect: BW301
loads(blob)  # expect: BW301
U(stream).load()  # expect: BW301
_pickle.loads(blob)  # expect: BW301
dill.loads(blob)  # expect: BW301
shelve.open(path)  # expect: BW301
jsonpickle.decode(text)  # expect: BW301
decode(text)  # expect: BW301
pd.read_pickle(path)  # expect: BW301
# constant inputs are still reported, at low severity
pickle.loads(b"\x80\x04K\x01.")  # expect: BW301
shelve.open("cache.db")  # expect: BW301
# expect: BW301
frame = pd.read_pickle(
    path,
    compression="gzip",
)

# look-alikes that must stay clean
pickle.dumps(obj)
pickle.dump(obj, f)
shelve_open = "shelve.open"
json.loads(blob)
pd.read_csv(path)
other.loads(blob)
jsonpickle.encode(obj)


class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError(name)


RestrictedUnpickler(stream).load()


def shadowed(pickle):
    pickle.loads(blob)


def local_loads(data):
    loads = make_loader()
    return loads(data)
