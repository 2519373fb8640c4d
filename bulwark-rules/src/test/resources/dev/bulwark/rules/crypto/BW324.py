import crypt
import hashlib
from hashlib import md5 as weak, sha256

data = b"payload"
hashlib.md5(data)  # expect: BW324
hashlib.sha1(data).hexdigest()  # expect: BW324
weak()  # expect: BW324
hashlib.new("MD5", data)  # expect: BW324
hashlib.new(name="sha1")  # expect: BW324
hashlib.new("md4")  # expect: BW324
ALGO = "md5"
hashlib.new(ALGO)  # expect: BW324
hashlib.md5(data, usedforsecurity=True)  # expect: BW324
with open("f", "rb") as f:
    hashlib.file_digest(f, "sha1")  # expect: BW324
crypt.crypt("word", crypt.METHOD_MD5)  # expect: BW324
crypt.mksalt(crypt.METHOD_CRYPT)  # expect: BW324
# expect: BW324
hashlib.sha1(
    data)
hashlib.new(data=data, name="md5")  # expect: BW324

# look-alikes that must stay clean
hashlib.md5(data, usedforsecurity=False)
hashlib.new("md5", data, usedforsecurity=False)
hashlib.new("md5", b"", usedforsecurity=False)
# file_digest takes its digest by position only: Python refuses the keyword
with open("f", "rb") as f:
    hashlib.file_digest(f, digest="md5")
hashlib.sha256(data)
sha256(data)
hashlib.new("sha256")
hashlib.new(algorithm_from_config)
hashlib.md5(data, **options)
crypt.crypt("word", crypt.METHOD_SHA512)
crypt.mksalt()
other.md5(data)


def shadowed(hashlib):
    return hashlib.md5(b"x")
