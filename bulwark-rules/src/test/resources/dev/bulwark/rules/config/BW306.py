import tempfile
from tempfile import mktemp
from tempfile import mktemp as make_name

path = tempfile.mktemp()  # expect: BW306
other = mktemp(suffix=".json")  # expect: BW306
third = make_name()  # expect: BW306

# look-alikes that must stay clean
fd, safe = tempfile.mkstemp()
with tempfile.NamedTemporaryFile() as f:
    pass
d = tempfile.mkdtemp()
my.mktemp()


def shadowed(tempfile):
    return tempfile.mktemp()
