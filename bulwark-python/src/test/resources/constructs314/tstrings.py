# PEP 750 template strings (3.14): TemplateStr of Constant and Interpolation parts.
a = t"hello {name}!"
b = T'x{y!r}'
c = t"{value:.2f}"
d = t"{a + b}"
e = t"{x!s:>{width}}"
f = rt"\d{x}\n"
g = tR'{x}\w'
h = t"{t'{inner}'}"
i = t""
j = t"a" t"{b}" T"c"
k = t"""multi
{x}
line"""
l = t"{{literal}} {x}"
m = t"{x=}"
n = t"{x=:.2f}"
o = t"{x=!a}"
p = t"{f'{x}'}"
q = t"{x:{y:{z}}}"
r = RT"{x}"
s = Tr'\{x}'
