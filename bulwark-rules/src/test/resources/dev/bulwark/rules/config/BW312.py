import telnetlib
from telnetlib import Telnet as T

tn = telnetlib.Telnet("switch01", 23)  # expect: BW312
conn = T("router")  # expect: BW312

# look-alikes that must stay clean
import paramiko

client = paramiko.SSHClient()
my_telnet.Telnet("x")
