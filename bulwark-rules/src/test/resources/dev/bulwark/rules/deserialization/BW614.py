import torch
import torch as th
from torch import load
import dill

torch.load(path, weights_only=False)  # expect: BW614
th.load(path)  # expect: BW614
load(upload, map_location="cpu")  # expect: BW614
torch.load(path, pickle_module=dill)  # expect: BW614
torch.load(path, "cpu", dill)  # expect: BW614 pickle_module
torch.serialization.load(path, weights_only=0)  # expect: BW614
torch.load(path, weights_only=trusted)  # expect: BW614
# expect: BW614
state = torch.load(
    path,
    map_location="cpu",
)

# look-alikes that must stay clean
torch.load(path, weights_only=True)
th.load(path, map_location="cpu", weights_only=True)
torch.load(path, **load_options)
torch.save(model.state_dict(), path)
safetensors.torch.load_file(path)
json.load(f)


def shadowed(torch):
    return torch.load(path)
