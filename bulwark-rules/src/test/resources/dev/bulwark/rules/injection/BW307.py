import ast
import builtins
from builtins import eval as evaluate

text = input()
eval(text)  # expect: BW307
eval("1 + 2")  # expect: BW307
builtins.eval(text)  # expect: BW307
evaluate("[" + text + "]")  # expect: BW307
total = sum(eval(part) for part in text.split())  # expect: BW307

# look-alikes that must stay clean
ast.literal_eval(text)
model.eval()
tensor.eval(session=sess)
pd.eval(text)


def run(eval):
    return eval(text)


class Calculator:
    def eval(self, expression):
        return expression

    def use(self):
        return self.eval(text)
