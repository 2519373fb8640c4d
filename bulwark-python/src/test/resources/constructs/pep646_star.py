def f(*args: *Ts): pass
def g(*args: *tuple[int, ...]): pass
x[*a]
x[*a, *b]
x[1, *a]
x[*a] = 1
del x[*a]
y: Array[*Shape]
z: tuple[int, *Ts] = ()
class C(Generic[*Ts]): pass
def h(*args: *Ts) -> tuple[*Ts]: pass
x[a:b, *c]
