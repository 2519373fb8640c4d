import yaml
from yaml import load, Loader, SafeLoader, FullLoader
from yaml.loader import UnsafeLoader

try:
    from yaml import CSafeLoader as FastSafe
except ImportError:
    from yaml import SafeLoader as FastSafe

try:
    from yaml import CLoader as Fast
except ImportError:
    from yaml import Loader as Fast

yaml.load(request.data)  # expect: BW506
yaml.load(stream, Loader=yaml.Loader)  # expect: BW506
yaml.load(stream, Loader)  # expect: BW506
load(stream, Loader=FullLoader)  # expect: BW506
yaml.load_all(stream, Loader=UnsafeLoader)  # expect: BW506
yaml.load(stream, Loader=Fast)  # expect: BW506
yaml.load(stream, Loader=yaml.CLoader if fast else yaml.SafeLoader)  # expect: BW506
# expect: BW506
docs = yaml.load_all(
    stream,
    Loader=yaml.UnsafeLoader,
)


def configured(stream, loader_cls):
    return yaml.load(stream, Loader=loader_cls)  # expect: BW506


class ObjectLoader(yaml.Loader):
    pass


yaml.load(stream, Loader=ObjectLoader)  # expect: BW506

# look-alikes that must stay clean
yaml.load(stream, Loader=yaml.SafeLoader)
yaml.load(stream, SafeLoader)
yaml.load(stream, Loader=yaml.CSafeLoader)
yaml.load(stream, Loader=yaml.BaseLoader)
yaml.load_all(stream, Loader=yaml.loader.SafeLoader)
yaml.load(stream, Loader=FastSafe)
yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
yaml.load(stream, Loader=yaml.CSafeLoader if fast else yaml.SafeLoader)
yaml.safe_load(stream)
yaml.load(stream, **options)
# the unpacked arguments may hold the Loader
yaml.load(*load_args)
json.load(stream)
pickle_free = yaml.dump(data)


class StrictLoader(yaml.SafeLoader):
    pass


yaml.load(stream, Loader=StrictLoader)
ChosenLoader = yaml.CSafeLoader if fast else yaml.SafeLoader
yaml.load(stream, Loader=ChosenLoader)


def shadowed(yaml):
    return yaml.load(stream)
