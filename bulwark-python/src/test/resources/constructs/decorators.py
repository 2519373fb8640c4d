@simple
@dotted.name
@call(arg, key=1)
@subscript[0]
@buttons[0].clicked.connect
@(lambda f: f)
@x if y else z
@a.b(c)[d].e()
@x := y
@not_expected or fallback
@-x
@[1, 2][0]
@f"{x}".format
def decorated(): pass

@functools.wraps(f)
class Klass: pass

@await_me
async def coro(): pass

@d1
@d2
def multi[T](x: T): pass
