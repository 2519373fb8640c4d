import os
import stat
import zipfile
from pathlib import Path

os.makedirs("/srv/app/uploads", mode=0o777, exist_ok=True)  # expect: BW967
os.mkdir("/srv/app/shared", 0o757)  # expect: BW967
os.makedirs("cache", stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)  # expect: BW967
Path("/srv/app/tmp").mkdir(mode=0o1777, parents=True)  # expect: BW967
Path("/srv/app/x").mkdir(0o777)  # expect: BW967

# look-alikes that must stay clean
os.makedirs("/srv/app/uploads", exist_ok=True)
os.makedirs("/srv/app/uploads", mode=0o750)
os.mkdir("/srv/app/private", 0o700)
Path("/srv/app/y").mkdir(parents=True, exist_ok=True)
os.makedirs("x", mode=configured_mode)
os.chmod("x", 0o777)
archive = zipfile.ZipFile("out.zip", "w")
archive.mkdir("docs", mode=0o777)
