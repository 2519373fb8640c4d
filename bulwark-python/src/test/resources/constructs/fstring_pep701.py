# PEP 701 f-strings (3.12+).
songs = ["a", "b"]
a = f"{", ".join(songs)}"
b = f"{f"{f"{f"{f"{1+1}"}"}"}"}"
c = f"{'''x'''}" f'{"y"}'
d = f"value: {value:{width}.{precision}f}!"
e = f"{x=}"
g = f"{ x = }"
h = f"{x = !r:>10}"
i = f"{x!r:>10}"
j = f"{x!s}{y!a}{z!r}"
k = f"{{literal}} {{{x}}} }}{{"
l = f"back\\slash \n \t {x} \x41 \N{BULLET} \u00e9"
m = f"""
multi {
    x +
    y
} line {z:>{w}}
"""
n = f"{x # a comment inside the field
   + y}"
o = f"{x:{'>' if right else '<'}{width}}"
p = f"{x:}"
q = f"{x!r:}"
r = f"{(lambda: 1)()}"
s = f"{x:%Y-%m-%d %H:%M}"
t = f"{'\n'.join(lines)}"
u = f"{x=:.2f}"
v = f"{x=!s:^20}"
w = f"{  spaced  }"
y = f"{a}{b}" f"{c}" "plain" f""
z = f"{x:{y:{z}}}"
aa = f'{dict(a=1)["a"]}'
bb = f"{*xs,}"
cc = f"{yield_value}" if 0 else f"{(yield)}"
dd = f"{x:=10}"
ee = f"{(x:=10)}"
ff = rf"raw \{x} \n"
gg = Rf"{x}\d" fR"\w{y}" FR'{z}' Fr"""{w}"""
hh = f"{1}{2}{3}"
ii = f"{'a' 'b'}"
jj = f"{x!r}" "tail"
kk = f"{x}" r"" if False else 0
ll = f"{'''nested ''' f'''{'deep'}'''}"
mm = f"{x}\
continued"
nn = f"é{x}é"
oo = f"{'é'}"
pp = f"""{
    x
    =
}"""
