a = [x for x in range(10)]
b = [x * y for x in xs if x if x > 1 for y in ys if y]
c = {x for x in xs}
d = {k: v for k, v in items.items()}
e = (x for x in xs)
f = sum(x for x in xs)
g = [y for x in data if (y := f(x)) is not None]
h = [(last := x) for x in xs]
i = [[j for j in range(i)] for i in range(3)]
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
print(y := 5)
j = [x for x, in pairs]
k = [*a, *b]
l = {**a, 'b': 1, **c}
m = [x for x in (yield_ := 1,)]
n = [i for i in range(3) if i if not i]
o = {(x := 1): (y := 2)}
p = f(x := 1, y=(z := 2))
q = a[(x := 1)]
r = a[x := 1]
s = (x := 1, y := 2)
t = [x := 1, 2]
u = {x := 1}
def w(x=(y := 1)): pass
lambda: (x := 1)
