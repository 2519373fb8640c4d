import yaml

loader = yaml.Loader
loader.from_string(input())
