a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(*a,) = b
*a, = b
a.b.c = 1
a[1][2] = 3
a[b].c[d] = e
(a) = 1
((a)) = 1
(a.b) = 1
x = a[1:2]
x = a[:]
x = a[::]
x = a[1:]
x = a[:2]
x = a[::3]
x = a[1:2:3]
x = a[1:2, 3]
x = a[:, :]
x = a[..., 0]
x = a[1:2, ::3, ...]
x = a[()]
x = a[(1, 2)]
x = a[1, 2]
x = a[1,]
x = a[b:=1] if 0 else 0
x = a[lambda: 1]
x = a[-1:]
a[1:2] = b
del a[1:2]
x = a < b < c
x = a == b != c
x = a is not b is c
x = a not in b in c
x = a < b > c <= d >= e == f != g is h is not i in j not in k
x = not a
x = -a ** -b
x = (-a) ** b
x = a if b else c if d else e
x = a or b and not c
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = ~a
x = +a
x = a ** b ** c
x = (a, b) + [c, d]
x = ()
x = (1,)
x = 1,
x = []
x = {}
x = {1}
x = {1: 2}
x = a.b.c.d
x = a()()()
x = a[0][1](2).c
x = f(*a, *b, **c, **d)
x = f(a, *b, c=1, *d, **e)
x = f(x for x in y)
x = f(**{'a': 1})
x = await_ = 1
