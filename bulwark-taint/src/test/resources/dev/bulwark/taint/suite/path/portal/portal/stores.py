import os


class DiskStore:
    def resolve(self, name):
        return name


class MirrorStore:
    def resolve(self, name):
        if not name:
            return "index"
        return name.strip()


class FixedStore:
    def resolve(self, name):
        return "default.txt"


class NullStore:
    def resolve(self, name):
        return "empty.txt"


def open_store():
    if os.environ.get("STORE_KIND") == "mirror":
        return MirrorStore()
    return DiskStore()


def fixed_store():
    store = NullStore()
    if os.environ.get("STORE_KIND") == "fixed":
        return FixedStore()
    return store
