import os
import tempfile

LOG = "/tmp/app.log"  # expect: BW108
open("/var/tmp/cache.db", "w")  # expect: BW108
shm = "/dev/shm/segment"  # expect: BW108
os.makedirs("/tmp", exist_ok=True)  # expect: BW108
name = "job"
out = f"/tmp/{name}.out"  # expect: BW108
path = os.path.join("/tmp", name)  # expect: BW108

# look-alikes that must stay clean
safe = tempfile.mkdtemp()
other = "/tmpfiles/x"
relative = "tmp/x"
home = "/home/user/tmp/x"
data = b"/tmp/raw"
windows = "C:\\Temp\\x"
