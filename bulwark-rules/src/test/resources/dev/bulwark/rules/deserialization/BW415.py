import pyghmi  # expect: BW415
import pyghmi.ipmi.command  # expect: BW415
from pyghmi.ipmi import command  # expect: BW415

# look-alikes that must stay clean
import pyghmi_helpers
import sushy
from . import pyghmi
