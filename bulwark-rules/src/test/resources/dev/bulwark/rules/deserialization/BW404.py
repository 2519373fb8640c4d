import subprocess  # expect: BW404
import subprocess as sp  # expect: BW404
from subprocess import run, PIPE  # expect: BW404

# look-alikes that must stay clean
import subprocess32x
from asyncio import subprocess
from . import subprocess
import os
