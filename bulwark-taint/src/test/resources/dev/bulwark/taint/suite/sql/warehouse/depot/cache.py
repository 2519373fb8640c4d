import functools


def memoized(fn):
    return functools.lru_cache(maxsize=128)(fn)
