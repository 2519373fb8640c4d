match = 1
case = 2
_ = 3
type = 4
match.attr = case
match[0] = _
match(x)
match (x)
print(match, case, _, type)
def match(case, _=None, type=None): return case
class case: pass
match = {match: case for case in match}
match *a, b:
    case _:
        pass
match (1, 2):
    case (match, case):
        pass
match match:
    case case:
        pass
match [match]:
    case [type]:
        pass
_ = lambda match, case: match
import match
from case import type as _
match -1:
    case -1:
        pass
