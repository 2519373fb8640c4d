import cloudpickle
import pickle5
import srsly
from cloudpickle import loads

task = cloudpickle.loads(message)  # expect: BW946
loads(message)  # expect: BW946
cloudpickle.load(stream)  # expect: BW946
pickle5.loads(message)  # expect: BW946
srsly.pickle_loads(message)  # expect: BW946
cloudpickle.loads(b"\x80\x05N.")  # expect: BW946

# look-alikes that must stay clean
cloudpickle.dumps(task)
srsly.json_loads(message)
srsly.msgpack_loads(message)
pickle.dumps(task)
other.loads(message)
