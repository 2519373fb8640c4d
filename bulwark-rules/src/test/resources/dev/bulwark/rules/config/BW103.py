import os
import shutil
import stat
from os import chmod as change_mode
from pathlib import Path

os.chmod("/etc/app.conf", 0o666)  # expect: BW103
os.chmod("/etc/app.conf", mode=0o777)  # expect: BW103
change_mode("run.sh", 0o755)  # expect: BW103
os.chmod("data", stat.S_IRWXU | stat.S_IRWXO)  # expect: BW103
os.chmod("shared", stat.S_IRUSR | stat.S_IWUSR | stat.S_IWGRP)  # expect: BW103
MODE = 0o775
os.chmod("x", MODE)  # expect: BW103
os.fchmod(3, 0o646)  # expect: BW103
Path("out.txt").chmod(0o777)  # expect: BW103
sftp.chmod("/remote/file", 0o777)  # expect: BW103

# look-alikes that must stay clean
os.chmod("/etc/app.conf", 0o600)
os.chmod("bin", 0o700)
os.chmod("key.pem", stat.S_IRUSR | stat.S_IWUSR)
os.chmod("x", 0o644)
os.chmod("x", mode_from_config)
os.chown("x", 0o777, 0)
other.chmod_all("x", 0o777)
shutil.chmod("x", 0o777)
