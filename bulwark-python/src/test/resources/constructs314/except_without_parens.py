# PEP 758 (3.14): several exception types without parentheses, when there is no `as`.
try:
    pass
except A, B:
    pass
except C, D, E:
    pass
except (F, G) as e:
    pass

try:
    pass
except* H, I:
    pass
except *J, K:
    pass
