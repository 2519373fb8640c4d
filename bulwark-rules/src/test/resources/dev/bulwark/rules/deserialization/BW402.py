import ftplib  # expect: BW402
from ftplib import FTP, FTP_TLS  # expect: BW402
# expect: BW402
from ftplib import (
    FTP,
)

# look-alikes that must stay clean
import ftplibx
import aioftp
from . import ftplib
