match command:
    case 0 | 1 | -1 | 1.5 | -2.5 | 1 + 2j | -1 - 2j | 3j:
        pass
    case "str" | b"bytes" | "implicit" "concat":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case Color.RED | mod.sub.VALUE:
        pass
    case [a, b, *rest]:
        pass
    case (a, b, *_):
        pass
    case [*_, last]:
        pass
    case []:
        pass
    case ():
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case (a,):
        pass
    case {"key": value, 1: v2, None: v3, Color.RED: v4, **rest}:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case {"a": 1,}:
        pass
    case Point():
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=yy):
        pass
    case mod.Point(1, 2, z=3,):
        pass
    case [Point(x=0, y=0) as origin, *others] as whole:
        pass
    case (1 | 2) as n:
        pass
    case x if x > 10:
        pass
    case _ if (y := x):
        pass
    case str() | bytes():
        pass
    case [1, [2, [3, *_]]]:
        pass
    case _:
        pass

match x,:
    case _: pass

match *a, b:
    case _: pass

match (x):
    case y: pass

match -x:
    case z: pass

match a[0]:
    case (q):
        pass
