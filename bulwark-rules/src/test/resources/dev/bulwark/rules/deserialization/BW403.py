import pickle  # expect: BW403
import cPickle  # expect: BW403
import dill as d  # expect: BW403
from shelve import open as shelf_open  # expect: BW403
from pickle import loads  # expect: BW403
import os, _pickle  # expect: BW403

# look-alikes that must stay clean
import pickletools
import picklescan
import jsonpickle
from .pickle import loads
import json
