import re
from builtins import compile as build

formula = input()
code = compile(formula, "<formula>", "eval")  # expect: BW903
build(f"x = {formula}", "<generated>", "exec")  # expect: BW903
compile(source=formula, filename="<f>", mode="exec")  # expect: BW903

# constant source and other compile functions stay clean
compile("1 + 1", "<const>", "eval")
TEMPLATE = "def f(): return 1"
compile(TEMPLATE, "<t>", "exec")
re.compile(formula)
regex.compile(formula)
