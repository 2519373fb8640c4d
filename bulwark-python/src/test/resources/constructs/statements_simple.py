# Every simple statement.
x = 1
x = y = z = 2
x, y = y, x
[a, b] = c
(a, b), c = d
x += 1
x -= 1
x *= 2
x @= m
x /= 2
x //= 2
x %= 3
x **= 2
x >>= 1
x <<= 1
x &= 1
x ^= 1
x |= 1
x: int
x: int = 5
(x): int = 5
a.b: str
a[0]: float = 1.0
a.b.c: list[int] = []
pass
del x
del x, y
del a.b, a[0], (c, d), [e]
assert x
assert x, "message"
import os
import os.path
import os.path as p, sys
from . import a
from .. import b as c
from ...pkg.mod import (d, e as f,)
from .mod import *
from __future__ import annotations
global g
nonlocal n
raise
raise E
raise E from cause
raise E(1) from None
return
return 1
return 1, 2
return *a, b
yield
yield x
yield from gen
x = yield
x = yield from y
x = await y
a; b; c;
print(x, sep="", *args, **kwargs)
...
None
for _ in x: break
while x: continue
