from portal.stores import DiskStore, FixedStore


class Downloads:
    def __init__(self):
        self.store = DiskStore()
        self.fallback = FixedStore()

    def path_for(self, name):
        return self.store.resolve(name)

    def fallback_for(self, name):
        return self.fallback.resolve(name)
