# Accepted by ast.parse; CPython rejects these later (compiler or symbol table), not here.
return 1
yield 2
await x
break
continue
nonlocal q
def f(a, a): pass
x = "\d invalid escape is a warning only"
y = b"\q"
z = '\8'
__debug__ = 1
f(**a, b=1, **c)
f(a for a in b)
print >>sys.stderr, "chevron is a right shift of print, a tuple"
x = 1 if 2 else 3
del ()
del []
() = ()
[] = []
class C:
    return 1
def g():
    global g
    nonlocal g
from __future__ import braces
x = *a
*a, *b = c
a = b = *c, d
def h():
    x = 1
    global x
async def i():
    yield from x
class D:
    nonlocal x
[x async for x in y]
x = [(yield) for y in z]
for *x in y: pass
f(a=1, a=2)
x: int = yield
