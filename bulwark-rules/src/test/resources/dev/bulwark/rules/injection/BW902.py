import importlib
from importlib import import_module

kind = input()
importlib.import_module(f"handlers.{kind}")  # expect: BW902
import_module(kind)  # expect: BW902
__import__(kind)  # expect: BW902
importlib.__import__("plugins." + kind)  # expect: BW902
importlib.import_module(name=kind, package="app")  # expect: BW902

# constant names stay clean
importlib.import_module("json")
importlib.import_module(".handlers", package="app")
MODULE = "xml.etree.ElementTree"
import_module(MODULE)
__import__("os.path")
loader.import_module(kind)
