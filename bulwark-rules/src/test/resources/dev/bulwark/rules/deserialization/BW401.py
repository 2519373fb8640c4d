import telnetlib  # expect: BW401
import telnetlib as tn  # expect: BW401
from telnetlib import Telnet  # expect: BW401

# look-alikes that must stay clean
import telnetlib3
import paramiko
from .telnetlib import Telnet
from vendor import telnetlib
