import crypt
import hashlib
import os
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


def checksum(data, legacy, config, settings):
    algorithm = "md5"
    hashlib.new(algorithm, data)  # expect: BW324
    chosen = "sha1" if legacy else "sha256"
    hashlib.new(chosen, data)  # expect: BW324
    hashlib.new(os.getenv("HASH_ALGORITHM", "md5"))  # expect: BW324
    configured = config.get("hashing", "algorithm", fallback="MD5")
    hashlib.new(configured, data)  # expect: BW324
    hashlib.new(getattr(settings, "HASH_ALGORITHM", "sha1"))  # expect: BW324
    hashlib.new(settings.get("HASH_ALGORITHM", "md5"), data)  # expect: BW324
    # look-alikes: strong or unknown choices, and digests that protect nothing
    hashlib.new(os.getenv("HASH_ALGORITHM", "sha256"))
    hashlib.new(config.get("hashing", "algorithm"))
    hashlib.new("sha256" if legacy else "sha512")
    hashlib.new(chosen, data, usedforsecurity=False)
    hashlib.new(configured, data, usedforsecurity=False)
    renamed = "md5"
    renamed = "sha256"
    hashlib.new(renamed)


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
