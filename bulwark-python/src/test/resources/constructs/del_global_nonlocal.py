def outer():
    x = 1
    def inner():
        nonlocal x
        global y, z
        x = 2
        y = 3
    del x
    del (x), [y]
    del x,
    del a.b.c
    del a[0], a[1:2]
    return inner
