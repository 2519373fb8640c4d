if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

if x: a = 1; b = 2

while x:
    x -= 1
else:
    done()

for i in range(10):
    continue
else:
    pass

for a, (b, *c) in items: pass
for x, in pairs: pass
for [x] in pairs: pass
for i in 1, 2, 3: pass
for i in *a, *b: pass

try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

with open(p) as f, lock:
    pass

with (open(p) as f, open(q) as g,):
    pass

with (a, b):
    pass

with (yield):
    pass

with a as (b, c), d as [e]:
    pass

with (open(p)) as f:
    pass

with f() as a.b, g() as c[0]:
    pass

class Empty: pass

class Child(Base, other.Base, *bases, metaclass=M, **kw):
    """Docstring."""
    attr: int = 0

    def method(self, /, a, b=1, *args, c, d=2, **kwargs) -> "Result":
        return a

def no_params(): return
def returns_none() -> None: ...
