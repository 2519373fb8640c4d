import yaml
from yaml import unsafe_load, full_load

settings = yaml.unsafe_load(request.data)  # expect: BW947
unsafe_load(stream)  # expect: BW947
docs = list(yaml.unsafe_load_all(stream))  # expect: BW947
yaml.full_load(stream)  # expect: BW947
full_load(stream)  # expect: BW947
yaml.unsafe_load("a: 1")  # expect: BW947

# look-alikes that must stay clean
yaml.safe_load(request.data)
yaml.safe_load_all(stream)
yaml.load(stream, Loader=yaml.SafeLoader)
ruamel_yaml.unsafe_load(stream)


def shadowed(yaml):
    return yaml.unsafe_load(stream)
