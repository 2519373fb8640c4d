def a(x, y, /): pass
def b(x, /, y): pass
def c(x, /, y, *, z): pass
def d(x=1, /, y=2, *, z=3): pass
def e(x, y=2, /, z=3, *args, k, m=4, **kw): pass
def f(*, k): pass
def g(*args): pass
def h(**kw): pass
def i(*args, **kw): pass
def j(a: int, b: "str" = "s", *args: int, c: bool, d: float = 1.0, **kw: dict) -> list: pass
def k(a, b,): pass
def l(*, a, b=1,): pass
def m(a, /,): pass
def n(
    a,  # one
    b,  # two
): pass
l0 = lambda: 0
l1 = lambda x: x
l2 = lambda x, y=1: x + y
l3 = lambda *a, **k: (a, k)
l4 = lambda x, /, y, *, z: 0
l5 = lambda x=1, /, y=2, *args, z=3, **kw: 0
l6 = lambda *, k: k
l7 = lambda x, /: x
l8 = lambda a, b,: 0
l9 = lambda: (yield)
l10 = lambda: lambda: lambda x: x
l11 = lambda x: (lambda y: x + y)
l12 = lambda x=lambda: 1: x
l13 = lambda: x if y else z
