total = (1 +
         2 +
    3)
items = [
    1,
    2,
]
call(a,
     b,
  c=3)
d = {
    'a': 1,
    'b': 2,
}
value = 1 + \
    2 + \
        3
if a and \
   b:
    pass
with open(p) as f, \
     open(q) as g:
    pass
s = ("implicit"
     "concatenation")
x = [  # comment after bracket
    1,  # comment after item
    # comment line
    2
]
assert x, \
    "msg"
y = 1; \
z = 2
def f(a,
      b):
    return (a
            + b)
